// Official SDK clients pointed at the test RTDB, without touching process.env:
// - firebase-admin with databaseURL http://host:port?ns=NS, which @firebase/database treats as an
//   emulator and authenticates with the constant `owner` token (§12);
// - the modular web client via connectDatabaseEmulator, optionally with a mockUserToken.
// `createClients()` returns a factory that remembers every app so `closeAll()` (in afterAll)
// deletes them and vitest can exit.

import { randomBytes } from 'node:crypto'
import { deleteApp as deleteAdminApp, initializeApp as initializeAdminApp, type App as AdminApp } from 'firebase-admin/app'
import { getDatabase as getAdminDatabase, type Database as AdminDatabase } from 'firebase-admin/database'
import { deleteApp as deleteWebApp, initializeApp as initializeWebApp, type FirebaseApp } from 'firebase/app'
import { connectDatabaseEmulator, getDatabase as getWebDatabase, type Database as WebDatabase } from 'firebase/database'
import type { RtdbTarget } from './rtdb.js'

export const TEST_PROJECT_ID = 'demo-aurora'

export interface AdminClient {
  readonly app: AdminApp
  readonly db: AdminDatabase
  close(): Promise<void>
}

export interface WebClient {
  readonly app: FirebaseApp
  readonly db: WebDatabase
  close(): Promise<void>
}

export type MockUserToken = string | { sub: string; [claim: string]: unknown }

export interface Clients {
  admin(ns: string, options?: { authOverride?: object | null }): AdminClient
  web(ns: string, options?: { mockUserToken?: MockUserToken }): WebClient
  closeAll(): Promise<void>
}

export function createClients(rtdb: RtdbTarget): Clients {
  const open = new Set<{ close(): Promise<void> }>()
  const track = <T extends { close(): Promise<void> }>(client: T): T => {
    const close = client.close
    const tracked = {
      ...client,
      close: async () => {
        if (!open.delete(tracked)) return
        await close()
      },
    }
    open.add(tracked)
    return tracked
  }
  return {
    admin(ns, options = {}) {
      const app = initializeAdminApp(
        {
          projectId: TEST_PROJECT_ID,
          databaseURL: rtdb.databaseURL(ns),
          // Used only by db.setRules()/getRules(), which send it as a bearer token (§11). A
          // credential that never calls Google keeps the tests offline.
          credential: { getAccessToken: async () => ({ access_token: 'owner', expires_in: 3600 }) },
          ...(options.authOverride === undefined ? {} : { databaseAuthVariableOverride: options.authOverride }),
        },
        uniqueName('admin'),
      )
      return track({ app, db: getAdminDatabase(app), close: () => deleteAdminApp(app) })
    },
    web(ns, options = {}) {
      const app = initializeWebApp({ projectId: TEST_PROJECT_ID, databaseURL: rtdb.databaseURL(ns) }, uniqueName('web'))
      const db = getWebDatabase(app)
      connectDatabaseEmulator(
        db,
        rtdb.host,
        rtdb.port,
        options.mockUserToken === undefined ? {} : { mockUserToken: options.mockUserToken },
      )
      return track({ app, db, close: () => deleteWebApp(app) })
    },
    async closeAll() {
      await Promise.all([...open].map((client) => client.close()))
    },
  }
}

function uniqueName(kind: string): string {
  return `${kind}-${randomBytes(6).toString('hex')}`
}
