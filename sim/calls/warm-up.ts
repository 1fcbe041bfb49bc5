// One unmeasured call before the clock starts, when the simulator started Aurora itself: the
// first requests after boot pay for lazy loading and JIT compilation, and without a warm-up the
// first wave of every run would report that cold start as caller latency. (A real first call
// after a deploy pays it too; that is a boot-time claim for bench/, not for these percentiles.)
// Not done with --target: the simulator must not leave calls in someone else's system unasked.

import type { Rng } from './prng.js'
import { gatherParams, incomingCallParams, statusCallbackParams, type CallIdentity, type TwilioClient } from './twilio-client.js'
import { checkContentType, validateTwiml } from './twiml-validator.js'

/** A number no scenario uses, so the warm-up call is easy to tell apart in the data. */
export const WARM_UP_FROM = '+15550000000'

export async function warmUp(client: TwilioClient, rng: Rng, accountSid: string, to: string): Promise<void> {
  const call: CallIdentity = { callSid: `CA${rng.hex(32)}`, accountSid, from: WARM_UP_FROM, to }
  const greeting = await client.post(client.voiceUrl, incomingCallParams(call))
  checkContentType(greeting.contentType)
  const gather = validateTwiml(greeting.body, greeting.url).find((v) => v.verb === 'Gather')
  if (gather?.verb === 'Gather') {
    const reply = await client.post(gather.action, gatherParams(call, { text: 'This is a test call, there is no emergency', confidence: 0.9 }))
    checkContentType(reply.contentType)
    validateTwiml(reply.body, reply.url)
  }
  await client.post(client.statusCallbackUrl, statusCallbackParams(call, 'completed', 5, 1, new Date()))
}
