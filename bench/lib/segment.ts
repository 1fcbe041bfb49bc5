// One measured segment: inject the condition's Firebase fault, drive the load, clear the fault and
// wait until the mirror has caught up (the catch-up time is a result; the next segment must not
// start with a backlog). Each segment has its own CallSids and keeps its ledger of acknowledged
// webhooks; verify.ts checks every ledger against Firebase and against the journal at the end of
// the run, when a slow catch-up can no longer pass for a lost turn.

import { CallMix, type Ledger } from './call-mix.js'
import type { Condition, TargetName } from './conditions.js'
import type { FirebaseSide } from './firebase-side-control.js'
import type { TraceCheck } from './firebase-traces.js'
import type { LoadResult } from './load-result.js'
import { runPacedLoad } from './paced-load.js'
import { histogramPercentile } from './percentiles.js'
import { runSaturationLoad } from './saturation-load.js'
import { cpuTimeMs, ServerProbe, scrapeMirrorLag, waitForMirror, type ProbeReading } from './server-probe.js'
import type { BenchSettings } from './settings.js'
import type { AuroraTarget, Target } from './targets.js'
import type { SpeechLibrary } from './utterances.js'

/** Acknowledged webhooks against what each layer holds at the end of the run. */
export interface SegmentTraces {
  /** After the final convergence; null if the mirror never caught up. */
  firebase: TraceCheck | null
  /** The journal, read after Aurora stopped: a miss here is a turn acknowledged but not made durable. */
  journal: TraceCheck | null
}

export interface SegmentResult {
  /** Unique in the run: "<condition>/<round>". */
  key: string
  condition: string
  /** -1 for warm-up, -2 for conditions that run once. */
  round: number
  load: LoadResult
  probe: ProbeReading
  /** Commit -> Firebase acknowledgement of this segment's records (from /metrics, bucket-interpolated). */
  mirrorLagMs: { p50: number | null; p99: number | null } | null
  /** After the fault cleared: time until Firebase had acknowledged everything. */
  converge: { drained: boolean; ms: number; pending: number } | null
  /** Filled in by verify.ts at the end of the run (Aurora targets only). */
  traces: SegmentTraces | null
  /** CPU the bench process itself used while sending (the load generator is not free). */
  clientCpuMs: number | null
}

export interface BenchContext {
  settings: BenchSettings
  targets: Record<TargetName, Target>
  firebase: FirebaseSide
  library: SpeechLibrary
  /** 8 hex digits unique to this run: the first part of every CallSid. */
  runId: string
  segments: number
  /** Every Aurora segment's ledger by segment key, for verify.ts. */
  ledgers: Map<string, { target: AuroraTarget; ledger: Ledger }>
}

/** How long a segment may wait for the mirror to catch up before the next one starts anyway. */
export const CONVERGE_TIMEOUT_MS = 60_000
/**
 * Connections the fixed-rate client may open; past that, requests wait for one (the wait counts as
 * latency). A server that keeps up needs a handful; opening a thousand at once against a stalled
 * one overflows its accept backlog and adds SYN-retransmit seconds that are the client's doing.
 */
export const PACED_MAX_SOCKETS = 256

export const isAurora = (t: Target): t is AuroraTarget => t.kind === 'aurora'

/** A segment's calls; an Aurora segment's ledger is kept under `key` for the end-of-run checks. */
export function newMix(ctx: BenchContext, target: Target, key: string): CallMix {
  const index = ctx.segments++
  const mix = new CallMix({
    publicUrl: target.publicUrl,
    authToken: target.authToken,
    library: ctx.library,
    seed: `${ctx.settings.seed}/${key}`,
    sidPrefix: `${ctx.runId}${index.toString(16).padStart(6, '0')}`,
  })
  if (isAurora(target)) ctx.ledgers.set(key, { target, ledger: mix.ledger })
  return mix
}

export async function runSegment(ctx: BenchContext, condition: Condition, round: number, durationMs: number): Promise<SegmentResult> {
  const { settings, firebase } = ctx
  const target = ctx.targets[condition.target]
  const aurora = isAurora(target) ? target : null
  const key = `${condition.id}/${round}`
  const mix = newMix(ctx, target, key)
  // A /metrics scrape an overloaded server cannot answer in time leaves the lag columns n/a.
  const lagBefore = aurora ? await scrapeMirrorLag(aurora.origin).catch(() => null) : null
  const probe = new ServerProbe({ origin: target.origin, pid: target.pid, withHealth: aurora !== null })
  await probe.start()
  if (aurora && condition.fault.kind !== 'none') await firebase.setFault(aurora.proxy, condition.fault)

  const clientCpuStart = await cpuTimeMs(process.pid)
  const load =
    condition.load === 'paced'
      ? await runPacedLoad({
          origin: target.origin,
          rate: settings.rate,
          durationMs,
          timeoutMs: settings.timeoutMs,
          mix,
          concurrentCalls: settings.concurrentCalls,
          maxSockets: PACED_MAX_SOCKETS,
        })
      : await runSaturationLoad({ origin: target.origin, connections: settings.connections, durationMs, timeoutMs: settings.timeoutMs, mix })

  const clientCpuEnd = await cpuTimeMs(process.pid)
  let converge: SegmentResult['converge'] = null
  let mirrorLagMs: SegmentResult['mirrorLagMs'] = null
  if (aurora) {
    if (condition.fault.kind !== 'none') await firebase.setFault(aurora.proxy, { kind: 'none' })
    converge = await waitForMirror(aurora.origin, CONVERGE_TIMEOUT_MS)
  }
  const reading = await probe.stop()
  if (aurora && lagBefore) {
    const lagAfter = await scrapeMirrorLag(aurora.origin).catch(() => null)
    const p = (q: number): number | null => {
      const s = lagAfter ? histogramPercentile(lagBefore, lagAfter, q) : null
      return s === null ? null : s * 1000
    }
    mirrorLagMs = { p50: p(50), p99: p(99) }
  }
  const clientCpuMs = clientCpuStart !== null && clientCpuEnd !== null ? clientCpuEnd - clientCpuStart : null
  return { key, condition: condition.id, round, load, probe: reading, mirrorLagMs, converge, traces: null, clientCpuMs }
}
