import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../../sim/fault-proxy/proxy.js'
import { connectRtdb, type RtdbConnection, type ResolvedFirebaseTarget } from '../../src/mirror/rtdb.js'
import { Mirror } from '../../src/mirror/sync-loop.js'
import { openStore, type Json, type LocalStore } from '../../src/store/index.js'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// The mirror against a real journal and a real emulator, with faults injected by the TCP proxy
// (so these run against Google's emulator too) or by our emulator where noted.

let rtdb: RtdbTarget
let proxy: FaultProxy
let dir: string
let namespace: string
let store: LocalStore
/** The mirror worker writes through the proxy. */
let target: ResolvedFirebaseTarget
let reader: RtdbConnection
let mirror: Mirror
let warnings: string[]

function newMirror(overrides: { batchDeadlineMs?: number; maxBatchRecords?: number; backoff?: { baseMs: number; maxMs: number } } = {}): Mirror {
  warnings = []
  const log = pino({ level: 'info' }, { write: (line: string) => void (JSON.parse(line).level === 40 && warnings.push(JSON.parse(line).msg)) })
  return new Mirror({
    store,
    target,
    stateDir: dir,
    batchDeadlineMs: overrides.batchDeadlineMs ?? 1000,
    maxBatchRecords: overrides.maxBatchRecords ?? 100,
    log,
    backoff: overrides.backoff ?? { baseMs: 20, maxMs: 200 },
  })
}

beforeEach(async () => {
  rtdb = await useRtdb()
  proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
  dir = await mkdtemp(join(tmpdir(), 'aurora-mirror-'))
  namespace = rtdb.namespace('mirror')
  store = await openStore({ dir })
  target = { kind: 'emulator', projectId: 'demo-aurora', hostPort: proxy.hostPort, namespace }
  reader = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace }, 'mirror-reader')
  mirror = newMirror()
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

async function firebaseTree(): Promise<unknown> {
  return (await reader.db.ref().get()).val()
}

async function turn(i: number): Promise<number> {
  const record = await store.commit([
    { path: `active_conversations/conv_1/messages/msg_${String(i).padStart(6, '0')}`, value: { seq: i, text: `turn ${i}` } },
    { path: 'active_conversations/conv_1/last_message_at', value: `t${i}` },
    { path: 'active_calls/call_1/last_message_at', value: `t${i}` },
  ])
  return record.seq
}

