import { unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ERR_STORE_CLOSED, ERR_STORE_FAILED, ERR_STORE_INVALID_OPTION, ERR_STORE_LOCK_LOST } from '../errors.js'
import { messageOf } from '../error-message.js'
import { createCompactionRunner, type CompactionRunner, type SnapshotStep } from './compaction.js'
import { asDataDirError, prepareDataDir } from './data-dir.js'
import { JournalHistory } from './journal-history.js'
import { JournalWriter, type PendingRecord, type Segment } from './journal.js'
import { LatencyWindow } from './latency-window.js'
import { acquireLock, type DirLock } from './lock.js'
import { silentLogger, type StoreLogger } from './logger.js'
import { RecordCache } from './record-cache.js'
import { encodeRecord, type CommittedRecord, type Json, type Op } from './records.js'
import { recover } from './recovery.js'
import { RetryBackoff } from './retry-backoff.js'
import { JOURNAL_DIR } from './segments.js'
import type { DataTree } from './tree.js'
import { checkRecordBytes, parsePath, validateOps } from './validate.js'

export interface OpenStoreOptions {
  /** Data directory (AURORA_DATA_DIR); created if missing. */
  dir: string
  log?: StoreLogger
  /** A segment is closed and a new one started once it reaches this size. Default 16 MiB. */
  segmentBytes?: number
  /** A background snapshot starts once this many records are not yet in total.json. Default 10,000. */
  snapshotEveryRecords?: number
  /** Recent durable records kept in memory for readFrom(). Default 2,000. */
  cacheRecords?: number
  /** Write a final snapshot in close() so the next start replays little. Default true. */
  snapshotOnClose?: boolean
  /** How often the data dir's lock is refreshed (another host takes it over after 6 missed refreshes). Default 10 s. */
  lockRefreshMs?: number
  /**
   * Test hook: called after each step of a snapshot (the worker waits for it), so a test can copy
   * the data dir at that instant and check that a crash there recovers the acknowledged state.
   */
  onSnapshotStep?: (step: SnapshotStep) => void | Promise<void>
}

export interface StoreStats {
  dir: string
  /** Highest seq applied in memory (some may still be flushing). */
  lastCommittedSeq: number
  lastDurableSeq: number
  snapshotSeq: number
  /** The mirror's watermark as passed to releaseUpTo(). */
  releasedSeq: number
  /** Oldest seq still in the journal files. */
  firstRetainedSeq: number
  segments: number
  journalBytes: number
  /** write+fdatasync pairs so far: with group commit, far fewer than commits under load. */
  flushes: number
  /** Records waiting for the next flush. */
  queued: number
  cachedRecords: number
  snapshots: { written: number; failed: number; running: boolean; lastBytes: number | null; lastBuildMs: number | null; lastAt: string | null }
  /** commit() call to durable, over the last 1024 commits. */
  commitLatencyMs: { p50: number | null; p99: number | null; max: number | null; count: number }
  /** Why the store refuses commits (a write or fdatasync failed), or null. */
  failed: string | null
}

