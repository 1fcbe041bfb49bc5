// Fuzzing the emulator's WebSocket endpoint (issue 9) with a raw client in one namespace while
// firebase-admin clients use others. Per case (a fresh connection and a burst of frames):
//   - the server never crashes or reports an internal error, and answers a request sent after
//     the burst (on the same socket, or on a new one if the burst closed it);
//   - another namespace's data never changes and its listener hears nothing;
//   - the fuzzed namespace only ever holds Firebase-legal keys;
//   - firebase-admin can still set and get, and no built-in prototype changed.

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toJSON } from '../../sim/rtdb/tree/node.js'
import { controlType, RawRtdbSocket, replyNumber, type RawMessage } from '../helpers/raw-rtdb-socket.js'
import { createClients, type AdminClient, type Clients } from '../helpers/rtdb-clients.js'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../helpers/rtdb.js'
import { FUZZ_RUNS, fuzzParameters, fuzzTimeout } from './fuzz-config.js'
import { firebaseKeyProblems } from './journal-watch.js'
import { prototypeChanges, snapshotPrototypes } from './prototype-guard.js'
import { expandFrames, piecesOutstanding, SYNC_R, WS_MAX_MESSAGE_CHARS, wsFramesArb, wsQueryArb, type WsFrame } from './rtdb-inputs.js'

const VICTIM_DATA = { users: { alice: { name: 'Alice', score: 10 }, bob: { name: 'Bob', '.priority': 2 } }, a: { b: 'keep' }, big: 'x'.repeat(1000) }

let rtdb: RtdbTarget
let clients: Clients
let victim: AdminClient
let health: AdminClient
let victimNs: string
let victimBefore: unknown
let victimEvents = 0
let healthRound = 0
let prototypes: ReturnType<typeof snapshotPrototypes>
/** Reply status -> count, to check the fuzzer reached the handlers and not only the parser. */
const statuses = new Map<string, number>()

// The harness reads the fuzzed emulator's namespaces in process, so it needs our own emulator.
const external = skipOnExternal('the fuzz harness inspects our emulator in process')

beforeAll(async () => {
  if (external) return
  rtdb = await useRtdb({ maxMessageChars: WS_MAX_MESSAGE_CHARS })
  clients = createClients(rtdb)
  victimNs = rtdb.namespace('victim')
  victim = clients.admin(victimNs)
  health = clients.admin(rtdb.namespace('health'))
  await victim.db.ref().set(VICTIM_DATA)
  victimBefore = rtdb.emulator!.namespaces.exportJSON(victimNs)
  await new Promise<void>((resolve) => {
    victim.db.ref().on('value', () => {
      victimEvents++
      resolve()
    })
  })
  prototypes = snapshotPrototypes()
})
afterAll(async () => {
  victim?.db.ref().off()
  await clients?.closeAll()
  await rtdb?.stop()
})

/** The server's messages, with counted runs (§2: a count frame, then that many pieces) joined. */
function reassemble(frames: readonly RawMessage[]): string[] {
  const messages: string[] = []
  for (let i = 0; i < frames.length; i++) {
    const text = (frames[i] as RawMessage).text
    if (!/^\d{1,6}$/.test(text)) {
      messages.push(text)
      continue
    }
    const count = Number(text)
    messages.push(frames.slice(i + 1, i + 1 + count).map((f) => f.text).join(''))
    i += count
  }
  return messages
}

/** Problems in what the server sent back: an internal error, or a message that is not an envelope. */
function replyProblems(frames: readonly RawMessage[]): string[] {
  const problems: string[] = []
  for (const text of reassemble(frames)) {
    const json = parseEnvelope(text)
    if (json === null || (json.t !== 'c' && json.t !== 'd')) problems.push(`server sent something that is not an envelope: ${text.slice(0, 120)}`)
    else if (json.d?.b?.s === 'internal_error') problems.push(`internal_error reply: ${text.slice(0, 200)}`)
    const status = json?.d?.b?.s
    if (typeof status === 'string') statuses.set(status, (statuses.get(status) ?? 0) + 1)
  }
  return problems
}

function parseEnvelope(text: string): { t?: unknown; d?: { b?: { s?: unknown } } } | null {
  try {
    const json: unknown = JSON.parse(text)
    return typeof json === 'object' && json !== null ? (json as { t?: unknown; d?: { b?: { s?: unknown } } }) : null
  } catch {
    return null
  }
}

