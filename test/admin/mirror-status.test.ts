import { describe, expect, it } from 'vitest'
import { readMirrorStatus } from '../../src/admin/mirror-status.js'
import type { Mirror } from '../../src/mirror/sync-loop.js'
import type { CommittedRecord } from '../../src/store/index.js'

// A mirror far behind, whose oldest pending record's commit time neither the main thread's recent
// times nor the writer's current batch give (a restart with a backlog, or a moment between
// batches): the status reads it from the journal, where reading one record of the active segment
// parses all of it on the main thread. The status is read every second.

function fakeMirror(state: { watermark: number; pending: number }): Mirror {
  return {
    state: () => ({ ...state, connected: false, outage: null }),
    oldestPendingAt: () => null,
  } as unknown as Mirror
}

function countingStore(tsOf: (seq: number) => number): { readFrom: (afterSeq: number, max: number) => Promise<CommittedRecord[]>; reads: number[] } {
  const reads: number[] = []
  return {
    reads,
    readFrom: async (afterSeq) => {
      reads.push(afterSeq)
      return [{ seq: afterSeq + 1, ts: tsOf(afterSeq + 1), ops: [] }]
    },
  }
}

describe('readMirrorStatus', () => {
  it('reads the oldest pending record from the journal once per watermark, not on every tick', async () => {
    const state = { watermark: 10, pending: 70_000 }
    const mirror = fakeMirror(state)
    const store = countingStore((seq) => 1_000 + seq)
    for (let tick = 0; tick < 5; tick++) {
      expect((await readMirrorStatus(mirror, store, 2_000 + tick)).lagMs).toBe(2_000 + tick - 1_011)
    }
    expect(store.reads).toEqual([10])
    state.watermark = 510
    state.pending = 69_500
    expect((await readMirrorStatus(mirror, store, 3_000)).lagMs).toBe(3_000 - 1_511)
    expect((await readMirrorStatus(mirror, store, 3_001)).lagMs).toBe(3_001 - 1_511)
    expect(store.reads).toEqual([10, 510])
  })

  it('keeps each mirror’s answer apart', async () => {
    const a = fakeMirror({ watermark: 10, pending: 5 })
    const b = fakeMirror({ watermark: 10, pending: 5 })
    const storeA = countingStore(() => 100)
    const storeB = countingStore(() => 200)
    expect((await readMirrorStatus(a, storeA, 1_000)).lagMs).toBe(900)
    expect((await readMirrorStatus(b, storeB, 1_000)).lagMs).toBe(800)
  })

  it('reports no lag when nothing is pending, without reading the journal', async () => {
    const store = countingStore(() => 0)
    expect((await readMirrorStatus(fakeMirror({ watermark: 10, pending: 0 }), store, 1_000)).lagMs).toBe(0)
    expect(store.reads).toEqual([])
  })
})
