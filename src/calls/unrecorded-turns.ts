import type { FastifyBaseLogger } from 'fastify'
import { classifyRemembered } from '../triage/triage-memo.js'
import type { HistoryRole, Responder } from '../triage/responder-types.js'
import { raiseUrgency, type Urgency } from '../triage/urgency.js'
import type { VoiceReply } from './call-flow.js'
import { CLOSED_RESPONDER, endedByAdmin, HOLD_RESPONDERS, isHeard, orderedMessages, pendingAdminOf, type ActiveCall, type Conversation } from './model.js'
import { latestTurnWith, turnOfPost, turnOfReplay, type HeardPost } from './turn-numbers.js'

// Turns answered while the journal refuses every write (a failed disk, or a data dir another
// host took over). Nothing can be made durable then, so "durable before heard" cannot hold; a
// caller in danger still needs an answer to what they say now, not an apology and their last
// instruction again, turn after turn. What was said lives here, in memory only and bounded, and
// is read together with what was recorded before the failure: later turns, Twilio's retries and
// the fallback see one conversation. Admins do not see these turns (their view is fed by durable
// records) and cannot act on the call any more (every action is a commit); /health's 503 and the
// error log are what tell operators. What admins did before the failure still holds: a held call
// keeps holding, an ended one says goodbye, waiting lines are said once.

/** Calls remembered at once; the oldest is forgotten first (the disk will not be back for them). */
const MAX_CALLS = 1000
/** What a call keeps for the responder to read, newest last. */
const MAX_HISTORY = 40
/** Turns kept per call for Twilio's retries, which only ever repeat a recent turn. */
const MAX_TURNS = 10

/** What was heard under a turn number and what it was answered, recorded or in memory. */
interface HeardTurn {
  /** The caller's words; '' for silence; undefined when only an answer is known (the greeting). */
  words?: string
  /** The number the post came under, when another post already had it (turn-numbers.ts). */
  askedAs?: number
  answer?: Promise<VoiceReply>
  /** A recorded answer's responder: whether it was a supervisor's hold ('hold', 'admin-relay'). */
  responder?: string
}

interface UnrecordedCall {
  urgency: Urgency
  lastTurn: number
  history: { role: HistoryRole; text: string }[]
  turns: Map<number, HeardTurn>
  /** Admin lines and the hand-back already said here: they cannot be marked delivered on disk. */
  said: Set<string>
}

/** The fixed lines call-flow.ts speaks, for the same situations. */
export interface UnrecordedLines {
  greeting: string
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

