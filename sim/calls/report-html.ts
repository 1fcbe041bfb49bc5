// A self-contained HTML report (no scripts, no external assets): the summary table, a timeline
// chart of every measurement over the run as inline SVG with the fault windows shaded, the final
// checks, the failures and every call.

import type { ReportEnvironment } from './report-json.js'
import type { RunResult } from './runner.js'
import { MEASURE_TITLES, MEASURES, type Measure } from './summary.js'
import { formatMs } from './summary-table.js'

const COLORS: Readonly<Record<Measure, string>> = { caller_latency: '#1f6fd1', firebase_lag: '#e07b00', admin_delay: '#2a9d3a' }
const FAULT_COLORS: Readonly<Record<string, string>> = { outage: '#d62828', stall: '#7b2cbf', latency: '#f4a261', 'reject-writes': '#9d0208', drop: '#333' }

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The timeline: x = run time, y = ms on a log scale (values under 0.1 ms, or negative, sit on the floor). */
export function timelineSvg(result: RunResult, width = 1100, height = 380): string {
  const margin = { left: 64, right: 16, top: 28, bottom: 40 }
  const plotW = width - margin.left - margin.right
  const plotH = height - margin.top - margin.bottom
  const duration = Math.max(1, result.durationMs, ...result.samples.map((s) => s.t))
  const maxMs = Math.max(10, ...result.samples.map((s) => s.ms))
  const floor = 0.1
  const top = 10 ** Math.ceil(Math.log10(maxMs))
  const x = (t: number): number => margin.left + (t / duration) * plotW
  const y = (ms: number): number => {
    const v = Math.log10(Math.max(floor, ms))
    return margin.top + plotH - ((v - Math.log10(floor)) / (Math.log10(top) - Math.log10(floor))) * plotH
  }
  const parts: string[] = []
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="latency and Firebase lag over the run">`)
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`)
  // Labels of overlapping windows go on separate rows so they stay readable.
  const rowEnds: number[] = []
  for (const f of [...result.faults].sort((a, b) => a.startMs - b.startMs)) {
    const color = FAULT_COLORS[f.kind] ?? '#999'
    const x0 = x(f.startMs)
    let row = rowEnds.findIndex((end) => end < x0)
    if (row < 0) row = rowEnds.length
    rowEnds[row] = x0 + 7 * f.label.length + 6
    const labelY = margin.top + 12 + row * 13
    if (f.endMs <= f.startMs) {
      parts.push(`<line x1="${x0.toFixed(1)}" x2="${x0.toFixed(1)}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="${color}" stroke-dasharray="4 3"><title>${escapeHtml(f.label)} at ${(f.startMs / 1000).toFixed(2)}s</title></line>`)
    } else {
      const w = Math.max(1, x(f.endMs) - x0)
      parts.push(`<rect x="${x0.toFixed(1)}" y="${margin.top}" width="${w.toFixed(1)}" height="${plotH}" fill="${color}" fill-opacity="0.13"><title>${escapeHtml(f.label)} ${(f.startMs / 1000).toFixed(2)}s-${(f.endMs / 1000).toFixed(2)}s</title></rect>`)
    }
    parts.push(`<text x="${(x0 + 3).toFixed(1)}" y="${labelY}" font-size="11" fill="${color}">${escapeHtml(f.label)}</text>`)
  }
  for (let decade = floor; decade <= top; decade *= 10) {
    const yy = y(decade).toFixed(1)
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${yy}" y2="${yy}" stroke="#ddd"/>`)
    parts.push(`<text x="${margin.left - 6}" y="${yy}" font-size="11" text-anchor="end" dominant-baseline="middle">${decadeLabel(decade)}</text>`)
  }
  const step = niceStep(duration / 1000 / 10)
  for (let s = 0; s * 1000 <= duration; s += step) {
    const xx = x(s * 1000).toFixed(1)
    parts.push(`<line x1="${xx}" x2="${xx}" y1="${margin.top + plotH}" y2="${margin.top + plotH + 4}" stroke="#555"/>`)
    parts.push(`<text x="${xx}" y="${margin.top + plotH + 16}" font-size="11" text-anchor="middle">${Number(s.toFixed(3))}s</text>`)
  }
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#555"/>`)
  parts.push(`<text x="${margin.left + plotW / 2}" y="${height - 6}" font-size="12" text-anchor="middle">run time (webhook sent)</text>`)
  for (const measure of MEASURES) {
    for (const s of result.samples.filter((p) => p.measure === measure)) {
      parts.push(`<circle cx="${x(s.t).toFixed(1)}" cy="${y(s.ms).toFixed(1)}" r="2.2" fill="${COLORS[measure]}" fill-opacity="0.7"><title>${escapeHtml(`${s.call} turn ${s.turn ?? '-'}: ${formatMs(s.ms)} (${s.phase})`)}</title></circle>`)
    }
  }
  MEASURES.forEach((measure, i) => {
    const lx = margin.left + 8 + i * 250
    parts.push(`<circle cx="${lx}" cy="12" r="4" fill="${COLORS[measure]}"/><text x="${lx + 8}" y="12" font-size="12" dominant-baseline="middle">${escapeHtml(MEASURE_TITLES[measure].split(' (')[0] ?? measure)}</text>`)
  })
  parts.push('</svg>')
  return parts.join('\n')
}

