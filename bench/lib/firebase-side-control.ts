// The parent's handle on firebase-side.ts: forks it, waits for its addresses, and turns the IPC
// messages into awaitable calls.

import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { AckedCall } from './call-mix.js'
import type { FirebaseFault, SideReply, SideRequest } from './firebase-side.js'
import type { TraceCheck } from './firebase-traces.js'

type Distribute<T> = T extends { id: number } ? Omit<T, 'id'> : never

export interface FirebaseSide {
  /** The emulator's own address (for readers that must bypass the proxies). */
  readonly emulator: string
  /** Proxy name -> "127.0.0.1:PORT", what each Aurora uses as FIREBASE_DATABASE_EMULATOR_HOST. */
  readonly proxies: Record<string, string>
  readonly pid: number
  setFault(proxy: string, fault: FirebaseFault): Promise<void>
  check(namespace: string, batches: { key: string; calls: AckedCall[] }[]): Promise<Record<string, TraceCheck>>
  hashes(namespace: string): Promise<Record<string, string>>
  stop(): Promise<void>
}

export async function startFirebaseSide(proxyNames: readonly string[]): Promise<FirebaseSide> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./firebase-side.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_PROXIES: proxyNames.join(',') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<number, (reply: SideReply) => void>()
  let nextId = 1
  const ready = new Promise<Extract<SideReply, { kind: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the Firebase side exited with code ${code} before it was ready`)))
    child.on('message', (reply: SideReply) => {
      if (reply.kind === 'ready') resolve(reply)
      else waiting.get(reply.id)?.(reply)
    })
  })
  const { emulator, proxies } = await ready

  const call = (request: Distribute<SideRequest>): Promise<SideReply> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      waiting.set(id, (reply) => {
        waiting.delete(id)
        if (reply.kind === 'error') reject(new Error(`Firebase side: ${reply.message}`))
        else resolve(reply)
      })
      child.send({ ...request, id } as SideRequest)
    })

  return {
    emulator,
    proxies,
    pid: child.pid ?? -1,
    async setFault(proxy, fault) {
      await call({ kind: 'fault', proxy, fault })
    },
    async check(namespace, batches) {
      const reply = await call({ kind: 'check', namespace, batches })
      if (reply.kind !== 'check') throw new Error(`unexpected reply ${reply.kind}`)
      return reply.results
    },
    async hashes(namespace) {
      const reply = await call({ kind: 'hashes', namespace })
      if (reply.kind !== 'hashes') throw new Error(`unexpected reply ${reply.kind}`)
      return reply.hashes
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      await Promise.race([call({ kind: 'stop' }).catch(() => undefined), exited])
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
}
