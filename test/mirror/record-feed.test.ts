import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RecordFeed } from '../../src/mirror/record-feed.js'
import type { FeedSource } from '../../src/mirror/worker-protocol.js'
import type { CommittedRecord } from '../../src/store/index.js'

// The worker's feed against a model: the journal is an array, the main thread posts each new
// durable record (or only its seq while it believes the worker reads the journal), and learns the
// feed's source only when a status message arrives (`sync`), so it can act on a stale view.
// Whatever the interleaving, every read is a non-empty prefix of what Firebase still lacks, and
// memory never holds more than the cap.

const record = (seq: number): CommittedRecord => ({ seq, ts: seq, ops: [{ path: `a/${seq}`, value: seq }] })

type Step = { kind: 'commit'; count: number } | { kind: 'sync' } | { kind: 'send'; max: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('commit' as const), count: fc.integer({ min: 1, max: 9 }) }),
  fc.constant({ kind: 'sync' as const }),
  fc.record({ kind: fc.constant('send' as const), max: fc.integer({ min: 1, max: 8 }) }),
)

describe('RecordFeed', () => {
  it('reads what Firebase lacks, in order, from memory or the journal, within its memory cap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 5 }), fc.array(step, { maxLength: 80 }), async (capacity, initial, steps) => {
        const journal: CommittedRecord[] = Array.from({ length: initial }, (_, i) => record(i + 1))
        let journalReads = 0
        const cursor = {
          async read(afterSeq: number, upToSeq: number, max: number) {
            journalReads++
            return journal.filter((r) => r.seq > afterSeq && r.seq <= upToSeq).slice(0, max)
          },
        }
        let mainView: FeedSource = 'memory'
        const feed = new RecordFeed({ cursor, capacity, lastDurableSeq: initial, ackedSeq: 0, onSourceChange: () => {} })
        let acked = 0
        for (const s of steps) {
          if (s.kind === 'commit') {
            const fresh = Array.from({ length: s.count }, (_, i) => record(journal.length + i + 1))
            journal.push(...fresh)
            if (mainView === 'memory') feed.addRecords(fresh)
            else feed.addDurable(journal.length)
          } else if (s.kind === 'sync') {
            mainView = feed.source
          } else {
            const got = await feed.read(acked, s.max)
            const lacking = journal.slice(acked, acked + s.max)
            if (lacking.length > 0) expect(got.length).toBeGreaterThan(0)
            expect(got).toEqual(lacking.slice(0, got.length))
            const last = got[got.length - 1]
            if (last) {
              acked = last.seq
              feed.release(acked)
            }
          }
          expect(feed.backlog).toBeLessThanOrEqual(capacity)
          expect(feed.lastDurableSeq).toBe(journal.length)
        }
        // Caught up and back in memory, records the main thread posts are not read from the journal.
        while (acked < journal.length) {
          const got = await feed.read(acked, 8)
          acked = got[got.length - 1]!.seq
          feed.release(acked)
        }
        expect(feed.source).toBe('memory')
        mainView = feed.source
        const before = journalReads
        const next = record(journal.length + 1)
        journal.push(next)
        feed.addRecords([next])
        expect(await feed.read(acked, 8)).toEqual([next])
        expect(journalReads).toBe(before)
      }),
      { numRuns: 300 },
    )
  })
})