function decadeLabel(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)}s` : ms >= 1 ? `${Math.round(ms)}ms` : `${ms.toFixed(1)}ms`
}

function niceStep(raw: number): number {
  const candidates = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600]
  return candidates.find((c) => c >= raw) ?? 600
}

export function renderHtmlReport(result: RunResult, environment: ReportEnvironment): string {
  const e = escapeHtml
  const rows = result.summary
    .map((r) => {
      const unavailable = (r.measure === 'admin_delay' && !result.admin.measured) || (r.measure === 'firebase_lag' && !result.firebase.measured)
      return `<tr><td>${e(MEASURE_TITLES[r.measure])}</td><td>${e(r.phase)}</td>${unavailable ? '<td colspan="5">unavailable</td>' : `<td>${r.count}</td><td>${formatMs(r.p50)}</td><td>${formatMs(r.p95)}</td><td>${formatMs(r.p99)}</td><td>${formatMs(r.max)}</td>`}</tr>`
    })
    .join('\n')
  const failures =
    result.failures.length === 0
      ? '<p class="pass">No failures: every expectation held and no acknowledged turn was lost.</p>'
      : `<table><tr><th>call</th><th>turn</th><th>kind</th><th>where</th><th>what</th></tr>${result.failures
          .map((f) => `<tr><td>${e(f.label || 'run')}<br><small>${e(f.callSid)}</small></td><td>${f.turn ?? ''}</td><td>${e(f.kind)}</td><td>${e(f.source ?? '')}</td><td><pre>${e(f.message)}</pre></td></tr>`)
          .join('\n')}</table>`
  const calls = result.calls
    .map((c) => {
      const turns = c.webhooks
        .map((w) => `<tr><td>${e(w.kind)}</td><td>${w.turn ?? ''}</td><td>${w.status ?? 'none'}</td><td>${w.receivedAt === null ? '' : formatMs(w.receivedAt - w.sentAt)}</td><td>${w.firebaseLagMs === null ? '' : formatMs(w.firebaseLagMs)}</td><td>${w.adminAt === null ? '' : formatMs(w.adminAt - w.sentAt)}</td><td>${e(w.spoken)}</td></tr>`)
        .join('')
      return `<details><summary>${e(c.label)} #${c.index} <small>${e(c.callSid)} ${e(c.from)}${c.hungUpMidTurn ? ' (hung up mid-turn)' : ''}</small></summary><table><tr><th>webhook</th><th>turn</th><th>HTTP</th><th>caller latency</th><th>Firebase lag</th><th>admin delay</th><th>Aurora said</th></tr>${turns}</table></details>`
    })
    .join('\n')
  const c = result.checks
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Aurora call simulation ${e(result.startedAt)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.pass{color:#1a7f37;font-weight:bold}.fail{color:#c00;font-weight:bold}pre{margin:0;white-space:pre-wrap}
small{color:#666}
</style></head><body>
<h1>Aurora call simulation <span class="${result.ok ? 'pass' : 'fail'}">${result.ok ? 'PASS' : 'FAIL'}</span></h1>
<p>${result.calls.length} call(s) from ${result.options.calls} scenario play(s); seed <code>${e(result.seed)}</code>; concurrency ${result.options.concurrency}; pace ${result.options.pace}; ${(result.durationMs / 1000).toFixed(1)} s; started ${e(result.startedAt)}.<br>
${e(result.environment)}<br>node ${e(environment.node)}, ${e(environment.cpu)} x${environment.cores}, ${e(environment.platform)}<br><code>${e(environment.command)}</code></p>
<h2>Timeline</h2>
${timelineSvg(result)}
<p><small>Each dot is one webhook, placed at the moment it was sent. Shaded: fault windows; dashed: dropped connections. Log scale; values of 0.1 ms or less (a turn visible in Firebase before the caller's TwiML arrived) sit on the floor.</small></p>
<h2>Summary</h2>
<table><tr><th>measure</th><th>phase</th><th>n</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>
${rows}</table>
${result.serverLatency ? `<p>Aurora's own view (GET /metrics, ${result.serverLatency.count} voice webhooks, histogram bucket bounds): p50 &le; ${formatMs(result.serverLatency.p50AtMostMs)}, p95 &le; ${formatMs(result.serverLatency.p95AtMostMs)}, p99 &le; ${formatMs(result.serverLatency.p99AtMostMs)}.</p>` : ''}
${result.admin.measured ? '' : `<p>Admin delay unavailable: ${e(result.admin.reason ?? '')}</p>`}
${result.firebase.measured ? '' : `<p>Firebase lag unavailable: ${e(result.firebase.reason ?? '')}</p>`}
<h2>Checks</h2>
<p>${c.acknowledgedTurns} acknowledged turn(s), ${c.lostTurns} lost, ${c.duplicateTurns} duplicated. Firebase ${c.treesEqual === null ? 'was not compared with' : c.treesEqual ? 'equals' : 'differs from'} the local store (layers: ${e(c.layers.join(', ') || 'none')}). Mirror ${result.drain.drained ? `drained ${result.drain.waitedMs} ms after the calls` : 'did not drain in time'}.</p>
${result.notes.map((n) => `<p>Note: ${e(n)}</p>`).join('\n')}
<h2>Faults</h2>
${result.faults.length === 0 ? '<p>None.</p>' : `<table><tr><th>fault</th><th>from</th><th>to</th><th>defined at</th></tr>${result.faults.map((f) => `<tr><td>${e(f.label)}</td><td>${(f.startMs / 1000).toFixed(2)} s</td><td>${(f.endMs / 1000).toFixed(2)} s</td><td>${e(f.source)}</td></tr>`).join('')}</table>`}
<h2>Failures</h2>
${failures}
<h2>Calls</h2>
${calls}
</body></html>
`
}
