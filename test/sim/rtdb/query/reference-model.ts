// A deliberately naive model of §7 ordering and query windows for the properties in this folder:
// classify, compare tuples, sort everything, filter by the bounds, slice. It shares no code with
// sim/rtdb/query, so a bug has to be made twice to go unnoticed.

import type { TreeNode } from '../../../../sim/rtdb/tree/node.js'
import type { QueryIndex, QuerySpec } from '../../../../sim/rtdb/query/query-spec.js'

const MIN = '[MIN_NAME]'
const MAX = '[MAX_NAME]'

/** The key as a BigInt when it is integer-like (§7: -?0*, at most 10 significant digits, int32). */
function integerLike(key: string): bigint | null {
  const match = /^-?(\d+)$/.exec(key)
  if (match === null) return null
  const digits = match[1] ?? ''
  const significant = digits.replace(/^0+/, '')
  // \d{1,10} after the zeros: an all-zero run keeps one digit for it.
  if (significant.length > 10) return null
  const value = BigInt(key)
  return value >= -(2n ** 31n) && value <= 2n ** 31n - 1n ? value : null
}

export function referenceKeyCompare(a: string, b: string): number {
  const rank = (key: string): number => (key === MIN ? 0 : key === MAX ? 3 : integerLike(key) === null ? 2 : 1)
  if (rank(a) !== rank(b)) return rank(a) - rank(b)
  if (rank(a) === 1) {
    const x = integerLike(a) ?? 0n
    const y = integerLike(b) ?? 0n
    if (x !== y) return x < y ? -1 : 1
    if (a.length !== b.length) return a.length - b.length
  }
  return a === b ? 0 : a < b ? -1 : 1
}

/** [type rank, value]: null < false < true < numbers < strings < objects (§7). */
function valueTuple(node: TreeNode | null): [number, number | string] {
  if (node === null) return [0, 0]
  if (node.kind === 'object') return [5, 0]
  const v = node.value
  if (typeof v === 'boolean') return [v ? 2 : 1, 0]
  if (typeof v === 'number') return [3, v]
  return [4, v]
}

function compareTuples(a: [number, number | string], b: [number, number | string]): number {
  if (a[0] !== b[0]) return a[0] - b[0]
  return a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1
}

function childAt(node: TreeNode, path: readonly string[]): TreeNode | null {
  let current: TreeNode | null = node
  for (const key of path) current = current?.kind === 'object' ? (current.children.get(key) ?? null) : null
  return current
}

function indexTuple(node: TreeNode, index: QueryIndex): [number, number | string] {
  switch (index.kind) {
    case 'key':
      return [0, 0]
    case 'priority':
      return node.priority === null ? [0, 0] : typeof node.priority === 'number' ? [3, node.priority] : [4, node.priority]
    case 'value':
      return valueTuple(node)
    case 'child':
      return valueTuple(childAt(node, index.path))
  }
}

function boundTuple(value: unknown): [number, number | string] {
  if (value === null) return [0, 0]
  if (typeof value === 'boolean') return [value ? 2 : 1, 0]
  if (typeof value === 'number') return [3, value]
  if (typeof value === 'string') return [4, value]
  throw new Error(`unexpected bound value ${String(value)}`)
}

export function referenceSort(entries: Array<[string, TreeNode]>, index: QueryIndex): Array<[string, TreeNode]> {
  return [...entries].sort(
    (a, b) => compareTuples(indexTuple(a[1], index), indexTuple(b[1], index)) || referenceKeyCompare(a[0], b[0]),
  )
}

export function referenceWindow(entries: Array<[string, TreeNode]>, spec: QuerySpec): Array<[string, TreeNode]> {
  const { index, start, end } = spec
  const position = (bound: { value: unknown; name?: string }, fallback: string): [[number, number | string], string] =>
    index.kind === 'key' ? [[0, 0], String(bound.value)] : [boundTuple(bound.value), bound.name ?? fallback]
  const cmp = (tuple: [number, number | string], name: string, entry: [string, TreeNode]): number =>
    compareTuples(tuple, indexTuple(entry[1], index)) || referenceKeyCompare(name, entry[0])
  const inRange = referenceSort(entries, index).filter((entry) => {
    if (start !== undefined) {
      const [tuple, name] = position(start, MIN)
      const c = cmp(tuple, name, entry) // bound vs child
      if (start.inclusive ? c > 0 : c >= 0) return false
    }
    if (end !== undefined) {
      const [tuple, name] = position(end, MAX)
      const c = cmp(tuple, name, entry)
      if (end.inclusive ? c < 0 : c <= 0) return false
    }
    return true
  })
  if (spec.limit === undefined) return inRange
  const from = spec.from ?? (start !== undefined ? 'left' : 'right')
  return from === 'left' ? inRange.slice(0, spec.limit) : inRange.slice(Math.max(0, inRange.length - spec.limit))
}
