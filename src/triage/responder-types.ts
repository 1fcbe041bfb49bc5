import type { Triage } from './classify.js'
import type { Hazard } from './hazards.js'
import type { KnownUrgency, Urgency } from './urgency.js'

export type HistoryRole = 'user' | 'assistant' | 'admin' | 'system'

export interface ResponderInput {
  /** The caller's words this turn. */
  text: string
  /** classify(text). */
  triage: Triage
  /** The call's urgency before this turn; the reply never goes below it. */
  callUrgency: Urgency
  /** The conversation so far, oldest first; may already end with this turn's `text`. */
  history: ReadonlyArray<{ role: HistoryRole; text: string }>
  worker?: { name: string; site: string }
  turn: number
}

export type FallbackReason = 'timeout' | 'http_error' | 'bad_output' | 'network'

export interface ResponderReply {
  /** What to say: never empty, at most MAX_SPOKEN_CHARS. */
  text: string
  urgency: KnownUrgency
  /** Playbook entry ids used, or ['llm:<model>']. */
  sources: string[]
  responder: 'playbook' | 'llm' | 'playbook-fallback'
  fallbackReason?: FallbackReason
  /**
   * The hazards the reply is about, as the responder read the turn in the call's light (a tick's
   * head "still stuck in there" is no crush). Absent: the turn's triage says what it names.
   */
  hazards?: Hazard[]
}

export interface Responder {
  readonly name: string
  respond(input: ResponderInput): Promise<ResponderReply>
}
