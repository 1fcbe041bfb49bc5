import type { FastifyBaseLogger } from 'fastify'
import { ERR_ADMIN_CONVERSATION_NOT_FOUND, ERR_ADMIN_INVALID_STATE } from '../errors.js'
import type { Urgency } from '../triage/urgency.js'
import { GOODBYE } from './call-flow.js'
import type { CallRepository } from './call-repository.js'
import { isHeard, lastTurn, orderedMessages, pendingAdminOf, type ActiveCall, type Message } from './model.js'
import { renderGoodbye, renderReply } from './twiml.js'
import type { PushTwiml } from './twilio-push.js'
import type { VoiceSettings } from './voice-settings.js'

export interface AdminActionsOptions {
  repo: CallRepository
  /** This instance's public URL: pushed TwiML points the caller's next turn back here. */
  baseUrl: string
  /** How a pushed line is spoken; Twilio's defaults when absent. */
  voice?: VoiceSettings
  /** Present when Twilio REST credentials are configured: admin messages reach the caller at once. */
  push?: PushTwiml
  log: FastifyBaseLogger
}

export interface ActionResult {
  call: ActiveCall
  messages: Message[]
  /**
   * For admin messages: spoken now over Twilio's REST API, queued for the caller's next turn, or
   * already heard (a turn or the fallback said it while it was being recorded).
   */
  delivery?: 'pushed' | 'next_turn' | 'heard'
}

/**
 * Everything a supervisor can do to a live call. Each action is recorded in the conversation as
 * who/what/when (role system, event, actor), so the audit trail lives in both layers.
 */
export class AdminActions {
  readonly #opts: AdminActionsOptions
  /** The tail of each call's pushes in flight (#pushInOrder). */
  readonly #pushes = new Map<string, Promise<void>>()

  constructor(options: AdminActionsOptions) {
    this.#opts = options
  }

  /** The live call behind a conversation held by this instance, or a 404. */
  callFor(convId: string): ActiveCall {
    const conversation = this.#opts.repo.conversation(convId)
    const call = conversation ? this.#opts.repo.call(conversation.call_id) : null
    if (!call) throw new ERR_ADMIN_CONVERSATION_NOT_FOUND(convId)
    return call
  }

