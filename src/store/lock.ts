import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { link, open, readFile, unlink } from 'node:fs/promises'
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
// Two starters can find the same stale lock at once. Each removing what it read as stale could
// remove the other's fresh lock, and both would go on writing; so a stale lock is removed only
// by the starter holding LOCK.takeover (created like LOCK), after reading it again. A takeover
// file left by a starter that died mid-takeover is itself stale and removed; only two starters
// meeting such a file at the same instant can still race.

const LOCK_FILE = 'LOCK'
const TAKEOVER_FILE = 'LOCK.takeover'
const ATTEMPTS = 6

interface LockContent {
  pid: number
  /** Kernel start time of the process (clock ticks since boot), null where /proc is missing. */
  started: string | null
  host: string
  token: string
}

export interface DirLock {
  readonly path: string
  /** The dead holder whose lock was taken over (for the log), or null. */
  readonly takenOverFrom: string | null
  release(): Promise<void>
}

export async function acquireLock(dir: string): Promise<DirLock> {
  const path = join(dir, LOCK_FILE)
  const mine: LockContent = { pid: process.pid, started: processStartTime(process.pid), host: hostname(), token: randomUUID() }
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
    if (await linkExclusive(draft, path)) {
      return {
        path,
        takenOverFrom,
        release: async () => {
          if (await holds(path, mine)) await unlink(path)
        },
      }
    }
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

function sameLock(current: LockContent | 'missing' | 'invalid', seen: LockContent | 'invalid'): boolean {
  if (current === 'missing') return false
  if (current === 'invalid' || seen === 'invalid') return current === seen
  return current.token === seen.token
}

async function readLock(path: string): Promise<LockContent | 'missing' | 'invalid'> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw err
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockContent> | null
    if (typeof parsed?.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.token !== 'string') return 'invalid'
    return { pid: parsed.pid, started: typeof parsed.started === 'string' ? parsed.started : null, host: parsed.host, token: parsed.token }
  } catch {
    return 'invalid'
  }
}

function isAlive(holder: LockContent): boolean {
  // A pid means nothing on another host (a shared volume): assume it is alive rather than
  // risk two writers.
  if (holder.host !== hostname()) return true
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
