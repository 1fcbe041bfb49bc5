// The soak's HTML report: self-contained (inline SVG, no scripts), one small chart per series
// (memory with the fitted slope, fds and open connections, caller latency per window, event-loop
// delay, mirror backlog, machine load), outages shaded, then the checks and the raw figures.

import { escapeHtml as e } from '../calls/report-html.js'
import type { ReportEnvironment } from '../calls/report-json.js'
import { formatMs } from '../calls/summary-table.js'
import type { SoakResult } from './soak-run.js'

interface Series {
  name: string
  color: string
  points: { t: number; v: number }[]
}

interface ChartSpec {
  title: string
  unit: string
  series: Series[]
  /** A straight line (the fitted RSS slope): from (t0, v0) to (t1, v1). */
  line?: { t0: number; v0: number; t1: number; v1: number; label: string }
}

const W = 1000
const H = 220
const M = { left: 60, right: 16, top: 24, bottom: 30 }

function chart(spec: ChartSpec, r: SoakResult, warmUpMs: number): string {
  const pw = W - M.left - M.right
  const ph = H - M.top - M.bottom
  const end = Math.max(1, r.timing.endMs)
  const values = spec.series.flatMap((s) => s.points.map((p) => p.v))
  const top = niceTop(Math.max(1, ...values))
  const x = (t: number): number => M.left + (Math.max(0, t) / end) * pw
  const y = (v: number): number => M.top + ph - (v / top) * ph
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${e(spec.title)}">`]
  for (const f of r.faults) {
    if (f.endMs > f.startMs) out.push(`<rect x="${x(f.startMs).toFixed(1)}" y="${M.top}" width="${Math.max(1, x(f.endMs) - x(f.startMs)).toFixed(1)}" height="${ph}" fill="#d62828" fill-opacity="0.12"><title>${e(f.label)}</title></rect>`)
  }
  const marks: [number, string][] = [[warmUpMs, 'warm-up'], [r.timing.loadMs, 'load end'], [r.timing.quietMs, 'quiet']]
  if (r.rss.cacheFullMs !== null) marks.push([r.rss.cacheFullMs, 'journal cache full'])
  for (const [t, label] of marks) {
    out.push(`<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${M.top}" y2="${M.top + ph}" stroke="#888" stroke-dasharray="3 3"/><text x="${(x(t) + 3).toFixed(1)}" y="${M.top + ph - 4}" font-size="10" fill="#666">${label}</text>`)
  }
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i
    out.push(`<line x1="${M.left}" x2="${M.left + pw}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#eee"/><text x="${M.left - 6}" y="${y(v).toFixed(1)}" font-size="10" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`)
  }
  for (let m = 0; m * 60_000 <= end; m += Math.max(1, Math.ceil(end / 60_000 / 12))) {
    out.push(`<text x="${x(m * 60_000).toFixed(1)}" y="${H - 10}" font-size="10" text-anchor="middle">${m} min</text>`)
  }
  out.push(`<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="none" stroke="#999"/>`)
  for (const s of spec.series) {
    if (s.points.length === 0) continue
    const d = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.5"/>`)
  }
  if (spec.line) {
    const l = spec.line
    out.push(`<line x1="${x(l.t0).toFixed(1)}" y1="${y(l.v0).toFixed(1)}" x2="${x(l.t1).toFixed(1)}" y2="${y(l.v1).toFixed(1)}" stroke="#000" stroke-width="2" stroke-dasharray="6 3"><title>${e(l.label)}</title></line>`)
  }
  let lx = M.left
  out.push(`<text x="${lx}" y="14" font-size="12" font-weight="bold">${e(spec.title)} (${e(spec.unit)})</text>`)
  lx += 7.5 * (spec.title.length + spec.unit.length + 3) + 24
  for (const s of spec.series) {
    out.push(`<rect x="${lx}" y="6" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="14" font-size="11">${e(s.name)}</text>`)
    lx += 14 + 7 * s.name.length + 16
  }
  out.push('</svg>')
  return out.join('\n')
}

function niceTop(max: number): number {
  const p = 10 ** Math.floor(Math.log10(max))
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= max) ?? 10) * p
}

function fmt(v: number): string {
  return v >= 100 ? String(Math.round(v)) : v >= 10 ? v.toFixed(0) : v.toFixed(1)
}

