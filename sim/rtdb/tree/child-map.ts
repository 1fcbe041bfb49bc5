// The children of an object node: a persistent (immutable, path-copying) AVL tree ordered by the
// §7 key order. Copying a plain Map on every write costs O(siblings): ~84 µs per write under a
// 1,000-child list, below the 20,000 writes/s the emulator must sustain. Here `set`/`delete`
// copy O(log n) branches and share the rest, and iteration comes out in key order for free
// (toJSON, orderByKey windows and the §10 hash of priority-less children all want that order).
//
// It implements ReadonlyMap so code written against `ObjectNode.children` keeps working. The root
// is a private field (#root) so that equality helpers comparing own properties (vitest's
// toEqual) see only the entries, not the tree's shape, which depends on insertion history.

import { compareKeys } from './key-order.js'

interface Branch<V> {
  readonly key: string
  readonly value: V
  readonly left: Branch<V> | null
  readonly right: Branch<V> | null
  readonly height: number
  readonly size: number
}

function heightOf<V>(branch: Branch<V> | null): number {
  return branch === null ? 0 : branch.height
}

function sizeOf<V>(branch: Branch<V> | null): number {
  return branch === null ? 0 : branch.size
}

function make<V>(key: string, value: V, left: Branch<V> | null, right: Branch<V> | null): Branch<V> {
  return {
    key,
    value,
    left,
    right,
    height: Math.max(heightOf(left), heightOf(right)) + 1,
    size: sizeOf(left) + sizeOf(right) + 1,
  }
}

/** Builds a branch from subtrees whose heights differ by at most 2, restoring the AVL invariant. */
function balanced<V>(key: string, value: V, left: Branch<V> | null, right: Branch<V> | null): Branch<V> {
  const lh = heightOf(left)
  const rh = heightOf(right)
  if (lh > rh + 1 && left !== null) {
    if (heightOf(left.left) >= heightOf(left.right)) {
      return make(left.key, left.value, left.left, make(key, value, left.right, right))
    }
    const pivot = left.right
    if (pivot === null) throw new Error('child-map: unbalanced left branch without a right child')
    return make(pivot.key, pivot.value, make(left.key, left.value, left.left, pivot.left), make(key, value, pivot.right, right))
  }
  if (rh > lh + 1 && right !== null) {
    if (heightOf(right.right) >= heightOf(right.left)) {
      return make(right.key, right.value, make(key, value, left, right.left), right.right)
    }
    const pivot = right.left
    if (pivot === null) throw new Error('child-map: unbalanced right branch without a left child')
    return make(pivot.key, pivot.value, make(key, value, left, pivot.left), make(right.key, right.value, pivot.right, right.right))
  }
  return make(key, value, left, right)
}

function insert<V>(branch: Branch<V> | null, key: string, value: V): Branch<V> {
  if (branch === null) return make(key, value, null, null)
  const cmp = compareKeys(key, branch.key)
  if (cmp === 0) return branch.value === value ? branch : make(key, value, branch.left, branch.right)
  if (cmp < 0) {
    const left = insert(branch.left, key, value)
    return left === branch.left ? branch : balanced(branch.key, branch.value, left, branch.right)
  }
  const right = insert(branch.right, key, value)
  return right === branch.right ? branch : balanced(branch.key, branch.value, branch.left, right)
}

function withoutMin<V>(branch: Branch<V>): Branch<V> | null {
  if (branch.left === null) return branch.right
  return balanced(branch.key, branch.value, withoutMin(branch.left), branch.right)
}

function minOf<V>(branch: Branch<V>): Branch<V> {
  let current = branch
  while (current.left !== null) current = current.left
  return current
}

function remove<V>(branch: Branch<V> | null, key: string): Branch<V> | null {
  if (branch === null) return null
  const cmp = compareKeys(key, branch.key)
  if (cmp < 0) {
    const left = remove(branch.left, key)
    return left === branch.left ? branch : balanced(branch.key, branch.value, left, branch.right)
  }
  if (cmp > 0) {
    const right = remove(branch.right, key)
    return right === branch.right ? branch : balanced(branch.key, branch.value, branch.left, right)
  }
  if (branch.left === null) return branch.right
  if (branch.right === null) return branch.left
  const successor = minOf(branch.right)
  return balanced(successor.key, successor.value, branch.left, withoutMin(branch.right))
}

