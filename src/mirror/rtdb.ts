import { randomUUID } from 'node:crypto'
import { applicationDefault, deleteApp, initializeApp, type App } from 'firebase-admin/app'
import { getDatabase, type Database } from 'firebase-admin/database'
import type { FirebaseTarget } from '../config.js'

export interface RtdbConnection {
  readonly db: Database
  /**
   * Where it points. The mirror worker opens its own connection to this target (a Database
   * cannot cross threads), so a test that hands the app a connection through a fault proxy
   * puts the mirror's writes behind the same proxy.
   */
  readonly target: ResolvedFirebaseTarget
  /** Where it points, for logs and /health (never contains credentials). */
  readonly describe: string
  close(): Promise<void>
}

export type ResolvedFirebaseTarget = Exclude<FirebaseTarget, { kind: 'embedded' }>

/**
 * A firebase-admin app of its own (unique name), so several Aurora apps in one process
 * (tests, the simulator) never share a connection.
 * An `http://host:port?ns=` URL makes @firebase/database use the emulator's `owner`
 * credential (wire-protocol notes §12), without touching process.env.
 */
export function connectRtdb(target: ResolvedFirebaseTarget, label = 'aurora'): RtdbConnection {
  const name = `${label}-${randomUUID()}`
  let app: App
  let describe: string
  if (target.kind === 'emulator') {
    const databaseURL = `http://${target.hostPort}?ns=${encodeURIComponent(target.namespace)}`
    app = initializeApp({ projectId: target.projectId, databaseURL }, name)
    describe = `emulator ${databaseURL}`
  } else {
    app = initializeApp({ projectId: target.projectId, databaseURL: target.databaseURL, credential: applicationDefault() }, name)
    describe = target.databaseURL
  }
  const db = getDatabase(app)
  let closed = false
  return {
    db,
    target,
    describe,
    async close() {
      if (closed) return
      closed = true
      db.goOffline()
      await deleteApp(app)
    },
  }
}
