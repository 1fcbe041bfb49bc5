import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { link, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { ERR_STORE_LOCKED } from '../errors.js'
import { createSyncedFile } from './durable-fs.js'

// One process per data dir: two writers appending to the same journal would interleave records
// and break the seq order. The lock is a file created with O_EXCL holding the owner's pid.
//
// A process killed with SIGKILL leaves its lock behind, and that must not block the restart: a
// lock whose pid is not alive is stale and taken over. Containers reuse pids (the restarted app
// may get the very pid that died), so the lock also records the process start time from
// /proc/<pid>/stat where there is one: same pid with another start time is another process.
//
// A pid means nothing on another host (a volume moved with a rescheduled container, a shared
// mount), so the holder also refreshes the lock's mtime every refreshMs; a lock from another host
// not refreshed for STALE_AFTER_REFRESHES of them (by this host's clock, and not refreshed while
// watched for another period and a half, in case the clocks differ) is stale. The holder checks
// on each refresh that the lock is still its own, and holds a lease on the monotonic clock: past
// it (this process was frozen), the journal confirms the lock before writing, so a holder whose
// lock was taken over fences its store instead of writing into the other's journal.
//
// Two starters can find the same stale lock at once. Each removing what it read as stale could
// remove the other's fresh lock, and both would go on writing; so a stale lock is removed only
// by the starter holding LOCK.takeover (created like LOCK), after reading it again. A takeover
// file left by a starter that died mid-takeover is itself stale and removed; only two starters
// meeting such a file at the same instant can still race.

const LOCK_FILE = 'LOCK'
const TAKEOVER_FILE = 'LOCK.takeover'
const ATTEMPTS = 6
const DEFAULT_REFRESH_MS = 10_000
/** Missed refreshes after which another host's lock is stale: a minute by default, far past any GC pause. */
const STALE_AFTER_REFRESHES = 6

interface LockContent {
  pid: number
  /** Kernel start time of the process (clock ticks since boot), null where /proc is missing. */
  started: string | null
  host: string
  token: string
  /** How often the holder refreshes the lock's mtime; absent in locks that are never refreshed. */
  refreshMs?: number
}

interface SeenLock extends LockContent {
  mtimeMs: number
}

export interface DirLock {
  readonly path: string
  /** The dead holder whose lock was taken over (for the log), or null. */
  readonly takenOverFrom: string | null
  /** Called (once) when the lock is found to be no longer ours; at once if it already was. */
  onLost(listener: (holder: string) => void): void
  /**
   * Whether the lock is still ours: `true` at once while a refresh confirmed it recently enough
   * that no other host can have taken it over since (a lease on the monotonic clock); past that
   * (this process was frozen), a promise of a check made now (which also refreshes it).
   */
  held(): true | Promise<boolean>
  release(): Promise<void>
}

export interface LockOptions {
  refreshMs?: number
  /** A refresh that could not read the lock (it is tried again at the next one). */
  onRefreshError?: (err: unknown) => void
}

export async function acquireLock(dir: string, { refreshMs = DEFAULT_REFRESH_MS, onRefreshError }: LockOptions = {}): Promise<DirLock> {
  const path = join(dir, LOCK_FILE)
  const mine: LockContent = { pid: process.pid, started: processStartTime(process.pid), host: hostname(), token: randomUUID(), refreshMs }
  // Written in full to a private file first and then hard-linked into place, so the lock
  // appears atomically with its content: another process never sees an empty LOCK.
  const draft = `${path}.${mine.token}.tmp`
  await createSyncedFile(draft, JSON.stringify(mine))
  try {
    return await placeLock(dir, path, draft, mine, onRefreshError ?? (() => undefined))
  } finally {
    await unlink(draft).catch(() => undefined)
  }
}

async function placeLock(dir: string, path: string, draft: string, mine: LockContent, onRefreshError: (err: unknown) => void): Promise<DirLock> {
  let takenOverFrom: string | null = null
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await linkExclusive(draft, path)) return heldLock(path, mine, takenOverFrom, onRefreshError)
    const holder = await readLock(path)
    if (holder === 'missing') continue
    if (holder !== 'invalid' && isAlive(holder)) throw new ERR_STORE_LOCKED(dir, describe(holder))
    // Stale by this host's clock; another host's clock may be behind, so also watch it for a
    // refresh period and a half: a live holder refreshes meanwhile.
    if (holder !== 'invalid' && holder.host !== hostname() && (await refreshedWithin(path, holder, 1.5 * (holder.refreshMs ?? 0)))) {
      throw new ERR_STORE_LOCKED(dir, `${describe(holder)}, which still refreshes it (its clock is behind this host's)`)
    }
    // Stale: a dead pid, or content that is not a lock at all.
    const taken = await takeOver(join(dir, TAKEOVER_FILE), draft, mine, async () => {
      if (!sameLock(await readLock(path), holder)) return false
      await unlink(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
      return true
    })
    if (taken) takenOverFrom = holder === 'invalid' ? 'an unreadable lock file' : describe(holder)
    else await sleep(10 * (attempt + 1)) // another starter is taking over: look again once it is done
  }
  const holder = await readLock(path)
  throw new ERR_STORE_LOCKED(dir, typeof holder === 'string' ? 'another process that keeps re-creating the lock' : describe(holder))
}

