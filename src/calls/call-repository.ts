import type { CommittedRecord, Json, LocalStore, Op } from '../store/index.js'
import type { Urgency } from '../triage/urgency.js'
import type { CallIds, IdGenerator } from './ids.js'
import { messageId } from './ids.js'
import {
  callPath,
  conversationPath,
  historyPath,
  type ActiveCall,
  type ArchivedCall,
  type CallStatus,
  type Conversation,
  type Message,
} from './model.js'
import type { WorkerDirectory } from './worker-directory.js'
import { normalizePhone } from '../phone.js'

export type NewMessage = Omit<Message, 'id' | 'seq' | 'created_at'>
/** Fields of a call to change in the same commit; null removes a field. */
export type CallPatch = { [K in keyof ActiveCall]?: ActiveCall[K] | null }

/** Archived calls kept in memory while Firebase has not got them (about 20 KB each). */
export const UNMIRRORED_HISTORY_MAX = 2000

export interface CallRepositoryOptions {
  store: LocalStore
  ids: IdGenerator
  directory: WorkerDirectory
  instanceId: string
  instanceUrl: string
  /** Defaults to store.commit; the bench's naive mode wraps it to await Firebase too. */
  commit?: (ops: readonly Op[]) => Promise<CommittedRecord>
  now?: () => Date
}

/**
 * The call domain over the local store: every method turns one event of a call into one
 * journal record (so an event is all-or-nothing on disk and in Firebase) and resolves once it
 * is durable. Reads come from the store's in-memory tree as frozen views (store.view()): cheap
 * to repeat, and read-only (spread one to change it).
 *
 * Ops are built synchronously from the current tree and handed to commit() before any await,
 * so concurrent webhooks on one call get distinct message seqs without a lock.
 */
export class CallRepository {
  readonly #store: LocalStore
  readonly #ids: IdGenerator
  readonly #directory: WorkerDirectory
  readonly #commit: (ops: readonly Op[]) => Promise<CommittedRecord>
  readonly #now: () => Date
  readonly #instanceId: string
  readonly #instanceUrl: string
  /** CallSid -> call_id for the calls this instance holds (Twilio retries carry only the CallSid). */
  readonly #bySid = new Map<string, string>()
  /**
   * Archived calls still in memory, in the order they were archived: call_id -> [CallSid,
   * archived at (ms), the seq of the record that archived it].
   */
  readonly #archivedInMemory = new Map<string, [string, number, number]>()

  constructor(options: CallRepositoryOptions) {
    this.#store = options.store
    this.#ids = options.ids
    this.#directory = options.directory
    this.#commit = options.commit ?? ((ops) => options.store.commit(ops))
    this.#now = options.now ?? (() => new Date())
    this.#instanceId = options.instanceId
    this.#instanceUrl = options.instanceUrl
    for (const call of this.listActive()) this.#bySid.set(call.call_sid, call.call_id)
    // get(), not view(): a view would stay cached on the tree beside the history it copies.
    const history = this.#store.get('call_history') as Record<string, ArchivedCall> | null
    const archived = Object.values(history ?? {}).map((call) => ({ call, at: Date.parse(call.archived_at) || 0 }))
    archived.sort((a, b) => a.at - b.at)
    // Their archiving seqs are not kept: the last durable one is a bound the mirror must pass.
    for (const { call, at } of archived) this.#holdArchived(call.call_id, call.call_sid, at, this.#store.lastDurableSeq)
  }

  /** The store refuses every commit from now on (storeRefusesWrites): nothing will be durable. */
  get refusesWrites(): boolean {
    return this.#store.failure !== null
  }

  get instanceId(): string {
    return this.#instanceId
  }

  nowIso(): string {
    return this.#now().toISOString()
  }

  call(callId: string): ActiveCall | null {
    return this.#store.view(callPath(callId)) as ActiveCall | null
  }

  /**
   * The call a webhook belongs to: active, or already archived (Twilio can still post for a call
   * whose status callback raced ahead of a turn; the late turn is recorded in the history).
   */
  callBySid(callSid: string): ActiveCall | null {
    const callId = this.#bySid.get(callSid)
    if (!callId) return null
    return this.call(callId) ?? this.#archivedCall(callId)
  }

  /** The conversation of an active or archived call. */
  conversationOf(call: ActiveCall): Conversation | null {
    return this.conversation(call.conversation_id) ?? (this.#store.view(`${historyPath(call.call_id)}/conversation`) as Conversation | null)
  }

  conversation(convId: string): Conversation | null {
    return this.#store.view(conversationPath(convId)) as Conversation | null
  }

  archived(callId: string): ArchivedCall | null {
    return this.#store.view(historyPath(callId)) as ArchivedCall | null
  }

  #archivedCall(callId: string): ActiveCall | null {
    const archived = this.archived(callId)
    if (!archived) return null
    const { conversation: _conversation, ...call } = archived
    return call
  }

