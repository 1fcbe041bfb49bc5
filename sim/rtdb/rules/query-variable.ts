// The `query` variable of .read rules ("query-based rules"): the parameters of the listen, get or
// REST read being checked. The server only sees the wire query (§6.5), so three things are
// inferred from it:
// - orderByPriority: the priority index has no `i`, so it is true for any ordered read without one
//   (the SDK sends `limitToFirst(1)` and `orderByPriority().limitToFirst(1)` the same way);
// - equalTo: the SDK sends equalTo(v) as equal inclusive start and end bounds, so such a pair sets
//   equalTo, and startAt/endAt keep the bound too;
// - startAfter/endBefore set startAt/endAt (a narrower range than the rule allowed).
// Google's exact handling of the last two is unverified.

import type { QueryBound, QuerySpec } from '../query/query-spec.js'

export type RuleQuery = {
  readonly orderByKey: boolean
  readonly orderByChild: string | null
  readonly orderByValue: boolean
  readonly orderByPriority: boolean
  readonly startAt: unknown
  readonly endAt: unknown
  readonly equalTo: unknown
  readonly limitToFirst: number | null
  readonly limitToLast: number | null
}

export const RULE_QUERY_PROPERTIES: readonly (keyof RuleQuery)[] = [
  'orderByKey',
  'orderByChild',
  'orderByValue',
  'orderByPriority',
  'startAt',
  'endAt',
  'equalTo',
  'limitToFirst',
  'limitToLast',
]

/** A plain read of the whole location: every flag false, every parameter null. */
export const NO_QUERY: RuleQuery = {
  orderByKey: false,
  orderByChild: null,
  orderByValue: false,
  orderByPriority: false,
  startAt: null,
  endAt: null,
  equalTo: null,
  limitToFirst: null,
  limitToLast: null,
}

/** `spec` null means a plain read; callers pass null for the default query (`g` with `q:{}`). */
export function ruleQueryOf(spec: QuerySpec | null): RuleQuery {
  if (spec === null) return NO_QUERY
  const { index, start, end, limit, from } = spec
  return {
    orderByKey: index.kind === 'key',
    orderByChild: index.kind === 'child' ? index.path.join('/') : null,
    orderByValue: index.kind === 'value',
    orderByPriority: index.kind === 'priority',
    startAt: start?.value ?? null,
    endAt: end?.value ?? null,
    equalTo: start !== undefined && end !== undefined && isEquality(start, end) ? start.value : null,
    limitToFirst: limit !== undefined && from === 'left' ? limit : null,
    limitToLast: limit !== undefined && from === 'right' ? limit : null,
  }
}

function isEquality(start: QueryBound, end: QueryBound): boolean {
  return start.inclusive && end.inclusive && start.value === end.value && start.name === end.name
}
