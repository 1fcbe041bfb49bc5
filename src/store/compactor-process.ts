import { open, rename, statfs } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CompactionJob, CompactorMessage, SnapshotStep } from './compaction.js'
import { fsyncDir } from './durable-fs.js'
import { readSegment } from './segments.js'
import { readSnapshot, serializeSnapshot, SNAPSHOT_FILE, SNAPSHOT_TEMP_FILE } from './snapshot-file.js'
import { DataTree } from './tree.js'
import { splitCheckedPath } from './validate.js'

// Child-process entry (see compaction.ts): previous total.json + journal records -> new total.json.
// Crash-safe order: write the temp file and fsync it, rename it over total.json, fsync the
// directory. A crash before the rename leaves the old snapshot (the temp file is removed at
// start-up); after it, the new one; the journal segments it covers are deleted only afterwards,
// by the main thread. A failure here leaves the temp file too: the main thread removes it as soon
// as this process is gone (compaction.ts), since it may hold the disk space the journal needs.

const WRITE_CHUNK_BYTES = 2 * 1024 * 1024
/**
 * Free space left over, beyond the new total.json, before writing it starts: the journal keeps
 * appending while the file is written, and a journal append that finds the disk full stops the
 * store, where a snapshot not written costs only a longer replay at the next start.
 */
const FREE_SPACE_MARGIN_BYTES = 4 * 1024 * 1024

if (!process.send) throw new Error('compactor-process must be started with an IPC channel (compaction.ts)')

function post(message: CompactorMessage, then?: () => void): void {
  if (process.connected) process.send?.(message, undefined, undefined, () => then?.())
  else then?.()
}

/** The parent is gone (killed): stop before anything else reaches total.json; its next start recovers. */
function parentAlive(): void {
  if (!process.connected) throw new Error('the store process went away')
}

async function step(job: CompactionJob, name: SnapshotStep): Promise<void> {
  // Always before the rename: the store confirms it still holds the data dir's lock (a process
  // frozen mid-snapshot must not put an old total.json over the next holder's).
  if (!job.pauseAfterSteps && name !== 'temp-written') return
  const resumed = new Promise<void>((resolve) => process.once('message', () => resolve()))
  post({ type: 'step', step: name })
  await resumed
}

async function compact(job: CompactionJob): Promise<CompactorMessage> {
  const started = performance.now()
  const snapshotPath = join(job.dir, SNAPSHOT_FILE)
  const base = await readSnapshot(snapshotPath)
  const baseSeq = base?.seq ?? 0
  // Ahead of what the main thread knows is fine: an earlier run renamed its file into place and
  // was stopped before it could report back.
  if (baseSeq < job.baseSeq || baseSeq > job.targetSeq) {
    throw new Error(`${snapshotPath} is at seq ${baseSeq}, expected ${job.baseSeq} to ${job.targetSeq}: another writer?`)
  }
  const tree = base?.tree ?? new DataTree()
  let next = baseSeq + 1
  for (const segment of job.segments) {
    const parsed = await readSegment(segment, false, segment.length ?? undefined)
    for (const record of parsed.records) {
      if (record.seq < next) continue
      if (record.seq > job.targetSeq) break
      if (record.seq !== next) throw new Error(`${segment.path}: expected seq ${next}, found ${record.seq}`)
      for (const op of record.ops) tree.setFrozen(splitCheckedPath(op.path), op.value)
      next++
    }
  }
  if (next !== job.targetSeq + 1) throw new Error(`journal ends at seq ${next - 1}, snapshot needs ${job.targetSeq}`)

  const bytes = Buffer.from(serializeSnapshot(job.targetSeq, tree, new Date()), 'utf8')
  await checkFreeSpace(job.dir, bytes.length)
  const tempPath = join(job.dir, SNAPSHOT_TEMP_FILE)
  const handle = await open(tempPath, 'w')
  try {
    // Flushed a few MiB at a time rather than with one fsync at the end: on a shared disk a large
    // pile of dirty pages can hold up the journal's small fdatasyncs (the callers' latency).
    for (let offset = 0; offset < bytes.length; offset += WRITE_CHUNK_BYTES) {
      const chunk = bytes.subarray(offset, offset + WRITE_CHUNK_BYTES)
      let written = 0
      while (written < chunk.length) written += (await handle.write(chunk, written, chunk.length - written)).bytesWritten
      await handle.datasync()
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
  await step(job, 'temp-written')
  parentAlive()
  await rename(tempPath, snapshotPath)
  await step(job, 'renamed')
  await fsyncDir(job.dir)
  await step(job, 'dir-synced')
  return { type: 'done', bytes: bytes.length, buildMs: performance.now() - started }
}

/**
 * Fails the snapshot before it writes anything when the file would take the space the journal
 * needs. Removing a failed temp file afterwards (compaction.ts) is not enough on its own: while
 * it is being written it fills the disk just the same.
 */
async function checkFreeSpace(dir: string, bytes: number): Promise<void> {
  const fs = await statfs(dir)
  const free = fs.bavail * fs.bsize
  if (free < bytes + FREE_SPACE_MARGIN_BYTES) {
    throw new Error(`disk nearly full: ${free} bytes free, the snapshot needs ${bytes} plus ${FREE_SPACE_MARGIN_BYTES} left for the journal`)
  }
}

// Killed with the store process (kill -9 closes the IPC channel): nothing half-done survives it
// but the temp file, which the next start removes.
let finished = false
process.on('disconnect', () => process.exit(finished ? 0 : 1))
process.once('message', (job: CompactionJob) => {
  compact(job)
    .catch((err: unknown): CompactorMessage => ({ type: 'failed', message: err instanceof Error ? err.message : String(err) }))
    .then((outcome) => {
      finished = true
      // Disconnecting only once the outcome is written: the channel closing is what ends us.
      post(outcome, () => process.disconnect())
    })
})
