// The Firebase side of the bench, in its own process so the emulator's work never runs on the
// load generator's event loop: our RTDB emulator (with the project's rules), one TCP fault proxy
// per Aurora under test (each Aurora's FIREBASE_DATABASE_EMULATOR_HOST points at its proxy), and
// the checks of what reached Firebase. Driven over IPC by firebase-side-control.ts.

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { REPO_ROOT } from '../../sim/calls/aurora-process.js'
import { startFaultProxy, type FaultProxy } from '../../sim/fault-proxy/proxy.js'
import { startEmulator } from '../../sim/rtdb/emulator.js'
import { toJSON } from '../../sim/rtdb/tree/node.js'
import type { AckedCall } from './call-mix.js'
import { canonicalHashes, countTraces, indexTree, type TraceCheck } from './firebase-traces.js'

export type FirebaseFault = { kind: 'none' } | { kind: 'lag'; latencyMs: number } | { kind: 'down' } | { kind: 'flap'; periodMs: number }

export type SideRequest =
  | { id: number; kind: 'fault'; proxy: string; fault: FirebaseFault }
  /** One check per batch (a segment's acknowledged calls) against one index of the tree. */
  | { id: number; kind: 'check'; namespace: string; batches: { key: string; calls: AckedCall[] }[] }
  | { id: number; kind: 'hashes'; namespace: string }
  | { id: number; kind: 'stop' }

export type SideReply =
  | { kind: 'ready'; emulator: string; proxies: Record<string, string> }
  | { id: number; kind: 'ok' }
  | { id: number; kind: 'check'; results: Record<string, TraceCheck> }
  | { id: number; kind: 'hashes'; hashes: Record<string, string> }
  | { id: number; kind: 'error'; message: string }

const send = (message: SideReply): void => void process.send?.(message)
const proxyNames = (process.env.BENCH_PROXIES ?? 'aurora').split(',')

const rules = await readFile(join(REPO_ROOT, 'database.rules.json'), 'utf8')
const emulator = await startEmulator({ host: '127.0.0.1', port: 0, rules })
const proxies = new Map<string, { proxy: FaultProxy; flap: NodeJS.Timeout | null }>()
for (const name of proxyNames) {
  proxies.set(name, { proxy: await startFaultProxy({ target: { host: emulator.host, port: emulator.port } }), flap: null })
}

function applyFault(name: string, fault: FirebaseFault): void {
  const entry = proxies.get(name)
  if (!entry) throw new Error(`no proxy named ${name}`)
  if (entry.flap) clearInterval(entry.flap)
  entry.flap = null
  entry.proxy.clear()
  if (fault.kind === 'lag') entry.proxy.set({ latencyMs: fault.latencyMs })
  else if (fault.kind === 'down') entry.proxy.set({ down: true })
  else if (fault.kind === 'flap') {
    // Down for one period, up for the next: every connection the mirror makes is cut within a period.
    let down = true
    entry.proxy.set({ down })
    entry.flap = setInterval(() => {
      down = !down
      entry.proxy.set({ down })
    }, fault.periodMs)
  }
}

/** The three roots Aurora mirrors, as plain JSON. */
function roots(namespace: string): Record<string, unknown> {
  const root = toJSON(emulator.namespaces.get(namespace)) as Record<string, unknown> | null
  return { active_calls: root?.active_calls ?? null, active_conversations: root?.active_conversations ?? null, call_history: root?.call_history ?? null }
}

async function stop(): Promise<void> {
  for (const { proxy, flap } of proxies.values()) {
    if (flap) clearInterval(flap)
    await proxy.stop()
  }
  await emulator.stop()
}

process.on('message', (message: SideRequest) => {
  try {
    if (message.kind === 'fault') {
      applyFault(message.proxy, message.fault)
      send({ id: message.id, kind: 'ok' })
    } else if (message.kind === 'check') {
      const index = indexTree(roots(message.namespace))
      send({ id: message.id, kind: 'check', results: Object.fromEntries(message.batches.map((b) => [b.key, countTraces(index, b.calls)])) })
    } else if (message.kind === 'hashes') {
      send({ id: message.id, kind: 'hashes', hashes: canonicalHashes(roots(message.namespace), (text) => createHash('sha1').update(text).digest('base64')) })
    } else if (message.kind === 'stop') {
      void stop().then(() => {
        send({ id: message.id, kind: 'ok' })
        process.exit(0)
      })
    }
  } catch (err) {
    send({ id: message.id, kind: 'error', message: (err as Error).message })
  }
})
process.on('disconnect', () => void stop().then(() => process.exit(0)))

send({ kind: 'ready', emulator: emulator.hostPort, proxies: Object.fromEntries([...proxies].map(([name, { proxy }]) => [name, proxy.hostPort])) })
