import fc from 'fast-check'
import {
  endAt,
  endBefore,
  equalTo,
  limitToFirst,
  limitToLast,
  orderByChild,
  orderByKey,
  orderByPriority,
  orderByValue,
  startAfter,
  startAt,
  type QueryConstraint,
} from 'firebase/database'
import { afterAll, describe, expect, test } from 'vitest'
import { parseRestQuery, parseWireQuery, querySpecKey, type QueryIndex, type QuerySpec } from '../../../../sim/rtdb/query/query-spec.js'
import { applyQuery, sortedChildren, updateWindow } from '../../../../sim/rtdb/query/window.js'
import { nodeAt, toExport, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { fromExport } from '../../../../sim/rtdb/tree/values.js'
import { applySet } from '../../../../sim/rtdb/tree/write.js'
import { FC_RUNS } from '../arbitraries.js'
import { openOfflineSdk, type OfflineSdk } from '../offline-sdk.js'
import { boundValueArb, childJsonArb, childrenJsonArb, indexArb, specArb, WINDOW_KEYS } from './query-arbitraries.js'
import { referenceSort, referenceWindow } from './reference-model.js'

const build = (json: unknown): TreeNode | null => fromExport(json, { now: 0, existing: () => null })
const keysOf = (node: TreeNode | null): string[] => (node?.kind === 'object' ? [...node.children.keys()] : [])
const windowKeys = (json: unknown, q: unknown): string[] => sortedChildren(applyQuery(build(json), parseWireQuery(q)), parseWireQuery(q).index).map(([key]) => key)
const entriesOf = (node: TreeNode | null): Array<[string, TreeNode]> => (node?.kind === 'object' ? [...node.children] : [])

describe('ordering through sortedChildren (§15.12, §15.13, §15.18)', () => {
  test('§15.12: integer-like keys sort numerically first, in orderByKey and in the default (forEach) order', () => {
    const node = build({ b: 1, '10': 1, a: 1, '9': 1, '-1': 1 })
    expect(sortedChildren(node, { kind: 'key' }).map(([key]) => key)).toEqual(['-1', '9', '10', 'a', 'b'])
    expect(sortedChildren(node, { kind: 'priority' }).map(([key]) => key)).toEqual(['-1', '9', '10', 'a', 'b'])
  })

  test('§15.13: orderByValue orders null < false < true < numbers < strings < objects', () => {
    const node = build({ obj: { x: 1 }, s2: 'b', s1: 'a', n2: 10, n1: -1, t: true, f: false })
    expect(sortedChildren(node, { kind: 'value' }).map(([key]) => key)).toEqual(['f', 't', 'n1', 'n2', 's1', 's2', 'obj'])
  })

  test('orderByChild: a missing child counts as null, objects last, ties by key', () => {
    const node = build({ e: { s: { deep: 1 } }, d: { s: 'x' }, c: { s: 2 }, b: { other: 1 }, a: { s: 2 } })
    expect(sortedChildren(node, { kind: 'child', path: ['s'] }).map(([key]) => key)).toEqual(['b', 'a', 'c', 'd', 'e'])
  })

  test('§15.18: orderByPriority orders no priority, then numbers, then strings', () => {
    const node = build({
      s: { '.value': 1, '.priority': 'a' },
      n2: { '.value': 1, '.priority': 5 },
      none: 1,
      n1: { '.value': 1, '.priority': -3 },
      obj: { x: 1, '.priority': 'B' },
    })
    expect(sortedChildren(node, { kind: 'priority' }).map(([key]) => key)).toEqual(['none', 'n1', 'n2', 'obj', 's'])
  })

  test('a leaf or null has no children', () => {
    expect(sortedChildren(build('x'), { kind: 'key' })).toEqual([])
    expect(sortedChildren(null, { kind: 'value' })).toEqual([])
  })

  test('property: sortedChildren matches the naive reference sort for every index', () => {
    fc.assert(
      fc.property(childrenJsonArb, indexArb, (json, index) => {
        const node = build(json)
        expect(sortedChildren(node, index).map(([key]) => key)).toEqual(referenceSort(entriesOf(node), index).map(([key]) => key))
      }),
      { numRuns: FC_RUNS },
    )
  })
})

describe('applyQuery: §15 examples', () => {
  const scores = { a: { s: 1 }, b: { s: 3 }, c: { s: 2 }, d: { s: 5 } }

  test('§15.10: limitToLast(2) on a child index keeps the two highest; a higher newcomer pushes one out', () => {
    const q = { l: 2, vf: 'r', i: 's' } // §14.12: orderByChild('s').limitToLast(2)
    expect(windowKeys(scores, q)).toEqual(['b', 'd'])
    const after = toExport(applySet(build(scores), ['e'], { s: 4 }, 0))
    expect(windowKeys(after, q)).toEqual(['e', 'd'])
  })

  test('§14.12: orderByKey().limitToFirst(2)', () => {
    expect(windowKeys({ b: 1, '10': 1, a: 1, '9': 1 }, { l: 2, vf: 'l', i: '.key' })).toEqual(['9', '10'])
  })

  describe('§15.11: bounds on every index', () => {
    const values = { a: 1, b: 2, c: 2, d: 3, e: 'x' }

    test.each([
      ['startAt(2)', { sp: 2, sin: true, i: '.value' }, ['b', 'c', 'd', 'e']],
      ['startAt(2, "c")', { sp: 2, sn: 'c', sin: true, i: '.value' }, ['c', 'd', 'e']],
      ['startAfter(2)', { sp: 2, sn: '[MAX_NAME]', sin: false, i: '.value' }, ['d', 'e']],
      ['startAfter(2, "b")', { sp: 2, sn: 'b', sin: false, i: '.value' }, ['c', 'd', 'e']],
      ['endAt(2)', { ep: 2, ein: true, i: '.value' }, ['a', 'b', 'c']],
      ['endAt(2, "b")', { ep: 2, en: 'b', ein: true, i: '.value' }, ['a', 'b']],
      ['endBefore(2)', { ep: 2, en: '[MIN_NAME]', ein: false, i: '.value' }, ['a']],
      ['endBefore(2, "c")', { ep: 2, en: 'c', ein: false, i: '.value' }, ['a', 'b']],
      ['equalTo(2)', { sp: 2, sin: true, ep: 2, ein: true, i: '.value' }, ['b', 'c']],
      ['equalTo(2, "c")', { sp: 2, sn: 'c', sin: true, ep: 2, en: 'c', ein: true, i: '.value' }, ['c']],
      ['startAfter(1).endBefore(3) (§14.12 shape)', { sp: 1, sn: '[MAX_NAME]', sin: false, ep: 3, en: '[MIN_NAME]', ein: false, i: '.value' }, ['b', 'c']],
    ])('orderByValue %s', (_name, q, keys) => {
      expect(windowKeys(values, q)).toEqual(keys)
    })

    test.each([
      ['startAt("b")', { sp: 'b', sin: true, i: '.key' }, ['b', 'c']],
      ['startAfter("b")', { sp: 'b', sin: false, i: '.key' }, ['c']],
      ['endAt("b")', { ep: 'b', ein: true, i: '.key' }, ['9', '10', 'a', 'b']],
      ['endBefore("b")', { ep: 'b', ein: false, i: '.key' }, ['9', '10', 'a']],
      ['equalTo("10")', { sp: '10', sin: true, ep: '10', ein: true, i: '.key' }, ['10']],
      ['startAt("9").endAt("10") (numeric, not string, order)', { sp: '9', sin: true, ep: '10', ein: true, i: '.key' }, ['9', '10']],
    ])('orderByKey %s', (_name, q, keys) => {
      expect(windowKeys({ a: 1, b: 1, c: 1, '10': 1, '9': 1 }, q)).toEqual(keys)
    })

    const scored = { a: { s: 1 }, b: { s: 2 }, c: { s: 2 }, d: { t: 0 }, e: { s: 'x' } }
    test.each([
      ['startAt(null) includes missing children', { sp: null, sin: true, i: 's' }, ['d', 'a', 'b', 'c', 'e']],
      ['endAt(null) is only the missing ones', { ep: null, ein: true, i: 's' }, ['d']],
      ['startAfter(1)', { sp: 1, sn: '[MAX_NAME]', sin: false, i: 's' }, ['b', 'c', 'e']],
      ['endBefore(2)', { ep: 2, en: '[MIN_NAME]', ein: false, i: 's' }, ['d', 'a']],
      ['equalTo(2, "b")', { sp: 2, sn: 'b', sin: true, ep: 2, en: 'b', ein: true, i: 's' }, ['b']],
    ])('orderByChild %s', (_name, q, keys) => {
      expect(windowKeys(scored, q)).toEqual(keys)
    })

    const prioritized = {
      none: 1,
      n1: { '.value': 1, '.priority': 1 },
      n2: { '.value': 1, '.priority': 2 },
      n2b: { '.value': 1, '.priority': 2 },
      s: { '.value': 1, '.priority': 'a' },
    }
    test.each([
      ['startAt(2)', { sp: 2, sin: true }, ['n2', 'n2b', 's']],
      ['startAfter(2)', { sp: 2, sn: '[MAX_NAME]', sin: false }, ['s']],
      ['endAt(1)', { ep: 1, ein: true }, ['none', 'n1']],
      ['endBefore(null, "zzz")', { ep: null, en: 'zzz', ein: false }, ['none']],
      ['equalTo(2, "n2b")', { sp: 2, sn: 'n2b', sin: true, ep: 2, en: 'n2b', ein: true }, ['n2b']],
      ['equalTo("a")', { sp: 'a', sin: true, ep: 'a', ein: true }, ['s']],
    ])('orderByPriority %s', (_name, q, keys) => {
      expect(windowKeys(prioritized, q)).toEqual(keys)
    })
  })
})

describe('applyQuery: shape of the result', () => {
  test('a spec that loads all data returns the node itself, priority and all', () => {
    const node = build({ a: 1, '.priority': 3 })
    expect(applyQuery(node, { index: { kind: 'child', path: ['x'] } })).toBe(node)
    const leafNode = build('x')
    expect(applyQuery(leafNode, { index: { kind: 'priority' } })).toBe(leafNode)
  })

  test('a filtered query of a leaf or null is null; an empty window is null', () => {
    expect(applyQuery(build('x'), parseWireQuery({ l: 1, vf: 'l' }))).toBeNull()
    expect(applyQuery(null, parseWireQuery({ l: 1, vf: 'l' }))).toBeNull()
    expect(applyQuery(build({ a: 1 }), parseWireQuery({ sp: 5, sin: true, i: '.value' }))).toBeNull()
  })

  test('the window has no priority; its children are the tree’s own (shared, with their priorities)', () => {
    const node = build({ a: { '.value': 1, '.priority': 'p' }, b: 2, '.priority': 9 })
    const window = applyQuery(node, parseWireQuery({ l: 5, vf: 'l', i: '.key' }))
    expect(window?.priority).toBeNull()
    expect(nodeAt(window, ['a'])).toBe(nodeAt(node, ['a']))
    expect(toExport(window)).toEqual({ a: { '.value': 1, '.priority': 'p' }, b: 2 })
  })

  test('when every child survives and there is no priority, the node itself comes back', () => {
    const node = build({ a: 1, b: 2 })
    expect(applyQuery(node, parseWireQuery({ l: 5, vf: 'r', i: '.value' }))).toBe(node)
  })

  test('an unanchored limit counts from the start bound’s side, else from the right (SDK isViewFromLeft)', () => {
    const json = { a: 1, b: 2, c: 3 }
    expect(windowKeys(json, { l: 1, i: '.value' })).toEqual(['c'])
    expect(windowKeys(json, { l: 1, sp: 1, sin: true, i: '.value' })).toEqual(['a'])
    // The same for specs built in code without `from`.
    const value: QueryIndex = { kind: 'value' }
    expect(keysOf(applyQuery(build(json), { index: value, limit: 1 }))).toEqual(['c'])
    expect(keysOf(applyQuery(build(json), { index: value, limit: 1, start: { value: 1, inclusive: true } }))).toEqual(['a'])
  })
})

describe('applyQuery: properties', () => {
  test('matches the naive model (sort, filter by (value, key) bounds, slice) for arbitrary children and specs', () => {
    fc.assert(
      fc.property(childrenJsonArb, specArb, (json, spec) => {
        const node = build(json)
        const expected = referenceWindow(entriesOf(node), spec)
        const window = applyQuery(node, spec)
        expect(keysOf(window).sort()).toEqual(expected.map(([key]) => key).sort())
        for (const [key, child] of expected) expect(nodeAt(window, [key])).toBe(child)
      }),
      { numRuns: FC_RUNS * 2 },
    )
  })
})

describe('updateWindow: a limitless window kept across writes below it', () => {
  // A write below the listen: a child set, replaced, deleted, or changed inside (the field the
  // child index reads, or another one).
  const writeArb = fc.record({
    key: fc.constantFrom(...WINDOW_KEYS),
    inside: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: undefined }),
    value: fc.oneof(childJsonArb, fc.constant(null)),
  })
  test('equals the window recomputed from all children, after every write', () => {
    fc.assert(
      fc.property(childrenJsonArb, specArb, fc.array(fc.array(writeArb, { minLength: 1, maxLength: 4 }), { maxLength: 6 }), (json, anySpec, batches) => {
        const spec: QuerySpec = { ...anySpec, limit: undefined }
        let root = build(json)
        let window = applyQuery(root, spec)
        for (const batch of batches) {
          for (const w of batch) root = applySet(root, w.inside === undefined ? [w.key] : [w.key, w.inside], w.value, 0)
          const expected = applyQuery(root, spec)
          window = root?.kind === 'object' ? updateWindow(window, root, spec, batch.map((w) => w.key)) : expected
          expect(keysOf(window).sort()).toEqual(keysOf(expected).sort())
          for (const key of keysOf(expected)) expect(nodeAt(window, [key])).toBe(nodeAt(expected, [key]))
        }
      }),
      { numRuns: FC_RUNS * 2 },
    )
  })

  test('returns the previous window itself when the write changed nothing in it', () => {
    const spec: QuerySpec = { index: { kind: 'child', path: ['x'] }, start: { value: 'b', inclusive: true } }
    const before = build({ a: { x: 'a' }, b: { x: 'b' } })
    const window = applyQuery(before, spec)
    const after = applySet(before, ['a', 'y'], 1, 0)
    expect(after?.kind).toBe('object')
    expect(updateWindow(window, after as Extract<TreeNode, { kind: 'object' }>, spec, ['a'])).toBe(window)
  })
})

