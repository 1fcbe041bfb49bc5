// Every few seconds, what Aurora's process looks like from outside (/proc) and from inside
// (GET /metrics), next to what the soak is doing to it at that moment and how loaded the machine
// is: the series the RSS slope, the fd check and the report are made from.

import { loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { gaugeValues, METRIC } from './metrics-text.js'
import { getJson, getOnce } from './one-shot-get.js'
import { openFdCount, residentBytes } from './process-probe.js'

export interface SoakSample {
  /** Run time (ms since the load started; negative before). */
  t: number
  /** VmRSS from /proc/<pid>/status. */
  rssBytes: number | null
  /** prom-client's process_resident_memory_bytes (the same number, read by Aurora itself). */
  rssMetricBytes: number | null
  heapUsedBytes: number | null
  /** What V8 has reserved for the heap: RSS follows this, not heap used, when garbage piles up between collections. */
  heapTotalBytes: number | null
  externalBytes: number | null
  /** Entries of /proc/<pid>/fd. */
  fds: number | null
  fdsMetric: number | null
  /** Event-loop delay since the previous sample (prom-client resets its histogram at each scrape). */
  loopP99Ms: number | null
  loopMaxMs: number | null
  mirrorPending: number | null
  mirrorConnected: boolean | null
  /** Calls in Aurora's active_calls (live, or ended and not yet archived). */
  callsHeld: number | null
  /** Journal records the store keeps in memory for the mirror (a bounded cache: it fills, then stays). */
  cachedRecords: number | null
  /** Bytes in the journal files not yet released (what a restart would replay). */
  journalBytes: number | null
  /** Calls the soak is playing now. */
  callsInFlight: number
  /** Admin streams open now (the stream group's last report). */
  streamsOpen: number | null
  /** Faults active now ("none", "outage"). */
  phase: string
  /** 1-minute load average of the machine. */
  load1: number
}

export interface SamplerOptions {
  pid: number
  origin: string
  everyMs: number
  now: () => number
  context: () => { callsInFlight: number; streamsOpen: number | null; phase: string }
}

export class Sampler {
  readonly samples: SoakSample[] = []
  readonly #o: SamplerOptions
  #stopped = false
  #loop: Promise<void> | null = null

  constructor(options: SamplerOptions) {
    this.#o = options
  }

  start(): void {
    this.#loop ??= (async () => {
      while (!this.#stopped) {
        const started = performance.now()
        this.samples.push(await this.sample())
        await sleep(Math.max(0, this.#o.everyMs - (performance.now() - started)))
      }
    })()
  }

  async stop(): Promise<void> {
    this.#stopped = true
    await this.#loop
  }

  /** One sample now (also used outside the loop, for the start and end points). */
  async sample(): Promise<SoakSample> {
    const t = this.#o.now()
    const context = this.#o.context()
    const [rss, fds, metrics, health] = await Promise.all([
      residentBytes(this.#o.pid),
      openFdCount(this.#o.pid),
      getOnce(`${this.#o.origin}/metrics`).then((r) => (r.status === 200 ? gaugeValues(r.body) : null)).catch(() => null),
      getJson(`${this.#o.origin}/health`).catch(() => null),
    ])
    const store: unknown = typeof health === 'object' && health !== null ? Reflect.get(health, 'store') : null
    const storeField = (name: string): number | null => {
      const v: unknown = typeof store === 'object' && store !== null ? Reflect.get(store, name) : null
      return typeof v === 'number' ? v : null
    }
    const m = (name: string): number | null => metrics?.get(name) ?? null
    const seconds = (name: string): number | null => {
      const v = m(name)
      return v === null ? null : Math.round(v * 1e6) / 1e3
    }
    return {
      t: Math.round(t),
      rssBytes: rss,
      rssMetricBytes: m(METRIC.rss),
      heapUsedBytes: m(METRIC.heapUsed),
      heapTotalBytes: m(METRIC.heapTotal),
      externalBytes: m(METRIC.external),
      fds,
      fdsMetric: m(METRIC.openFds),
      loopP99Ms: seconds(METRIC.loopP99),
      loopMaxMs: seconds(METRIC.loopMax),
      mirrorPending: m(METRIC.mirrorPending),
      mirrorConnected: metrics ? m(METRIC.mirrorConnected) === 1 : null,
      callsHeld: m(METRIC.callsHeld),
      cachedRecords: storeField('cachedRecords'),
      journalBytes: storeField('journalBytes'),
      ...context,
      load1: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    }
  }
}
