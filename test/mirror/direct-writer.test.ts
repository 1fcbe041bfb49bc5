import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BatchLoop } from '../../src/mirror/batch-loop.js'
import { DirectWriter } from '../../src/mirror/direct-writer.js'
import { connectRtdb, type RtdbConnection } from '../../src/mirror/rtdb.js'
import type { FromWorker, WorkerStatus } from '../../src/mirror/worker-protocol.js'
import { openStore, type CommittedRecord, type LocalStore } from '../../src/store/index.js'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// The naive design's writer (MIRROR_MODE=inline) on its own, against a real journal and a real
// emulator: how it behaves when the journal cannot be read and when the SDK throws instead of
// rejecting. The app-level behaviour (one write per record, re-send after a rejection) is in
// mirror-app.test.ts.

let rtdb: RtdbTarget
let dir: string
let store: LocalStore
let connection: RtdbConnection
let writer: DirectWriter | null
let status: WorkerStatus | null
let acked: number
let logs: { level: number; msg: string }[]

/** Full-jitter backoff with the jitter pinned to its ceiling: 40, 80, 160, 160 ... ms. */
const BACKOFF = { baseMs: 40, maxMs: 160, random: () => 1 }

function newWriter(source: Pick<LocalStore, 'lastDurableSeq' | 'readFrom'>): DirectWriter {
  const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) })
  const onReport = (report: Extract<FromWorker, { type: 'acked' | 'status' }>): void => {
    status = report.status
    if (report.type === 'acked') acked = report.seq
  }
  writer = new DirectWriter({ db: connection.db, store: source, watermark: 0, backoff: BACKOFF, log, onReport })
  return writer
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeEach(async () => {
  rtdb = await useRtdb()
  dir = await mkdtemp(join(tmpdir(), 'aurora-direct-'))
  store = await openStore({ dir })
  connection = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace: rtdb.namespace('direct') }, 'direct')
  writer = null
  status = null
  acked = 0
  logs = []
})

