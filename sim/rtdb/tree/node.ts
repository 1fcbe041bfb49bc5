// The emulator's data model: an immutable tree with structural sharing.
// A write builds a new root by copying only the nodes on the written path, so
// - a multi-path update is atomic (rules are checked against the candidate root, then the root is swapped),
// - "did the value at a listened path change?" is a reference comparison (unchanged subtrees are shared),
// - rules can read `data` (old root) and `newData` (candidate root) without copying the tree.
// Empty is represented by `null`: RTDB has no empty objects (see wire-protocol notes §8).

import { ChildMap } from './child-map.js'

export type Leaf = string | number | boolean
export type Priority = string | number | null

export interface LeafNode {
  readonly kind: 'leaf'
  readonly value: Leaf
  readonly priority: Priority
}

export interface ObjectNode {
  readonly kind: 'object'
  /** Never empty: an object that loses its last child becomes `null`. */
  readonly children: ReadonlyMap<string, TreeNode>
  readonly priority: Priority
}

export type TreeNode = LeafNode | ObjectNode
export type Path = readonly string[]

export function leaf(value: Leaf, priority: Priority = null): LeafNode {
  return { kind: 'leaf', value, priority }
}

/** Children are stored as a ChildMap (persistent, key-ordered); a plain Map is converted once. */
export function objectNode(children: ReadonlyMap<string, TreeNode>, priority: Priority = null): ObjectNode | null {
  return children.size === 0 ? null : { kind: 'object', children: ChildMap.from(children), priority }
}

export function childOf(node: TreeNode | null, key: string): TreeNode | null {
  return node?.kind === 'object' ? (node.children.get(key) ?? null) : null
}

export function nodeAt(node: TreeNode | null, path: Path): TreeNode | null {
  let current = node
  for (const key of path) {
    if (current === null) return null
    current = childOf(current, key)
  }
  return current
}

export function withPriority(node: TreeNode | null, priority: Priority): TreeNode | null {
  if (node === null || node.priority === priority) return node
  return { ...node, priority }
}

/**
 * Returns a new tree with `value` at `path` (null deletes), sharing every untouched subtree: only
 * the nodes on the path are copied, and each copy costs O(log siblings) (child-map.ts). Returns
 * `root` itself when nothing changed, so callers can detect no-ops by reference.
 */
export function setAt(root: TreeNode | null, path: Path, value: TreeNode | null): TreeNode | null {
  return setFrom(root, path, 0, value)
}

function setFrom(node: TreeNode | null, path: Path, depth: number, value: TreeNode | null): TreeNode | null {
  const key = path[depth]
  if (key === undefined) return value
  const existingChild = childOf(node, key)
  const newChild = setFrom(existingChild, path, depth + 1, value)
  if (newChild === existingChild) return node
  const siblings = node?.kind === 'object' ? ChildMap.from(node.children) : ChildMap.empty<TreeNode>()
  const children = newChild === null ? siblings.delete(key) : siblings.set(key, newChild)
  // A node keeps its priority when a child is written below it, even a leaf that becomes an
  // object (the SDK's LeafNode.updateImmediateChild does the same, and clients' cached copies must
  // hash like ours, §10). An object that loses its last child becomes null and the priority goes.
  return objectNode(children, node === null ? null : node.priority)
}

/** Structural equality, priorities included. Lets a write of an equal value keep the old references. */
export function nodesEqual(a: TreeNode | null, b: TreeNode | null): boolean {
  if (a === b) return true
  if (a === null || b === null || a.priority !== b.priority) return false
  if (a.kind === 'leaf') return b.kind === 'leaf' && a.value === b.value
  if (b.kind !== 'object' || a.children.size !== b.children.size) return false
  for (const [key, child] of a.children) {
    if (!nodesEqual(child, b.children.get(key) ?? null)) return false
  }
  return true
}

/** Plain JSON as `val()` returns it: no priorities; objects stay objects (the SDK makes arrays). */
export function toJSON(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') return node.value
  const out: Record<string, unknown> = {}
  for (const [key, child] of node.children) assignKey(out, key, toJSON(child))
  return out
}

/** Export format (`exportVal()`, `format=export`): priorities as `.priority`, leaves with one as `{.value,.priority}`. */
export function toExport(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') {
    return node.priority === null ? node.value : { '.value': node.value, '.priority': node.priority }
  }
  const out: Record<string, unknown> = {}
  for (const [key, child] of node.children) assignKey(out, key, toExport(child))
  if (node.priority !== null) out['.priority'] = node.priority
  return out
}

// `__proto__` is a valid RTDB key, but `out['__proto__'] = v` would set the prototype instead of
// adding a property; defineProperty always adds an own property (JSON.stringify then emits it).
export function assignKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}
