import { describe, expect, it } from 'vitest'
import { callViews, checkRun, differences, urgencyAfter, type Layer } from '../../../sim/calls/final-check.js'
import type { Tree } from '../../../sim/calls/firebase-watcher.js'
import type { CallRecord, WebhookRecord } from '../../../sim/calls/run-record.js'
import type { CallScript } from '../../../sim/calls/script.js'

const SID = `CA${'1'.repeat(32)}`

function message(seq: number, role: string, turn: number | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `msg_${String(seq).padStart(6, '0')}`, seq, role, text: `${role} ${seq}`, created_at: '2026-03-01T10:00:00.000Z', ...(turn === undefined ? {} : { turn }), ...extra }
}

function tree(messages: Record<string, unknown>[], call: Record<string, unknown> = {}): Tree {
  return {
    active_calls: { call_1: { call_id: 'call_1', conversation_id: 'conv_1', call_sid: SID, status: 'ENDED', worker_id: 'W-1001', urgency: 'CRITICAL', ...call } },
    active_conversations: { conv_1: { conversation_id: 'conv_1', messages: Object.fromEntries(messages.map((m) => [String(m.id), m])) } },
    call_history: null,
  }
}

const healthy = [
  message(1, 'assistant', 0, { responder: 'greeting' }),
  message(2, 'user', 1),
  message(3, 'assistant', 1, { urgency: 'CRITICAL', responder: 'playbook' }),
  message(4, 'system', 2, { event: 'silence' }),
  message(5, 'assistant', 2, { urgency: 'CRITICAL', responder: 'reprompt' }),
  message(6, 'system', undefined, { event: 'ended' }),
]

function webhook(kind: WebhookRecord['kind'], turn: number | null, scriptTurn: number | null): WebhookRecord {
  return { kind, url: 'https://a.test/x', turn, scriptTurn, utterance: null, speech: null, sentAt: 0, receivedAt: 1, status: 200, acknowledged: true, spoken: '', firebaseAt: null, firebaseLagMs: null, adminAt: null }
}

function callRecord(script: Partial<CallScript> = {}): CallRecord {
  const full: CallScript = {
    label: 'fire', from: '+15551230001', to: '+15559990000', worker: 'W-1001', delayMs: 0, admin: [], end: 'hangup', expect: {},
    source: { file: 'fire.yaml', line: 4 },
    turns: [
      { utterance: { kind: 'speech', text: 'fire', confidence: 0.9 }, pauseMs: 0, expect: { urgencyAtLeast: 'CRITICAL', responder: 'playbook' }, source: { file: 'fire.yaml', line: 7 } },
      { utterance: { kind: 'silence' }, pauseMs: 0, expect: { responder: 'reprompt' }, source: { file: 'fire.yaml', line: 9 } },
    ],
    ...script,
  }
  const gathers = [webhook('gather', 1, 0), webhook('gather', 2, 1)]
  return {
    index: 0, job: 0, scenario: 'fire', label: 'fire', callSid: SID, from: full.from, script: full, convId: 'conv_1', startedAt: 0, endedAt: 1,
    webhooks: [webhook('incoming', 0, null), ...gathers, webhook('status', null, null)],
    replies: new Map(gathers.map((w, i) => [i, w])),
    hungUpMidTurn: false,
  }
}

const layers = (local: Tree, firebase: Tree): Layer[] => [
  { name: 'local', calls: callViews(local) },
  { name: 'firebase', calls: callViews(firebase) },
]

