import { readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ERR_STORE_SNAPSHOT_CORRUPT } from '../errors.js'
import { deepFreeze, type Json } from './records.js'
import { DataTree } from './tree.js'

// total.json: the whole tree as of one journal seq, the starting point of recovery.
//   { "seq": 1234, "saved_at": "2025-10-04T14:30:00.000Z", "tree": { ...DataSnapshot.val() form... } }
// It is only ever replaced by rename(total.json.tmp -> total.json), so it is either the old
// snapshot or the new one, never a mix.

export const SNAPSHOT_FILE = 'total.json'
export const SNAPSHOT_TEMP_FILE = 'total.json.tmp'

/**
 * Removes the temp file of a snapshot that did not finish (failed, killed, or cut by a crash). It
 * matters beyond tidiness: on a nearly full disk the partial file holds the very bytes the
 * journal's next append needs, and a journal append that fails stops the store.
 */
export async function removeSnapshotTemp(dir: string): Promise<void> {
  await unlink(join(dir, SNAPSHOT_TEMP_FILE)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err
  })
}

export interface LoadedSnapshot {
  seq: number
  tree: DataTree
}

/** Null when there is no snapshot yet; throws ERR_STORE_SNAPSHOT_CORRUPT when it cannot be used. */
export async function readSnapshot(path: string): Promise<LoadedSnapshot | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new ERR_STORE_SNAPSHOT_CORRUPT(path, 0, (err as Error).message, { cause: err })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new ERR_STORE_SNAPSHOT_CORRUPT(path, jsonErrorOffset(text, err as Error), (err as Error).message)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ERR_STORE_SNAPSHOT_CORRUPT(path, 0, 'not a snapshot object')
  }
  const { seq, tree } = parsed as { seq?: unknown; tree?: unknown }
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    throw new ERR_STORE_SNAPSHOT_CORRUPT(path, 0, '"seq" is not a non-negative integer')
  }
  if (tree === undefined) throw new ERR_STORE_SNAPSHOT_CORRUPT(path, 0, '"tree" is missing')
  const loaded = new DataTree()
  // Frozen and shared rather than copied into Maps: cheaper, and a snapshot (the compactor's job)
  // then serialises the subtrees no record touched without exporting them again.
  loaded.setFrozen([], deepFreeze(tree as Json))
  return { seq, tree: loaded }
}

export function serializeSnapshot(seq: number, tree: DataTree, savedAt: Date): string {
  // A view, not get(): serialised at once, so it need not be copied first.
  return JSON.stringify({ seq, saved_at: savedAt.toISOString(), tree: tree.view([]) })
}

/** Byte offset of a JSON.parse error, from the "at position N" V8 puts in its message. */
function jsonErrorOffset(text: string, err: Error): number {
  const match = /at position (\d+)/.exec(err.message)
  const chars = match ? Number(match[1]) : text.length
  return Buffer.byteLength(text.slice(0, chars), 'utf8')
}
