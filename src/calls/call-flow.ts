import type { FastifyBaseLogger } from 'fastify'
import type { Triage } from '../triage/classify.js'
import { isVague, type Hazard } from '../triage/hazards.js'
import { classifyRemembered } from '../triage/triage-memo.js'
import { onSceneAfter } from '../triage/on-scene.js'
import type { Responder, ResponderReply } from '../triage/responder.js'
import { raiseUrgency, urgencyRank } from '../triage/urgency.js'
import { storeRefusesWrites, type CallPatch, type CallRepository, type NewMessage } from './call-repository.js'
import {
  CLOSED_RESPONDER,
  endedByAdmin,
  HOLD_RESPONDER,
  HOLD_RESPONDERS,
  isHeard,
  lastTurn,
  orderedMessages,
  pendingAdminOf,
  RELAY_RESPONDER,
  type ActiveCall,
  type Message,
} from './model.js'
import { heardPosts, latestTurnWith, turnOfPost, turnOfReplay } from './turn-numbers.js'
import { UnrecordedTurns } from './unrecorded-turns.js'

// What the caller hears next, independent of TwiML (routes/voice/twiml.ts renders it).
export interface VoiceReply {
  /** Sentences spoken in order. */
  say: string[]
  /** The turn number the next <Gather> posts back with; every reply but a hang-up keeps the line open. */
  nextTurn: number
  /** Say the words, then end the call: a supervisor closed it. */
  hangup?: true
}

export const GREETING = 'Aurora here. What is your emergency?'
export const REPROMPT = "I didn't catch that. Please tell me again what is happening and where you are."
export const SILENCE_ESCALATION =
  "I can't hear you. I am alerting help to your location now. If you can't speak, stay on the line, and tap or make any sound you can."
export const HOLDING = 'A supervisor is with you on this call. Stay where you are if it is safe, and keep talking to me.'
export const HANDBACK = "You're back with Aurora, the automated safety line."
export const KEEP_TALKING = "I'm still here. Tell me what is happening now."
export const GOODBYE = 'A supervisor has closed this call. If you need help again, call this number back.'

export interface CallFlowOptions {
  repo: CallRepository
  responder: Responder
  log: FastifyBaseLogger
  silentTurnsBeforeEscalation: number
  lowConfidenceThreshold: number
}

export interface SpeechTurn {
  callSid: string
  from: string
  /** From the action URL; absent when Twilio reached us another way (then: the next turn). */
  turn?: number
  speech: string
  confidence?: number
  /** What Firebase says of the call when another instance holds it (and did not answer it). */
  elsewhere?: ActiveCall | null
}

/** Caller-side conversation logic: each webhook event -> durable records -> what to say. */
export class CallFlow {
  readonly #opts: CallFlowOptions
  /** One in-flight turn per (CallSid, turn): a retry that arrives mid-turn waits for the same answer. */
  readonly #inflight = new Map<string, Promise<VoiceReply>>()
  /** Notes and records written after the caller's answer went out (see #inBackground). */
  readonly #background = new Set<Promise<void>>()
  readonly #unrecorded: UnrecordedTurns

