// Pure checks over a mirrored tree (active_calls, active_conversations, call_history), usable on
// Firebase's copy (firebase-side.ts) and on the local journal's (run.ts, after Aurora stopped).
//
// countTraces: every webhook the bench saw acknowledged must have left exactly one trace:
//   /incoming-call  -> one greeting (assistant message, turn 0)
//   /process-speech?turn=N -> one caller entry (user message or silence event) and one answer
//                      (assistant message) with turn N
//   /call-status completed -> status ENDED and one `ended` event, when the call is known to exist
//                      (its incoming-call or a turn was acknowledged: Aurora rightly answers 204 and
//                      ignores the status of a call it never heard of, e.g. one whose every webhook
//                      timed out before Aurora read it)
// canonicalHashes: one hash per call, conversation and history entry, in Firebase's data model
// (arrays become index-keyed objects, empty and null values do not exist), so the two layers can
// be compared entry by entry without shipping megabytes between processes.

import type { AckedCall } from './call-mix.js'

export interface TraceCheck {
  calls: number
  /** Webhooks acknowledged to the bench. */
  acknowledged: number
  /** Acknowledged webhooks with no trace in the tree. */
  missing: number
  /** Acknowledged webhooks whose trace appears more than once. */
  duplicated: number
  /** A few of the problems, for the report. */
  examples: string[]
}

type Obj = Record<string, unknown>
interface Message {
  role?: string
  turn?: number
  event?: string
}
interface CallView {
  status: unknown
  messages: Message[]
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const values = (v: unknown): unknown[] => (isObj(v) ? Object.values(v) : Array.isArray(v) ? v : [])

export type TraceIndex = Map<string, CallView>

/** CallSid -> the call's status and messages, wherever the call lives now (active or archived). */
export function indexTree(tree: Obj): TraceIndex {
  const bySid = new Map<string, CallView>()
  const conversations = isObj(tree.active_conversations) ? tree.active_conversations : {}
  for (const call of values(tree.active_calls)) {
    if (!isObj(call) || typeof call.call_sid !== 'string') continue
    const conversation = conversations[String(call.conversation_id)]
    bySid.set(call.call_sid, { status: call.status, messages: values(isObj(conversation) ? conversation.messages : null) as Message[] })
  }
  for (const entry of values(tree.call_history)) {
    if (!isObj(entry) || typeof entry.call_sid !== 'string') continue
    bySid.set(entry.call_sid, { status: entry.status, messages: values(isObj(entry.conversation) ? entry.conversation.messages : null) as Message[] })
  }
  return bySid
}

export function countTraces(bySid: TraceIndex, calls: readonly AckedCall[]): TraceCheck {
  const result: TraceCheck = { calls: calls.length, acknowledged: 0, missing: 0, duplicated: 0, examples: [] }
  const note = (problem: string): void => {
    if (result.examples.length < 5) result.examples.push(problem)
  }
  const expectOne = (count: number, what: string): void => {
    if (count === 0) {
      result.missing++
      note(`missing: ${what}`)
    } else if (count > 1) {
      result.duplicated++
      note(`${count} times: ${what}`)
    }
  }
  for (const acked of calls) {
    const known = acked.incoming || acked.turns.length > 0
    const ended = acked.ended && known
    const expected = (acked.incoming ? 1 : 0) + acked.turns.length + (ended ? 1 : 0)
    result.acknowledged += expected
    const view = bySid.get(acked.callSid)
    if (!view) {
      result.missing += expected
      if (expected > 0) note(`missing: call ${acked.callSid} (${expected} acknowledged webhooks)`)
      continue
    }
    const count = (match: (m: Message) => boolean): number => view.messages.reduce((n, m) => n + (isObj(m) && match(m) ? 1 : 0), 0)
    if (acked.incoming) expectOne(count((m) => m.role === 'assistant' && m.turn === 0), `${acked.callSid} greeting`)
    for (const turn of acked.turns) {
      const heard = count((m) => m.turn === turn && (m.role === 'user' || m.event === 'silence'))
      const answers = count((m) => m.turn === turn && m.role === 'assistant')
      // One acknowledged turn is one trace: missing if either half is absent, duplicated if either repeats.
      expectOne(heard === 0 || answers === 0 ? 0 : Math.max(heard, answers), `${acked.callSid} turn ${turn}`)
    }
    if (ended) expectOne(view.status === 'ENDED' ? count((m) => m.event === 'ended') : 0, `${acked.callSid} ended`)
  }
  return result
}

/** Firebase's model of a JSON value: no empty containers, no nulls, arrays as index-keyed objects. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return undefined
  if (Array.isArray(value) || isObj(value)) {
    const entries = (Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value))
      .map(([k, v]) => [k, canonical(v)] as const)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return entries.length === 0 ? undefined : Object.fromEntries(entries)
  }
  return value
}

/** "root/key" -> hash of the entry's canonical JSON (Object.fromEntries keeps the sorted order). */
export function canonicalHashes(tree: Obj, hash: (text: string) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const root of ['active_calls', 'active_conversations', 'call_history']) {
    const node = tree[root]
    if (!isObj(node)) continue
    for (const [key, value] of Object.entries(node)) {
      const c = canonical(value)
      if (c !== undefined) out[`${root}/${key}`] = hash(JSON.stringify(c))
    }
  }
  return out
}

export interface TreeComparison {
  entries: number
  onlyLocal: number
  onlyFirebase: number
  different: number
  examples: string[]
}

export function compareHashes(local: Record<string, string>, firebase: Record<string, string>): TreeComparison {
  const result: TreeComparison = { entries: Object.keys(local).length, onlyLocal: 0, onlyFirebase: 0, different: 0, examples: [] }
  const note = (s: string): void => {
    if (result.examples.length < 5) result.examples.push(s)
  }
  for (const [key, h] of Object.entries(local)) {
    const other = firebase[key]
    if (other === undefined) {
      result.onlyLocal++
      note(`only in the journal: ${key}`)
    } else if (other !== h) {
      result.different++
      note(`differs: ${key}`)
    }
  }
  for (const key of Object.keys(firebase)) {
    if (local[key] === undefined) {
      result.onlyFirebase++
      note(`only in Firebase: ${key}`)
    }
  }
  return result
}
