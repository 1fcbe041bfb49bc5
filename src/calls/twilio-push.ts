import type RequestClient from 'twilio/lib/base/RequestClient.js'

/** Replaces the TwiML of a live call now (admin messages during a takeover, admin "end"). */
export type PushTwiml = (callSid: string, twiml: string) => Promise<void>

export interface TwilioRestOptions {
  accountSid: string
  authToken: string
  /** Tests point this at a local fake of api.twilio.com. */
  apiBaseUrl?: string
  timeoutMs?: number
}

/**
 * twilio's REST client, loaded only when REST credentials are configured (it is most of the
 * package's start-up cost). `apiBaseUrl` swaps the API origin through a RequestClient subclass:
 * the one seam the SDK offers for a non-Twilio endpoint, keeping its auth and serialisation.
 */
export async function createTwilioPush(options: TwilioRestOptions): Promise<PushTwiml> {
  const { default: twilio } = await import('twilio')
  let httpClient: RequestClient | undefined
  if (options.apiBaseUrl) {
    const base = options.apiBaseUrl.replace(/\/+$/, '')
    httpClient = new (class extends twilio.RequestClient {
      override request<TData>(opts: RequestClient.RequestOptions<TData>) {
        return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/api\.twilio\.com/, base) })
      }
    })({ timeout: options.timeoutMs ?? 5000 })
  }
  const client = twilio(options.accountSid, options.authToken, {
    timeout: options.timeoutMs ?? 5000,
    ...(httpClient ? { httpClient } : {}),
  })
  return async (callSid, twiml) => {
    await client.calls(callSid).update({ twiml })
  }
}
