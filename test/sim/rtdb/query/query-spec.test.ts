import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  loadsAllData,
  parseRestQuery,
  parseWireQuery,
  querySpecKey,
  toWireQuery,
  type QuerySpec,
} from '../../../../sim/rtdb/query/query-spec.js'
import { InvalidDataError } from '../../../../sim/rtdb/tree/path.js'
import { FC_RUNS } from '../arbitraries.js'
import { specArb } from './query-arbitraries.js'

const rest = (query: string): QuerySpec | null => parseRestQuery(new URLSearchParams(query))

describe('parseWireQuery: the §14.12 wire objects', () => {
  test('orderByKey().limitToFirst(2)', () => {
    expect(parseWireQuery({ l: 2, vf: 'l', i: '.key' })).toEqual({ index: { kind: 'key' }, limit: 2, from: 'left' })
  })

  test("orderByChild('s').limitToLast(2)", () => {
    expect(parseWireQuery({ l: 2, vf: 'r', i: 's' })).toEqual({ index: { kind: 'child', path: ['s'] }, limit: 2, from: 'right' })
  })

  test('startAfter(1).endBefore(3) on a child index', () => {
    expect(parseWireQuery({ sp: 1, sn: '[MAX_NAME]', sin: false, ep: 3, en: '[MIN_NAME]', ein: false, i: 's' })).toEqual({
      index: { kind: 'child', path: ['s'] },
      start: { value: 1, name: '[MAX_NAME]', inclusive: false },
      end: { value: 3, name: '[MIN_NAME]', inclusive: false },
    })
  })

  test("equalTo(2,'b')", () => {
    expect(parseWireQuery({ sp: 2, sn: 'b', sin: true, ep: 2, en: 'b', ein: true, i: 's' })).toEqual({
      index: { kind: 'child', path: ['s'] },
      start: { value: 2, name: 'b', inclusive: true },
      end: { value: 2, name: 'b', inclusive: true },
    })
  })

  test("get() on orderByChild('s') with no bounds: loads all data", () => {
    const spec = parseWireQuery({ i: 's' })
    expect(spec).toEqual({ index: { kind: 'child', path: ['s'] } })
    expect(loadsAllData(spec)).toBe(true)
  })

  test('{} and an absent i are the priority index; ".priority" says so explicitly', () => {
    expect(parseWireQuery({})).toEqual({ index: { kind: 'priority' } })
    expect(parseWireQuery({ i: '.priority', l: 1, vf: 'l' }).index).toEqual({ kind: 'priority' })
    expect(parseWireQuery({ i: '.value' }).index).toEqual({ kind: 'value' })
    expect(parseWireQuery({ i: 'a/b' }).index).toEqual({ kind: 'child', path: ['a', 'b'] })
  })

  test('an absent sin/ein means inclusive; null bounds are bounds', () => {
    expect(parseWireQuery({ sp: null, ep: 'x' })).toEqual({
      index: { kind: 'priority' },
      start: { value: null, inclusive: true },
      end: { value: 'x', inclusive: true },
    })
  })

  test('unknown keys are ignored', () => {
    expect(parseWireQuery({ i: '.key', future: 1 })).toEqual({ index: { kind: 'key' } })
  })

  test.each([
    ['not an object', 'q'],
    ['an array', []],
    ['null', null],
    ['a numeric index', { i: 3 }],
    ['an empty child path', { i: '/' }],
    ['an invalid child path', { i: 'a.b' }],
    ['.priority inside a child path', { i: 'a/.priority' }],
    ['a zero limit', { l: 0 }],
    ['a negative limit', { l: -1 }],
    ['a fractional limit', { l: 1.5 }],
    ['a string limit', { l: '2' }],
    ['an unknown vf', { l: 1, vf: 'x' }],
    ['a non-boolean sin', { sp: 1, sin: 'yes' }],
    ['a numeric sn', { sp: 1, sn: 2 }],
    ['sn without sp', { sn: 'a' }],
    ['en without ep', { en: 'a' }],
    ['a number bound on the key index', { sp: 1, i: '.key' }],
    ['a boolean bound on the priority index', { sp: true }],
    ['an object bound on the value index', { ep: { a: 1 }, i: '.value' }],
    ['an array bound on a child index', { sp: [1], i: 'x' }],
  ])('refuses %s', (_name, q) => {
    expect(() => parseWireQuery(q)).toThrow(InvalidDataError)
  })
})

