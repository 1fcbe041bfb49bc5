// Strings an attacker (or a broken client) can put anywhere: control characters, lone
// surrogates, Firebase-illegal key characters, prototype-polluting names, markup and
// percent-encoding debris, and values right around the size limits the apps enforce.

import fc from 'fast-check'

/** Characters Firebase refuses in keys (the SDK's INVALID_KEY_REGEX_), plus DEL. */
export const FIREBASE_ILLEGAL = ['.', '$', '#', '[', ']', '/', '\u007f'] as const

/** Names that reach Object.prototype when a parser or merge is careless. */
export const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[polluted]',
  '__proto__.polluted',
  'constructor[prototype][polluted]',
  'constructor.prototype.polluted',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
] as const

/** Single characters worth trying in any position. */
const NASTY_CHARS = [
  ...FIREBASE_ILLEGAL,
  '\u0000', '\u0001', '\u0008', '\t', '\n', '\r', '\u000b', '\u001b', '\u001f', '\u0085',
  '\ud800', '\udbff', '\udc00', '\udfff', // lone surrogates
  '\ufeff', '\ufffe', '\uffff', '\u200b', '\u202e', '\u2028',
  'é', 'ß', 'İ', '中', '🔥', '👩‍🚒',
  '%', '%2', '%zz', '%00', '%ED%A0%80', '+', '&', '=', '?', ';', ',', ' ',
  '<', '>', '"', "'", '&amp;', ']]>', '<!--', '\\', '`', '${x}',
] as const

/** A string of nasty characters mixed with ordinary text. */
export const nastyString = (maxLength = 24): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NASTY_CHARS) }, fc.string({ maxLength: 4 })), { maxLength })
    .map((parts) => parts.join(''))

/** Lengths just around the limits that matter here (schemas, body limits, Firebase path bytes). */
export const BOUNDARY_LENGTHS = [0, 1, 16, 17, 32, 33, 63, 64, 65, 128, 129, 600, 601, 767, 768, 769, 2048, 2049, 3999, 4000, 4001, 16_383, 16_384, 16_385, 32_767, 32_768, 32_769, 65_537] as const

/** A long value: one repeated unit at a boundary length (or a random one), so size is the point. */
export const hugeString = (maxLength = 70_000): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...BOUNDARY_LENGTHS.filter((n) => n <= maxLength)), fc.integer({ min: 0, max: maxLength })),
      fc.constantFrom('a', '9', 'é', '🔥', '%', '\u0001', ' ', 'ab.'),
    )
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length))

/** Any string a hostile client might send, weighted towards the interesting ones. */
export const hostileString = (options: { maxLength?: number; huge?: boolean } = {}): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: nastyString(options.maxLength ?? 24) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: options.maxLength ?? 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: options.maxLength ?? 24 }) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTO_NAMES, '', ' ', 'null', 'undefined', 'NaN', '-1', '0', '1e309', 'true', '[]', '{}') },
    { weight: options.huge === false ? 0 : 1, arbitrary: hugeString() },
  )

/** A field or key name: ordinary, prototype-polluting, or full of illegal characters. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTO_NAMES) },
  { weight: 2, arbitrary: nastyString(8) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('a.b', 'a$b', 'a#b', 'a[b]', 'a/b', '.priority', '.value', '.sv', '') },
)