  async takeover(convId: string, actor: string): Promise<ActionResult> {
    const call = this.#require(convId, 'take over', ['ACTIVE'])
    const messages = await this.#opts.repo.setStatus(
      call.call_id,
      'TAKEN_OVER',
      [{ role: 'system', text: `${actor} took over the call`, event: 'takeover', actor }],
      { taken_over_by: actor, handback_pending: null },
    )
    return this.#result(call, messages)
  }

  async release(convId: string, actor: string): Promise<ActionResult> {
    const call = this.#require(convId, 'release', ['TAKEN_OVER'])
    const messages = await this.#opts.repo.setStatus(
      call.call_id,
      'ACTIVE',
      [{ role: 'system', text: `${actor} handed the call back to Aurora`, event: 'release', actor }],
      { taken_over_by: null, handback_pending: true },
    )
    return this.#result(call, messages)
  }

  async sendMessage(convId: string, actor: string, text: string): Promise<ActionResult> {
    const call = this.#require(convId, 'send a message on', ['ACTIVE', 'TAKEN_OVER'])
    const messages = await this.#opts.repo.record(call.call_id, { messages: [{ role: 'admin', text, actor, event: 'admin_message' }] })
    const message = messages[0] as Message
    // The line was pending in memory before it was durable: a turn or the fallback may have said it
    // meanwhile, and a push now would interrupt the caller with the same words. Until Twilio
    // accepts a push and it is marked delivered, a turn or the fallback can still take the line
    // as pending and say it too.
    if (this.#heard(call, message)) return { ...this.#result(call, messages), delivery: 'heard' }
    // Only a supervisor's own call is pushed: while Aurora is answering, a push would replace the
    // instruction the caller is about to hear (or is hearing) with this line. The caller's next
    // turn, spoken or silent, says it first.
    const delivery = this.#opts.push && call.status === 'TAKEN_OVER' ? await this.#inOrder(call, () => this.#push(call, message)) : 'next_turn'
    return { ...this.#result(call, messages), delivery }
  }

  /**
   * One push at a time per call, in the order they were asked for: two pushes racing to Twilio
   * could land in the other order, and the caller would be left with the older line, or a line
   * and its <Gather> after the goodbye and <Hangup>.
   */
  #inOrder<T>(call: ActiveCall, task: () => Promise<T>): Promise<T> {
    const previous = this.#pushes.get(call.call_id) ?? Promise.resolve()
    const mine = previous.then(task)
    const settled = mine.then(
      () => undefined,
      () => undefined,
    )
    this.#pushes.set(call.call_id, settled)
    void settled.then(() => {
      if (this.#pushes.get(call.call_id) === settled) this.#pushes.delete(call.call_id)
    })
    return mine
  }

  /**
   * Replaces what the caller is hearing with every supervisor line since they last spoke, in
   * order: a push cuts off the TwiML playing, which may be the line before this one.
   */
  async #push(call: ActiveCall, message: Message): Promise<NonNullable<ActionResult['delivery']>> {
    const { repo, push, baseUrl, voice, log } = this.#opts
    if (this.#heard(call, message)) return 'heard'
    if (!push || repo.call(call.call_id)?.status !== 'TAKEN_OVER') return 'next_turn'
    const conversation = repo.conversationOf(call)
    const lines = linesSinceCallerSpoke(orderedMessages(conversation))
    try {
      await push(call.call_sid, renderReply({ say: lines.map((m) => m.text), nextTurn: lastTurn(conversation) + 1 }, baseUrl, voice))
    } catch (err) {
      // Twilio unreachable or the call already gone: the message stays queued for the next turn.
      log.warn({ err, convId: call.conversation_id }, 'admin message push failed; queued for the next turn')
      return 'next_turn'
    }
    await repo.markDelivered(
      call.call_id,
      lines.filter((m) => !m.delivered_at).map((m) => m.id),
    )
    return 'pushed'
  }

  async overrideUrgency(convId: string, actor: string, urgency: Urgency): Promise<ActionResult> {
    const call = this.#require(convId, 'change the urgency of', ['ACTIVE', 'TAKEN_OVER'])
    const messages = await this.#opts.repo.setUrgency(call.call_id, urgency, [
      { role: 'system', text: `${actor} set urgency ${call.urgency} -> ${urgency}`, event: 'urgency_override', actor, urgency },
    ])
    return this.#result(call, messages)
  }

  async end(convId: string, actor: string): Promise<ActionResult> {
    const call = this.#require(convId, 'end', ['ACTIVE', 'TAKEN_OVER'])
    const messages = await this.#opts.repo.setStatus(
      call.call_id,
      'ENDED',
      [{ role: 'system', text: `${actor} ended the call`, event: 'ended', actor }],
      { ended_at: this.#opts.repo.nowIso(), end_reason: 'admin' },
    )
    const { push, repo, voice, log } = this.#opts
    if (push) {
      await this.#inOrder(call, async () => {
        // Lines still waiting for the caller go first: the hang-up leaves no next turn to say them.
        const owed = pendingAdminOf(orderedMessages(repo.conversationOf(call)))
        try {
          await push(call.call_sid, renderGoodbye([...owed.map((m) => m.text), GOODBYE].join(' '), voice))
        } catch (err) {
          log.warn({ err, convId }, "could not hang up the live call; the caller's next turn says goodbye")
          return
        }
        await repo.markDelivered(call.call_id, owed.map((m) => m.id))
      })
    }
    return this.#result(call, messages)
  }

  #require(convId: string, action: string, allowed: ActiveCall['status'][]): ActiveCall {
    const call = this.callFor(convId)
    if (!allowed.includes(call.status)) throw new ERR_ADMIN_INVALID_STATE(action, call.call_id, call.status)
    return call
  }

  /** Read from memory, not the disk: the fallback marks the lines it says without waiting for a stalled disk. */
  #heard(call: ActiveCall, message: Message): boolean {
    return this.#opts.repo.conversationOf(call)?.messages?.[message.id]?.delivered_at !== undefined
  }

  #result(call: ActiveCall, messages: Message[]): ActionResult {
    return { call: this.#opts.repo.call(call.call_id) ?? call, messages }
  }
}

/** The admin lines recorded after the caller's last words (or silence), oldest first. */
function linesSinceCallerSpoke(messages: readonly Message[]): Message[] {
  let from = 0
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as Message
    if (isHeard(m)) {
      from = i + 1
      break
    }
  }
  return messages.slice(from).filter((m) => m.role === 'admin')
}
