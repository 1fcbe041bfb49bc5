import { describe, expect, it } from 'vitest'
import { ConversationView } from '../../src/admin/conversation-view.js'
import type { Message } from '../../src/calls/model.js'

const msg = (seq: number, extra: Partial<Message> = {}): Message => ({
  id: `msg_${String(seq).padStart(6, '0')}`,
  seq,
  role: 'user',
  text: `m${seq}`,
  created_at: '2026-01-01T00:00:00.000Z',
  ...extra,
})

describe('ConversationView', () => {
  it('reports what journal ops changed: new messages, updated ones, urgency, status', () => {
    const view = new ConversationView('conv_1')
    view.applyOp([], { conversation_id: 'conv_1', call_id: 'call_1', urgency: 'UNKNOWN', status: 'ACTIVE' })
    expect(view.takeChanges()).toBeNull() // a new conversation without messages: nothing to announce yet
    expect(view.exists).toBe(true)
    view.applyOp(['messages', 'msg_000002'], msg(2) as never)
    view.applyOp(['messages', 'msg_000001'], msg(1) as never)
    view.applyOp(['urgency'], 'CRITICAL')
    expect(view.takeChanges()).toEqual({ added: [msg(1), msg(2)], updated: [], urgency: 'CRITICAL', status: null, removed: false })
    view.applyOp(['messages', 'msg_000001', 'delivered_at'], '2026-01-01T00:00:01.000Z')
    view.applyOp(['status'], 'TAKEN_OVER')
    expect(view.takeChanges()).toEqual({
      added: [],
      updated: [msg(1, { delivered_at: '2026-01-01T00:00:01.000Z' })],
      urgency: null,
      status: 'TAKEN_OVER',
      removed: false,
    })
    expect(view.takeChanges()).toBeNull()
    view.applyOp([], null)
    expect(view.takeChanges()).toMatchObject({ removed: true })
  })

  it('announces nothing twice when a source repeats a whole snapshot (a Firebase resync)', () => {
    const view = new ConversationView('conv_1')
    const snapshot = { urgency: 'HIGH', status: 'ACTIVE', messages: { msg_000001: msg(1), msg_000002: msg(2) } }
    view.replace(snapshot as never)
    expect(view.takeChanges()!.added.map((m) => m.seq)).toEqual([1, 2])
    view.replace(structuredClone(snapshot) as never)
    expect(view.takeChanges()).toBeNull()
    view.replace({ ...snapshot, messages: { ...snapshot.messages, msg_000003: msg(3) } } as never)
    expect(view.takeChanges()).toMatchObject({ added: [msg(3)], updated: [] })
    expect(view.snapshot().messages.map((m) => m.seq)).toEqual([1, 2, 3])
  })
})
