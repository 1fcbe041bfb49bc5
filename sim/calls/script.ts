// The step types a scenario file is turned into (scenario-loader.ts builds them; call-session.ts
// plays them). Times are milliseconds of simulated caller behaviour, scaled by the run's --pace.

import type { Urgency } from '../../src/triage/urgency.js'

/** Where a step came from, so a failure points at the line that asked for it. */
export interface SourceRef {
  file: string
  line: number
}

export type Utterance =
  | { kind: 'speech'; text: string; /** Twilio's Confidence, 0..1. */ confidence: number }
  /** The Gather hears nothing: its action is posted with an empty SpeechResult (actionOnEmptyResult). */
  | { kind: 'silence' }

export interface TurnExpectation {
  /** The call's urgency once this turn was answered (the latest urgency recorded up to its reply). */
  urgencyAtLeast?: Urgency
  urgencyAtMost?: Urgency
  /** Every phrase must occur in the spoken reply (case-insensitive). */
  mentions?: string[]
  /** At least one of them must occur. */
  mentionsAny?: string[]
  /** None of them may occur. */
  notMentions?: string[]
  /** The `responder` Aurora recorded on its reply (playbook, reprompt, silence-escalation, hold, admin-relay). */
  responder?: string
}

export interface Turn {
  utterance: Utterance
  /** The caller's hesitation after Aurora finished speaking, before they start talking. */
  pauseMs: number
  expect: TurnExpectation
  source: SourceRef
}

export type AdminActionKind = 'takeover' | 'release' | 'message' | 'urgency' | 'end'

export interface AdminStep {
  /** Runs after the reply to the previous turn is heard, before the caller speaks this turn (1-based). */
  beforeTurn: number
  action: AdminActionKind
  text?: string
  urgency?: Urgency
  source: SourceRef
}

/**
 * How the caller leaves: `hangup` after hearing the last reply; `hangup-mid-turn` speaks the last
 * turn and hangs up while Aurora is still answering it (the status callback races the webhook).
 */
export type CallEnd = 'hangup' | 'hangup-mid-turn'

export interface CallExpectation {
  urgencyAtLeast?: Urgency
  urgencyAtMost?: Urgency
  /** Final status in both layers (the simulator always expects ENDED unless told otherwise). */
  status?: 'ACTIVE' | 'TAKEN_OVER' | 'ENDED'
}

export interface CallScript {
  /** "fire-zone-a" or "same-number-twice#2". */
  label: string
  from: string
  /** Aurora's number, Twilio's `To`. */
  to: string
  /** The worker_id the directory should give this number ("unknown" for a stranger); unchecked when absent. */
  worker?: string
  /** Wait before dialling, after the previous call of the scenario ended (or the scenario started). */
  delayMs: number
  turns: Turn[]
  admin: AdminStep[]
  end: CallEnd
  expect: CallExpectation
  source: SourceRef
}

export type FaultKind = 'latency' | 'outage' | 'drop' | 'stall' | 'reject-writes'

/** Firebase trouble on the path Aurora's mirror uses, in run time (ms since the run started). */
export interface FaultWindow {
  kind: FaultKind
  atMs: number
  /** 0 for `drop`, which is an instant (every Firebase connection is cut once). */
  forMs: number
  /** `latency` only: added to each direction. */
  latencyMs?: number
  /** Repeat every this many ms until the run ends. */
  everyMs?: number
  /** Seeded ± spread applied to each repetition's start, in ms. */
  jitterMs?: number
  source: SourceRef
}

export interface Scenario {
  name: string
  description: string
  file: string
  /** Played one after the other: "the same number calling twice in a row" is two calls. */
  calls: CallScript[]
  faults: FaultWindow[]
}

/** A fault profile file (sim/scenarios/faults/*.yaml): a named timeline with no calls. */
export interface FaultProfile {
  name: string
  description: string
  file: string
  faults: FaultWindow[]
}
