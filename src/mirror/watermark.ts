import { randomBytes } from 'node:crypto'
import { open, readFile, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'

// The highest journal seq Firebase has acknowledged. It is written after each acknowledged batch
// but not fsynced: losing the latest value only makes the mirror re-send a few batches, and
// every write it sends is an idempotent set, so a stale watermark is safe.

const FILE = 'mirror-watermark.json'

export async function loadWatermark(dir: string): Promise<number> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, FILE), 'utf8'))
    const seq = (parsed as { acked_seq?: unknown } | null)?.acked_seq
    return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0
  } catch {
    // Missing or unreadable: start from 0 and re-send everything the journal still holds.
    return 0
  }
}

export async function saveWatermark(dir: string, seq: number): Promise<void> {
  // A temp file of its own: a process that lost the data dir's lock may still be saving while the
  // new holder saves, and two writers of one temp file can rename a mix of both into place.
  const tmp = join(dir, `${FILE}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(tmp, 'wx')
    try {
      await handle.writeFile(JSON.stringify({ acked_seq: seq, saved_at: new Date().toISOString() }))
    } finally {
      await handle.close()
    }
    await rename(tmp, join(dir, FILE))
  } catch (err) {
    await unlink(tmp).catch(() => undefined)
    throw err
  }
}