  constructor(options: CallFlowOptions) {
    this.#opts = options
    this.#unrecorded = new UnrecordedTurns({
      responder: options.responder,
      log: options.log,
      lines: { greeting: GREETING, reprompt: REPROMPT, keepTalking: KEEP_TALKING, holding: HOLDING, goodbye: GOODBYE, handback: HANDBACK },
    })
  }

  async incomingCall(input: { callSid: string; from: string }): Promise<VoiceReply> {
    const { repo } = this.#opts
    try {
      const { call, created } = await repo.startCall(input)
      if (created) {
        await repo.record(call.call_id, { messages: [{ role: 'assistant', text: GREETING, turn: 0, responder: 'greeting' }] })
        return { say: [GREETING], nextTurn: 1 }
      }
    } catch (err) {
      if (!storeRefusesWrites(err)) throw err
      // The journal refuses writes for good: the call goes on from memory (unrecorded-turns.ts).
    }
    // A retried /incoming-call: carry on from where the call is rather than starting over (turns
    // answered from memory once the journal refused writes count too).
    const call = repo.callBySid(input.callSid)
    const last = Math.max(call ? lastTurn(repo.conversationOf(call)) : 0, this.#unrecorded.lastTurnOf(input.callSid))
    return last === 0 ? { say: [GREETING], nextTurn: 1 } : { say: [KEEP_TALKING], nextTurn: last + 1 }
  }

  async speech(input: SpeechTurn): Promise<VoiceReply> {
    // Once the store has refused a commit for good, every later one fails too: straight to the
    // answer from memory, without starting a responder for an answer that cannot be recorded.
    if (!this.#opts.repo.refusesWrites) {
      try {
        return await this.#recordedSpeech(input)
      } catch (err) {
        if (!storeRefusesWrites(err)) throw err
      }
    }
    const { repo } = this.#opts
    const call = repo.callBySid(input.callSid)
    return this.#unrecorded.answer(input, call, call ? repo.conversationOf(call) : null)
  }

  async #recordedSpeech(input: SpeechTurn): Promise<VoiceReply> {
    const { repo } = this.#opts
    // A live caller we hold no state for (e.g. local state lost, or a misrouted webhook whose
    // holder did not answer it): open a record and keep helping rather than dropping the line.
    const call = repo.callBySid(input.callSid) ?? (await this.#openHere(input, 'a forwarded turn went unanswered'))
    const conversation = repo.conversationOf(call)
    const { turn, askedAs } =
      input.turn === undefined ? { turn: lastTurn(conversation) + 1, askedAs: undefined } : turnOfPost(heardPosts(conversation), input.turn, input.speech.trim(), lastTurn(conversation))
    const key = `${input.callSid}:${turn}`
    const running = this.#inflight.get(key)
    if (running) return running
    const work = this.#speechTurn(call, { ...input, turn, ...(askedAs !== undefined ? { askedAs } : {}) }).finally(() => this.#inflight.delete(key))
    this.#inflight.set(key, work)
    return work
  }

  /** Waits for turns of this call still being processed (a hang-up mid-turn still leaves a complete record). */
  async settled(callSid: string): Promise<void> {
    const prefix = `${callSid}:`
    const pending = [...this.#inflight].filter(([key]) => key.startsWith(prefix)).map(([, p]) => p.catch(() => undefined))
    await Promise.all(pending)
  }

  async #speechTurn(call: ActiveCall, input: SpeechTurn & { turn: number; askedAs?: number }): Promise<VoiceReply> {
    const { repo } = this.#opts
    // Read once per turn (each read copies the conversation): what was said so far, whether this
    // turn was already heard or answered, and admin messages waiting for the caller.
    const messages = orderedMessages(repo.conversationOf(call))
    const answered = messages.find((m) => m.turn === input.turn && m.role === 'assistant')
    if (answered) return { say: [answered.text], nextTurn: input.turn + 1, ...(answered.responder === CLOSED_RESPONDER ? { hangup: true as const } : {}) }
    const heard = messages.some((m) => m.turn === input.turn && isHeard(m))

    const speech = input.speech.trim()
    const triage = speech ? classifyRemembered(speech) : null
    const unclear =
      !speech ||
      (input.confidence !== undefined && input.confidence < this.#opts.lowConfidenceThreshold && triage?.hazards.length === 0)

    // The caller's words are committed first (a lower seq: durable, and shown to admins, before
    // the answer), but the answer is worked out while that write is on its way to the disk, and
    // both usually share one flush. The turn is answered only once both are durable.
    let heardDurable: Promise<unknown> = Promise.resolve()
    if (!heard) {
      const askedAs = input.askedAs !== undefined ? { asked_as: input.askedAs } : {}
      const first: NewMessage = speech
        ? { role: 'user', text: speech, turn: input.turn, ...askedAs, ...(input.confidence !== undefined ? { confidence: input.confidence } : {}) }
        : { role: 'system', text: '(no speech heard)', turn: input.turn, event: 'silence', ...askedAs }
      heardDurable = repo.record(call.call_id, {
        messages: [first],
        patch: {
          silent_turns: unclear ? (call.silent_turns ?? 0) + 1 : null,
          ...(speech ? { last_text: speech.slice(0, 200) } : {}),
          // Supervisors watching many calls see which have help with them, whoever holds the call.
          ...(triage ? onScenePatch(call, triage, repo.nowIso()) : {}),
        },
      })
      // Awaited below; until then a failed commit must not count as an unhandled rejection.
      heardDurable.catch(() => undefined)
    }
    // record() applies its ops to the tree synchronously, so this read includes the patch.
    const current = repo.callBySid(input.callSid) ?? call

    const pendingAdmin = pendingAdminOf(messages)
    let answer: Promise<VoiceReply>
    if (current.status === 'TAKEN_OVER') answer = this.#holdTurn(current, input.turn, pendingAdmin, triage)
    else if (endedByAdmin(current)) answer = this.#closedTurn(current, input.turn, triage, pendingAdmin)
    else if (unclear) answer = this.#unclearTurn(current, input.turn, pendingAdmin)
    else answer = this.#responderTurn(current, input.turn, speech, triage as NonNullable<typeof triage>, messages, pendingAdmin)
    answer.catch(() => undefined)
    await heardDurable
    return answer
  }

  async #responderTurn(
    call: ActiveCall,
    turn: number,
    speech: string,
    triage: Triage,
    messages: readonly Message[],
    adminLines: readonly Message[],
  ): Promise<VoiceReply> {
    const { repo, responder } = this.#opts
    const history = messages.map((m) => ({ role: m.role, text: m.text }))
    let reply: Pick<ResponderReply, 'text' | 'urgency' | 'sources' | 'fallbackReason' | 'hazards'> & { responder: string }
    try {
      reply = await responder.respond({
        text: speech,
        triage,
        callUrgency: call.urgency,
        history,
        worker: { name: call.worker_name, site: call.site },
        turn,
      })
    } catch (err) {
      // The responder has its own deadline and fallback; this is the last line of defence.
      this.#opts.log.error({ err, convId: call.conversation_id }, 'responder failed')
      reply = { text: KEEP_TALKING, urgency: triage.urgency, sources: [], responder: 'none' }
    }
    // The responder may take a while (an LLM, up to its deadline), and an admin may act meanwhile.
    // A takeover wins: the caller hears the supervisor's line, not the responder's. An urgency an
    // admin set while this turn was thinking stands: they chose it having seen these very words.
    const now = repo.callBySid(call.call_sid) ?? call
    let lines = adminLines
    if (now !== call) {
      lines = pendingAdminOf(orderedMessages(repo.conversationOf(now)))
      if (now.status === 'TAKEN_OVER') return this.#holdTurn(now, turn, lines, triage)
    }
    // The playbook reads the turn's triage in the call's light ("the head's still stuck in there"
    // after a tick is no crush, whatever the words alone were read as): its urgency is the turn's.
    // Any other responder's is floored at the triage, in case it rates a turn lower than the words.
    const turnUrgency = READS_THE_TRIAGE.has(reply.responder) ? reply.urgency : raiseUrgency(triage.urgency, reply.urgency)
    const urgency = now.urgency !== call.urgency ? now.urgency : raiseUrgency(call.urgency, turnUrgency)
    const text = [...owedToCaller(now, lines), reply.text].join(' ')
    await repo.record(call.call_id, {
      messages: [
        {
          role: 'assistant',
          text,
          turn,
          urgency,
          sources: reply.sources,
          responder: reply.responder,
          ...(reply.fallbackReason ? { fallback_reason: reply.fallbackReason } : {}),
        },
      ],
      patch: {
        urgency,
        // As with urgency: the playbook's reading of the turn, not its words' alone, for the dashboard.
        ...hazardsPatch(call, triage, READS_THE_TRIAGE.has(reply.responder) ? reply.hazards : undefined),
        ...(triage.location ? { location: triage.location } : {}),
        ...(now.handback_pending ? { handback_pending: null } : {}),
      },
    })
    await repo.markDelivered(call.call_id, lines.map((m) => m.id))
    return { say: [text], nextTurn: turn + 1 }
  }

  /**
   * A silent or unclear turn still carries what is owed to the caller: the hand-back line and
   * an admin's waiting words. A caller who cannot speak is the one who most needs to hear them.
   */
  async #unclearTurn(call: ActiveCall, turn: number, adminLines: readonly Message[]): Promise<VoiceReply> {
    const { repo } = this.#opts
    const silent = call.silent_turns ?? 0
    const escalate = silent >= this.#opts.silentTurnsBeforeEscalation
    const urgency = escalate ? raiseUrgency(call.urgency, 'HIGH') : call.urgency
    const text = [...owedToCaller(call, adminLines), escalate ? SILENCE_ESCALATION : REPROMPT].join(' ')
    const messages: NewMessage[] = [{ role: 'assistant', text, turn, urgency, responder: escalate ? 'silence-escalation' : 'reprompt' }]
    if (escalate && urgencyRank(urgency) > urgencyRank(call.urgency)) {
      messages.unshift({ role: 'system', text: `No usable speech for ${silent} turns: urgency raised to ${urgency}`, event: 'silence_escalation', actor: 'aurora' })
    }
    await repo.record(call.call_id, { messages, patch: { urgency, ...(call.handback_pending ? { handback_pending: null } : {}) } })
    await repo.markDelivered(call.call_id, adminLines.map((m) => m.id))
    return { say: [text], nextTurn: turn + 1 }
  }

  /**
   * A supervisor holds the call: the caller hears their lines, or that they are there. The words
   * are still triaged, so the call's urgency and hazards keep up with what the caller says and
   * the list of calls keeps ranking it right.
   */
  async #holdTurn(call: ActiveCall, turn: number, adminLines: readonly Message[], triage: Triage | null): Promise<VoiceReply> {
    const { repo } = this.#opts
    const text = adminLines.length > 0 ? adminLines.map((m) => m.text).join(' ') : HOLDING
    const { urgency, patch } = triagePatch(call, triage)
    await repo.record(call.call_id, { messages: [{ role: 'assistant', text, turn, urgency, responder: adminLines.length > 0 ? RELAY_RESPONDER : HOLD_RESPONDER }], patch })
    await repo.markDelivered(call.call_id, adminLines.map((m) => m.id))
    return { say: [text], nextTurn: turn + 1 }
  }

  /**
   * A supervisor ended the call, but the caller is still on the line: no Twilio REST credentials
   * to hang up with, or the hang-up failed, or crossed this turn. They hear the supervisors' lines
   * still waiting, then the closing line, as a push would have said them, and the call ends; their
   * words stay in the record, triaged.
   */
  async #closedTurn(call: ActiveCall, turn: number, triage: Triage | null, adminLines: readonly Message[]): Promise<VoiceReply> {
    const { repo } = this.#opts
    const { urgency, patch } = triagePatch(call, triage)
    const text = [...adminLines.map((m) => m.text), GOODBYE].join(' ')
    await repo.record(call.call_id, { messages: [{ role: 'assistant', text, turn, urgency, responder: CLOSED_RESPONDER }], patch })
    await repo.markDelivered(call.call_id, adminLines.map((m) => m.id))
    return { say: [text], nextTurn: turn + 1, hangup: true }
  }

  /**
   * Twilio's Fallback URL: record why Twilio came here, and answer from local state. When the
   * request carries the words of the turn that failed, that turn is played again (once: turns are
   * idempotent), so the caller's words are neither lost nor answered twice.
   */
  async fallback(input: {
    callSid: string
    from: string
    errorCode?: string
    errorUrl?: string
    elsewhere?: ActiveCall | null
    /** Without a turn: the call's next one. */
    retry?: { speech: string; turn?: number; confidence?: number }
    /** Twilio came here because /incoming-call failed: the caller has not heard the greeting. */
    greetingFailed?: boolean
  }): Promise<VoiceReply> {
    const { repo } = this.#opts
    if (repo.refusesWrites) return this.#fallbackFromMemory(input)
    // The instance holding the call failed Twilio, which came here.
    const call = repo.callBySid(input.callSid) ?? (await this.#openHere(input, 'a Twilio fallback'))
    // Why Twilio came here is a note for the admins, not something the caller's answer depends
    // on: the answer does not wait for it to reach the disk (a stalled disk may be why we are here).
    const noted = repo.record(call.call_id, {
      messages: [
        {
          role: 'system',
          text: `Twilio fallback: error ${input.errorCode ?? 'unknown'}${input.errorUrl ? ` on ${input.errorUrl}` : ''}`,
          event: 'twilio_error',
          actor: 'twilio',
        },
      ],
    })
    this.#inBackground(noted, 'the twilio fallback')
    // The note is a system entry without a turn: it changes none of what is read below.
    const conversation = repo.conversationOf(call)
    const messages = orderedMessages(conversation)
    // The failed webhook's words: its turn is played again (once: turns are idempotent), unless
    // its answer was recorded and a supervisor acted since (below).
    let lost = false
    if (input.retry) {
      const posts = heardPosts(conversation)
      const words = input.retry.speech.trim()
      // A turn posted without a number (after the static safety line) whose words are the latest
      // recorded: it was heard, and only its answer was lost. Played again, not heard twice.
      const turn = input.retry.turn ?? latestTurnWith(posts, words)
      const resolved = turnOfReplay(posts, input.retry.turn, words, lastTurn(conversation))
      lost = resolved !== undefined && latestAnswer(messages)?.turn === resolved && supervisorActed(call, messages)
      if (!lost) return this.speech({ callSid: input.callSid, from: input.from, ...input.retry, ...(turn !== undefined ? { turn } : {}) })
    }
    const nextTurn = lastTurn(conversation) + 1
    if (endedByAdmin(call)) {
      // The closing turn's answer was lost (late, or Twilio failed it): said again, with the lines
      // it carried (marked delivered when it was recorded), and the call ends.
      const closing = latestAnswer(messages)
      const closed = closing?.responder === CLOSED_RESPONDER
      const owed = closed ? [] : pendingAdminOf(messages)
      const text = closed ? (closing as Message).text : [...owed.map((m) => m.text), GOODBYE].join(' ')
      this.#inBackground(repo.record(call.call_id, { messages: [{ role: 'assistant', text, responder: FALLBACK_RESPONDER }] }), 'what the fallback said')
      this.#inBackground(repo.markDelivered(call.call_id, owed.map((m) => m.id)), 'the admin lines the fallback said')
      return { say: [text], nextTurn, hangup: true }
    }
    // The latest turn's answer. By turn, not seq: a greeting whose call record stalled is recorded
    // only once the disk recovers, after the caller's first words.
    const instruction = latestAnswer(messages)
    // A supervisor is or was on the call, or left lines for it: their rules, not a plain repeat.
    const held = instruction !== undefined && HOLD_RESPONDERS.has(instruction.responder ?? '')
    if (held || supervisorActed(call, messages)) return this.#fallbackForSupervisor(call, messages, instruction, held, lost, nextTurn)
    // The greeting is not an instruction to repeat: once heard, the caller is asked to go on. (A
    // greeting whose call record stalled may not be recorded yet: only its late note says so.)
    const greeting = !instruction || instruction.responder === 'greeting'
    // Any fallback line counts as the greeting said: a late greeting is recorded after them.
    // A greeting whose webhook failed at Twilio's end was never heard, unless a fallback said it.
    const greetingLost = input.greetingFailed === true && !messages.some((m) => m.responder === FALLBACK_RESPONDER)
    const news = greeting ? greetingLost || unheard(messages, 0, -1) : unheard(messages, instruction.turn as number, instruction.seq)
    if (!news) {
      return { say: greeting ? [KEEP_TALKING] : [`Let me repeat: ${instruction.text}`, KEEP_TALKING], nextTurn }
    }
    // The caller got the apology instead of this answer, or of the greeting and does not know who
    // answered: it is news to them, and the transcript must show they heard it here. Not waited
    // for, as the note above is not (the disk may be stalled); the message is in memory at once,
    // so a second fallback finds it and does not say it as new again.
    const say = greeting ? [GREETING] : [instruction.text, KEEP_TALKING]
    this.#inBackground(repo.record(call.call_id, { messages: [{ role: 'assistant', text: say.join(' '), responder: FALLBACK_RESPONDER }] }), 'what the fallback said')
    // The late turn carried the admin lines waiting before it; it marks them delivered only once
    // its own answer is durable, so the next turn would say them a second time.
    const carried = instruction ? pendingAdminOf(messages).filter((m) => m.seq < instruction.seq) : []
    this.#inBackground(repo.markDelivered(call.call_id, carried.map((m) => m.id)), 'the admin lines the fallback said')
    return { say, nextTurn }
  }

  /**
   * The fallback on a call a supervisor holds or held, or has lines waiting for. Aurora's
   * instructions from before a takeover are not current, a hold from before a release is not true
   * any more, and an old instruction repeated after a supervisor's line could contradict it. The
   * caller hears what they missed of the latest answer (a supervisor's lines, or Aurora's whole
   * answer on a call Aurora has), the lines still waiting, and the holding line on a held call
   * with nothing else to say, or the hand-back line and "go on" on one Aurora has again.
   */
  #fallbackForSupervisor(call: ActiveCall, messages: readonly Message[], instruction: Message | undefined, held: boolean, lost: boolean, nextTurn: number): VoiceReply {
    const { repo } = this.#opts
    const missed = instruction !== undefined && instruction.responder !== 'greeting' && (lost || unheard(messages, instruction.turn as number, instruction.seq))
    const carried = missed ? carriedBy(messages, instruction as Message) : []
    const owed = pendingAdminOf(messages).filter((m) => !carried.includes(m))
    let say: string[]
    if (call.status === 'TAKEN_OVER') {
      const lines = [...carried, ...owed].map((m) => m.text)
      say = [lines.length > 0 ? lines.join(' ') : HOLDING]
    } else {
      const missedWords = !missed ? [] : held ? carried.map((m) => m.text) : [(instruction as Message).text]
      say = [...(call.handback_pending ? [HANDBACK] : []), ...missedWords, ...owed.map((m) => m.text), KEEP_TALKING]
    }
    const patch: CallPatch = call.status !== 'TAKEN_OVER' && call.handback_pending ? { handback_pending: null } : {}
    this.#inBackground(repo.record(call.call_id, { messages: [{ role: 'assistant', text: say.join(' '), responder: FALLBACK_RESPONDER }], patch }), 'what the fallback said')
    this.#inBackground(repo.markDelivered(call.call_id, [...carried, ...owed].filter((m) => !m.delivered_at).map((m) => m.id)), 'the admin lines the fallback said')
    return { say, nextTurn }
  }

  /**
   * The fallback once the journal refuses writes: nothing can be noted or opened, and the latest
   * turns may be in memory only (unrecorded-turns.ts). A failed turn's words are answered there.
   */
  #fallbackFromMemory(input: { callSid: string; from: string; retry?: { speech: string; turn?: number; confidence?: number }; greetingFailed?: boolean }): Promise<VoiceReply> {
    const { repo } = this.#opts
    const call = repo.callBySid(input.callSid)
    const conversation = call ? repo.conversationOf(call) : null
    // As on the recorded path: an answered turn is not played again once a supervisor has acted.
    const lost =
      input.retry !== undefined &&
      call !== null &&
      supervisorActed(call, orderedMessages(conversation)) &&
      this.#unrecorded.isLatestAnswered(input.callSid, call, conversation, input.retry.speech, input.retry.turn)
    if (input.retry && !lost) {
      const turn = input.retry.turn ?? this.#unrecorded.latestTurnWith(input.callSid, call, conversation, input.retry.speech)
      return this.speech({ callSid: input.callSid, from: input.from, ...input.retry, ...(turn !== undefined ? { turn } : {}) })
    }
    return this.#unrecorded.fallback(input.callSid, call, conversation, input.greetingFailed === true)
  }

  /**
   * A turn's webhook answered late (answerWithin): the caller heard the apology, whatever answer
   * the turn records. Noted for the admins once per turn (a retried webhook may be late again),
   * without delaying the apology: the disk may be why the turn was late.
   */
  recordLateAnswer(callSid: string, turn: number | undefined, speech?: string): void {
    const { repo } = this.#opts
    const call = repo.callBySid(callSid)
    if (!call) return
    const conversation = repo.conversationOf(call)
    // Without a turn in the URL the turn was the call's next one, whose words are in memory by now
    // (unless the call was opened here and its record stalled: it is still a speech turn, never
    // the greeting's). With one, the words under it are in memory too: the turn they became is
    // found as a re-send of them would find it.
    const late =
      turn === undefined
        ? Math.max(1, lastTurn(conversation))
        : speech === undefined
          ? turn
          : turnOfPost(heardPosts(conversation), turn, speech.trim(), lastTurn(conversation)).turn
    if (notedLate(orderedMessages(conversation), late)) return
    const what = late === 0 ? 'The greeting' : `The answer to turn ${late}`
    this.#note(call, { role: 'system', text: `${what} was late: the caller heard an apology`, event: LATE_ANSWER, actor: 'aurora', turn: late }, 'a late answer')
  }

  /**
   * A webhook for a turn noted late answered in time (Twilio retried it): the caller heard the
   * turn's answer after all, so the fallback must repeat it, not say it as new (unheard()). Noted
   * once per turn, not waited for, as the late note is. A turn never noted late gets no note.
   */
  recordHeardAfterAll(callSid: string, turn: number): void {
    const { repo } = this.#opts
    const call = repo.callBySid(callSid)
    if (!call) return
    // Every answered turn comes here: no copy and sort of the conversation, only a scan.
    const messages = Object.values(repo.conversationOf(call)?.messages ?? {})
    if (!notedLate(messages, turn) || notedHeard(messages, turn)) return
    const text = `The answer to turn ${turn} was heard after all: a retried webhook said it`
    this.#note(call, { role: 'system', text, event: HEARD_AFTER_ALL, actor: 'aurora', turn }, 'a late answer heard after all')
  }

  /** A note for the admins that the caller's answer does not wait for: the disk may be why it is written. */
  #note(call: ActiveCall, message: NewMessage, what: string): void {
    this.#inBackground(this.#opts.repo.record(call.call_id, { messages: [message] }), what)
  }

  /** A write no answer waits for; backgroundWritten() does, and a failure is logged, never thrown. */
  #inBackground(write: Promise<unknown>, what: string): void {
    const tracked = write.then(
      () => undefined,
      (err: unknown) => this.#opts.log.error({ err }, `could not record ${what}`),
    )
    this.#background.add(tracked)
    void tracked.finally(() => this.#background.delete(tracked))
  }

  /** Resolves once every write started in the background so far has reached the disk (or failed). */
  async backgroundWritten(): Promise<void> {
    await Promise.all([...this.#background])
  }

  /**
   * Opens a record for a call this instance does not hold. When another instance held it, the
   * call carries on with what Firebase says of it (urgency, hazards, last words), not from scratch.
   */
  async #openHere(input: { callSid: string; from: string; elsewhere?: ActiveCall | null | undefined }, why: string): Promise<ActiveCall> {
    const { repo } = this.#opts
    const { call } = await repo.startCall({ callSid: input.callSid, from: input.from })
    const before = input.elsewhere
    if (!before) return call
    await repo.record(call.call_id, {
      messages: [{ role: 'system', text: `Continued from instance ${before.instance_id} (${before.call_id}) after ${why}`, event: 'moved', actor: 'twilio' }],
      patch: {
        urgency: raiseUrgency(call.urgency, before.urgency),
        ...(before.hazards ? { hazards: before.hazards } : {}),
        ...(before.location ? { location: before.location } : {}),
        ...(before.last_text ? { last_text: before.last_text } : {}),
        // What a supervisor did there holds here: a held call stays held, an ended one says
        // goodbye (a call its caller ended is live again, since Twilio still reaches us for it).
        ...(before.status === 'TAKEN_OVER' ? { status: 'TAKEN_OVER', taken_over_by: before.taken_over_by ?? null } : {}),
        ...(endedByAdmin(before) ? { status: 'ENDED', end_reason: 'admin', ended_at: before.ended_at ?? repo.nowIso() } : {}),
      },
    })
    return repo.callBySid(input.callSid) ?? call
  }

  /** Status callback: a terminal status ends the call once its in-flight turns are recorded. */
  async statusCallback(input: { callSid: string; status: string; duration?: string }): Promise<'ended' | 'ignored'> {
    if (!TERMINAL_STATUSES.has(input.status)) return 'ignored'
    await this.settled(input.callSid)
    const { repo } = this.#opts
    const call = repo.callBySid(input.callSid)
    if (!call || call.status === 'ENDED') return 'ignored'
    await repo.setStatus(
      call.call_id,
      'ENDED',
      [{ role: 'system', text: `Call ended (${input.status}${input.duration ? `, ${input.duration}s` : ''})`, event: 'ended', actor: 'twilio' }],
      { ended_at: repo.nowIso(), end_reason: input.status },
    )
    return 'ended'
  }
}

