import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnAurora, type AuroraProcess } from '../../sim/calls/aurora-process.js'
import { createRng, type Rng } from '../../sim/calls/prng.js'
import { gatherParams, incomingCallParams, statusCallbackParams, TwilioClient, type CallIdentity } from '../../sim/calls/twilio-client.js'
import { startEmulator } from '../../sim/rtdb/emulator.js'
import { orderedMessages, type ActiveCall, type Conversation } from '../../src/calls/model.js'
import { connectRtdb } from '../../src/mirror/rtdb.js'
import { openStore } from '../../src/store/index.js'

// kill -9 Aurora at random moments while simulated callers keep talking, restart it on the same
// data dir, and check that every turn Twilio got TwiML for is in the journal and in Firebase,
// exactly once. Small journal segments, frequent snapshots and small mirror batches make the
// kills land during group commits, snapshot rewrites and mirror batches, not only in idle time.

export interface CrashRunOptions {
  kills: number
  callers: number
  seed: string | number
  /** Time between a restart and the next kill, in ms (uniform). */
  uptimeMs: [number, number]
  log?: (line: string) => void
}

export interface CrashRunResult {
  kills: number
  callsStarted: number
  turnsAcknowledged: number
  turnsFoundLocal: number
  turnsFoundFirebase: number
  duplicates: number
  lost: Array<{ callSid: string; turn: number; where: 'local' | 'firebase' }>
  locallyEqualsFirebase: boolean
}

const AUTH_TOKEN = 'crash-test-auth-token-000000'
const LINES = [
  'there is a fire in zone a',
  'smoke is coming out of bay 4',
  'gas leak near valve 3',
  'my colleague fell off the scaffold',
  'he is bleeding from his arm',
  'everyone is out at the muster point',
]

