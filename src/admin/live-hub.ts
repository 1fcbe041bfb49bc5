import type { FastifyBaseLogger } from 'fastify'
import { historyPath, type ActiveCall, type ArchivedCall } from '../calls/model.js'
import { ERR_ADMIN_FIREBASE_UNAVAILABLE } from '../errors.js'
import type { Mirror } from '../mirror/sync-loop.js'
import { setIn } from '../mirror/coalesce.js'
import type { CommittedRecord, Json, LocalStore } from '../store/index.js'
import { ConversationView, type ConversationChanges, type ConversationSnapshot } from './conversation-view.js'
import { formatEventId, isFinalEventId, newEpoch, parseEventId } from './event-id.js'
import type { FirebaseFeed } from './firebase-feed.js'
import { historyEntry, mergeHistory, type HistoryCursor, type HistoryEntry, type HistoryPage } from './call-history.js'
import { compareCalls } from './call-order.js'
import { Fanout } from './fanout.js'
import { MIRROR_DISABLED, readMirrorStatus, sameMirrorStatus, type MirrorStatus } from './mirror-status.js'
import { formatFrame } from './sse-frame.js'
import { Subscription, Topic, type EventSink, type StreamEvent } from './topic.js'

export type { MirrorStatus }

// The live event hub behind the admin streams. Two sources feed one set of views:
//  - this instance's calls, straight from the journal (store.onDurable: in seq order, once each,
//    after the record is on disk), so admins see them within a millisecond of the commit and
//    keep seeing them while Firebase is down;
//  - other instances' calls, from Firebase listeners (active_calls always; a conversation while
//    someone streams it), so every admin sees every call whichever instance holds it.
// A call belongs to exactly one source (its instance_id says which): Firebase's copy of this
// instance's calls is an older echo of the journal and is ignored, so the sources never fight.
// Views diff what each source says, so an event is published once however often it is repeated
// (a Firebase resync, a reconnect). Events go to topics (the overview, one per conversation)
// with ids for exact Last-Event-ID resume; see topic.ts for delivery and backpressure.

export interface OverviewInitial {
  instance_id: string
  calls: ActiveCall[]
  mirror: MirrorStatus
}

export interface ConversationInitial extends ConversationSnapshot {
  call: ActiveCall | null
}

export interface LiveHubOptions {
  instanceId: string
  store: Pick<LocalStore, 'onDurable' | 'get' | 'readFrom'>
  mirror: Mirror | null
  feed: FirebaseFeed | null
  log: FastifyBaseLogger
  /** Events kept per topic for resume. */
  replayEvents: number
  /** How long an idle or ended conversation topic (and a remote conversation's listener) is kept. */
  lingerMs?: number
  /** How often the mirror's state is checked for the `mirror` event. */
  mirrorTickMs?: number
  /** How long to wait for Firebase when opening another instance's conversation. */
  loadTimeoutMs?: number
  /**
   * Subscriptions written per event-loop turn during fan-out (fanout.ts). 25 rather than 100:
   * with 1,000 streams (bench/sse-fanout.bench.ts, runs alternating) the callers' p95
   * with/without the streams was 1.26-1.84x (median 1.48, six runs) against 1.79-2.08x (median
   * 1.91, five runs), for the same CPU per turn. 10 measured like 25.
   */
  fanoutSlice?: number
  /** Under load, deliveries start at most this often (fanout.ts). */
  coalesceMs?: number
  /** A client whose socket stays full this long is dropped (it may resume). */
  stallMs?: number
  now?: () => number
}

const CONVERSATION_REPLAY_MAX = 500

/** The reconnection delay sent with `initial`: reconnect fast, since resume is exact. */
export const RETRY_MS = 1000

type Source = 'local' | 'remote'

interface ConversationEntry {
  readonly convId: string
  readonly source: Source
  readonly view: ConversationView
  readonly topic: Topic
  /** Remote: resolves once the first Firebase snapshot is in the view. */
  ready: Promise<void>
  stopListening: (() => void) | null
  linger: NodeJS.Timeout | null
}

export interface HubStats {
  epoch: string
  lastEventN: number
  calls: { local: number; remote: number }
  conversations: { local: number; remote: number }
  subscribers: { overview: number; conversations: number }
  remoteListeners: number
}

