import { performance } from 'node:perf_hooks'

// Spacing for background work that keeps failing. A background snapshot starts again as soon as
// enough records are waiting, which after a failure is the very next commit: a cause that lasts
// (a full disk, an unwritable directory) then meant a compactor process forked and an error
// logged back to back, with CPU and log volume taken from the callers for nothing. After each
// failure the next attempt waits twice as long, up to a cap; a success starts over.

export const RETRY_FIRST_MS = 1_000
export const RETRY_MAX_MS = 5 * 60_000

/** base * 2^attempt, capped at max. The exponent stops growing once past the cap, so a failure that lasts for days cannot overflow. */
export function exponentialCeiling(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30))
}

export class RetryBackoff {
  readonly #firstMs: number
  readonly #maxMs: number
  readonly #now: () => number
  #failures = 0
  #retryAt = Number.NEGATIVE_INFINITY

  /** `now` is a monotonic clock in ms (injectable for tests): wall-clock jumps must not stall retries. */
  constructor(firstMs = RETRY_FIRST_MS, maxMs = RETRY_MAX_MS, now: () => number = () => performance.now()) {
    this.#firstMs = firstMs
    this.#maxMs = maxMs
    this.#now = now
  }

  /** Failures since the last success. */
  get failures(): number {
    return this.#failures
  }

  /** Whether the waiting time after the last failure has passed (always true after a success). */
  ready(): boolean {
    return this.#now() >= this.#retryAt
  }

  /** How long (ms) until ready(); 0 when it already is. */
  msUntilReady(): number {
    return Math.max(0, this.#retryAt - this.#now())
  }

  /** Records a failure; returns how long (ms) until ready() again. */
  failed(): number {
    const delay = exponentialCeiling(this.#failures, this.#firstMs, this.#maxMs)
    this.#failures++
    this.#retryAt = this.#now() + delay
    return delay
  }

  succeeded(): void {
    this.#failures = 0
    this.#retryAt = Number.NEGATIVE_INFINITY
  }
}