export interface LocalStore {
  readonly dir: string
  /**
   * Validates ops (a coded error rejects the whole commit before anything is applied), applies
   * them to the in-memory tree synchronously (so the next commit() and get() see them), appends one
   * journal record and resolves once it is on disk (fdatasync). Group commit: all records appended
   * while a flush is in flight go out in the next single write+fdatasync.
   * If a write or fdatasync fails, that commit and every later one reject with
   * AURORA_ERR_STORE_FAILED (stats().failed says why); the in-memory tree may then hold ops that
   * never became durable, so the process should stop and restart from the journal.
   */
  commit(ops: readonly Op[]): Promise<CommittedRecord>
  /** Current in-memory value at path (includes commits still being flushed), as a fresh copy in DataSnapshot.val() form. Cost: size of that subtree. */
  get(path: string): Json | null
  /**
   * The same value as get(), deep-frozen instead of copied: the value at path as of this call (a
   * later commit does not change it), sharing structure with the tree, so repeated reads are
   * cheap. Cost: the containers written below path since the last view() of it, not the subtree.
   * Use it for reads; mutating it throws a TypeError (strict mode), so copy what you need to change.
   */
  view(path: string): Json | null
  /**
   * Drops the subtree at path from memory only: it stays in the journal and total.json (and so in
   * Firebase), but get() and view() answer null for it until a commit writes there again, and
   * then hold only what was written. For data that is final and no longer read here (archived
   * calls), so that memory is bounded by what is live rather than by everything ever stored.
   * The next start loads it again from total.json.
   */
  forget(path: string): void
  /** How many children the value at path has (0 when absent or a leaf): O(1) where view() would copy. */
  count(path: string): number
  /** Whether a value exists at path: O(depth), where get() would copy it. */
  has(path: string): boolean
  readonly lastDurableSeq: number
  /** Why every commit is refused from now on (AURORA_ERR_STORE_FAILED or _LOCK_LOST), or null. */
  readonly failure: Error | null
  /**
   * Called after each record is durable, in seq order, synchronously on the flush path: keep
   * listeners cheap (queue work, do not do it). A throwing listener is logged and does not affect
   * the store.
   */
  onDurable(listener: (record: CommittedRecord) => void): () => void
  /**
   * Called once if another process takes the data dir's lock over (this one was frozen past the
   * stale time), at once if that already happened: from then on that process owns the journal,
   * and this one must stop acting on it.
   */
  onLockLost(listener: (err: Error) => void): () => void
  /**
   * Whether the data dir's lock is still this process's. Answered at once while a recent refresh
   * proves it; after a stall (the lease ran out) it is checked now, and a loss found then reaches
   * the onLockLost listeners before this resolves.
   */
  lockHeld(): Promise<boolean>
  /**
   * Durable records with seq > afterSeq, in order, at most max of them: from the in-memory cache
   * of recent records, else re-read from the journal files. Records already released by
   * releaseUpTo() and deleted are skipped (the mirror acknowledged them).
   */
  readFrom(afterSeq: number, max: number): Promise<CommittedRecord[]>
  /** The mirror's watermark: segments wholly at or below seq may be deleted once total.json covers them too. */
  releaseUpTo(seq: number): void
  /** Writes total.json now, covering every commit made before the call (tests, shutdown). */
  snapshot(): Promise<void>
  stats(): StoreStats
  /** Flushes pending commits, writes a final snapshot, releases the lock. Idempotent. */
  close(): Promise<void>
}

const DEFAULT_SEGMENT_BYTES = 16 * 1024 * 1024
const DEFAULT_SNAPSHOT_EVERY = 10_000
// readFrom() serves the mirror's status when its ring of commit times no longer reaches the
// watermark (one record), and tests; the mirror worker keeps its own backlog. A small cache fills
// within minutes, so memory is flat soon after start.
const DEFAULT_CACHE_RECORDS = 2_000

export async function openStore(options: OpenStoreOptions): Promise<LocalStore> {
  const segmentBytes = positiveInteger('segmentBytes', options.segmentBytes ?? DEFAULT_SEGMENT_BYTES, 1)
  const snapshotEvery = positiveInteger('snapshotEveryRecords', options.snapshotEveryRecords ?? DEFAULT_SNAPSHOT_EVERY, 1)
  const cacheRecords = positiveInteger('cacheRecords', options.cacheRecords ?? DEFAULT_CACHE_RECORDS, 0)
  if (typeof options.dir !== 'string' || options.dir === '') throw new ERR_STORE_INVALID_OPTION('dir', 'a directory path is required')
  const dir = resolve(options.dir)
  const log = options.log ?? silentLogger

  await prepareDataDir(dir)
  // Creating the lock is the first write in a data dir that already exists.
  const lock = await acquireLock(dir, {
    ...(options.lockRefreshMs === undefined ? {} : { refreshMs: positiveInteger('lockRefreshMs', options.lockRefreshMs, 1) }),
    onRefreshError: (err) => log.warn({ err, dir }, 'store lock not refreshed; trying again at the next refresh'),
  }).catch((err: unknown) => {
    throw asDataDirError(dir, err)
  })
  if (lock.takenOverFrom) log.warn({ dir, previousHolder: lock.takenOverFrom }, 'stale store lock taken over')
  try {
    const started = performance.now()
    const recovered = await recover(dir, cacheRecords, log)
    log.info(
      {
        dir,
        snapshotSeq: recovered.snapshotSeq,
        lastSeq: recovered.lastSeq,
        replayed: recovered.lastSeq - recovered.snapshotSeq,
        segments: recovered.segments.length,
        ms: Math.round(performance.now() - started),
      },
      'store recovered',
    )
    return new JournalStore({
      dir,
      log,
      lock,
      segmentBytes,
      snapshotEvery,
      cacheRecords,
      snapshotOnClose: options.snapshotOnClose ?? true,
      onSnapshotStep: options.onSnapshotStep,
      runCompaction: createCompactionRunner(),
      ...recovered,
    })
  } catch (err) {
    await lock.release()
    // Files inside it (journal segments) may belong to another user even when the dir does not.
    throw asDataDirError(dir, err)
  }
}