export type ResumeOutcome = 'resumed' | 'initial' | 'reset'

export class LiveHub {
  readonly epoch: string
  readonly #opts: Required<Omit<LiveHubOptions, 'mirror' | 'feed'>> & Pick<LiveHubOptions, 'mirror' | 'feed'>
  #n = 0
  readonly #overview: Topic
  readonly #calls = new Map<string, ActiveCall>()
  readonly #callByConversation = new Map<string, string>()
  /** Other instances' calls by Twilio CallSid, for webhooks that reached the wrong instance. */
  readonly #remoteCallBySid = new Map<string, string>()
  readonly #conversations = new Map<string, ConversationEntry>()
  #mirrorStatus: MirrorStatus
  #unsubscribeStore: (() => void) | null = null
  #stopCalls: (() => void) | null = null
  #callsLoaded: Promise<void> = Promise.resolve()
  #mirrorTimer: NodeJS.Timeout | null = null
  #mirrorTicking = false
  #stopped = false
  readonly #fanout: Fanout

  constructor(options: LiveHubOptions) {
    this.#opts = {
      lingerMs: 60_000,
      mirrorTickMs: 1000,
      loadTimeoutMs: 5000,
      fanoutSlice: 25,
      coalesceMs: 10,
      stallMs: 60_000,
      now: Date.now,
      ...options,
    }
    this.epoch = newEpoch(options.instanceId)
    this.#overview = this.#newTopic('overview')
    this.#mirrorStatus = options.mirror ? { ...MIRROR_DISABLED, enabled: true } : MIRROR_DISABLED
    this.#fanout = new Fanout({ slice: this.#opts.fanoutSlice, coalesceMs: this.#opts.coalesceMs })
  }

  /**
   * Seeds the views from the store and starts listening. Call before the app takes requests:
   * the store's tree then equals its durable state, so seeding plus onDurable sees every record once.
   */
  start(): void {
    const { store } = this.#opts
    const calls = store.get('active_calls')
    if (isObject(calls)) for (const call of Object.values(calls)) this.#setCall(call as unknown as ActiveCall)
    const conversations = store.get('active_conversations')
    if (isObject(conversations)) {
      for (const [convId, value] of Object.entries(conversations)) {
        const entry = this.#newEntry(convId, 'local')
        entry.view.replace(value)
        entry.view.takeChanges()
        if (entry.view.status === 'ENDED') entry.topic.ended = true
      }
    }
    this.#unsubscribeStore = store.onDurable((record) => this.#onRecord(record))
    if (this.#opts.feed) {
      const watch = this.#opts.feed.watchCalls(this.#opts.instanceId, {
        upsert: (call) => this.#onRemoteCall(call),
        remove: (callId) => this.#onRemoteCallRemoved(callId),
        error: (err) => this.#opts.log.warn({ err }, 'firebase active_calls listener cancelled'),
      })
      this.#stopCalls = watch.stop
      this.#callsLoaded = watch.loaded
    }
    this.#mirrorTimer = setInterval(() => void this.#tickMirror(), this.#opts.mirrorTickMs)
    this.#mirrorTimer.unref()
    void this.#tickMirror()
  }

  /** Ends every stream (clients reconnect elsewhere or after the restart) and detaches all listeners. */
  stop(): void {
    if (this.#stopped) return
    this.#stopped = true
    this.#unsubscribeStore?.()
    this.#stopCalls?.()
    if (this.#mirrorTimer) clearInterval(this.#mirrorTimer)
    for (const sub of [...this.#overview.subscribers]) sub.close(true)
    for (const entry of [...this.#conversations.values()]) this.#drop(entry)
  }

  // --- reads -------------------------------------------------------------------------------

  get instanceId(): string {
    return this.#opts.instanceId
  }

  /** Every active call this instance knows of (its own and, via Firebase, the others'), critical first. */
  listCalls(): ActiveCall[] {
    return [...this.#calls.values()].sort(compareCalls)
  }

  mirrorStatus(): MirrorStatus {
    return this.#mirrorStatus
  }

  callByConversation(convId: string): ActiveCall | null {
    const callId = this.#callByConversation.get(convId)
    return callId ? (this.#calls.get(callId) ?? null) : null
  }

  /**
   * Another instance's active call with this Twilio CallSid, as Firebase last reported it: where
   * a webhook that reached the wrong instance (a number has one status callback URL) belongs.
   * Null when no other instance holds it. Every status callback asks, so it is a map lookup.
   */
  remoteCallBySid(callSid: string): ActiveCall | null {
    const callId = this.#remoteCallBySid.get(callSid)
    const call = callId === undefined ? undefined : this.#calls.get(callId)
    return call && !this.isLocal(call) ? call : null
  }

  isLocal(call: ActiveCall): boolean {
    return call.instance_id === this.#opts.instanceId
  }

  /**
   * The live conversation, loading another instance's from Firebase if needed; null when no
   * active call has it. Throws ERR_ADMIN_FIREBASE_UNAVAILABLE when Firebase does not answer.
   */
  async conversation(convId: string): Promise<ConversationEntryHandle | null> {
    let entry = this.#conversations.get(convId)
    if (!entry) {
      let call = this.callByConversation(convId)
      if (!call && this.#opts.feed) {
        // Just created elsewhere and not announced to us yet: the initial load may still be running.
        await withTimeout(this.#callsLoaded, this.#opts.loadTimeoutMs).catch(() => undefined)
        call = this.callByConversation(convId)
      }
      if (!call || this.isLocal(call) || !this.#opts.feed) return null
      entry = this.#openRemote(convId)
    }
    if (entry.source === 'remote') {
      try {
        await withTimeout(entry.ready, this.#opts.loadTimeoutMs)
      } catch (err) {
        this.#opts.log.warn({ err, convId }, 'conversation could not be loaded from firebase')
        if (entry.topic.subscribers.size === 0) this.#drop(entry)
        throw new ERR_ADMIN_FIREBASE_UNAVAILABLE(convId)
      }
    }
    if (!entry.view.exists) return null
    return new ConversationEntryHandle(entry, this)
  }

  /** An archived conversation from this instance's history or, for another instance's, Firebase's. */
  async archived(convId: string): Promise<ArchivedCall | null> {
    const callId = callIdOf(convId)
    if (!callId) return null
    const local = this.#opts.store.get(historyPath(callId))
    if (isArchived(local)) return local
    if (!this.#opts.feed) return null
    try {
      const remote = await withTimeout(this.#opts.feed.archivedCall(callId), this.#opts.loadTimeoutMs)
      return isArchived(remote) ? remote : null
    } catch (err) {
      this.#opts.log.warn({ err, convId }, 'call_history lookup in firebase failed')
      throw new ERR_ADMIN_FIREBASE_UNAVAILABLE(convId)
    }
  }

  /** A page of ended calls, newest first, from every instance (call-history.ts). */
  async history(limit: number, before?: HistoryCursor): Promise<HistoryPage> {
    const entries = (calls: readonly unknown[]): HistoryEntry[] => calls.flatMap((call) => historyEntry(call) ?? [])
    const held = [entries(this.listCalls()), entries(Object.values(this.#opts.store.get('call_history') ?? {}))]
    const partial = (why: string): HistoryPage => ({ ...mergeHistory(held, limit, before), complete: false, reason: `${why}: only calls this instance still holds are listed` })
    if (!this.#opts.feed) return partial('Firebase is not configured')
    try {
      // One more than the page, so a full page from Firebase alone still says there are older ones.
      const remote = await withTimeout(this.#opts.feed.archivedCalls(limit + 1, before), this.#opts.loadTimeoutMs)
      return { ...mergeHistory([...held, entries(remote)], limit, before), complete: true }
    } catch (err) {
      this.#opts.log.warn({ err }, 'call_history query in firebase failed')
      return partial('Firebase did not answer')
    }
  }

  conversationInitial(entry: ConversationEntryHandle): ConversationInitial {
    return { ...entry.view.snapshot(), call: this.callByConversation(entry.convId) }
  }

  overviewInitial(): OverviewInitial {
    return { instance_id: this.#opts.instanceId, calls: this.listCalls(), mirror: this.#mirrorStatus }
  }

  stats(): HubStats {
    let localCalls = 0
    for (const call of this.#calls.values()) if (this.isLocal(call)) localCalls++
    let local = 0
    let remote = 0
    let conversationSubscribers = 0
    let remoteListeners = 0
    for (const entry of this.#conversations.values()) {
      if (entry.source === 'local') local++
      else remote++
      if (entry.stopListening) remoteListeners++
      conversationSubscribers += entry.topic.subscribers.size
    }
    return {
      epoch: this.epoch,
      lastEventN: this.#n,
      calls: { local: localCalls, remote: this.#calls.size - localCalls },
      conversations: { local, remote },
      subscribers: { overview: this.#overview.subscribers.size, conversations: conversationSubscribers },
      remoteListeners,
    }
  }

  // --- subscriptions -----------------------------------------------------------------------

  /** Starts an overview stream: replay after lastEventId, or (reset +) initial. */
  subscribeOverview(sink: EventSink, lastEventId: string | null): { subscription: Subscription; outcome: ResumeOutcome } {
    const topic = this.#overview
    const cursor = this.#resumeCursor(topic, lastEventId)
    if (cursor !== null) return { subscription: this.#attach(topic, sink, cursor), outcome: 'resumed' }
    const outcome = lastEventId === null ? 'initial' : 'reset'
    let frames = outcome === 'reset' ? resetFrame(lastEventId) : ''
    frames += formatFrame({ id: this.#id(this.#n), event: 'initial', data: JSON.stringify(this.overviewInitial()), retryMs: RETRY_MS })
    sink.write(Buffer.from(frames))
    return { subscription: this.#attach(topic, sink, this.#n), outcome }
  }

  /**
   * Starts a conversation stream. 'gone' means the client has already seen this conversation
   * end and nothing came after: answer 204 so its EventSource stops reconnecting.
   */
  subscribeConversation(
    handle: ConversationEntryHandle,
    sink: EventSink,
    lastEventId: string | null,
  ): { subscription: Subscription | null; outcome: ResumeOutcome } | 'gone' {
    const { topic } = handle.entry
    const cursor = this.#resumeCursor(topic, lastEventId)
    if (cursor !== null) {
      if (topic.ended && cursor >= topic.lastN) return 'gone'
      const subscription = this.#attach(topic, sink, cursor)
      return { subscription: subscription.closed ? null : subscription, outcome: 'resumed' }
    }
    if (topic.ended && lastEventId !== null && isFinalEventId(lastEventId)) return 'gone'
    const outcome = lastEventId === null ? 'initial' : 'reset'
    let frames = outcome === 'reset' ? resetFrame(lastEventId) : ''
    frames += formatFrame({ id: this.#id(this.#n), event: 'initial', data: JSON.stringify(this.conversationInitial(handle)), retryMs: RETRY_MS })
    if (topic.ended) {
      const ended = endedPayload(handle.convId, this.callByConversation(handle.convId))
      frames += formatFrame({ id: formatEventId(this.epoch, this.#n, true), event: 'ended', data: JSON.stringify(ended) })
      sink.write(Buffer.from(frames))
      return { subscription: null, outcome }
    }
    sink.write(Buffer.from(frames))
    const subscription = this.#attach(topic, sink, this.#n)
    return { subscription: subscription.closed ? null : subscription, outcome }
  }

  /** An archived conversation as a finished stream: initial, ended, then the route closes it. */
  writeArchived(archived: ArchivedCall, sink: EventSink, lastEventId: string | null): 'gone' | ResumeOutcome {
    if (lastEventId !== null && isFinalEventId(lastEventId)) return 'gone'
    const outcome = lastEventId === null ? 'initial' : 'reset'
    const view = new ConversationView(archived.conversation_id)
    view.replace((archived.conversation ?? null) as unknown as Json)
    const { archived_at: _archivedAt, conversation: _conversation, ...call } = archived
    const initial: ConversationInitial = { ...view.snapshot(), status: 'ENDED', call: { ...call, status: 'ENDED' } }
    sink.write(
      Buffer.from(
        (outcome === 'reset' ? resetFrame(lastEventId) : '') +
          formatFrame({ id: this.#id(this.#n), event: 'initial', data: JSON.stringify(initial), retryMs: RETRY_MS }) +
          formatFrame({ id: formatEventId(this.epoch, this.#n, true), event: 'ended', data: JSON.stringify(endedPayload(archived.conversation_id, call)) }),
      ),
    )
    return outcome
  }

  // --- local source: the journal -----------------------------------------------------------

  #onRecord(record: CommittedRecord): void {
    if (this.#stopped) return
    try {
      const calls = new Map<string, ActiveCall | undefined>()
      const conversations = new Set<ConversationEntry>()
      for (const op of record.ops) this.#applyLocalOp(op.path, op.value, calls, conversations)
      // Conversations first: their topics are then delivered first, and the supervisor watching
      // a call is the one waiting for the caller's words.
      for (const entry of conversations) this.#publishConversation(entry)
      for (const [callId, before] of calls) this.#publishCall(callId, before, this.#calls.get(callId))
    } catch (err) {
      // Never into the store: a bug here must cost admins an update, not a caller a commit.
      this.#opts.log.error({ err, seq: record.seq }, 'admin hub could not apply a journal record')
    }
  }

  #applyLocalOp(path: string, value: Json | null, calls: Map<string, ActiveCall | undefined>, touched: Set<ConversationEntry>): void {
    const segments = path === '' ? [] : path.split('/')
    const [root, id, ...rest] = segments
    if (root === undefined) {
      // The whole tree replaced (not something Aurora does, but SET semantics allow it).
      this.#applyLocalOp('active_calls', isObject(value) ? (value.active_calls ?? null) : null, calls, touched)
      this.#applyLocalOp('active_conversations', isObject(value) ? (value.active_conversations ?? null) : null, calls, touched)
      return
    }
    if (root === 'active_calls') {
      if (id === undefined) {
        const next = isObject(value) ? value : {}
        for (const call of [...this.#calls.values()]) {
          if (this.isLocal(call) && !(call.call_id in next)) this.#applyLocalOp(`active_calls/${call.call_id}`, null, calls, touched)
        }
        for (const [callId, callValue] of Object.entries(next)) this.#applyLocalOp(`active_calls/${callId}`, callValue, calls, touched)
        return
      }
      const before = this.#calls.get(id)
      if (!calls.has(id)) calls.set(id, before)
      const after = rest.length === 0 ? value : setIn((before ?? null) as unknown as Json, rest, value)
      if (isObject(after) && after.call_id === id && typeof after.conversation_id === 'string') this.#setCall(after as unknown as ActiveCall)
      else this.#deleteCall(id)
      return
    }
    if (root === 'active_conversations') {
      if (id === undefined) {
        const next = isObject(value) ? value : {}
        for (const entry of [...this.#conversations.values()]) {
          if (entry.source === 'local' && !(entry.convId in next)) this.#applyLocalOp(`active_conversations/${entry.convId}`, null, calls, touched)
        }
        for (const [convId, convValue] of Object.entries(next)) this.#applyLocalOp(`active_conversations/${convId}`, convValue, calls, touched)
        return
      }
      let entry = this.#conversations.get(id)
      if (!entry || entry.source !== 'local') {
        if (value === null) return
        if (entry) this.#drop(entry)
        entry = this.#newEntry(id, 'local')
      }
      entry.view.applyOp(rest, value)
      touched.add(entry)
    }
  }

  // --- remote source: Firebase -------------------------------------------------------------

  #onRemoteCall(call: ActiveCall): void {
    if (this.#stopped || this.isLocal(call)) return
    const before = this.#calls.get(call.call_id)
    if (before && JSON.stringify(before) === JSON.stringify(call)) return
    this.#setCall(call)
    this.#publishCall(call.call_id, before, call)
  }

  #onRemoteCallRemoved(callId: string): void {
    const before = this.#calls.get(callId)
    if (this.#stopped || !before || this.isLocal(before)) return
    this.#deleteCall(callId)
    this.#publishCall(callId, before, undefined)
  }

  #openRemote(convId: string): ConversationEntry {
    const entry = this.#newEntry(convId, 'remote')
    const feed = this.#opts.feed as FirebaseFeed
    let loaded = false
    entry.ready = new Promise<void>((resolve, reject) => {
      entry.stopListening = feed.watchConversation(
        convId,
        (value) => {
          if (this.#conversations.get(convId) !== entry) return
          entry.view.replace(value)
          if (!loaded) {
            loaded = true
            entry.view.takeChanges()
            if (entry.view.status === 'ENDED') entry.topic.ended = true
            resolve()
            return
          }
          this.#publishConversation(entry)
        },
        (err) => {
          this.#opts.log.warn({ err, convId }, 'firebase conversation listener cancelled')
          reject(err)
        },
      )
    })
    entry.ready.catch(() => undefined)
    this.#startLinger(entry)
    return entry
  }

  // --- publishing --------------------------------------------------------------------------

  #publishCall(callId: string, before: ActiveCall | undefined, after: ActiveCall | undefined): void {
    if (after) {
      this.#publish(this.#overview, 'call', { call: after })
      const entry = this.#conversations.get(after.conversation_id)
      if (entry && !entry.topic.ended) this.#publish(entry.topic, 'call', { conversation_id: after.conversation_id, call: after })
    } else if (before) {
      this.#publish(this.#overview, 'call_removed', { call_id: callId, conversation_id: before.conversation_id })
    }
  }

  #publishConversation(entry: ConversationEntry): void {
    const changes = entry.view.takeChanges()
    if (!changes) return
    const { topic, convId } = entry
    emitConversationEvents(changes, convId, (event, payload) => this.#publish(topic, event, payload))
    if (!topic.ended && (changes.status === 'ENDED' || changes.removed)) {
      const call = this.callByConversation(convId)
      this.#publish(topic, 'ended', endedPayload(convId, call), true)
      topic.ended = true
    }
    if (changes.removed) this.#startLinger(entry)
  }

  #publish(topic: Topic, event: string, payload: unknown, final = false): void {
    const streamEvent: StreamEvent = final ? { n: ++this.#n, event, payload, final } : { n: ++this.#n, event, payload }
    topic.append(streamEvent)
    if (topic.subscribers.size > 0) this.#fanout.schedule(topic)
  }

  // --- mirror state ------------------------------------------------------------------------

  async #tickMirror(): Promise<void> {
    const mirror = this.#opts.mirror
    if (!mirror || this.#mirrorTicking || this.#stopped) return
    this.#mirrorTicking = true
    try {
      const next = await readMirrorStatus(mirror, this.#opts.store, this.#opts.now())
      if (!sameMirrorStatus(next, this.#mirrorStatus)) {
        this.#mirrorStatus = next
        if (!this.#stopped) this.#publish(this.#overview, 'mirror', next)
      }
    } catch (err) {
      this.#opts.log.warn({ err }, 'mirror state for admins not computed')
    } finally {
      this.#mirrorTicking = false
    }
  }

  // --- bookkeeping -------------------------------------------------------------------------

  #id(n: number): string {
    return formatEventId(this.epoch, n)
  }

  #newTopic(key: string): Topic {
    return new Topic(key, this.#n, {
      // A conversation's own events are far fewer than the overview's (every call's): 500 of
      // them is over a hundred turns, and each active call keeps its ring.
      capacity: key === 'overview' ? this.#opts.replayEvents : Math.min(this.#opts.replayEvents, CONVERSATION_REPLAY_MAX),
      eventId: (n, final) => formatEventId(this.epoch, n, final),
      stallMs: this.#opts.stallMs,
      now: this.#opts.now,
      // As long as a conversation nobody watches is kept for a reconnecting client.
      retainMs: this.#opts.lingerMs,
      onIdle: (topic) => {
        const entry = this.#conversations.get(topic.key)
        if (entry && entry.topic === topic) this.#startLinger(entry)
      },
    })
  }

  #newEntry(convId: string, source: Source): ConversationEntry {
    const entry: ConversationEntry = {
      convId,
      source,
      view: new ConversationView(convId),
      topic: this.#newTopic(convId),
      ready: Promise.resolve(),
      stopListening: null,
      linger: null,
    }
    this.#conversations.set(convId, entry)
    return entry
  }

  #attach(topic: Topic, sink: EventSink, cursor: number): Subscription {
    const subscription = new Subscription(topic, sink, cursor)
    topic.add(subscription)
    const entry = this.#conversations.get(topic.key)
    if (entry?.topic === topic && entry.linger) {
      clearTimeout(entry.linger)
      entry.linger = null
    }
    topic.deliver(subscription)
    return subscription
  }

  /**
   * Keeps a topic nobody is watching for lingerMs (a reconnecting client resumes exactly), then
   * drops it: a remote conversation stops its Firebase listener, a local one that is gone is forgotten.
   */
  #startLinger(entry: ConversationEntry): void {
    if (entry.linger || this.#stopped) return
    if (entry.source === 'local' && entry.view.exists) return
    entry.linger = setTimeout(() => {
      entry.linger = null
      if (entry.topic.subscribers.size > 0) return
      if (entry.source === 'local' && entry.view.exists) return
      this.#drop(entry)
    }, this.#opts.lingerMs)
    entry.linger.unref()
  }

  #drop(entry: ConversationEntry): void {
    if (entry.linger) clearTimeout(entry.linger)
    entry.linger = null
    entry.stopListening?.()
    entry.stopListening = null
    for (const sub of [...entry.topic.subscribers]) sub.close(true)
    if (this.#conversations.get(entry.convId) === entry) this.#conversations.delete(entry.convId)
  }

  #setCall(call: ActiveCall): void {
    this.#calls.set(call.call_id, call)
    this.#callByConversation.set(call.conversation_id, call.call_id)
    if (!this.isLocal(call)) this.#remoteCallBySid.set(call.call_sid, call.call_id)
  }

  #deleteCall(callId: string): void {
    const call = this.#calls.get(callId)
    if (!call) return
    this.#calls.delete(callId)
    if (this.#callByConversation.get(call.conversation_id) === callId) this.#callByConversation.delete(call.conversation_id)
    if (this.#remoteCallBySid.get(call.call_sid) === callId) this.#remoteCallBySid.delete(call.call_sid)
  }

  /** The cursor to resume from, or null when the id cannot be resumed exactly here. */
  #resumeCursor(topic: Topic, lastEventId: string | null): number | null {
    if (lastEventId === null) return null
    const n = parseEventId(lastEventId, this.epoch)
    if (n === null || !topic.canResume(n, this.#n)) return null
    return n
  }
}

/** A loaded conversation, as routes see it. */
export class ConversationEntryHandle {
  constructor(
    /** @internal */ readonly entry: ConversationEntry,
    readonly hub: LiveHub,
  ) {}

  get convId(): string {
    return this.entry.convId
  }

  get view(): ConversationView {
    return this.entry.view
  }

  get local(): boolean {
    return this.entry.source === 'local'
  }
}

function emitConversationEvents(changes: ConversationChanges, convId: string, publish: (event: string, payload: unknown) => void): void {
  if (changes.added.length > 0) publish('new_messages', { conversation_id: convId, messages: changes.added })
  if (changes.updated.length > 0) publish('messages_updated', { conversation_id: convId, messages: changes.updated })
  if (changes.urgency) publish('urgency', { conversation_id: convId, urgency: changes.urgency })
  if (changes.status) publish('status', { conversation_id: convId, status: changes.status })
}

function endedPayload(convId: string, call: Partial<ActiveCall> | null): Record<string, unknown> {
  return {
    conversation_id: convId,
    call_id: call?.call_id ?? callIdOf(convId),
    ended_at: call?.ended_at ?? null,
    end_reason: call?.end_reason ?? null,
  }
}

/** `reset` has no id: a client that drops right after it still holds its old position. */
function resetFrame(lastEventId: string | null): string {
  const data = {
    reason: 'Last-Event-ID cannot be resumed here (too old, or from another process or instance); a fresh initial follows',
    last_event_id: lastEventId,
  }
  return formatFrame({ event: 'reset', data: JSON.stringify(data) })
}

/** conv_<suffix> -> call_<suffix>: the two ids share their suffix by construction (calls/ids.ts). */
export function callIdOf(convId: string): string | null {
  return convId.startsWith('conv_') ? `call_${convId.slice(5)}` : null
}

function isObject(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isArchived(value: unknown): value is ArchivedCall {
  return isObject(value) && typeof value.conversation_id === 'string' && typeof value.call_id === 'string'
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))),
    ])
  } finally {
    clearTimeout(timer)
  }
}

