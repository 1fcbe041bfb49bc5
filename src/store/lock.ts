import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { link, open, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { ERR_STORE_LOCKED } from '../errors.js'

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
// not refreshed for STALE_AFTER_REFRESHES of them is stale. The holder checks on each refresh
// that the lock is still its own: if a host took it over (this process was frozen that long),
// watch()'s callback fences the store before it writes anything more.
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
  /** Refreshes the lock every refreshMs until release(); onLost runs (once) if it is no longer ours. */
  watch(onLost: (holder: string) => void): void
  release(): Promise<void>
}

export async function acquireLock(dir: string, { refreshMs = DEFAULT_REFRESH_MS }: { refreshMs?: number } = {}): Promise<DirLock> {
  const path = join(dir, LOCK_FILE)
  const mine: LockContent = { pid: process.pid, started: processStartTime(process.pid), host: hostname(), token: randomUUID(), refreshMs }
  // Written in full to a private file first and then hard-linked into place, so the lock
  // appears atomically with its content: another process never sees an empty LOCK.
  const draft = `${path}.${mine.token}.tmp`
  const handle = await open(draft, 'wx')
  try {
    await handle.writeFile(JSON.stringify(mine))
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    return await placeLock(dir, path, draft, mine)
  } finally {
    await unlink(draft).catch(() => undefined)
  }
}

async function placeLock(dir: string, path: string, draft: string, mine: LockContent): Promise<DirLock> {
  let takenOverFrom: string | null = null
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await linkExclusive(draft, path)) return heldLock(path, mine, takenOverFrom)
    const holder = await readLock(path)
    if (holder === 'missing') continue
    if (holder !== 'invalid' && isAlive(holder)) throw new ERR_STORE_LOCKED(dir, describe(holder))
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

function heldLock(path: string, mine: LockContent, takenOverFrom: string | null): DirLock {
  let timer: NodeJS.Timeout | null = null
  let refreshing: Promise<void> = Promise.resolve()
  const stop = (): void => {
    if (timer) clearInterval(timer)
    timer = null
  }
  return {
    path,
    takenOverFrom,
    watch(onLost) {
      if (timer) return
      const refresh = async (): Promise<void> => {
        const current = await readLock(path).catch(() => 'invalid' as const)
        if (typeof current !== 'string' && current.token === mine.token) {
          const now = new Date()
          await utimes(path, now, now).catch(() => undefined)
          return
        }
        if (!timer) return // released meanwhile
        stop()
        onLost(current === 'missing' ? 'nobody: the lock file was removed' : current === 'invalid' ? 'an unreadable lock file' : describe(current))
      }
      timer = setInterval(() => (refreshing = refreshing.then(refresh)), mine.refreshMs)
      timer.unref()
    },
    async release() {
      stop()
      await refreshing
      if (await holds(path, mine)) await unlink(path)
    },
  }
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
  const current = await readLock(path)
  return current !== 'missing' && current !== 'invalid' && current.token === mine.token
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