function heldLock(path: string, mine: LockContent, takenOverFrom: string | null, onRefreshError: (err: unknown) => void): DirLock {
  const refreshMs = mine.refreshMs ?? DEFAULT_REFRESH_MS
  const leaseMs = (STALE_AFTER_REFRESHES - 2) * refreshMs
  let confirmedAt = performance.now()
  let lostTo: string | null = null
  const listeners: ((holder: string) => void)[] = []
  let released = false
  let refreshing: Promise<void> = Promise.resolve()
  const lose = (holder: string): void => {
    if (lostTo !== null) return
    lostTo = holder
    clearInterval(timer)
    for (const listener of listeners.splice(0)) listener(holder)
  }
  const refresh = async (): Promise<void> => {
    if (released || lostTo !== null) return
    let current: SeenLock | 'missing' | 'invalid'
    try {
      current = await readLock(path)
    } catch (err) {
      // Out of fds, an I/O error: nothing says another process took it. Try again next time.
      onRefreshError(err)
      return
    }
    if (isMine(current, mine)) {
      const now = new Date()
      await utimes(path, now, now).catch(onRefreshError)
      confirmedAt = performance.now()
      return
    }
    if (!released) lose(current === 'missing' ? 'nobody: the lock file was removed' : current === 'invalid' ? 'an unreadable lock file' : describe(current))
  }
  const refreshNow = (): Promise<void> => (refreshing = refreshing.then(refresh))
  const timer = setInterval(() => void refreshNow(), refreshMs)
  timer.unref()
  return {
    path,
    takenOverFrom,
    onLost(listener) {
      if (lostTo !== null) listener(lostTo)
      else listeners.push(listener)
    },
    held() {
      if (lostTo === null && performance.now() - confirmedAt < leaseMs) return true
      return refreshNow().then(() => lostTo === null)
    },
    async release() {
      released = true
      clearInterval(timer)
      await refreshing
      if (await holds(path, mine)) await unlink(path)
    },
  }
}

/** Whether the lock changed (refreshed or replaced) within ms, watched on this host's clock. */
async function refreshedWithin(path: string, seen: SeenLock, ms: number): Promise<boolean> {
  const until = performance.now() + ms
  while (performance.now() < until) {
    await sleep(Math.min(1000, Math.max(10, ms / 6)))
    if (!sameLock(await readLock(path), seen)) return true
  }
  return false
}

/** Runs remove() holding the takeover file; false if another live starter holds it. */
async function takeOver(guard: string, draft: string, mine: LockContent, remove: () => Promise<boolean>): Promise<boolean> {
  if (!(await linkExclusive(draft, guard))) {
    const other = await readLock(guard)
    if (other === 'missing' || (other !== 'invalid' && isAlive(other))) return false
    // Left by a starter that died mid-takeover.
    await unlink(guard).catch(() => undefined)
    if (!(await linkExclusive(draft, guard))) return false
  }
  try {
    return await remove()
  } finally {
    if (await holds(guard, mine)) await unlink(guard).catch(() => undefined)
  }
}

async function linkExclusive(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return false
  }
}

async function holds(path: string, mine: LockContent): Promise<boolean> {
  return isMine(await readLock(path), mine)
}

function isMine(current: SeenLock | 'missing' | 'invalid', mine: LockContent): boolean {
  return typeof current !== 'string' && current.token === mine.token
}

function sameLock(current: SeenLock | 'missing' | 'invalid', seen: SeenLock | 'invalid'): boolean {
  if (current === 'missing') return false
  if (current === 'invalid' || seen === 'invalid') return current === seen
  // The same lock, not refreshed meanwhile.
  return current.token === seen.token && current.mtimeMs === seen.mtimeMs
}

async function readLock(path: string): Promise<SeenLock | 'missing' | 'invalid'> {
  let text: string
  let mtimeMs: number
  try {
    ;[text, { mtimeMs }] = await Promise.all([readFile(path, 'utf8'), stat(path)])
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw err
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockContent> | null
    if (typeof parsed?.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.token !== 'string') return 'invalid'
    const refreshMs = typeof parsed.refreshMs === 'number' && parsed.refreshMs > 0 ? { refreshMs: parsed.refreshMs } : {}
    return { pid: parsed.pid, started: typeof parsed.started === 'string' ? parsed.started : null, host: parsed.host, token: parsed.token, ...refreshMs, mtimeMs }
  } catch {
    return 'invalid'
  }
}

function isAlive(holder: SeenLock): boolean {
  // Another host's pid cannot be checked: its holder is alive while it refreshes the lock. A lock
  // that says nothing of refreshing is assumed alive rather than risk two writers.
  if (holder.host !== hostname()) return holder.refreshMs === undefined || Date.now() - holder.mtimeMs < STALE_AFTER_REFRESHES * holder.refreshMs
  try {
    process.kill(holder.pid, 0)
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  if (holder.started === null) return true
  const started = processStartTime(holder.pid)
  return started === null || started === holder.started
}

function describe(holder: LockContent): string {
  const self = holder.pid === process.pid && holder.host === hostname() ? ' (this very process: is a store already open on it?)' : ''
  return `pid ${holder.pid} on ${holder.host}${self}`
}

/** Field 22 of /proc/<pid>/stat (start time since boot, in clock ticks); null off Linux. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
    // The command name (field 2) is parenthesised and may itself contain spaces and ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return fields[19] ?? null
  } catch {
    return null
  }
}