  /** Where a call's records go: its active entries, or its call_history entry once archived. */
  #locate(callId: string): { call: ActiveCall; callBase: string; convBase: string } | null {
    const active = this.call(callId)
    if (active) return { call: active, callBase: callPath(callId), convBase: conversationPath(active.conversation_id) }
    const archived = this.#archivedCall(callId)
    if (archived) return { call: archived, callBase: historyPath(callId), convBase: `${historyPath(callId)}/conversation` }
    return null
  }

  /** Calls held in active_calls, without reading them (health checks poll this). */
  activeCount(): number {
    return this.#store.count('active_calls')
  }

  listActive(): ActiveCall[] {
    const calls = this.#store.view('active_calls') as Record<string, ActiveCall> | null
    return calls ? Object.values(calls) : []
  }

  /** Idempotent per CallSid: a retried /incoming-call returns the call it already created. */
  async startCall(input: { callSid: string; from: string }): Promise<{ call: ActiveCall; conversation: Conversation; created: boolean }> {
    const existing = this.callBySid(input.callSid)
    if (existing) {
      return { call: existing, conversation: this.conversation(existing.conversation_id) as Conversation, created: false }
    }
    const now = this.#now()
    const at = now.toISOString()
    const { callId, convId } = this.#freshIds(input.from, now)
    const worker = this.#directory.lookup(input.from)
    const call: ActiveCall = {
      call_id: callId,
      conversation_id: convId,
      call_sid: input.callSid,
      worker_id: worker.worker_id,
      worker_name: worker.name,
      site: worker.site,
      mobile_no: normalizePhone(input.from) ?? input.from,
      urgency: 'UNKNOWN',
      status: 'ACTIVE',
      started_at: at,
      last_message_at: at,
      instance_id: this.#instanceId,
      instance_url: this.#instanceUrl,
    }
    const conversation: Conversation = {
      conversation_id: convId,
      call_id: callId,
      worker_id: worker.worker_id,
      urgency: 'UNKNOWN',
      status: 'ACTIVE',
      created_at: at,
      last_message_at: at,
      message_count: 0,
    }
    this.#bySid.set(input.callSid, callId)
    try {
      await this.#commit([
        { path: callPath(callId), value: call as unknown as Json },
        { path: conversationPath(convId), value: conversation as unknown as Json },
      ])
    } catch (err) {
      // Refused before it reached the tree (a failed store): nothing to find the CallSid for. A
      // commit whose flush failed stays in the tree, and so does the way to it.
      if (!this.#store.has(callPath(callId))) this.#bySid.delete(input.callSid)
      throw err
    }
    return { call, conversation, created: true }
  }

  /**
   * One event of a call: zero or more messages plus changes to the call, in one durable record.
   * Urgency and status changes are mirrored onto the conversation, as the data model requires.
   */
  async record(callId: string, event: { messages?: NewMessage[]; patch?: CallPatch }): Promise<Message[]> {
    const located = this.#locate(callId)
    if (!located) throw new Error(`call ${callId} is not held by this instance`)
    const { call, callBase, convBase } = located
    const at = this.nowIso()
    const ops: Op[] = []
    const messages: Message[] = []
    let count = (this.#store.view(`${convBase}/message_count`) as number | null) ?? 0
    for (const input of event.messages ?? []) {
      count++
      const message = dropUndefined({ ...input, id: messageId(count), seq: count, created_at: at }) as Message
      messages.push(message)
      ops.push({ path: `${convBase}/messages/${message.id}`, value: message as unknown as Json })
    }
    if (messages.length > 0) {
      ops.push({ path: `${convBase}/message_count`, value: count })
      ops.push({ path: `${convBase}/last_message_at`, value: at })
      ops.push({ path: `${callBase}/last_message_at`, value: at })
    }
    const current = call as unknown as Record<string, unknown>
    for (const [field, value] of Object.entries(event.patch ?? {})) {
      // Unchanged fields are not written: fewer journal bytes and fewer paths for Firebase.
      if (value === undefined || (current[field] ?? null) === value) continue
      ops.push({ path: `${callBase}/${field}`, value: value as Json })
      if (field === 'urgency' || field === 'status') {
        ops.push({ path: `${convBase}/${field}`, value: value as Json })
      }
    }
    if (ops.length > 0) await this.#commit(ops)
    return messages
  }

  async setUrgency(callId: string, urgency: Urgency, messages: NewMessage[] = []): Promise<Message[]> {
    return this.record(callId, { messages, patch: { urgency } })
  }

  async setStatus(callId: string, status: CallStatus, messages: NewMessage[] = [], patch: CallPatch = {}): Promise<Message[]> {
    return this.record(callId, { messages, patch: { ...patch, status } })
  }

  /** Marks admin messages as heard by the caller. */
  async markDelivered(callId: string, messageIds: readonly string[]): Promise<void> {
    const located = this.#locate(callId)
    if (!located) return
    // The first time stands: a late turn marks its lines once durable, after the fallback that said them.
    const fresh = messageIds.filter((id) => !this.#store.has(`${located.convBase}/messages/${id}/delivered_at`))
    if (fresh.length === 0) return
    const at = this.nowIso()
    await this.#commit(fresh.map((id) => ({ path: `${located.convBase}/messages/${id}/delivered_at`, value: at })))
  }

  /**
   * Ends the calls nothing has touched for idleMs (no webhook, no admin action): their end never
   * reached this instance, and an ACTIVE call that is not would sit on every dashboard for ever.
   */
  async endStale(idleMs: number): Promise<string[]> {
    const now = this.#now().getTime()
    const minutes = Math.round(idleMs / 60_000)
    const ended: string[] = []
    for (const call of this.listActive()) {
      if (call.status === 'ENDED') continue
      const lastSeen = Date.parse(call.last_message_at || call.started_at)
      if (!(lastSeen + idleMs <= now)) continue
      await this.setStatus(
        call.call_id,
        'ENDED',
        [{ role: 'system', text: `Nothing heard from the call for ${minutes} min: taken as ended`, event: 'ended', actor: 'aurora' }],
        { ended_at: new Date(now).toISOString(), end_reason: 'stale' },
      )
      ended.push(call.call_id)
    }
    return ended
  }

  /** Moves calls that ended more than graceMs ago to call_history (both layers, via the journal). */
  async archiveEnded(graceMs: number): Promise<string[]> {
    const now = this.#now().getTime()
    const archived: string[] = []
    for (const call of this.listActive()) {
      if (call.status !== 'ENDED' || !call.ended_at) continue
      if (Date.parse(call.ended_at) + graceMs > now) continue
      const conversation = this.conversation(call.conversation_id)
      const entry = { ...call, archived_at: new Date(now).toISOString(), ...(conversation ? { conversation } : {}) }
      const record = await this.#commit([
        { path: historyPath(call.call_id), value: entry as unknown as Json },
        { path: callPath(call.call_id), value: null },
        { path: conversationPath(call.conversation_id), value: null },
      ])
      this.#holdArchived(call.call_id, call.call_sid, now, record.seq)
      archived.push(call.call_id)
    }
    return archived
  }

  /**
   * Drops calls archived more than retentionMs ago from memory (store.forget): they stay in the
   * journal, total.json and Firebase's call_history, where admins read them, while memory holds
   * only live calls and the recent history. A webhook for a forgotten call is then treated as an
   * unknown call. Only what Firebase has is forgotten (`mirroredUpTo`, the mirror's watermark):
   * until then memory is the only place admins can list it from, up to `keepAtMost` calls, so a
   * long outage cannot grow memory without bound (the oldest go first; the journal still has
   * them, and the mirror still carries them). Returns how many were forgotten.
   */
  forgetArchived(retentionMs: number, mirroredUpTo = Number.POSITIVE_INFINITY, keepAtMost = UNMIRRORED_HISTORY_MAX): number {
    const cutoff = this.#now().getTime() - retentionMs
    let forgotten = 0
    // Archived in seq order, so the first one still too recent or not yet mirrored ends the walk.
    for (const [callId, [callSid, archivedAt, seq]] of this.#archivedInMemory) {
      if (archivedAt > cutoff || (seq > mirroredUpTo && this.#archivedInMemory.size <= keepAtMost)) break
      this.#archivedInMemory.delete(callId)
      if (this.#bySid.get(callSid) === callId) this.#bySid.delete(callSid)
      this.#store.forget(historyPath(callId))
      forgotten++
    }
    return forgotten
  }

  /**
   * Ids the store does not hold yet. A generator remembers only what it issued itself, so after a
   * restart within the same second it would hand out the id of a call started before it, and
   * that call would be overwritten. The repository owns the store, so it is the one to check.
   */
  #freshIds(from: string, now: Date): CallIds {
    for (;;) {
      const ids = this.#ids.callIds(from, now)
      const taken =
        this.#store.has(callPath(ids.callId)) || this.#store.has(historyPath(ids.callId)) || this.#store.has(conversationPath(ids.convId))
      if (!taken) return ids
    }
  }

  #holdArchived(callId: string, callSid: string, archivedAt: number, seq: number): void {
    this.#bySid.set(callSid, callId)
    this.#archivedInMemory.set(callId, [callSid, archivedAt, seq])
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** The store refuses this and every later commit: nothing will be durable until a restart. */
export function storeRefusesWrites(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'AURORA_ERR_STORE_FAILED' || code === 'AURORA_ERR_STORE_LOCK_LOST'
}
