// Watches what supervisors would see in Firebase, with the official modular `firebase` SDK. It
// reads the database directly, never through the fault proxy: it is the observer, not the path
// under test. Two listeners on two connections: active_calls maps each CallSid to its
// conversation, and active_conversations shows every message the moment it becomes visible,
// recorded on the run's clock. Watching the conversations root rather than each conversation
// once its call is found keeps that discovery (a round trip or more) out of the first messages'
// lag.

import { randomBytes } from 'node:crypto'
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app'
import { connectDatabaseEmulator, get, getDatabase, onChildAdded, onChildChanged, onValue, ref, type Database, type DataSnapshot, type Unsubscribe } from 'firebase/database'

export interface FirebaseTargetInfo {
  /** "127.0.0.1:9000" of the emulator itself (not the fault proxy). */
  hostPort: string
  namespace: string
  projectId: string
}

export interface Sighting {
  msgId: string
  turn: number | null
  role: string
  /** On the run's clock. */
  at: number
  /** Since the created_at Aurora stamped on it when committing it (wall clocks); null without one. */
  lagMs: number | null
}

export interface FirebaseWatcherOptions extends FirebaseTargetInfo {
  now: () => number
  /** How long to wait for every connection to come up. Default 10 s. */
  connectTimeoutMs?: number
}

/** The roots Aurora writes; the watcher reads them (admin token claim) and the final check compares them. */
export const ROOTS = ['active_calls', 'active_conversations', 'call_history'] as const
export type Tree = Record<(typeof ROOTS)[number], unknown>

interface Connection {
  app: FirebaseApp
  db: Database
}

export class FirebaseWatcher {
  readonly #connections: Connection[]
  readonly #now: () => number
  readonly #unsubscribe: Unsubscribe[] = []
  readonly #convBySid = new Map<string, string>()
  readonly #callSeen = new Map<string, number>()
  readonly #messages = new Map<string, Map<string, Sighting>>()
  readonly #callListeners = new Set<(callSid: string, convId: string) => void>()

  private constructor(connections: Connection[], now: () => number) {
    this.#connections = connections
    this.#now = now
  }

  static async open(options: FirebaseWatcherOptions): Promise<FirebaseWatcher> {
    const count = 2
    const [host, portText] = splitHostPort(options.hostPort)
    const run = randomBytes(4).toString('hex')
    const connections: Connection[] = []
    for (let i = 0; i < count; i++) {
      const app = initializeApp(
        { projectId: options.projectId, databaseURL: `http://${options.hostPort}?ns=${encodeURIComponent(options.namespace)}` },
        `aurora-sim-watcher-${run}-${i}`,
      )
      const db = getDatabase(app)
      // A supervisor's token: database.rules.json lets `auth.token.admin === true` read the call roots.
      connectDatabaseEmulator(db, host, Number(portText), { mockUserToken: { sub: 'aurora-sim', admin: true } })
      connections.push({ app, db })
    }
    const watcher = new FirebaseWatcher(connections, options.now)
    try {
      await Promise.all(connections.map((c) => waitConnected(c.db, options.connectTimeoutMs ?? 10_000)))
    } catch (err) {
      await watcher.close()
      throw err
    }
    watcher.#watchCalls()
    watcher.#watchConversations()
    return watcher
  }

  /** Called once per call as it first appears in Firebase. */
  onCall(listener: (callSid: string, convId: string) => void): () => void {
    this.#callListeners.add(listener)
    return () => this.#callListeners.delete(listener)
  }

  conversationOf(callSid: string): string | undefined {
    return this.#convBySid.get(callSid)
  }

  /** When the call's record first became visible. */
  callSeenAt(callSid: string): number | undefined {
    return this.#callSeen.get(callSid)
  }

  /** Messages of a conversation seen so far, by message id. */
  messages(convId: string): ReadonlyMap<string, Sighting> {
    return this.#messages.get(convId) ?? new Map()
  }

