// The real client SDK as a test oracle, with no server: an app whose database is taken offline
// before first use still applies its own writes locally and raises events from them synchronously
// (optimistic writes), so a value listener hands back the SDK's node for any export-format JSON.
// Its `hash()` is the §10 hash a client puts in a transaction's `h`, and a query listener returns
// the window the client computes itself (§14.13). Neither is in the public typings, so they are
// reached through runtime guards (no `as any`); the guards fail loudly if an SDK upgrade moves them.

import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app'
import {
  getDatabase,
  type Database,
  goOffline,
  onValue,
  query,
  ref,
  set,
  type DataSnapshot,
  type Query,
  type QueryConstraint,
} from 'firebase/database'

export interface OfflineSdk {
  /** The SDK's `Node.hash()` for export-format `json` written with `set()`. */
  hash(json: unknown): string
  /** `exportVal()` of the SDK's own node for `json` (its nodeFromJSON). */
  exportVal(json: unknown): unknown
  /** The window the SDK computes for `constraints` over `json`, and the query's identifier (its wire `q` as a unique key). */
  window(json: unknown, constraints: QueryConstraint[]): { exportVal: unknown; queryIdentifier: string }
  close(): Promise<void>
}

// Offline writes are never acknowledged, so they pile up in the SDK's write tree and each new one
// costs more; a fresh app every few hundred writes keeps long property runs linear.
const WRITES_PER_APP = 300

export function openOfflineSdk(name: string): OfflineSdk {
  let generation = 0
  let writes = 0
  let current = openApp()
  const retired: Array<Promise<void>> = []

  function openApp(): { app: FirebaseApp; db: Database } {
    const id = `offline-${name}-${++generation}`
    const app = initializeApp({ projectId: 'demo-offline', databaseURL: `http://127.0.0.1:9/?ns=${id}` }, id)
    const db = getDatabase(app)
    goOffline(db)
    return { app, db }
  }

  function snapshotOf(json: unknown, constraints: QueryConstraint[] = []): { snap: DataSnapshot; target: Query } {
    if (++writes % WRITES_PER_APP === 0) {
      retired.push(deleteApp(current.app))
      current = openApp()
    }
    const location = ref(current.db, `w/${writes}`)
    // Offline, the promise only settles when the app is deleted; the local events are what we want.
    set(location, json).catch(() => undefined)
    const target = constraints.length === 0 ? location : query(location, ...constraints)
    let captured: DataSnapshot | undefined
    const unsubscribe = onValue(target, (snap) => {
      captured = snap
    })
    unsubscribe()
    if (captured === undefined) throw new Error('the offline SDK raised no synchronous value event')
    return { snap: captured, target }
  }

  return {
    hash: (json) => nodeHash(snapshotOf(json).snap),
    exportVal: (json) => snapshotOf(json).snap.exportVal(),
    window(json, constraints) {
      const { snap, target } = snapshotOf(json, constraints)
      return { exportVal: snap.exportVal(), queryIdentifier: queryIdentifier(target) }
    },
    async close() {
      await Promise.all([...retired, deleteApp(current.app)])
    },
  }
}

function nodeHash(snap: DataSnapshot): string {
  const node: unknown = Reflect.get(snap, '_node')
  if (typeof node !== 'object' || node === null) throw new Error('DataSnapshot._node is missing: has the SDK changed?')
  const hash: unknown = Reflect.get(node, 'hash')
  if (typeof hash !== 'function') throw new Error('DataSnapshot._node.hash is missing: has the SDK changed?')
  const result: unknown = Reflect.apply(hash, node, [])
  if (typeof result !== 'string') throw new Error('Node.hash() did not return a string')
  return result
}

function queryIdentifier(target: Query): string {
  const id: unknown = Reflect.get(target, '_queryIdentifier')
  if (typeof id !== 'string') throw new Error('Query._queryIdentifier is missing: has the SDK changed?')
  return id
}
