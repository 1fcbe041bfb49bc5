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
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30))
  return Math.round(random() * ceiling)
}
