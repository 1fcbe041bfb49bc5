// Push ids as the SDK's nextPushId makes them (REST POST answers {"name": <id>}, §11): 8 characters
// of milliseconds since the epoch, then 12 random characters, over an alphabet in ASCII order, so
// ids sort by time as strings. They also sort by time under the §7 key order because they are
// never integer-like: since 1994 the second character (time / 64^6) is a letter.

import { randomBytes } from 'node:crypto'

export const PUSH_CHARS = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'

/**
 * Returns a generator of strictly increasing ids. Within one millisecond the random part is
 * incremented by one, as the SDK does. Unlike the SDK, a clock that steps back does not produce a
 * smaller id: the last time is reused and the random part incremented instead.
 */
export function createPushIdGenerator(now: () => number = Date.now): () => string {
  let lastTime = -1
  const random: number[] = new Array<number>(12).fill(0)
  return () => {
    let time = Math.floor(now())
    if (time > lastTime) {
      const bytes = randomBytes(12)
      // 256 is a multiple of 64, so `& 63` keeps every character equally likely.
      for (let i = 0; i < 12; i++) random[i] = (bytes[i] ?? 0) & 63
    } else {
      time = lastTime
      let i = 11
      while (i >= 0 && random[i] === 63) random[i--] = 0
      // All 72 random bits were 1s: move to the next millisecond, which sorts higher still.
      if (i < 0) time += 1
      else random[i] = (random[i] ?? 0) + 1
    }
    lastTime = time
    let timeChars = ''
    let rest = time
    for (let i = 0; i < 8; i++) {
      timeChars = PUSH_CHARS.charAt(rest % 64) + timeChars
      rest = Math.floor(rest / 64)
    }
    return timeChars + random.map((index) => PUSH_CHARS.charAt(index)).join('')
  }
}
