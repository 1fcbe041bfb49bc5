import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ChildMap } from '../../../../sim/rtdb/tree/child-map.js'
import { compareKeys } from '../../../../sim/rtdb/tree/key-order.js'
import { FC_RUNS, keyArb } from '../arbitraries.js'

type Op = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key: keyArb }),
)

function sortedEntries(model: Map<string, number>): Array<[string, number]> {
  return [...model].sort((a, b) => compareKeys(a[0], b[0]))
}

describe('ChildMap', () => {
  test('property: behaves like a Map iterated in key order, and old versions never change', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        let map = ChildMap.empty<number>()
        const model = new Map<string, number>()
        const history: Array<[ChildMap<number>, Array<[string, number]>]> = []
        for (const op of ops) {
          if (op.kind === 'set') {
            map = map.set(op.key, op.value)
            model.set(op.key, op.value)
          } else {
            map = map.delete(op.key)
            model.delete(op.key)
          }
          history.push([map, sortedEntries(model)])
        }
        expect([...map]).toEqual(sortedEntries(model))
        expect([...map.entriesReversed()]).toEqual(sortedEntries(model).reverse())
        expect(map.size).toBe(model.size)
        for (const [key, value] of model) {
          expect(map.get(key)).toBe(value)
          expect(map.has(key)).toBe(true)
        }
        for (const [version, entries] of history) expect([...version]).toEqual(entries)
        // AVL bound: height ≤ 1.44·log2(n + 2).
        expect(map.height).toBeLessThanOrEqual(Math.ceil(1.4405 * Math.log2(map.size + 2)))
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('stays balanced under sequential inserts (push ids arrive in order)', () => {
    let map = ChildMap.empty<number>()
    for (let i = 0; i < 10_000; i++) map = map.set(`k${String(i).padStart(6, '0')}`, i)
    expect(map.size).toBe(10_000)
    expect(map.height).toBeLessThanOrEqual(Math.ceil(1.4405 * Math.log2(10_002)))
    for (let i = 0; i < 10_000; i += 2) map = map.delete(`k${String(i).padStart(6, '0')}`)
    expect(map.size).toBe(5_000)
    expect(map.height).toBeLessThanOrEqual(Math.ceil(1.4405 * Math.log2(5_002)))
    expect(map.get('k000001')).toBe(1)
    expect(map.has('k000002')).toBe(false)
  })

  test('a no-op set or delete returns the same map (callers detect no-ops by reference)', () => {
    const value = { v: 1 }
    const map = ChildMap.from([['a', value]])
    expect(map.set('a', value)).toBe(map)
    expect(map.delete('missing')).toBe(map)
    expect(map.set('a', { v: 1 })).not.toBe(map)
  })

  test('from: later duplicates win, like new Map(entries)', () => {
    expect([...ChildMap.from([['b', 1], ['a', 2], ['b', 3]])]).toEqual([['a', 2], ['b', 3]])
  })

  test('equal contents compare equal whatever the tree shape (no own enumerable state)', () => {
    const inserted = ['e', 'd', 'c', 'b', 'a'].reduce((map, key) => map.set(key, 1), ChildMap.empty<number>())
    const built = ChildMap.from(['a', 'b', 'c', 'd', 'e'].map((key): [string, number] => [key, 1]))
    expect(inserted).toEqual(built)
    expect(inserted).not.toEqual(built.set('a', 2))
    expect(Object.keys(inserted)).toEqual([])
  })

  test('forEach passes value, key and the map', () => {
    const map = ChildMap.from([['10', 'x'], ['9', 'y']])
    const seen: string[] = []
    map.forEach((value, key, self) => {
      expect(self).toBe(map)
      seen.push(`${key}=${value}`)
    })
    expect(seen).toEqual(['9=y', '10=x'])
    expect([...map.keys()]).toEqual(['9', '10'])
    expect([...map.values()]).toEqual(['y', 'x'])
  })
})
