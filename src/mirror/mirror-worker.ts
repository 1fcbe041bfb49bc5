import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { BatchLoop, type LoopLog } from './batch-loop.js'
import { JournalCursor } from './journal-cursor.js'
import { RecordFeed } from './record-feed.js'
import { connectRtdb } from './rtdb.js'
import type { FromWorker, LogLevel, MirrorWorkerInit, SerializedError, ToWorker, WorkerStatus } from './worker-protocol.js'

// Worker-thread entry (started by mirror-thread.ts): the mirror's Firebase side. It owns the
// firebase-admin app that writes (the main thread's own connection only listens), the batch
// loop and its records; it reports acknowledgements, status and log lines as messages.

const port = parentPort
if (!port) throw new Error('mirror-worker must run as a worker thread')
const init = workerData as MirrorWorkerInit

// Firebase waits for the conversation: when the machine is short of CPU (draining a long
// outage's backlog), the callers' thread goes first. On Linux a thread has its own nice value,
// so this lowers only this thread; the mirror still gets every idle cycle.
try {
  setPriority(10)
} catch {
  // Not permitted or not supported here: run at normal priority.
}

function post(message: FromWorker): void {
  port?.postMessage(message)
}

/** Log fields cross a structured clone, which drops an error's own fields (code): send them explicitly. */
function plainFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? ({ name: value.name, message: value.message, stack: value.stack, code: (value as NodeJS.ErrnoException).code } satisfies SerializedError) : value
  }
  return out
}

const logAt =
  (level: LogLevel) =>
  (fields: Record<string, unknown>, msg: string): void =>
    post({ type: 'log', level, fields: plainFields(fields), msg })
const log: LoopLog = { info: logAt('info'), warn: logAt('warn'), error: logAt('error') }

// Status changes come in bursts (a batch sent, a failure, an outage): one message per tick.
let statusQueued = false
function statusChanged(): void {
  if (statusQueued) return
  statusQueued = true
  queueMicrotask(() => {
    statusQueued = false
    post({ type: 'status', status: status() })
  })
}

const connection = connectRtdb(init.target, 'aurora-mirror')
const feed = new RecordFeed({
  cursor: new JournalCursor(init.journalDir),
  capacity: init.memoryBacklogRecords,
  lastDurableSeq: init.lastDurableSeq,
  ackedSeq: init.watermark,
  onSourceChange: (source) => {
    log.info({ source, pending: feed.lastDurableSeq - loopWatermark }, source === 'journal' ? 'mirror backlog spilled to the journal' : 'mirror backlog returned to memory')
    statusChanged()
  },
})
let loopWatermark = init.watermark
const loop = new BatchLoop({
  source: feed,
  db: connection.db,
  watermark: init.watermark,
  batchDeadlineMs: init.batchDeadlineMs,
  maxBatchRecords: init.maxBatchRecords,
  lingerMs: init.lingerMs,
  backoff: init.backoff,
  log,
  onChange: statusChanged,
  onAcked(records, at) {
    const seq = (records[records.length - 1] as (typeof records)[number]).seq
    loopWatermark = seq
    feed.release(seq)
    post({ type: 'acked', seq, at, lagsMs: records.map((r) => Math.max(0, at - r.ts)), status: status() })
  },
})

function status(): WorkerStatus {
  return { ...loop.status(), source: feed.source, backlog: feed.backlog, journalReads: feed.journalReads }
}

let stopping: Promise<void> | null = null
async function stop(): Promise<void> {
  await loop.stop()
  await connection.close()
  post({ type: 'stopped' })
  port?.close()
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'records':
      feed.addRecords(message.records)
      break
    case 'durable':
      feed.addDurable(message.seq)
      break
    case 'drain':
      loop.drain()
      break
    case 'stop':
      stopping ??= stop()
      break
    case 'crash':
      // Thrown outside any promise chain, as an uncaught bug would be: the thread dies.
      setTimeout(() => {
        throw new Error(message.message)
      })
      break
  }
})

loop.start()
statusChanged()
