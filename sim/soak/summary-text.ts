// The summary printed at the end of a soak: what ran on what machine, the figures the issue asks
// for (RSS slope, fds at start and end, turns acknowledged and found, caller latency per phase,
// load average), then every check and the first failures.

import { formatMs } from '../calls/summary-table.js'
import type { SoakResult } from './soak-run.js'

const MAX_FAILURES = 20

export function formatSoakSummary(r: SoakResult, settings: string): string {
  const lines: string[] = []
  const min = (ms: number): string => `${(ms / 60_000).toFixed(1)} min`
  lines.push(`Aurora soak: ${settings}`)
  lines.push(`  load ${min(r.timing.loadMs)}, calls finished at ${min(r.timing.callsDoneMs)}, quiet (archived${r.timing.archived ? '' : ' NOT all'}, mirror drained) at ${min(r.timing.quietMs)}; Aurora pid ${r.aurora.pid}`)
  lines.push(
    `  load average: ${r.loadAverage.start.join(' ')} at the start, ${r.loadAverage.end.join(' ')} at the end, 1-min mean ${r.loadAverage.meanDuringLoad ?? '?'} during the load`,
  )
  lines.push(`  faults: ${r.faults.length === 0 ? 'none' : r.faults.map((f) => `${f.label} ${(f.startMs / 1000).toFixed(0)}-${(f.endMs / 1000).toFixed(0)}s`).join(', ')}`)
  lines.push('')
  const c = r.calls
  lines.push(`calls: ${c.placed} placed from ${c.scenarioPlays} scenario plays, ${c.ended} ended, ${c.webhooks} webhooks; ${r.turns.acknowledged} turns acknowledged`)
  const turns = (name: string, t: SoakResult['turns']['local']): string => (t ? `${name} ${t.found} found once, ${t.lost} lost, ${t.duplicated} duplicated` : `${name} not read`)
  lines.push(`  ${turns('local store', r.turns.local)}; ${turns('Firebase', r.turns.firebase)}; Firebase ${r.treesEqual === null ? 'not compared' : r.treesEqual ? 'equals' : 'DIFFERS from'} the local store`)
  const fit = r.rss.fit
  lines.push(
    `RSS: ${r.rss.startMiB ?? '?'} MiB at the start, ${r.rss.warmMiB ?? '?'} after warm-up, ${r.rss.loadEndMiB ?? '?'} at the end of the load, ${r.rss.endMiB ?? '?'} once quiet (peak ${r.rss.peakMiB ?? '?'})`,
  )
  const slope = (f: typeof fit): string => (f ? `${f.slope.toFixed(2)} ± ${(2 * f.slopeStderr).toFixed(2)} MiB/min` : 'not measured')
  const min1 = (ms: number | null): string => (ms === null ? 'not within the load' : `at ${(ms / 60_000).toFixed(1)} min`)
  lines.push(`  journal record cache full ${min1(r.rss.cacheFullMs)}; RSS slope from ${(r.rss.fitFromMs / 60_000).toFixed(1)} min to the end of the load: ${r.rss.notJudged ? 'not judged' : `${slope(fit)} (r² ${fit?.r2.toFixed(2) ?? '?'}, ${fit?.points ?? 0} samples)`}`)
  lines.push(`  for comparison: RSS from the end of warm-up ${slope(r.rss.afterWarmUpFit)} (cache filling included); heap total ${slope(r.rss.heapTotalFit)}, heap used ${slope(r.rss.heapFit)} over the judged window`)
  if (r.retained.localTreeBytes !== null) {
    const perMin = r.retained.localTreeBytes / 1024 / 1024 / (r.timing.loadMs / 60_000)
    lines.push(
      `  on disk: the journal holds ${r.retained.calls} calls in ${(r.retained.localTreeBytes / 1024 / 1024).toFixed(1)} MiB of JSON (${r.retained.bytesPerCall ?? '?'} B/call, ~${perMin.toFixed(2)} MiB/min of load); memory keeps only live calls and those archived within HISTORY_IN_MEMORY_MS`,
    )
  }
  const f = r.fds
  lines.push(
    `fds: ${f.ownStart ?? '?'} at the start, ${f.ownEnd ?? '?'} at the end (Aurora's own; raw ${f.start?.total ?? '?'} and ${f.end?.total ?? '?'}), settled in ${(f.settleMs / 1000).toFixed(0)} s; inbound CLOSE_WAIT ${f.end?.sockets.inbound.CLOSE_WAIT ?? 0}`,
  )
  const loops = r.samples.flatMap((s) => (s.loopP99Ms === null ? [] : [s.loopP99Ms])).sort((a, b) => a - b)
  const pending = Math.max(0, ...r.samples.map((s) => s.mirrorPending ?? 0))
  lines.push(`event loop p99 per ${r.samples.length > 1 ? 'sample' : 'run'}: median ${formatMs(loops[Math.floor(loops.length / 2)] ?? null)}, worst ${formatMs(loops.at(-1) ?? null)}; mirror pending peak ${pending}, drained ${r.timing.drainWaitedMs} ms after the calls were archived`)
  if (r.streams) {
    const s = r.streams.stats
    const both = (k: 'opened' | 'resumed' | 'finished' | 'clientDropped' | 'serverEnded' | 'resets' | 'events'): number => s.overview[k] + s.conversation[k]
    lines.push(
      `admin streams: ${both('opened')} opened (${s.overview.opened} overview, ${s.conversation.opened} conversation), ${both('resumed')} resumed with Last-Event-ID, ${both('resets')} reset, ` +
        `${both('serverEnded')} ended by Aurora, ${both('clientDropped')} dropped by the client, ${both('finished')} answered 204, ${both('events')} events`,
    )
  }
  lines.push('')
  const rows: string[][] = [['caller latency', 'n', 'p50', 'p95', 'p99', 'max']]
  for (const row of r.latency.filter((x) => x.measure === 'caller_latency')) {
    rows.push([row.phase, String(row.count), formatMs(row.p50), formatMs(row.p95), formatMs(row.p99), formatMs(row.max)])
  }
  lines.push(table(rows))
  const server = r.serverLatency
  if (server) lines.push(`Aurora's own view (GET /metrics, ${server.count} voice webhooks): p50 <= ${formatMs(server.p50AtMostMs)}, p99 <= ${formatMs(server.p99AtMostMs)}`)
  lines.push('')
  for (const check of r.checks) lines.push(`${check.ok ? 'ok  ' : check.gating ? 'FAIL' : 'warn'} ${check.name}: ${check.detail}`)
  if (r.failures.length > 0) {
    lines.push('', `${r.failures.length} failure(s)${r.failures.length > MAX_FAILURES ? `, the first ${MAX_FAILURES}` : ''}:`)
    for (const x of r.failures.slice(0, MAX_FAILURES)) {
      const where = x.label ? `${x.label} (${x.callSid})${x.turn !== null ? ` turn ${x.turn}` : ''}` : 'run'
      lines.push(`  ${where}${x.source ? ` [${x.source}]` : ''} ${x.kind}: ${x.message.split('\n').slice(0, 4).join('\n    ')}`)
    }
  }
  if (r.differences.length > 0) lines.push('', 'Firebase vs local:', ...r.differences.map((d) => `  ${d}`))
  if (r.aurora.keptDataDir) lines.push('', `Aurora's data dir was kept for investigation: ${r.aurora.dataDir}`)
  lines.push('', r.ok ? 'PASS' : 'FAIL')
  return lines.join('\n')
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n')
}
