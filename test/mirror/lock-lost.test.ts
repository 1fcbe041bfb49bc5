import { renameSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../../sim/fault-proxy/proxy.js'
import { connectRtdb, type RtdbConnection } from '../../src/mirror/rtdb.js'
import { Mirror } from '../../src/mirror/sync-loop.js'
import { loadWatermark } from '../../src/mirror/watermark.js'
import { openStore, type LocalStore } from '../../src/store/index.js'
import { useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// A process frozen past the lock's stale time finds, when it wakes, that another one took its data
// dir over. That process now mirrors the journal from the shared watermark; a batch this one sent
// afterwards could land after the newer values it wrote and put older ones back. So the mirror
// stops at once when the store's lock is lost.

let rtdb: RtdbTarget
let proxy: FaultProxy
let dir: string
let store: LocalStore
let reader: RtdbConnection
let mirror: Mirror
let logs: { level: number; msg: string }[]
let namespace: string
/** The naive design's writer writes over this one, through the proxy. */
let direct: RtdbConnection | null

function newMirror(options: { direct?: boolean } = {}): Mirror {
  if (options.direct) direct = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: proxy.hostPort, namespace }, 'lock-lost-direct')
  mirror = new Mirror({
    store,
    target: { kind: 'emulator', projectId: 'demo-aurora', hostPort: proxy.hostPort, namespace },
    stateDir: dir,
    batchDeadlineMs: 300,
    maxBatchRecords: 100,
    lingerMs: 0,
    log: pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
    backoff: { baseMs: 20, maxMs: 100 },
    ...(options.direct && direct ? { direct: direct.db } : {}),
  })
  return mirror
}

async function startMirror(options: { direct?: boolean } = {}): Promise<Mirror> {
  await newMirror(options).start()
  return mirror
}

/** What another host writes when it found this process frozen past the stale time. In one go: the lock's refresh, on this event loop, must not read it half-written. */
// Written aside and renamed in, as a starting process's takeover does: the store's refresher reads
// the lock every 50 ms here, and a file caught half-written reads as unreadable, not as pid 7.
function takeLockOver(): void {
  const draft = join(dir, 'LOCK.theirs')
  writeFileSync(draft, JSON.stringify({ pid: 7, started: null, host: 'other-node', token: 'theirs', refreshMs: 10_000 }))
  renameSync(draft, join(dir, 'LOCK'))
}

async function lockLost(): Promise<void> {
  await vi.waitFor(() => expect(store.commit([{ path: 'probe', value: 'refused' }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_LOCK_LOST' }), { timeout: 5000 })
}

/** Several deadlines and reconnects' worth: a writer still running would have sent what it held. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1500))

beforeEach(async () => {
  rtdb = await useRtdb()
  proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
  dir = await mkdtemp(join(tmpdir(), 'aurora-lock-lost-'))
  namespace = rtdb.namespace('lock-lost')
  store = await openStore({ dir, lockRefreshMs: 50, snapshotOnClose: false })
  reader = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace }, 'lock-lost-reader')
  logs = []
  direct = null
})

afterEach(async () => {
  await mirror.stop({ drainTimeoutMs: 100 })
  await direct?.close()
  await store.close()
  await reader.close()
  await proxy.stop()
  await rtdb.stop()
  await rm(dir, { recursive: true, force: true })
})

/** Firebase acknowledged `calls/a = before`, then went down with two newer records pending. */
async function pendingBehindOutage(): Promise<number> {
  const first = await store.commit([{ path: 'calls/a', value: 'before' }])
  expect(await mirror.waitForSeq(first.seq, 5000)).toBe(true)
  await vi.waitFor(async () => expect(await loadWatermark(dir)).toBe(first.seq), { timeout: 5000 })
  proxy.set({ down: true })
  await store.commit([{ path: 'calls/b', value: 'pending' }])
  await store.commit([{ path: 'calls/a', value: 'pending' }])
  return first.seq
}

async function expectNothingSentAfter(acked: number): Promise<void> {
  proxy.set({ down: false })
  await settle()
  expect((await reader.db.ref('calls').get()).val()).toEqual({ a: 'before' })
  const state = mirror.state()
  expect(state.worker.running).toBe(false)
  expect(state.outage?.reason).toMatch(/^stopped: .*pid 7 on other-node/)
  expect(state.watermark).toBe(acked)
  // The watermark file is the new holder's now.
  expect(await loadWatermark(dir)).toBe(acked)
  expect(logs.filter((l) => l.msg === 'store lock lost: firebase mirror stopped')).toHaveLength(1)
}

it('stops the mirror for good once another process has taken the store lock over', async () => {
  await startMirror()
  const acked = await pendingBehindOutage()
  takeLockOver()
  await lockLost()
  await expectNothingSentAfter(acked)
})

it('ends a shutdown drain at once when the lock is lost during it, sending nothing more', async () => {
  await startMirror()
  const acked = await pendingBehindOutage()
  const started = performance.now()
  const stopping = mirror.stop({ drainTimeoutMs: 10_000 })
  takeLockOver()
  await stopping
  // The drain would have waited its 10 s for Firebase.
  expect(performance.now() - started).toBeLessThan(5000)
  await expectNothingSentAfter(acked)
})

it('does not start mirroring when the lock was lost before it started', async () => {
  await store.commit([{ path: 'calls/a', value: 'before' }])
  takeLockOver()
  await lockLost()
  await startMirror()
  expect(mirror.state().outage?.reason).toMatch(/^stopped: /)
  await settle()
  expect((await reader.db.ref('calls').get()).val()).toBeNull()
  expect(mirror.state().worker.running).toBe(false)
  expect(await loadWatermark(dir)).toBe(0)
})

it("drops the naive design's queued writes too (MIRROR_MODE=inline)", async () => {
  await startMirror({ direct: true })
  const acked = await pendingBehindOutage()
  takeLockOver()
  await lockLost()
  await expectNothingSentAfter(acked)
})

it('saves no watermark once the lock is lost, not even one Firebase acknowledged just before', async () => {
  await startMirror()
  const saved = await store.commit([{ path: 'calls/a', value: 'before' }])
  expect(await mirror.waitForSeq(saved.seq, 5000)).toBe(true)
  await vi.waitFor(async () => expect(await loadWatermark(dir)).toBe(saved.seq), { timeout: 5000 })
  const acked = await store.commit([{ path: 'calls/a', value: 'acknowledged' }])
  expect(await mirror.waitForSeq(acked.seq, 5000)).toBe(true)
  // Within the 200 ms a save waits for more acknowledgements: the new holder's file from here on.
  takeLockOver()
  await lockLost()
  await mirror.stop()
  await settle()
  expect(await loadWatermark(dir)).toBe(saved.seq)
})

it('a stop() while start() is still loading the watermark leaves no writer running', async () => {
  const starting = newMirror().start()
  await mirror.stop()
  await starting
  expect(mirror.state().worker.running).toBe(false)
  await store.commit([{ path: 'calls/a', value: 'after stop' }])
  await settle()
  expect((await reader.db.ref('calls').get()).val()).toBeNull()
})