// ---- the SDK as oracle ------------------------------------------------------------------------

interface EndDesc {
  readonly exclusive: boolean
  readonly value: string | number | boolean | null
  readonly key?: string
}

interface QueryDesc {
  readonly index: QueryIndex
  readonly start?: EndDesc
  readonly end?: EndDesc
  readonly equal?: Omit<EndDesc, 'exclusive'>
  readonly limit?: { readonly last: boolean; readonly n: number }
}

/** Queries built the way an app builds them, respecting what the SDK validates. */
const queryDescArb: fc.Arbitrary<QueryDesc> = indexArb.chain((index) => {
  const key = index.kind === 'key' ? fc.constant(undefined) : fc.option(fc.constantFrom(...WINDOW_KEYS), { nil: undefined })
  const end = fc.record({ exclusive: fc.boolean(), value: boundValueArb(index), key })
  const limit = fc.option(fc.record({ last: fc.boolean(), n: fc.integer({ min: 1, max: 5 }) }), { nil: undefined })
  const ranged = fc.record({ start: fc.option(end, { nil: undefined }), end: fc.option(end, { nil: undefined }), limit })
  const equal = fc.record({ equal: fc.record({ value: boundValueArb(index), key }), limit })
  return fc.oneof(ranged, equal).map((desc) => ({ index, ...desc }))
})