afterEach(async () => {
  await writer?.stop()
  await connection.close()
  await store.close()
  await rtdb.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('DirectWriter', () => {
  it('retries an unreadable journal after a growing backoff, reports the outage once, and catches up when it reads again', async () => {
    for (let i = 0; i < 3; i++) await store.commit([{ path: `calls/c${i}`, value: { n: i } }])
    let failing = true
    const readsAt: number[] = []
    const writer = newWriter({
      get lastDurableSeq() {
        return store.lastDurableSeq
      },
      readFrom(afterSeq: number, max: number): Promise<CommittedRecord[]> {
        readsAt.push(performance.now())
        return failing ? Promise.reject(new Error('EIO: i/o error, read')) : store.readFrom(afterSeq, max)
      },
    })
    writer.start()
    // 0, 40, 120, 280, 440 ms with the backoff pinned to its ceiling; a retry without one would
    // read thousands of times. Waited for, not slept: a loaded machine only stretches the gaps.
    await until(() => readsAt.length >= 5)
    const gaps = readsAt.slice(1).map((at, i) => at - (readsAt[i] as number))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(35)
    expect(status?.outage?.reason).toMatch(/^journal unreadable after seq 0: EIO/)
    expect(logs.filter((l) => l.msg === 'firebase mirror outage')).toHaveLength(1)

    failing = false
    await until(() => acked === store.lastDurableSeq)
    expect((await connection.db.ref('calls').get()).val()).toEqual(store.get('calls'))
    expect(status?.outage).toBeNull()
    expect(logs.filter((l) => l.msg === 'firebase mirror recovered')).toHaveLength(1)
  })

  it('treats a write the SDK refuses by throwing as a rejection: nothing escapes push(), and it is retried later', async () => {
    const writer = newWriter(store)
    writer.start()
    const first = await store.commit([{ path: 'calls/a', value: { n: 1 } }])
    writer.push(first)
    await until(() => acked === first.seq)
    // A deleted app makes the SDK throw synchronously from db.ref(), as during a shutdown race.
    await connection.close()
    const second = await store.commit([{ path: 'calls/b', value: { n: 2 } }])
    expect(() => writer.push(second)).not.toThrow()
    await until(() => status?.failures === 1)
    // Closing went offline first, so the outage began as a disconnection.
    expect(status?.outage).not.toBeNull()
    expect(acked).toBe(first.seq)
    expect(logs.filter((l) => l.msg === 'firebase rejected a write')).toHaveLength(1)
    // Sent again from the watermark after each backoff (40, 80, 160, 160 ms), refused again each
    // time: at least 35 ms apart however loaded the machine, so never more than one per 35 ms.
    const since = performance.now()
    await until(() => (status?.failures ?? 0) >= 4)
    const elapsed = performance.now() - since
    expect(status?.failures).toBeLessThanOrEqual(2 + Math.ceil(elapsed / 35))
    expect(acked).toBe(first.seq)
  })
})

describe('DirectWriter.stop()', () => {
  it('sends nothing a catch-up read returns after the writer stopped', async () => {
    for (let i = 0; i < 3; i++) await store.commit([{ path: `calls/c${i}`, value: { n: i } }])
    let reads = 0
    const writer = newWriter({
      get lastDurableSeq() {
        return store.lastDurableSeq
      },
      async readFrom(afterSeq: number, max: number): Promise<CommittedRecord[]> {
        reads++
        // A slow disk: the writer is stopped while this read is on its way.
        await new Promise((resolve) => setTimeout(resolve, 200))
        return store.readFrom(afterSeq, max)
      },
    })
    writer.start()
    await until(() => reads === 1)
    await writer.stop()
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(status?.batches ?? 0).toBe(0)
    expect((await connection.db.ref('calls').get()).val()).toBeNull()
  })
})

describe("BatchLoop (the mirror worker's loop)", () => {
  function newLoop(backoff: typeof BACKOFF = BACKOFF): BatchLoop {
    const log = { info: () => undefined, warn: () => undefined, error: () => undefined }
    return new BatchLoop({
      source: {
        get lastDurableSeq() {
          return store.lastDurableSeq
        },
        read: (afterSeq, max) => store.readFrom(afterSeq, max),
        onChange: (listener) => store.onDurable(() => listener()),
      },
      db: connection.db,
      watermark: 0,
      batchDeadlineMs: 1000,
      maxBatchRecords: 10,
      lingerMs: 0,
      backoff,
      log,
      onAcked: (records) => void (acked = (records[records.length - 1] as CommittedRecord).seq),
      onChange: () => undefined,
    })
  }

  it.skipIf(skipOnExternal('rejected writes are a fault of our emulator'))('sends at once on drain(), in the middle of a retry backoff', async () => {
    // Shutting down drains for 2 s: a 30 s backoff after rejected writes must not hold what is left.
    const loop = newLoop({ baseMs: 20_000, maxMs: 20_000, random: () => 1 })
    loop.start()
    rtdb.faults!.set({ rejectWrites: true })
    const first = await store.commit([{ path: 'calls/a', value: 1 }])
    await until(() => loop.status().failures >= 1)
    rtdb.faults!.clear()
    const drained = Date.now()
    loop.drain()
    await until(() => acked === first.seq, 3000)
    expect(Date.now() - drained).toBeLessThan(3000)
    await loop.stop()
  })

  it('treats a write the SDK refuses by throwing as a rejection, so the loop goes on and stops cleanly', async () => {
    const loop = newLoop()
    loop.start()
    const first = await store.commit([{ path: 'calls/a', value: 1 }])
    await until(() => acked === first.seq)
    // A deleted app makes the SDK throw synchronously from db.ref().
    await connection.close()
    await store.commit([{ path: 'calls/b', value: 2 }])
    await until(() => loop.status().failures >= 2)
    expect(acked).toBe(first.seq)
    await expect(loop.stop()).resolves.toBeUndefined()
  })
})
