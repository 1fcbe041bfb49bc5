// Extra: a long Firebase outage under steady load, then recovery. Callers keep calling at the
// fixed rate the whole time; what we want to see is that their latency does not care, that the
// backlog costs disk rather than memory (RSS during the outage), and how long the mirror takes to
// catch up once Firebase is back, while the calls go on.

import type { LoadResult } from './load-result.js'
import { runPacedLoad } from './paced-load.js'
import { newMix, CONVERGE_TIMEOUT_MS, PACED_MAX_SOCKETS, type BenchContext, type SegmentTraces } from './segment.js'
import { readHealthPatiently, rssBytes, ServerProbe, waitForMirror, type ProbeReading } from './server-probe.js'
import type { AuroraTarget } from './targets.js'

export interface DrainResult {
  outageMs: number
  rate: number
  outage: { load: LoadResult; probe: ProbeReading; rssBeforeBytes: number | null }
  /** Records Firebase had not acknowledged when it came back. */
  backlog: number
  /** How long callers kept calling once Firebase was back (absent in results older than this field: 10 s). */
  recoveryLoadMs?: number
  recovery: {
    /**
     * Fault cleared -> Firebase acknowledged everything committed before that moment, with calls
     * continuing for up to RECOVERY_LOAD_MS; null if not within DRAIN_LIMIT_MS.
     */
    drainMs: number | null
    drainRecordsPerSec: number | null
    load: LoadResult
    probe: ProbeReading
  }
  converge: { drained: boolean; ms: number; pending: number }
  /** Filled in by verify.ts at the end of the run. */
  traces: SegmentTraces | null
}

export const DRAIN_KEY = 'drain'

/** How long the drain may take before it is declared unfinished (verify.ts still waits for it). */
const DRAIN_LIMIT_MS = 60_000
/**
 * Callers keep calling while the mirror catches up, for at most this long (and a quarter of the
 * outage): enough to see whether the drain hurts them, without letting a machine that cannot
 * sustain the rate stretch the run.
 */
const RECOVERY_LOAD_MS = 5_000

export async function runDrainExtra(ctx: BenchContext, target: AuroraTarget): Promise<DrainResult> {
  const { settings, firebase } = ctx
  const mix = newMix(ctx, target, DRAIN_KEY)
  const paced = (durationMs: number, signal?: AbortSignal): Promise<LoadResult> =>
    runPacedLoad({
      origin: target.origin,
      rate: settings.drainRate,
      durationMs,
      timeoutMs: settings.timeoutMs,
      mix,
      concurrentCalls: settings.concurrentCalls,
      maxSockets: PACED_MAX_SOCKETS,
      ...(signal ? { signal } : {}),
    })

  const rssBeforeBytes = await rssBytes(target.pid)
  const outageProbe = new ServerProbe({ origin: target.origin, pid: target.pid, withHealth: true })
  await outageProbe.start()
  await firebase.setFault(target.proxy, { kind: 'down' })
  const outageLoad = await paced(settings.outageMs)
  const outageReading = await outageProbe.stop()

  const atClear = await readHealthPatiently(target.origin, performance.now() + 30_000)
  if (!atClear) throw new Error('Aurora did not answer /health for 30 s after the outage')
  const backlog = atClear.mirror?.pending ?? 0
  const catchUpTo = atClear.store.lastDurableSeq
  const recoveryProbe = new ServerProbe({ origin: target.origin, pid: target.pid, withHealth: true })
  await recoveryProbe.start()
  await firebase.setFault(target.proxy, { kind: 'none' })
  const clearedAt = performance.now()
  const stop = new AbortController()
  const recoveryLoadMs = Math.min(RECOVERY_LOAD_MS, settings.outageMs / 4)
  const recoveryLoad = paced(recoveryLoadMs, stop.signal)
  let drainMs: number | null = null
  while (performance.now() - clearedAt < DRAIN_LIMIT_MS) {
    const health = await readHealthPatiently(target.origin, clearedAt + DRAIN_LIMIT_MS)
    if (health && (health.mirror?.watermark ?? 0) >= catchUpTo) {
      drainMs = performance.now() - clearedAt
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  stop.abort()
  const recovery = await recoveryLoad
  const recoveryReading = await recoveryProbe.stop()
  // Not drained within the limit: the end-of-run verification waits for the rest.
  const converge = drainMs !== null ? await waitForMirror(target.origin, CONVERGE_TIMEOUT_MS) : { drained: false, ms: 0, pending: -1 }
  return {
    outageMs: settings.outageMs,
    rate: settings.drainRate,
    outage: { load: outageLoad, probe: outageReading, rssBeforeBytes },
    backlog,
    recoveryLoadMs,
    recovery: {
      drainMs,
      drainRecordsPerSec: drainMs === null || drainMs === 0 ? null : (backlog / drainMs) * 1000,
      load: recovery,
      probe: recoveryReading,
    },
    converge,
    traces: null,
  }
}
