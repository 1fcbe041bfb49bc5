// The bench's callers: each call is /incoming-call, then 3-6 /process-speech turns with speech from
// the scenario library (some silent or low-confidence), then a `completed` status callback, every
// request signed as Twilio signs it against the target's PUBLIC_URL. CallSids are unique per run
// and segment, so every request creates or extends real state and does the real work (signature
// check, triage, a durable journal commit, the mirror's copy).
//
// The ledger records what the target acknowledged, turn by turn: afterwards Firebase must hold
// each acknowledged turn exactly once (the "zero lost turns" check).

import { APOLOGY } from '../../src/calls/twiml.js'
import { createRng, type Rng } from '../../sim/calls/prng.js'
import type { Utterance } from '../../sim/calls/script.js'
import { gatherParams, incomingCallParams, statusCallbackParams, TwilioClient, type CallIdentity } from '../../sim/calls/twilio-client.js'
import type { SpeechLibrary } from './utterances.js'

export type WebhookKind = 'incoming' | 'speech' | 'status'

export interface Webhook {
  kind: WebhookKind
  callSid: string
  /** The Gather turn a speech webhook answers (0 for incoming, -1 for status). */
  turn: number
  /** Path and query on the target, e.g. /process-speech?turn=2. */
  path: string
  /** Form-encoded body and its X-Twilio-Signature. */
  body: string
  signature: string
}

/** How an answer counts: `ok` is a 2xx with the expected content; everything else is an error. */
export type Outcome = 'ok' | 'apology' | 'bad-twiml' | 'non-2xx'

export const WEBHOOK_HEADERS = {
  'content-type': 'application/x-www-form-urlencoded',
  'user-agent': 'TwilioProxy/1.1',
} as const

const MIN_TURNS = 3
export const MAX_TURNS = 6
const APOLOGY_MARK = APOLOGY.slice(0, 22) // "Sorry, I had a problem"

/** One acknowledged call, as sent to the Firebase side for checking. */
export interface AckedCall {
  callSid: string
  incoming: boolean
  turns: number[]
  ended: boolean
}

export class Ledger {
  readonly #calls = new Map<string, AckedCall>()

  acknowledge(webhook: Webhook): void {
    let call = this.#calls.get(webhook.callSid)
    if (!call) {
      call = { callSid: webhook.callSid, incoming: false, turns: [], ended: false }
      this.#calls.set(webhook.callSid, call)
    }
    if (webhook.kind === 'incoming') call.incoming = true
    else if (webhook.kind === 'speech') call.turns.push(webhook.turn)
    else call.ended = true
  }

  get calls(): AckedCall[] {
    return [...this.#calls.values()]
  }

  /** Acknowledged webhooks that must each have left exactly one trace in Firebase. */
  get acknowledged(): number {
    let n = 0
    for (const c of this.#calls.values()) n += (c.incoming ? 1 : 0) + c.turns.length + (c.ended ? 1 : 0)
    return n
  }
}

export interface CallMixOptions {
  publicUrl: string
  authToken: string
  library: SpeechLibrary
  /** Seeds the speech, turn counts and numbers: the same seed replays the same calls. */
  seed: string
  /** 14 hex digits unique to this run and segment; each CallSid is CA + prefix + an 18-digit counter. */
  sidPrefix: string
}

/** A call in progress: hands out its webhooks in order, whatever happened to the previous one. */
export class CallSession {
  readonly call: CallIdentity
  readonly #mix: CallMix
  readonly #utterances: Utterance[]
  #next = 0
  readonly #startedAt = Date.now()

  constructor(mix: CallMix, call: CallIdentity, utterances: Utterance[]) {
    this.#mix = mix
    this.call = call
    this.#utterances = utterances
  }

  get done(): boolean {
    return this.#next > this.#utterances.length + 1
  }

  /** The next webhook of the call, or null once the status callback has been handed out. */
  next(): Webhook | null {
    const step = this.#next++
    const turns = this.#utterances.length
    if (step === 0) return this.#mix.sign('incoming', this.call, 0, '/incoming-call', incomingCallParams(this.call))
    if (step <= turns) {
      const utterance = this.#utterances[step - 1] as Utterance
      const heard = utterance.kind === 'speech' ? { text: utterance.text, confidence: utterance.confidence } : null
      return this.#mix.sign('speech', this.call, step, `/process-speech?turn=${step}`, gatherParams(this.call, heard))
    }
    if (step === turns + 1) {
      const durationS = (Date.now() - this.#startedAt) / 1000
      return this.#mix.sign('status', this.call, -1, '/call-status', statusCallbackParams(this.call, 'completed', durationS, 0, new Date()))
    }
    return null
  }
}

export class CallMix {
  readonly ledger = new Ledger()
  readonly #twilio: TwilioClient
  readonly #library: SpeechLibrary
  readonly #rng: Rng
  readonly #sidPrefix: string
  #count = 0

  constructor(options: CallMixOptions) {
    if (!/^[0-9a-f]{14}$/.test(options.sidPrefix)) throw new Error(`sidPrefix must be 14 hex digits, got ${options.sidPrefix}`)
    this.#twilio = new TwilioClient({ authToken: options.authToken, publicUrl: options.publicUrl })
    this.#library = options.library
    this.#rng = createRng(options.seed)
    this.#sidPrefix = options.sidPrefix
  }

  get callsStarted(): number {
    return this.#count
  }

  /** A new call: a scenario caller's lines, cut or padded to 3-6 turns; 30% ring from a scenario's number. */
  newCall(): CallSession {
    this.#count++
    const rng = this.#rng
    const script = this.#library.scripts[rng.int(0, this.#library.scripts.length - 1)]
    const turns = rng.int(MIN_TURNS, MAX_TURNS)
    const utterances = (script?.utterances ?? []).slice(0, turns)
    while (utterances.length < turns) utterances.push(this.#library.all[rng.int(0, this.#library.all.length - 1)] as Utterance)
    const from = script && rng.next() < 0.3 ? script.from : `+1555${String(rng.int(0, 9_999_999)).padStart(7, '0')}`
    const call: CallIdentity = {
      callSid: `CA${this.#sidPrefix}${this.#count.toString(16).padStart(18, '0')}`,
      accountSid: `AC${'0b'.repeat(16)}`,
      from,
      to: '+15559990000',
    }
    return new CallSession(this, call, utterances)
  }

  sign(kind: WebhookKind, call: CallIdentity, turn: number, path: string, params: Record<string, string>): Webhook {
    return {
      kind,
      callSid: call.callSid,
      turn,
      path,
      body: new URLSearchParams(params).toString(),
      signature: this.#twilio.sign(this.#twilio.publicUrl + path, params),
    }
  }

  /**
   * Judges an answer and records it in the ledger when it counts as acknowledged. A 200 carrying
   * Aurora's apology is an error: the caller heard "Sorry, I had a problem", not help.
   */
  answered(webhook: Webhook, status: number, body: string): Outcome {
    if (status < 200 || status > 299) return 'non-2xx'
    if (webhook.kind !== 'status') {
      if (body.includes(APOLOGY_MARK)) return 'apology'
      if (!body.includes('<Gather')) return 'bad-twiml'
    }
    this.ledger.acknowledge(webhook)
    return 'ok'
  }
}
