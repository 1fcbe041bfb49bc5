import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  comparePosts,
  comparePriorities,
  compareValues,
  MAX_NAME,
  MIN_NAME,
  sortByIndex,
} from '../../../../sim/rtdb/query/ordering.js'
import { leaf, objectNode, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { FC_RUNS } from '../arbitraries.js'
import { childrenJsonArb, indexArb } from './query-arbitraries.js'
import { referenceSort } from './reference-model.js'
import { fromExport } from '../../../../sim/rtdb/tree/values.js'

const obj = objectNode(new Map([['x', leaf(1)]]))

describe('compareValues (§7)', () => {
  const ascending: Array<TreeNode | null> = [null, leaf(false), leaf(true), leaf(-Infinity), leaf(-1), leaf(0), leaf(2.5), leaf(''), leaf('A'), leaf('a'), leaf('b'), obj]

  test('null < false < true < numbers < strings < objects', () => {
    for (let i = 0; i < ascending.length; i++) {
      for (let j = 0; j < ascending.length; j++) {
        expect(Math.sign(compareValues(ascending[i] ?? null, ascending[j] ?? null))).toBe(Math.sign(i - j))
      }
    }
  })

  test('all objects are equal, so keys decide between them', () => {
    expect(compareValues(obj, objectNode(new Map([['y', leaf('z')]])))).toBe(0)
  })

  test('strings compare by UTF-16 code units', () => {
    expect(compareValues(leaf('😀'), leaf('\uFFFF'))).toBeLessThan(0)
  })

  test('priority does not take part in value order', () => {
    expect(compareValues(leaf(1, 'z'), leaf(1))).toBe(0)
  })
})

describe('comparePriorities (§7, §15.18)', () => {
  test('no priority < numbers < strings', () => {
    const ascending = [null, -5, 0, 3, '', '0', 'a']
    for (let i = 0; i < ascending.length; i++) {
      for (let j = 0; j < ascending.length; j++) {
        expect(Math.sign(comparePriorities(ascending[i] ?? null, ascending[j] ?? null))).toBe(Math.sign(i - j))
      }
    }
  })
})

describe('comparePosts', () => {
  test('the value decides first, then the key, with MIN_NAME/MAX_NAME below/above every key', () => {
    const index = { kind: 'value' } as const
    expect(comparePosts(index, { value: leaf(1), name: MAX_NAME }, { value: leaf(2), name: MIN_NAME })).toBeLessThan(0)
    expect(comparePosts(index, { value: leaf(2), name: MIN_NAME }, { value: leaf(2), name: '-2147483648' })).toBeLessThan(0)
    expect(comparePosts(index, { value: leaf(2), name: MAX_NAME }, { value: leaf(2), name: 'zzz' })).toBeGreaterThan(0)
  })

  test('the key index looks at names only', () => {
    expect(comparePosts({ kind: 'key' }, { value: leaf(9), name: '10' }, { value: leaf(1), name: '9' })).toBeGreaterThan(0)
  })
})

describe('sortByIndex', () => {
  test('property: agrees with the naive reference sort', () => {
    fc.assert(
      fc.property(childrenJsonArb, indexArb, (json, index) => {
        const node = fromExport(json, { now: 0, existing: () => null })
        const entries: Array<[string, TreeNode]> = node?.kind === 'object' ? [...node.children] : []
        expect(sortByIndex(entries.reverse(), index).map(([key]) => key)).toEqual(referenceSort(entries, index).map(([key]) => key))
      }),
      { numRuns: FC_RUNS },
    )
  })
})
