import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JournalCursor } from '../../src/mirror/journal-cursor.js'
import { openStore, type LocalStore } from '../../src/store/index.js'
import { JOURNAL_DIR, listSegments } from '../../src/store/segments.js'

// The mirror worker's reader of the journal files must answer exactly what LocalStore.readFrom()
// answers (records after a seq, in order), whatever order it is asked in: forward, a rejected
// batch read again, jumps ahead and back, across segment boundaries.

const RECORDS = 300
let dir: string
let store: LocalStore

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aurora-cursor-'))
  // Small segments (a few records each) so reads cross many files; no cache, so readFrom reads files too.
  store = await openStore({ dir, segmentBytes: 1024, cacheRecords: 0, snapshotOnClose: false })
  for (let i = 1; i <= RECORDS; i++) {
    await store.commit([{ path: `active_conversations/c${i % 7}/messages/m${i}`, value: { text: `turn ${i}`, n: i } }])
  }
})

afterAll(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

describe('JournalCursor', () => {
  it('spans many segments', async () => {
    expect((await listSegments(join(dir, JOURNAL_DIR))).length).toBeGreaterThan(10)
  })

  it('answers every sequence of reads as store.readFrom does', async () => {
    const read = fc.record({ afterSeq: fc.integer({ min: 0, max: RECORDS + 5 }), max: fc.integer({ min: 1, max: 60 }) })
    await fc.assert(
      fc.asyncProperty(fc.array(read, { minLength: 1, maxLength: 12 }), async (reads) => {
        const cursor = new JournalCursor(join(dir, JOURNAL_DIR))
        for (const { afterSeq, max } of reads) {
          expect(await cursor.read(afterSeq, store.lastDurableSeq, max)).toEqual(await store.readFrom(afterSeq, max))
        }
      }),
      { numRuns: 60 },
    )
  })

  it('walks forward batch by batch to the end, then returns nothing more', async () => {
    const cursor = new JournalCursor(join(dir, JOURNAL_DIR))
    const seqs: number[] = []
    for (let after = 0; ; ) {
      const batch = await cursor.read(after, store.lastDurableSeq, 7)
      if (batch.length === 0) break
      seqs.push(...batch.map((r) => r.seq))
      after = batch[batch.length - 1]!.seq
    }
    expect(seqs).toEqual(Array.from({ length: RECORDS }, (_, i) => i + 1))
  })

  it('never returns a record past upToSeq, nor a half-written one at the end of the active segment', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'aurora-cursor-torn-'))
    try {
      await cp(join(dir, JOURNAL_DIR), copy, { recursive: true })
      const segments = await listSegments(copy)
      // What a reader can see while the store's write of the next record is under way.
      await appendFile(segments[segments.length - 1]!.path, '0123abcd 80 {"seq":')
      const cursor = new JournalCursor(copy)
      const upTo = RECORDS - 3
      const got = await cursor.read(RECORDS - 10, upTo, 100)
      expect(got.map((r) => r.seq)).toEqual([291, 292, 293, 294, 295, 296, 297])
      expect(await cursor.read(upTo, upTo, 100)).toEqual([])
      expect((await cursor.read(upTo, RECORDS, 100)).map((r) => r.seq)).toEqual([298, 299, 300])
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  })
})