export const TERMINAL_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled'])

/** Responders whose urgency already reads the turn's triage (playbook-responder.ts), fallbacks included. */
const READS_THE_TRIAGE: ReadonlySet<string> = new Set(['playbook', 'playbook-fallback'])
const LATE_ANSWER = 'late_answer'
const HEARD_AFTER_ALL = 'late_answer_heard'
const FALLBACK_RESPONDER = 'fallback'

const notedFor =
  (event: string) =>
  (messages: readonly Message[], turn: number): boolean =>
    messages.some((m) => m.event === event && m.turn === turn)
const notedLate = notedFor(LATE_ANSWER)
const notedHeard = notedFor(HEARD_AFTER_ALL)

/**
 * The answer to `turn` came too late (its webhook answered the apology), no retried webhook said
 * it in time since, and no fallback has spoken after seq.
 */
function unheard(messages: readonly Message[], turn: number, seq: number): boolean {
  return notedLate(messages, turn) && !notedHeard(messages, turn) && !messages.some((m) => m.responder === FALLBACK_RESPONDER && m.seq > seq)
}


/**
 * The supervisor lines an answer carried: waiting before it was recorded, and not heard before
 * (still pending, or marked delivered by that answer itself once it was durable).
 */
function carriedBy(messages: readonly Message[], answer: Message): Message[] {
  return messages.filter((m) => m.role === 'admin' && m.seq < answer.seq && (m.delivered_at === undefined || m.delivered_at >= answer.created_at))
}


