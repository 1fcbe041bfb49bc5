import type { FastifyBaseLogger } from 'fastify'
import { classify } from '../triage/classify.js'
import type { HistoryRole, Responder } from '../triage/responder-types.js'
import { raiseUrgency, type Urgency } from '../triage/urgency.js'
import type { VoiceReply } from './call-flow.js'
import { lastTurn, orderedMessages, type ActiveCall, type Conversation } from './model.js'

// Turns answered while the journal refuses every write (a failed disk, or a data dir another
// host took over). Nothing can be made durable then, so "durable before heard" cannot hold; a
// caller in danger still needs an answer to what they say now, not an apology and their last
// instruction again, turn after turn. What was said lives here, in memory only and bounded, so
// the caller's later turns and Twilio's retries read it. Admins do not see these turns (their view
// is fed by durable records); /health's 503 and the error log are what tell operators.

/** Calls remembered at once; the oldest is forgotten first (the disk will not be back for them). */
const MAX_CALLS = 1000
/** What a call keeps for the responder to read, newest last. */
const MAX_HISTORY = 40
/** Answers kept per call for Twilio's retries, which only ever repeat a recent turn. */
const MAX_ANSWERS = 10

interface UnrecordedCall {
  urgency: Urgency
  lastTurn: number
  history: { role: HistoryRole; text: string }[]
  /** By turn, so a retried turn hears the same words. */
  answers: Map<number, VoiceReply>
}

export interface UnrecordedTurnsOptions {
  responder: Responder
  log: FastifyBaseLogger
  /** What an empty or unclear turn hears, and what any turn hears if the responder fails. */
  reprompt: string
  keepTalking: string
}

export class UnrecordedTurns {
  readonly #opts: UnrecordedTurnsOptions
  readonly #calls = new Map<string, UnrecordedCall>()

  constructor(options: UnrecordedTurnsOptions) {
    this.#opts = options
  }

  /** `call` and `conversation`: what memory still holds from before the failure, if anything. */
  async answer(
    input: { callSid: string; speech: string; turn?: number },
    call: ActiveCall | null,
    conversation: Conversation | null,
  ): Promise<VoiceReply> {
    const state = this.#state(input.callSid, call)
    const turn = input.turn ?? Math.max(lastTurn(conversation), state.lastTurn) + 1
    const retried = state.answers.get(turn)
    if (retried) return retried
    const speech = input.speech.trim()
    let text = this.#opts.reprompt
    if (speech) {
      const triage = classify(speech)
      const recorded = orderedMessages(conversation).map((m) => ({ role: m.role, text: m.text }))
      try {
        const reply = await this.#opts.responder.respond({
          text: speech,
          triage,
          callUrgency: state.urgency,
          history: [...recorded, ...state.history, { role: 'user' as const, text: speech }].slice(-MAX_HISTORY),
          ...(call ? { worker: { name: call.worker_name, site: call.site } } : {}),
          turn,
        })
        text = reply.text
        state.urgency = raiseUrgency(state.urgency, raiseUrgency(triage.urgency, reply.urgency))
      } catch (err) {
        this.#opts.log.error({ err }, 'responder failed')
        text = this.#opts.keepTalking
      }
      state.history.push({ role: 'user', text: speech }, { role: 'assistant', text })
      if (state.history.length > MAX_HISTORY) state.history.splice(0, state.history.length - MAX_HISTORY)
      this.#opts.log.error({ turn, urgency: state.urgency, hazards: triage.hazards }, 'caller answered without a record: the journal refuses writes')
    }
    const reply: VoiceReply = { say: [text], nextTurn: turn + 1 }
    state.answers.set(turn, reply)
    if (state.answers.size > MAX_ANSWERS) state.answers.delete(state.answers.keys().next().value as number)
    state.lastTurn = Math.max(state.lastTurn, turn)
    return reply
  }

  #state(callSid: string, call: ActiveCall | null): UnrecordedCall {
    let state = this.#calls.get(callSid)
    if (!state) {
      if (this.#calls.size >= MAX_CALLS) this.#calls.delete(this.#calls.keys().next().value as string)
      state = { urgency: call?.urgency ?? 'UNKNOWN', lastTurn: 0, history: [], answers: new Map() }
      this.#calls.set(callSid, state)
    }
    return state
  }
}

/** The store refuses this and every later commit: nothing will be durable until a restart. */
export function storeRefusesWrites(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'AURORA_ERR_STORE_FAILED' || code === 'AURORA_ERR_STORE_LOCK_LOST'
}