describe('checkRun', () => {
  it('passes when both layers hold every acknowledged turn once and the expectations hold', () => {
    const t = tree(healthy)
    const outcome = checkRun([callRecord()], layers(t, t), { local: t, firebase: t })
    expect(outcome.failures).toEqual([])
    expect(outcome).toMatchObject({ treesEqual: true, acknowledgedTurns: 3, lostTurns: 0, duplicateTurns: 0 })
  })

  it('finds a turn missing from Firebase, and says where the trees differ', () => {
    const local = tree(healthy)
    const firebase = tree(healthy.filter((m) => m.seq !== 4 && m.seq !== 5))
    const outcome = checkRun([callRecord()], layers(local, firebase), { local, firebase })
    expect(outcome.lostTurns).toBe(1)
    expect(outcome.treesEqual).toBe(false)
    expect(outcome.differences).toEqual([
      expect.stringMatching(/^active_conversations\/conv_1\/messages\/msg_000004: local \{"id":"msg_000004".*, firebase absent$/),
      expect.stringMatching(/^active_conversations\/conv_1\/messages\/msg_000005: local \{.*, firebase absent$/),
    ])
    expect(outcome.failures.map((f) => [f.kind, f.turn, f.message])).toEqual([
      ['tree-mismatch', null, expect.stringContaining('Firebase differs from the local store')],
      ['lost-turn', 2, 'turn 2 was answered to the caller but its reply is missing from firebase'],
    ])
  })

  it('finds a turn that holds other words than the caller said (the words said were lost)', () => {
    const t = tree(healthy)
    const record = callRecord()
    const said = record.webhooks.find((w) => w.turn === 1) as WebhookRecord
    said.speech = 'user 2'
    expect(checkRun([record], layers(t, t), { local: t, firebase: t }).failures).toEqual([])
    said.speech = "There's a fire in Zone A"
    const outcome = checkRun([record], layers(t, t), { local: t, firebase: t })
    expect(outcome.lostTurns).toBe(2)
    expect(outcome.failures.map((f) => [f.kind, f.turn, f.message])).toEqual([
      ['lost-turn', 1, `turn 1 in local holds "user 2", not the words said: "There's a fire in Zone A"`],
      ['lost-turn', 1, `turn 1 in firebase holds "user 2", not the words said: "There's a fire in Zone A"`],
    ])
  })

  it('finds a turn recorded twice, in each layer that has it twice', () => {
    const t = tree([...healthy, message(7, 'user', 1)])
    const outcome = checkRun([callRecord()], layers(t, t), { local: t, firebase: t })
    expect(outcome.duplicateTurns).toBe(2)
    expect(outcome.failures.map((f) => [f.kind, f.turn, f.message])).toEqual([
      ['duplicate-turn', 1, 'turn 1 is in local more than once (2 caller message(s), 1 repl(ies))'],
      ['duplicate-turn', 1, 'turn 1 is in firebase more than once (2 caller message(s), 1 repl(ies))'],
    ])
  })

  it('checks the worker, the final status and the per-turn urgency and responder', () => {
    const t = tree(healthy, { worker_id: 'unknown', status: 'ACTIVE' })
    const record = callRecord({
      turns: [
        { utterance: { kind: 'speech', text: 'fire', confidence: 0.9 }, pauseMs: 0, expect: { urgencyAtMost: 'HIGH', responder: 'hold' }, source: { file: 'fire.yaml', line: 7 } },
        { utterance: { kind: 'silence' }, pauseMs: 0, expect: {}, source: { file: 'fire.yaml', line: 9 } },
      ],
    })
    const messages = checkRun([record], layers(t, t), { local: t, firebase: t }).failures.map((f) => `${f.source} ${f.message}`)
    expect(messages).toEqual([
      'fire.yaml:4 status in local is ACTIVE, expected ENDED',
      'fire.yaml:4 worker in local is unknown, expected W-1001',
      'fire.yaml:7 urgency after this turn is CRITICAL, expected at most HIGH',
      'fire.yaml:7 reply came from responder playbook, expected hold',
    ])
  })
})

describe('urgencyAfter', () => {
  it('is the latest urgency recorded up to the reply (an admin override counts)', () => {
    const messages = [message(1, 'assistant', 1, { urgency: 'HIGH' }), message(2, 'system', undefined, { urgency: 'LOW', event: 'urgency_override' }), message(3, 'assistant', 2), message(4, 'assistant', 3, { urgency: 'CRITICAL' })]
    expect(urgencyAfter(messages, messages[0]!)).toBe('HIGH')
    expect(urgencyAfter(messages, messages[2]!)).toBe('LOW')
    expect(urgencyAfter(messages, messages[3]!)).toBe('CRITICAL')
  })
})

describe('differences', () => {
  it('lists differing paths and nothing for equal values', () => {
    expect(differences({ a: { b: 1, c: [1, 2] } }, { a: { b: 1, c: [1, 2] } }, ['local', 'firebase'])).toEqual([])
    expect(differences({ a: { b: 1 } }, { a: { b: 2, d: 'x' } }, ['local', 'firebase'])).toEqual(['a/b: local 1, firebase 2', 'a/d: local absent, firebase "x"'])
  })
})
