// RTDB sort orders (§7), as the SDK's indexes implement them (KeyIndex, PriorityIndex, ValueIndex,
// PathIndex). Every index sorts by an index value and breaks ties by key order.

import { compareKeys } from '../tree/key-order.js'
import { leaf, nodeAt, type Leaf, type Priority, type TreeNode } from '../tree/node.js'
import type { QueryIndex } from './query-spec.js'

export { compareKeys, integerKeyValue, MAX_NAME, MIN_NAME } from '../tree/key-order.js'

// §7 / the SDK's LeafNode.VALUE_TYPE_ORDER: booleans < numbers < strings among leaves.
function leafTypeRank(value: Leaf): number {
  return typeof value === 'boolean' ? 0 : typeof value === 'number' ? 1 : 2
}

/**
 * Value order (§7): null < false < true < numbers (ascending) < strings (UTF-16 code units) <
 * objects. All objects compare equal, so the key decides between them.
 */
export function compareValues(a: TreeNode | null, b: TreeNode | null): number {
  if (a === null) return b === null ? 0 : -1
  if (b === null) return 1
  if (a.kind === 'object') return b.kind === 'object' ? 0 : 1
  if (b.kind === 'object') return -1
  const rankA = leafTypeRank(a.value)
  const rankB = leafTypeRank(b.value)
  if (rankA !== rankB) return rankA - rankB
  return a.value < b.value ? -1 : a.value === b.value ? 0 : 1
}

/** Priority order (§7): no priority, then numbers ascending, then strings. */
export function comparePriorities(a: Priority, b: Priority): number {
  if (a === null) return b === null ? 0 : -1
  if (b === null) return 1
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1
  if (typeof b === 'number') return 1
  return a < b ? -1 : a === b ? 0 : 1
}

/**
 * What `index` sorts a child by, as a node: its priority as a leaf (priorities order like values
 * restricted to null, numbers and strings), the child itself, or the node at the child path (null
 * when missing, §7). The key index sorts by name only and has no index value.
 */
export function indexValueOf(child: TreeNode, index: QueryIndex): TreeNode | null {
  switch (index.kind) {
    case 'priority':
      return child.priority === null ? null : leaf(child.priority)
    case 'value':
      return child
    case 'child':
      return nodeAt(child, index.path)
    case 'key':
      return null
  }
}

/**
 * A position in an index: an index value and a key. Children are posts, and so are query bounds
 * (§7: "bounds as (value,key) pairs"), whose name may be MIN_NAME or MAX_NAME.
 */
export interface Post {
  readonly value: TreeNode | null
  readonly name: string
}

export function comparePosts(index: QueryIndex, a: Post, b: Post): number {
  if (index.kind === 'key') return compareKeys(a.name, b.name)
  return compareValues(a.value, b.value) || compareKeys(a.name, b.name)
}

/** A child with its index value computed once, for sorting. */
export interface IndexedChild extends Post {
  readonly node: TreeNode
}

/** [key, child] entries in `index` order, each with its index value. */
export function sortPosts(entries: Iterable<readonly [string, TreeNode]>, index: QueryIndex): IndexedChild[] {
  const posts = Array.from(entries, ([name, node]): IndexedChild => ({ name, node, value: indexValueOf(node, index) }))
  return posts.sort((a, b) => comparePosts(index, a, b))
}

/** [key, child] entries in `index` order. */
export function sortByIndex(entries: Iterable<readonly [string, TreeNode]>, index: QueryIndex): Array<[string, TreeNode]> {
  return sortPosts(entries, index).map((post) => [post.name, post.node])
}
