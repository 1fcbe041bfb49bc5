// Query windows (§7 "Query windows"): order the children by the index, keep those between the
// start and end bounds, then keep `limit` of them counted from the left or the right. This is what
// a tagged listen or a filtered get/REST read receives: the surviving children with their full
// subtrees, or null. The SDK's LimitedFilter walks the same way (skip until the start bound, stop
// at the end bound or the limit), so both sides agree on which children make the window.

import { ChildMap } from '../tree/child-map.js'
import { MAX_NAME, MIN_NAME } from '../tree/key-order.js'
import { leaf, objectNode, type ObjectNode, type TreeNode } from '../tree/node.js'
import { InvalidDataError } from '../tree/path.js'
import { comparePosts, indexValueOf, sortByIndex, sortPosts, type IndexedChild, type Post } from './ordering.js'
import { loadsAllData, type QueryBound, type QueryIndex, type QuerySpec } from './query-spec.js'

/** The children of `node` in `index` order; [] for a leaf or null. */
export function sortedChildren(node: TreeNode | null, index: QueryIndex): Array<[string, TreeNode]> {
  if (node?.kind !== 'object') return []
  if (inKeyOrder(node, index)) return [...node.children]
  return sortByIndex(node.children, index)
}

/**
 * The query window of `node`. A spec that loads all data returns `node` unchanged (a leaf, its
 * priority and all). Otherwise a leaf or null gives null, and the result is a new object holding
 * the surviving children (shared, not copied) without a priority of its own: queries carry no
 * priority (the SDK's filters drop it too). When every child survives and `node` has no priority,
 * `node` itself is returned.
 */
export function applyQuery(node: TreeNode | null, spec: QuerySpec): TreeNode | null {
  if (loadsAllData(spec)) return node
  if (node?.kind !== 'object') return null
  if (spec.limit === undefined) {
    // No limit: the window is every child between the bounds, whatever their order, so one pass
    // in key order finds it without sorting.
    const inWindow = boundsTest(spec)
    const survivors: Array<[string, TreeNode]> = []
    for (const [name, child] of node.children) if (inWindow(name, child)) survivors.push([name, child])
    if (survivors.length === node.children.size && node.priority === null) return node
    return objectNode(ChildMap.fromDistinct(survivors))
  }
  const { index } = spec
  const { afterStart, beforeEnd } = bounds(spec)
  const fromRight = (spec.from ?? (spec.start !== undefined ? 'left' : 'right')) === 'right'
  // Walking from the anchored side, the first bound crossed is the near one, the second the far one.
  const [near, far] = fromRight ? [beforeEnd, afterStart] : [afterStart, beforeEnd]
  const limit = spec.limit
  const survivors: Array<[string, TreeNode]> = []
  for (const candidate of candidates(node, index, fromRight)) {
    if (survivors.length >= limit) break
    if (!near(candidate)) continue
    if (!far(candidate)) break
    survivors.push([candidate.name, candidate.node])
  }
  if (survivors.length === node.children.size && node.priority === null) return node
  return objectNode(ChildMap.fromDistinct(survivors))
}

/**
 * The window of a query without a limit, updated for a write that may have changed only the
 * children named in `changed` (a write below the listen, not at or above it). A listener's window
 * is recomputed on every write below it; rebuilding it from all children each time made a write to
 * a node with thousands of children (`active_calls`) cost the emulator milliseconds. A real
 * database keeps an index; this keeps the window. Returns `previous` itself when nothing changed.
 */
export function updateWindow(previous: TreeNode | null, after: ObjectNode, spec: QuerySpec, changed: Iterable<string>): TreeNode | null {
  const inWindow = boundsTest(spec)
  let children = previous?.kind === 'object' ? ChildMap.from(previous.children) : ChildMap.empty<TreeNode>()
  const before = children
  for (const name of changed) {
    const child = after.children.get(name)
    children = child !== undefined && inWindow(name, child) ? children.set(name, child) : children.delete(name)
  }
  if (children === before && (previous === null || previous.kind === 'object')) return previous
  return objectNode(children)
}

function bounds(spec: QuerySpec): { afterStart: (post: Post) => boolean; beforeEnd: (post: Post) => boolean } {
  const { index } = spec
  const start = spec.start === undefined ? null : boundPost(index, spec.start, MIN_NAME)
  const end = spec.end === undefined ? null : boundPost(index, spec.end, MAX_NAME)
  return {
    afterStart(post) {
      if (start === null || spec.start === undefined) return true
      const cmp = comparePosts(index, start, post)
      return spec.start.inclusive ? cmp <= 0 : cmp < 0
    },
    beforeEnd(post) {
      if (end === null || spec.end === undefined) return true
      const cmp = comparePosts(index, post, end)
      return spec.end.inclusive ? cmp <= 0 : cmp < 0
    },
  }
}

/** Whether a child lies between the query's bounds, in its index order. */
function boundsTest(spec: QuerySpec): (name: string, child: TreeNode) => boolean {
  const { afterStart, beforeEnd } = bounds(spec)
  return (name, child) => {
    const post: Post = { name, value: indexValueOf(child, spec.index) }
    return afterStart(post) && beforeEnd(post)
  }
}

function boundPost(index: QueryIndex, bound: QueryBound, defaultName: string): Post {
  // The key index bounds by key: the bound's value is the key (the SDK's KeyIndex.makePost).
  if (index.kind === 'key') {
    if (typeof bound.value !== 'string') throw new InvalidDataError('A key index bound must be a string')
    return { value: null, name: bound.value }
  }
  return { value: boundValueNode(bound.value), name: bound.name ?? defaultName }
}

function boundValueNode(value: unknown): TreeNode | null {
  if (value === null) return null
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return leaf(value)
  }
  throw new InvalidDataError('A query bound must be null, a boolean, a finite number or a string')
}

/** True when `index` orders these children exactly as their keys do (no sort needed). */
function inKeyOrder(node: ObjectNode, index: QueryIndex): boolean {
  if (!(node.children instanceof ChildMap)) return false
  if (index.kind === 'key') return true
  if (index.kind !== 'priority') return false
  for (const child of node.children.values()) if (child.priority !== null) return false
  return true
}

function* candidates(node: ObjectNode, index: QueryIndex, reversed: boolean): Generator<IndexedChild, undefined, unknown> {
  if (inKeyOrder(node, index) && node.children instanceof ChildMap) {
    // Key index, or priority index with no priorities: every index value is null.
    const entries = reversed ? node.children.entriesReversed() : node.children.entries()
    for (const [name, child] of entries) yield { name, node: child, value: null }
    return undefined
  }
  const sorted = sortPosts(node.children, index)
  if (reversed) sorted.reverse()
  yield* sorted
  return undefined
}
