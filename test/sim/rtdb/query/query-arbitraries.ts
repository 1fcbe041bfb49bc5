// Children and query specs for the window properties: small pools so bounds often hit real
// values and keys, with the cross-type and integer-key cases §7 cares about.

import fc from 'fast-check'
import type { QueryBound, QueryIndex, QuerySpec } from '../../../../sim/rtdb/query/query-spec.js'

export const WINDOW_KEYS = ['-1', '0', '1', '01', '9', '10', '2147483648', 'a', 'b', 'B', '_', 'x-y', '😀']
export const WINDOW_STRINGS = ['', 'a', 'b', 'B', '0', '10', 'aa']
export const WINDOW_NUMBERS = [-1.5, 0, 1, 2, 10, 1e9]

const leafValueArb = fc.oneof(fc.boolean(), fc.constantFrom(...WINDOW_NUMBERS), fc.constantFrom(...WINDOW_STRINGS))
const priorityArb = fc.oneof(fc.constant(null), fc.constantFrom(...WINDOW_NUMBERS), fc.constantFrom(...WINDOW_STRINGS))

/** A child as export JSON: a leaf or an object with optional `x` and `x/y`, each with an optional priority. */
export const childJsonArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(leafValueArb, priorityArb).map(([value, priority]) => (priority === null ? value : { '.value': value, '.priority': priority })),
  fc
    .record(
      { x: fc.oneof(leafValueArb, fc.record({ y: leafValueArb }, { noNullPrototype: true })), z: leafValueArb, '.priority': priorityArb },
      { requiredKeys: ['z'], noNullPrototype: true },
    ),
)

export const childrenJsonArb: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(fc.constantFrom(...WINDOW_KEYS), childJsonArb, {
  maxKeys: 10,
  noNullPrototype: true,
})

export const indexArb: fc.Arbitrary<QueryIndex> = fc.oneof(
  fc.constant<QueryIndex>({ kind: 'priority' }),
  fc.constant<QueryIndex>({ kind: 'key' }),
  fc.constant<QueryIndex>({ kind: 'value' }),
  fc.constant<QueryIndex>({ kind: 'child', path: ['x'] }),
  fc.constant<QueryIndex>({ kind: 'child', path: ['x', 'y'] }),
)

/** A bound value the SDK would accept for `index` (§6.5 / validateQueryEndpoints). */
export function boundValueArb(index: QueryIndex): fc.Arbitrary<string | number | boolean | null> {
  switch (index.kind) {
    case 'key':
      return fc.constantFrom(...WINDOW_KEYS, 'c', '5')
    case 'priority':
      return fc.oneof(fc.constant(null), fc.constantFrom(...WINDOW_NUMBERS), fc.constantFrom(...WINDOW_STRINGS))
    default:
      return fc.oneof(fc.constant(null), leafValueArb)
  }
}

const nameArb = fc.option(fc.constantFrom(...WINDOW_KEYS, '[MIN_NAME]', '[MAX_NAME]'), { nil: undefined })

function boundArb(index: QueryIndex): fc.Arbitrary<QueryBound> {
  return fc
    .record({ value: boundValueArb(index), name: nameArb, inclusive: fc.boolean() })
    .map(({ value, name, inclusive }) => (name === undefined ? { value, inclusive } : { value, name, inclusive }))
}

export const specArb: fc.Arbitrary<QuerySpec> = indexArb.chain((index) =>
  fc
    .record({
      start: fc.option(boundArb(index), { nil: undefined }),
      end: fc.option(boundArb(index), { nil: undefined }),
      limit: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      from: fc.constantFrom<'left' | 'right'>('left', 'right'),
    })
    .map(({ start, end, limit, from }) => {
      const spec: QuerySpec = { index }
      if (start !== undefined) spec.start = start
      if (end !== undefined) spec.end = end
      if (limit !== undefined) {
        spec.limit = limit
        spec.from = from
      }
      return spec
    }),
)