function sdkConstraints(desc: QueryDesc): QueryConstraint[] {
  const constraints: QueryConstraint[] = []
  const { index } = desc
  constraints.push(
    index.kind === 'key' ? orderByKey() : index.kind === 'value' ? orderByValue() : index.kind === 'priority' ? orderByPriority() : orderByChild(index.path.join('/')),
  )
  const bound = (make: (value: string | number | boolean | null, key?: string) => QueryConstraint, end: Omit<EndDesc, 'exclusive'>): QueryConstraint =>
    end.key === undefined ? make(end.value) : make(end.value, end.key)
  if (desc.start) constraints.push(bound(desc.start.exclusive ? startAfter : startAt, desc.start))
  if (desc.end) constraints.push(bound(desc.end.exclusive ? endBefore : endAt, desc.end))
  if (desc.equal) constraints.push(bound(equalTo, desc.equal))
  if (desc.limit) constraints.push(desc.limit.last ? limitToLast(desc.limit.n) : limitToFirst(desc.limit.n))
  return constraints
}

function restParams(desc: QueryDesc): URLSearchParams {
  const params = new URLSearchParams()
  const { index } = desc
  const orderBy = index.kind === 'key' ? '$key' : index.kind === 'value' ? '$value' : index.kind === 'priority' ? '$priority' : index.path.join('/')
  params.set('orderBy', JSON.stringify(orderBy))
  const bound = (end: Omit<EndDesc, 'exclusive'>): string => JSON.stringify(end.value) + (end.key === undefined ? '' : ',' + JSON.stringify(end.key))
  if (desc.start) params.set(desc.start.exclusive ? 'startAfter' : 'startAt', bound(desc.start))
  if (desc.end) params.set(desc.end.exclusive ? 'endBefore' : 'endAt', bound(desc.end))
  if (desc.equal) params.set('equalTo', bound(desc.equal))
  if (desc.limit) params.set(desc.limit.last ? 'limitToLast' : 'limitToFirst', String(desc.limit.n))
  return params
}

