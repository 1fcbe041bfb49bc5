// What a run talks to. By default the simulator owns everything: our RTDB emulator (with the
// project's database.rules.json), the TCP fault proxy in front of it, and an Aurora whose
// FIREBASE_DATABASE_EMULATOR_HOST points at the proxy, so injected faults hit exactly the path
// the mirror uses. Aurora runs either as a child process (`tsx src/server.ts`, the default for
// the CLI: its latency is not disturbed by the simulator's own work) or in-process through
// buildApp (fast; the quick test suite uses it and can read app.store directly).
// With --target the simulator drives an Aurora someone else started and injects no faults.
//
// Aurora's PUBLIC_URL is a name, not an address (https://aurora.sim.test): Twilio requests and
// signs that URL, and the simulator delivers to the real port, like a tunnel would.

import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openStore } from '../../src/store/index.js'
import { startFaultProxy, type FaultProxy } from '../fault-proxy/proxy.js'
import { startEmulator, type Emulator } from '../rtdb/emulator.js'
import { REPO_ROOT, spawnAurora } from './aurora-process.js'
import type { AdminActor } from './call-session.js'
import type { FaultTargets } from './fault-timeline.js'
import { ROOTS, type FirebaseTargetInfo, type Tree } from './firebase-watcher.js'
import type { AdminStep } from './script.js'

export type AuroraMode = 'inprocess' | 'child' | 'target'

export const SIM_PUBLIC_URL = 'https://aurora.sim.test'
export const SIM_PROJECT_ID = 'demo-aurora'
/** The actor recorded on admin actions the simulator performs. */
export const SIM_ADMIN_NAME = 'aurora-sim'

export interface SimEnvironment {
  mode: AuroraMode
  /** What Twilio requests and signs. */
  publicUrl: string
  /** Where requests are delivered. */
  origin: string
  authToken: string
  adminToken: string | null
  firebase: FirebaseTargetInfo | null
  faults: FaultTargets | null
  /** In-process only: Aurora's own AdminActions, for when its admin HTTP API is missing. */
  inProcessAdmin: AdminActor | null
  /** One line for the report: what was started or targeted. */
  describe: string
  /**
   * The local store's roots once the calls are over: in-process from app.store; as a child, by
   * stopping Aurora and opening its data dir; null with --target (the admin API is used instead).
   */
  localTree(): Promise<Tree | null>
  close(): Promise<void>
}

export interface OwnedOptions {
  mode: 'inprocess' | 'child'
  /** Child mode: Aurora's log goes here. */
  logFile?: string
  /** MIRROR_BATCH_DEADLINE_MS: how soon the mirror calls a silent Firebase an outage (Aurora's default 5000). */
  mirrorDeadlineMs?: number
}

/**
 * Our emulator serving database.rules.json, and the fault proxy in front of it (where Aurora
 * points, so injected faults hit the mirror's path); each registers its stop in cleanups.
 */
export async function startFirebaseBehindProxy(cleanups: (() => Promise<unknown>)[]): Promise<{ emulator: Emulator; proxy: FaultProxy }> {
  const rules = await readFile(join(REPO_ROOT, 'database.rules.json'), 'utf8')
  const emulator = await startEmulator({ port: 0, rules })
  cleanups.push(() => emulator.stop())
  const proxy = await startFaultProxy({ target: { host: emulator.host, port: emulator.port } })
  cleanups.push(() => proxy.stop())
  return { emulator, proxy }
}

