import { performance } from 'node:perf_hooks'

/**
 * Milliseconds since the epoch, sub-millisecond and monotonic within a process: what the bench's
 * processes stamp events with when one process sends and another receives (a write and its
 * listener, a commit and its SSE receipt), so their stamps can be subtracted.
 */
export const epochNow = (): number => performance.timeOrigin + performance.now()
