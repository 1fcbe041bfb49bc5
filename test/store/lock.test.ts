import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openStore } from '../../src/store/index.js'
import { recordingLogger, spawnFixture, tempDir } from './store-fixtures.js'

function segmentPath(dir: string): string {
  const [name] = readdirSync(join(dir, 'journal')).filter((n) => n.endsWith('.log'))
  return join(dir, 'journal', name as string)
}

describe('data dir lock', () => {
  it('refuses a second store on the same dir in the same process, and allows it after close', async () => {
    const dir = tempDir()
    const first = await openStore({ dir, snapshotOnClose: false })
    await expect(openStore({ dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_LOCKED',
      message: expect.stringContaining(`Data dir ${dir} is locked by pid ${process.pid}`),
    })
    await first.close()
    const second = await openStore({ dir, snapshotOnClose: false })
    await second.close()
  })

  it('refuses a dir held by another live process, and takes it over once that process is killed', async () => {
    const dir = tempDir()
    const holder = spawnFixture('hold-store.ts', [dir])
    const ready = await holder.waitForLine((line) => line.startsWith('ready'))
    const pid = Number(ready.split(' ')[1])
    expect(pid).toBe(holder.child.pid)

    await expect(openStore({ dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_LOCKED',
      message: expect.stringContaining(`locked by pid ${pid} on ${hostname()}`),
    })

    holder.child.kill('SIGKILL')
    expect((await holder.exited).signal).toBe('SIGKILL')
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir, log, snapshotOnClose: false })
    expect(entries).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'stale store lock taken over', obj: expect.objectContaining({ previousHolder: expect.stringContaining(`pid ${pid}`) }) }),
    )
    await store.commit([{ path: 'after/takeover', value: true }])
    await store.close()
  })

  it('takes over a lock whose pid now belongs to another process (pid reuse after a restart)', async () => {
    const dir = tempDir()
    // Our own pid, but a process start time that is not ours: the lock's writer is gone.
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: process.pid, started: '1', host: hostname(), token: 'old' }))
    const store = await openStore({ dir, snapshotOnClose: false })
    expect(JSON.parse(readFileSync(join(dir, 'LOCK'), 'utf8'))).toMatchObject({ pid: process.pid })
    await store.close()
  })

  it('lets only one of two starters take over the same stale lock', async () => {
    // Without a guard, both could remove what they read as stale, the second removing the
    // first's fresh lock, and both would go on writing one journal.
    for (let round = 0; round < 40; round++) {
      const dir = tempDir()
      writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: process.pid, started: '1', host: hostname(), token: 'dead' }))
      const outcomes = await Promise.allSettled([openStore({ dir, snapshotOnClose: false }), openStore({ dir, snapshotOnClose: false })])
      const opened = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []))
      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { code?: string }] : []))
      for (const store of opened) await store.close()
      expect({ round, opened: opened.length, refused: refused.map((e) => e.code) }).toEqual({ round, opened: 1, refused: ['AURORA_ERR_STORE_LOCKED'] })
      expect(existsSync(join(dir, 'LOCK.takeover'))).toBe(false)
    }
  })

  it('removes a takeover file left by a starter that died mid-takeover', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: process.pid, started: '1', host: hostname(), token: 'dead' }))
    writeFileSync(join(dir, 'LOCK.takeover'), JSON.stringify({ pid: process.pid, started: '1', host: hostname(), token: 'dead-too' }))
    const store = await openStore({ dir, snapshotOnClose: false })
    expect(existsSync(join(dir, 'LOCK.takeover'))).toBe(false)
    await store.close()
  })

  it('takes over a lock file that is not a lock at all', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'LOCK'), 'garbage')
    const store = await openStore({ dir, snapshotOnClose: false })
    await store.close()
  })

  it('takes over a lock from another host once it has not been refreshed for six of its refresh periods', async () => {
    const dir = tempDir()
    const lock = join(dir, 'LOCK')
    writeFileSync(lock, JSON.stringify({ pid: 1, started: null, host: 'old-node', token: 'x', refreshMs: 1000 }))
    // Refreshed 5 s ago: alive.
    const fiveSecondsAgo = new Date(Date.now() - 5000)
    utimesSync(lock, fiveSecondsAgo, fiveSecondsAgo)
    await expect(openStore({ dir })).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_LOCKED', message: expect.stringContaining('pid 1 on old-node') })
    // Seven seconds: the container that held it is gone (rescheduled elsewhere with the volume).
    const sevenSecondsAgo = new Date(Date.now() - 7000)
    utimesSync(lock, sevenSecondsAgo, sevenSecondsAgo)
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir, log, snapshotOnClose: false })
    expect(entries).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'stale store lock taken over', obj: expect.objectContaining({ previousHolder: 'pid 1 on old-node' }) }))
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() })
    await store.close()
  })

  it('refreshes its own lock while the store is open', async () => {
    const dir = tempDir()
    const store = await openStore({ dir, lockRefreshMs: 50, snapshotOnClose: false })
    const lock = join(dir, 'LOCK')
    const longAgo = new Date(Date.now() - 3600_000)
    utimesSync(lock, longAgo, longAgo)
    await vi.waitFor(() => expect(Date.now() - statSync(lock).mtimeMs).toBeLessThan(10_000), { timeout: 5000 })
    await store.close()
    expect(existsSync(lock)).toBe(false)
  })

  it('refuses every commit once another host has taken its lock over, and leaves that lock alone', async () => {
    const dir = tempDir()
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir, log, lockRefreshMs: 50, snapshotOnClose: false })
    await store.commit([{ path: 'before', value: 1 }])
    // What another host writes when this process looked dead (frozen past the stale time).
    const theirs = JSON.stringify({ pid: 7, started: null, host: 'other-node', token: 'theirs', refreshMs: 10_000 })
    // Renamed in whole, as a takeover does: the refresher reads every 50 ms, and a half-written file reads as unreadable.
    writeFileSync(join(dir, 'LOCK.theirs'), theirs)
    renameSync(join(dir, 'LOCK.theirs'), join(dir, 'LOCK'))
    await vi.waitFor(() => expect(entries).toContainEqual(expect.objectContaining({ level: 'error', msg: 'store lock lost; store refuses commits' })), { timeout: 5000 })
    await expect(store.commit([{ path: 'after', value: 2 }])).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_LOCK_LOST',
      message: expect.stringContaining('pid 7 on other-node'),
    })
    await store.close()
    expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toBe(theirs)
  })

  it('refuses another host\'s lock that looks stale by this clock but is still being refreshed (clock skew)', async () => {
    const dir = tempDir()
    const lock = join(dir, 'LOCK')
    writeFileSync(lock, JSON.stringify({ pid: 1, started: null, host: 'behind-node', token: 'x', refreshMs: 200 }))
    // Its clock is 7 s behind ours, and it refreshes every 100 ms.
    const behind = (): void => {
      const then = new Date(Date.now() - 7000)
      utimesSync(lock, then, then)
    }
    behind()
    const refresher = setInterval(behind, 100)
    try {
      await expect(openStore({ dir })).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_LOCKED', message: expect.stringContaining('still refreshes it') })
    } finally {
      clearInterval(refresher)
    }
  })

  it('keeps its lock when a refresh cannot read it, and says so', async () => {
    const dir = tempDir()
    const { log, entries } = recordingLogger()
    const store = await openStore({ dir, log, lockRefreshMs: 50, snapshotOnClose: false })
    const lock = join(dir, 'LOCK')
    const mine = readFileSync(lock)
    // An unreadable lock (EISDIR here; out of fds or EIO in life) is not another holder.
    rmSync(lock)
    mkdirSync(lock)
    await vi.waitFor(() => expect(entries.some((e) => e.msg === 'store lock not refreshed; trying again at the next refresh')).toBe(true), { timeout: 5000 })
    rmdirSync(lock)
    writeFileSync(lock, mine)
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(entries.some((e) => e.msg === 'store lock lost; store refuses commits')).toBe(false)
    expect((await store.commit([{ path: 'still', value: 'ours' }])).seq).toBe(1)
    await store.close()
  })

  it('confirms its lock before writing once its lease has run out, so a frozen holder writes nothing after a takeover', async () => {
    const dir = tempDir()
    const store = await openStore({ dir, lockRefreshMs: 50, snapshotOnClose: false })
    await store.commit([{ path: 'before', value: 1 }])
    const journal = readFileSync(segmentPath(dir))
    // Frozen past the lease (4 refreshes), and meanwhile another host took the lock over.
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: 7, started: null, host: 'other-node', token: 'theirs', refreshMs: 10_000 }))
    const until = performance.now() + 400
    while (performance.now() < until) {
      // busy: no timer, no refresh
    }
    // The first thing it does on waking is a commit: it must not reach the other's journal.
    await expect(store.commit([{ path: 'after', value: 2 }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_LOCK_LOST' })
    expect(readFileSync(segmentPath(dir)).equals(journal)).toBe(true)
    await store.close()
  })

  it('does not rename its snapshot into place once its lock was taken over mid-snapshot', async () => {
    const dir = tempDir()
    const theirs = JSON.stringify({ pid: 7, started: null, host: 'other-node', token: 'theirs', refreshMs: 10_000 })
    let frozen = false
    const store = await openStore({
      dir,
      lockRefreshMs: 50,
      snapshotEveryRecords: 3,
      snapshotOnClose: false,
      onSnapshotStep: (step) => {
        if (step !== 'temp-written' || frozen) return
        // Frozen between writing the new total.json and renaming it, while another host takes over.
        frozen = true
        writeFileSync(join(dir, 'LOCK'), theirs)
        const until = performance.now() + 400
        while (performance.now() < until) {
          // busy: no timer, no refresh
        }
      },
    })
    for (let i = 0; i < 3; i++) await store.commit([{ path: `turn/${i}`, value: i }])
    await vi.waitFor(() => expect(store.stats().snapshots.failed).toBe(1), { timeout: 10_000 })
    expect(existsSync(join(dir, 'total.json'))).toBe(false)
    await expect(store.commit([{ path: 'after', value: 1 }])).rejects.toMatchObject({ code: 'AURORA_ERR_STORE_LOCK_LOST' })
    await store.close()
    expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toBe(theirs)
  })

  it('refuses a lock held from another host that says nothing of refreshing it, whose pid it cannot check', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: 1, started: null, host: 'some-other-host', token: 'x' }))
    await expect(openStore({ dir })).rejects.toMatchObject({
      code: 'AURORA_ERR_STORE_LOCKED',
      message: expect.stringContaining('pid 1 on some-other-host'),
    })
  })
})
