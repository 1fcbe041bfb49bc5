import { expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { createResponder, type ResponderInput, type ResponderReply } from '../../src/triage/responder.js'
import type { Urgency } from '../../src/triage/urgency.js'

const responder = createResponder({ kind: 'playbook' })

type History = ResponderInput['history']

/** One caller turn as the voice route hands it to the responder. */
export function input(text: string, history: History = [], callUrgency: Urgency = 'UNKNOWN'): ResponderInput {
  return { text, triage: classify(text), callUrgency, history: [...history, { role: 'user', text }], turn: history.length + 1 }
}

/** Plays a call through the playbook responder the way the voice route does, turn after turn. */
export async function call(...utterances: string[]): Promise<ResponderReply[]> {
  const history: Array<{ role: 'user' | 'assistant'; text: string }> = []
  const replies: ResponderReply[] = []
  let urgency: Urgency = 'UNKNOWN'
  for (const text of utterances) {
    const reply = await responder.respond(input(text, history, urgency))
    history.push({ role: 'user', text }, { role: 'assistant', text: reply.text })
    urgency = reply.urgency
    replies.push(reply)
  }
  return replies
}

/** The reply to a call's last turn. */
export function last(replies: readonly ResponderReply[]): ResponderReply {
  const reply = replies[replies.length - 1]
  if (reply === undefined) throw new Error('the call had no turns')
  return reply
}

/**
 * One test per first report: answered from `entry`, and not from `instead` (by default the
 * generic reply to words nothing was read in).
 */
export function itAnswersFrom(table: ReadonlyArray<readonly [string, string] | readonly [string, string, string]>): void {
  it.each(table.map(([said, entry, instead]) => [said, entry, instead ?? 'unclear'] as const))('%j is answered from %s, not %s', async (said, entry, instead) => {
    const reply = last(await call(said))
    expect(reply.sources).toContain(entry)
    expect(reply.sources).not.toContain(instead)
  })
}
