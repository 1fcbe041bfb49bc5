import type { DataSnapshot, Database } from 'firebase-admin/database'
import type { ActiveCall } from '../calls/model.js'
import { callPath, conversationPath, historyPath } from '../calls/model.js'
import type { Json } from '../store/index.js'
import type { HistoryCursor } from './call-history.js'

// The admin streams' view of Firebase: listeners, not polling. active_calls is watched for the
// life of the hub (child events: the overview of every instance's calls); one conversation is
// watched with a value listener only while an admin streams it. The connection (app.firebaseDb)
// only listens: the mirror writes from its worker thread over a connection of its own, so this
// one's CPU on the main thread follows the other instances' traffic.

export interface CallsWatch {
  upsert(call: ActiveCall): void
  remove(callId: string): void
  error(err: Error): void
}

export interface FirebaseFeed {
  /**
   * Listens to the active calls of every instance but `exceptInstance`; resolves `loaded` once
   * the first full copy has been delivered.
   */
  watchCalls(exceptInstance: string, watch: CallsWatch): { loaded: Promise<void>; stop(): void }
  /** Listens to one conversation as whole snapshots (null: it does not exist). */
  watchConversation(convId: string, onValue: (value: Json | null) => void, onError: (err: Error) => void): () => void
  activeCall(callId: string): Promise<ActiveCall | null>
  archivedCall(callId: string): Promise<Json | null>
  /**
   * The newest `limit` calls in call_history that ended before the cursor (ended_at, then call
   * id), whole (with their conversations: RTDB queries cannot leave a child out).
   */
  archivedCalls(limit: number, before?: HistoryCursor): Promise<unknown[]>
}

export function createFirebaseFeed(db: Database): FirebaseFeed {
  return {
    watchCalls(exceptInstance, watch) {
      // Two range queries around this instance's id, so the server sends only the others' calls
      // and we do not decode an event for each of this instance's own writes to active_calls:
      // that cost ~2 ms of CPU per caller turn with a plain listener.
      // (database.rules.json declares .indexOn instance_id for them.)
      const byInstance = db.ref('active_calls').orderByChild('instance_id')
      const queries = [byInstance.endBefore(exceptInstance), byInstance.startAfter(exceptInstance)]
      const upsert = (snap: DataSnapshot): void => {
        const value: unknown = snap.val()
        if (isCall(value)) watch.upsert(value)
      }
      const remove = (snap: DataSnapshot): void => {
        if (snap.key) watch.remove(snap.key)
      }
      const cancel = (err: Error): void => watch.error(err)
      const loads: Promise<void>[] = []
      const stops: (() => void)[] = []
      for (const query of queries) {
        query.on('child_added', upsert, cancel)
        query.on('child_changed', upsert, cancel)
        query.on('child_removed', remove, cancel)
        // A value listener on the same query shares its listen; the SDK raises it after the
        // child events of the same update, so it marks the end of the initial load.
        let onLoaded!: () => void
        loads.push(new Promise<void>((resolve) => (onLoaded = resolve)))
        const value = (): void => {
          query.off('value', value)
          onLoaded()
        }
        query.on('value', value, cancel)
        stops.push(() => {
          query.off('child_added', upsert)
          query.off('child_changed', upsert)
          query.off('child_removed', remove)
          query.off('value', value)
        })
      }
      return {
        loaded: Promise.all(loads).then(() => undefined),
        stop() {
          for (const stop of stops) stop()
        },
      }
    },
    watchConversation(convId, onValue, onError) {
      const ref = db.ref(conversationPath(convId))
      const listener = (snap: DataSnapshot): void => onValue(snap.val() as Json | null)
      ref.on('value', listener, onError)
      return () => ref.off('value', listener)
    },
    async activeCall(callId) {
      const value: unknown = (await db.ref(callPath(callId)).get()).val()
      return isCall(value) ? value : null
    },
    async archivedCall(callId) {
      return (await db.ref(historyPath(callId)).get()).val() as Json | null
    },
    async archivedCalls(limit, before) {
      // database.rules.json declares .indexOn ended_at, so the server sends only the page.
      const byEnd = db.ref('call_history').orderByChild('ended_at')
      const page = (before ? byEnd.endBefore(before.endedAt, before.callId) : byEnd).limitToLast(limit)
      const calls: unknown[] = []
      ;(await page.get()).forEach((child) => {
        calls.push(child.val())
      })
      return calls
    },
  }
}

export function isCall(value: unknown): value is ActiveCall {
  if (value === null || typeof value !== 'object') return false
  const call = value as Partial<ActiveCall>
  return typeof call.call_id === 'string' && typeof call.conversation_id === 'string' && typeof call.instance_id === 'string'
}
