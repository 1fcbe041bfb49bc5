// Aurora as a child process, started the way `npm start` starts it (src/server.ts under tsx, all
// configuration in the environment), listening on a free port. Reusable by anything that needs a
// real separate server: the simulator's default mode, and crash tests that SIGKILL it and start
// it again on the same data dir.

import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, type WriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { AURORA_NODE_FLAGS } from '../../src/node-flags.js'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface SpawnAuroraOptions {
  /** Aurora's environment (PORT defaults to 0, HOST to 127.0.0.1, LOG_LEVEL to info). PATH and HOME are inherited. */
  env: Record<string, string>
  /** Append the child's stdout and stderr here; otherwise only the last lines are kept in memory. */
  logFile?: string
  /** How long to wait for "Server listening at". Default 30 s (the first tsx compile is slow on 2 cores). */
  startTimeoutMs?: number
  /** Node/V8 flags added after Aurora's own (AURORA_NODE_FLAGS), for those NODE_OPTIONS refuses (e.g. --trace-gc). */
  nodeFlags?: readonly string[]
}

export interface AuroraProcess {
  /** Where it listens, e.g. http://127.0.0.1:41234 (not its PUBLIC_URL). */
  readonly url: string
  readonly pid: number
  /** Resolves when the process has exited, with its code or signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** SIGTERM (graceful: the mirror drains briefly), then SIGKILL after graceMs. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** SIGKILL at once: a crash. */
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** The last lines it printed (for error messages). */
  tail(): string[]
}

const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot']
const TAIL_LINES = 40

/** Starts `node <AURORA_NODE_FLAGS> --import tsx src/server.ts`, as `npm start` does, and resolves once it listens. */
export async function spawnAurora(options: SpawnAuroraOptions): Promise<AuroraProcess> {
  const env: Record<string, string> = {}
  for (const key of INHERITED) {
    const value = process.env[key]
    if (value !== undefined) env[key] = value
  }
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }, options.env)
  // One process (no tsx CLI wrapper in between), so a signal reaches Aurora itself.
  const args = [...AURORA_NODE_FLAGS, ...(options.nodeFlags ?? []), '--import', 'tsx', 'src/server.ts']
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const log: WriteStream | null = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null
  const lines: string[] = []
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  exited.then(() => log?.end()).catch(() => undefined)

  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Aurora did not start listening within ${options.startTimeoutMs ?? 30_000} ms`)), options.startTimeoutMs ?? 30_000)
    const onLine = (line: string): void => {
      log?.write(line + '\n')
      lines.push(line)
      if (lines.length > TAIL_LINES) lines.shift()
      const url = listenUrl(line)
      if (url) {
        clearTimeout(timer)
        resolve(url)
      }
    }
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', onLine)
    exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`Aurora exited before listening (code ${code}, signal ${signal})`))
    }).catch(() => undefined)
  })

  let url: string
  try {
    url = await listening
  } catch (err) {
    child.kill('SIGKILL')
    await exited
    throw new Error(`${(err as Error).message}\n--- last output ---\n${lines.join('\n')}`)
  }
  return handle(child, url, exited, lines)
}

function handle(child: ChildProcess, url: string, exited: AuroraProcess['exited'], lines: string[]): AuroraProcess {
  let done = false
  exited.then(() => (done = true)).catch(() => undefined)
  return {
    url,
    pid: child.pid ?? -1,
    exited,
    async stop(graceMs = 15_000) {
      if (done) return exited
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      const result = await exited
      clearTimeout(timer)
      return result
    },
    async kill() {
      if (!done) child.kill('SIGKILL')
      return exited
    },
    tail: () => [...lines],
  }
}

/** Fastify's "Server listening at http://127.0.0.1:PORT" log line (pino JSON), or null. */
export function listenUrl(line: string): string | null {
  if (!line.startsWith('{')) return null
  try {
    const entry: unknown = JSON.parse(line)
    if (typeof entry !== 'object' || entry === null) return null
    const msg = Reflect.get(entry, 'msg')
    const match = typeof msg === 'string' ? /^Server listening at (https?:\/\/\S+)$/.exec(msg) : null
    return match?.[1] ?? null
  } catch {
    return null
  }
}
