// From raw segments to what the bench claims: one summary per condition (medians over rounds,
// errors and lost turns summed: one lost turn in any round is a lost turn), the ratios that
// matter, and the targets, each reported as met or missed and never asserted.

import type { Condition } from './conditions.js'
import type { DrainResult } from './drain-extra.js'
import { errorCount } from './load-result.js'
import { median } from './percentiles.js'
import type { SegmentResult, SegmentTraces } from './segment.js'

export interface ConditionSummary {
  id: string
  label: string
  target: string
  load: 'paced' | 'saturation'
  once: boolean
  rounds: number
  reqPerSec: number | null
  latencyMs: { p50: number | null; p97_5: number | null; p99: number | null; max: number | null }
  /** Summed over rounds: timeouts, connection errors, apologies, answers without a <Gather>. */
  errors: number
  timeouts: number
  non2xx: number
  sent: number
  /** Saturation only: requests autocannon dropped unanswered when the segment ended (summed). */
  inFlightAtEnd: number
  mirrorLagMs: { p50: number | null; p99: number | null }
  pendingPeak: number | null
  rssPeakMb: number | null
  /**
   * Server CPU time per request sent, microseconds, from the segment's start until the mirror had
   * caught up: a request's cost includes copying it to Firebase, and a request that timed out was
   * still processed.
   */
  cpuUsPerRequest: number | null
  /** The bench process's own CPU per answered request: if it rivals the server's, the client limits the figure. */
  clientCpuUsPerRequest: number | null
  /** Longest wait for the mirror to catch up after the fault cleared. */
  catchUpMs: number | null
  acknowledged: number | null
  /** Acknowledged webhooks with no trace in Firebase at the end of the run. */
  lost: number | null
  /** ... with more than one trace (in Firebase or in the journal). */
  duplicated: number | null
  /** Acknowledged webhooks with no trace in the journal: acknowledged but never durable. */
  notDurable: number | null
  dispatchLateP99Ms: number | null
}

const maxOf = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null)
  return present.length ? Math.max(...present) : null
}
const sumOf = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null)
  return present.length ? present.reduce((a, b) => a + b, 0) : null
}

export function summarizeCondition(condition: Condition, segments: readonly SegmentResult[]): ConditionSummary {
  const own = segments.filter((s) => s.condition === condition.id && s.round >= -2 && s.round !== -1)
  const m = (pick: (s: SegmentResult) => number | null): number | null => median(own.map(pick))
  return {
    id: condition.id,
    label: condition.label,
    target: condition.target,
    load: condition.load,
    once: condition.once,
    rounds: own.length,
    reqPerSec: m((s) => s.load.reqPerSec),
    latencyMs: {
      p50: m((s) => s.load.latency.p50),
      p97_5: m((s) => s.load.latency.p97_5),
      p99: m((s) => s.load.latency.p99),
      max: maxOf(own.map((s) => s.load.latency.max)),
    },
    errors: own.reduce((n, s) => n + errorCount(s.load) - s.load.non2xx, 0),
    timeouts: own.reduce((n, s) => n + s.load.timeouts, 0),
    non2xx: own.reduce((n, s) => n + s.load.non2xx, 0),
    sent: own.reduce((n, s) => n + s.load.sent, 0),
    inFlightAtEnd: own.reduce((n, s) => n + s.load.inFlightAtEnd, 0),
    mirrorLagMs: { p50: m((s) => s.mirrorLagMs?.p50 ?? null), p99: m((s) => s.mirrorLagMs?.p99 ?? null) },
    pendingPeak: maxOf(own.map((s) => s.probe.pendingPeak)),
    rssPeakMb: maxOf(own.map((s) => (s.probe.rssPeakBytes === null ? null : s.probe.rssPeakBytes / 2 ** 20))),
    cpuUsPerRequest: m((s) => (s.probe.cpuMs === null || s.load.sent === 0 ? null : (s.probe.cpuMs * 1000) / s.load.sent)),
    clientCpuUsPerRequest: m((s) => (s.clientCpuMs === null || s.load.sent === 0 ? null : (s.clientCpuMs * 1000) / s.load.sent)),
    catchUpMs: maxOf(own.map((s) => s.converge?.ms ?? null)),
    acknowledged: sumOf(own.map((s) => s.traces?.firebase?.acknowledged ?? s.traces?.journal?.acknowledged ?? null)),
    lost: sumOf(own.map((s) => s.traces?.firebase?.missing ?? null)),
    duplicated: sumOf(own.map((s) => (s.traces ? Math.max(s.traces.firebase?.duplicated ?? 0, s.traces.journal?.duplicated ?? 0) : null))),
    notDurable: sumOf(own.map((s) => s.traces?.journal?.missing ?? null)),
    dispatchLateP99Ms: m((s) => s.load.dispatchLateP99Ms),
  }
}

export interface Ratio {
  name: string
  value: number | null
  description: string
}

export interface TargetCheck {
  name: string
  target: string
  value: string
  met: boolean | null
}

const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b

