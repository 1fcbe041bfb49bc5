import { Worker } from 'node:worker_threads'
import { ERR_STORE_SNAPSHOT_FAILED } from '../errors.js'

// Runs a snapshot off the main thread. Serialising a 10,000-conversation tree (about 20 MB of
// JSON) takes half a second or more, and the main thread is the caller's path, so a
// worker thread builds total.json instead: it loads the previous total.json and replays the
// journal records after it from disk. The main thread only posts the job and waits.

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
  /** When true, the worker stops after each step until the main thread answers 'continue'. */
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
 * Prepares how to start compactor threads; call once per store, at open: resolving the worker's
 * entry goes through the module loader synchronously, which must not happen on a caller's path.
 */
export function createCompactionRunner(): CompactionRunner {
  const startWorker = workerStarter()
  return (job, onStep) =>
    new Promise((resolve, reject) => {
      let settled = false
      const settle = (err: Error | null, result?: CompactionResult): void => {
        if (settled) return
        settled = true
        if (err) reject(err)
        else resolve(result as CompactionResult)
      }
      const worker = startWorker(job)
      worker.on('message', (message: CompactorMessage) => {
        if (message.type === 'step') {
          Promise.resolve()
            .then(() => onStep?.(message.step))
            .then(
              () => worker.postMessage('continue'),
              (err: unknown) => {
                settle(new ERR_STORE_SNAPSHOT_FAILED(job.dir, `stopped after step ${message.step}`, { cause: err }))
                void worker.terminate()
              },
            )
        } else if (message.type === 'done') {
          settle(null, { bytes: message.bytes, buildMs: message.buildMs })
        } else {
          settle(new ERR_STORE_SNAPSHOT_FAILED(job.dir, message.message))
        }
      })
      worker.on('error', (err) => settle(new ERR_STORE_SNAPSHOT_FAILED(job.dir, err.message, { cause: err })))
      worker.on('exit', (code) => settle(new ERR_STORE_SNAPSHOT_FAILED(job.dir, `compactor thread exited with code ${code}`)))
    })
}

function workerStarter(): (job: CompactionJob) => Worker {
  const here = import.meta.url
  if (!here.endsWith('.ts')) {
    const entry = new URL('./compactor-worker.js', here)
    return (job) => new Worker(entry, { workerData: job })
  }
  // Running from TypeScript sources (tsx, vitest): a worker does not inherit the parent's
  // module hooks, so it registers tsx's loader itself before importing the worker module.
  const entry = new URL('./compactor-worker.ts', here).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}) })`
  return (job) => new Worker(boot, { eval: true, workerData: job })
}
