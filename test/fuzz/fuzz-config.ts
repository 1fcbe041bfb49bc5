// The knobs of the fuzz suite, in one place.
//
//   npx vitest run --config test/vitest.config.ts test/fuzz                 default: ~150 cases per property
//   FC_RUNS=3000 npx vitest run --config test/vitest.config.ts test/fuzz    a long soak
//   FC_SEED=123 FC_PATH=4:1:0 ...                                           replay what fast-check printed
//
// Per-test timeouts grow with FC_RUNS, so a soak is not cut off by vitest's default 30 s.

import type fc from 'fast-check'

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`)
  return value
}

/** Cases per property (FC_RUNS; default 150). Each property may scale it by a share. */
export const FUZZ_RUNS = positiveInt('FC_RUNS', 150)

const SEED = process.env['FC_SEED']
const PATH = process.env['FC_PATH']

/** fast-check parameters for one property: `share` of FUZZ_RUNS cases, the replay seed/path if given. */
export function fuzzParameters<T>(share = 1): fc.Parameters<T> {
  return {
    numRuns: Math.max(1, Math.round(FUZZ_RUNS * share)),
    ...(SEED !== undefined && SEED !== '' ? { seed: Number(SEED) } : {}),
    ...(PATH !== undefined && PATH !== '' ? { path: PATH } : {}),
  }
}

/** A test timeout that covers `share` of FUZZ_RUNS cases at `msPerCase`, plus shrinking headroom. */
export function fuzzTimeout(msPerCase: number, share = 1): number {
  return 60_000 + Math.round(FUZZ_RUNS * share * msPerCase * 3)
}
