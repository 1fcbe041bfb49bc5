import { describe, expect, it } from 'vitest'
import { openStore, type Json, type Op } from '../../src/store/index.js'
import { crashImage, tempDir } from './store-fixtures.js'

const message = (n: number): Json => ({ role: 'user', text: `words ${n}`, turn: n, sources: [], meta: { confidence: 0.9, empty: {} } })
const turn = (conv: string, n: number): Op[] => [
  { path: `active_conversations/${conv}/messages/msg_${n}`, value: message(n) },
  { path: `active_conversations/${conv}/message_count`, value: n },
]

describe('view', () => {
  it('reads what get() reads, frozen, and keeps the value it had when it was taken', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    await store.commit(turn('conv_a', 1))
    const first = store.view('active_conversations/conv_a') as { message_count: number; messages: Record<string, Json> }
    expect(first).toStrictEqual(store.get('active_conversations/conv_a'))
    // Empty containers and nulls are dropped as in Firebase, for views as for copies.
    expect(first.messages.msg_1).toStrictEqual({ role: 'user', text: 'words 1', turn: 1, meta: { confidence: 0.9 } })
    expect(Object.isFrozen(first)).toBe(true)
    expect(() => {
      first.message_count = 5
    }).toThrow(TypeError)

    // Applied synchronously like get(): visible before the commit is durable.
    const pending = store.commit(turn('conv_a', 2))
    expect(store.view('active_conversations/conv_a/message_count')).toBe(2)
    await pending
    const second = store.view('active_conversations/conv_a') as typeof first
    expect(first.message_count).toBe(1)
    expect(second.message_count).toBe(2)
    expect(second.messages.msg_1).toBe(first.messages.msg_1)
    expect(store.view('nowhere/at/all')).toBeNull()
    expect(() => store.view('bad.path')).toThrow(expect.objectContaining({ code: 'AURORA_ERR_STORE_INVALID_PATH' }))
    await store.close()
  })

  it('shares values with the records listeners get, which nobody can mutate', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    const seen: Json[] = []
    store.onDurable((record) => seen.push((record.ops[0] as Op).value as Json))
    await store.commit([{ path: 'calls/c1', value: { status: 'ACTIVE', worker: { id: 'W-1' } } }])
    expect(() => {
      ;((seen[0] as { worker: { id: string } }).worker).id = 'W-2'
    }).toThrow(TypeError)
    expect(store.view('calls/c1/worker/id')).toBe('W-1')
    await store.close()
  })

  it('reads the same after recovery from the journal and from total.json, and writes below recovered values', async () => {
    const dir = tempDir()
    const store = await openStore({ dir, segmentBytes: 4096 })
    for (let n = 1; n <= 40; n++) await store.commit(turn(`conv_${n % 3}`, n))
    await store.commit([{ path: 'active_conversations/conv_1/messages/msg_4/delivered_at', value: 'now' }])
    const expected = store.get('')

    const crashed = await openStore({ dir: crashImage(dir), snapshotOnClose: false })
    expect(crashed.view('')).toStrictEqual(expected)
    await crashed.close()

    await store.close()
    const reopened = await openStore({ dir, snapshotOnClose: false })
    expect(reopened.stats().snapshotSeq).toBe(41)
    expect(reopened.view('')).toStrictEqual(expected)
    // Below a value loaded from total.json (kept frozen and shared): the write opens it up.
    await reopened.commit([
      { path: 'active_conversations/conv_2/messages/msg_5/delivered_at', value: 'later' },
      { path: 'active_conversations/conv_0/messages/msg_3', value: null },
    ])
    expect(reopened.view('active_conversations/conv_2/messages/msg_5/delivered_at')).toBe('later')
    expect(reopened.get('active_conversations/conv_0/messages/msg_3')).toBeNull()
    const copy = reopened.get('active_conversations/conv_2') as { messages: Record<string, { text: string }> }
    ;(copy.messages.msg_5 as { text: string }).text = 'mutable copy'
    expect(reopened.view('active_conversations/conv_2/messages/msg_5/text')).toBe('words 5')
    await reopened.close()
  })
})