export function renderSoakHtml(r: SoakResult, environment: ReportEnvironment, settings: string, warmUpMs: number): string {
  const s = r.samples
  const series = (name: string, color: string, pick: (x: (typeof s)[number]) => number | null, scale = 1): Series => ({
    name,
    color,
    points: s.flatMap((p) => {
      const v = pick(p)
      return v === null ? [] : [{ t: p.t, v: v / scale }]
    }),
  })
  const MiB = 1024 * 1024
  const fit = r.rss.fit
  const charts = [
    chart(
      {
        title: 'Memory',
        unit: 'MiB',
        series: [series('RSS (/proc VmRSS)', '#1f6fd1', (p) => p.rssBytes, MiB), series('heap total', '#7b2cbf', (p) => p.heapTotalBytes, MiB), series('heap used', '#2a9d3a', (p) => p.heapUsedBytes, MiB), series('external', '#e07b00', (p) => p.externalBytes, MiB)],
        ...(fit
          ? { line: { t0: r.rss.fitFromMs, v0: fit.intercept + fit.slope * (r.rss.fitFromMs / 60_000), t1: r.timing.loadMs, v1: fit.intercept + fit.slope * (r.timing.loadMs / 60_000), label: `${fit.slope.toFixed(2)} MiB/min` } }
          : {}),
      },
      r,
      warmUpMs,
    ),
    chart(
      {
        title: 'Descriptors and connections',
        unit: 'count',
        series: [series('fds (/proc)', '#1f6fd1', (p) => p.fds), series('admin streams open', '#7b2cbf', (p) => p.streamsOpen), series('calls in flight', '#2a9d3a', (p) => p.callsInFlight), series('calls held by Aurora', '#e07b00', (p) => p.callsHeld)],
      },
      r,
      warmUpMs,
    ),
    chart(
      {
        title: 'Caller latency per 30 s',
        unit: 'ms',
        series: [
          { name: 'p50', color: '#1f6fd1', points: r.latencyWindows.flatMap((w) => (w.p50 === null ? [] : [{ t: w.from + 15_000, v: w.p50 }])) },
          { name: 'p99', color: '#d62828', points: r.latencyWindows.flatMap((w) => (w.p99 === null ? [] : [{ t: w.from + 15_000, v: w.p99 }])) },
        ],
      },
      r,
      warmUpMs,
    ),
    chart({ title: 'Event-loop delay per sample', unit: 'ms', series: [series('p99', '#1f6fd1', (p) => p.loopP99Ms), series('max', '#d62828', (p) => p.loopMaxMs)] }, r, warmUpMs),
    chart({ title: 'Mirror backlog and journal cache', unit: 'records', series: [series('mirror pending', '#d62828', (p) => p.mirrorPending), series('journal records cached', '#1f6fd1', (p) => p.cachedRecords)] }, r, warmUpMs),
    chart({ title: 'Machine load', unit: '1-min load average', series: [series('load', '#555', (p) => p.load1)] }, r, warmUpMs),
  ]
  const checks = r.checks.map((c) => `<tr><td class="${c.ok ? 'pass' : c.gating ? 'fail' : ''}">${c.ok ? 'ok' : c.gating ? 'FAIL' : 'warn'}</td><td>${e(c.name)}</td><td>${e(c.detail)}</td></tr>`).join('\n')
  const latency = r.latency
    .filter((x) => x.measure === 'caller_latency')
    .map((x) => `<tr><td>${e(x.phase)}</td><td>${x.count}</td><td>${formatMs(x.p50)}</td><td>${formatMs(x.p95)}</td><td>${formatMs(x.p99)}</td><td>${formatMs(x.max)}</td></tr>`)
    .join('\n')
  const failures = r.failures
    .slice(0, 200)
    .map((f) => `<tr><td>${e(f.label || 'run')}<br><small>${e(f.callSid)}</small></td><td>${f.turn ?? ''}</td><td>${e(f.kind)}</td><td><pre>${e(f.message)}</pre></td></tr>`)
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Aurora soak ${e(r.startedAt)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.pass{color:#1a7f37;font-weight:bold}.fail{color:#c00;font-weight:bold}pre{margin:0;white-space:pre-wrap}small{color:#666}
</style></head><body>
<h1>Aurora soak <span class="${r.ok ? 'pass' : 'fail'}">${r.ok ? 'PASS' : 'FAIL'}</span></h1>
<p>${e(settings)}; started ${e(r.startedAt)}.<br>node ${e(environment.node)}, ${e(environment.cpu)} x${environment.cores}, ${e(environment.platform)}; load average ${r.loadAverage.start.join(' ')} at the start, ${r.loadAverage.end.join(' ')} at the end.<br><code>${e(environment.command)}</code></p>
<h2>Checks</h2>
<table>${checks}</table>
<h2>Series</h2>
<p><small>Shaded: Firebase outages. Dashed lines: end of warm-up, end of the load, quiet (calls archived, mirror drained). The dashed black line on the memory chart is the least-squares RSS slope that is judged: from the later of the warm-up and the journal's record cache being full, to the end of the load.</small></p>
${charts.join('\n')}
<h2>Caller latency per fault phase</h2>
<table><tr><th>phase</th><th>n</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>${latency}</table>
${r.serverLatency ? `<p>Aurora's own view (GET /metrics, ${r.serverLatency.count} voice webhooks): p50 &le; ${formatMs(r.serverLatency.p50AtMostMs)}, p99 &le; ${formatMs(r.serverLatency.p99AtMostMs)}.</p>` : ''}
<h2>File descriptors</h2>
<table><tr><th></th><th>start</th><th>end</th></tr>
<tr><td>raw total</td><td>${r.fds.start?.total ?? '?'}</td><td>${r.fds.end?.total ?? '?'}</td></tr>
<tr><td>Aurora's own (minus inbound ESTABLISHED)</td><td>${r.fds.ownStart ?? '?'}</td><td>${r.fds.ownEnd ?? '?'}</td></tr>
<tr><td>breakdown</td><td><pre>${e(JSON.stringify(r.fds.start, null, 1))}</pre></td><td><pre>${e(JSON.stringify(r.fds.end, null, 1))}</pre></td></tr></table>
<h2>Failures</h2>
${r.failures.length === 0 ? '<p class="pass">None.</p>' : `<table><tr><th>call</th><th>turn</th><th>kind</th><th>what</th></tr>${failures}</table>`}
</body></html>
`
}