function positiveInteger(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new ERR_STORE_INVALID_OPTION(name, `expected an integer >= ${min}, got ${value}`)
  return value
}

interface JournalStoreInit {
  dir: string
  log: StoreLogger
  lock: DirLock
  segmentBytes: number
  snapshotEvery: number
  cacheRecords: number
  snapshotOnClose: boolean
  onSnapshotStep: OpenStoreOptions['onSnapshotStep']
  runCompaction: CompactionRunner
  tree: DataTree
  snapshotSeq: number
  lastSeq: number
  segments: Segment[]
  activeFd: number
  recent: CommittedRecord[]
}

class JournalStore implements LocalStore {
  readonly dir: string
  readonly #log: StoreLogger
  readonly #lock: DirLock
  readonly #tree: DataTree
  readonly #writer: JournalWriter
  readonly #cache: RecordCache
  readonly #listeners = new Set<(record: CommittedRecord) => void>()
  readonly #lockLostListeners = new Set<(err: Error) => void>()
  #lockLost: Error | null = null
  readonly #latency = new LatencyWindow()
  readonly #snapshotEvery: number
  readonly #onSnapshotStep: OpenStoreOptions['onSnapshotStep']
  readonly #snapshotOnClose: boolean
  readonly #runCompaction: CompactionRunner
  #lastCommittedSeq: number
  #lastDurableSeq: number
  #snapshotSeq: number
  #releasedSeq = 0
  #closed = false
  #closing: Promise<void> | null = null
  /** Snapshots and segment deletions run one at a time, in this chain. */
  #maintenance: Promise<void> = Promise.resolve()
  #snapshotQueued = false
  /** Spaces out background snapshots that keep failing; explicit snapshot() calls do not wait for it. */
  readonly #snapshotBackoff = new RetryBackoff()
  #deletionQueued = false
  #snapshots = { written: 0, failed: 0, running: false, lastBytes: null as number | null, lastBuildMs: null as number | null, lastAt: null as string | null }
  readonly #history: JournalHistory

