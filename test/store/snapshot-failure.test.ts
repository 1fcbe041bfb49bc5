import { existsSync, lstatSync, mkdirSync, rmdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { openStore, type Op, type StoreLogger } from '../../src/store/index.js'
import { tempDir } from './store-fixtures.js'

// A snapshot is background work: whatever makes it fail, the journal (the callers' path) must not
// notice. Found by an audit: a failed snapshot left total.json.tmp behind, which on a small disk
// held the space the next journal append needed (the store then refused every commit), and a
// snapshot that kept failing was retried back to back, a compactor process and an error each time.

const turn = (conv: string, n: number): Op[] => [
  { path: `active_conversations/${conv}/messages/msg_${String(n).padStart(6, '0')}`, value: { role: 'user', text: `words ${n}` } },
]

/** lstat, so a dangling or device symlink at the temp path counts as left behind too. */
function tempLeft(dir: string): boolean {
  try {
    lstatSync(join(dir, 'total.json.tmp'))
    return true
  } catch {
    return false
  }
}

describe('a failed snapshot', () => {
  it('removes its temp file when its process is stopped after writing it, and commits go on', async () => {
    const dir = tempDir()
    let interrupt = true
    const store = await openStore({
      dir,
      snapshotOnClose: false,
      onSnapshotStep: (step) => {
        // The store kills the compactor when this throws: a process dying with the file written.
        if (interrupt && step === 'temp-written') throw new Error('simulated failure after the temp file')
      },
    })
    for (let n = 0; n < 10; n++) await store.commit(turn('conv_a', n))
    await expect(store.snapshot()).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_SNAPSHOT_FAILED' })
    expect(tempLeft(dir)).toBe(false)
    expect(existsSync(join(dir, 'total.json'))).toBe(false)

    await store.commit(turn('conv_a', 10))
    interrupt = false
    await store.snapshot()
    expect(store.stats().snapshotSeq).toBe(11)
    expect(tempLeft(dir)).toBe(false)
    await store.close()
  })

  // /dev/full fails every write with ENOSPC, a real "disk full" from the kernel: the temp path is
  // pre-created as a symlink to it, so the compactor's write of total.json.tmp hits it.
  it.skipIf(!existsSync('/dev/full'))('removes its temp file after ENOSPC while writing it, so the next snapshot can succeed', async () => {
    const dir = tempDir()
    const store = await openStore({ dir, snapshotOnClose: false })
    for (let n = 0; n < 10; n++) await store.commit(turn('conv_b', n))
    symlinkSync('/dev/full', join(dir, 'total.json.tmp'))

    await expect(store.snapshot()).rejects.toThrow(/ENOSPC/)
    expect(tempLeft(dir)).toBe(false)
    expect(store.stats().failed).toBeNull()
    expect((await store.commit(turn('conv_b', 10))).seq).toBe(11)

    await store.snapshot()
    expect(store.stats().snapshots).toMatchObject({ written: 1, failed: 1 })
    await store.close()
    const reopened = await openStore({ dir, snapshotOnClose: false })
    expect(reopened.stats().snapshotSeq).toBe(11)
    await reopened.close()
  })

  it('is retried in the background with growing pauses, not back to back, and a success starts over', async () => {
    const dir = tempDir()
    const failures: { at: number; obj: Record<string, unknown> }[] = []
    const log: StoreLogger = {
      info: () => undefined,
      warn: () => undefined,
      error: (obj, msg) => {
        if (msg === 'background snapshot failed') failures.push({ at: performance.now(), obj: obj as Record<string, unknown> })
      },
    }
    const store = await openStore({ dir, snapshotEveryRecords: 5, snapshotOnClose: false, log })
    // A failure that lasts: the compactor cannot open a directory for writing (EISDIR).
    mkdirSync(join(dir, 'total.json.tmp'))

    // Commits keep coming, so without a pause every commit after a failure would start the next
    // attempt: failures as fast as compactor processes can start and fail.
    const deadline = performance.now() + 20_000
    let n = 0
    while (failures.length < 3 && performance.now() < deadline) {
      await store.commit(turn('conv_c', n++))
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(failures).toHaveLength(3)
    // Each attempt starts only once the pause after the previous failure is over.
    const gaps = [(failures[1]?.at as number) - (failures[0]?.at as number), (failures[2]?.at as number) - (failures[1]?.at as number)]
    expect(gaps[0]).toBeGreaterThanOrEqual(1_000 - 20)
    expect(gaps[1]).toBeGreaterThanOrEqual(2_000 - 20)
    expect(failures.map((f) => f.obj.failuresInARow)).toEqual([1, 2, 3])
    // Doubling from 1 s (read a moment after each failure, hence a little under).
    failures.forEach((f, i) => {
      expect(f.obj.retryInMs).toBeGreaterThan(0.9 * 1_000 * 2 ** i)
      expect(f.obj.retryInMs).toBeLessThanOrEqual(1_000 * 2 ** i)
    })
    expect(store.stats().snapshots.failed).toBe(3)
    expect(store.stats().failed).toBeNull()

    // Cause gone: an explicit snapshot() does not wait out the pause, and its success ends it, so
    // the next background snapshot starts as soon as enough records are waiting.
    rmdirSync(join(dir, 'total.json.tmp'))
    await store.snapshot()
    const written = store.stats().snapshots.written
    // No commit after these: a background snapshot still waiting out the 4 s pause would never start.
    for (let i = 0; i < 5; i++) await store.commit(turn('conv_c', n++))
    const until = performance.now() + 10_000
    while (store.stats().snapshots.written === written && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(store.stats().snapshots.written).toBe(written + 1)
    expect(store.stats().snapshotSeq).toBe(n)
    await store.close()
    // Three seconds of pauses by design, plus a compactor process per attempt: past vitest's 5 s default.
  }, 30_000)
})
