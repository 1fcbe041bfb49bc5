// The end-of-run checks, once the faults are cleared and the mirror has drained:
// - Firebase holds exactly what the local store holds (the whole tree when the simulator owns
//   Aurora; call by call through the admin API with --target);
// - every turn the caller got TwiML back for is in both layers exactly once (the caller's words
//   or the silence, and Aurora's reply), and the greeting of every answered call;
// - every call the simulator hung up is ENDED, with the worker the scenario names;
// - the urgency and responder expectations, read from the conversation as finally recorded.

import type { Urgency } from '../../src/triage/urgency.js'
import { isUrgency, urgencyRank } from '../../src/triage/urgency.js'
import type { Tree } from './firebase-watcher.js'
import { failureOf, type CallRecord, type Failure } from './run-record.js'

/** One call as a layer holds it. */
export interface CallView {
  call: Record<string, unknown>
  /** In seq order. */
  messages: Record<string, unknown>[]
}

export interface Layer {
  name: 'local' | 'firebase'
  /** By CallSid. */
  calls: Map<string, CallView>
}

export interface CheckOutcome {
  failures: Failure[]
  /** null: not compared (a layer was unavailable). */
  treesEqual: boolean | null
  differences: string[]
  layers: string[]
  acknowledgedTurns: number
  lostTurns: number
  duplicateTurns: number
}

const MAX_DIFFERENCES = 20

/** The calls a tree holds, live or archived, by CallSid. */
export function callViews(tree: Tree): Map<string, CallView> {
  const out = new Map<string, CallView>()
  const conversations = asRecord(tree.active_conversations)
  for (const call of Object.values(asRecord(tree.active_calls)).filter(isRecord)) {
    const sid = call.call_sid
    const convId = call.conversation_id
    if (typeof sid !== 'string' || typeof convId !== 'string') continue
    out.set(sid, { call, messages: ordered(asRecord(asRecord(conversations[convId]).messages)) })
  }
  for (const entry of Object.values(asRecord(tree.call_history)).filter(isRecord)) {
    const sid = entry.call_sid
    if (typeof sid !== 'string' || out.has(sid)) continue
    const { conversation, ...call } = entry
    out.set(sid, { call, messages: ordered(asRecord(asRecord(conversation).messages)) })
  }
  return out
}

/** Paths where two JSON values differ ("active_calls/call_x/urgency: local "HIGH", firebase "MEDIUM""). */
export function differences(a: unknown, b: unknown, names: [string, string], path = '', out: string[] = []): string[] {
  if (out.length >= MAX_DIFFERENCES) return out
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[key], b[key], names, path ? `${path}/${key}` : key, out)
    return out
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((v, i) => differences(v, b[i], names, `${path}/${i}`, out))
    return out
  }
  if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) {
    out.push(`${path || '/'}: ${names[0]} ${short(a)}, ${names[1]} ${short(b)}`)
  }
  return out
}

export function checkRun(calls: readonly CallRecord[], layers: readonly Layer[], trees: { local: Tree | null; firebase: Tree | null }): CheckOutcome {
  const failures: Failure[] = []
  let treesEqual: boolean | null = null
  let diffs: string[] = []
  if (trees.local && trees.firebase) {
    diffs = differences(trees.local, trees.firebase, ['local', 'firebase'])
    treesEqual = diffs.length === 0
  } else if (layers.length === 2) {
    // --target: compare the calls the simulator made, as the admin API and Firebase show them.
    const [local, firebase] = layers as [Layer, Layer]
    for (const call of calls) {
      const a = local.calls.get(call.callSid)
      const b = firebase.calls.get(call.callSid)
      if (a && b) differences(a, b, ['local', 'firebase'], call.callSid, diffs)
    }
    treesEqual = diffs.length === 0
  }
  if (treesEqual === false) {
    failures.push(failureOf(null, 'tree-mismatch', `Firebase differs from the local store:\n    ${diffs.join('\n    ')}`))
  }

  let acknowledged = 0
  let lost = 0
  let duplicated = 0
  for (const call of calls) {
    const turns = call.webhooks.filter((w) => w.acknowledged && w.turn !== null && w.kind !== 'status')
    acknowledged += new Set(turns.map((w) => w.turn)).size
    for (const layer of layers) {
      const view = layer.calls.get(call.callSid)
      if (!view) {
        if (turns.length > 0) {
          lost += turns.length
          failures.push(failureOf(call, 'lost-turn', `the call is missing from ${layer.name} (${turns.length} acknowledged turn(s))`))
        }
        continue
      }
      for (const turn of new Set(turns.map((w) => w.turn as number))) {
        const of = view.messages.filter((m) => m.turn === turn)
        const callerSide = of.filter((m) => m.role === 'user' || (m.role === 'system' && m.event === 'silence')).length
        const replies = of.filter((m) => m.role === 'assistant').length
        const expectedCaller = turn === 0 ? 0 : 1
        if (replies === 0 || callerSide < expectedCaller) {
          lost++
          failures.push(failureOf(call, 'lost-turn', `turn ${turn} was answered to the caller but ${replies === 0 ? 'its reply is' : "the caller's words are"} missing from ${layer.name}`, turn))
        } else if (replies > 1 || callerSide > expectedCaller) {
          duplicated++
          failures.push(failureOf(call, 'duplicate-turn', `turn ${turn} is in ${layer.name} more than once (${callerSide} caller message(s), ${replies} repl(ies))`, turn))
        } else {
          // The turn is there once; it must hold the words that were said, not others.
          const said = turns.find((w) => w.turn === turn && w.speech?.trim())?.speech?.trim()
          const stored = of.find((m) => m.role === 'user')?.text
          if (said !== undefined && stored !== said) {
            lost++
            failures.push(failureOf(call, 'lost-turn', `turn ${turn} in ${layer.name} holds "${stored ?? '(no words)'}", not the words said: "${said}"`, turn))
          }
        }
      }
    }
    // Expectations are read from the first layer (local when available); the layers were compared above.
    const first = layers[0]
    const final = first?.calls.get(call.callSid)
    if (first && final) {
      checkCallState(call, final, first.name, failures)
      checkTurnExpectations(call, final, failures)
    }
  }
  return { failures, treesEqual, differences: diffs, layers: layers.map((l) => l.name), acknowledgedTurns: acknowledged, lostTurns: lost, duplicateTurns: duplicated }
}