// The SDK's one wrong window: while no child has a priority it keeps its priority index as plain
// key order, and a limitToLast under an end bound that names a key walks back from that key in key
// order. Children after that key sort before the bound (no priority sorts first) but are skipped,
// so `orderByPriority().endAt(-1.5, '-1').limitToLast(1)` over {-1, b, x-y} gives -1, not x-y.
// The server computes the window over the real order; there the naive model is the oracle.
function sdkWalksKeyOrder(json: Record<string, unknown>, desc: QueryDesc): boolean {
  const { index, end, limit } = desc
  if (index.kind !== 'priority' || !limit?.last || end?.key === undefined || end.value === null) return false
  const priorityOf = (child: unknown): unknown => (typeof child === 'object' && child !== null ? (child as Record<string, unknown>)['.priority'] : undefined)
  return Object.values(json).every((child) => priorityOf(child) == null)
}

/** The window Google's server sends: the SDK's own, except where it is wrong (above). */
function expectedWindow(sdk: OfflineSdk, json: Record<string, unknown>, desc: QueryDesc): { exportVal: unknown; queryIdentifier: string } {
  const fromSdk = sdk.window(json, sdkConstraints(desc))
  if (!sdkWalksKeyOrder(json, desc)) return fromSdk
  const node = build(json)
  const window = referenceWindow(entriesOf(node), parseWireQuery(wireQueryOf(fromSdk.queryIdentifier)))
  return { ...fromSdk, exportVal: window.length === 0 ? null : Object.fromEntries(window.map(([key, child]) => [key, toExport(child)])) }
}

