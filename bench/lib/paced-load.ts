// Open-loop load at a fixed rate: request i is due at start + i/rate whether or not earlier ones
// were answered, the way independent callers reach Twilio. Latency is measured from the moment a
// request was DUE to the end of its answer: when this process falls behind its schedule (its
// own event loop busy, or the machine's cores taken by the server), a caller would have waited
// that long too, and timing from the actual send would hide it (coordinated omission, on the
// client's side). A request that times out counts as the timeout, so percentiles cannot improve
// by losing the slowest answers.
//
// Why not autocannon's overallRate: it gives each connection a budget per one-second tick and
// spends it at once, so 1,000 req/s over 100 connections arrives as a burst in the first ~300 ms
// of every second and then nothing (measured on this machine: 0 requests between 350 and 1000 ms).
// That measures a 5,000 req/s burst, not 1,000 turns/s. autocannon stays for saturation
// (saturation-load.ts), where closed-loop is the point.

import { performance } from 'node:perf_hooks'
import { KeepAliveClient } from './keep-alive-client.js'
import { WEBHOOK_HEADERS, type CallMix, type CallSession, type Webhook } from './call-mix.js'
import type { LoadResult } from './load-result.js'
import { percentile, summarizeLatency } from './percentiles.js'

export interface PacedLoadOptions {
  /** Where requests go, e.g. http://127.0.0.1:41234. */
  origin: string
  rate: number
  durationMs: number
  timeoutMs: number
  mix: CallMix
  /**
   * Calls in progress at once; each takes its next step when its turn in the queue comes. With
   * 100 calls at 1,000 req/s a call moves every ~0.1 s, so even a short segment is made of whole
   * calls (incoming, turns, status) in their natural mix, not mostly of first requests.
   */
  concurrentCalls: number
  /** Upper bound on sockets; above it requests queue in the client (and that wait counts as latency). */
  maxSockets: number
  /** Stops sending early (durationMs is then an upper bound). */
  signal?: AbortSignal
}

export async function runPacedLoad(options: PacedLoadOptions): Promise<LoadResult> {
  const { mix, rate, durationMs, timeoutMs } = options
  const client = new KeepAliveClient(options.origin, options.maxSockets)
  const ready: CallSession[] = Array.from({ length: options.concurrentCalls }, () => mix.newCall())
  const latencies: number[] = []
  const late: number[] = []
  const counts = { sent: 0, answered: 0, ok: 0, apology: 0, badTwiml: 0, non2xx: 0, errors: 0, timeouts: 0 }
  let inFlight = 0
  let settle: (() => void) | null = null

  const nextWebhook = (): { session: CallSession; webhook: Webhook } => {
    for (;;) {
      const session = ready.shift() ?? mix.newCall()
      const webhook = session.next()
      if (webhook) return { session, webhook }
    }
  }

  const finished = (session: CallSession): void => {
    ready.push(session.done ? mix.newCall() : session)
    inFlight--
    if (inFlight === 0 && settle) settle()
  }

  const dispatch = (scheduledAt: number): void => {
    const { session, webhook } = nextWebhook()
    const sentAt = performance.now()
    late.push(sentAt - scheduledAt)
    counts.sent++
    inFlight++
    let done = false
    const cancel = client.post({
      path: webhook.path,
      headers: { ...WEBHOOK_HEADERS, 'x-twilio-signature': webhook.signature },
      body: webhook.body,
      onResponse: ({ status, body }) => {
        if (done) return
        done = true
        clearTimeout(timer)
        latencies.push(performance.now() - scheduledAt)
        counts.answered++
        const outcome = mix.answered(webhook, status, body)
        if (outcome === 'ok') counts.ok++
        else if (outcome === 'apology') counts.apology++
        else if (outcome === 'bad-twiml') counts.badTwiml++
        else counts.non2xx++
        finished(session)
      },
      onError: () => {
        if (done) return
        done = true
        clearTimeout(timer)
        counts.errors++
        finished(session)
      },
    })
    // Timed from dispatch, not per socket: time spent queued for a connection counts, as for a caller.
    const timer = setTimeout(() => {
      if (done) return
      done = true
      counts.timeouts++
      latencies.push(performance.now() - scheduledAt)
      cancel()
      finished(session)
    }, timeoutMs)
  }

  const total = Math.round((rate * durationMs) / 1000)
  const interval = 1000 / rate
  const startedAt = performance.now()
  await new Promise<void>((resolve) => {
    let i = 0
    const tick = (): void => {
      const now = performance.now()
      while (i < total && startedAt + i * interval <= now && !options.signal?.aborted) dispatch(startedAt + i++ * interval)
      if (i >= total || options.signal?.aborted) return resolve()
      setTimeout(tick, Math.max(0, startedAt + i * interval - performance.now()))
    }
    tick()
  })
  const windowMs = performance.now() - startedAt
  // Every request gets its answer or its timeout before the segment counts as over.
  if (inFlight > 0) await new Promise<void>((resolve) => (settle = resolve))
  const elapsedMs = performance.now() - startedAt
  client.close()
  return {
    generator: 'paced',
    targetRate: rate,
    connections: null,
    windowMs,
    ...counts,
    inFlightAtEnd: 0,
    // Over the time until the last answer: a server that falls behind shows it here.
    reqPerSec: (counts.answered / elapsedMs) * 1000,
    latency: summarizeLatency(latencies),
    dispatchLateP99Ms: percentile(late, 99),
    calls: mix.callsStarted,
  }
}
