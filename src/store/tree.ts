import type { Json } from './records.js'
import { isIndexKey } from './validate.js'

// The in-memory tree, with the Firebase Realtime Database's semantics, because the mirror replays
// the same ops there and both trees must end up equal:
// - a write replaces the whole subtree at its path; null deletes;
// - there are no empty objects: a container that loses its last child disappears, and writing
//   {} (or an object of nulls) writes nothing;
// - arrays are stored as objects keyed "0", "1", ...; reading turns integer-keyed objects back
//   into arrays exactly as the SDK's DataSnapshot.val() does (holes included).
//
// Containers written or read below are Maps, so that a write costs O(path depth + size of the
// written value) and an emptiness check is O(1), however large the tree (V8 enumerates a big
// object's keys in full for every for-in). A deep-frozen value written with setFrozen() (the
// journal's records) is kept as it is when it already has the form a read gives back (no nulls,
// no empty containers, integer keys only as dense arrays), and becomes a Map only when a later
// write goes below it. Values handed out by get() are fresh copies; view() hands out frozen
// values that share structure with the tree and with each other, so nobody can mutate the tree
// behind the journal's back either way.

type Leaf = string | number | boolean
/** A deep-frozen object or array that reads back as itself (see isStoredForm). */
type Frozen = { readonly [key: string]: Json } | readonly Json[]
export type Node = Leaf | Branch | Frozen

/** A container. `view` caches its frozen read form until a write below it clears it. */
export class Branch extends Map<string, Node> {
  view: Json | undefined = undefined
}

export class DataTree {
  #root: Node | null = null

  /** The value at `keys` in the form DataSnapshot.val() returns, as a fresh copy; null when absent. */
  get(keys: readonly string[]): Json | null {
    const node = this.#nodeAt(keys)
    return node === null ? null : exportNode(node)
  }

  /**
   * The same value as get(), deep-frozen and shared: unchanged subtrees are not copied again, so
   * reading a conversation after one more message costs its own keys, not all its messages.
   */
  view(keys: readonly string[]): Json | null {
    const node = this.#nodeAt(keys)
    return node === null ? null : viewNode(node)
  }

  /** How many children the value at `keys` has (0 when absent or a leaf), without reading them. */
  count(keys: readonly string[]): number {
    const node = this.#nodeAt(keys)
    if (node === null || typeof node !== 'object') return 0
    if (node instanceof Branch) return node.size
    return Array.isArray(node) ? node.length : Object.keys(node).length
  }

  /** True when a value exists at `keys`. O(depth). */
  has(keys: readonly string[]): boolean {
    return this.#nodeAt(keys) !== null
  }

  /** SET semantics: `value` (null deletes) replaces whatever is at `keys`. Cost: depth + size of value. */
  set(keys: readonly string[], value: Json | null): void {
    this.#write(keys, importValue(value, false))
  }

  /**
   * set() for a value that is deep-frozen and stays unchanged (a journal record's op value): kept
   * by reference where it already has its stored form instead of being copied.
   */
  setFrozen(keys: readonly string[], value: Json | null): void {
    this.#write(keys, importValue(value, true))
  }

  #write(keys: readonly string[], node: Node | null): void {
    if (keys.length === 0) this.#root = node
    else if (node === null) this.#delete(keys)
    else this.#put(keys, node)
  }

  #nodeAt(keys: readonly string[]): Node | null {
    let node = this.#root
    for (let i = 0; i < keys.length && node !== null; i++) node = childOf(node, keys[i] as string)
    return node
  }

  #put(keys: readonly string[], node: Node): void {
    // Writing below a leaf (or nothing) turns it into a container, as in Firebase.
    let parent = this.#root instanceof Branch ? this.#root : (this.#root = asBranch(this.#root))
    parent.view = undefined
    const last = keys.length - 1
    for (let i = 0; i < last; i++) {
      const key = keys[i] as string
      const child = parent.get(key)
      let branch: Branch
      if (child instanceof Branch) {
        branch = child
        branch.view = undefined
      } else {
        branch = asBranch(child)
        parent.set(key, branch)
      }
      parent = branch
    }
    parent.set(keys[last] as string, node)
  }

  #delete(keys: readonly string[]): void {
    if (this.#nodeAt(keys) === null) return
    // The value exists, so every node above it is a container: a Map, or a frozen value that
    // becomes one now.
    const chain: Branch[] = []
    let parent = this.#root instanceof Branch ? this.#root : (this.#root = asBranch(this.#root))
    for (let i = 0; ; i++) {
      parent.view = undefined
      chain.push(parent)
      if (i === keys.length - 1) break
      const key = keys[i] as string
      const child = parent.get(key)
      let branch: Branch
      if (child instanceof Branch) {
        branch = child
      } else {
        branch = asBranch(child)
        parent.set(key, branch)
      }
      parent = branch
    }
    // Remove the key, then every ancestor left empty by it.
    for (let i = chain.length - 1; i >= 0; i--) {
      const branch = chain[i] as Branch
      branch.delete(keys[i] as string)
      if (branch.size > 0) return
    }
    this.#root = null
  }
}

