// The summary printed at the end of a run: percentiles per measure and fault phase, the final
// checks, then every failure with its call, turn and scenario line.

import type { RunResult } from './runner.js'
import { MEASURES, type SummaryRow } from './summary.js'

const MEASURE_NAMES = { caller_latency: 'caller latency', firebase_lag: 'Firebase lag', admin_delay: 'admin delay' } as const

export function formatMs(ms: number | null): string {
  if (ms === null) return '-'
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toFixed(1)}s`
  if (Math.abs(ms) >= 100) return `${Math.round(ms)}ms`
  return `${ms.toFixed(1)}ms`
}

function formatBound(ms: number | null): string {
  return ms === null ? 'over the last bucket' : formatMs(ms)
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n')
}

export function formatSummary(result: RunResult): string {
  const lines: string[] = []
  const calls = result.calls.length
  lines.push(`Aurora call simulation: ${calls} call(s) from ${result.options.calls} scenario play(s), seed "${result.seed}", concurrency ${result.options.concurrency}, pace ${result.options.pace}, ${(result.durationMs / 1000).toFixed(1)}s`)
  lines.push(`  ${result.environment}`)
  if (result.faults.length > 0) {
    lines.push(`  faults: ${result.faults.map((f) => `${f.label} ${(f.startMs / 1000).toFixed(1)}s${f.endMs > f.startMs ? `-${(f.endMs / 1000).toFixed(1)}s` : ''}`).join(', ')}`)
  }
  lines.push('')
  const rows: string[][] = [['measure', 'phase', 'n', 'p50', 'p95', 'p99', 'max']]
  for (const measure of MEASURES) {
    const unavailable =
      measure === 'admin_delay' && !result.admin.measured ? result.admin.reason : measure === 'firebase_lag' && !result.firebase.measured ? result.firebase.reason : null
    if (unavailable !== null) {
      rows.push([MEASURE_NAMES[measure], 'unavailable', '-', '-', '-', '-', '-'])
      continue
    }
    for (const row of result.summary.filter((r: SummaryRow) => r.measure === measure)) {
      rows.push([MEASURE_NAMES[measure], row.phase, String(row.count), formatMs(row.p50), formatMs(row.p95), formatMs(row.p99), formatMs(row.max)])
    }
  }
  lines.push(table(rows))
  const server = result.serverLatency
  if (server) {
    lines.push(`Aurora's own view (GET /metrics, ${server.count} voice webhooks): p50 <= ${formatBound(server.p50AtMostMs)}, p95 <= ${formatBound(server.p95AtMostMs)}, p99 <= ${formatBound(server.p99AtMostMs)}`)
  }
  if (!result.admin.measured) lines.push(`  admin delay unavailable: ${result.admin.reason ?? ''}`)
  if (!result.firebase.measured) lines.push(`  Firebase lag unavailable: ${result.firebase.reason ?? ''}`)
  lines.push('')
  const c = result.checks
  lines.push(
    `checks: ${c.acknowledgedTurns} acknowledged turn(s), ${c.lostTurns} lost, ${c.duplicateTurns} duplicated; ` +
      `Firebase ${c.treesEqual === null ? 'not compared with' : c.treesEqual ? 'equals' : 'DIFFERS from'} the local store` +
      ` (layers checked: ${c.layers.join(', ') || 'none'}); mirror drained ${result.drain.drained ? `in ${result.drain.waitedMs}ms` : 'NOT within the timeout'}`,
  )
  for (const note of result.notes) lines.push(`note: ${note}`)
  if (result.failures.length > 0) {
    lines.push('', `${result.failures.length} failure(s):`)
    for (const f of result.failures) {
      const where = f.label ? `${f.label} (${f.callSid})${f.turn !== null ? ` turn ${f.turn}` : ''}` : 'run'
      lines.push(`  FAIL ${where}${f.source ? ` [${f.source}]` : ''} ${f.kind}: ${f.message}`)
    }
  } else {
    lines.push('', 'PASS: every expectation held and no acknowledged turn was lost.')
  }
  return lines.join('\n')
}