/** A perfectly balanced tree from entries already sorted by key with no duplicates. */
function build<V>(sorted: ReadonlyArray<readonly [string, V]>, from: number, to: number): Branch<V> | null {
  if (from >= to) return null
  const mid = (from + to) >>> 1
  const entry = sorted[mid]
  if (entry === undefined) throw new Error('child-map: build index out of range')
  return make(entry[0], entry[1], build(sorted, from, mid), build(sorted, mid + 1, to))
}

function* walk<V>(root: Branch<V> | null): Generator<Branch<V>, undefined, unknown> {
  const stack: Array<Branch<V>> = []
  let current = root
  while (current !== null || stack.length > 0) {
    while (current !== null) {
      stack.push(current)
      current = current.left
    }
    const next = stack.pop()
    if (next === undefined) break
    yield next
    current = next.right
  }
  return undefined
}

function* walkReversed<V>(root: Branch<V> | null): Generator<Branch<V>, undefined, unknown> {
  const stack: Array<Branch<V>> = []
  let current = root
  while (current !== null || stack.length > 0) {
    while (current !== null) {
      stack.push(current)
      current = current.right
    }
    const next = stack.pop()
    if (next === undefined) break
    yield next
    current = next.left
  }
  return undefined
}

export class ChildMap<V> implements ReadonlyMap<string, V> {
  readonly #root: Branch<V> | null

  private constructor(root: Branch<V> | null) {
    this.#root = root
  }

  static empty<V>(): ChildMap<V> {
    return new ChildMap<V>(null)
  }

  /** From any entries; a later duplicate key wins, as with `new Map(entries)`. O(n log n). */
  static from<V>(entries: Iterable<readonly [string, V]>): ChildMap<V> {
    if (entries instanceof ChildMap) return entries
    const byKey = new Map<string, V>()
    for (const [key, value] of entries) byKey.set(key, value)
    const sorted = [...byKey].sort((a, b) => compareKeys(a[0], b[0]))
    return new ChildMap(build(sorted, 0, sorted.length))
  }

  /** From entries whose keys are known to be distinct (JSON object keys, array indexes); sorts `entries` in place. */
  static fromDistinct<V>(entries: Array<[string, V]>): ChildMap<V> {
    entries.sort((a, b) => compareKeys(a[0], b[0]))
    return new ChildMap(build(entries, 0, entries.length))
  }

  get size(): number {
    return sizeOf(this.#root)
  }

  get(key: string): V | undefined {
    return this.#find(key)?.value
  }

  has(key: string): boolean {
    return this.#find(key) !== null
  }

  #find(key: string): Branch<V> | null {
    let current = this.#root
    while (current !== null) {
      const cmp = compareKeys(key, current.key)
      if (cmp === 0) return current
      current = cmp < 0 ? current.left : current.right
    }
    return null
  }

  /** A new map with `key` set; this same map when the value is already there (by reference). */
  set(key: string, value: V): ChildMap<V> {
    const root = insert(this.#root, key, value)
    return root === this.#root ? this : new ChildMap(root)
  }

  /** A new map without `key`; this same map when the key is absent. */
  delete(key: string): ChildMap<V> {
    const root = remove(this.#root, key)
    return root === this.#root ? this : new ChildMap(root)
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const branch of walk(this.#root)) callback.call(thisArg, branch.value, branch.key, this)
  }

  *entries(): Generator<[string, V], undefined, unknown> {
    for (const branch of walk(this.#root)) yield [branch.key, branch.value]
    return undefined
  }

  *keys(): Generator<string, undefined, unknown> {
    for (const branch of walk(this.#root)) yield branch.key
    return undefined
  }

  *values(): Generator<V, undefined, unknown> {
    for (const branch of walk(this.#root)) yield branch.value
    return undefined
  }

  /** Entries from the highest key down (limitToLast windows read only their end). */
  *entriesReversed(): Generator<[string, V], undefined, unknown> {
    for (const branch of walkReversed(this.#root)) yield [branch.key, branch.value]
    return undefined
  }

  [Symbol.iterator](): Generator<[string, V], undefined, unknown> {
    return this.entries()
  }

  /** Tree height, for tests of the balance invariant (≤ 1.44 log2(n+2)). */
  get height(): number {
    return heightOf(this.#root)
  }
}
