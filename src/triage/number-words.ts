// Maps, not object literals: a caller's word is a key, and "constructor" must not find Object.prototype's.
const UNITS: ReadonlyMap<string, number> = table({
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
})
const TENS: ReadonlyMap<string, number> = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 })
const ORDINALS: ReadonlyMap<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
})

/**
 * Reads a spoken number at tokens[i]: "four" -> 4, "twenty one" -> 21, "twenty-one" (tokenised as
 * two words) -> 21. Returns the value and how many tokens it used, or undefined.
 */
export function readNumberWords(tokens: readonly string[], i: number): { value: number; used: number } | undefined {
  const first = tokens[i]
  if (first === undefined) return undefined
  const tens = TENS.get(first)
  if (tens !== undefined) {
    const unit = UNITS.get(tokens[i + 1] ?? '')
    return unit !== undefined && unit > 0 && unit < 10 ? { value: tens + unit, used: 2 } : { value: tens, used: 1 }
  }
  // "oh" alone is far more often the exclamation than a zero.
  const unit = first === 'oh' ? undefined : UNITS.get(first)
  return unit === undefined ? undefined : { value: unit, used: 1 }
}

export function readOrdinal(token: string | undefined): number | undefined {
  return token === undefined ? undefined : ORDINALS.get(token)
}

function table<V>(entries: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries))
}
