// Webhooks as Twilio sends them: form-encoded POSTs carrying Twilio's parameter set for each kind
// of request, signed with X-Twilio-Signature over the exact URL Twilio requests (the public URL,
// as written in the TwiML) using the twilio library's own signing. The simulator may reach that
// public URL through another address (like a tunnel): `origin` is where bytes go, the public URL
// is what is signed.

// twilio's own signing, imported without the REST client the package root loads (about a second).
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js'

export const API_VERSION = '2010-04-01'
/** Twilio gives up on a webhook after 15 s (error 11205) unless the URL sets another timeout. */
export const TWILIO_TIMEOUT_MS = 15_000

export interface CallIdentity {
  callSid: string
  accountSid: string
  from: string
  to: string
}

export interface TwilioClientOptions {
  authToken: string
  /** The base URL the Twilio number is configured with: the voice URL is `${publicUrl}/incoming-call`. */
  publicUrl: string
  /** Where requests for publicUrl are actually sent; default publicUrl. */
  origin?: string
  timeoutMs?: number
  /** The run's clock (ms); default performance.now. */
  now?: () => number
}

export interface WebhookResponse {
  /** The public URL requested (and signed). */
  url: string
  status: number
  contentType: string | null
  body: string
  sentAt: number
  receivedAt: number
}

export class WebhookError extends Error {
  constructor(
    /** 11200 HTTP retrieval failure, 11205 timeout, 11750 response too big, 0 not Aurora's URL. */
    readonly code: number,
    readonly reason: string,
    readonly url: string,
  ) {
    super(`Twilio error ${code}: ${reason} (${url})`)
    this.name = 'WebhookError'
  }
}

/** Twilio refuses TwiML responses over 64 kB (error 11750). */
const MAX_RESPONSE_CHARS = 64 * 1024

export class TwilioClient {
  readonly publicUrl: string
  readonly #authToken: string
  readonly #publicOrigin: string
  readonly #origin: string
  readonly #timeoutMs: number
  readonly #now: () => number

  constructor(options: TwilioClientOptions) {
    this.publicUrl = options.publicUrl.replace(/\/+$/, '')
    this.#authToken = options.authToken
    this.#publicOrigin = new URL(this.publicUrl).origin
    this.#origin = new URL(options.origin ?? this.publicUrl).origin
    this.#timeoutMs = options.timeoutMs ?? TWILIO_TIMEOUT_MS
    this.#now = options.now ?? (() => performance.now())
  }

  /** The URLs configured on the Twilio number. */
  get voiceUrl(): string {
    return `${this.publicUrl}/incoming-call`
  }

  get statusCallbackUrl(): string {
    return `${this.publicUrl}/call-status`
  }

  /** The X-Twilio-Signature Twilio would send for this URL and these fields. */
  sign(url: string, params: Record<string, string>): string {
    return getExpectedTwilioSignature(this.#authToken, url, params)
  }

  /** Signs and POSTs `params` to the public `url`, as Twilio does; resolves with the raw answer. */
  async post(url: string, params: Record<string, string>): Promise<WebhookResponse> {
    const target = new URL(url)
    if (target.origin !== this.#publicOrigin) {
      throw new WebhookError(0, `the TwiML sent Twilio to ${target.origin}, which is not this Aurora (${this.#publicOrigin})`, url)
    }
    const transport = this.#origin + target.pathname + target.search
    const sentAt = this.#now()
    let response: Response
    try {
      response = await fetch(transport, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': this.sign(url, params),
          'user-agent': 'TwilioProxy/1.1',
          'i-twilio-idempotency-token': `${params.CallSid ?? ''}-${Math.round(sentAt * 1000)}`,
        },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(this.#timeoutMs),
      })
    } catch (err) {
      const timedOut = err instanceof DOMException && err.name === 'TimeoutError'
      throw new WebhookError(timedOut ? 11205 : 11200, timedOut ? `no answer within ${this.#timeoutMs} ms` : `request failed: ${(err as Error).message}`, url)
    }
    let body: string
    try {
      body = await response.text()
    } catch (err) {
      throw new WebhookError(11200, `reading the answer failed: ${(err as Error).message}`, url)
    }
    const receivedAt = this.#now()
    if (body.length > MAX_RESPONSE_CHARS) throw new WebhookError(11750, `answer of ${body.length} characters is over 64 kB`, url)
    return { url, status: response.status, contentType: response.headers.get('content-type'), body, sentAt, receivedAt }
  }
}

function baseParams(call: CallIdentity, callStatus: string): Record<string, string> {
  return {
    AccountSid: call.accountSid,
    ApiVersion: API_VERSION,
    CallSid: call.callSid,
    CallStatus: callStatus,
    Called: call.to,
    CalledCountry: 'US',
    Caller: call.from,
    CallerCountry: 'US',
    Direction: 'inbound',
    From: call.from,
    FromCountry: 'US',
    To: call.to,
    ToCountry: 'US',
  }
}

/** The number's voice URL, when the call comes in. */
export function incomingCallParams(call: CallIdentity): Record<string, string> {
  return baseParams(call, 'ringing')
}

/** A Gather's action: speech heard (SpeechResult + Confidence) or nothing (empty SpeechResult, actionOnEmptyResult). */
export function gatherParams(call: CallIdentity, speech: { text: string; confidence: number } | null): Record<string, string> {
  const params = baseParams(call, 'in-progress')
  if (speech === null) return { ...params, SpeechResult: '' }
  // Twilio sends the confidence as a decimal string with up to 8 places.
  return { ...params, SpeechResult: speech.text, Confidence: speech.confidence.toFixed(8).replace(/0+$/, '').replace(/\.$/, '.0') }
}

/** A <Redirect>, or a Gather without actionOnEmptyResult falling through: no SpeechResult. */
export function redirectParams(call: CallIdentity): Record<string, string> {
  return baseParams(call, 'in-progress')
}

/** The status callback at the end of the call. */
export function statusCallbackParams(
  call: CallIdentity,
  status: 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled',
  durationS: number,
  sequenceNumber: number,
  at: Date,
): Record<string, string> {
  const seconds = Math.max(0, Math.round(durationS))
  return {
    ...baseParams(call, status),
    CallDuration: String(seconds),
    Duration: String(Math.ceil(seconds / 60)),
    CallbackSource: 'call-progress-events',
    SequenceNumber: String(sequenceNumber),
    Timestamp: at.toUTCString().replace('GMT', '+0000'),
  }
}
