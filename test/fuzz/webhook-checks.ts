// The oracle for one fuzzed webhook answer: what Twilio may receive (never a 5xx; TwiML that
// keeps a caller on the line, or a 4xx that says why) given how the request was built.

import type { LightMyRequestResponse } from 'fastify'
import { checkContentType, TwimlError, validateTwiml } from '../../sim/calls/twiml-validator.js'
import { TEST_PUBLIC_URL } from '../helpers/aurora.js'
import { FORM, type BuiltWebhook, type WebhookCase } from './webhook-requests.js'

export interface Answered {
  c: WebhookCase
  built: BuiltWebhook
  res: LightMyRequestResponse
}

/** The request reaches a voice route: POST to one of them exactly. */
export function hitsVoiceRoute(c: WebhookCase): boolean {
  return c.method === 'POST' && c.routeSuffix === ''
}

/** A Content-Type the voice scope and Fastify's parser both accept as a form. */
function plainForm(contentType: string | null): boolean {
  return contentType === FORM || contentType === `${FORM}; charset=UTF-8`
}

/** Problems with the TwiML of a 200: not well-formed, or it does not keep the caller on the line here. */
export function twimlProblems(res: LightMyRequestResponse, requestUrl: string): string[] {
  try {
    checkContentType(typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null)
    const verbs = validateTwiml(res.body, requestUrl)
    const problems: string[] = []
    const gather = verbs.find((v) => v.verb === 'Gather')
    if (gather === undefined || gather.verb !== 'Gather') problems.push('no <Gather>: the call does not continue')
    else {
      if (!gather.input.has('speech')) problems.push('<Gather> does not take speech')
      if (!gather.action.startsWith(`${TEST_PUBLIC_URL}/process-speech`)) problems.push(`<Gather> action ${gather.action} is not this instance's /process-speech`)
      if (!gather.prompts.some((p) => p.verb === 'Say')) problems.push('<Gather> says nothing')
    }
    if (verbs.some((v) => v.verb === 'Hangup')) problems.push('<Hangup> on a caller')
    // The apology is the voice scope's answer to an internal error: fine for a broken disk, a bug
    // when all it took was odd input.
    if (verbs.some((v) => v.verb === 'Redirect' && v.url.includes('/voice-fallback'))) problems.push('apology: the request caused an internal error')
    return problems
  } catch (err) {
    if (err instanceof TwimlError) return [`invalid TwiML (${err.message}): ${res.body.slice(0, 300)}`]
    throw err
  }
}

/** Everything wrong with one answer, given how its request was built and the app's WEBHOOK_BODY_LIMIT. */
export function answerProblems({ c, built, res }: Answered, bodyLimit: number): string[] {
  const problems: string[] = []
  const status = res.statusCode
  const say = (what: string) => problems.push(`${c.method} ${built.url} (${c.signing}, ${c.encoding}, ${String(c.contentType)}): ${status} ${what}`)
  if (status >= 500) say(`server error: ${res.body.slice(0, 200)}`)
  if (status < 200 || (status >= 300 && status < 400)) say('unexpected status')

  if (status >= 200 && status < 300) {
    if (!built.validlySigned) say('an unsigned or badly signed request was answered as if from Twilio')
    if (!hitsVoiceRoute(c)) say('answered 2xx off the voice routes')
    if (c.route === '/call-status') {
      if (status !== 204 || res.body !== '') say('call-status must answer 204 with no body')
    } else if (status !== 200) {
      say('TwiML routes answer 200')
    } else {
      for (const p of twimlProblems(res, TEST_PUBLIC_URL + built.url)) say(p)
    }
  }

  if (status >= 400 && status < 500 && c.method !== 'HEAD') {
    let message: unknown
    try {
      message = (res.json() as { message?: unknown }).message
    } catch {
      message = undefined
    }
    if (typeof message !== 'string' || message.trim() === '') say(`4xx without a JSON message: ${res.body.slice(0, 200)}`)
  }

  if (hitsVoiceRoute(c) && plainForm(c.contentType)) {
    if (built.bodyBytes > bodyLimit) {
      if (status !== 413) say(`a ${built.bodyBytes}-byte body must be refused with 413`)
    } else if (!built.validlySigned) {
      if (status !== 403) say('an unsigned or badly signed webhook must be refused with 403')
    } else if (built.cleanBody && status === 403) {
      say('a correctly signed webhook was refused as badly signed')
    }
  }
  return problems
}