  /**
   * When the last message of `turn` became visible, and the longest commit -> visible lag among
   * them; null while one is still missing (caller side and reply).
   */
  turnVisible(convId: string, turn: number): { at: number; lagMs: number | null } | null {
    let at: number | null = null
    let lagMs: number | null = null
    let caller = turn === 0
    let reply = false
    for (const s of this.messages(convId).values()) {
      if (s.turn !== turn) continue
      if (s.role === 'assistant') reply = true
      else if (s.role === 'user' || s.role === 'system') caller = true
      at = Math.max(at ?? 0, s.at)
      if (s.lagMs !== null) lagMs = Math.max(lagMs ?? 0, s.lagMs)
    }
    return caller && reply && at !== null ? { at, lagMs } : null
  }

  /** Stops listening and reads the three roots from the server. */
  async snapshot(): Promise<Tree> {
    this.#stopListening()
    const db = (this.#connections[0] as Connection).db
    const values = await Promise.all(ROOTS.map(async (root) => (await get(ref(db, root))).val() as unknown))
    return { active_calls: values[0] ?? null, active_conversations: values[1] ?? null, call_history: values[2] ?? null }
  }

  async close(): Promise<void> {
    this.#stopListening()
    await Promise.all(this.#connections.map((c) => deleteApp(c.app).catch(() => undefined)))
  }

  #stopListening(): void {
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe()
  }

  #watchCalls(): void {
    const db = (this.#connections[0] as Connection).db
    this.#unsubscribe.push(
      onChildAdded(ref(db, 'active_calls'), (snap) => {
        const call: unknown = snap.val()
        const callSid = field(call, 'call_sid')
        const convId = field(call, 'conversation_id')
        if (callSid === undefined || convId === undefined || this.#convBySid.has(callSid)) return
        this.#convBySid.set(callSid, convId)
        this.#callSeen.set(callSid, this.#now())
        for (const listener of this.#callListeners) listener(callSid, convId)
      }),
    )
  }

  #watchConversations(): void {
    const root = ref((this.#connections[1] as Connection).db, 'active_conversations')
    const sight = (conversation: DataSnapshot): void => {
      if (conversation.key === null) return
      let seen = this.#messages.get(conversation.key)
      if (!seen) this.#messages.set(conversation.key, (seen = new Map()))
      const at = this.#now()
      conversation.child('messages').forEach((snap) => {
        if (snap.key === null || seen.has(snap.key)) return
        const message: unknown = snap.val()
        const turn = typeof message === 'object' && message !== null ? Reflect.get(message, 'turn') : undefined
        const committedAt = Date.parse(field(message, 'created_at') ?? '')
        const lagMs = Number.isFinite(committedAt) ? Math.max(0, Date.now() - committedAt) : null
        seen.set(snap.key, { msgId: snap.key, turn: typeof turn === 'number' ? turn : null, role: field(message, 'role') ?? '', at, lagMs })
      })
    }
    this.#unsubscribe.push(onChildAdded(root, sight), onChildChanged(root, sight))
  }
}

function field(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const v: unknown = Reflect.get(value, key)
  return typeof v === 'string' ? v : undefined
}

function splitHostPort(hostPort: string): [string, string] {
  const i = hostPort.lastIndexOf(':')
  if (i <= 0) throw new Error(`expected host:port, got "${hostPort}"`)
  return [hostPort.slice(0, i).replace(/^\[|\]$/g, ''), hostPort.slice(i + 1)]
}

async function waitConnected(db: Database, timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let unsubscribe: Unsubscribe = () => undefined
    const timer = setTimeout(() => {
      unsubscribe()
      reject(new Error(`the Firebase watcher could not connect within ${timeoutMs} ms`))
    }, timeoutMs)
    unsubscribe = onValue(ref(db, '.info/connected'), (snap) => {
      if (snap.val() !== true) return
      clearTimeout(timer)
      queueMicrotask(() => unsubscribe())
      resolve()
    })
  })
}
