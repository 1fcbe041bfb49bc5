import { existsSync, readdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore, type CommittedRecord, type Op } from '../../src/store/index.js'
import { segmentFileName } from '../../src/store/segments.js'
import { crashImage, recordingLogger, tempDir } from './store-fixtures.js'

const turn = (conv: string, n: number): Op[] => [
  { path: `active_conversations/${conv}/messages/msg_${String(n).padStart(6, '0')}`, value: { role: 'user', text: `words ${n}` } },
  { path: `active_conversations/${conv}/last_message_at`, value: `2025-10-04T14:30:${String(n % 60).padStart(2, '0')}Z` },
]

describe('commit and get', () => {
  it('applies ops before the commit is durable and numbers records 1, 2, 3', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    const first = store.commit([{ path: 'active_calls/call_1', value: { urgency: 'LOW', status: 'ACTIVE' } }])
    // Visible at once: the next commit (and the caller's next read) must see it.
    expect(store.get('active_calls/call_1/urgency')).toBe('LOW')
    expect(store.lastDurableSeq).toBe(0)
    const second = store.commit([{ path: 'active_calls/call_1/urgency', value: 'CRITICAL' }])
    const third = store.commit([{ path: 'active_calls/call_1/status', value: null }])
    const records = await Promise.all([first, second, third])
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3])
    expect(store.lastDurableSeq).toBe(3)
    expect(store.get('active_calls')).toEqual({ call_1: { urgency: 'CRITICAL' } })
    await store.close()
  })

  it('hands out copies: mutating a returned value or a committed op value changes nothing', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    const value = { text: 'hello', tags: { a: true } }
    const record = await store.commit([{ path: 'm', value }])
    value.text = 'changed'
    const read = store.get('m') as { text: string }
    read.text = 'changed too'
    expect(store.get('m')).toEqual({ text: 'hello', tags: { a: true } })
    expect(record.ops[0]?.value).toEqual({ text: 'hello', tags: { a: true } })
    expect(Object.isFrozen(record.ops[0]?.value)).toBe(true)
    await store.close()
  })

  it('rejects an invalid op with a coded error before applying any op of the commit', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    const bad = store.commit([
      { path: 'calls/ok', value: 1 },
      { path: 'calls/bad.key', value: 2 },
    ])
    await expect(bad).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_INVALID_PATH' })
    await expect(store.commit([{ path: 'x', value: { 'a#b': 1 } }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_INVALID_VALUE' })
    await expect(store.commit([{ path: 'x', value: Number.NaN }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_INVALID_VALUE' })
    expect(store.get('calls')).toBeNull()
    // The failed commits did not consume seqs.
    expect((await store.commit([{ path: 'calls/ok', value: 1 }])).seq).toBe(1)
    await store.close()
  })

  it('rejects a commit too big for one Firebase write, though each string is within its own limit', async () => {
    // Two 9 MiB strings: each under MAX_STRING_BYTES, together over what Firebase takes in one
    // write, so the mirror could never pass the record.
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    const big = 'x'.repeat(9 * 1024 * 1024)
    const tooBig = store.commit([
      { path: 'call_history/c1/a', value: big },
      { path: 'call_history/c1/b', value: big },
    ])
    await expect(tooBig).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_INVALID_VALUE', message: expect.stringContaining('call_history/c1/a') })
    expect(store.get('call_history')).toBeNull()
    expect((await store.commit([{ path: 'call_history/c1/a', value: big }])).seq).toBe(1)
    await store.close()
  })

  it('refuses commits after close, and close is idempotent', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    await store.commit([{ path: 'a', value: 1 }])
    await Promise.all([store.close(), store.close()])
    await store.close()
    await expect(store.commit([{ path: 'a', value: 2 }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_CLOSED' })
  })
})

describe('group commit', () => {
  it('makes concurrent commits durable with far fewer write+fdatasync pairs than commits', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    const callers = 50
    const perCaller = 20
    const seqs: number[] = []
    await Promise.all(
      Array.from({ length: callers }, async (_, caller) => {
        for (let n = 0; n < perCaller; n++) seqs.push((await store.commit(turn(`conv_${caller}`, n))).seq)
      }),
    )
    const total = callers * perCaller
    expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    // All 50 callers wait on the same flush and commit again together, so each flush carries
    // about 50 records: ~20 flushes. Without group commit there would be 1000.
    expect(store.stats().flushes).toBeLessThanOrEqual(total / 20)
    expect(store.stats().lastDurableSeq).toBe(total)
    await store.close()
  })
})

describe('onDurable', () => {
  it('reports every record once, in seq order, and survives a throwing listener', async () => {
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir: tempDir(), log, snapshotOnClose: false })
    const seen: number[] = []
    const durableWhenSeen: number[] = []
    store.onDurable(() => {
      throw new Error('listener bug')
    })
    const off = store.onDurable((record) => {
      seen.push(record.seq)
      durableWhenSeen.push(store.lastDurableSeq)
    })
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.commit([{ path: `k/${i}`, value: i }])))
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(durableWhenSeen).toEqual(seen)
    expect(entries.filter((e) => e.msg === 'onDurable listener threw')).toHaveLength(30)
    off()
    await store.commit([{ path: 'k/late', value: true }])
    expect(seen).toHaveLength(30)
    await store.close()
  })
})

