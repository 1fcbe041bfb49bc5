import type { FastifyBaseLogger } from 'fastify'
import { classify } from '../triage/classify.js'
import type { HistoryRole, Responder } from '../triage/responder-types.js'
import { raiseUrgency, type Urgency } from '../triage/urgency.js'
import type { VoiceReply } from './call-flow.js'
import { lastTurn, orderedMessages, pendingAdminOf, type ActiveCall, type Conversation } from './model.js'

// Turns answered while the journal refuses every write (a failed disk, or a data dir another
// host took over). Nothing can be made durable then, so "durable before heard" cannot hold; a
// caller in danger still needs an answer to what they say now, not an apology and their last
// instruction again, turn after turn. What was said lives here, in memory only and bounded, so
// the caller's later turns and Twilio's retries read it. Admins do not see these turns (their view
// is fed by durable records), and cannot act on the call any more (every action is a commit);
// /health's 503 and the error log are what tell operators. What admins did before the failure
// still holds: a supervisor's call keeps holding, an ended one says goodbye, waiting lines are said.

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
  /** By turn, so a retried turn hears the same words, also while the first is being worked out. */
  answers: Map<number, Promise<VoiceReply>>
  /** Admin lines and the hand-back already said here: they cannot be marked delivered on disk. */
  said: Set<string>
}

/** The fixed lines call-flow.ts speaks, for the same situations. */
export interface UnrecordedLines {
  reprompt: string
  keepTalking: string
  holding: string
  goodbye: string
  handback: string
}

export interface UnrecordedTurnsOptions {
  responder: Responder
  log: FastifyBaseLogger
  lines: UnrecordedLines
}

const HANDBACK_SAID = 'handback'

export class UnrecordedTurns {
  readonly #opts: UnrecordedTurnsOptions
  readonly #calls = new Map<string, UnrecordedCall>()

  constructor(options: UnrecordedTurnsOptions) {
    this.#opts = options
  }

  /** `call` and `conversation`: what memory still holds from before the failure, if anything. */
  answer(input: { callSid: string; speech: string; turn?: number }, call: ActiveCall | null, conversation: Conversation | null): Promise<VoiceReply> {
    const state = this.#state(input.callSid, call)
    const turn = input.turn ?? Math.max(lastTurn(conversation), state.lastTurn) + 1
    const known = state.answers.get(turn)
    if (known) return known
    const reply = this.#answer(state, input.speech.trim(), turn, call, conversation)
    state.answers.set(turn, reply)
    if (state.answers.size > MAX_ANSWERS) state.answers.delete(state.answers.keys().next().value as number)
    state.lastTurn = Math.max(state.lastTurn, turn)
    return reply
  }

  async #answer(state: UnrecordedCall, speech: string, turn: number, call: ActiveCall | null, conversation: Conversation | null): Promise<VoiceReply> {
    const { lines, log } = this.#opts
    const owed = this.#owed(state, call, conversation)
    if (call?.status === 'ENDED' && call.end_reason === 'admin') return { say: [[...owed, lines.goodbye].join(' ')], nextTurn: turn + 1, hangup: true }
    let text: string
    if (call?.status === 'TAKEN_OVER') text = owed.length > 0 ? owed.join(' ') : lines.holding
    else text = [...owed, speech ? await this.#respond(state, speech, turn, call, conversation) : lines.reprompt].join(' ')
    if (speech) {
      state.history.push({ role: 'user', text: speech }, { role: 'assistant', text })
      if (state.history.length > MAX_HISTORY) state.history.splice(0, state.history.length - MAX_HISTORY)
      log.error({ turn, urgency: state.urgency }, 'caller answered without a record: the journal refuses writes')
    }
    return { say: [text], nextTurn: turn + 1 }
  }

  async #respond(state: UnrecordedCall, speech: string, turn: number, call: ActiveCall | null, conversation: Conversation | null): Promise<string> {
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
      state.urgency = raiseUrgency(state.urgency, raiseUrgency(triage.urgency, reply.urgency))
      return reply.text
    } catch (err) {
      this.#opts.log.error({ err }, 'responder failed')
      return this.#opts.lines.keepTalking
    }
  }

  /** What admins left for the caller before the failure and this path has not said yet. */
  #owed(state: UnrecordedCall, call: ActiveCall | null, conversation: Conversation | null): string[] {
    const owed: string[] = []
    if (call?.handback_pending && !state.said.has(HANDBACK_SAID)) {
      state.said.add(HANDBACK_SAID)
      owed.push(this.#opts.lines.handback)
    }
    for (const line of pendingAdminOf(orderedMessages(conversation))) {
      if (state.said.has(line.id)) continue
      state.said.add(line.id)
      owed.push(line.text)
    }
    return owed
  }

  #state(callSid: string, call: ActiveCall | null): UnrecordedCall {
    let state = this.#calls.get(callSid)
    if (!state) {
      if (this.#calls.size >= MAX_CALLS) this.#calls.delete(this.#calls.keys().next().value as string)
      state = { urgency: call?.urgency ?? 'UNKNOWN', lastTurn: 0, history: [], answers: new Map(), said: new Set() }
      this.#calls.set(callSid, state)
    }
    return state
  }
}
