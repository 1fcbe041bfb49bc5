import type { Urgency } from '../triage/urgency.js'

// The tree Aurora keeps locally and mirrors to Firebase, identical in both layers:
//   active_calls/{call_id}
//   active_conversations/{conv_id}/messages/{msg_id}
//   call_history/{call_id}            (ended calls after the grace period, with their conversation)
// Timestamps are ISO-8601 UTC strings: readable in the Firebase console and ordered as text.

export type CallStatus = 'ACTIVE' | 'TAKEN_OVER' | 'ENDED'
export type Role = 'user' | 'assistant' | 'admin' | 'system'

export interface ActiveCall {
  call_id: string
  conversation_id: string
  call_sid: string
  worker_id: string
  worker_name: string
  site: string
  mobile_no: string
  urgency: Urgency
  status: CallStatus
  started_at: string
  last_message_at: string
  ended_at?: string
  end_reason?: string
  instance_id: string
  /** The instance's public URL: where this call's webhooks and admin actions must go (call affinity). */
  instance_url: string
  /** The caller's latest words, for the dashboard's call list. */
  last_text?: string
  hazards?: string
  location?: string
  taken_over_by?: string
  /** When the caller first said responders were with them ("the paramedics are here"). */
  responders_at?: string
  /** The services on scene the caller named, comma-separated ("ambulance,fire"); absent when none was named. */
  responders?: string
  /** Set on release: the caller hears the hand-back line on the next turn. */
  handback_pending?: boolean
  /** Consecutive turns without usable speech. */
  silent_turns?: number
}

export interface Message {
  id: string
  seq: number
  role: Role
  text: string
  created_at: string
  /** The webhook turn that produced it; a retried webhook finds its turn and is not recorded twice. */
  turn?: number
  /**
   * The caller's words (or silence) came under this turn number, which another post already had
   * (a pushed <Gather> given the number of a turn on its way): a re-send of them finds `turn` by it.
   */
  asked_as?: number
  urgency?: Urgency
  sources?: string[]
  responder?: string
  fallback_reason?: string
  confidence?: number
  /** Who did it, for admin and system entries (the audit trail). */
  actor?: string
  /** What happened, for system entries: takeover, release, urgency_override, ended, silence, twilio_error, late_answer, late_answer_heard, ... */
  event?: string
  /** Admin messages: when the caller heard it (spoken on a turn or pushed over Twilio's REST API). */
  delivered_at?: string
}

export interface Conversation {
  conversation_id: string
  call_id: string
  worker_id: string
  urgency: Urgency
  status: CallStatus
  created_at: string
  last_message_at: string
  message_count: number
  messages?: Record<string, Message>
}

export interface ArchivedCall extends ActiveCall {
  archived_at: string
  conversation: Conversation
}

export const callPath = (callId: string): string => `active_calls/${callId}`
export const conversationPath = (convId: string): string => `active_conversations/${convId}`
export const messagePath = (convId: string, msgId: string): string => `active_conversations/${convId}/messages/${msgId}`
export const historyPath = (callId: string): string => `call_history/${callId}`

/** Messages in creation order (ids sort in creation order; seq is the tie-breaker of record). */
export function orderedMessages(conversation: Conversation | null): Message[] {
  if (!conversation?.messages) return []
  return Object.values(conversation.messages).sort((a, b) => a.seq - b.seq)
}

/** The responder of a turn's answer that closed the call (a supervisor ended it): its replay hangs up too. */
export const CLOSED_RESPONDER = 'closed'

/** A supervisor's hold: the holding line, or the supervisor's own lines relayed (call-flow.ts #holdTurn). */
export const HOLD_RESPONDER = 'hold'
export const RELAY_RESPONDER = 'admin-relay'
export const HOLD_RESPONDERS: ReadonlySet<string> = new Set([HOLD_RESPONDER, RELAY_RESPONDER])

/** The caller's words, or the silence recorded in their place: what a turn heard. */
export function isHeard(message: Message): boolean {
  return message.role === 'user' || message.event === 'silence'
}

/** A supervisor ended the call (rather than the caller hanging up). */
export function endedByAdmin(call: ActiveCall): boolean {
  return call.status === 'ENDED' && call.end_reason === 'admin'
}

/** Admin messages the caller has not heard yet, oldest first. */
export function pendingAdminOf(messages: readonly Message[]): Message[] {
  return messages.filter((m) => m.role === 'admin' && !m.delivered_at)
}

/** The highest webhook turn recorded so far (0 when only the greeting was spoken). */
export function lastTurn(conversation: Conversation | null): number {
  let last = 0
  for (const m of Object.values(conversation?.messages ?? {})) if (m.turn !== undefined && m.turn > last) last = m.turn
  return last
}
