import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openStore, type CommittedRecord, type Json } from '../../src/store/index.js'
import { crashImage, flipBits, recordingLogger, tempDir } from './store-fixtures.js'

const runs = Number(process.env.FC_RUNS ?? 25)

interface Built {
  dir: string
  records: CommittedRecord[]
  /** states[k]: the whole tree once records 1..k are applied. */
  states: (Json | null)[]
}

/** A closed store (no snapshot) whose journal holds `count` turns, and the tree after each. */
async function buildJournal(count: number, segmentBytes = 1 << 20, tinyLast = false): Promise<Built> {
  const dir = tempDir()
  const store = await openStore({ dir, segmentBytes, snapshotOnClose: false })
  const records: CommittedRecord[] = []
  const states: (Json | null)[] = [null]
  for (let n = 1; n <= count; n++) {
    const conv = `conv_${n % 3}`
    const ops =
      tinyLast && n === count
        ? [{ path: 'z', value: n }]
        : n % 5 === 0
        ? [{ path: `active_conversations/${conv}`, value: null }]
        : [
            { path: `active_conversations/${conv}/messages/msg_${String(n).padStart(6, '0')}`, value: { role: 'user', text: `turn ${n} ünïcode` } },
            { path: `active_calls/call_${n % 3}/last_message_at`, value: `2025-10-04T14:30:${String(n).padStart(2, '0')}Z` },
          ]
    records.push(await store.commit(ops))
    states.push(store.get(''))
  }
  await store.close()
  return { dir, records, states }
}

function segmentPaths(dir: string): string[] {
  return readdirSync(join(dir, 'journal'))
    .filter((name) => name.endsWith('.log'))
    .sort()
    .map((name) => join(dir, 'journal', name))
}

/** The tails start-up cut off a segment and kept beside it, oldest first. */
function keptTails(segment: string): { path: string; offset: number }[] {
  const dir = join(segment, '..')
  const prefix = `${segment.slice(dir.length + 1)}.torn-`
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => ({ path: join(dir, name), offset: Number(name.slice(prefix.length).split('-')[0]) }))
}

/** Byte offsets where each record ends, across segments taken as one stream. */
function recordEnds(dir: string): number[] {
  const ends: number[] = []
  let base = 0
  for (const path of segmentPaths(dir)) {
    const bytes = readFileSync(path)
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) ends.push(base + i + 1)
    base += bytes.length
  }
  return ends
}

/**
 * The journal as a crash at stream offset `cut` leaves it: later segments never created (or
 * created empty, when the cut falls on a rotation), the one holding the cut truncated there.
 */
function cutJournal(dir: string, cut: number, keepEmptyNext: boolean): void {
  let base = 0
  let cutMade = false
  let keptEmpty = false
  for (const path of segmentPaths(dir)) {
    if (cutMade) {
      // base is where the cut segment ended: equal to cut when the cut fell on a rotation.
      if (keepEmptyNext && !keptEmpty && cut === base) {
        truncateSync(path, 0)
        keptEmpty = true
      } else {
        rmSync(path)
      }
      continue
    }
    const size = statSync(path).size
    if (cut <= base + size) {
      truncateSync(path, cut - base)
      cutMade = true
    }
    base += size
  }
}