function checkCallState(call: CallRecord, view: CallView, layer: string, failures: Failure[]): void {
  const script = call.script
  const source = `${script.source.file}:${script.source.line}`
  const status = script.expect.status ?? 'ENDED'
  if (view.call.status !== status) failures.push(failureOf(call, 'call-state', `status in ${layer} is ${String(view.call.status)}, expected ${status}`, null, source))
  if (script.worker !== undefined && view.call.worker_id !== script.worker) {
    failures.push(failureOf(call, 'expectation', `worker in ${layer} is ${String(view.call.worker_id)}, expected ${script.worker}`, null, source))
  }
  const urgency: Urgency = isUrgency(view.call.urgency) ? view.call.urgency : 'UNKNOWN'
  const e = script.expect
  if (e.urgencyAtLeast && urgencyRank(urgency) < urgencyRank(e.urgencyAtLeast)) {
    failures.push(failureOf(call, 'expectation', `final urgency in ${layer} is ${urgency}, expected at least ${e.urgencyAtLeast}`, null, source))
  }
  if (e.urgencyAtMost && urgencyRank(urgency) > urgencyRank(e.urgencyAtMost)) {
    failures.push(failureOf(call, 'expectation', `final urgency in ${layer} is ${urgency}, expected at most ${e.urgencyAtMost}`, null, source))
  }
}

/** The urgency the call had once `reply` was recorded: the latest urgency any message up to it carries. */
export function urgencyAfter(messages: readonly Record<string, unknown>[], reply: Record<string, unknown>): Urgency {
  let urgency: Urgency = 'UNKNOWN'
  for (const m of messages) {
    if (typeof m.seq === 'number' && typeof reply.seq === 'number' && m.seq > reply.seq) break
    if (isUrgency(m.urgency)) urgency = m.urgency
  }
  return urgency
}

function checkTurnExpectations(call: CallRecord, view: CallView, failures: Failure[]): void {
  call.script.turns.forEach((turn, index) => {
    const e = turn.expect
    if (e.urgencyAtLeast === undefined && e.urgencyAtMost === undefined && e.responder === undefined) return
    const source = `${turn.source.file}:${turn.source.line}`
    const webhook = call.replies.get(index)
    if (!webhook || webhook.turn === null) return // no reply heard: already a failure of its own
    const reply = view.messages.find((m) => m.turn === webhook.turn && m.role === 'assistant')
    if (!reply) return // reported as a lost turn
    const urgency = urgencyAfter(view.messages, reply)
    if (e.urgencyAtLeast && urgencyRank(urgency) < urgencyRank(e.urgencyAtLeast)) {
      failures.push(failureOf(call, 'expectation', `urgency after this turn is ${urgency}, expected at least ${e.urgencyAtLeast}`, webhook.turn, source))
    }
    if (e.urgencyAtMost && urgencyRank(urgency) > urgencyRank(e.urgencyAtMost)) {
      failures.push(failureOf(call, 'expectation', `urgency after this turn is ${urgency}, expected at most ${e.urgencyAtMost}`, webhook.turn, source))
    }
    if (e.responder !== undefined && reply.responder !== e.responder) {
      failures.push(failureOf(call, 'expectation', `reply came from responder ${String(reply.responder)}, expected ${e.responder}`, webhook.turn, source))
    }
  })
}

function ordered(messages: Record<string, unknown>): Record<string, unknown>[] {
  return Object.values(messages)
    .filter(isRecord)
    .sort((a, b) => Number(a.seq) - Number(b.seq))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

function short(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