export async function runCrashTest(options: CrashRunOptions): Promise<CrashRunResult> {
  const rng = createRng(options.seed)
  const log = options.log ?? (() => {})
  const emulator = await startEmulator({ port: 0 })
  const dataDir = await mkdtemp(join(tmpdir(), 'aurora-crash-'))
  const port = await freePort()
  const publicUrl = `http://127.0.0.1:${port}`
  const namespace = 'demo-aurora-default-rtdb'
  const env = {
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    ADMIN_TOKEN: 'crash-test-admin-token-0000',
    AURORA_DATA_DIR: dataDir,
    INSTANCE_ID: 'crash',
    FIREBASE_DATABASE_EMULATOR_HOST: emulator.hostPort,
    JOURNAL_SEGMENT_BYTES: '16384',
    SNAPSHOT_EVERY_RECORDS: '40',
    MIRROR_MAX_BATCH_RECORDS: '8',
    MIRROR_BATCH_DEADLINE_MS: '500',
    LOG_LEVEL: 'info',
  }
  const client = new TwilioClient({ authToken: AUTH_TOKEN, publicUrl, timeoutMs: 10_000 })
  const acked = new Map<string, Set<number>>()
  let callsStarted = 0
  let stopping = false

  // Callers wait on this while Aurora is down; a restart resolves it.
  let up!: () => void
  let serverUp: Promise<void> = Promise.resolve()
  const markDown = (): void => {
    serverUp = new Promise((resolve) => (up = resolve))
  }

  let aurora: AuroraProcess = await spawnAurora({ env })
  const callers = Array.from({ length: options.callers }, (_, i) => caller(rng.fork(`caller-${i}`)))

  async function caller(callerRng: Rng): Promise<void> {
    while (!stopping) {
      const call: CallIdentity = {
        callSid: `CA${callerRng.hex(32)}`,
        accountSid: `AC${'0'.repeat(32)}`,
        from: `+1555123000${callerRng.int(1, 9)}`,
        to: '+15559990000',
      }
      callsStarted++
      const turns = new Set<number>()
      acked.set(call.callSid, turns)
      await persist(() => client.post(client.voiceUrl, incomingCallParams(call)))
      const length = callerRng.int(2, 5)
      for (let turn = 1; turn <= length && !stopping; turn++) {
        const text = `${LINES[callerRng.int(0, LINES.length - 1)]} (${call.callSid.slice(-6)} turn ${turn})`
        const ok = await persist(() => client.post(`${publicUrl}/process-speech?turn=${turn}`, gatherParams(call, { text, confidence: 0.9 })))
        if (ok) turns.add(turn)
      }
      await persist(() => client.post(client.statusCallbackUrl, statusCallbackParams(call, 'completed', 30, 1, new Date())))
    }
  }

  /** Retries a webhook across crashes (Twilio's fallback/retry) until a 200 arrives; false if stopping first. */
  async function persist(send: () => Promise<{ status: number; body: string }>): Promise<boolean> {
    for (;;) {
      await serverUp
      try {
        const res = await send()
        if (res.status >= 200 && res.status < 300 && !res.body.includes('Sorry, I had a problem')) return true
      } catch {
        // Connection refused or reset: Aurora is down or dying.
      }
      if (stopping) return false
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  let kills = 0
  let local: Tree | null
  let remote: Tree | null
  try {
    for (; kills < options.kills; kills++) {
      const [min, max] = options.uptimeMs
      await new Promise((resolve) => setTimeout(resolve, rng.int(min, max)))
      markDown()
      await aurora.kill()
      aurora = await spawnAurora({ env })
      up()
      log(`kill ${kills + 1}/${options.kills}: restarted (pid ${aurora.pid}), ${count(acked)} turns acknowledged so far`)
    }
    stopping = true
    await Promise.all(callers)

    // Let the mirror drain, then stop Aurora cleanly and read both layers.
    await waitForDrain(`http://127.0.0.1:${port}`)
    await aurora.stop()
    const store = await openStore({ dir: dataDir, snapshotOnClose: false })
    local = store.get('') as Tree | null
    await store.close()
    const reader = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: emulator.hostPort, namespace }, 'crash-reader')
    remote = (await reader.db.ref().get()).val() as Tree | null
    await reader.close()
  } finally {
    // A failure above (the drain timing out) must not leave Aurora running into the tests after
    // this one: a stray server once held a core for half an hour.
    stopping = true
    await aurora.kill()
    await emulator.stop()
    await rm(dataDir, { recursive: true, force: true })
  }

  const result: CrashRunResult = {
    kills,
    callsStarted,
    turnsAcknowledged: count(acked),
    turnsFoundLocal: 0,
    turnsFoundFirebase: 0,
    duplicates: 0,
    lost: [],
    locallyEqualsFirebase: JSON.stringify(sortKeys(local)) === JSON.stringify(sortKeys(remote)),
  }
  for (const [where, tree] of [['local', local], ['firebase', remote]] as const) {
    const bySid = conversationsBySid(tree)
    for (const [callSid, turns] of acked) {
      const messages = orderedMessages(bySid.get(callSid) ?? null)
      for (const turn of turns) {
        const users = messages.filter((m) => m.role === 'user' && m.turn === turn)
        const answers = messages.filter((m) => m.role === 'assistant' && m.turn === turn)
        if (users.length === 1 && answers.length === 1) {
          if (where === 'local') result.turnsFoundLocal++
          else result.turnsFoundFirebase++
        } else if (users.length === 0 || answers.length === 0) {
          result.lost.push({ callSid, turn, where })
        }
        if (users.length > 1 || answers.length > 1) result.duplicates++
      }
    }
  }
  return result
}

type Tree = {
  active_calls?: Record<string, ActiveCall>
  active_conversations?: Record<string, Conversation>
  call_history?: Record<string, ActiveCall & { conversation?: Conversation }>
}

function conversationsBySid(tree: Tree | null): Map<string, Conversation> {
  const out = new Map<string, Conversation>()
  for (const call of Object.values(tree?.active_calls ?? {})) {
    const conversation = tree?.active_conversations?.[call.conversation_id]
    if (conversation) out.set(call.call_sid, conversation)
  }
  for (const entry of Object.values(tree?.call_history ?? {})) if (entry.conversation) out.set(entry.call_sid, entry.conversation)
  return out
}

function count(acked: Map<string, Set<number>>): number {
  let n = 0
  for (const turns of acked.values()) n += turns.size
  return n
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(sortKeys)
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  )
}

// Generous: after many restarts under a loaded machine (the whole suite in parallel on two cores)
// the mirror may sit in a retry backoff for a while before it drains; a full run once took 61 s.
async function waitForDrain(url: string, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const health = (await (await fetch(`${url}/health`)).json()) as { mirror?: { pending?: number } }
      last = health.mirror
      if (health.mirror?.pending === 0) return
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`mirror did not drain within ${timeoutMs / 1000} s; last mirror state ${JSON.stringify(last)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
