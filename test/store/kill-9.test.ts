import { describe, expect, it } from 'vitest'
import { openStore, type CommittedRecord, type Json } from '../../src/store/index.js'
import { spawnFixture, tempDir } from './store-fixtures.js'

// A real crash: a child process commits from 8 concurrent loops and prints every acknowledged
// commit; it is killed with SIGKILL at a random moment (mid-write, mid-fdatasync, mid-rotation,
// mid-snapshot: wherever it happens to be), then the store is reopened here.
// KILL9_ITERATIONS raises the number of kills; KILL9_SEED replays a failing run.
const iterations = Number(process.env.KILL9_ITERATIONS ?? 5)
const seed = Number(process.env.KILL9_SEED ?? Date.now() % 2 ** 31)
const LOOPS = 8

function random(state: { s: number }): number {
  // mulberry32: small and seedable, so a failure can be replayed.
  state.s = (state.s + 0x6d2b79f5) | 0
  let t = state.s
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

interface Ack {
  seq: number
  loop: number
  n: number
}

describe(`kill -9 (seed ${seed})`, () => {
  it(
    `recovers every acknowledged commit, and only a prefix, across ${iterations} kills`,
    async () => {
      const dir = tempDir()
      const rng = { s: seed }
      const everAcked = new Map<number, Ack>()
      for (let iteration = 0; iteration < iterations; iteration++) {
        const child = spawnFixture('commit-loop.ts', [dir, String(LOOPS)])
        await child.waitForLine((line) => line === 'ready')
        // Kill right away sometimes, soon after start often (mid-rotation, while the compactor
        // thread starts), and otherwise late enough for snapshots and segment deletions to run.
        const dice = random(rng)
        const killAfter = dice < 0.15 ? 0 : dice < 0.6 ? 1 + Math.floor(random(rng) * 400) : 400 + Math.floor(random(rng) * 2_600)
        let scanned = 0
        let acks = 0
        await child.waitUntil((lines) => {
          for (; scanned < lines.length; scanned++) if (lines[scanned]?.startsWith('ack ')) acks++
          return acks >= killAfter
        })
        child.child.kill('SIGKILL')
        const exit = await child.exited
        expect(exit.signal, `iteration ${iteration}`).toBe('SIGKILL')

        // Every line that reached the pipe was acknowledged before the kill.
        for (const line of child.lines) {
          if (!line.startsWith('ack ')) continue
          const [, seq, loop, n] = line.split(' ').map(Number) as [number, number, number, number]
          everAcked.set(seq, { seq, loop, n })
        }

        const store = await openStore({ dir, snapshotOnClose: iteration % 2 === 1 })
        const context = `iteration ${iteration}, seed ${seed}`
        const maxAcked = Math.max(0, ...everAcked.keys())
        expect(store.lastDurableSeq, context).toBeGreaterThanOrEqual(maxAcked)

        // The tree is a prefix: each loop's log holds exactly commits 0..n, with n at least
        // the last one acknowledged for that loop.
        const loops = (store.get('loops') ?? {}) as Record<string, number>
        const log = (store.get('log') ?? {}) as Record<string, { n: number }>
        for (let loop = 0; loop < LOOPS; loop++) {
          const acked = [...everAcked.values()].filter((ack) => ack.loop === loop)
          const n = loops[`k${loop}`]
          if (acked.length > 0) expect(n, context).toBeGreaterThanOrEqual(Math.max(...acked.map((ack) => ack.n)))
          const entries = Object.keys(log).filter((key) => key.startsWith(`k${loop}_`))
          expect(entries.length, context).toBe(n === undefined ? 0 : n + 1)
        }

        // The journal still held is gapless, and every acknowledged record in it is the one acknowledged.
        const retained = store.stats().firstRetainedSeq
        const records: CommittedRecord[] = await store.readFrom(retained - 1, 1_000_000)
        expect(records.map((r) => r.seq), context).toEqual(Array.from({ length: store.lastDurableSeq - retained + 1 }, (_, i) => retained + i))
        for (const record of records) {
          const ack = everAcked.get(record.seq)
          if (ack) expect(record.ops[0], context).toEqual({ path: `loops/k${ack.loop}`, value: ack.n as Json })
        }
        await store.close()
      }
      expect(everAcked.size).toBeGreaterThan(0)
    },
    Math.max(60_000, iterations * 10_000),
  )
})
