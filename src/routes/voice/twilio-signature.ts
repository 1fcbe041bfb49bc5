import type { FastifyReply, FastifyRequest } from 'fastify'
// twilio's own validator, imported without the REST client the package root loads.
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js'

/**
 * Twilio signs the full public URL it requested plus the POSTed form fields. We rebuild that
 * URL from PUBLIC_URL (not the Host header: behind a proxy or tunnel the two differ) and let
 * twilio's own validator do the rest.
 */
export function twilioSignatureCheck(authToken: string, publicUrl: string) {
  return async function verifyTwilioSignature(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const signature = request.headers['x-twilio-signature']
    const params = (request.body ?? {}) as Record<string, unknown>
    const valid =
      typeof signature === 'string' && validateRequest(authToken, signature, publicUrl + request.url, params)
    if (!valid) {
      request.log.warn({ hasSignature: typeof signature === 'string' }, 'twilio signature rejected')
      await reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'Missing or invalid X-Twilio-Signature for this URL' })
    }
  }
}