export async function startOwnedEnvironment(options: OwnedOptions): Promise<SimEnvironment> {
  const cleanups: (() => Promise<unknown>)[] = []
  const cleanup = async (): Promise<void> => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => undefined)
  }
  try {
    const { emulator, proxy } = await startFirebaseBehindProxy(cleanups)
    const dataDir = await mkdtemp(join(tmpdir(), 'aurora-sim-'))
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))

    const authToken = randomBytes(16).toString('hex')
    const adminToken = randomBytes(18).toString('base64url')
    const env: Record<string, string> = {
      AURORA_MODE: 'development',
      PUBLIC_URL: SIM_PUBLIC_URL,
      TWILIO_AUTH_TOKEN: authToken,
      ADMIN_TOKEN: adminToken,
      INSTANCE_ID: 'sim',
      AURORA_DATA_DIR: dataDir,
      FIREBASE_DATABASE_EMULATOR_HOST: proxy.hostPort,
      FIREBASE_PROJECT_ID: SIM_PROJECT_ID,
      // Ended calls stay in active_* for the whole run, so both layers can be compared call by call.
      ARCHIVE_GRACE_MS: String(3_600_000),
      ...(options.mirrorDeadlineMs !== undefined ? { MIRROR_BATCH_DEADLINE_MS: String(options.mirrorDeadlineMs) } : {}),
    }
    const firebase: FirebaseTargetInfo = { hostPort: emulator.hostPort, namespace: `${SIM_PROJECT_ID}-default-rtdb`, projectId: SIM_PROJECT_ID }
    const common = {
      publicUrl: SIM_PUBLIC_URL,
      authToken,
      adminToken,
      firebase,
      faults: { proxy, emulator: emulator.faults },
    }

    if (options.mode === 'inprocess') {
      const config = loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'silent' })
      const app = await buildApp(config)
      await app.listen({ port: 0, host: '127.0.0.1' })
      let closed = false
      const closeApp = async (): Promise<void> => {
        if (closed) return
        closed = true
        await app.close()
      }
      cleanups.push(closeApp)
      const actor = `admin:${SIM_ADMIN_NAME}`
      return {
        ...common,
        mode: 'inprocess',
        origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
        describe: `in-process Aurora, our emulator ${emulator.hostPort} behind the fault proxy ${proxy.hostPort}`,
        inProcessAdmin: {
          conversationOf: async (callSid) => app.calls.callBySid(callSid)?.conversation_id ?? null,
          act: async (convId: string, step: AdminStep) => {
            const a = app.adminActions
            if (step.action === 'takeover') await a.takeover(convId, actor)
            else if (step.action === 'release') await a.release(convId, actor)
            else if (step.action === 'end') await a.end(convId, actor)
            else if (step.action === 'message') await a.sendMessage(convId, actor, step.text ?? '')
            else if (step.urgency !== undefined && step.urgency !== 'UNKNOWN') await a.overrideUrgency(convId, actor, step.urgency)
          },
        },
        localTree: async () => pickRoots((root) => app.store.get(root)),
        close: cleanup,
      }
    }

    const child = await spawnAurora({ env, ...(options.logFile ? { logFile: options.logFile } : {}) })
    cleanups.push(async () => {
      await child.stop()
    })
    return {
      ...common,
      mode: 'child',
      origin: child.url,
      describe: `Aurora child process (pid ${child.pid}), our emulator ${emulator.hostPort} behind the fault proxy ${proxy.hostPort}`,
      inProcessAdmin: null,
      async localTree() {
        // The journal is the source of truth: stop Aurora (it drains and closes the store), then read it.
        const exit = await child.stop()
        if (exit.code !== 0) throw new Error(`Aurora exited with code ${exit.code} (signal ${exit.signal}) when stopped`)
        const store = await openStore({ dir: dataDir })
        try {
          return pickRoots((root) => store.get(root))
        } finally {
          await store.close()
        }
      },
      close: cleanup,
    }
  } catch (err) {
    await cleanup()
    throw err
  }
}

export interface TargetOptions {
  target: string
  publicUrl?: string
  authToken: string
  adminToken: string | null
  firebase: FirebaseTargetInfo | null
}

export function targetEnvironment(options: TargetOptions): SimEnvironment {
  const origin = new URL(options.target).origin
  return {
    mode: 'target',
    publicUrl: (options.publicUrl ?? options.target).replace(/\/+$/, ''),
    origin,
    authToken: options.authToken,
    adminToken: options.adminToken,
    firebase: options.firebase,
    faults: null,
    inProcessAdmin: null,
    describe: `running Aurora at ${origin}${options.firebase ? `, Firebase emulator ${options.firebase.hostPort} (${options.firebase.namespace})` : ', Firebase not watched'}`,
    localTree: async () => null,
    close: async () => undefined,
  }
}

function pickRoots(get: (root: (typeof ROOTS)[number]) => unknown): Tree {
  return { active_calls: get('active_calls') ?? null, active_conversations: get('active_conversations') ?? null, call_history: get('call_history') ?? null }
}
