// What a run prints and keeps: the tables (plain text on stdout, markdown in the .md file), the
// ratios, the targets and the environment, all rendered from the one JSON object that is saved.

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ChildBenchResult } from './child-bench.js'
import type { DrainResult } from './drain-extra.js'
import { environmentLine, type Environment } from './environment.js'
import type { FinalCheck } from './verify.js'
import { errorCount } from './load-result.js'
import type { SegmentResult } from './segment.js'
import type { BenchSettings } from './settings.js'
import type { ConditionSummary, Ratio, TargetCheck } from './summary.js'

export const REPORT_SCHEMA = 'aurora-bench/1'

export interface BenchReport {
  schema: typeof REPORT_SCHEMA
  startedAt: string
  durationS: number
  command: string
  environment: { atStart: Environment; atEnd: Environment }
  settings: BenchSettings
  speech: string
  conditions: Record<string, ConditionSummary>
  ratios: Ratio[]
  targets: TargetCheck[]
  extras: { drain: DrainResult | null; journal: ChildBenchResult | null; sse: ChildBenchResult | null }
  /** Parts of the run that failed (an extra, the verification); the rest is still reported. */
  errors: string[]
  /** After the run: each Aurora's journal against Firebase, entry by entry. */
  finalCheck: Record<string, FinalCheck | { error: string }>
  segments: SegmentResult[]
}

type Format = 'text' | 'md'

