import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { nodeAt, toExport, type Path, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { InvalidDataError } from '../../../../sim/rtdb/tree/path.js'
import { fromExport } from '../../../../sim/rtdb/tree/values.js'
import { applyMerge, applySet, writtenPaths } from '../../../../sim/rtdb/tree/write.js'
import { exportJsonArb, FC_RUNS } from '../arbitraries.js'

const NOW = 1_700_000_000_000
const build = (json: unknown): TreeNode | null => fromExport(json, { now: 0, existing: () => null })

describe('applySet (§6.3)', () => {
  test('replaces the whole subtree at the path', () => {
    const root = build({ a: { b: 1, c: 2 }, d: 3 })
    expect(toExport(applySet(root, ['a'], { x: 1 }, NOW))).toEqual({ a: { x: 1 }, d: 3 })
  })

  test('§15.5: null deletes, and parents left empty disappear', () => {
    const root = build({ a: { b: { c: 1 } }, d: 1 })
    expect(toExport(applySet(root, ['a', 'b', 'c'], null, NOW))).toEqual({ d: 1 })
    expect(applySet(root, [], null, NOW)).toBeNull()
  })

  test('writing {} or [] is a delete (§8: no empty objects)', () => {
    const root = build({ a: 1, b: 2 })
    expect(toExport(applySet(root, ['a'], {}, NOW))).toEqual({ b: 2 })
    expect(toExport(applySet(root, ['b'], [], NOW))).toEqual({ a: 1 })
  })

  test('writing below a leaf turns it into an object', () => {
    expect(toExport(applySet(build({ a: 'x' }), ['a', 'b'], 1, NOW))).toEqual({ a: { b: 1 } })
  })

  test('server values resolve against the current tree with one timestamp per write', () => {
    const root = build({ counter: 41 })
    const next = applySet(root, [], { counter: { '.sv': { increment: 1 } }, at: { '.sv': 'timestamp' }, also: { '.sv': 'timestamp' } }, NOW)
    expect(toExport(next)).toEqual({ counter: 42, at: NOW, also: NOW })
    expect(toExport(applySet(root, ['counter'], { '.sv': { increment: -1.5 } }, NOW))).toEqual({ counter: 39.5 })
  })

  test('a write of an equal value returns the same root (fan-out compares by reference)', () => {
    const root = build({ a: { b: 1, '.priority': 2 }, c: [1, 2] })
    expect(applySet(root, ['a'], { '.priority': 2, b: 1 }, NOW)).toBe(root)
    expect(applySet(root, ['c'], { 0: 1, 1: 2 }, NOW)).toBe(root)
    expect(applySet(root, ['missing'], null, NOW)).toBe(root)
    expect(applySet(root, ['a'], { b: 1 }, NOW)).not.toBe(root) // the priority differs
  })

  test('invalid data throws InvalidDataError and the old root is untouched', () => {
    const root = build({ a: 1 })
    const before = toExport(root)
    expect(() => applySet(root, ['a'], { 'b.c': 1 }, NOW)).toThrow(InvalidDataError)
    expect(() => applySet(root, ['a.b'], 1, NOW)).toThrow(InvalidDataError)
    expect(() => applySet(root, ['.priority', 'a'], 1, NOW)).toThrow(InvalidDataError)
    expect(toExport(root)).toEqual(before)
  })
})

describe('applySet with a trailing .priority (§5)', () => {
  test('§15.17: setPriority on an existing leaf keeps its value', () => {
    const root = build({ a: 'x' })
    expect(toExport(applySet(root, ['a', '.priority'], 5, NOW))).toEqual({ a: { '.value': 'x', '.priority': 5 } })
  })

  test('on an object', () => {
    expect(toExport(applySet(build({ a: { b: 1 } }), ['a', '.priority'], 'p', NOW))).toEqual({ a: { b: 1, '.priority': 'p' } })
  })

  test('on the root', () => {
    expect(toExport(applySet(build({ a: 1 }), ['.priority'], 1, NOW))).toEqual({ a: 1, '.priority': 1 })
  })

  test('null removes the priority', () => {
    expect(toExport(applySet(build({ a: { '.value': 1, '.priority': 3 } }), ['a', '.priority'], null, NOW))).toEqual({ a: 1 })
  })

  test('on an empty location the priority is dropped: there is no node to keep it', () => {
    const root = build({ a: 1 })
    expect(applySet(root, ['missing', '.priority'], 5, NOW)).toBe(root)
    expect(applySet(null, ['.priority'], 5, NOW)).toBeNull()
  })

  test('server values as priority', () => {
    const root = build({ a: { '.value': 1, '.priority': 10 } })
    expect(toExport(applySet(root, ['a', '.priority'], { '.sv': 'timestamp' }, NOW))).toEqual({ a: { '.value': 1, '.priority': NOW } })
    expect(toExport(applySet(root, ['a', '.priority'], { '.sv': { increment: 5 } }, NOW))).toEqual({ a: { '.value': 1, '.priority': 15 } })
  })

  test('anything but null, a string, a number or .sv is refused', () => {
    expect(() => applySet(build({ a: 1 }), ['a', '.priority'], { '.value': 1 }, NOW)).toThrow(InvalidDataError)
    expect(() => applySet(build({ a: 1 }), ['a', '.priority'], true, NOW)).toThrow(InvalidDataError)
  })
})

describe('applyMerge (§6.4)', () => {
  test('§15.6: update({"b/c": 5, y: null}) changes only the named paths', () => {
    const root = build({ a: 1, b: { c: 1, d: 2 }, y: 'gone' })
    expect(toExport(applyMerge(root, [], { 'b/c': 5, y: null }, NOW))).toEqual({ a: 1, b: { c: 5, d: 2 } })
  })

  test('keys are relative to the base path and may have empty segments', () => {
    const root = build({ base: { x: 1 } })
    expect(toExport(applyMerge(root, ['base'], { '/n/m/': { k: 2 }, x: null }, NOW))).toEqual({ base: { n: { m: { k: 2 } } } })
  })

  test('a parent left empty disappears', () => {
    expect(applyMerge(build({ a: { b: 1, c: 2 } }), ['a'], { b: null, c: null }, NOW)).toBeNull()
  })

  test('server values in merges share one timestamp and read the current tree', () => {
    const root = build({ n: 1 })
    expect(toExport(applyMerge(root, [], { n: { '.sv': { increment: 2 } }, 'x/t': { '.sv': 'timestamp' }, t: { '.sv': 'timestamp' } }, NOW))).toEqual({
      n: 3,
      x: { t: NOW },
      t: NOW,
    })
  })

  test('a .priority entry applies after the value it belongs to, whatever the key order', () => {
    expect(toExport(applyMerge(null, [], { 'a/.priority': 1, 'a/b': 2 }, NOW))).toEqual({ a: { b: 2, '.priority': 1 } })
  })

  test('entries apply in key order, as the SDK applies merges: emptying a node first drops its priority', () => {
    // b sorts before c: deleting a/b empties `a` (its priority goes with it), then a/c recreates it.
    const root = build({ a: { b: 1, '.priority': 7 } })
    expect(toExport(applyMerge(root, [], { 'a/c': 1, 'a/b': null }, NOW))).toEqual({ a: { c: 1 } })
  })

  test('all or nothing: one bad entry throws and nothing changes', () => {
    const root = build({ a: 1, b: 2 })
    const before = toExport(root)
    expect(() => applyMerge(root, [], { a: 5, 'b/c.d': 1 }, NOW)).toThrow(InvalidDataError)
    expect(() => applyMerge(root, [], { a: 5, b: { '.sv': 'nope' } }, NOW)).toThrow(InvalidDataError)
    expect(toExport(root)).toEqual(before)
  })

  test.each([
    [{ a: 1, 'a/b': 2 }],
    [{ 'a/b': 1, '/a/b/': 2 }],
    [{ a: 1, 'a/.priority': 2 }],
    [{ '': 1, x: 2 }],
  ])('overlapping paths are refused: %j', (children) => {
    expect(() => applyMerge(null, [], children, NOW)).toThrow(/overlap/)
  })

  test('an empty update is a no-op', () => {
    const root = build({ a: 1 })
    expect(applyMerge(root, ['a'], {}, NOW)).toBe(root)
  })

  test('a non-object update or a .priority base path is refused', () => {
    expect(() => applyMerge(null, [], JSON.parse('[1]'), NOW)).toThrow(InvalidDataError)
    expect(() => applyMerge(null, ['a', '.priority'], { b: 1 }, NOW)).toThrow(InvalidDataError)
  })
})

describe('writtenPaths', () => {
  test('a set touches its path; a .priority write touches the node', () => {
    expect(writtenPaths(['a', 'b'])).toEqual([['a', 'b']])
    expect(writtenPaths(['a', '.priority'])).toEqual([['a']])
  })

  test('a merge touches each entry, deduplicated, .priority removed', () => {
    expect(writtenPaths(['base'], { 'b/c': 1, y: null, 'y2/.priority': 1, 'y2/z': 1 })).toEqual([
      ['base', 'b', 'c'],
      ['base', 'y'],
      ['base', 'y2', 'z'],
      ['base', 'y2'],
    ])
  })

  test('invalid keys throw', () => {
    expect(() => writtenPaths([], { 'a.b': 1 })).toThrow(InvalidDataError)
  })
})

// ---- properties ---------------------------------------------------------------------------

const segmentArb = fc.constantFrom('a', 'b', 'c', '1', '10')
const relPathArb = fc.array(segmentArb, { minLength: 1, maxLength: 3 })

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment)
}

