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
})
