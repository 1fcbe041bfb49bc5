import type { FastifyBaseLogger } from 'fastify'
// twilio's own signer, imported without the REST client the package root loads.
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js'
import type { ActiveCall } from '../../calls/model.js'

// Call affinity across instances. A call's webhooks go to the instance that holds it because its
// TwiML action URLs name that instance; but a phone number has one status callback URL, so the
// call's end can reach an instance that knows the call only through Firebase. It is passed on to
// the instance holding the call, signed for that instance's URL with the account's auth token
// (every instance of one Twilio account shares it). (The fallback URL is not passed on: Twilio
// goes there when the holding instance failed, so the instance reached carries the call on.)

const FORWARD_TIMEOUT_MS = 5000

/** Posts a status callback to the instance holding the call; resolves with whether it was accepted. */
export async function forwardStatusCallback(
  owner: ActiveCall,
  form: Record<string, string>,
  authToken: string,
  log: FastifyBaseLogger,
): Promise<boolean> {
  const url = `${owner.instance_url}/call-status`
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': getExpectedTwilioSignature(authToken, url, form) },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    })
    if (res.ok) log.info({ instance: owner.instance_id, status: res.status }, 'status callback passed on to the instance holding the call')
    else log.warn({ instance: owner.instance_id, status: res.status }, 'the instance holding the call refused a forwarded status callback')
    return res.ok
  } catch (err) {
    log.warn({ err, instance: owner.instance_id }, 'could not pass a status callback on to the instance holding the call')
    return false
  }
}
