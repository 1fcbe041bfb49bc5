import { open } from 'node:fs/promises'
import type { CommittedRecord } from '../store/index.js'
import { listSegments, parseSegment, type SegmentFile } from '../store/segments.js'

// The mirror worker's own reader of the journal segment files, for records it does not hold in
// memory (a backlog past its cap, or what was durable before it started). It walks the files
// forward a chunk at a time, so a 16 MiB segment costs one parse of each byte rather than one per
// batch, and memory stays at one chunk's records. It gives LocalStore.readFrom()'s answer:
// records with seq > afterSeq, in order, the ones released and deleted skipped.
//
// The active segment is read while the store appends to it: the caller passes upToSeq (the last
// seq the main thread reported durable), and a record past it, or a half-visible write at the end
// of the file (parsed as a torn tail), is never returned.

const CHUNK_BYTES = 1024 * 1024

export class JournalCursor {
  readonly #journalDir: string
  #segment: SegmentFile | null = null
  /** Bytes of #segment parsed so far, and the seq of the record that starts there. */
  #offset = 0
  #fileSeq = 0
  /** Parsed from #segment and not returned yet, contiguous, ending just before #fileSeq. */
  #ahead: CommittedRecord[] = []
  #aheadIndex = 0
  #chunkBytes = CHUNK_BYTES
  /** The last batch returned: a rejected write is retried from the same seq. */
  #last: CommittedRecord[] = []

  constructor(journalDir: string) {
    this.#journalDir = journalDir
  }

  /** Records with afterSeq < seq <= upToSeq, in order, at most max. */
  async read(afterSeq: number, upToSeq: number, max: number): Promise<CommittedRecord[]> {
    let out: CommittedRecord[] = []
    const last = this.#last
    const lastSeq = last[last.length - 1]?.seq
    if (last[0]?.seq === afterSeq + 1 && lastSeq !== undefined && this.#nextSeq() === lastSeq + 1) {
      // The same batch again (Firebase rejected it): no need to go back in the file.
      out = last.filter((r) => r.seq <= upToSeq).slice(0, max)
      if (out.length < last.length) return (this.#last = out)
    } else if (this.#nextSeq() !== afterSeq + 1) {
      await this.#seek(afterSeq + 1)
    }
    while (out.length < max && this.#segment) {
      const record = this.#ahead[this.#aheadIndex]
      if (record) {
        if (record.seq > upToSeq) break
        this.#aheadIndex++
        if (record.seq > afterSeq) out.push(record)
        continue
      }
      if (this.#fileSeq > upToSeq || !(await this.#parseMore())) break
    }
    this.#last = out
    return out
  }

  #nextSeq(): number {
    return this.#ahead[this.#aheadIndex]?.seq ?? this.#fileSeq
  }

  /** Positions at the segment holding seq; records before seq are skipped by read(). */
  async #seek(seq: number): Promise<void> {
    const segments = await listSegments(this.#journalDir)
    let index = segments.length - 1
    while (index > 0 && (segments[index] as SegmentFile).firstSeq > seq) index--
    const segment = segments[index]
    // Already in it, before seq: reading on is cheaper than starting the file again.
    if (segment && this.#segment?.path === segment.path && this.#nextSeq() <= seq) return
    this.#enter(segment ?? null)
  }

  #enter(segment: SegmentFile | null): void {
    this.#segment = segment
    this.#offset = 0
    this.#fileSeq = segment?.firstSeq ?? 0
    this.#ahead = []
    this.#aheadIndex = 0
    this.#chunkBytes = CHUNK_BYTES
  }

  /** Parses the next chunk of the current segment, or moves to the next segment; false: nothing more is visible yet. */
  async #parseMore(): Promise<boolean> {
    const segment = this.#segment as SegmentFile
    let buf: Buffer
    try {
      buf = await readChunk(segment.path, this.#offset, this.#chunkBytes)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      // Deleted after release: those records were acknowledged; start over from the list.
      await this.#seek(this.#fileSeq)
      return this.#segment !== null && this.#segment.path !== segment.path
    }
    let parsed: ReturnType<typeof parseSegment>
    try {
      parsed = parseSegment(buf, { firstSeq: this.#fileSeq, path: segment.path }, true)
    } catch (err) {
      // parseSegment counts offsets from the start of the chunk, not of the file.
      throw new Error(`${segment.path}: unreadable record between bytes ${this.#offset} and ${this.#offset + buf.length}`, { cause: err })
    }
    const last = parsed.records[parsed.records.length - 1]
    if (last) {
      this.#ahead = parsed.records
      this.#aheadIndex = 0
      this.#offset += parsed.validBytes
      this.#fileSeq = last.seq + 1
      return true
    }
    if (parsed.torn && buf.length === this.#chunkBytes) {
      // One record longer than a chunk.
      this.#chunkBytes *= 2
      return true
    }
    // The end of what is written: the store may have moved on to a segment starting here.
    const next = (await listSegments(this.#journalDir)).find((s) => s.firstSeq === this.#fileSeq && s.path !== segment.path)
    if (!next) return false
    this.#enter(next)
    return true
  }
}

async function readChunk(path: string, position: number, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(bytes)
    const { bytesRead } = await handle.read(buf, 0, bytes, position)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