const ms = (n: number | null | undefined): string => {
  if (n === null || n === undefined) return 'n/a'
  if (n >= 1000) return `${(n / 1000).toFixed(n >= 10_000 ? 1 : 2)} s`
  return n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`
}
const num = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? 'n/a' : n.toFixed(digits))
const mb = (n: number | null | undefined): string => (n === null || n === undefined ? 'n/a' : `${n.toFixed(0)} MB`)
const bytesMb = (n: number | null | undefined): string => (n === null || n === undefined ? 'n/a' : mb(n / 2 ** 20))

function table(format: Format, header: string[], rows: string[][]): string {
  if (format === 'md') {
    const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
    return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n')
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

function conditionTable(format: Format, summaries: ConditionSummary[]): string {
  const header = ['condition', 'req/s', 'p50', 'p97.5', 'p99', 'max', 'errors', 'non-2xx', 'FB lag p50', 'FB lag p99', 'pending peak', 'RSS peak', 'CPU/req', 'lost/dup', 'catch-up']
  const rows = summaries.map((c) => [
    `${c.label}${c.once ? ' (once)' : ''}`,
    num(c.reqPerSec),
    ms(c.latencyMs.p50),
    ms(c.latencyMs.p97_5),
    ms(c.latencyMs.p99),
    ms(c.latencyMs.max),
    c.timeouts > 0 ? `${c.errors} (${c.timeouts} timeouts)` : String(c.errors),
    String(c.non2xx),
    ms(c.mirrorLagMs.p50),
    ms(c.mirrorLagMs.p99),
    num(c.pendingPeak),
    mb(c.rssPeakMb),
    c.cpuUsPerRequest === null ? 'n/a' : `${c.cpuUsPerRequest.toFixed(0)} us`,
    c.lost === null ? '-' : `${c.lost}/${c.duplicated ?? 0} of ${c.acknowledged ?? 0}${c.notDurable ? ` (${c.notDurable} not in journal)` : ''}`,
    c.catchUpMs === null ? '-' : ms(c.catchUpMs),
  ])
  return table(format, header, rows)
}

export function renderReport(report: BenchReport, format: Format): string {
  const s = report.settings
  const all = Object.values(report.conditions)
  const heading = (text: string): string => (format === 'md' ? `\n### ${text}\n` : `\n${text}\n${'='.repeat(text.length)}`)
  const out: string[] = []
  if (format === 'md') out.push(`## npm run bench, ${report.startedAt}`, '', `\`${report.command}\` (${report.durationS.toFixed(0)} s)`, '')
  else out.push(`aurora bench, ${report.startedAt} (${report.durationS.toFixed(0)} s): ${report.command}`)
  out.push(
    `${format === 'md' ? '- ' : ''}machine: ${environmentLine(report.environment.atStart)}`,
    `${format === 'md' ? '- ' : ''}load average at the end: ${report.environment.atEnd.loadavg.join(' ')}`,
    `${format === 'md' ? '- ' : ''}settings: ${s.rounds} round(s) alternating after a warm-up, ${s.segmentMs} ms segments, fixed rate ${s.rate} req/s (open loop, ${s.concurrentCalls} calls in progress), saturation ${s.connections} autocannon connections, client timeout ${s.timeoutMs / 1000} s; figures are medians over rounds, errors and lost turns are sums`,
    `${format === 'md' ? '- ' : ''}calls: /incoming-call, 3-6 signed /process-speech turns, /call-status completed; speech from ${report.speech}`,
  )
  for (const [title, load] of [
    [`Latency at a fixed rate (${s.rate} req/s)`, 'paced'],
    [`Throughput at saturation (${s.connections} connections)`, 'saturation'],
  ] as const) {
    const rows = all.filter((c) => c.load === load)
    out.push(heading(title), conditionTable(format, rows))
    const client = rows.map((c) => `${c.id} ${c.clientCpuUsPerRequest === null ? 'n/a' : `${c.clientCpuUsPerRequest.toFixed(0)} us`}`).join(', ')
    const item = format === 'md' ? '- ' : ''
    out.push(`${format === 'md' ? '\n' : ''}${item}load generator (this process) CPU per request: ${client}`)
    if (load === 'paced') out.push(`${item}dispatch lateness p99 (the generator behind its schedule): ${rows.map((c) => `${c.id} ${ms(c.dispatchLateP99Ms)}`).join(', ')}`)
  }
  out.push(
    '',
    'FB lag: commit -> Firebase acknowledgement of the segment\'s records (bucket-interpolated from /metrics). pending peak: records not yet in Firebase.',
    'lost/dup: acknowledged webhooks with no / more than one trace in Firebase, checked at the end of the run (and against the journal). catch-up: fault cleared -> Firebase has everything.',
    'Latencies at saturation are autocannon\'s (whole milliseconds); at the fixed rate, the bench\'s own open-loop client (sub-millisecond).',
  )
  out.push(heading('Ratios'), table(format, ['ratio', 'value', 'meaning'], report.ratios.map((r) => [r.name, r.value === null ? 'n/a' : `${r.value.toFixed(2)}x`, r.description])))
  out.push(heading('Targets (reported, not asserted)'), table(format, ['target', 'wanted', 'measured', ''], report.targets.map((t) => [t.name, t.target, t.value, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED'])))

  const { drain, journal, sse } = report.extras
  out.push(heading('Extras'))
  if (drain) {
    const o = drain.outage.load
    const r = drain.recovery.load
    out.push(
      table(format, ['mirror drain after an outage', 'value'], [
        ['outage', `${(drain.outageMs / 1000).toFixed(0)} s of Firebase down at ${drain.rate} req/s`],
        ['callers during the outage', `p50 ${ms(o.latency.p50)}, p99 ${ms(o.latency.p99)}, max ${ms(o.latency.max)}; ${o.answered} answered, ${errorCount(o)} errors, ${o.non2xx} non-2xx`],
        ['backlog when Firebase came back', `${drain.backlog} records (pending peak ${num(drain.outage.probe.pendingPeak)})`],
        ['RSS before / peak during the outage', `${bytesMb(drain.outage.rssBeforeBytes)} / ${bytesMb(drain.outage.probe.rssPeakBytes)}`],
        [`drain time (calls continuing up to ${(drain.recoveryLoadMs ?? Math.min(10_000, drain.outageMs / 4)) / 1000} s)`, drain.recovery.drainMs === null ? 'not drained within the limit' : `${ms(drain.recovery.drainMs)} (${num(drain.recovery.drainRecordsPerSec)} records/s)`],
        ['callers during the drain', `p50 ${ms(r.latency.p50)}, p99 ${ms(r.latency.p99)}, max ${ms(r.latency.max)}; ${errorCount(r)} errors, ${r.non2xx} non-2xx`],
        ['acknowledged webhooks lost / duplicated in Firebase', drain.traces?.firebase ? `${drain.traces.firebase.missing} / ${drain.traces.firebase.duplicated} of ${drain.traces.firebase.acknowledged}` : 'not checked'],
        ['acknowledged webhooks missing from the journal', drain.traces?.journal ? String(drain.traces.journal.missing) : 'not checked'],
      ]),
    )
    if (format === 'md') out.push('')
  } else out.push(`${format === 'md' ? '- ' : ''}mirror drain after an outage: not run (--extras)`)
  for (const [name, result] of [['journal commit at 10 vs 10,000 conversations', journal], ['1,000 admin SSE streams', sse]] as const) {
    const item = format === 'md' ? '- ' : ''
    if (!result) out.push(`${item}${name}: not run (add it with --extras)`)
    else if (!result.available) out.push(`${item}${name}: not available (${result.file} missing)`)
    else {
      const figures = Object.entries(result.figures).map(([k, v]) => `${k} ${v ?? 'n/a'}`).join(', ')
      out.push(`${item}${name} (${result.file}, ${Object.entries(result.env).map(([k, v]) => `${k}=${v}`).join(' ')}, ${(result.ms / 1000).toFixed(0)} s, exit ${result.exitCode}): ${figures}`)
    }
  }
  out.push(heading('Journal vs Firebase after the run'))
  for (const [name, check] of Object.entries(report.finalCheck)) {
    out.push(
      `${format === 'md' ? '- ' : ''}${name}: ` +
        ('error' in check
          ? `not checked (${check.error})`
          : `${check.converged.drained ? '' : `mirror NOT caught up (${check.converged.pending} pending after ${ms(check.converged.ms)}); `}${check.entries} entries; ${check.onlyLocal} only in the journal, ${check.onlyFirebase} only in Firebase, ${check.different} different${check.examples.length ? ` (${check.examples.join('; ')})` : ''}; ` +
            `graceful stop ${ms(check.stop.ms)}, exit ${check.stop.code ?? check.stop.signal}${check.stop.lastOutput ? ` (last output: ${check.stop.lastOutput.join(' | ').slice(0, 600)})` : ''}`),
    )
  }
  if (report.errors.length > 0) out.push(heading('Failed parts of the run'), ...report.errors.map((e) => `${format === 'md' ? '- ' : ''}${e}`))
  return out.join('\n') + '\n'
}

/** Writes <dir>/<timestamp>.json and .md; returns their paths. */
export async function saveReport(report: BenchReport, dir: string): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true })
  const stamp = report.startedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z')
  const json = join(dir, `${stamp}.json`)
  const md = join(dir, `${stamp}.md`)
  await writeFile(json, JSON.stringify(report, null, 2) + '\n')
  await writeFile(md, renderReport(report, 'md'))
  return { json, md }
}