describe('parseRestQuery (§11)', () => {
  test('no query parameters: null (print, shallow, format, ns and auth are not query parameters)', () => {
    expect(rest('')).toBeNull()
    expect(rest('print=pretty&shallow=true&format=export&ns=x&auth=owner')).toBeNull()
  })

  test.each([
    ['orderBy="$key"', { kind: 'key' }],
    ['orderBy="$value"', { kind: 'value' }],
    ['orderBy="$priority"', { kind: 'priority' }],
    ['orderBy="height"', { kind: 'child', path: ['height'] }],
    ['orderBy="a/b"', { kind: 'child', path: ['a', 'b'] }],
  ])('%s', (query, index) => {
    expect(rest(query)).toEqual({ index })
  })

  test('JSON bounds with an optional key', () => {
    expect(rest('orderBy="$value"&startAt=5,"k"&endAt="z"')).toEqual({
      index: { kind: 'value' },
      start: { value: 5, name: 'k', inclusive: true },
      end: { value: 'z', inclusive: true },
    })
    expect(rest('orderBy="$value"&startAt=true&endAt=null')).toMatchObject({ start: { value: true }, end: { value: null } })
    expect(rest('orderBy="$key"&startAt="a,b"')).toMatchObject({ start: { value: 'a,b' } })
  })

  test('equalTo sets both ends', () => {
    expect(rest('orderBy="s"&equalTo=2,"b"')).toEqual({
      index: { kind: 'child', path: ['s'] },
      start: { value: 2, name: 'b', inclusive: true },
      end: { value: 2, name: 'b', inclusive: true },
    })
  })

  test('startAfter/endBefore without a key mean after/before every key, as the SDK sends them', () => {
    expect(rest('orderBy="s"&startAfter=1&endBefore=3')).toEqual(parseWireQuery({ sp: 1, sn: '[MAX_NAME]', sin: false, ep: 3, en: '[MIN_NAME]', ein: false, i: 's' }))
    expect(rest('orderBy="s"&startAfter=1,"k"')).toMatchObject({ start: { value: 1, name: 'k', inclusive: false } })
    expect(rest('orderBy="$key"&startAfter="b"')).toEqual({ index: { kind: 'key' }, start: { value: 'b', inclusive: false } })
  })

  test('limits', () => {
    expect(rest('orderBy="$key"&limitToFirst=2')).toEqual({ index: { kind: 'key' }, limit: 2, from: 'left' })
    expect(rest('orderBy="$key"&limitToLast=3')).toEqual({ index: { kind: 'key' }, limit: 3, from: 'right' })
  })

  test.each([
    ['startAt without orderBy', 'startAt=1', /orderBy must be defined/],
    ['limitToFirst without orderBy', 'limitToFirst=1', /orderBy must be defined/],
    ['an unquoted orderBy', 'orderBy=$key', /valid JSON/],
    ['a non-string orderBy', 'orderBy=5', /JSON string/],
    ['an invalid child path', 'orderBy="a.b"', /Invalid key/],
    ['an unquoted string bound', 'orderBy="$key"&startAt=a', /JSON value/],
    ['a non-string bound key', 'orderBy="s"&startAt=1,2', /key must be a JSON string/],
    ['three parts', 'orderBy="s"&startAt=1,"a","b"', /JSON value/],
    ['an object bound', 'orderBy="s"&startAt={"a":1}', /must be null, a boolean/],
    ['a number on $key', 'orderBy="$key"&startAt=1', /must be a string/],
    ['a zero limit', 'orderBy="$key"&limitToFirst=0', /positive integer/],
    ['a non-numeric limit', 'orderBy="$key"&limitToLast=two', /positive integer/],
    ['startAt with startAfter', 'orderBy="s"&startAt=1&startAfter=2', /cannot be combined/],
    ['endAt with endBefore', 'orderBy="s"&endAt=1&endBefore=2', /cannot be combined/],
    ['equalTo with startAt', 'orderBy="s"&equalTo=1&startAt=1', /cannot be combined/],
    ['both limits', 'orderBy="s"&limitToFirst=1&limitToLast=1', /cannot be combined/],
  ])('refuses %s', (_name, query, message) => {
    expect(() => rest(query)).toThrow(InvalidDataError)
    expect(() => rest(query)).toThrow(message)
  })
})

describe('loadsAllData, toWireQuery and querySpecKey', () => {
  test('loadsAllData: no bounds and no limit, whatever the index', () => {
    expect(loadsAllData({ index: { kind: 'value' } })).toBe(true)
    expect(loadsAllData({ index: { kind: 'priority' }, limit: 1, from: 'left' })).toBe(false)
    expect(loadsAllData({ index: { kind: 'priority' }, end: { value: null, inclusive: true } })).toBe(false)
  })

  test('querySpecKey is "default" for the plain query and the SDK identifier otherwise', () => {
    expect(querySpecKey(parseWireQuery({}))).toBe('default')
    expect(querySpecKey(parseWireQuery({ vf: 'r', l: 2, i: '.key' }))).toBe('{"i":".key","l":2,"vf":"r"}')
  })

  test('querySpecKey tells different queries apart and ignores wire key order', () => {
    expect(querySpecKey(parseWireQuery({ l: 2, vf: 'l', i: '.key' }))).not.toBe(querySpecKey(parseWireQuery({ l: 2, vf: 'r', i: '.key' })))
    expect(querySpecKey(parseWireQuery({ sp: 1, sin: true }))).not.toBe(querySpecKey(parseWireQuery({ sp: 1, sin: false })))
    expect(querySpecKey(parseWireQuery({ sp: '1', sin: true }))).not.toBe(querySpecKey(parseWireQuery({ sp: 1, sin: true })))
  })

  test('property: toWireQuery is the inverse of parseWireQuery, and keys are stable', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const wire = toWireQuery(spec)
        expect(parseWireQuery(JSON.parse(JSON.stringify(wire)))).toEqual(spec)
        expect(querySpecKey(parseWireQuery(wire))).toBe(querySpecKey(spec))
      }),
      { numRuns: FC_RUNS },
    )
  })
})
