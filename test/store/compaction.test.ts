import { fork } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { getPriority } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createCompactionRunner, type CompactionJob, type CompactorMessage } from '../../src/store/compaction.js'
import { openStore, type Json, type LocalStore, type Op, type SnapshotStep } from '../../src/store/index.js'
import { JOURNAL_DIR, segmentFileName } from '../../src/store/segments.js'
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

/** A closed store of `turns` records in one segment, and the job that snapshots all of it, pausing after each step. */
async function closedStoreJob(conv: string, turns: number): Promise<{ dir: string; job: CompactionJob }> {
  const dir = tempDir()
  const store = await openStore({ dir, snapshotOnClose: false })
  for (let n = 0; n < turns; n++) await store.commit(turn(conv, n))
  await store.close()
  const segment = join(dir, JOURNAL_DIR, segmentFileName(1))
  const job: CompactionJob = { dir, baseSeq: 0, targetSeq: turns, segments: [{ firstSeq: 1, path: segment, length: statSync(segment).size }], pauseAfterSteps: true }
  return { dir, job }
}

describe('the compactor process', () => {
  it('stops without touching total.json when the store process goes away mid-snapshot', async () => {
    const { dir, job } = await closedStoreJob('conv_a', 20)
    const entry = fileURLToPath(new URL('../../src/store/compactor-process.ts', import.meta.url))
    const child = fork(entry, [], { execArgv: ['--import', import.meta.resolve('tsx/esm')], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const firstStep = new Promise<CompactorMessage>((resolve) => child.once('message', (m: CompactorMessage) => resolve(m)))
    child.send(job)
    expect(await firstStep).toEqual({ type: 'step', step: 'temp-written' })
    // What kill -9 of Aurora does to the channel.
    child.disconnect()
    expect(await exited).toBe(1)
    expect(existsSync(join(dir, 'total.json'))).toBe(false)
    expect(existsSync(join(dir, 'total.json.tmp'))).toBe(true)
    const reopened = await openStore({ dir, snapshotOnClose: false })
    expect(reopened.lastDurableSeq).toBe(20)
    expect(existsSync(join(dir, 'total.json.tmp'))).toBe(false)
    await reopened.close()
  })
})

/** Pids of this process's children whose command line names the compactor (Linux /proc). */
function compactorChildren(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return ppid === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('compactor-process')
      } catch {
        return false
      }
    })
    .map(Number)
}

describe.skipIf(process.platform !== 'linux')('the compactor process priority', () => {
  it('runs at the lowest priority from its start, set by the store process', async () => {
    const { job } = await closedStoreJob('conv_p', 5)
    const running = createCompactionRunner()(job)
    // Read as soon as the process exists, before it has run a line of its own: its start-up
    // (node, tsx compiling the modules) is part of what must not compete with callers.
    const atStart = compactorChildren().map((pid) => getPriority(pid))
    expect((await running).bytes).toBeGreaterThan(0)
    expect(atStart).toEqual([19])
  })
})

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
