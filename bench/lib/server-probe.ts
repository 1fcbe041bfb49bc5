// What the server under test went through during a segment, read from outside: Aurora's own
// /health (mirror.pending) and /metrics (the mirror-lag histogram), and the kernel's view of the
// process (/proc/<pid>: resident memory, CPU time). Polling /health costs Aurora one small
// request every interval, the same in every condition.

import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import type { CumulativeBuckets } from './percentiles.js'

export interface HealthView {
  status: string
  mirror: { connected: boolean; pending: number; pendingPeak: number; watermark: number; lastDurableSeq: number; batches: number } | null
  store: { lastDurableSeq: number; journalBytes: number }
}

export async function readHealth(origin: string): Promise<HealthView> {
  const res = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(5000) })
  return (await res.json()) as HealthView
}

/** The cumulative buckets of aurora_mirror_lag_seconds, as /metrics shows them now. */
export async function scrapeMirrorLag(origin: string): Promise<CumulativeBuckets> {
  const text = await (await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(5000) })).text()
  const buckets: { le: number; count: number }[] = []
  for (const line of text.split('\n')) {
    const match = /^aurora_mirror_lag_seconds_bucket\{le="([^"]+)".*\}\s+(\d+(?:\.\d+)?)$/.exec(line)
    if (match) buckets.push({ le: match[1] === '+Inf' ? Infinity : Number(match[1]), count: Number(match[2]) })
  }
  return buckets.sort((a, b) => a.le - b.le)
}

/**
 * /health, retried until it answers or `deadline` (performance.now() ms) passes: an overloaded
 * server may take seconds to answer, which is a result to report, not a reason to abort the run.
 */
export async function readHealthPatiently(origin: string, deadline: number): Promise<HealthView | null> {
  for (;;) {
    try {
      return await readHealth(origin)
    } catch {
      if (performance.now() >= deadline) return null
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

/** Waits until Firebase has acknowledged every durable record (pending 0); returns how long it took. */
export async function waitForMirror(origin: string, timeoutMs: number): Promise<{ drained: boolean; ms: number; pending: number }> {
  const started = performance.now()
  let pending = -1
  for (;;) {
    const health = await readHealthPatiently(origin, started + timeoutMs)
    if (health) pending = health.mirror?.pending ?? 0
    if (pending === 0) return { drained: true, ms: performance.now() - started, pending }
    if (performance.now() - started > timeoutMs) return { drained: false, ms: performance.now() - started, pending }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const CLOCK_TICKS = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
  } catch {
    return 100
  }
})()

/** User + system CPU time of a process so far, ms (Linux); null elsewhere. */
export function cpuTimeMs(pid: number): Promise<number | null> {
  return statCpuMs(`/proc/${pid}/stat`)
}

async function statCpuMs(statFile: string): Promise<number | null> {
  try {
    const stat = await readFile(statFile, 'latin1')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000
  } catch {
    return null
  }
}

/** User + system CPU time of each thread of a process so far, ms, by thread id (Linux); null elsewhere. */
export async function threadCpuTimesMs(pid: number): Promise<Map<number, number> | null> {
  try {
    const times = new Map<number, number>()
    for (const tid of await readdir(`/proc/${pid}/task`)) {
      const ms = await statCpuMs(`/proc/${pid}/task/${tid}/stat`)
      if (ms !== null) times.set(Number(tid), ms)
    }
    return times
  } catch {
    return null
  }
}

/** Resident memory of a process now (Linux); null elsewhere. */
export async function rssBytes(pid: number): Promise<number | null> {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'latin1'))
    return match ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

export interface ProbeReading {
  /** Highest mirror.pending seen (records Firebase had not acknowledged); null without /health. */
  pendingPeak: number | null
  rssPeakBytes: number | null
  /** CPU time the process used during the segment. */
  cpuMs: number | null
  /** Journal records made durable during the segment. */
  records: number | null
}

export class ServerProbe {
  readonly #origin: string
  readonly #pid: number
  readonly #withHealth: boolean
  readonly #intervalMs: number
  #timer: NodeJS.Timeout | null = null
  #polling: Promise<void> = Promise.resolve()
  #pendingPeak: number | null = null
  #rssPeak: number | null = null
  #cpuStart: number | null = null
  #seqStart: number | null = null
  #seqLast: number | null = null

  constructor(options: { origin: string; pid: number; withHealth: boolean; intervalMs?: number }) {
    this.#origin = options.origin
    this.#pid = options.pid
    this.#withHealth = options.withHealth
    this.#intervalMs = options.intervalMs ?? 250
  }

  async start(): Promise<void> {
    this.#cpuStart = await cpuTimeMs(this.#pid)
    await this.#poll()
    this.#seqStart = this.#seqLast
    this.#timer = setInterval(() => {
      this.#polling = this.#polling.then(() => this.#poll())
    }, this.#intervalMs)
  }

  async stop(): Promise<ProbeReading> {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
    await this.#polling
    await this.#poll()
    const cpuEnd = await cpuTimeMs(this.#pid)
    return {
      pendingPeak: this.#pendingPeak,
      rssPeakBytes: this.#rssPeak,
      cpuMs: cpuEnd !== null && this.#cpuStart !== null ? cpuEnd - this.#cpuStart : null,
      records: this.#seqLast !== null && this.#seqStart !== null ? this.#seqLast - this.#seqStart : null,
    }
  }

  async #poll(): Promise<void> {
    const rss = await rssBytes(this.#pid)
    if (rss !== null) this.#rssPeak = Math.max(this.#rssPeak ?? 0, rss)
    if (!this.#withHealth) return
    try {
      const health = await readHealth(this.#origin)
      if (health.mirror) this.#pendingPeak = Math.max(this.#pendingPeak ?? 0, health.mirror.pending)
      this.#seqLast = health.store.lastDurableSeq
    } catch {
      // A busy or briefly unreachable server is what some conditions are about; the next poll counts.
    }
  }
}