  /** turn-numbers.ts latestTurnWith over the turns recorded and those answered here. */
  latestTurnWith(callSid: string, call: ActiveCall | null, conversation: Conversation | null, speech: string): number | undefined {
    return latestTurnWith(posts(this.#heard(this.#state(callSid, call), conversation)), speech.trim())
  }

  /** Whether a post of these words (under `turn`, or none) is the call's latest answered turn, recorded or in memory. */
  isLatestAnswered(callSid: string, call: ActiveCall | null, conversation: Conversation | null, speech: string, turn: number | undefined): boolean {
    const state = this.#state(callSid, call)
    const heard = this.#heard(state, conversation)
    const resolved = turnOfReplay(posts(heard), turn, speech.trim(), Math.max(state.lastTurn, ...heard.keys()))
    const answered = [...heard].filter(([, t]) => t.answer).map(([n]) => n)
    return resolved !== undefined && resolved === Math.max(-1, ...answered)
  }

  /** The highest turn answered from memory for this call (0 if none). */
  lastTurnOf(callSid: string): number {
    return this.#calls.get(callSid)?.lastTurn ?? 0
  }

  /**
   * A post of the caller's words, numbered and deduplicated as call-flow.ts does for recorded
   * turns. `call` and `conversation`: what memory still holds from before the failure, if anything.
   */
  answer(input: { callSid: string; speech: string; turn?: number }, call: ActiveCall | null, conversation: Conversation | null): Promise<VoiceReply> {
    const state = this.#state(input.callSid, call)
    const heard = this.#heard(state, conversation)
    const words = input.speech.trim()
    const last = Math.max(state.lastTurn, ...heard.keys())
    let turn: number
    let askedAs: number | undefined
    if (input.turn === undefined) {
      // No number (after the static safety line): the next turn, as on the recorded path.
      turn = last + 1
    } else {
      ;({ turn, askedAs } = turnOfPost(posts(heard), input.turn, words, last))
    }
    const before = heard.get(turn)
    if (before?.answer) return before.answer
    const answer = this.#answer(state, words, turn, call, conversation)
    // A post moved to this turn whose words were recorded before the failure keeps the number it
    // came under, so Twilio's re-sends of it still find it.
    askedAs ??= before?.askedAs
    state.turns.set(turn, { words, ...(askedAs !== undefined ? { askedAs } : {}), answer })
    if (state.turns.size > MAX_TURNS) state.turns.delete(state.turns.keys().next().value as number)
    state.lastTurn = Math.max(state.lastTurn, turn)
    return answer
  }

  /** Twilio's fallback URL for a call answered from memory: its latest answer again, or the greeting. */
  async fallback(callSid: string, call: ActiveCall | null, conversation: Conversation | null, greetingFailed: boolean): Promise<VoiceReply> {
    const { lines } = this.#opts
    const state = this.#state(callSid, call)
    const heard = this.#heard(state, conversation)
    const last = Math.max(state.lastTurn, ...heard.keys())
    const owed = this.#owed(state, call, conversation)
    const nextTurn = last + 1
    const latest = [...heard].filter(([, t]) => t.answer).sort(([a], [b]) => b - a)[0]
    // Whether the caller heard the latest answer cannot be noted any more (the fallback usually
    // follows a late or failed one): it is said again as it was, with the lines it carried, not as
    // a repeat. A closing answer hangs up again.
    const answer = latest && latest[0] > 0 ? await (latest[1].answer as Promise<VoiceReply>) : null
    if (answer?.hangup) return { ...answer, nextTurn }
    if (call && endedByAdmin(call)) return { say: [[...owed, lines.goodbye].join(' ')], nextTurn, hangup: true }
    if (call?.status === 'TAKEN_OVER') {
      // Only a supervisor's hold is said again (answered here, where the call was already held, or
      // recorded as one): Aurora's answer from before the takeover is not current any more.
      const held = latest !== undefined && answer !== null && (state.turns.has(latest[0]) || HOLD_RESPONDERS.has(latest[1].responder ?? ''))
      const said = held ? [...owed, ...answer.say] : owed
      return { say: [said.length > 0 ? said.join(' ') : lines.holding], nextTurn }
    }
    // A hold from before a release is not true any more: the hand-back (owed) and go on.
    const heldBefore = latest !== undefined && !state.turns.has(latest[0]) && HOLD_RESPONDERS.has(latest[1].responder ?? '')
    // Supervisor lines (or the hand-back) waiting: said, and not followed by an older answer they may contradict.
    if (owed.length > 0) return { say: [[...owed, lines.keepTalking].join(' ')], nextTurn }
    if (answer && !heldBefore) return { say: [[...answer.say, lines.keepTalking].join(' ')], nextTurn }
    // A greeting noted late before the failure, and no fallback line since: never heard.
    const messages = orderedMessages(conversation)
    const greetingLate = messages.some((m) => m.event === 'late_answer' && m.turn === 0) && !messages.some((m) => m.responder === 'fallback')
    const greet = !latest || greetingFailed || (latest[0] === 0 && greetingLate)
    return { say: [[...owed, greet ? lines.greeting : lines.keepTalking].join(' ')], nextTurn }
  }

  async #answer(state: UnrecordedCall, speech: string, turn: number, call: ActiveCall | null, conversation: Conversation | null): Promise<VoiceReply> {
    const { lines, log } = this.#opts
    const owed = this.#owed(state, call, conversation)
    if (call && endedByAdmin(call)) return { say: [[...owed, lines.goodbye].join(' ')], nextTurn: turn + 1, hangup: true }
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
    const triage = classifyRemembered(speech)
    // Without this turn's own words: a turn in flight when the disk failed may have them in memory.
    const recorded = orderedMessages(conversation)
      .filter((m) => m.turn !== turn)
      .map((m) => ({ role: m.role, text: m.text }))
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

  /** The turns recorded before the failure, overlaid with those answered here since. */
  #heard(state: UnrecordedCall, conversation: Conversation | null): Map<number, HeardTurn> {
    const heard = new Map<number, HeardTurn>()
    for (const m of orderedMessages(conversation)) {
      if (m.turn === undefined) continue
      const entry = heard.get(m.turn) ?? {}
      if (isHeard(m)) {
        entry.words = m.role === 'user' ? m.text : ''
        if (m.asked_as !== undefined) entry.askedAs = m.asked_as
      } else if (m.role === 'assistant') {
        entry.answer = Promise.resolve({ say: [m.text], nextTurn: m.turn + 1, ...(m.responder === CLOSED_RESPONDER ? { hangup: true as const } : {}) })
        if (m.responder !== undefined) entry.responder = m.responder
      }
      heard.set(m.turn, entry)
    }
    for (const [turn, entry] of state.turns) heard.set(turn, entry)
    return heard
  }

  /**
   * What admins left for the caller before the failure and no answer has said yet: not the lines
   * before a recorded answer (it said them; the failed flush took the mark with it), not those
   * said here already.
   */
  #owed(state: UnrecordedCall, call: ActiveCall | null, conversation: Conversation | null): string[] {
    const owed: string[] = []
    if (call?.handback_pending && !state.said.has(HANDBACK_SAID)) {
      state.said.add(HANDBACK_SAID)
      owed.push(this.#opts.lines.handback)
    }
    const messages = orderedMessages(conversation)
    const answeredUpTo = messages.reduce((seq, m) => (m.role === 'assistant' && m.turn !== undefined && m.seq > seq ? m.seq : seq), 0)
    for (const line of pendingAdminOf(messages)) {
      if (line.seq < answeredUpTo || state.said.has(line.id)) continue
      state.said.add(line.id)
      owed.push(line.text)
    }
    return owed
  }

  #state(callSid: string, call: ActiveCall | null): UnrecordedCall {
    let state = this.#calls.get(callSid)
    if (!state) {
      if (this.#calls.size >= MAX_CALLS) this.#calls.delete(this.#calls.keys().next().value as string)
      state = { urgency: call?.urgency ?? 'UNKNOWN', lastTurn: 0, history: [], turns: new Map(), said: new Set() }
      this.#calls.set(callSid, state)
    }
    return state
  }
}

/** The turns something was heard under, for turn-numbers.ts. */
function posts(heard: ReadonlyMap<number, HeardTurn>): HeardPost[] {
  return [...heard].flatMap(([turn, h]) => (h.words === undefined ? [] : [{ turn, words: h.words, ...(h.askedAs !== undefined ? { askedAs: h.askedAs } : {}) }]))
}
