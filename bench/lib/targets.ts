// The servers under test, each in its own process: Aurora as `npm start` runs it (tsx
// src/server.ts, configured through its environment, a fresh data dir), started with the
// simulator's spawnAurora (sim/calls/aurora-process.ts), and the bare-Fastify ceiling.

import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnAurora } from '../../sim/calls/aurora-process.js'

/** What Twilio requests and signs; requests are delivered to the real port, like a tunnel would. */
export const BENCH_PUBLIC_URL = 'https://bench.aurora.test'

export interface Target {
  name: string
  kind: 'aurora' | 'ceiling'
  /** Where requests are sent, e.g. http://127.0.0.1:41234. */
  origin: string
  pid: number
  publicUrl: string
  authToken: string
  stop(): Promise<void>
}

export interface AuroraTarget extends Target {
  kind: 'aurora'
  mirrorMode: 'background' | 'inline'
  /** The fault proxy in front of the emulator that this Aurora's mirror goes through. */
  proxy: string
  /** The RTDB namespace it mirrors to. */
  namespace: string
  dataDir: string
  /** SIGTERM and wait (graceful: Aurora drains the mirror briefly and snapshots its store). */
  stopGracefully(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; lastOutput: string[] }>
  /** Removes the data dir (after stop()). */
  cleanup(): Promise<void>
}

/** Past Aurora's own close-with-grace delay (10 s), so a slow shutdown shows as its exit code 1, not our SIGKILL. */
const STOP_GRACE_MS = 20_000

export interface AuroraTargetOptions {
  name: string
  mirrorMode: 'background' | 'inline'
  proxy: string
  proxyHostPort: string
  /** [a-z0-9]{1,16}; also names the Firebase project, so each Aurora has its own namespace. */
  instanceId: string
  /** Node/V8 flags for Aurora's process after its own (e.g. --cpu-prof). */
  nodeFlags?: string[]
  /** More of Aurora's environment, over the bench's (for experiments: SNAPSHOT_EVERY_RECORDS=...). */
  env?: Record<string, string>
}

export async function startAuroraTarget(options: AuroraTargetOptions): Promise<AuroraTarget> {
  const dataDir = await mkdtemp(join(tmpdir(), `aurora-bench-${options.instanceId}-`))
  const authToken = randomBytes(16).toString('hex')
  const projectId = `demo-${options.instanceId}`
  // Aurora writes its log straight to this file: read through a pipe, one line per webhook would
  // cost the load generator's process (this one) CPU on the cores it shares with Aurora.
  const logFile = `${dataDir}.log`
  const child = await spawnAurora({
    logFile,
    env: {
      // Production mode: the checks and defaults a deployed Aurora runs with.
      AURORA_MODE: 'production',
      PUBLIC_URL: BENCH_PUBLIC_URL,
      TWILIO_AUTH_TOKEN: authToken,
      ADMIN_TOKEN: randomBytes(18).toString('base64url'),
      INSTANCE_ID: options.instanceId,
      AURORA_DATA_DIR: dataDir,
      FIREBASE_DATABASE_EMULATOR_HOST: options.proxyHostPort,
      FIREBASE_PROJECT_ID: projectId,
      MIRROR_MODE: options.mirrorMode,
      // Production's level; spawnAurora also needs info to see "Server listening at".
      LOG_LEVEL: 'info',
      ...options.env,
    },
    startTimeoutMs: 60_000,
    ...(options.nodeFlags ? { nodeFlags: options.nodeFlags } : {}),
  }).catch(async (err: unknown) => {
    await Promise.all([rm(dataDir, { recursive: true, force: true }), rm(logFile, { force: true })])
    throw err
  })
  return {
    name: options.name,
    kind: 'aurora',
    origin: child.url,
    pid: child.pid,
    publicUrl: BENCH_PUBLIC_URL,
    authToken,
    mirrorMode: options.mirrorMode,
    proxy: options.proxy,
    namespace: `${projectId}-default-rtdb`,
    dataDir,
    async stop() {
      await child.stop(STOP_GRACE_MS)
    },
    async stopGracefully() {
      const started = performance.now()
      const exit = await child.stop(STOP_GRACE_MS)
      return { ...exit, ms: performance.now() - started, lastOutput: child.tail().slice(-5) }
    },
    cleanup: async () => {
      await Promise.all([rm(dataDir, { recursive: true, force: true }), rm(logFile, { force: true })])
    },
  }
}

export async function startCeiling(): Promise<Target> {
  const child = fork(fileURLToPath(new URL('./ceiling-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PUBLIC_URL: BENCH_PUBLIC_URL },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { kind: string; url: string }) => resolve(message.url))
    void exited.then(() => reject(new Error('the ceiling server exited before listening')))
  })
  return {
    name: 'ceiling',
    kind: 'ceiling',
    origin: url,
    pid: child.pid ?? -1,
    publicUrl: BENCH_PUBLIC_URL,
    authToken: 'unused-by-the-ceiling',
    async stop() {
      if (child.exitCode !== null) return
      child.disconnect()
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
}
