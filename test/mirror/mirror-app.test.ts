import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startFaultProxy } from '../../sim/fault-proxy/proxy.js'
import { buildApp } from '../../src/app.js'
import { connectRtdb } from '../../src/mirror/rtdb.js'
import { newCallSid, parseTwiml, signedPost, startAurora, testConfig, twilioParams, type TestAurora } from '../helpers/aurora.js'
import { skipOnExternal, useRtdb } from '../helpers/rtdb.js'

// The mirror inside the whole app: MIRROR_MODE=inline (the bench's naive design) writes each
// record itself and waits for Firebase, and closing the app leaves nothing that keeps the
// process alive.

describe('MIRROR_MODE=inline', () => {
  let aurora: TestAurora
  beforeAll(async () => {
    aurora = await startAurora({ firebase: true, proxy: true, env: { MIRROR_MODE: 'inline' } })
  })
  afterAll(async () => {
    await aurora.close()
  })

  it('answers a webhook only once Firebase holds what it committed', async () => {
    const res = await aurora.app.inject(signedPost('/incoming-call', twilioParams(newCallSid())))
    expect(res.statusCode).toBe(200)
    expect(aurora.app.mirror!.watermark).toBe(aurora.app.store.lastDurableSeq)
    expect((await aurora.reader!.db.ref().get()).val()).toEqual(aurora.app.store.get(''))
  })

  it('sends every record as a write of its own, without waiting for the writes before it', async () => {
    const mirror = aurora.app.mirror!
    const before = { writes: mirror.state().batches, seq: aurora.app.store.lastDurableSeq }
    // 300 ms each way. A new call is two commits, one after the other (the call, then the
    // greeting): two round trips when the five calls' writes go out together, ten when each
    // waits for the writes before it.
    aurora.proxy!.set({ latencyMs: { in: 300, out: 300 } })
    try {
      const started = performance.now()
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => aurora.app.inject(signedPost('/incoming-call', twilioParams(newCallSid())))),
      )
      const elapsedMs = performance.now() - started
      expect(answers.map((res) => res.statusCode)).toEqual([200, 200, 200, 200, 200])
      const records = aurora.app.store.lastDurableSeq - before.seq
      expect(records).toBeGreaterThanOrEqual(5)
      expect(mirror.state().batches - before.writes).toBe(records)
      expect(elapsedMs).toBeGreaterThanOrEqual(2 * 600)
      expect(elapsedMs).toBeLessThan(5 * 600)
    } finally {
      aurora.proxy!.set({ latencyMs: { in: 0, out: 0 } })
    }
    expect((await aurora.reader!.db.ref().get()).val()).toEqual(aurora.app.store.get(''))
  })

  it.skipIf(skipOnExternal('rejects writes through fault injection'))('sends a rejected write again, with what followed it, and answers once Firebase holds it', async () => {
    const mirror = aurora.app.mirror!
    const failuresBefore = mirror.state().failures
    aurora.rtdb!.faults!.set({ rejectWrites: true })
    let answered = false
    const pending = aurora.app.inject(signedPost('/incoming-call', twilioParams(newCallSid()))).finally(() => (answered = true))
    try {
      await vi.waitFor(() => expect(mirror.state().failures).toBeGreaterThan(failuresBefore), { timeout: 5000 })
      expect(mirror.state().outage?.reason).toMatch(/write rejected/)
      expect(answered).toBe(false)
    } finally {
      aurora.rtdb!.faults!.set({ rejectWrites: false })
    }
    const res = await pending
    expect(res.statusCode).toBe(200)
    expect(parseTwiml(res).gatherAction).not.toBeNull()
    expect(mirror.watermark).toBe(aurora.app.store.lastDurableSeq)
    expect(mirror.state().outage).toBeNull()
    expect((await aurora.reader!.db.ref().get()).val()).toEqual(aurora.app.store.get(''))
  })
})

describe('an injected connection (deps.rtdb)', () => {
  it('is what the app listens with, and the mirror worker writes to its target', async () => {
    const rtdb = await useRtdb()
    const proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
    const namespace = rtdb.namespace('injected')
    const injected = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: proxy.hostPort, namespace }, 'test-injected')
    const reader = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace }, 'test-reader')
    // No Firebase in the config: only the injected connection says where to write.
    const config = await testConfig()
    const app = await buildApp(config, { rtdb: injected })
    try {
      await app.ready()
      expect(app.firebaseDb).toBe(injected.db)
      const sid = newCallSid()
      await app.inject(signedPost('/incoming-call', twilioParams(sid)))
      expect(await app.mirror!.waitForSeq(app.store.lastDurableSeq, 10_000)).toBe(true)

      // The writes go through the proxy: cutting it holds them back, restoring it lets them through.
      proxy.set({ down: true })
      await app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed' })))
      expect(await app.mirror!.waitForSeq(app.store.lastDurableSeq, 300)).toBe(false)
      proxy.set({ down: false })
      expect(await app.mirror!.waitForSeq(app.store.lastDurableSeq, 20_000)).toBe(true)
      expect((await reader.db.ref().get()).val()).toEqual(app.store.get(''))
    } finally {
      await app.close()
      await injected.close()
      await reader.close()
      await proxy.stop()
      await rtdb.stop()
      await rm(config.dataDir, { recursive: true, force: true })
    }
  })
})

describe('app.close()', () => {
  it('stops the mirror worker and leaves no handle open: the process exits by itself', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/close-and-exit.ts', import.meta.url))
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000)
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])))
    clearTimeout(timer)
    expect({ code, signal, stderr: stderr.split('\n').filter((l) => /error/i.test(l)) }).toEqual({ code: 0, signal: null, stderr: [] })
    const report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}')
    expect(report).toMatchObject({ status: 200, acked: true, worker: { running: false, restarts: 0 } })
  }, 40_000)
})