async function connect(ns: string, query: { v: string | null; ls: string | null }): Promise<{ raw: RawRtdbSocket; hello: RawMessage }> {
  const params = new URLSearchParams()
  if (query.v !== null) params.set('v', query.v)
  params.set('ns', ns)
  if (query.ls !== null) params.set('ls', query.ls)
  const raw = await RawRtdbSocket.connect(rtdb.hostPort, params.toString())
  return { raw, hello: await raw.next() }
}

/** Sends a stats request and resolves with its reply status; the server must answer it. */
async function sync(raw: RawRtdbSocket): Promise<unknown> {
  raw.sendText(JSON.stringify({ t: 'd', d: { r: SYNC_R, a: 's', b: {} } }))
  const reply = await raw.next((m) => replyNumber(m) === SYNC_R)
  return (reply.json as { d: { b: { s: unknown } } }).d.b.s
}

async function runCase(frames: readonly WsFrame[], query: { v: string | null; ls: string | null }): Promise<string[]> {
  const emulator = rtdb.emulator!
  const ns = rtdb.namespace('fuzz')
  const problems: string[] = []
  const { raw, hello } = await connect(ns, query)
  if (controlType(hello) !== 'h') problems.push(`no hello: ${hello.text}`)

  for (const frame of expandFrames(frames)) {
    if (frame.kind === 'binary') raw.sendBinary(Buffer.from(frame.bytes))
    else raw.sendText(frame.text)
  }
  const closesSocket = frames.some((f) => f.kind === 'binary')
  const outstanding = piecesOutstanding(frames)
  if (!closesSocket && outstanding <= 64) {
    // Complete any counted run with filler pieces, so the sync request is read as a message.
    for (let i = 0; i < outstanding; i++) raw.sendText('x')
    const status = await sync(raw)
    if (status !== 'ok') problems.push(`stats after the burst answered ${String(status)}`)
  }
  // A binary frame makes the server drop the connection at once, running the session's close
  // (and its queued onDisconnect writes) before the client sees the socket close: once `closed`
  // resolves, everything this connection will ever write is written.
  if (!closesSocket) raw.sendBinary(Buffer.from([0]))
  await raw.closed
  problems.push(...replyProblems(raw.unclaimed))
  if (closesSocket || outstanding > 64) {
    // The burst cut its connection short: the server must still serve a new one.
    const again = await connect(ns, { v: '5', ls: null })
    const status = await sync(again.raw)
    if (status !== 'ok') problems.push(`a new connection's stats request answered ${String(status)}`)
    again.raw.sendBinary(Buffer.from([0]))
    await again.raw.closed
  }

  problems.push(...firebaseKeyProblems(toJSON(emulator.namespaces.get(ns))).map((p) => `fuzzed namespace: ${p}`))
  const victimNow = emulator.namespaces.exportJSON(victimNs)
  if (JSON.stringify(victimNow) !== JSON.stringify(victimBefore)) problems.push(`another namespace changed: ${JSON.stringify(victimNow).slice(0, 200)}`)
  if (victimEvents !== 1) problems.push(`another namespace's listener fired ${victimEvents} times`)

  const round = ++healthRound
  await health.db.ref(`rounds/${round % 8}`).set({ round })
  const read = (await health.db.ref(`rounds/${round % 8}`).get()).val() as unknown
  if ((read as { round?: unknown } | null)?.round !== round) problems.push(`firebase-admin read back ${JSON.stringify(read)}`)
  problems.push(...prototypeChanges(prototypes))
  emulator.namespaces.reset(ns)
  return problems
}

describe.skipIf(external)('fuzzed emulator WebSocket input', () => {
  it(
    'never crashes the emulator, always answers, and never touches another namespace',
    async () => {
      await fc.assert(
        fc.asyncProperty(wsFramesArb, wsQueryArb, async (frames, query) => {
          expect((await runCase(frames, query)).map((p) => p.slice(0, 400))).toEqual([])
        }),
        fuzzParameters(),
      )
      if (FUZZ_RUNS >= 100) {
        const summary = JSON.stringify(Object.fromEntries([...statuses].sort()))
        for (const status of ['ok', 'invalid_data', 'invalid_request', 'too_big']) {
          expect(statuses.get(status) ?? 0, `no ${status} reply seen: ${summary}`).toBeGreaterThan(0)
        }
      }
    },
    fuzzTimeout(30),
  )
})