describe('forget', () => {
  it('drops a subtree from memory only: the journal and total.json keep it, a later write starts it afresh', async () => {
    const dir = tempDir()
    const store = await openStore({ dir })
    await store.commit(turn('conv_old', 1))
    await store.commit(turn('conv_live', 2))
    const old = store.get('active_conversations/conv_old')
    const before = store.view('active_conversations')
    expect(store.has('active_conversations/conv_old')).toBe(true)
    store.forget('active_conversations/conv_old')
    expect(store.get('active_conversations/conv_old')).toBeNull()
    expect(store.has('active_conversations/conv_old')).toBe(false)
    expect(store.has('active_conversations/conv_live/messages')).toBe(true)
    expect(Object.keys(store.view('active_conversations') as object)).toEqual(['conv_live'])
    expect(Object.keys(before as object)).toEqual(['conv_old', 'conv_live'])
    store.forget('nothing/here')
    await store.commit([{ path: 'active_conversations/conv_old/closed', value: true }])
    expect(store.get('active_conversations/conv_old')).toEqual({ closed: true })
    expect(store.has('active_conversations/conv_old/closed')).toBe(true)
    expect((await store.readFrom(0, 10)).length).toBe(3)

    const crashed = await openStore({ dir: crashImage(dir), snapshotOnClose: false })
    expect(crashed.get('active_conversations/conv_old')).toEqual({ ...(old as object), closed: true })
    await crashed.close()
    await store.close()
    const reopened = await openStore({ dir })
    expect(reopened.get('active_conversations/conv_old')).toEqual({ ...(old as object), closed: true })
    await reopened.close()
  })
})

describe('restart', () => {
  it('rebuilds the same tree from the journal after a crash and from total.json after close', async () => {
    const dir = tempDir()
    const store = await openStore({ dir, segmentBytes: 2048 })
    const committed: CommittedRecord[] = []
    for (let n = 0; n < 60; n++) committed.push(await store.commit(turn(`conv_${n % 7}`, n)))
    committed.push(await store.commit([{ path: 'active_conversations/conv_3', value: null }]))
    const expected = store.get('')
    expect(store.stats().segments).toBeGreaterThan(3)

    const crashed = await openStore({ dir: crashImage(dir), snapshotOnClose: false })
    expect(crashed.get('')).toEqual(expected)
    expect(crashed.stats().snapshotSeq).toBe(0)
    expect(await crashed.readFrom(0, 1000)).toEqual(committed)
    await crashed.close()

    await store.close()
    expect(existsSync(join(dir, 'total.json'))).toBe(true)
    const reopened = await openStore({ dir, snapshotOnClose: false })
    expect(reopened.stats().snapshotSeq).toBe(61)
    expect(reopened.get('')).toEqual(expected)
    // Numbering continues after the recovered records.
    expect((await reopened.commit([{ path: 'after', value: 1 }])).seq).toBe(62)
    await reopened.close()
  })
})

