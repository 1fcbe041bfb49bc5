import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { Mirror } from '../../src/mirror/sync-loop.js'
import { openStore, type LocalStore } from '../../src/store/index.js'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// A record Firebase refuses as too big cannot be split, so it holds every record after it. The
// store refuses such commits (MAX_RECORD_BYTES); a record from before that check, or a Firebase
// with a smaller limit, must at least be named in the log, once. Our emulator's message limit is
// lowered so a small record is "too big".

let rtdb: RtdbTarget
let dir: string
let store: LocalStore
let mirror: Mirror | null = null

beforeEach(async () => {
  rtdb = await useRtdb({ maxMessageChars: 20_000 })
  dir = await mkdtemp(join(tmpdir(), 'aurora-too-big-'))
  store = await openStore({ dir })
})

afterEach(async () => {
  await mirror?.stop({ drainTimeoutMs: 10 })
  await store.close()
  await rtdb.stop()
  await rm(dir, { recursive: true, force: true })
})

it.skipIf(skipOnExternal('the message limit is an option of our emulator'))('logs a single record Firebase refuses as too big once, as an error naming its seq, and keeps retrying', async () => {
  const errors: { seq?: number; msg: string }[] = []
  mirror = new Mirror({
    store,
    target: { kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace: rtdb.namespace('too-big') },
    stateDir: dir,
    batchDeadlineMs: 5000,
    maxBatchRecords: 100,
    backoff: { baseMs: 10, maxMs: 40 },
    log: pino({ level: 'info' }, { write: (line: string) => void (JSON.parse(line).level === 50 && errors.push(JSON.parse(line))) }),
  })
  await mirror.start()
  await store.commit([{ path: 'a/ok', value: 1 }])
  const big = await store.commit([{ path: 'call_history/c1', value: { text: 'x'.repeat(30_000) } }])
  await store.commit([{ path: 'a/after', value: 2 }])
  const deadline = Date.now() + 10_000
  while (mirror.state().failures < 10) {
    if (Date.now() > deadline) throw new Error('too few retries')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  expect(mirror.watermark).toBe(big.seq - 1)
  expect(errors.map((e) => [e.msg, e.seq])).toEqual([['firebase refused a single journal record as too big: the mirror cannot pass it', big.seq]])
})
