// Throughput at saturation: autocannon with no rate limit, each connection a caller who speaks
// again as soon as the answer arrives. Every request is built by setupRequest from the
// connection's own call (a fresh CallSid, then its turns, then the status callback), so no two
// requests are the same and each one does the real work.

import autocannon, { type Request } from 'autocannon'
import type { CallMix, CallSession, Webhook } from './call-mix.js'
import { MAX_TURNS, WEBHOOK_HEADERS } from './call-mix.js'
import type { LoadResult } from './load-result.js'

export interface SaturationLoadOptions {
  origin: string
  connections: number
  durationMs: number
  timeoutMs: number
  mix: CallMix
}

interface ConnectionContext {
  session?: CallSession
  webhook?: Webhook
}

/**
 * autocannon gives each connection a context that lives until the connection wraps around its
 * `requests` list, or until setupRequest returns nothing (then it starts again at the first
 * entry with a fresh context). So one pass over the list is one call: incoming, turns, status,
 * then null. The list only has to be longer than the longest call. (A long list instead costs
 * seconds: autocannon deep-clones it for every connection.)
 */
const STEPS_PER_CALL = MAX_TURNS + 3

export async function runSaturationLoad(options: SaturationLoadOptions): Promise<LoadResult> {
  const { mix } = options
  const counts = { ok: 0, apology: 0, badTwiml: 0, non2xx: 0 }
  const step: Request = {
    method: 'POST',
    setupRequest(request, context) {
      const ctx = context as ConnectionContext
      ctx.session ??= mix.newCall()
      const webhook = ctx.session.next()
      if (!webhook) return null as unknown as Request // call over: autocannon restarts with a fresh context
      ctx.webhook = webhook
      return {
        ...request,
        method: 'POST',
        path: webhook.path,
        headers: { ...WEBHOOK_HEADERS, 'x-twilio-signature': webhook.signature },
        body: webhook.body,
      }
    },
    onResponse(status, body, context) {
      const ctx = context as ConnectionContext
      if (!ctx.webhook) return
      const outcome = mix.answered(ctx.webhook, status, body)
      ctx.webhook = undefined
      if (outcome === 'ok') counts.ok++
      else if (outcome === 'apology') counts.apology++
      else if (outcome === 'bad-twiml') counts.badTwiml++
      else counts.non2xx++
    },
  }
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    pipelining: 1,
    duration: options.durationMs / 1000,
    timeout: options.timeoutMs / 1000,
    requests: Array.from({ length: STEPS_PER_CALL }, () => step),
  })
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  const windowMs = result.duration * 1000
  // Not in @types/autocannon 7, but set by autocannon 9 (aggregateResult.js).
  const sent = (result.requests as { sent?: number }).sent ?? answered + result.errors
  return {
    generator: 'autocannon',
    targetRate: null,
    connections: options.connections,
    windowMs,
    sent,
    answered,
    ok: counts.ok,
    apology: counts.apology,
    badTwiml: counts.badTwiml,
    // autocannon's own count agrees with ours; ours also covers bodies it cannot judge.
    non2xx: Math.max(counts.non2xx, result.non2xx),
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    inFlightAtEnd: Math.max(0, sent - answered - result.errors),
    reqPerSec: (answered / windowMs) * 1000,
    // autocannon records whole milliseconds (hdr histogram, lowest discernible value 1 ms).
    latency: { count: answered, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    dispatchLateP99Ms: null,
    calls: mix.callsStarted,
  }
}