export function computeRatios(s: Record<string, ConditionSummary>): Ratio[] {
  const p99 = (id: string): number | null => s[id]?.latencyMs.p99 ?? null
  return [
    { name: 'p99 lag / healthy', value: ratio(p99('lag'), p99('healthy')), description: 'caller p99 with Firebase lagging over caller p99 with it healthy (target <= 1.2)' },
    { name: 'p99 down / healthy', value: ratio(p99('down'), p99('healthy')), description: 'caller p99 with Firebase down over healthy (target <= 1.2)' },
    { name: 'p99 flap / healthy', value: ratio(p99('flap'), p99('healthy')), description: 'caller p99 with Firebase flapping over healthy' },
    { name: 'req/s Aurora / ceiling', value: ratio(s['sat-aurora']?.reqPerSec, s['sat-ceiling']?.reqPerSec), description: 'saturation throughput against a bare Fastify route (target >= 0.4)' },
    { name: 'p99 naive / Aurora (healthy)', value: ratio(p99('naive'), p99('healthy')), description: 'what awaiting Firebase before answering costs callers when Firebase is fine' },
    { name: 'p99 naive / Aurora (lag)', value: ratio(p99('naive-lag'), p99('lag')), description: 'the same with Firebase lagging' },
    { name: 'req/s naive / Aurora (saturation)', value: ratio(s['sat-naive']?.reqPerSec, s['sat-aurora']?.reqPerSec), description: 'throughput of the naive design against Aurora' },
  ]
}

const FIREBASE_CONDITIONS = ['healthy', 'lag', 'down', 'flap'] as const
/** A condition keeps up with the fixed rate when it answers at least this share of it. */
const KEEPING_UP = 0.95
const fmt = (n: number | null, digits = 2): string => (n === null ? 'n/a' : n.toFixed(digits))

export function checkTargets(
  s: Record<string, ConditionSummary>,
  ratios: readonly Ratio[],
  drain: DrainResult | null,
  segments: readonly SegmentResult[],
  rate: number,
): TargetCheck[] {
  const checks: TargetCheck[] = []
  // The bare route at the same rate, through the same client, is this machine's floor for the
  // target: a p99 Aurora cannot go under however little it does.
  const floor = s['ceiling']?.latencyMs.p99 ?? null
  const floorNote = floor === null ? '' : ` (ceiling ${fmt(floor)} ms)`
  for (const id of FIREBASE_CONDITIONS) {
    const p99 = s[id]?.latencyMs.p99 ?? null
    checks.push({ name: `caller p99 at ${rate}/s, ${id}`, target: '<= 5 ms', value: `${fmt(p99)} ms${floorNote}`, met: p99 === null ? null : p99 <= 5 })
  }
  // A p99 taken while the server could not keep up with the rate is its queue's, not Firebase's
  // effect: such a ratio says nothing about the target, whichever way it comes out.
  const behind = (id: string): string | null => {
    const answered = s[id]?.reqPerSec ?? null
    return answered !== null && answered < KEEPING_UP * rate ? `${id} answered ${Math.round(answered)}/s of ${rate}/s` : null
  }
  for (const [name, id] of [['p99 lag / healthy', 'lag'], ['p99 down / healthy', 'down']] as const) {
    const value = ratios.find((r) => r.name === name)?.value ?? null
    const saturated = [behind(id), behind('healthy')].filter((x) => x !== null)
    if (saturated.length > 0) checks.push({ name, target: '<= 1.2', value: `${fmt(value)} (not comparable: ${saturated.join(', ')})`, met: null })
    else checks.push({ name, target: '<= 1.2', value: fmt(value), met: value === null ? null : value <= 1.2 })
  }
  const sat = ratios.find((r) => r.name === 'req/s Aurora / ceiling')?.value ?? null
  checks.push({ name: 'saturation req/s Aurora / ceiling', target: '>= 0.40', value: fmt(sat), met: sat === null ? null : sat >= 0.4 })
  const auroraIds = Object.values(s).filter((c) => c.target === 'aurora').map((c) => c.id)
  const errors = auroraIds.reduce((n, id) => n + (s[id]?.errors ?? 0) + (s[id]?.non2xx ?? 0), 0) + (drain ? drainErrors(drain) : 0)
  checks.push({ name: 'Aurora errors + non-2xx, every condition', target: '0', value: String(errors), met: errors === 0 })
  // Every segment counts here, warm-ups included: one lost turn anywhere is a lost turn.
  const all = [...segments.map((x) => x.traces), drain?.traces ?? null].filter((t): t is SegmentTraces => t !== null)
  const lost = all.reduce((n, t) => n + (t.firebase ? t.firebase.missing + t.firebase.duplicated : 0), 0)
  const notDurable = all.reduce((n, t) => n + (t.journal ? t.journal.missing + t.journal.duplicated : 0), 0)
  const checked = all.length > 0
  checks.push({ name: 'acknowledged webhooks lost or duplicated in Firebase (Aurora and naive)', target: '0', value: checked ? String(lost) : 'n/a', met: checked ? lost === 0 : null })
  checks.push({ name: 'acknowledged webhooks missing or duplicated in the journal', target: '0', value: checked ? String(notDurable) : 'n/a', met: checked ? notDurable === 0 : null })
  return checks
}

function drainErrors(d: DrainResult): number {
  return errorCount(d.outage.load) + errorCount(d.recovery.load)
}
