// Reads the few gauges the soak samples from Aurora's GET /metrics (prom-client's text format).
// Labelled series of one name are summed (aurora_calls_active by status and urgency is "calls
// held"); histogram and summary series are left to sim/calls/server-metrics.ts.

/** name -> value, summed over label sets; comments and unparsable lines are skipped. */
export function gaugeValues(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const brace = line.indexOf('{')
    const space = line.lastIndexOf(' ')
    if (space <= 0) continue
    const name = brace > 0 && brace < space ? line.slice(0, brace) : line.slice(0, line.indexOf(' '))
    const value = Number(line.slice(space + 1))
    if (!Number.isFinite(value)) continue
    out.set(name, (out.get(name) ?? 0) + value)
  }
  return out
}

/**
 * prom-client's default process metrics, with Aurora's `aurora_process_` prefix in front of the
 * library's own `process_`/`nodejs_` names (hence `aurora_process_process_...`).
 */
export const METRIC = {
  rss: 'aurora_process_process_resident_memory_bytes',
  openFds: 'aurora_process_process_open_fds',
  heapUsed: 'aurora_process_nodejs_heap_size_used_bytes',
  heapTotal: 'aurora_process_nodejs_heap_size_total_bytes',
  external: 'aurora_process_nodejs_external_memory_bytes',
  /** Reset at every scrape (prom-client resets its monitorEventLoopDelay histogram in collect). */
  loopP99: 'aurora_process_nodejs_eventloop_lag_p99_seconds',
  loopMax: 'aurora_process_nodejs_eventloop_lag_max_seconds',
  handles: 'aurora_process_nodejs_active_handles_total',
  mirrorPending: 'aurora_mirror_pending_records',
  mirrorConnected: 'aurora_mirror_connected',
  callsHeld: 'aurora_calls_active',
} as const