/**
 * A supervisor holds the call, ended it, released it (the hand-back not said yet), or left lines
 * waiting: Aurora's latest answer is not the whole of what the caller should hear now.
 */
function supervisorActed(call: ActiveCall, messages: readonly Message[]): boolean {
  return call.status === 'TAKEN_OVER' || endedByAdmin(call) || call.handback_pending === true || pendingAdminOf(messages).length > 0
}

/** The answer of the highest turn (the fallback's own lines have none). */
function latestAnswer(messages: readonly Message[]): Message | undefined {
  let latest: Message | undefined
  for (const m of messages) {
    if (m.role !== 'assistant' || m.turn === undefined) continue
    if (!latest || (m.turn as number) > (latest.turn as number) || (m.turn === latest.turn && m.seq > latest.seq)) latest = m
  }
  return latest
}

/** What a turn owes the caller before its own answer: the hand-back line after a release, then the admin's waiting words. */
function owedToCaller(call: ActiveCall, adminLines: readonly Message[]): string[] {
  return [...(call.handback_pending ? [HANDBACK] : []), ...adminLines.map((m) => m.text)]
}

/** What a turn's triage changes on a call no responder answers: urgency only rises. */
function triagePatch(call: ActiveCall, triage: Triage | null): { urgency: ActiveCall['urgency']; patch: CallPatch } {
  if (!triage) return { urgency: call.urgency, patch: {} }
  const urgency = raiseUrgency(call.urgency, triage.urgency)
  return {
    urgency,
    patch: {
      ...(urgency !== call.urgency ? { urgency } : {}),
      ...hazardsPatch(call, triage),
      ...(triage.location ? { location: triage.location } : {}),
    },
  }
}

