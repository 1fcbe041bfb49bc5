import type { FastifyBaseLogger } from 'fastify'
// twilio's own signer, imported without the REST client the package root loads.
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js'
import type { ActiveCall } from '../../calls/model.js'

// Call affinity across instances. A call's webhooks go to the instance that holds it because its
// TwiML action URLs name that instance; but a phone number has one status callback URL, so the
// call's end can reach an instance that knows the call only through Firebase. It is passed on to
// the instance holding the call, signed for that instance's URL with the account's auth token
// (every instance of one Twilio account shares it). A turn that reaches the wrong instance (a
// proxy that does not keep affinity) is passed on too, and the holder's TwiML is the answer, so
// one conversation never splits in two. (The fallback URL is not passed on: Twilio goes there
// when the holding instance failed, so the instance reached carries the call on.)

const STATUS_FORWARD_TIMEOUT_MS = 5000
/** Set on forwarded webhooks: an instance never passes one on again. */
export const FORWARDED_HEADER = 'x-aurora-forwarded'

async function forward(owner: ActiveCall, pathAndQuery: string, form: Record<string, string>, authToken: string, timeoutMs: number): Promise<Response> {
  // instance_url comes from Firebase, where only servers write; still, only http(s) is followed.
  if (!/^https?:\/\//.test(owner.instance_url ?? '')) throw new Error(`instance_url ${JSON.stringify(owner.instance_url)} is not an http(s) URL`)
  const url = `${owner.instance_url}${pathAndQuery}`
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': getExpectedTwilioSignature(authToken, url, form),
      [FORWARDED_HEADER]: '1',
    },
    body: new URLSearchParams(form).toString(),
    signal: AbortSignal.timeout(timeoutMs),
  })
}

/** Posts a status callback to the instance holding the call; resolves with whether it was accepted. */
export async function forwardStatusCallback(
  owner: ActiveCall,
  form: Record<string, string>,
  authToken: string,
  log: FastifyBaseLogger,
): Promise<boolean> {
  try {
    const res = await forward(owner, '/call-status', form, authToken, STATUS_FORWARD_TIMEOUT_MS)
    if (res.ok) log.info({ instance: owner.instance_id, status: res.status }, 'status callback passed on to the instance holding the call')
    else log.warn({ instance: owner.instance_id, status: res.status }, 'the instance holding the call refused a forwarded status callback')
    return res.ok
  } catch (err) {
    log.warn({ err, instance: owner.instance_id }, 'could not pass a status callback on to the instance holding the call')
    return false
  }
}

/**
 * What became of a turn passed on to the instance holding the call: its TwiML; `unreachable`
 * (no connection, or no TwiML from it: this instance helps the caller itself); or `slow` (it
 * took the turn but did not answer within timeoutMs, so it may still record it: helping the
 * caller here too would split the conversation).
 */
export type ForwardedTurn = { kind: 'twiml'; body: string } | { kind: 'unreachable' } | { kind: 'slow' }

export async function forwardTurn(
  owner: ActiveCall,
  pathAndQuery: string,
  form: Record<string, string>,
  authToken: string,
  timeoutMs: number,
  log: FastifyBaseLogger,
): Promise<ForwardedTurn> {
  try {
    const res = await forward(owner, pathAndQuery, form, authToken, timeoutMs)
    const body = await res.text()
    if (res.ok && res.headers.get('content-type')?.startsWith('text/xml')) {
      log.info({ instance: owner.instance_id }, 'turn passed on to the instance holding the call')
      return { kind: 'twiml', body }
    }
    log.warn({ instance: owner.instance_id, status: res.status }, 'the instance holding the call did not answer a forwarded turn with TwiML')
    return { kind: 'unreachable' }
  } catch (err) {
    const slow = (err as Error)?.name === 'TimeoutError'
    log.warn({ err, instance: owner.instance_id }, slow ? 'the instance holding the call did not answer a forwarded turn in time' : 'could not pass a turn on to the instance holding the call')
    return slow ? { kind: 'slow' } : { kind: 'unreachable' }
  }
}
