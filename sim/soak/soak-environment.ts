// What a soak run starts: our RTDB emulator (with database.rules.json), the TCP fault proxy in
// front of it, and Aurora as a child process (spawnAurora) whose Firebase is the proxy, so the
// memory and file descriptors measured are Aurora's alone. The same set-up as the simulator's
// owned environment (sim/calls/environment.ts), except that the soak needs the child's pid and
// data dir, reads Firebase before stopping Aurora, and lets calls be archived as in production
// (ARCHIVE_GRACE_MS is a knob; the simulator pins it to an hour so nothing moves mid-run).

import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connectRtdb } from '../../src/mirror/rtdb.js'
import { openStore } from '../../src/store/index.js'
import type { FaultProxy } from '../fault-proxy/proxy.js'
import type { Emulator } from '../rtdb/emulator.js'
import { spawnAurora, type AuroraProcess } from '../calls/aurora-process.js'
import { SIM_PROJECT_ID, SIM_PUBLIC_URL, startFirebaseBehindProxy } from '../calls/environment.js'
import { ROOTS, type Tree } from '../calls/firebase-watcher.js'

export interface SoakEnvironmentOptions {
  archiveGraceMs: number
  /** Aurora's log file. */
  logFile: string
  /** NODE_OPTIONS for the Aurora child (e.g. --inspect, --heapsnapshot-signal). */
  nodeOptions?: string
  /** Extra node/V8 flags on Aurora's command line (those NODE_OPTIONS refuses). */
  nodeFlags?: readonly string[]
}

export interface SoakEnvironment {
  aurora: AuroraProcess
  /** Aurora's listening port (to tell its inbound sockets from its outbound ones). */
  port: number
  dataDir: string
  publicUrl: string
  authToken: string
  adminToken: string
  emulator: Emulator
  proxy: FaultProxy
  /** The three call roots as Firebase serves them, read from the emulator directly (not through the proxy). */
  readFirebase(): Promise<Tree>
  /** The three call roots from the journal: only once Aurora has stopped (it holds the store's lock). */
  readLocal(): Promise<Tree>
  /** Stops everything still running; removes the data dir unless keepData. */
  close(keepData: boolean): Promise<void>
}

const NAMESPACE = `${SIM_PROJECT_ID}-default-rtdb`

export async function startSoakEnvironment(options: SoakEnvironmentOptions): Promise<SoakEnvironment> {
  const cleanups: (() => Promise<unknown>)[] = []
  const cleanup = async (): Promise<void> => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => undefined)
  }
  try {
    const { emulator, proxy } = await startFirebaseBehindProxy(cleanups)
    const dataDir = await mkdtemp(join(tmpdir(), 'aurora-soak-'))
    let keepData = false
    cleanups.push(async () => {
      if (!keepData) await rm(dataDir, { recursive: true, force: true })
    })
    const authToken = randomBytes(16).toString('hex')
    const adminToken = randomBytes(18).toString('base64url')
    const aurora = await spawnAurora({
      logFile: options.logFile,
      ...(options.nodeFlags ? { nodeFlags: options.nodeFlags } : {}),
      env: {
        AURORA_MODE: 'development',
        PUBLIC_URL: SIM_PUBLIC_URL,
        TWILIO_AUTH_TOKEN: authToken,
        ADMIN_TOKEN: adminToken,
        INSTANCE_ID: 'soak',
        AURORA_DATA_DIR: dataDir,
        FIREBASE_DATABASE_EMULATOR_HOST: proxy.hostPort,
        FIREBASE_PROJECT_ID: SIM_PROJECT_ID,
        ARCHIVE_GRACE_MS: String(options.archiveGraceMs),
        ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}),
      },
    })
    cleanups.push(() => aurora.stop())
    return {
      aurora,
      port: Number(new URL(aurora.url).port),
      dataDir,
      publicUrl: SIM_PUBLIC_URL,
      authToken,
      adminToken,
      emulator,
      proxy,
      async readFirebase() {
        const reader = connectRtdb({ kind: 'emulator', projectId: SIM_PROJECT_ID, hostPort: emulator.hostPort, namespace: NAMESPACE }, 'soak-reader')
        try {
          const values = await Promise.all(ROOTS.map(async (root) => (await reader.db.ref(root).get()).val() as unknown))
          return { active_calls: values[0] ?? null, active_conversations: values[1] ?? null, call_history: values[2] ?? null }
        } finally {
          await reader.close()
        }
      },
      async readLocal() {
        // snapshotOnClose: false, as test/crash/crash-run.ts: reading must not change the data dir.
        const store = await openStore({ dir: dataDir, snapshotOnClose: false })
        try {
          return { active_calls: store.get('active_calls') ?? null, active_conversations: store.get('active_conversations') ?? null, call_history: store.get('call_history') ?? null }
        } finally {
          await store.close()
        }
      },
      async close(keep) {
        keepData = keep
        await cleanup()
      },
    }
  } catch (err) {
    await cleanup()
    throw err
  }
}
