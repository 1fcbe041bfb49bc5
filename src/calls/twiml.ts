// twilio's TwiML builder on its own: the package root also loads the whole REST client
// (about a second of start-up on these machines) that the hot path never uses.
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js'
import { speakable } from '../triage/spoken-text.js'
import type { VoiceReply } from './call-flow.js'
import { DEFAULT_VOICE, type VoiceSettings } from './voice-settings.js'

export const APOLOGY = 'Sorry, I had a problem on my side. Stay on the line.'
export const SAFE_LINE = 'If you are in danger, move away from the hazard now. Tell me what is happening and where you are.'

// Without a turn, /process-speech treats the post as the call's next turn.
function speechUrl(baseUrl: string, turn: number | undefined): string {
  return turn === undefined ? `${baseUrl}/process-speech` : `${baseUrl}/process-speech?turn=${turn}`
}

/**
 * Every answer keeps the line open: the spoken text inside a speech <Gather> whose action
 * carries the turn number (retries of a turn are recognised by it), and a <Redirect> to the same
 * action in case the Gather ends without posting. `baseUrl` is this instance's public URL so the
 * call's next webhook reaches the instance that holds its state (call affinity).
 */
export function renderReply(reply: Pick<VoiceReply, 'say'> & { nextTurn?: number }, baseUrl: string, voice: VoiceSettings = DEFAULT_VOICE): string {
  let rendered = renderedReplies.get(voice)
  if (rendered === undefined) renderedReplies.set(voice, (rendered = new Map()))
  const key = JSON.stringify([baseUrl, reply.nextTurn ?? null, reply.say])
  const cached = rendered.get(key)
  if (cached !== undefined) return cached
  const twiml = buildReply(reply, baseUrl, voice)
  if (rendered.size >= RENDERED_REPLIES_MAX) rendered.delete(rendered.keys().next().value as string)
  rendered.set(key, twiml)
  return twiml
}

// Replies already rendered, by everything they depend on. The playbook gives the same sentences
// to every caller with the same hazard, and twilio's builder makes a whole xmlbuilder document
// per element: under load that was the largest single kind of garbage V8 freed from its old
// space (a sampling heap profile of objects collected by full GCs during `npm run soak`), and
// about 5% of the callers' thread at saturation. Bounded, oldest out first; one table per
// settings object (an app has one), so the hints never become part of a key.
const RENDERED_REPLIES_MAX = 1024
const renderedReplies = new WeakMap<VoiceSettings, Map<string, string>>()

function buildReply(reply: Pick<VoiceReply, 'say'> & { nextTurn?: number }, baseUrl: string, voice: VoiceSettings): string {
  const response = new VoiceResponse()
  const gather = response.gather({
    input: ['speech'],
    action: speechUrl(baseUrl, reply.nextTurn),
    method: 'POST',
    speechTimeout: 'auto',
    actionOnEmptyResult: true,
    // Checked against twilio's list of English locales when the configuration was read.
    language: voice.language as NonNullable<VoiceResponse.GatherAttributes['language']>,
    hints: voice.hints,
  })
  // Whatever produced the words, a character XML cannot carry must not cost the caller the turn.
  for (const sentence of reply.say) gather.say(sayAttributes(voice), speakable(sentence))
  response.redirect({ method: 'POST' }, speechUrl(baseUrl, reply.nextTurn))
  return response.toString()
}

/** Internal error on a turn: apologise and go to the fallback route, which answers from local state. */
export function renderApology(baseUrl: string, voice: VoiceSettings = DEFAULT_VOICE): string {
  const response = new VoiceResponse()
  response.say(sayAttributes(voice), APOLOGY)
  response.redirect({ method: 'POST' }, `${baseUrl}/voice-fallback?reason=internal-error`)
  return response.toString()
}

/** Needs no state at all: what the fallback route answers when even local state cannot be read. */
export function renderStaticSafety(baseUrl: string, voice: VoiceSettings = DEFAULT_VOICE): string {
  return renderReply({ say: [APOLOGY, SAFE_LINE] }, baseUrl, voice)
}

/** A reply that ends the call: an admin ended it (pushed at once, or said at the caller's next turn). */
export function renderGoodbye(text: string, voice: VoiceSettings = DEFAULT_VOICE): string {
  const response = new VoiceResponse()
  response.say(sayAttributes(voice), text)
  response.hangup()
  return response.toString()
}

// No `language` on <Say>: a voice and a language Twilio does not pair fail the <Say> (the caller
// would hear nothing), and a named voice carries its own.
// The voice is checked by shape, not against twilio's list, which grows with every release.
function sayAttributes(voice: VoiceSettings): VoiceResponse.SayAttributes {
  return voice.voice === undefined ? {} : { voice: voice.voice as NonNullable<VoiceResponse.SayAttributes['voice']> }
}
