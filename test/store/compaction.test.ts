import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore, type Json, type LocalStore, type Op, type SnapshotStep } from '../../src/store/index.js'
import { crashImage, tempDir } from './store-fixtures.js'

const turn = (conv: string, n: number): Op[] => [
  { path: `active_conversations/${conv}/messages/msg_${String(n).padStart(6, '0')}`, value: { role: 'assistant', text: `reply ${n}` } },
  { path: `active_calls/call_${conv}/last_message_at`, value: `2025-10-04T14:31:${String(n % 60).padStart(2, '0')}Z` },
]

interface Image {
  step: SnapshotStep
  dir: string
  tree: Json | null
  seq: number
}

describe('snapshot crash safety', () => {
  it('recovers the acknowledged state from a crash after any step of a snapshot', async () => {
    const dir = tempDir()
    const images: Image[] = []
    const store: LocalStore = await openStore({
      dir,
      segmentBytes: 800,
      snapshotOnClose: false,
      onSnapshotStep: async (step) => {
        // A caller keeps talking while the snapshot runs; its commit is acknowledged before the "crash".
        await store.commit(turn('conv_live', images.length))
        images.push({ step, dir: crashImage(dir), tree: store.get(''), seq: store.lastDurableSeq })
      },
    })
    for (let n = 0; n < 40; n++) await store.commit(turn(`conv_${n % 4}`, n))
    store.releaseUpTo(40)
    await store.snapshot()
    await store.close()

    // A crash after 'temp-written' also stands for "renamed, but the rename was lost because the
    // directory was not fsynced yet": both leave the old total.json and a temp file.
    expect(images.slice(0, 3).map((image) => image.step)).toEqual(['temp-written', 'renamed', 'dir-synced'])
    expect(images.filter((image) => image.step === 'segment-deleted').length).toBeGreaterThan(1)
    expect(existsSync(join(images[0]?.dir as string, 'total.json.tmp'))).toBe(true)

    for (const image of images) {
      const recovered = await openStore({ dir: image.dir, snapshotOnClose: false })
      expect(recovered.lastDurableSeq, image.step).toBe(image.seq)
      expect(recovered.get(''), image.step).toEqual(image.tree)
      expect(existsSync(join(image.dir, 'total.json.tmp'))).toBe(false)
      await recovered.close()
    }
  })

  it('keeps committing when a snapshot is interrupted, and the next snapshot succeeds', async () => {
    const dir = tempDir()
    let interrupt = true
    const store = await openStore({
      dir,
      snapshotOnClose: false,
      onSnapshotStep: (step) => {
        if (interrupt && step === 'renamed') throw new Error('simulated crash of the compactor')
      },
    })
    for (let n = 0; n < 10; n++) await store.commit(turn('conv_x', n))
    await expect(store.snapshot()).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_SNAPSHOT_FAILED' })
    expect(store.stats().snapshots.failed).toBe(1)

    await store.commit(turn('conv_x', 10))
    interrupt = false
    await store.snapshot()
    expect(store.stats().snapshotSeq).toBe(11)
    const snapshot = JSON.parse(readFileSync(join(dir, 'total.json'), 'utf8')) as { seq: number; tree: Json; saved_at: string }
    expect(snapshot.seq).toBe(11)
    expect(snapshot.tree).toEqual(store.get(''))
    expect(new Date(snapshot.saved_at).getTime()).not.toBeNaN()
    await store.close()
  })
})
