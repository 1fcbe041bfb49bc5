// What a run remembers about each call and webhook, filled in while the calls play and completed
// by the final checks; the summary and the reports are built from it.

import type { CallScript } from './script.js'

export type WebhookKind = 'incoming' | 'gather' | 'redirect' | 'status'

export interface WebhookRecord {
  kind: WebhookKind
  /** The public URL requested. */
  url: string
  /** Aurora's turn number: ?turn=N of the action URL, 0 for /incoming-call, null otherwise. */
  turn: number | null
  /** Index in the script's turns of the line this POST carried, null for the greeting, redirects and callbacks. */
  scriptTurn: number | null
  utterance: 'speech' | 'silence' | null
  /** The words the POST carried (SpeechResult), to check they are what Aurora stored. */
  speech: string | null
  sentAt: number
  receivedAt: number | null
  status: number | null
  /** Valid TwiML (or 2xx for a status callback) came back: the turn must now exist in both layers. */
  acknowledged: boolean
  /** What Twilio would say to the caller (every <Say>, in order). */
  spoken: string
  /** When the turn's messages were all visible in Firebase, once known. */
  firebaseAt: number | null
  /**
   * Commit -> visible in Firebase: the longest of the turn's messages, each from the created_at
   * Aurora stamped when it committed it to its journal. Aurora's clock against the simulator's: on
   * one machine they are the same clock; against a --target on another host, their skew enters.
   */
  firebaseLagMs: number | null
  /** When the turn first appeared on the admin conversation stream, once known. */
  adminAt: number | null
}

export interface CallRecord {
  /** Order the call was placed in (0-based over the whole run). */
  index: number
  job: number
  scenario: string
  label: string
  callSid: string
  from: string
  script: CallScript
  convId: string | null
  startedAt: number
  endedAt: number | null
  webhooks: WebhookRecord[]
  /** Script turns whose reply was heard, by index: what the expectations are checked against. */
  replies: Map<number, WebhookRecord>
  hungUpMidTurn: boolean
}

/** A call about to be placed: what it is, nothing observed yet. */
export function newCallRecord(call: Pick<CallRecord, 'index' | 'job' | 'scenario' | 'label' | 'callSid' | 'from' | 'script' | 'startedAt'>): CallRecord {
  return { ...call, convId: null, endedAt: null, webhooks: [], replies: new Map(), hungUpMidTurn: false }
}

export type FailureKind =
  | 'expectation'
  | 'twiml'
  | 'webhook'
  | 'admin'
  | 'call-state'
  | 'lost-turn'
  | 'duplicate-turn'
  | 'tree-mismatch'
  | 'infrastructure'

export interface Failure {
  kind: FailureKind
  scenario: string
  label: string
  callSid: string
  /** Aurora's turn number when the failure is about one turn. */
  turn: number | null
  /** "sim/scenarios/x.yaml:12": the line that asked for what failed. */
  source: string | null
  message: string
}

export function failureOf(call: CallRecord | null, kind: FailureKind, message: string, turn: number | null = null, source: string | null = null): Failure {
  return {
    kind,
    scenario: call?.scenario ?? '',
    label: call?.label ?? '',
    callSid: call?.callSid ?? '',
    turn,
    source,
    message,
  }
}