  constructor(init: JournalStoreInit) {
    this.dir = init.dir
    this.#log = init.log
    this.#lock = init.lock
    this.#tree = init.tree
    this.#snapshotEvery = init.snapshotEvery
    this.#onSnapshotStep = init.onSnapshotStep
    this.#snapshotOnClose = init.snapshotOnClose
    this.#runCompaction = init.runCompaction
    this.#lastCommittedSeq = init.lastSeq
    this.#lastDurableSeq = init.lastSeq
    this.#snapshotSeq = init.snapshotSeq
    this.#cache = new RecordCache(init.cacheRecords)
    for (const record of init.recent) this.#cache.push(record)
    this.#writer = new JournalWriter({
      journalDir: join(init.dir, JOURNAL_DIR),
      segmentBytes: init.segmentBytes,
      segments: init.segments,
      activeFd: init.activeFd,
      onDurable: (batch) => this.#durable(batch),
      toFailure: (err) => {
        this.#log.error({ err, dir: this.dir, lastDurableSeq: this.#lastDurableSeq }, 'journal write failed; store refuses commits')
        return new ERR_STORE_FAILED(this.dir, messageOf(err), { cause: err })
      },
      lock: init.lock,
    })
    this.#history = new JournalHistory(this.#writer, this.#cache, this.#log)
    this.#lock.onLost((holder) => {
      this.#log.error({ dir: this.dir, holder, lastDurableSeq: this.#lastDurableSeq }, 'store lock lost; store refuses commits')
      const err = new ERR_STORE_LOCK_LOST(this.dir, holder)
      this.#lockLost = err
      this.#writer.fence(err)
      for (const listener of this.#lockLostListeners) {
        try {
          listener(err)
        } catch (listenerErr) {
          this.#log.error({ err: listenerErr }, 'lock-lost listener threw')
        }
      }
    })
  }

  get lastDurableSeq(): number {
    return this.#lastDurableSeq
  }

  get failure(): Error | null {
    return this.#writer.failure
  }

  commit(ops: readonly Op[]): Promise<CommittedRecord> {
    if (this.#closed) return Promise.reject(new ERR_STORE_CLOSED(this.dir))
    const failure = this.#writer.failure
    if (failure) return Promise.reject(failure)
    let keys: string[][]
    let encoded: ReturnType<typeof encodeRecord>
    try {
      keys = validateOps(ops)
      encoded = encodeRecord(this.#lastCommittedSeq + 1, Date.now(), ops)
      checkRecordBytes(ops, encoded.line.length)
    } catch (err) {
      return Promise.reject(err)
    }
    this.#lastCommittedSeq++
    const { record, line } = encoded
    // Applied from the record's frozen copy, which equals what replay parses from the line: memory
    // matches what recovery builds, and the tree can share the values instead of copying them.
    const applied = record.ops
    for (let i = 0; i < applied.length; i++) this.#tree.setFrozen(keys[i] as string[], (applied[i] as Op).value)
    return new Promise((resolve, reject) => this.#writer.append({ record, line, startedAt: performance.now(), resolve, reject }))
  }

  get(path: string): Json | null {
    return this.#tree.get(parsePath(path))
  }

  view(path: string): Json | null {
    return this.#tree.view(parsePath(path))
  }

  forget(path: string): void {
    this.#tree.set(parsePath(path), null)
  }

  count(path: string): number {
    return this.#tree.count(parsePath(path))
  }

  has(path: string): boolean {
    return this.#tree.has(parsePath(path))
  }

  onDurable(listener: (record: CommittedRecord) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  onLockLost(listener: (err: Error) => void): () => void {
    if (this.#lockLost) {
      listener(this.#lockLost)
      return () => undefined
    }
    this.#lockLostListeners.add(listener)
    return () => this.#lockLostListeners.delete(listener)
  }

  async lockHeld(): Promise<boolean> {
    return this.#lock.held()
  }

  async readFrom(afterSeq: number, max: number): Promise<CommittedRecord[]> {
    if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw new ERR_STORE_INVALID_OPTION('readFrom afterSeq', `expected an integer >= 0, got ${afterSeq}`)
    if (!Number.isSafeInteger(max) || max < 1) throw new ERR_STORE_INVALID_OPTION('readFrom max', `expected an integer >= 1, got ${max}`)
    const end = Math.min(this.#lastDurableSeq, afterSeq + max)
    if (end <= afterSeq) return []
    if (this.#cache.covers(afterSeq + 1)) return this.#cache.slice(afterSeq + 1, end)
    return this.#history.read(afterSeq + 1, end)
  }

  releaseUpTo(seq: number): void {
    if (typeof seq !== 'number' || Number.isNaN(seq)) return
    const released = Math.min(Math.floor(seq), this.#lastDurableSeq)
    if (released <= this.#releasedSeq) return
    this.#releasedSeq = released
    if (!this.#closed && this.#deletableSegment() && !this.#deletionQueued) {
      this.#deletionQueued = true
      this.#schedule(() => this.#deleteReleasedSegments())
        .catch((err: unknown) => this.#log.warn({ err, dir: this.dir }, 'released journal segments not deleted'))
        .finally(() => (this.#deletionQueued = false))
    }
  }

  async snapshot(): Promise<void> {
    await this.#writer.idle()
    const failure = this.#writer.failure
    if (failure) throw failure
    await this.#schedule(() => this.#compact())
  }

  stats(): StoreStats {
    const segments = this.#writer.segments
    let journalBytes = 0
    for (const segment of segments) journalBytes += segment.bytes
    return {
      dir: this.dir,
      lastCommittedSeq: this.#lastCommittedSeq,
      lastDurableSeq: this.#lastDurableSeq,
      snapshotSeq: this.#snapshotSeq,
      releasedSeq: this.#releasedSeq,
      firstRetainedSeq: (segments[0] as Segment).firstSeq,
      segments: segments.length,
      journalBytes,
      flushes: this.#writer.flushes,
      queued: this.#writer.queued,
      cachedRecords: this.#cache.size,
      snapshots: { ...this.#snapshots },
      commitLatencyMs: this.#latency.summary(),
      failed: this.#writer.failure?.message ?? null,
    }
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown()
    return this.#closing
  }

  async #shutdown(): Promise<void> {
    this.#closed = true
    await this.#writer.idle()
    await this.#maintenance
    if (this.#snapshotOnClose && !this.#writer.failure && this.#lastDurableSeq > this.#snapshotSeq) {
      // Not fatal: the journal holds every record, the next start just replays more of it.
      await this.#schedule(() => this.#compact()).catch((err: unknown) => this.#log.error({ err, dir: this.dir }, 'final snapshot failed'))
    }
    this.#listeners.clear()
    await this.#writer.close()
    await this.#lock.release()
  }

  #durable(batch: readonly PendingRecord[]): void {
    const now = performance.now()
    for (const pending of batch) {
      const { record } = pending
      this.#lastDurableSeq = record.seq
      this.#cache.push(record)
      this.#latency.observe(now - pending.startedAt)
      pending.resolve(record)
      for (const listener of this.#listeners) {
        try {
          listener(record)
        } catch (err) {
          this.#log.error({ err, seq: record.seq }, 'onDurable listener threw')
        }
      }
    }
    this.#maybeSnapshot()
  }

  #maybeSnapshot(): void {
    if (this.#closed || this.#snapshotQueued || this.#lastDurableSeq - this.#snapshotSeq < this.#snapshotEvery) return
    // Checked per durable batch, no timer: once the wait is over, the next commit starts the retry.
    if (!this.#snapshotBackoff.ready()) return
    this.#snapshotQueued = true
    this.#schedule(() => this.#compact())
      .catch((err: unknown) =>
        this.#log.error(
          { err, dir: this.dir, failuresInARow: this.#snapshotBackoff.failures, retryInMs: Math.round(this.#snapshotBackoff.msUntilReady()) },
          'background snapshot failed',
        ),
      )
      .finally(() => (this.#snapshotQueued = false))
  }

  #schedule(task: () => Promise<void>): Promise<void> {
    const run = this.#maintenance.then(task)
    this.#maintenance = run.catch(() => undefined)
    return run
  }

  /** Writes total.json up to the current durable seq in the worker, then deletes what it made unnecessary. */
  async #compact(): Promise<void> {
    // Fenced (the lock is another process's now) or failed: the files are not ours to rewrite.
    if (this.#writer.failure) return
    const baseSeq = this.#snapshotSeq
    const targetSeq = this.#lastDurableSeq
    if (targetSeq <= baseSeq) return
    const segments = this.#writer.segments
    const job = segments.flatMap((segment, i) => {
      const next = segments[i + 1]
      const lastSeq = next ? next.firstSeq - 1 : targetSeq
      if (lastSeq <= baseSeq || segment.firstSeq > targetSeq) return []
      return [{ firstSeq: segment.firstSeq, path: segment.path, length: next ? null : segment.bytes }]
    })
    this.#snapshots.running = true
    try {
      const result = await this.#runCompaction(
        { dir: this.dir, baseSeq, targetSeq, segments: job, pauseAfterSteps: this.#onSnapshotStep !== undefined },
        async (step) => {
          await this.#onSnapshotStep?.(step)
          // The rename waits for this: past the lease, the lock is confirmed first; a lost lock fails the snapshot.
          if (step === 'temp-written' && !(await this.#lock.held())) throw this.#writer.failure ?? new Error('store lock lost')
        },
      )
      this.#snapshotSeq = targetSeq
      this.#snapshotBackoff.succeeded()
      this.#snapshots.written++
      this.#snapshots.lastBytes = result.bytes
      this.#snapshots.lastBuildMs = Math.round(result.buildMs)
      this.#snapshots.lastAt = new Date().toISOString()
      this.#log.info({ seq: targetSeq, bytes: result.bytes, buildMs: Math.round(result.buildMs) }, 'snapshot written')
    } catch (err) {
      this.#snapshots.failed++
      this.#snapshotBackoff.failed()
      throw err
    } finally {
      this.#snapshots.running = false
    }
    await this.#deleteReleasedSegments()
  }

  /** The oldest segment when it is closed and wholly covered by both the mirror's watermark and total.json. */
  #deletableSegment(): Segment | null {
    const [first, second] = this.#writer.segments
    if (!first || !second) return null
    return second.firstSeq - 1 <= Math.min(this.#releasedSeq, this.#snapshotSeq) ? first : null
  }

  async #deleteReleasedSegments(): Promise<void> {
    if (this.#writer.failure) return
    for (let segment = this.#deletableSegment(); segment; segment = this.#deletableSegment()) {
      // Out of the list first, so no reader picks it while the file goes away.
      this.#writer.forgetSegment(segment)
      this.#history.forget(segment)
      await unlink(segment.path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
      this.#log.info({ file: segment.path, upToSeq: (this.#writer.segments[0] as Segment).firstSeq - 1 }, 'journal segment deleted')
      await this.#onSnapshotStep?.('segment-deleted')
    }
  }
}
