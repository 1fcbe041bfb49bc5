// RTDB key order (§7), the order every index falls back on to break ties. It lives with the tree
// because children are stored in this order (child-map.ts) and the hash walks it (§10); the query
// layer re-exports it from query/ordering.ts.

/** Sentinel below every valid key (valid keys cannot contain `[` or `]`). Sent as `sn`/`en` (§6.5). */
export const MIN_NAME = '[MIN_NAME]'
/** Sentinel above every valid key. `startAfter(v)` on a non-key index sends `sn: MAX_NAME` (§14.12). */
export const MAX_NAME = '[MAX_NAME]'

// §7: integer-like means this pattern *and* within the signed 32-bit range (the SDK's tryParseInt).
const INTEGER_KEY = /^-?(0*)\d{1,10}$/
const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

/** The numeric value of an integer-like key, or null for keys that sort as strings. */
export function integerKeyValue(key: string): number | null {
  // Cheap pre-checks before the regex: names start with a letter, push ids with '-' and a letter.
  const first = key.charCodeAt(0)
  const digit = first === 45 ? key.charCodeAt(1) : first
  if (!(digit >= 48 && digit <= 57)) return null // also NaN, for a lone '-'
  if (!INTEGER_KEY.test(key)) return null
  const value = Number(key)
  return value >= INT32_MIN && value <= INT32_MAX ? value : null
}

/**
 * §7 key order: MIN_NAME first, MAX_NAME last, integer-like keys numerically (equal values: the
 * shorter string first, so "1" < "01"), then the other keys by UTF-16 code units as JS `<` does.
 * Total: distinct keys never compare 0. The SDK's nameCompare returns 0 for "-0" vs "00" (same
 * value, same length) and would merge them into one child; we break that tie by code units, since
 * children are stored in a map ordered by this function (child-map.ts).
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0
  if (a === MIN_NAME || b === MAX_NAME) return -1
  if (b === MIN_NAME || a === MAX_NAME) return 1
  const aInt = integerKeyValue(a)
  const bInt = integerKeyValue(b)
  if (aInt !== null) {
    if (bInt === null) return -1
    if (aInt !== bInt) return aInt - bInt
    return a.length !== b.length ? a.length - b.length : a < b ? -1 : 1
  }
  if (bInt !== null) return 1
  return a < b ? -1 : 1
}