/**
 * The hazards a turn adds to the call: those the responder read it as (`read`), or else those it
 * names, or, while the call has none, those its looser words suggest, as the playbook answers
 * them (hint-vocabulary.ts).
 */
function hazardsPatch(call: ActiveCall, triage: Triage, read?: readonly Hazard[]): Pick<CallPatch, 'hazards'> {
  const heard = read ?? [...(!call.hazards && triage.hazards.every(isVague) ? triage.hinted ?? [] : []), ...triage.hazards]
  return heard.length > 0 ? { hazards: mergeList(call.hazards, heard) } : {}
}

function mergeList(existing: string | undefined, added: readonly string[]): string {
  const all = new Set([...(existing ? existing.split(',') : []), ...added])
  return [...all].join(',')
}

/** The call's "Help on scene" fields after this turn: set on an arrival, kept or cleared on a wait (on-scene.ts). */
function onScenePatch(call: ActiveCall, triage: Triage, now: string): Pick<CallPatch, 'responders_at' | 'responders'> {
  if (triage.helpArrived !== true && triage.helpAwaited !== true) return {}
  const before = { here: call.responders_at !== undefined, services: call.responders?.split(',') ?? [] }
  const after = onSceneAfter(before, triage)
  if (!after.here) return before.here ? { responders_at: null, responders: null } : {}
  const services = after.services.join(',')
  return {
    ...(before.here ? {} : { responders_at: now }),
    ...(services !== (call.responders ?? '') ? { responders: services === '' ? null : services } : {}),
  }
}