/** Relative paths none of which is an ancestor of (or equal to) another. */
const disjointPathsArb = fc.array(relPathArb, { maxLength: 6 }).map((paths) => {
  const kept: string[][] = []
  for (const path of paths) if (!kept.some((k) => isPrefix(k, path) || isPrefix(path, k))) kept.push(path)
  return kept
})

/** Export JSON with no priority on objects: then the order of disjoint writes cannot matter. */
const noObjectPriorityArb = exportJsonArb.map(function strip(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(strip)
  if (typeof json !== 'object' || json === null || '.value' in json) return json
  return Object.fromEntries(Object.entries(json).filter(([key]) => key !== '.priority').map(([key, value]) => [key, strip(value)]))
})

function everyPath(node: TreeNode | null, path: string[] = [], out: string[][] = []): string[][] {
  out.push(path)
  if (node?.kind === 'object') for (const [key, child] of node.children) everyPath(child, [...path, key], out)
  return out
}

describe('properties', () => {
  test('applyMerge equals applySet of its (disjoint) entries one by one, in any order', () => {
    fc.assert(
      fc.property(
        noObjectPriorityArb,
        fc.array(segmentArb, { maxLength: 2 }),
        disjointPathsArb.chain((paths) => fc.tuple(fc.constant(paths), fc.array(noObjectPriorityArb, { minLength: paths.length, maxLength: paths.length }))),
        fc.infiniteStream(fc.nat()),
        (before, base, [paths, values], random) => {
          const root = build(before)
          const children = Object.fromEntries(paths.map((path, i) => [path.join('/'), values[i]]))
          const merged = applyMerge(root, base, children, NOW)
          const order = paths.map((path, i) => ({ path, value: values[i], rank: random.next().value }))
          order.sort((x, y) => x.rank - y.rank)
          let sequential = root
          for (const entry of order) sequential = applySet(sequential, [...base, ...entry.path], entry.value, NOW)
          expect(toExport(merged)).toEqual(toExport(sequential))
        },
      ),
      { numRuns: FC_RUNS },
    )
  })

  test('structural sharing: every subtree off the written paths is the same object afterwards', () => {
    fc.assert(
      fc.property(exportJsonArb, disjointPathsArb, fc.array(exportJsonArb, { minLength: 6, maxLength: 6 }), (before, paths, values) => {
        const root = build(before)
        const next =
          paths.length === 1 && paths[0] !== undefined
            ? applySet(root, paths[0], values[0], NOW)
            : applyMerge(root, [], Object.fromEntries(paths.map((path, i) => [path.join('/'), values[i]])), NOW)
        for (const path of everyPath(root)) {
          const touched = paths.some((written) => isPrefix(path, written) || isPrefix(written, path))
          if (!touched) expect(nodeAt(next, path)).toBe(nodeAt(root, path))
        }
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('a write never mutates the old tree', () => {
    fc.assert(
      fc.property(exportJsonArb, relPathArb, exportJsonArb, (before, path, value) => {
        const root = build(before)
        const snapshot = JSON.stringify(toExport(root))
        applySet(root, path, value, NOW)
        applyMerge(root, [], { [path.join('/')]: value }, NOW)
        expect(JSON.stringify(toExport(root))).toBe(snapshot)
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('applySet then reading the path gives the written value', () => {
    fc.assert(
      fc.property(exportJsonArb, relPathArb, exportJsonArb, (before, path, value) => {
        const next = applySet(build(before), path, value, NOW)
        expect(toExport(nodeAt(next, path))).toEqual(toExport(build(value)))
      }),
      { numRuns: FC_RUNS },
    )
  })
})
