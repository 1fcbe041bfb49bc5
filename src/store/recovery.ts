import { randomBytes } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ERR_STORE_JOURNAL_CORRUPT } from '../errors.js'
import { closeFd, createSyncedFile, datasyncFd, DURABLE_APPEND, fsyncDir, openFd, truncateFd } from './durable-fs.js'
import type { Segment } from './journal.js'
import type { CommittedRecord } from './records.js'
import { JOURNAL_DIR, listSegments, readSegment, segmentFileName } from './segments.js'
import { readSnapshot, removeSnapshotTemp, SNAPSHOT_FILE } from './snapshot-file.js'
import type { StoreLogger } from './logger.js'
import { DataTree } from './tree.js'
import { splitCheckedPath } from './validate.js'

// Start-up: total.json, then every journal record after its seq, in order.
// The only damage repaired is a torn tail (the end of the last segment, cut by a crash
// mid-write: those records were never acknowledged). Anything else stops start-up with a coded
// error naming the file and byte offset: dropping a record the caller was told is safe, or
// replaying around a hole, would be worse than not starting.

export interface Recovered {
  tree: DataTree
  snapshotSeq: number
  lastSeq: number
  /** All segments in seq order; the last is active, open for append as activeFd. */
  segments: Segment[]
  activeFd: number
  /** The newest replayed records (at most cacheRecords), to seed the read cache. */
  recent: CommittedRecord[]
  /** Set when a torn tail was cut off. */
  truncated: { file: string; offset: number; bytes: number; reason: string; keptIn: string } | null
}


export async function recover(dir: string, cacheRecords: number, log: StoreLogger): Promise<Recovered> {
  const journalDir = join(dir, JOURNAL_DIR)
  // A temp file is an interrupted snapshot; total.json (old or new) is still whole.
  await removeSnapshotTemp(dir)
  const snapshot = await readSnapshot(join(dir, SNAPSHOT_FILE))
  const tree = snapshot?.tree ?? new DataTree()
  const snapshotSeq = snapshot?.seq ?? 0

  const files = await listSegments(journalDir)
  if (files.length === 0) {
    const first: Segment = { firstSeq: snapshotSeq + 1, path: join(journalDir, segmentFileName(snapshotSeq + 1)), bytes: 0 }
    const activeFd = await openFd(first.path, DURABLE_APPEND)
    await fsyncDir(journalDir)
    return { tree, snapshotSeq, lastSeq: snapshotSeq, segments: [first], activeFd, recent: [], truncated: null }
  }

  const segments: Segment[] = []
  const recent: CommittedRecord[] = []
  let truncated: Recovered['truncated'] = null
  let lastSeq = snapshotSeq
  let replaying = false
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as (typeof files)[number]
    const next = files[i + 1]
    const isLast = next === undefined
    if (next && next.firstSeq <= file.firstSeq) {
      throw new ERR_STORE_JOURNAL_CORRUPT(next.path, 0, `a second segment starting at seq ${file.firstSeq}`)
    }
    // Segments wholly covered by the snapshot are kept for readFrom() but need not be read now.
    if (!replaying && next && next.firstSeq - 1 <= snapshotSeq) {
      segments.push({ ...file, bytes: (await stat(file.path)).size })
      continue
    }
    if (!replaying) {
      if (file.firstSeq > snapshotSeq + 1) {
        throw new ERR_STORE_JOURNAL_CORRUPT(
          file.path,
          0,
          `records ${snapshotSeq + 1} to ${file.firstSeq - 1} are missing (${SNAPSHOT_FILE} ends at seq ${snapshotSeq})`,
        )
      }
      replaying = true
    } else if (file.firstSeq !== lastSeq + 1) {
      throw new ERR_STORE_JOURNAL_CORRUPT(file.path, 0, `starts at seq ${file.firstSeq} but the previous segment ends at ${lastSeq}`)
    }
    const parsed = await readSegment(file, isLast)
    if (parsed.torn) {
      const { tail, complete, ...where } = parsed.torn
      // The cut bytes are kept beside the segment before it is truncated: nothing leaves the disk.
      // Named by time too: in a crash loop the tail is cut at the same offset again and again.
      const keptIn = `${file.path}.torn-${where.offset}-${Date.now()}-${randomBytes(3).toString('hex')}`
      await createSyncedFile(keptIn, tail)
      await fsyncDir(journalDir)
      const fd = await openFd(file.path, 'r+')
      try {
        await truncateFd(fd, parsed.validBytes)
        await datasyncFd(fd)
      } finally {
        await closeFd(fd)
      }
      truncated = { file: file.path, ...where, keptIn }
      if (complete) log.error(truncated, 'last journal record damaged (a whole line with a bad checksum, not a cut write): cut off and kept aside; it may have been acknowledged')
      else log.warn(truncated, 'torn journal tail truncated')
    }
    for (const record of parsed.records) {
      if (record.seq > snapshotSeq) {
        for (const op of record.ops) tree.setFrozen(splitCheckedPath(op.path), op.value)
        recent.push(record)
        if (recent.length > cacheRecords * 2) recent.splice(0, recent.length - cacheRecords)
      }
    }
    const segmentLast = file.firstSeq + parsed.records.length - 1
    if (!isLast && segmentLast !== (next as (typeof files)[number]).firstSeq - 1) {
      throw new ERR_STORE_JOURNAL_CORRUPT(
        file.path,
        parsed.validBytes,
        `ends at seq ${segmentLast} but the next segment starts at ${(next as (typeof files)[number]).firstSeq}`,
      )
    }
    lastSeq = Math.max(lastSeq, segmentLast)
    if (isLast && segmentLast < snapshotSeq) {
      throw new ERR_STORE_JOURNAL_CORRUPT(file.path, parsed.validBytes, `ends at seq ${segmentLast}, before ${SNAPSHOT_FILE} (seq ${snapshotSeq})`)
    }
    segments.push({ ...file, bytes: parsed.validBytes })
  }
  const active = segments[segments.length - 1] as Segment
  const activeFd = await openFd(active.path, DURABLE_APPEND)
  return {
    tree,
    snapshotSeq,
    lastSeq,
    segments,
    activeFd,
    recent: cacheRecords === 0 ? [] : recent.slice(-cacheRecords),
    truncated,
  }
}
