// How long a real call takes between webhooks, so a run at --pace 1 has the rhythm of real calls
// (and `sim:full` keeps hundreds of them open for minutes): Twilio speaks the reply, the caller
// hesitates, speaks, and Twilio's speechTimeout="auto" waits for the end of speech; silence
// lasts the Gather's timeout. Every wait is scaled by --pace and jittered from the call's seeded
// stream.

import type { Rng } from './prng.js'
import type { Turn } from './script.js'
import type { GatherVerb, PauseVerb, SayVerb } from './twiml-validator.js'

/** Twilio's text-to-speech voices read about 165 words a minute. */
export const TTS_MS_PER_WORD = 60_000 / 165
/** A worker under stress speaks about 150 words a minute. */
export const SPEECH_MS_PER_WORD = 60_000 / 150
/** speechTimeout="auto": the pause Twilio waits for before deciding the caller has finished. */
export const END_OF_SPEECH_MS = 800
/** ± spread applied to every wait. */
export const JITTER = 0.2

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Time to play prompts (Say and Pause) to the caller. */
export function playbackMs(prompts: readonly (SayVerb | PauseVerb)[]): number {
  let ms = 0
  for (const p of prompts) ms += p.verb === 'Say' ? wordCount(p.text) * TTS_MS_PER_WORD : p.lengthS * 1000
  return ms
}

/** From the TwiML arriving to Twilio posting the Gather's result, unscaled. */
export function turnDurationMs(prompts: readonly (SayVerb | PauseVerb)[], gather: GatherVerb, turn: Turn): number {
  const listened = playbackMs(prompts)
  if (turn.utterance.kind === 'silence' || !gather.input.has('speech')) return listened + gather.timeoutS * 1000
  return listened + turn.pauseMs + wordCount(turn.utterance.text) * SPEECH_MS_PER_WORD + END_OF_SPEECH_MS
}

export function paced(ms: number, pace: number, rng: Rng): number {
  return Math.max(0, Math.round(rng.jitter(ms, JITTER) * pace))
}
