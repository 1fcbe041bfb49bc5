import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../../sim/fault-proxy/proxy.js'
import { connectRtdb, type RtdbConnection } from '../../src/mirror/rtdb.js'
import { Mirror, type MirrorOptions } from '../../src/mirror/sync-loop.js'
import { openStore, type LocalStore } from '../../src/store/index.js'
import { useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// The mirror's worker thread: what happens when it dies, and where it takes records from when
// Firebase falls far behind. A real journal, a real emulator behind the fault proxy.

let rtdb: RtdbTarget
let proxy: FaultProxy
let dir: string
let namespace: string
let store: LocalStore
let reader: RtdbConnection
let mirror: Mirror | null = null
let logs: { level: number; msg: string; err?: { message?: string } }[]

async function startMirror(overrides: Partial<MirrorOptions> = {}): Promise<Mirror> {
  logs = []
  const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) })
  mirror = new Mirror({
    store,
    target: { kind: 'emulator', projectId: 'demo-aurora', hostPort: proxy.hostPort, namespace },
    stateDir: dir,
    batchDeadlineMs: 1000,
    maxBatchRecords: 7,
    log,
    backoff: { baseMs: 20, maxMs: 200 },
    ...overrides,
  })
  await mirror.start()
  return mirror
}

beforeEach(async () => {
  rtdb = await useRtdb()
  proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
  dir = await mkdtemp(join(tmpdir(), 'aurora-mirror-worker-'))
  namespace = rtdb.namespace('mirror-worker')
  // Small segments and frequent snapshots: a backlog read from the journal crosses files, and
  // released ones are deleted under the reader.
  store = await openStore({ dir, segmentBytes: 4096, snapshotEveryRecords: 20 })
  reader = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace }, 'mirror-worker-reader')
})

afterEach(async () => {
  await mirror?.stop({ drainTimeoutMs: 100 })
  mirror = null
  await store.close()
  await reader.close()
  await proxy.stop()
  await rtdb.stop()
  await rm(dir, { recursive: true, force: true })
})

async function firebaseTree(): Promise<unknown> {
  return (await reader.db.ref().get()).val()
}

async function turn(i: number): Promise<number> {
  const record = await store.commit([
    { path: `active_conversations/conv_1/messages/msg_${String(i).padStart(6, '0')}`, value: { seq: i, text: `turn ${i}` } },
    { path: 'active_calls/call_1/last_message_at', value: `t${i}` },
  ])
  return record.seq
}

describe('mirror worker', () => {
  it('is restarted after it crashes, reports the outage meanwhile, and Firebase still converges', async () => {
    // A fixed restart delay, so the test can look while the worker is down.
    const m = await startMirror({ restartBackoff: { baseMs: 1000, maxMs: 1000, random: () => 1 } })
    expect(await m.waitForSeq(await turn(1), 10_000)).toBe(true)

    m.crashWorker('test crash')
    await waitUntil(() => !m.state().worker.running)
    const down = m.state()
    expect(down.connected).toBe(false)
    expect(down.outage?.reason).toMatch(/mirror worker crashed: test crash/)
    // The caller's path does not notice: commits resolve while no worker runs.
    let last = 0
    for (let i = 2; i <= 20; i++) last = await turn(i)

    expect(await m.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
    const up = m.state()
    expect(up.worker).toMatchObject({ running: true, restarts: 1 })
    expect(up.outage).toBeNull()
    const crashes = logs.filter((l) => l.msg === 'firebase mirror worker crashed')
    expect(crashes).toHaveLength(1)
    expect(crashes[0]!.level).toBe(50)
    expect(crashes[0]!.err?.message).toBe('test crash')
    expect(logs.some((l) => l.msg === 'firebase mirror recovered')).toBe(true)
  })

  it('reads a backlog past its memory cap from the journal, converges, then takes records from memory again', async () => {
    const m = await startMirror({ memoryBacklogRecords: 10 })
    expect(await m.waitForSeq(await turn(1), 10_000)).toBe(true)
    expect(m.state().source).toBe('memory')

    proxy.set({ down: true })
    let last = 0
    for (let i = 2; i <= 80; i++) last = await turn(i)
    await waitUntil(() => m.state().source === 'journal')
    // Memory stays bounded however long the outage lasts.
    expect(m.state().worker.backlog).toBeLessThanOrEqual(10)
    for (let i = 81; i <= 120; i++) last = await turn(i)
    expect(m.state().worker.backlog).toBeLessThanOrEqual(10)

    proxy.set({ down: false })
    expect(await m.waitForSeq(last, 30_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
    expect(m.state().worker.journalReads).toBeGreaterThanOrEqual(Math.floor(110 / 7))
    await waitUntil(() => m.state().source === 'memory')

    // Caught up and back in memory: new records are sent as posted, the journal is not read.
    last = await turn(121)
    expect(await m.waitForSeq(last, 10_000)).toBe(true)
    const reads = m.state().worker.journalReads
    for (let i = 122; i <= 126; i++) expect(await m.waitForSeq(await turn(i), 10_000)).toBe(true)
    expect(m.state().worker.journalReads).toBe(reads)
    expect(await firebaseTree()).toEqual(store.get(''))
  })

  it('starts from the journal what was durable before it ran', async () => {
    let last = 0
    for (let i = 1; i <= 30; i++) last = await turn(i)
    const m = await startMirror()
    expect(await m.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
    expect(m.state().worker.journalReads).toBeGreaterThan(0)
  })
})

async function waitUntil(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
