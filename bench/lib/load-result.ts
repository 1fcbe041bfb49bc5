// What one load segment produced, the same shape for the paced (fixed-rate) and the saturation
// generator, so tables, JSON and --compare treat both alike.

import type { LatencySummary } from './percentiles.js'

export interface LoadResult {
  generator: 'paced' | 'autocannon'
  /** Requests per second asked for; null at saturation. */
  targetRate: number | null
  connections: number | null
  /** How long requests were being sent, in ms. */
  windowMs: number
  sent: number
  /** Answers of any status received. */
  answered: number
  ok: number
  /** 200 answers carrying Aurora's apology instead of help. */
  apology: number
  /** 200 answers without a <Gather> (not what a caller needs). */
  badTwiml: number
  non2xx: number
  /** Connection errors and resets (timeouts not included). */
  errors: number
  /** No answer within the timeout (the caller heard silence). */
  timeouts: number
  /**
   * Sent but neither answered nor failed when the segment ended: autocannon drops requests still
   * in flight when its duration is up (paced: always 0, it waits for every answer or timeout).
   */
  inFlightAtEnd: number
  /** Answers per second over the window. */
  reqPerSec: number
  /** Caller latency of every answer, ms. */
  latency: LatencySummary
  /**
   * Paced only: how late the generator dispatched requests against their schedule (p99, ms).
   * Large values mean the client, not the server, was the bottleneck.
   */
  dispatchLateP99Ms: number | null
  calls: number
}

/** Everything a caller would notice: the target of "zero errors". */
export function errorCount(r: LoadResult): number {
  return r.apology + r.badTwiml + r.non2xx + r.errors + r.timeouts
}
