import { readFile } from 'node:fs/promises'
import { classify } from '../../src/triage/classify.js'
import { createResponder, type ResponderReply } from '../../src/triage/responder.js'
import type { Urgency } from '../../src/triage/urgency.js'

// The calls first-aid reviewers played through the offline responder (sim/first-aid/README.md),
// and a player that answers them exactly as the voice route would, turn after turn.

export interface ReviewCall {
  readonly title: string
  readonly turns: readonly string[]
}

export const REVIEW_CALLS_FILE = new URL('./review-calls.json', import.meta.url)

/** The call sets by review ("review6" ... "review9"). */
export async function loadReviewCalls(file: URL = REVIEW_CALLS_FILE): Promise<Record<string, ReviewCall[]>> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as { sets?: Record<string, ReviewCall[]> }
  if (doc.sets === undefined || typeof doc.sets !== 'object') throw new Error(`${file.pathname}: no "sets"`)
  return doc.sets
}

export interface PlayedTurn {
  readonly said: string
  readonly reply: ResponderReply
}

/** Plays one call through the playbook responder, as the voice route hands it each turn. */
export async function playCall(call: ReviewCall, responder = createResponder({ kind: 'playbook' })): Promise<PlayedTurn[]> {
  const history: Array<{ role: 'user' | 'assistant'; text: string }> = [{ role: 'assistant', text: 'Aurora here. What is your emergency?' }]
  const played: PlayedTurn[] = []
  let urgency: Urgency = 'UNKNOWN'
  for (const said of call.turns) {
    const reply = await responder.respond({ text: said, triage: classify(said), callUrgency: urgency, history: [...history, { role: 'user', text: said }], turn: history.length })
    history.push({ role: 'user', text: said }, { role: 'assistant', text: reply.text })
    urgency = reply.urgency
    played.push({ said, reply })
  }
  return played
}
