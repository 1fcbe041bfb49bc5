import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compareKeys, integerKeyValue, MAX_NAME, MIN_NAME } from '../../../../sim/rtdb/tree/key-order.js'
import { FC_RUNS, keyArb } from '../arbitraries.js'

const sortKeys = (keys: string[]): string[] => [...keys].sort(compareKeys)

describe('integerKeyValue (§7: ^-?(0*)\\d{1,10}$ within int32)', () => {
  test.each([
    ['0', 0],
    ['-1', -1],
    ['007', 7],
    ['0000000000000042', 42],
    ['2147483647', 2147483647],
    ['-2147483648', -2147483648],
  ])('%s is integer-like', (key, value) => {
    expect(integerKeyValue(key)).toBe(value)
  })

  test.each(['2147483648', '-2147483649', '12345678901', '1a', '+1', '1.0', '-', '', ' 1', '1e3', 'a'])(
    '%s is not integer-like',
    (key) => {
      expect(integerKeyValue(key)).toBeNull()
    },
  )
})

describe('compareKeys', () => {
  test('§15.12: integer-like keys sort numerically before other keys', () => {
    expect(sortKeys(['b', '10', 'a', '9', '-1'])).toEqual(['-1', '9', '10', 'a', 'b'])
  })

  test('equal numeric values: the shorter string first', () => {
    expect(sortKeys(['001', '01', '1', '2'])).toEqual(['1', '01', '001', '2'])
  })

  test('keys beyond int32 sort as strings, after every integer-like key', () => {
    expect(sortKeys(['2147483648', '3', 'a', '2147483647'])).toEqual(['3', '2147483647', '2147483648', 'a'])
  })

  test('non-integer keys compare by UTF-16 code units, like JS <', () => {
    // '\uFFFF' is one code unit; '😀' is a surrogate pair starting at 0xD83D, so it sorts first.
    expect(sortKeys(['\uFFFF', '😀', 'a', 'B', '_'])).toEqual(['B', '_', 'a', '😀', '\uFFFF'])
  })

  test('MIN_NAME and MAX_NAME bracket every key', () => {
    for (const key of ['-2147483648', '0', 'a', '\uFFFF']) {
      expect(compareKeys(MIN_NAME, key)).toBeLessThan(0)
      expect(compareKeys(key, MAX_NAME)).toBeLessThan(0)
    }
    expect(compareKeys(MIN_NAME, MAX_NAME)).toBeLessThan(0)
  })

  test('"-0" and "00" (same value, same length) are still distinct: ties break by code units', () => {
    // The SDK's nameCompare returns 0 here; our children map needs a total order.
    expect(compareKeys('-0', '00')).toBeLessThan(0)
    expect(compareKeys('00', '-0')).toBeGreaterThan(0)
    expect(sortKeys(['00', '0', '-0'])).toEqual(['0', '-0', '00'])
  })

  test('property: a total order (antisymmetric, transitive, zero only for equal keys)', () => {
    fc.assert(
      fc.property(keyArb, keyArb, keyArb, (a, b, c) => {
        expect(Math.sign(compareKeys(a, b)) + Math.sign(compareKeys(b, a))).toBe(0)
        expect(compareKeys(a, b) === 0).toBe(a === b)
        if (compareKeys(a, b) < 0 && compareKeys(b, c) < 0) expect(compareKeys(a, c)).toBeLessThan(0)
      }),
      { numRuns: FC_RUNS * 5 },
    )
  })
})
