// A child process of emulator.bench.ts hosting a group of listening firebase-admin clients.
// The listeners live in their own processes so their SDK work runs in parallel, as it would
// on separate machines; one process with 100 SDK instances measures that process's queue more
// than the emulator. Arrival times use the epoch clock the parent reads the same way
// (bench/lib/epoch-clock.ts).
//
// Protocol (IPC): parent -> {kind:'start', url, ns, count}; child -> {kind:'ready'};
// then for every value v the child sees on all its clients: {kind:'seen', value, at: number[]}.

import { randomBytes } from 'node:crypto'
import { deleteApp, initializeApp, type App } from 'firebase-admin/app'
import { getDatabase } from 'firebase-admin/database'
import { epochNow } from './epoch-clock.js'

interface Start {
  kind: 'start'
  url: string
  ns: string
  count: number
}

const send = (message: unknown): void => {
  process.send?.(message)
}

const apps: App[] = []

process.on('message', (message: Start | { kind: 'stop' }) => {
  if (message.kind === 'stop') {
    void Promise.all(apps.map((app) => deleteApp(app))).then(() => process.exit(0))
    return
  }
  const arrivals = new Map<number, number[]>()
  let ready = 0
  for (let i = 0; i < message.count; i++) {
    const app = initializeApp({ projectId: 'demo-bench', databaseURL: `${message.url}?ns=${message.ns}` }, `listener-${randomBytes(6).toString('hex')}`)
    apps.push(app)
    let first = true
    getDatabase(app)
      .ref('fanout/value')
      .on('value', (snapshot) => {
        const at = epochNow()
        if (first) {
          first = false
          if (++ready === message.count) send({ kind: 'ready' })
          return
        }
        const value = snapshot.val() as number
        const list = arrivals.get(value) ?? []
        list.push(at)
        if (list.length < message.count) {
          arrivals.set(value, list)
          return
        }
        arrivals.delete(value)
        send({ kind: 'seen', value, at: list })
      })
  }
})
