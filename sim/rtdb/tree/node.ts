// The emulator's data model: an immutable tree with structural sharing.
// A write builds a new root by copying only the nodes on the written path, so
// - a multi-path update is atomic (rules are checked against the candidate root, then the root is swapped),
// - "did the value at a listened path change?" is a reference comparison (unchanged subtrees are shared),
// - rules can read `data` (old root) and `newData` (candidate root) without copying the tree.
// Empty is represented by `null`: RTDB has no empty objects (see wire-protocol notes §8).

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

export function objectNode(children: ReadonlyMap<string, TreeNode>, priority: Priority = null): ObjectNode | null {
  return children.size === 0 ? null : { kind: 'object', children, priority }
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

/** Returns a new tree with `value` at `path` (null deletes), sharing every untouched subtree. */
export function setAt(root: TreeNode | null, path: Path, value: TreeNode | null): TreeNode | null {
  if (path.length === 0) return value
  const [key, ...rest] = path as [string, ...string[]]
  const existingChild = childOf(root, key)
  const newChild = setAt(existingChild, rest, value)
  if (newChild === existingChild) return root
  const children = new Map(root?.kind === 'object' ? root.children : undefined)
  if (newChild === null) children.delete(key)
  else children.set(key, newChild)
  // A leaf replaced by an object loses its priority only if the write says so; keep the
  // parent's priority when it is already an object (RTDB keeps `.priority` on partial writes).
  return objectNode(children, root?.kind === 'object' ? root.priority : null)
}

/** Plain JSON as `val()` returns it: no priorities; objects stay objects (the SDK makes arrays). */
export function toJSON(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') return node.value
  const out: Record<string, unknown> = {}
  for (const [key, child] of node.children) out[key] = toJSON(child)
  return out
}

/** Export format (`exportVal()`, `format=export`): priorities as `.priority`, leaves with one as `{.value,.priority}`. */
export function toExport(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') {
    return node.priority === null ? node.value : { '.value': node.value, '.priority': node.priority }
  }
  const out: Record<string, unknown> = {}
  for (const [key, child] of node.children) out[key] = toExport(child)
  if (node.priority !== null) out['.priority'] = node.priority
  return out
}
