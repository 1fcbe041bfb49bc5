import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
import { hashNode, sdkDoubleHex } from '../../../../sim/rtdb/tree/hash.js'
import { leaf, objectNode, toExport, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { fromExport } from '../../../../sim/rtdb/tree/values.js'
import { exportJsonArb, FC_RUNS, numberArb } from '../arbitraries.js'
import { openOfflineSdk } from '../offline-sdk.js'

const sha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('base64')
const build = (json: unknown): TreeNode | null => fromExport(json, { now: 0, existing: () => null })
const ieee = (v: number): string => {
  const buffer = Buffer.alloc(8)
  buffer.writeDoubleBE(v)
  return buffer.toString('hex')
}

/** The double `ulps` representable steps away from `v` (same sign side; crossing zero is not needed here). */
function offsetUlps(v: number, ulps: number): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, v)
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(ulps))
  return view.getFloat64(0)
}

describe('hashNode: the §14.7 verified cases', () => {
  test('a number leaf: 1 -> sha1("number:3ff0000000000000")', () => {
    expect(hashNode(leaf(1))).toBe(sha1('number:3ff0000000000000'))
    expect(hashNode(leaf(1))).toHaveLength(28)
  })

  test('null -> ""', () => {
    expect(hashNode(null)).toBe('')
  })

  test('an object with keys -1, 9, 10, a string-priority leaf and an object priority', () => {
    const node = build({ '10': true, '9': { '.value': 'x', '.priority': 'p' }, '-1': 1, '.priority': 7 })
    // §10 spelled out: the object's priority, then children in priority order (no priority first,
    // by key order -1 < 10; then the string-priority child 9).
    const text =
      'priority:number:401c000000000000:' +
      ':-1:' + sha1('number:3ff0000000000000') +
      ':10:' + sha1('boolean:true') +
      ':9:' + sha1('priority:string:p:string:x')
    expect(hashNode(node)).toBe(sha1(text))
  })
})

describe('hashNode: other §10 rules', () => {
  test('leaf types and priorities', () => {
    expect(hashNode(leaf('héllo'))).toBe(sha1('string:héllo'))
    expect(hashNode(leaf(false))).toBe(sha1('boolean:false'))
    expect(hashNode(leaf(-2.5, 'p'))).toBe(sha1('priority:string:p:number:c004000000000000'))
    expect(hashNode(leaf('v', 1))).toBe(sha1('priority:number:3ff0000000000000:string:v'))
  })

  test('children sort by priority (none, numbers, strings), then key', () => {
    const node = build({ a: { '.value': 1, '.priority': 'z' }, b: { '.value': 1, '.priority': 2 }, c: 1, d: { '.value': 1, '.priority': 1 } })
    const child = (p: string): string => sha1(p + 'number:3ff0000000000000')
    const text =
      ':c:' + child('') +
      ':d:' + child('priority:number:3ff0000000000000:') +
      ':b:' + child('priority:number:4000000000000000:') +
      ':a:' + child('priority:string:z:')
    expect(hashNode(node)).toBe(sha1(text))
  })

  test('an object built from a plain Map hashes like one built in key order', () => {
    const fromMap = objectNode(new Map<string, TreeNode>([['b', leaf(1)], ['a', leaf(2)]]))
    expect(hashNode(fromMap)).toBe(hashNode(build({ a: 2, b: 1 })))
  })
})

describe('sdkDoubleHex: the SDK encoder, not always the IEEE bits', () => {
  test.each([0, 1, -1, 0.1, 1e21, 123456789.125, 2 ** 31 - 1, 2 ** 47 - 1, Number.MAX_VALUE, 2.2250738585072014e-308])(
    'matches IEEE-754 for ordinary values: %d',
    (v) => {
      expect(sdkDoubleHex(v)).toBe(ieee(v))
    },
  )

  test('-0 is 8000000000000000, as in the SDK', () => {
    expect(sdkDoubleHex(-0)).toBe('8000000000000000')
  })

  // Counterexamples a property found when this used writeDoubleBE, kept as named examples: the
  // client puts the SDK's value in a transaction's hash, so we must produce it too.
  test.each([
    ['Number.MAX_SAFE_INTEGER (2^53 - 1; 2^48 - 1 … 2^52 - 1 too)', Number.MAX_SAFE_INTEGER, '4340000000000000', '433fffffffffffff'],
    ['just below 2^-15', 0.000030517578124999993, '3f0fffffffffffff', '3efffffffffffffe'],
    ['exactly 2^-31', 4.656612873077393e-10, '3df0000000000000', '3e00000000000000'],
    ['a tiny normal value', 5.395364006197372e-308, '0020000000000000', '002365feb3466abe'],
  ])('%s (%s): the SDK gives %s, IEEE %s', (_name, v, sdk, bits) => {
    expect(ieee(v)).toBe(bits)
    expect(sdkDoubleHex(v)).toBe(sdk)
  })
})

describe('hashNode against the SDK', () => {
  const sdk = openOfflineSdk('hash')
  afterAll(() => sdk.close())

  test.each([
    ['a number next to a power of two', 0.000030517578124999993],
    ['Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
    ['a lone trail surrogate', 'a\uDC00b'],
    ['a lead surrogate followed by a non-trail character', '\uD800x'],
    ['an astral character', '😀'],
    ['keys with lone surrogates', { '\uD800': 1, '\uDFFF': { '\uDBFF\uDC00': 'x' } }],
    ['an integer-keyed array', ['a', null, 'c']],
    ['a __proto__ key', JSON.parse('{"__proto__": {"x": 1}, "a": 2}')],
  ])('%s', (_name, json) => {
    expect(hashNode(build(json))).toBe(sdk.hash(json))
  })

  test('property: our hash of fromExport(json) equals the SDK hash of the same set()', () => {
    fc.assert(
      fc.property(exportJsonArb, (json) => {
        expect(hashNode(build(json))).toBe(sdk.hash(json))
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('property: hashing what we send clients (toExport) gives the SDK the same hash', () => {
    fc.assert(
      fc.property(exportJsonArb, (json) => {
        const node = build(json)
        expect(sdk.hash(toExport(node))).toBe(hashNode(node))
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('property: numbers a few ulps around powers of two, where the SDK encoder goes wrong', () => {
    const nearPowerOfTwo = fc
      .tuple(fc.integer({ min: -1074, max: 1023 }), fc.integer({ min: -3, max: 3 }), fc.boolean())
      .map(([exponent, ulps, negative]) => offsetUlps((negative ? -1 : 1) * 2 ** exponent, ulps))
      .filter((v) => Number.isFinite(v) && !Object.is(v, -0))
    fc.assert(
      fc.property(nearPowerOfTwo, (v) => {
        expect(hashNode(leaf(v))).toBe(sdk.hash(v))
      }),
      { numRuns: FC_RUNS * 5 },
    )
  })

  test('property: numbers, priorities included', () => {
    fc.assert(
      fc.property(numberArb, numberArb, (value, priority) => {
        const json = { '.value': value, '.priority': priority }
        expect(hashNode(build(json))).toBe(sdk.hash(json))
      }),
      { numRuns: FC_RUNS },
    )
  })
})
