import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { FirebaseWatcher } from '../../../sim/calls/firebase-watcher.js'
import { connectRtdb, type RtdbConnection } from '../../../src/mirror/rtdb.js'
import { useRtdb, type RtdbTarget } from '../../helpers/rtdb.js'

// The simulator's Firebase lag runs from the commit (the created_at Aurora stamps on each
// message), not from when the simulator got its answer: a turn mirrored late shows its whole lag.

describe('FirebaseWatcher', () => {
  let rtdb: RtdbTarget
  let writer: RtdbConnection
  let watcher: FirebaseWatcher
  const namespace = { value: '' }
  beforeAll(async () => {
    rtdb = await useRtdb()
    namespace.value = rtdb.namespace('watcher')
    writer = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace: namespace.value }, 'test-writer')
    watcher = await FirebaseWatcher.open({ hostPort: rtdb.hostPort, namespace: namespace.value, projectId: 'demo-aurora', now: () => performance.now() })
  })
  afterAll(async () => {
    await watcher.close()
    await writer.close()
    await rtdb.stop()
  })

  it('measures a turn from the created_at of its messages to the moment the last one is visible', async () => {
    const committed = Date.now() - 700
    await writer.db.ref().update({
      'active_calls/call-1': { call_sid: 'CA1', conversation_id: 'conv-1' },
      'active_conversations/conv-1/messages/m1': { role: 'user', turn: 1, text: 'fire', created_at: new Date(committed).toISOString() },
    })
    await vi.waitFor(() => expect(watcher.messages('conv-1').size).toBe(1), { timeout: 5000 })
    // Only the caller's side is there: the turn is not visible yet.
    expect(watcher.turnVisible('conv-1', 1)).toBeNull()

    await writer.db.ref('active_conversations/conv-1/messages/m2').set({ role: 'assistant', turn: 1, text: 'Leave Zone A.', created_at: new Date(committed + 50).toISOString() })
    await vi.waitFor(() => expect(watcher.turnVisible('conv-1', 1)).not.toBeNull(), { timeout: 5000 })
    const seen = watcher.turnVisible('conv-1', 1)!
    // The caller's message, committed 700 ms ago, is the turn's longest lag.
    expect(seen.lagMs).toBeGreaterThanOrEqual(700)
    expect(seen.lagMs).toBeLessThan(700 + 5000)
    expect(seen.at).toBeLessThanOrEqual(performance.now())
  })

  it("sees a conversation's messages as they become visible, even before its call is in active_calls", async () => {
    const committed = Date.now()
    await writer.db.ref('active_conversations/conv-2/messages/m1').set({ role: 'assistant', turn: 0, text: 'Aurora here.', created_at: new Date(committed).toISOString() })
    await vi.waitFor(() => expect(watcher.messages('conv-2').size).toBe(1), { timeout: 5000 })
    // Bounds the lag by when we saw it, not by a fixed figure a loaded machine may pass.
    const seenWithinMs = Date.now() - committed
    const lagMs = watcher.messages('conv-2').get('m1')!.lagMs!
    // The call record comes later: the message's lag must not wait for it.
    await new Promise((resolve) => setTimeout(resolve, 400))
    await writer.db.ref('active_calls/call-2').set({ call_sid: 'CA2', conversation_id: 'conv-2' })
    await vi.waitFor(() => expect(watcher.conversationOf('CA2')).toBe('conv-2'), { timeout: 5000 })
    expect(lagMs).toBeLessThanOrEqual(seenWithinMs + 1)
    expect(watcher.turnVisible('conv-2', 0)).toEqual({ at: watcher.messages('conv-2').get('m1')!.at, lagMs })
  })
})
