import { fork, type ChildProcess, type ForkOptions } from 'node:child_process'
import { setPriority } from 'node:os'
import { fileURLToPath } from 'node:url'
import { ERR_STORE_SNAPSHOT_FAILED } from '../errors.js'
import { removeSnapshotTemp, SNAPSHOT_TEMP_FILE } from './snapshot-file.js'

// Runs a snapshot outside Aurora's process. Serialising a 10,000-conversation tree (about 20 MB
// of JSON) takes half a second or more, and the main thread is the caller's path, so another
// process builds total.json: it loads the previous total.json and replays the journal records
// after it from disk; Aurora only sends the job and waits. A process rather than a worker thread
// because its memory (the whole history, parsed) goes back to the system when it exits: a thread's
// stayed in Aurora's RSS, one step up per snapshot, as the soak showed.

/** Points at which a snapshot can be interrupted, in order (the test hook observes each). */
export type SnapshotStep = 'temp-written' | 'renamed' | 'dir-synced' | 'segment-deleted'

export interface CompactionJob {
  dir: string
  /** Seq of the total.json the worker starts from (0: there is none). */
  baseSeq: number
  /** Seq the new total.json covers; every record up to it is durable. */
  targetSeq: number
  /** Segments holding records baseSeq+1 .. targetSeq; `length` limits reads of the active one to its durable bytes. */
  segments: { firstSeq: number; path: string; length: number | null }[]
  /** When true, the worker stops after each step until the main thread answers 'continue' (it always stops after 'temp-written'). */
  pauseAfterSteps: boolean
}

export type CompactorMessage =
  | { type: 'step'; step: SnapshotStep }
  | { type: 'done'; bytes: number; buildMs: number }
  | { type: 'failed'; message: string }

export interface CompactionResult {
  bytes: number
  /** Time the worker spent loading, replaying and writing. */
  buildMs: number
}

export type CompactionRunner = (job: CompactionJob, onStep?: (step: SnapshotStep) => void | Promise<void>) => Promise<CompactionResult>

/**
 * Prepares how to start compactor processes; call once per store, at open: resolving the child's
 * entry goes through the module loader synchronously, which must not happen on a caller's path.
 */
export function createCompactionRunner(): CompactionRunner {
  const startChild = compactorStarter()
  return (job, onStep) =>
    new Promise((resolve, reject) => {
      let settled = false
      const child = startChild()
      const exited = new Promise<void>((done) => child.once('exit', () => done()))
      const succeed = (result: CompactionResult): void => {
        if (settled) return
        settled = true
        resolve(result)
      }
      // A failed snapshot is rejected only once its temp file is gone: otherwise the next attempt
      // could start while it is still being removed, and a caller would see the failure while the
      // partial file still holds disk space the journal may need.
      const fail = (reason: string, cause?: unknown): void => {
        if (settled) return
        settled = true
        void discardAttempt(job.dir, child, exited).then((leftover) => {
          const message = leftover === null ? reason : `${reason}; ${leftover}`
          reject(new ERR_STORE_SNAPSHOT_FAILED(job.dir, message, cause === undefined ? undefined : { cause }))
        })
      }
      child.on('message', (message: CompactorMessage) => {
        if (message.type === 'step') {
          Promise.resolve()
            .then(() => onStep?.(message.step))
            .then(
              () => child.send('continue'),
              (err: unknown) => fail(`stopped after step ${message.step}`, err),
            )
        } else if (message.type === 'done') {
          succeed({ bytes: message.bytes, buildMs: message.buildMs })
        } else {
          fail(message.message)
        }
      })
      child.on('error', (err) => fail(err.message, err))
      child.on('exit', (code, signal) => fail(`compactor process exited with ${signal ?? `code ${code}`}`))
      child.send(job)
    })
}

/**
 * Ends a failed attempt: stops its process (a failed attempt has nothing left worth waiting for,
 * and a process stopped at a step would wait forever), then removes the temp file once nothing
 * can write it any more. Returns why the file could not be removed, or null.
 */
async function discardAttempt(dir: string, child: ChildProcess, exited: Promise<void>): Promise<string | null> {
  const running = child.pid !== undefined && child.exitCode === null && child.signalCode === null
  if (running) {
    child.kill('SIGKILL')
    await exited
  }
  try {
    await removeSnapshotTemp(dir)
    return null
  } catch (err) {
    return `${SNAPSHOT_TEMP_FILE} not removed: ${(err as Error).message}`
  }
}

function compactorStarter(): () => ChildProcess {
  const here = import.meta.url
  // Its own flags only: inheriting --inspect or --cpu-prof from Aurora would clash or mislead.
  const options: ForkOptions = { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'json' }
  if (!here.endsWith('.ts')) {
    const entry = fileURLToPath(new URL('./compactor-process.js', here))
    return () => lowPriority(fork(entry, [], { ...options, execArgv: [] }))
  }
  // From TypeScript sources (tsx, vitest) the child needs tsx's loader to run the .ts entry.
  const entry = fileURLToPath(new URL('./compactor-process.ts', here))
  const tsx = import.meta.resolve('tsx/esm')
  return () => lowPriority(fork(entry, [], { ...options, execArgv: ['--import', tsx] }))
}

/**
 * The snapshot can wait; callers cannot: on a busy 2-core box Aurora keeps the CPU it needs.
 * Lowered from here, at once, rather than by the child itself: its start (loading node and the
 * modules, compiling TypeScript under tsx) is a few hundred ms of CPU that otherwise ran at the
 * callers' priority, once per snapshot.
 */
function lowPriority(child: ChildProcess): ChildProcess {
  try {
    if (child.pid !== undefined) setPriority(child.pid, 19)
  } catch {
    // Not permitted or not supported here, or the child already exited: it runs at normal priority.
  }
  return child
}