describe('readFrom', () => {
  it('serves recent records from memory and older ones from the journal files, in order', async () => {
    const store = await openStore({ dir: tempDir(), cacheRecords: 10, segmentBytes: 1500, snapshotOnClose: false })
    const committed: CommittedRecord[] = []
    for (let n = 0; n < 100; n++) committed.push(await store.commit(turn('conv_a', n)))
    expect(store.stats().cachedRecords).toBe(10)
    expect(await store.readFrom(95, 3)).toEqual(committed.slice(95, 98))
    // Far behind: read back from several segment files, then the cache.
    expect(await store.readFrom(0, 1000)).toEqual(committed)
    const paged: CommittedRecord[] = []
    for (let after = 0; after < 100; after = paged[paged.length - 1]?.seq ?? 100) paged.push(...(await store.readFrom(after, 7)))
    expect(paged).toEqual(committed)
    expect(await store.readFrom(100, 10)).toEqual([])
    await expect(store.readFrom(-1, 10)).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_INVALID_OPTION' })
    await store.close()
  })

  it('returns only durable records', async () => {
    const store = await openStore({ dir: tempDir(), snapshotOnClose: false })
    await store.commit([{ path: 'a', value: 1 }])
    const pending = store.commit([{ path: 'b', value: 2 }])
    expect((await store.readFrom(0, 10)).map((r) => r.seq)).toEqual([1])
    await pending
    expect((await store.readFrom(0, 10)).map((r) => r.seq)).toEqual([1, 2])
    await store.close()
  })
})

describe('releaseUpTo and snapshots', () => {
  it('deletes segments covered by both the watermark and total.json, and still serves everything after the watermark', async () => {
    const dir = tempDir()
    const store = await openStore({ dir, segmentBytes: 1000, cacheRecords: 5, snapshotOnClose: false })
    const committed: CommittedRecord[] = []
    for (let n = 0; n < 80; n++) committed.push(await store.commit(turn('conv_b', n)))
    const segmentsBefore = store.stats().segments
    expect(segmentsBefore).toBeGreaterThan(5)

    store.releaseUpTo(50)
    // Released but not yet in total.json: nothing may go.
    expect(store.stats().segments).toBe(segmentsBefore)
    await store.snapshot()
    const stats = store.stats()
    expect(stats.snapshotSeq).toBe(80)
    expect(stats.segments).toBeLessThan(segmentsBefore)
    expect(stats.firstRetainedSeq).toBeLessThanOrEqual(51)
    expect(readdirSync(join(dir, 'journal'))).toHaveLength(stats.segments)

    expect(await store.readFrom(50, 1000)).toEqual(committed.slice(50))
    // A mirror that lost its watermark re-reads from what the journal still holds.
    expect((await store.readFrom(0, 1000))[0]?.seq).toBe(stats.firstRetainedSeq)

    store.releaseUpTo(80)
    await store.commit(turn('conv_b', 80))
    await store.snapshot()
    expect(store.stats().segments).toBe(1)
    await store.close()

    const reopened = await openStore({ dir, snapshotOnClose: false })
    expect(reopened.get('')).toEqual(store.get(''))
    await reopened.close()
  })

  it('starts a background snapshot after snapshotEveryRecords records', async () => {
    let written!: () => void
    const snapshotWritten = new Promise<void>((resolve) => (written = resolve))
    const store = await openStore({
      dir: tempDir(),
      snapshotEveryRecords: 25,
      snapshotOnClose: false,
      onSnapshotStep: (step) => {
        if (step === 'dir-synced') written()
      },
    })
    for (let n = 0; n < 30; n++) await store.commit(turn('conv_c', n))
    await snapshotWritten
    await store.close()
    expect(store.stats().snapshotSeq).toBeGreaterThanOrEqual(25)
    expect(store.stats().snapshots.written).toBe(1)
  })
})

describe('write failure', () => {
  // /dev/full fails every write with ENOSPC: a real "disk full" from the kernel. The next segment
  // file is pre-created as a symlink to it, so the store's first write after rotation hits it.
  it.skipIf(!existsSync('/dev/full'))('rejects the failed commit and every later one, and reports it', async () => {
    const dir = tempDir()
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir, segmentBytes: 200, log, snapshotOnClose: false })
    const first = await store.commit(turn('conv_d', 1))
    expect(store.stats().journalBytes).toBeGreaterThanOrEqual(200)
    symlinkSync('/dev/full', join(dir, 'journal', segmentFileName(first.seq + 1)))

    await expect(store.commit(turn('conv_d', 2))).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_FAILED' })
    await expect(store.commit(turn('conv_d', 3))).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_FAILED' })
    expect(store.stats().failed).toMatch(/ENOSPC/)
    expect(store.lastDurableSeq).toBe(1)
    await expect(store.snapshot()).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_FAILED' })
    expect(entries.some((e) => e.level === 'error' && e.msg.includes('journal write failed'))).toBe(true)
    await store.close()
  })
})
