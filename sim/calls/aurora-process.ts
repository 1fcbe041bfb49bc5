// Aurora as a child process, started the way `npm start` starts it (src/server.ts under tsx, all
// configuration in the environment), listening on a free port. Reusable by anything that needs a
// real separate server: the simulator's default mode, and crash tests that SIGKILL it and start
// it again on the same data dir.

import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { AURORA_NODE_FLAGS } from '../../src/node-flags.js'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface SpawnAuroraOptions {
  /** Aurora's environment (PORT defaults to 0, HOST to 127.0.0.1, LOG_LEVEL to info). PATH and HOME are inherited. */
  env: Record<string, string>
  /**
   * The child appends its stdout and stderr here itself; otherwise they come through pipes and only
   * the last lines are kept in memory. Through a file, this process reads no log line per request:
   * a load generator that spawned Aurora would otherwise spend its own CPU (and the cores it shares
   * with Aurora) reading one line per webhook.
   */
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
/** Enough of a log file's end for TAIL_LINES lines. */
const TAIL_BYTES = 64 * 1024

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
  const logFd = options.logFile ? openSync(options.logFile, 'a') : null
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: logFd === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', logFd, logFd] })
  if (logFd !== null) closeSync(logFd) // the child holds its own copy
  const output = options.logFile ? fileOutput(options.logFile) : pipeOutput(child)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  exited.then(() => output.stop()).catch(() => undefined)

  const startTimeoutMs = options.startTimeoutMs ?? 30_000
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Aurora did not start listening within ${startTimeoutMs} ms`)), startTimeoutMs)
    output.untilLine(listenUrl, (url) => {
      clearTimeout(timer)
      resolve(url)
    })
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
    throw new Error(`${(err as Error).message}\n--- last output ---\n${output.tail().join('\n')}`)
  }
  output.listened()
  return handle(child, url, exited, output.tail)
}

function handle(child: ChildProcess, url: string, exited: AuroraProcess['exited'], tail: () => string[]): AuroraProcess {
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
    tail,
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

/** The child's output as this process sees it: the start-up line it waits for, and the last lines. */
interface ChildOutput {
  /** Calls found(match) once, for the first line match() returns non-null for. */
  untilLine(match: (line: string) => string | null, found: (value: string) => void): void
  /** Start-up is over: lines need no more reading as they come. */
  listened(): void
  tail(): string[]
  stop(): void
}

/** Both pipes read line by line, the last TAIL_LINES kept. */
function pipeOutput(child: ChildProcess): ChildOutput {
  const lines: string[] = []
  let watch: ((line: string) => void) | null = null
  const onLine = (line: string): void => {
    lines.push(line)
    if (lines.length > TAIL_LINES) lines.shift()
    watch?.(line)
  }
  for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', onLine)
  return {
    untilLine(match, found) {
      watch = (line) => {
        const value = match(line)
        if (value === null) return
        watch = null
        found(value)
      }
    },
    listened: () => (watch = null),
    tail: () => [...lines],
    stop: () => (watch = null),
  }
}

/** The child writes the file itself; it is polled until start-up is over, and read again only for its tail. */
function fileOutput(path: string): ChildOutput {
  const POLL_MS = 25
  let offset = statSync(path).size
  let partial = ''
  let timer: NodeJS.Timeout | null = null
  const newLines = (): string[] => {
    const size = statSync(path).size
    if (size <= offset) return []
    const lines = (partial + readText(path, offset, size)).split('\n')
    offset = size
    partial = lines.pop() ?? ''
    return lines
  }
  const stop = (): void => {
    if (timer) clearInterval(timer)
    timer = null
  }
  const start = offset
  return {
    untilLine(match, found) {
      timer = setInterval(() => {
        for (const line of newLines()) {
          const value = match(line)
          if (value === null) continue
          stop()
          found(value)
          return
        }
      }, POLL_MS)
    },
    listened: stop,
    tail() {
      const size = statSync(path).size
      return readText(path, Math.max(start, size - TAIL_BYTES), size).split('\n').filter((line) => line !== '').slice(-TAIL_LINES)
    },
    stop,
  }
}

/** Bytes [from, to) of a file, as text. */
function readText(path: string, from: number, to: number): string {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(to - from)
    readSync(fd, buffer, 0, buffer.length, from)
    return buffer.toString('utf8')
  } finally {
    closeSync(fd)
  }
}