function childOf(node: Node, key: string): Node | null {
  if (typeof node !== 'object') return null
  if (node instanceof Branch) return node.get(key) ?? null
  if (Array.isArray(node)) {
    // Stored arrays are dense: "0" .. String(length - 1) are exactly their keys.
    if (!isIndexKey(key)) return null
    return (node[Number(key)] as Node | undefined) ?? null
  }
  return Object.hasOwn(node, key) ? ((node as Record<string, Json>)[key] as Node) : null
}

/** A container to write below: a frozen value opened one level (its children stay as they are), or an empty one. */
function asBranch(node: Node | null | undefined): Branch {
  if (node instanceof Branch) return node
  const branch = new Branch()
  if (node === null || node === undefined || typeof node !== 'object') return branch
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) branch.set(String(i), node[i] as Node)
  } else {
    const frozen = node as Record<string, Json>
    for (const key of Object.keys(frozen)) branch.set(key, frozen[key] as Node)
  }
  return branch
}

/**
 * Builds tree nodes from a JSON value, dropping nulls and empty containers. With `share`, the
 * value is deep-frozen and any part already in stored form is kept by reference.
 */
function importValue(value: Json | null | undefined, share: boolean): Node | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object') return value
  if (share && isStoredForm(value)) return value
  const branch = new Branch()
  const container = value as Record<string, Json>
  // Object.keys gives array indices as "0", "1", ... and skips holes.
  for (const key of Object.keys(container)) {
    const node = importValue(container[key], share)
    if (node !== null) branch.set(key, node)
  }
  return branch.size === 0 ? null : branch
}

/**
 * True when `value` is exactly what reading it back would give: no null (or missing) children, no
 * empty containers, arrays dense, and no object whose keys would make it read back as an array.
 */
function isStoredForm(value: Json): boolean {
  if (value === null) return false
  if (typeof value !== 'object') return true
  if (Array.isArray(value)) {
    if (value.length === 0) return false
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !isStoredForm(value[i] as Json)) return false
    }
    return true
  }
  const keys = Object.keys(value)
  if (keys.length === 0 || readsAsArray(keys)) return false
  for (let i = 0; i < keys.length; i++) {
    if (!isStoredForm(value[keys[i] as string] as Json)) return false
  }
  return true
}

/** The SDK's ChildrenNode.val() rule: all keys integers and the largest below twice their count. */
function readsAsArray(keys: Iterable<string>): boolean {
  let count = 0
  let maxKey = 0
  for (const key of keys) {
    if (!isIndexKey(key)) return false
    count++
    const n = Number(key)
    if (n > maxKey) maxKey = n
  }
  return maxKey < 2 * count
}

/** The DataSnapshot.val() form of a node, as a fresh copy. */
export function exportNode(node: Node): Json {
  if (typeof node !== 'object') return node
  if (node instanceof Branch) return exportBranch(node, exportNode)
  return copyFrozen(node)
}

function viewNode(node: Node): Json {
  if (!(node instanceof Branch)) return node as Json
  // Its children are frozen already (views or frozen values), so freezing this level makes it deep.
  if (node.view === undefined) node.view = Object.freeze(exportBranch(node, viewNode)) as Json
  return node.view
}

function exportBranch(branch: Branch, exportChild: (node: Node) => Json): Json {
  if (readsAsArray(branch.keys())) {
    // Same rule and same holes as the SDK's ChildrenNode.val().
    const array: Json[] = []
    for (const [key, child] of branch) array[Number(key)] = exportChild(child)
    return array
  }
  const obj: Record<string, Json> = {}
  for (const [key, child] of branch) defineChild(obj, key, exportChild(child))
  return obj
}

function copyFrozen(value: Frozen): Json {
  if (Array.isArray(value)) {
    const array: Json[] = new Array(value.length)
    for (let i = 0; i < value.length; i++) array[i] = exportNode(value[i] as Node)
    return array
  }
  const source = value as Record<string, Json>
  const obj: Record<string, Json> = {}
  for (const key of Object.keys(source)) defineChild(obj, key, exportNode(source[key] as Node))
  return obj
}

function defineChild(obj: Record<string, Json>, key: string, value: Json): void {
  // "__proto__" is a valid Firebase key; plain assignment would set the prototype instead.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
  else obj[key] = value
}
