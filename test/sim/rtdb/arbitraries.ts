// fast-check arbitraries for RTDB data shared by the tree and query properties.

import fc from 'fast-check'

/** Runs per property; raise with FC_RUNS=5000 for a long soak. */
export const FC_RUNS = Number(process.env['FC_RUNS'] ?? 200)

const INVALID_KEY = /[[\].#$/\u0000-\u001F\u007F]/

export function isValidKey(key: string): boolean {
  return key.length > 0 && !INVALID_KEY.test(key)
}

// Keys the §7 order has opinions about: integer-like ones around the int32 limits, leading zeros,
// lone '-', and strings that sort around digits in code-unit order.
const INTERESTING_KEYS = [
  '-1', '0', '1', '01', '001', '9', '10', '-10', '2147483647', '2147483648', '-2147483648', '-2147483649',
  '12345678901', '0000000000001', 'a', 'b', 'A', 'Z', '_', '-', '~', ' ', '1a', 'a1', '-a', '__proto__',
]

/**
 * Valid keys. No negative-zero forms ("-0", "-00"): the SDK's nameCompare ranks "-0" and "00" equal
 * and merges such siblings, so no client can hold both (see key-order.test.ts for our tie-break).
 */
export const keyArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...INTERESTING_KEYS),
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    // 'binary' units include lone surrogates, which the §10 hash encodes the SDK's own way.
    fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  )
  .filter((key) => isValidKey(key) && !/^-0+$/.test(key))

/** Strings that do not end in a lead surrogate: the SDK's UTF-8 encoder asserts on one at the end of the hash text. */
export const stringArb: fc.Arbitrary<string> = fc
  .oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('', 'a', 'b', 'A', '0', '10'))
  .filter((s) => !/[\uD800-\uDBFF]$/.test(s))

/** Finite doubles without -0 (stored as 0, see values.ts), including the tiny and near-power-of-two ones the SDK mis-encodes. */
export const numberArb: fc.Arbitrary<number> = fc
  .oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n))

export const leafArb: fc.Arbitrary<string | number | boolean> = fc.oneof(fc.boolean(), numberArb, stringArb)

export const priorityArb: fc.Arbitrary<string | number | null> = fc.oneof(fc.constant(null), numberArb, stringArb)

/**
 * Export-format JSON as clients send it (§8): leaves, nulls, `{".value", ".priority"}` boxes,
 * objects with an optional `.priority` (possibly all-null children, i.e. empty), and arrays with
 * null slots. Nothing the SDK's validateFirebaseData would refuse.
 */
export const exportJsonArb: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'export-json' },
    leafArb,
    fc.constant(null),
    // Plain prototypes, as JSON.parse makes them (the SDK calls obj.hasOwnProperty).
    fc.record({ '.value': leafArb, '.priority': priorityArb }, { noNullPrototype: true }),
    fc
      .tuple(fc.dictionary(keyArb, tie('node'), { maxKeys: 4, noNullPrototype: true }), priorityArb)
      .map(([children, priority]) => (priority === null ? children : withPriority(children, priority))),
    fc.array(tie('node'), { maxLength: 4 }),
  ),
})).node

function withPriority(children: Record<string, unknown>, priority: string | number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(children)) {
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
    else out[key] = value
  }
  out['.priority'] = priority
  return out
}
