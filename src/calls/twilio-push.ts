import twilio from 'twilio'
import type RequestClient from 'twilio/lib/base/RequestClient.js'

type RequestOptions<T> = RequestClient.RequestOptions<T>

/** Replaces the TwiML of a live call now (admin messages during a takeover, admin "end"). */
export type PushTwiml = (callSid: string, twiml: string) => Promise<void>

export interface TwilioRestOptions {
  accountSid: string
  authToken: string
  /** Tests point this at a local fake of api.twilio.com. */
  apiBaseUrl?: string
  timeoutMs?: number
}

// twilio's RequestClient with the API origin swapped: the only seam the SDK offers for a
// non-Twilio endpoint, and it keeps auth, retries and serialisation the SDK's own.
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super({ timeout: 5000 })
  }

  override request<TData>(opts: RequestOptions<TData>) {
    return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/api\.twilio\.com/, this.base) })
  }
}

export function createTwilioPush(options: TwilioRestOptions): PushTwiml {
  const httpClient = options.apiBaseUrl ? new RebasedRequestClient(options.apiBaseUrl.replace(/\/+$/, '')) : undefined
  const client = twilio(options.accountSid, options.authToken, {
    timeout: options.timeoutMs ?? 5000,
    ...(httpClient ? { httpClient } : {}),
  })
  return async (callSid, twiml) => {
    await client.calls(callSid).update({ twiml })
  }
}