describe('torn tail', () => {
  it('recovers exactly the whole records before a cut at every byte of the last record', async () => {
    // A short last record keeps this exhaustive loop (one real start-up per byte) fast.
    const built = await buildJournal(8, 1 << 20, true)
    const ends = recordEnds(built.dir)
    const lastStart = ends[ends.length - 2] as number
    const lastEnd = ends[ends.length - 1] as number
    for (let cut = lastStart; cut <= lastEnd; cut++) {
      const dir = crashImage(built.dir)
      cutJournal(dir, cut, false)
      const { log, entries } = recordingLogger()
      const store = await openStore({ dir, log, snapshotOnClose: false })
      const whole = cut === lastEnd ? 8 : 7
      expect(store.lastDurableSeq).toBe(whole)
      expect(store.get('')).toEqual(built.states[whole])
      const torn = cut !== lastStart && cut !== lastEnd
      expect(entries.some((e) => e.msg === 'torn journal tail truncated')).toBe(torn)
      // The torn bytes are gone from the segment, and kept beside it.
      const segment = segmentPaths(dir)[0] as string
      expect(statSync(segment).size).toBe(ends[whole - 1])
      const kept = keptTails(segment)
      if (torn) {
        expect(kept.map((k) => k.offset)).toEqual([lastStart])
        expect(readFileSync(kept[0]!.path).equals(readFileSync(segmentPaths(built.dir)[0] as string).subarray(lastStart, cut))).toBe(true)
      } else {
        expect(kept).toEqual([])
      }
      await store.close()
      rmSync(dir, { recursive: true })
    }
  })

  it('says so, louder, when the last record is a whole line with a bad checksum, and keeps it aside', async () => {
    // Not what a cut write leaves (it has its LF): a bit flipped after the write, in a record
    // that may have been acknowledged. Refusing to start would leave callers with no answer at
    // all, so it is still cut off, but logged as an error and kept for an operator.
    const built = await buildJournal(8)
    const segment = segmentPaths(built.dir)[0] as string
    const ends = recordEnds(built.dir)
    const intact = readFileSync(segment)
    writeFileSync(segment, flipBits(intact, (ends[6] as number) + 30, 0x04))
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir: built.dir, log, snapshotOnClose: false })
    expect(store.lastDurableSeq).toBe(7)
    const [kept] = keptTails(segment)
    expect(entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ keptIn: kept?.path, offset: ends[6] }) }))
    expect(entries.some((e) => e.msg === 'torn journal tail truncated')).toBe(false)
    expect(readFileSync(kept!.path).equals(flipBits(intact, (ends[6] as number) + 30, 0x04).subarray(ends[6] as number))).toBe(true)
    await store.close()

    // The same damage again (a crash loop): the tail kept before stays, beside the new one.
    const again = readFileSync(segment)
    writeFileSync(segment, Buffer.concat([again, flipBits(intact, (ends[6] as number) + 30, 0x04).subarray(ends[6] as number)]))
    const reopened = await openStore({ dir: built.dir, snapshotOnClose: false })
    expect(keptTails(segment)).toHaveLength(2)
    await reopened.close()
  })

  it('appends after the truncated tail, and the result survives another restart', async () => {
    const built = await buildJournal(8)
    const ends = recordEnds(built.dir)
    cutJournal(built.dir, (ends[7] as number) - 10, false)
    const store = await openStore({ dir: built.dir, snapshotOnClose: false })
    expect((await store.commit([{ path: 'after', value: 'torn' }])).seq).toBe(8)
    await store.close()
    const again = await openStore({ dir: built.dir, snapshotOnClose: false })
    expect((await again.readFrom(0, 100)).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(again.get('after')).toBe('torn')
    await again.close()
  })

  it('property: cutting a multi-segment journal at any byte recovers exactly a prefix of its records', async () => {
    const built = await buildJournal(30, 600)
    const ends = recordEnds(built.dir)
    const total = ends[ends.length - 1] as number
    expect(segmentPaths(built.dir).length).toBeGreaterThan(3)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: total }), fc.boolean(), async (cut, keepEmptyNext) => {
        const dir = crashImage(built.dir)
        cutJournal(dir, cut, keepEmptyNext)
        const whole = ends.filter((end) => end <= cut).length
        const store = await openStore({ dir, snapshotOnClose: false })
        try {
          expect(store.lastDurableSeq).toBe(whole)
          expect(await store.readFrom(0, 1000)).toEqual(built.records.slice(0, whole))
          expect(store.get('')).toEqual(built.states[whole])
        } finally {
          await store.close()
          rmSync(dir, { recursive: true })
        }
      }),
      { numRuns: runs },
    )
  })
})

