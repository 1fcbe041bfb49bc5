// Aurora's own view of its webhook latency, read from GET /metrics at the end of a run: a cross
// check for the simulator's caller latency. The simulator's timestamps include its own event
// loop (and, when it owns them, the emulator and the Firebase watcher share that loop), so under
// a flood of Firebase traffic the two can differ; the report shows both.

export interface ServerLatency {
  /** Voice webhooks Aurora answered (the warm-up call included). */
  count: number
  /** Upper bounds of the histogram buckets holding each percentile, in ms (null past the last bucket). */
  p50AtMostMs: number | null
  p95AtMostMs: number | null
  p99AtMostMs: number | null
}

const METRIC = 'aurora_http_request_duration_seconds_bucket'
const VOICE_ROUTES = new Set(['/incoming-call', '/process-speech', '/voice-fallback'])

/** Parses the Prometheus text and combines the voice routes' histograms. */
export function voiceLatencyFromMetrics(text: string): ServerLatency | null {
  const buckets = new Map<number, number>()
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${METRIC}{`)) continue
    const close = line.lastIndexOf('}')
    const labels = Object.fromEntries([...line.slice(METRIC.length + 1, close).matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]))
    if (!VOICE_ROUTES.has(labels.route ?? '')) continue
    const le = labels.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(labels.le)
    const value = Number(line.slice(close + 1).trim())
    if (!Number.isNaN(le) && Number.isFinite(value)) buckets.set(le, (buckets.get(le) ?? 0) + value)
  }
  const bounds = [...buckets.keys()].sort((a, b) => a - b)
  const count = buckets.get(Number.POSITIVE_INFINITY) ?? 0
  if (count === 0) return null
  const at = (q: number): number | null => {
    const le = bounds.find((b) => (buckets.get(b) ?? 0) >= q * count)
    return le === undefined || le === Number.POSITIVE_INFINITY ? null : Math.round(le * 1000 * 1000) / 1000
  }
  return { count, p50AtMostMs: at(0.5), p95AtMostMs: at(0.95), p99AtMostMs: at(0.99) }
}

export async function fetchServerLatency(origin: string): Promise<ServerLatency | null> {
  try {
    const response = await fetch(`${origin}/metrics`)
    if (response.status !== 200) return null
    return voiceLatencyFromMetrics(await response.text())
  } catch {
    return null
  }
}
