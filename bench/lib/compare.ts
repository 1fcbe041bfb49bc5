// --compare: the difference between an older run and this one, metric by metric, in the spirit
// of autocannon-compare. Differences within a few percent are labelled as noise: two runs on
// different days (or with other work on the machine) differ by that much with no code change.

import { readFile } from 'node:fs/promises'
import { REPORT_SCHEMA, type BenchReport } from './report.js'
import type { ConditionSummary } from './summary.js'

const NOISE = 0.05

interface Metric {
  name: string
  pick: (c: ConditionSummary) => number | null
  better: 'higher' | 'lower'
}

const METRICS: Metric[] = [
  { name: 'req/s', pick: (c) => c.reqPerSec, better: 'higher' },
  { name: 'p50', pick: (c) => c.latencyMs.p50, better: 'lower' },
  { name: 'p97.5', pick: (c) => c.latencyMs.p97_5, better: 'lower' },
  { name: 'p99', pick: (c) => c.latencyMs.p99, better: 'lower' },
  { name: 'errors', pick: (c) => c.errors + c.non2xx, better: 'lower' },
  { name: 'FB lag p99', pick: (c) => c.mirrorLagMs.p99, better: 'lower' },
  { name: 'RSS peak MB', pick: (c) => c.rssPeakMb, better: 'lower' },
  { name: 'CPU us/req', pick: (c) => c.cpuUsPerRequest, better: 'lower' },
]

export async function loadReport(file: string): Promise<BenchReport> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<BenchReport>
  if (parsed.schema !== REPORT_SCHEMA) throw new Error(`${file} is not a bench result (${REPORT_SCHEMA})`)
  return parsed as BenchReport
}

function verdict(before: number, after: number, better: 'higher' | 'lower'): string {
  if (before === 0 && after === 0) return 'same'
  if (before === 0) return better === 'lower' ? 'worse (was 0)' : 'better'
  const change = (after - before) / before
  if (Math.abs(change) < NOISE) return `${signed(change)} (within noise)`
  const improved = better === 'higher' ? change > 0 : change < 0
  return `${signed(change)} ${improved ? 'better' : 'WORSE'}`
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`
const show = (n: number): string => (Number.isInteger(n) || Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2))

const COMPARABLE = ['rounds', 'segmentMs', 'rate', 'connections', 'concurrentCalls', 'timeoutMs', 'lagMs', 'flapMs', 'outageMs'] as const

function settingsDifferences(older: BenchReport, newer: BenchReport): string[] {
  return COMPARABLE.filter((k) => older.settings[k] !== newer.settings[k]).map((k) => `${k} ${older.settings[k]} -> ${newer.settings[k]}`)
}

export function compareReports(older: BenchReport, newer: BenchReport): string {
  const rows: string[][] = []
  for (const [id, after] of Object.entries(newer.conditions)) {
    const before = older.conditions[id]
    if (!before) continue
    for (const metric of METRICS) {
      const a = metric.pick(before)
      const b = metric.pick(after)
      if (a === null || b === null) continue
      rows.push([`${after.label} (${after.load})`, metric.name, show(a), show(b), verdict(a, b, metric.better)])
    }
  }
  for (const ratio of newer.ratios) {
    const before = older.ratios.find((r) => r.name === ratio.name)
    if (before?.value == null || ratio.value === null) continue
    const better = ratio.name.startsWith('req/s Aurora') ? 'higher' : 'lower'
    rows.push(['ratio', ratio.name, show(before.value), show(ratio.value), verdict(before.value, ratio.value, better)])
  }
  const header = ['condition', 'metric', 'older', 'newer', 'change']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 || i === 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  return [
    `compare: ${older.startedAt} (${older.environment.atStart.cpu} x${older.environment.atStart.cores}, load ${older.environment.atStart.loadavg[0]}) -> ${newer.startedAt} (${newer.environment.atStart.cpu} x${newer.environment.atStart.cores}, load ${newer.environment.atStart.loadavg[0]})`,
    older.environment.atStart.cpu !== newer.environment.atStart.cpu ? 'warning: different CPUs; compare the ratios, not the absolute numbers' : '',
    ...settingsDifferences(older, newer).map((d) => `warning: different settings: ${d}`),
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ]
    .filter((l) => l !== '')
    .join('\n')
}