describe('corruption that is not a torn tail stops start-up', () => {
  it('names the file and byte offset of a damaged record in the middle', async () => {
    const built = await buildJournal(10)
    const [segment] = segmentPaths(built.dir) as [string]
    const ends = recordEnds(built.dir)
    writeFileSync(segment, flipBits(readFileSync(segment), (ends[2] as number) + 40, 0x20))
    await expect(openStore({ dir: built.dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
      message: expect.stringContaining(`${segment} is corrupt at byte offset ${ends[2]}`),
    })
    // Refusing to start also gives the lock back.
    expect(existsSync(join(built.dir, 'LOCK'))).toBe(false)
  })

  it('refuses, and truncates nothing, when an intact record follows a bad one at the end of the journal', async () => {
    const built = await buildJournal(10)
    const [segment] = segmentPaths(built.dir) as [string]
    const ends = recordEnds(built.dir)
    const intact = readFileSync(segment)
    // Record k's LF overwritten: it runs into record k+1, so its line ends at the file's last LF
    // when k is 9, which start-up used to cut off as a torn tail together with record 10.
    for (let k = 1; k <= 9; k++) {
      const dir = crashImage(built.dir)
      const path = segmentPaths(dir)[0] as string
      const damaged = Buffer.from(intact)
      damaged[(ends[k - 1] as number) - 1] = 0x20
      writeFileSync(path, damaged)
      const { log, entries } = recordingLogger()
      await expect(openStore({ dir, log }), `LF of record ${k}`).rejects.toMatchObject({
        code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
        message: expect.stringContaining(`${path} is corrupt at byte offset ${k === 1 ? 0 : ends[k - 2]}`),
      })
      expect(readFileSync(path).equals(damaged), `LF of record ${k}: file untouched`).toBe(true)
      expect(entries.filter((e) => e.msg === 'torn journal tail truncated')).toEqual([])
      expect(existsSync(join(dir, 'LOCK'))).toBe(false)
      rmSync(dir, { recursive: true })
    }
  })

  it('refuses when several records are merged into one bad line ahead of an intact last record', async () => {
    const built = await buildJournal(10)
    const [segment] = segmentPaths(built.dir) as [string]
    const ends = recordEnds(built.dir)
    const damaged = readFileSync(segment)
    damaged[(ends[7] as number) - 1] = 0x20
    damaged[(ends[8] as number) - 1] = 0x20
    writeFileSync(segment, damaged)
    await expect(openStore({ dir: built.dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
      message: expect.stringContaining(`corrupt at byte offset ${ends[6]} (record does not end where its length says, yet a complete record`),
    })
    expect(readFileSync(segment).equals(damaged)).toBe(true)
  })

  it('refuses a segment that ends early when another one follows it', async () => {
    const built = await buildJournal(20, 500)
    const [first] = segmentPaths(built.dir) as [string]
    truncateSync(first, statSync(first).size - 3)
    await expect(openStore({ dir: built.dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
      message: expect.stringContaining(first),
    })
  })

  it('refuses a missing segment (a seq gap)', async () => {
    const built = await buildJournal(20, 500)
    const paths = segmentPaths(built.dir)
    rmSync(paths[1] as string)
    await expect(openStore({ dir: built.dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
      message: expect.stringMatching(new RegExp(`${paths[0]} is corrupt at byte offset \\d+ \\(ends at seq \\d+ but the next segment starts at`)),
    })
  })

  it('refuses an unreadable total.json, naming it and the offset', async () => {
    const built = await buildJournal(3)
    writeFileSync(join(built.dir, 'total.json'), '{"seq": 3, "tree": {"a": tru')
    await expect(openStore({ dir: built.dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_SNAPSHOT_CORRUPT',
      message: expect.stringMatching(/total\.json is unreadable at byte offset \d+/),
    })
  })

  it('refuses a journal that starts after the snapshot ends', async () => {
    const built = await buildJournal(20, 500)
    rmSync(segmentPaths(built.dir)[0] as string)
    await expect(openStore({ dir: built.dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_JOURNAL_CORRUPT',
      message: expect.stringContaining('are missing (total.json ends at seq 0)'),
    })
  })
})

describe('snapshot at start-up', () => {
  it('starts from total.json alone when no segment is left, and continues its numbering', async () => {
    const dir = tempDir()
    const store = await openStore({ dir })
    for (let n = 1; n <= 5; n++) await store.commit([{ path: `k/n${n}`, value: n }])
    await store.close()
    for (const path of segmentPaths(dir)) rmSync(path)
    writeFileSync(join(dir, 'total.json.tmp'), '{"half-written')
    const reopened = await openStore({ dir, snapshotOnClose: false })
    expect(reopened.get("k")).toEqual({ n1: 1, n2: 2, n3: 3, n4: 4, n5: 5 })
    expect(existsSync(join(dir, 'total.json.tmp'))).toBe(false)
    expect((await reopened.commit([{ path: "k/n6", value: 6 }])).seq).toBe(6)
    await reopened.close()
  })
})
