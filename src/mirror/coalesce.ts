import type { Database } from 'firebase-admin/database'
import type { CommittedRecord, Json, Op } from '../store/index.js'
import { frameSafeGroups } from './frame-safe-groups.js'

// Many journal records become one multi-path `update()` at the database root.
// Firebase refuses an update in which one path is an ancestor of another, so later ops are
// folded into the batch the way RTDB would apply them in sequence: a write at P drops pending
// writes below P, and a write below a pending P is applied inside P's value.
// One sequence has no exact multi-path form: a path below a plain value already in the database
// (not written in this batch) written and then emptied again within the batch. In order, the
// plain value is replaced by an object that then vanishes; the batch only sends the delete, which
// leaves the plain value. Aurora's data model never writes below a plain value, so this is left.

export class UpdateBatch {
  /** The whole tree overwritten by an op at the root: every later op folds into it. */
  #root: { value: Json | null } | null = null
  /** Pending writes by path, none below another. */
  readonly #writes = new Map<string, Json | null>()
  /** For each proper prefix of a pending path, the pending paths below it (to drop when it is written). */
  readonly #below = new Map<string, Set<string>>()
  #ops = 0

  /** Number of ops folded into this batch (not the number of paths it will send). */
  get size(): number {
    return this.#ops
  }

  add(op: Op): void {
    this.#ops++
    const { path, value } = op
    if (this.#root) {
      this.#root.value = path === '' ? value : setIn(this.#root.value, path.split('/'), value)
      return
    }
    if (path === '') {
      this.#root = { value }
      this.#writes.clear()
      this.#below.clear()
      return
    }
    // Below a pending write: applied inside its value, as the database would apply it after.
    for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
      const ancestor = path.slice(0, cut)
      if (this.#writes.has(ancestor)) {
        this.#writes.set(ancestor, setIn(this.#writes.get(ancestor) as Json | null, path.slice(cut + 1).split('/'), value))
        return
      }
    }
    const superseded = this.#below.get(path)
    if (superseded) for (const pending of [...superseded]) this.#forget(pending)
    if (!this.#writes.has(path)) {
      for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
        const prefix = path.slice(0, cut)
        const below = this.#below.get(prefix)
        if (below) below.add(path)
        else this.#below.set(prefix, new Set([path]))
      }
    }
    this.#writes.set(path, value)
  }

  /**
   * What to send: `{ set: value }` when the whole root is overwritten (update() cannot
   * address the root), otherwise the multi-path update object.
   */
  toWrite(): { kind: 'set'; value: Json | null } | { kind: 'update'; paths: Record<string, Json | null> } {
    if (this.#root) return { kind: 'set', value: this.#root.value }
    const paths: Record<string, Json | null> = {}
    for (const [path, value] of this.#writes) setKey(paths, path, value)
    return { kind: 'update', paths }
  }

  #forget(path: string): void {
    this.#writes.delete(path)
    for (let cut = path.indexOf('/'); cut !== -1; cut = path.indexOf('/', cut + 1)) {
      const prefix = path.slice(0, cut)
      const below = this.#below.get(prefix)
      if (below?.delete(path) && below.size === 0) this.#below.delete(prefix)
    }
  }
}

/**
 * Copy-on-write set inside a JSON value, with RTDB's rules: empty objects vanish, and writing
 * nothing (null, {}, an object of nulls) below a plain value leaves that value as it is (the SDK's
 * LeafNode.updateChild returns the leaf unchanged), while writing something below it replaces it
 * with an object. The journal's DataTree follows the same rules, and a batch must equal its
 * records applied one by one.
 */
export function setIn(target: Json | null, segments: readonly string[], value: Json | null): Json | null {
  return setStored(target, segments, storedForm(value))
}

function setStored(target: Json | null, segments: readonly string[], value: Json | null): Json | null {
  if (segments.length === 0) return value
  const isContainer = target !== null && typeof target === 'object'
  if (value === null && !isContainer) return target
  const [key, ...rest] = segments as [string, ...string[]]
  const base: Record<string, Json> = isContainer ? { ...(target as Record<string, Json>) } : {}
  // Own properties only, defined rather than assigned: "__proto__" is a valid Firebase key.
  const child = setStored(Object.hasOwn(base, key) ? (base[key] as Json) : null, rest, value)
  if (child === null || (typeof child === 'object' && !Array.isArray(child) && isEmpty(child))) {
    delete base[key]
  } else {
    setKey(base, key, child)
  }
  return isEmpty(base) ? null : base
}

function isEmpty(obj: object): boolean {
  for (const key in obj) if (Object.hasOwn(obj, key)) return false
  return true
}

/** The value as the database keeps it: nulls and empty containers dropped; null when nothing is left. */
function storedForm(value: Json | null | undefined): Json | null {
  if (value === null || value === undefined || typeof value !== 'object') return value ?? null
  const out: Record<string, Json> = {}
  let kept = 0
  // Object.keys gives an array's indices as "0", "1", ...; Firebase stores arrays as such objects.
  for (const key of Object.keys(value)) {
    const child = storedForm((value as Record<string, Json>)[key])
    if (child === null) continue
    setKey(out, key, child)
    kept++
  }
  return kept === 0 ? null : out
}

/**
 * Writes records to Firebase as one coalesced write at the root, or as a few in sequence when
 * the SDK would cut one across a character (frame-safe-groups.ts): each part is a run of whole
 * records, sent after the one before is acknowledged, so Firebase still only shows states the
 * journal went through. The SDK refuses some writes by throwing rather than rejecting (a deleted
 * app, its own checks): both come back as a rejection, so a caller's retry path handles them
 * and nothing escapes as an uncaught exception.
 */
export function writeRecords(db: Database, records: readonly CommittedRecord[]): Promise<void> {
  try {
    const write = coalesce(records)
    const groups = frameSafeGroups(records, write.kind === 'set' ? write.value : write.paths)
    if (groups.length === 1) return send(db, write)
    return groups.reduce<Promise<void>>((previous, group) => previous.then(() => send(db, coalesce(group))), Promise.resolve())
  } catch (err) {
    return Promise.reject(err)
  }
}

type Write = ReturnType<UpdateBatch['toWrite']>

function coalesce(records: readonly CommittedRecord[]): Write {
  const batch = new UpdateBatch()
  for (const record of records) for (const op of record.ops) batch.add(op)
  return batch.toWrite()
}

function send(db: Database, write: Write): Promise<void> {
  const root = db.ref()
  return write.kind === 'set' ? root.set(write.value) : root.update(write.paths)
}

/**
 * obj[key] = value, also for "__proto__" (a valid Firebase key; assignment would set the
 * prototype). Defined only for that key: defineProperty on every key cost the mirror worker a
 * tenth of its time.
 */
function setKey<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
  else obj[key] = value
}
