import { writeFileSync } from 'node:fs'
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

beforeEach(async () => {
  rtdb = await useRtdb()
  proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
  dir = await mkdtemp(join(tmpdir(), 'aurora-lock-lost-'))
  const namespace = rtdb.namespace('lock-lost')
  store = await openStore({ dir, lockRefreshMs: 50, snapshotOnClose: false })
  reader = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace }, 'lock-lost-reader')
  logs = []
  mirror = new Mirror({
    store,
    target: { kind: 'emulator', projectId: 'demo-aurora', hostPort: proxy.hostPort, namespace },
    stateDir: dir,
    batchDeadlineMs: 300,
    maxBatchRecords: 100,
    lingerMs: 0,
    log: pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
    backoff: { baseMs: 20, maxMs: 100 },
  })
  await mirror.start()
})

afterEach(async () => {
  await mirror.stop({ drainTimeoutMs: 100 })
  await store.close()
  await reader.close()
  await proxy.stop()
  await rtdb.stop()
  await rm(dir, { recursive: true, force: true })
})

it('stops the mirror for good once another process has taken the store lock over', async () => {
  const first = await store.commit([{ path: 'calls/a', value: 'before' }])
  expect(await mirror.waitForSeq(first.seq, 5000)).toBe(true)
  await vi.waitFor(async () => expect(await loadWatermark(dir)).toBe(first.seq), { timeout: 5000 })

  // Firebase unreachable: the next records wait in the mirror's writer.
  proxy.set({ down: true })
  await store.commit([{ path: 'calls/b', value: 'pending' }])
  await store.commit([{ path: 'calls/a', value: 'pending' }])
  // What another host writes when it found this process frozen past the stale time (in one go:
  // the lock's refresh, on this event loop, must not read it half-written).
  writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: 7, started: null, host: 'other-node', token: 'theirs', refreshMs: 10_000 }))
  await vi.waitFor(() => expect(store.commit([{ path: 'calls/c', value: 'refused' }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_LOCK_LOST' }), { timeout: 5000 })

  proxy.set({ down: false })
  // Several deadlines and reconnects' worth: a writer still running would have sent both by now.
  await new Promise((resolve) => setTimeout(resolve, 1500))
  expect((await reader.db.ref('calls').get()).val()).toEqual({ a: 'before' })
  const state = mirror.state()
  expect(state.worker.running).toBe(false)
  expect(state.outage?.reason).toMatch(/^stopped: .*pid 7 on other-node/)
  expect(state.watermark).toBe(first.seq)
  expect(logs.filter((l) => l.msg === 'store lock lost: firebase mirror stopped')).toHaveLength(1)
  // The watermark file is the new holder's now.
  expect(await loadWatermark(dir)).toBe(first.seq)
})
