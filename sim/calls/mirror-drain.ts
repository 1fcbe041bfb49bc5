// The end of a run: once the calls are over and the faults cleared, wait until the mirror has
// sent everything (Aurora's GET /health, a real interface that works with --target too).

import { setTimeout as sleep } from 'node:timers/promises'

export interface DrainResult {
  drained: boolean
  waitedMs: number
  /** The last mirror.pending seen, or null when Aurora reports no mirror. */
  pending: number | null
}

/** Polls Aurora's GET /health until mirror.pending is 0 (a server without a mirror counts as drained). */
export async function waitForDrain(origin: string, timeoutMs: number): Promise<DrainResult> {
  const started = performance.now()
  let pending: number | null = null
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${origin}/health`)
      const body: unknown = await response.json()
      const mirror = typeof body === 'object' && body !== null ? Reflect.get(body, 'mirror') : null
      if (mirror === null || typeof mirror !== 'object') return { drained: true, waitedMs: Math.round(performance.now() - started), pending: null }
      const value: unknown = Reflect.get(mirror, 'pending')
      pending = typeof value === 'number' ? value : null
      if (pending === 0) return { drained: true, waitedMs: Math.round(performance.now() - started), pending }
    } catch {
      // Not answering yet: keep polling until the deadline.
    }
    await sleep(100)
  }
  return { drained: false, waitedMs: Math.round(performance.now() - started), pending }
}

