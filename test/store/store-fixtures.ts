import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'
import { onTestFinished } from 'vitest'
import type { StoreLogger } from '../../src/store/index.js'

/** A fresh directory, removed when the current test finishes. */
export function tempDir(prefix = 'aurora-store-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * What a process killed at this instant leaves behind (the page cache survives a process crash):
 * a copy of the data dir without its lock, which a dead process would no longer hold.
 */
export function crashImage(dir: string): string {
  const copy = tempDir('aurora-crash-')
  cpSync(dir, copy, { recursive: true, filter: (path) => !basename(path).startsWith('LOCK') })
  return copy
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error'
  msg: string
  obj: Record<string, unknown>
}

export function recordingLogger(): { log: StoreLogger; entries: LogEntry[] } {
  const entries: LogEntry[] = []
  const at =
    (level: LogEntry['level']) =>
    (obj: object, msg: string): void => {
      entries.push({ level, msg, obj: obj as Record<string, unknown> })
    }
  return { log: { info: at('info'), warn: at('warn'), error: at('error') }, entries }
}

/** A journal line with a correct checksum around arbitrary content (what only a bug could write). */
export function forgeLine(json: string): Buffer {
  const body = Buffer.from(json, 'utf8')
  return Buffer.concat([Buffer.from(`${crc32(body).toString(16).padStart(8, '0')} ${body.length} `), body, Buffer.from('\n')])
}

export interface Fixture {
  child: ChildProcessWithoutNullStreams
  /** Every stdout line so far. */
  lines: string[]
  /** Resolves once `check(lines)` holds, checked now and after every new line; rejects if the child exits first. */
  waitUntil(check: (lines: readonly string[]) => boolean): Promise<void>
  /** Resolves with the first line matching `predicate`. */
  waitForLine(predicate: (line: string) => boolean): Promise<string>
  /** Resolves once the child has exited and its stdout is drained. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Runs test/store/fixtures/<name> in a child process through tsx, as production runs the app. */
export function spawnFixture(name: string, args: string[]): Fixture {
  const script = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: projectRoot, stdio: 'pipe' })
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  const lines: string[] = []
  const waiters = new Set<() => void>()
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line)
    for (const wake of [...waiters]) wake()
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  )
  const waitUntil = (check: (lines: readonly string[]) => boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      if (check(lines)) return resolve()
      const wake = (): void => {
        if (!check(lines)) return
        waiters.delete(wake)
        resolve()
      }
      waiters.add(wake)
      void exited.then(({ code, signal }) => {
        if (waiters.delete(wake)) reject(new Error(`${name} exited (${code ?? signal}) before the awaited output: ${stderr}`))
      })
    })
  return {
    child,
    lines,
    exited,
    waitUntil,
    waitForLine: async (predicate) => {
      await waitUntil((all) => all.some(predicate))
      return lines.find(predicate) as string
    },
  }
}

/** A copy of `bytes` with the byte at `offset` XORed with `mask`: one flipped bit, as bit rot does it. */
export function flipBits(bytes: Buffer, offset: number, mask: number): Buffer {
  const copy = Buffer.from(bytes)
  copy.writeUInt8(copy.readUInt8(offset) ^ mask, offset)
  return copy
}
