// The run's measurements as samples, and their percentiles per fault phase. A phase is the set
// of faults active when the webhook was sent ("none", "outage", "latency 300ms + stall"), so the
// table shows directly what Firebase trouble did (or, for caller latency, must not do).

import { phaseAt, type AppliedFault } from './fault-timeline.js'
import type { CallRecord } from './run-record.js'

export const MEASURES = ['caller_latency', 'firebase_lag', 'admin_delay'] as const
export type Measure = (typeof MEASURES)[number]

export const MEASURE_TITLES: Readonly<Record<Measure, string>> = {
  caller_latency: 'caller latency (webhook sent -> TwiML received)',
  firebase_lag: 'Firebase lag (turn committed by Aurora -> visible in Firebase)',
  admin_delay: 'admin delay (webhook sent -> admin SSE event)',
}

export interface Sample {
  measure: Measure
  /** Run time the webhook was sent (ms since the run started). */
  t: number
  ms: number
  phase: string
  call: string
  turn: number | null
}

export interface SummaryRow {
  measure: Measure
  /** "all", "none" or the active faults. */
  phase: string
  count: number
  p50: number | null
  p95: number | null
  p99: number | null
  max: number | null
}

/** Nearest-rank percentile of ascending `sorted` (null when empty). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null
}

/** One sample per measured webhook; firebaseLagMs/adminAt must already be filled in. */
export function collectSamples(calls: readonly CallRecord[], faults: readonly AppliedFault[]): Sample[] {
  const samples: Sample[] = []
  for (const call of calls) {
    const name = `${call.label}@${call.index}`
    for (const w of call.webhooks) {
      if (w.kind === 'status' || w.receivedAt === null) continue
      const phase = phaseAt(faults, w.sentAt)
      samples.push({ measure: 'caller_latency', t: w.sentAt, ms: w.receivedAt - w.sentAt, phase, call: name, turn: w.turn })
      if (w.acknowledged && w.firebaseLagMs !== null) samples.push({ measure: 'firebase_lag', t: w.sentAt, ms: w.firebaseLagMs, phase, call: name, turn: w.turn })
      if (w.acknowledged && w.adminAt !== null) samples.push({ measure: 'admin_delay', t: w.sentAt, ms: w.adminAt - w.sentAt, phase, call: name, turn: w.turn })
    }
  }
  return samples.sort((a, b) => a.t - b.t)
}

/** Percentiles per measure: over the whole run ("all"), then per phase in order of first appearance. */
export function summarize(samples: readonly Sample[]): SummaryRow[] {
  const rows: SummaryRow[] = []
  for (const measure of MEASURES) {
    const of = samples.filter((s) => s.measure === measure)
    const phases = [...new Set(of.map((s) => s.phase))].sort((a, b) => (a === 'none' ? -1 : b === 'none' ? 1 : 0))
    rows.push(row(measure, 'all', of))
    if (phases.length > 1 || (phases.length === 1 && phases[0] !== 'none')) {
      for (const phase of phases) rows.push(row(measure, phase, of.filter((s) => s.phase === phase)))
    }
  }
  return rows
}

function row(measure: Measure, phase: string, samples: readonly Sample[]): SummaryRow {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
  return {
    measure,
    phase,
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] ?? null) : null,
  }
}