describe('mirror', () => {
  it('copies every durable record to Firebase, in order, until both trees are equal', async () => {
    await store.commit([{ path: 'active_calls/call_1', value: { status: 'ACTIVE', urgency: 'LOW' } as Json }])
    let last = 0
    for (let i = 1; i <= 50; i++) last = await turn(i)
    await store.commit([{ path: 'active_calls/call_1/urgency', value: 'CRITICAL' }])
    last++
    expect(await mirror.waitForSeq(last, 10_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
    const state = mirror.state()
    expect(state.pending).toBe(0)
    expect(state.lagMs.count).toBe(last)
    // Coalescing: 52 records never need 52 round trips.
    expect(state.batches).toBeLessThanOrEqual(last)
  })

  it('keeps commits fast during an outage, warns once, and converges when Firebase is back', async () => {
    await turn(1)
    expect(await mirror.waitForSeq(1, 5000)).toBe(true)
    proxy.set({ down: true })
    let last = 0
    for (let i = 2; i <= 40; i++) last = await turn(i)
    // Commits resolved while Firebase was unreachable: nothing on the caller's path waited for it.
    expect(store.lastDurableSeq).toBe(last)
    await waitUntil(() => mirror.state().outage !== null)
    expect(mirror.state().pending).toBeGreaterThan(0)
    // The lag admins see starts at the oldest record Firebase has not acknowledged.
    const [oldest] = await store.readFrom(mirror.watermark, 1)
    expect(mirror.oldestPendingAt()).toBe(oldest!.ts)
    proxy.set({ down: false })
    expect(await mirror.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
    expect(mirror.state().outage).toBeNull()
    expect(mirror.oldestPendingAt()).toBeNull()
    expect(warnings.filter((w) => w === 'firebase mirror outage')).toHaveLength(1)
  })

  it('knows the commit time of a pending record from before its start from the batch it sends, without the journal', async () => {
    // After a restart with a backlog the main thread's recent commit times do not reach back to
    // the watermark; the writer's batch does, so the status need not read the journal each second.
    await mirror.stop()
    const first = await store.commit([{ path: 'a/1', value: 1 }])
    await store.commit([{ path: 'a/2', value: 2 }])
    proxy.set({ down: true })
    mirror = newMirror()
    await mirror.start()
    await waitUntil(() => mirror.oldestPendingAt() !== null, 3000)
    expect(mirror.watermark).toBe(0)
    expect(mirror.oldestPendingAt()).toBe(first.ts)
  })

  it('recovers from a stalled connection (accepted, never answered) by reconnecting', async () => {
    await mirror.stop()
    mirror = newMirror({ batchDeadlineMs: 300 })
    await mirror.start()
    await turn(1)
    expect(await mirror.waitForSeq(1, 5000)).toBe(true)
    proxy.set({ stall: true })
    const last = await turn(2)
    await waitUntil(() => mirror.state().deadlinesMissed > 0)
    proxy.set({ stall: false })
    expect(await mirror.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
  })

  it('resumes from its persisted watermark after a restart and re-sends what Firebase never acknowledged', async () => {
    await turn(1)
    expect(await mirror.waitForSeq(1, 5000)).toBe(true)
    proxy.set({ down: true })
    let last = 0
    for (let i = 2; i <= 10; i++) last = await turn(i)
    await mirror.stop({ drainTimeoutMs: 50 })
    await store.close()

    store = await openStore({ dir })
    expect(store.lastDurableSeq).toBe(last)
    proxy.set({ down: false })
    mirror = newMirror()
    await mirror.start()
    expect(mirror.watermark).toBe(1)
    expect(await mirror.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
  })

  it('a watermark older than what Firebase acknowledged (killed between the ack and its save) re-sends those records and converges, nothing doubled', async () => {
    let last = 0
    for (let i = 1; i <= 5; i++) last = await turn(i)
    // The call ends: its active entry goes, its history stays. A re-send in small batches passes
    // through the turns before this again, and must still end with the call gone.
    last = (await store.commit([
      { path: 'active_calls/call_1', value: null },
      { path: 'call_history/call_1', value: { ended_at: 't6', turns: 5 } },
    ])).seq
    expect(await mirror.waitForSeq(last, 5000)).toBe(true)
    await mirror.stop({ drainTimeoutMs: 1000 })
    await store.close()
    const acknowledged = await firebaseTree()
    // The saves after the first batch never happened: what kill -9 leaves when it lands between
    // Firebase's acknowledgement and the watermark's rename. Batches of two re-send turns 2-5 apart
    // from the call's end, so for a moment Firebase holds the ended call again (a partial entry):
    // the re-sent range is at most WATERMARK_SAVE_MS of acknowledgements, one batch at the default
    // batch size, where the end folds over the turns before it.
    await writeFile(join(dir, 'mirror-watermark.json'), JSON.stringify({ acked_seq: 1 }))

    store = await openStore({ dir })
    mirror = newMirror({ maxBatchRecords: 2 })
    await mirror.start()
    expect(mirror.watermark).toBe(1)
    last = await turn(7)
    expect(await mirror.waitForSeq(last, 10_000)).toBe(true)
    // Records 2-6 went again (three batches of at most two, and turn 7 in one or two more).
    expect(mirror.state().batches).toBeGreaterThanOrEqual(3)
    const tree = await firebaseTree()
    expect(tree).toEqual(store.get(''))
    const messages = Object.keys((tree as { active_conversations: { conv_1: { messages: object } } }).active_conversations.conv_1.messages)
    expect(messages).toEqual([1, 2, 3, 4, 5, 7].map((i) => `msg_${String(i).padStart(6, '0')}`))
    expect((tree as { active_calls?: { call_1?: unknown } }).active_calls?.call_1).toEqual({ last_message_at: 't7' })
    expect(acknowledged).toMatchObject({ call_history: { call_1: { ended_at: 't6', turns: 5 } } })
  })

  it('drains a backlog larger than its batch size without holding it in memory', async () => {
    await mirror.stop()
    mirror = newMirror({ maxBatchRecords: 7 })
    proxy.set({ down: true })
    await mirror.start()
    let last = 0
    for (let i = 1; i <= 120; i++) last = await turn(i)
    proxy.set({ down: false })
    expect(await mirror.waitForSeq(last, 20_000)).toBe(true)
    expect(mirror.state().batches).toBeGreaterThanOrEqual(Math.ceil(120 / 7))
    expect(await firebaseTree()).toEqual(store.get(''))
  })

  it('splits a backlog whose batch would exceed the 16 MiB limit on one Firebase write, and converges', async () => {
    // A backlog (as after an outage) of archive records, which carry whole conversations: 450 of
    // 40 KB make one 18 MB batch.
    await mirror.stop()
    let last = 0
    for (let i = 0; i < 450; i++) last = (await store.commit([{ path: `call_history/call_${i}`, value: { text: 'x'.repeat(40_000), i } }])).seq
    mirror = newMirror({ maxBatchRecords: 500, batchDeadlineMs: 10_000 })
    await mirror.start()
    expect(await mirror.waitForSeq(last, 30_000)).toBe(true)
    expect(warnings).toContain('firebase refused a mirror batch as too big: sending smaller ones')
    const history = (await reader.db.ref('call_history').get()).val() as Record<string, unknown>
    expect(Object.keys(history)).toHaveLength(450)
  }, 60_000)

  it('reports a damaged record it still needs as an outage (so /health is degraded), logging it once', async () => {
    // Firebase away the whole time, and a snapshot covers every record: start-up never reads the
    // oldest segment again, but the mirror, still at watermark 0, must.
    await mirror.stop()
    await store.close()
    await rm(dir, { recursive: true, force: true })
    const damaged = (dir = await mkdtemp(join(tmpdir(), 'aurora-mirror-damaged-'))) // afterEach removes it
    store = await openStore({ dir: damaged, segmentBytes: 4096 })
    for (let i = 0; i < 100; i++) await store.commit([{ path: `calls/c${i}`, value: { text: 'x'.repeat(100), i } }])
    await store.close()
    const segment = join(damaged, 'journal', (await readdir(join(damaged, 'journal'))).sort()[0] as string)
    const bytes = await readFile(segment)
    bytes[200] = (bytes[200] as number) ^ 0x01
    await writeFile(segment, bytes)
    store = await openStore({ dir: damaged })
    const errors: string[] = []
    mirror = new Mirror({
      store, target, stateDir: damaged, batchDeadlineMs: 1000, maxBatchRecords: 500, backoff: { baseMs: 20, maxMs: 100 },
      log: pino({ level: 'info' }, { write: (line: string) => void (JSON.parse(line).level === 50 && errors.push(JSON.parse(line).msg)) }),
    })
    await mirror.start()
    await waitUntil(() => /^journal unreadable after seq 0: .*unreadable record/.test(mirror.state().outage?.reason ?? ''))
    await new Promise((resolve) => setTimeout(resolve, 300)) // several retries
    expect(errors).toEqual(['mirror journal read failed'])
    expect(mirror.watermark).toBe(0)
  })

  it.skipIf(skipOnExternal('rejected writes are a fault of our emulator'))('retries batches Firebase rejects, then converges', async () => {
    rtdb.faults!.set({ rejectWrites: true })
    const last = await turn(1)
    await waitUntil(() => mirror.state().failures > 0)
    expect(mirror.watermark).toBe(0)
    rtdb.faults!.clear()
    expect(await mirror.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
  })

  it.skipIf(skipOnExternal('rejected writes are a fault of our emulator'))('keeps its backoff between rejected batches while new records keep arriving', async () => {
    // Each durable record wakes the loop's "nothing pending" wait; the retry backoff must not end
    // on it, or a rejected batch is sent again at the commit rate.
    await mirror.stop()
    mirror = newMirror({ backoff: { baseMs: 250, maxMs: 1000 } })
    await mirror.start()
    rtdb.faults!.set({ rejectWrites: true })
    let last = await turn(1)
    await waitUntil(() => mirror.state().failures > 0)
    const before = mirror.state().failures
    const until = Date.now() + 2000
    for (let i = 2; Date.now() < until; i++) {
      last = await turn(i) // about 50 records a second, a modest call load
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    // Full-jitter backoff (ceilings 250, 500, 1000 ms...) sends about six in 2 s; waking on each
    // record sent about a hundred.
    expect(mirror.state().failures - before).toBeLessThanOrEqual(15)
    expect(mirror.watermark).toBe(0)
    rtdb.faults!.clear()
    expect(await mirror.waitForSeq(last, 20_000)).toBe(true)
    expect(await firebaseTree()).toEqual(store.get(''))
  })
})

async function waitUntil(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
