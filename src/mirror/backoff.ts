import { exponentialCeiling } from '../store/retry-backoff.js'

export interface BackoffOptions {
  baseMs: number
  maxMs: number
  /** Injected so tests and the simulator (`--seed`) are deterministic. */
  random?: () => number
}

/**
 * "Full jitter" exponential backoff: a uniform delay in [0, min(max, base * 2^attempt)].
 * Jitter keeps several instances that lost Firebase together from retrying in lockstep.
 */
export function backoffDelay(attempt: number, { baseMs, maxMs, random = Math.random }: BackoffOptions): number {
  return Math.round(random() * exponentialCeiling(attempt, baseMs, maxMs))
}
