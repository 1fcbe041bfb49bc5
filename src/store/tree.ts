import type { Json } from './records.js'

// The in-memory tree, with the Firebase Realtime Database's semantics, because the mirror replays
// the same ops there and both trees must end up equal:
// - a write replaces the whole subtree at its path; null deletes;
// - there are no empty objects: a container that loses its last child disappears, and writing
//   {} (or an object of nulls) writes nothing;
// - arrays are stored as objects keyed "0", "1", ...; reading turns integer-keyed objects back
//   into arrays exactly as the SDK's DataSnapshot.val() does (holes included).
//
// Containers are Maps so that a write costs O(path depth + size of the written value) and an
// emptiness check is O(1), however large the tree (V8 enumerates a big object's keys in full for
// every for-in). Values handed out are fresh copies, so nobody can mutate the tree behind the
// journal's back.

type Leaf = string | number | boolean
export type Node = Leaf | Branch
export type Branch = Map<string, Node>

/** The SDK's ChildrenNode.INTEGER_REGEXP_. */
const INTEGER_KEY = /^(0|[1-9]\d*)$/

export class DataTree {
  #root: Node | null = null

  /** The value at `keys` in the form DataSnapshot.val() returns, as a fresh copy; null when absent. */
  get(keys: readonly string[]): Json | null {
    const node = this.#nodeAt(keys)
    return node === null ? null : exportNode(node)
  }

  /** True when a value exists at `keys`. O(depth). */
  has(keys: readonly string[]): boolean {
    return this.#nodeAt(keys) !== null
  }

  /** SET semantics: `value` (null deletes) replaces whatever is at `keys`. Cost: depth + size of value. */
  set(keys: readonly string[], value: Json | null): void {
    const node = importValue(value)
    if (keys.length === 0) {
      this.#root = node
      return
    }
    if (node === null) this.#delete(keys)
    else this.#put(keys, node)
  }

  #nodeAt(keys: readonly string[]): Node | null {
    let node = this.#root
    for (const key of keys) {
      if (!(node instanceof Map)) return null
      node = node.get(key) ?? null
    }
    return node
  }

  #put(keys: readonly string[], node: Node): void {
    // Writing below a leaf (or nothing) turns it into a container, as in Firebase.
    if (!(this.#root instanceof Map)) this.#root = new Map()
    let parent: Branch = this.#root
    const last = keys.length - 1
    for (let i = 0; i < last; i++) {
      const key = keys[i] as string
      let child = parent.get(key)
      if (!(child instanceof Map)) {
        child = new Map()
        parent.set(key, child)
      }
      parent = child
    }
    parent.set(keys[last] as string, node)
  }

  #delete(keys: readonly string[]): void {
    const chain: Branch[] = []
    let node = this.#root
    for (let i = 0; i < keys.length; i++) {
      if (!(node instanceof Map)) return
      chain.push(node)
      node = node.get(keys[i] as string) ?? null
    }
    if (node === null) return
    // Remove the key, then every ancestor left empty by it.
    for (let i = chain.length - 1; i >= 0; i--) {
      const branch = chain[i] as Branch
      branch.delete(keys[i] as string)
      if (branch.size > 0) return
    }
    this.#root = null
  }
}

/** Builds tree nodes from a JSON value, dropping nulls and empty containers. */
export function importValue(value: Json | null | undefined): Node | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object') return value
  const branch: Branch = new Map()
  // Object.entries gives array indices as "0", "1", ... and skips holes.
  for (const [key, child] of Object.entries(value)) {
    const node = importValue(child)
    if (node !== null) branch.set(key, node)
  }
  return branch.size === 0 ? null : branch
}

/** The DataSnapshot.val() form of a node. */
export function exportNode(node: Node): Json {
  if (!(node instanceof Map)) return node
  const obj: Record<string, Json> = {}
  let allIntegerKeys = true
  let maxKey = 0
  for (const [key, child] of node) {
    defineChild(obj, key, exportNode(child))
    if (allIntegerKeys && INTEGER_KEY.test(key)) maxKey = Math.max(maxKey, Number(key))
    else allIntegerKeys = false
  }
  if (allIntegerKeys && maxKey < 2 * node.size) {
    // Same rule and same holes as the SDK's ChildrenNode.val().
    const array: Json[] = []
    for (const [key, child] of Object.entries(obj)) array[Number(key)] = child
    return array
  }
  return obj
}

function defineChild(obj: Record<string, Json>, key: string, value: Json): void {
  // "__proto__" is a valid Firebase key; plain assignment would set the prototype instead.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
  else obj[key] = value
}
