// The simulator's only source of randomness: a seeded mulberry32 generator. Every random choice
// (call order, CallSids, pauses, fault jitter) draws from a stream forked off the run's seed by a
// label, so adding a call to one stream never shifts another: the same seed gives the same schedule.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max]. */
  int(min: number, max: number): number
  /** value × (1 ± spread), e.g. jitter(1000, 0.2) is in [800, 1200). */
  jitter(value: number, spread: number): number
  /** A new array in a seeded random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[]
  /** `length` lower-case hex digits. */
  hex(length: number): string
  /** An independent stream derived from this one's seed and the label. */
  fork(label: string): Rng
}

/** A 32-bit seed from any string (xmur3-style mixing); numbers are used as their decimal text. */
export function seedOf(seed: string | number): number {
  const text = String(seed)
  let h = 1779033703 ^ text.length
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507)
  h = Math.imul(h ^ (h >>> 13), 3266489909)
  return (h ^ (h >>> 16)) >>> 0
}

export function createRng(seed: string | number): Rng {
  const root = String(seed)
  let state = seedOf(root)
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const rng: Rng = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1))
    },
    jitter(value, spread) {
      return value * (1 - spread + 2 * spread * next())
    },
    shuffle(items) {
      const out = [...items]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const a = out[i] as (typeof out)[number]
        out[i] = out[j] as (typeof out)[number]
        out[j] = a
      }
      return out
    },
    hex(length) {
      let out = ''
      while (out.length < length) out += Math.floor(next() * 0x100000000).toString(16).padStart(8, '0')
      return out.slice(0, length)
    },
    fork(label) {
      return createRng(`${root}/${label}`)
    },
  }
  return rng
}