function wireQueryOf(queryIdentifier: string): unknown {
  return queryIdentifier === 'default' ? {} : JSON.parse(queryIdentifier)
}

describe('applyQuery against the SDK’s own client-side windows', () => {
  const sdk = openOfflineSdk('window')
  afterAll(() => sdk.close())

  test('where the SDK’s own window walks key order, ours follows the server’s order (seed 1471225707)', () => {
    const json = { '-1': { z: -1.5 }, 'x-y': { z: false }, b: { z: -1.5 } }
    const desc: QueryDesc = { index: { kind: 'priority' }, end: { exclusive: false, value: -1.5, key: '-1' }, limit: { last: true, n: 1 } }
    expect(sdkWalksKeyOrder(json, desc)).toBe(true)
    expect(sdk.window(json, sdkConstraints(desc)).exportVal).toEqual({ '-1': { z: -1.5 } })
    expect(toExport(applyQuery(build(json), parseRestQuery(restParams(desc)) ?? { index: { kind: 'key' } }))).toEqual({ 'x-y': { z: false } })
    // One child with a priority gives the SDK a real priority index, and its window is right again.
    const withPriority = { ...json, b: { z: -1.5, '.priority': 'a' } }
    expect(sdkWalksKeyOrder(withPriority, desc)).toBe(false)
    expect(sdk.window(withPriority, sdkConstraints(desc)).exportVal).toEqual({ 'x-y': { z: false } })
  })

  test('property: the SDK’s wire query, parsed and applied by us, gives the window the SDK computes', () => {
    fc.assert(
      fc.property(childrenJsonArb, queryDescArb, (json, desc) => {
        const expected = expectedWindow(sdk, json, desc)
        const spec: QuerySpec = parseWireQuery(wireQueryOf(expected.queryIdentifier))
        expect(toExport(applyQuery(build(json), spec))).toEqual(expected.exportVal)
        // The identity we key listens by is the SDK's own query identifier.
        expect(querySpecKey(spec)).toBe(expected.queryIdentifier)
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('property: the same query over REST parameters gives the same window', () => {
    fc.assert(
      fc.property(childrenJsonArb, queryDescArb, (json, desc) => {
        const expected = expectedWindow(sdk, json, desc)
        const spec = parseRestQuery(restParams(desc))
        if (spec === null) throw new Error('expected a query')
        expect(toExport(applyQuery(build(json), spec))).toEqual(expected.exportVal)
      }),
      { numRuns: FC_RUNS },
    )
  })
})
