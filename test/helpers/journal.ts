import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { segmentFileName } from '../../src/store/segments.js'
import type { TestAurora } from './aurora.js'

/** From here on every commit is applied in memory but never reaches the disk. */
export function stallJournal(t: TestAurora): void {
  const store = t.app.store
  const commit = store.commit.bind(store)
  store.commit = (ops) => {
    commit(ops).catch(() => undefined)
    return new Promise(() => undefined)
  }
}

/** Like stallJournal, until release(): then every held commit resolves once it is really durable (the disk recovered). */
export function holdJournal(t: TestAurora): { release(): void } {
  const store = t.app.store
  const commit = store.commit.bind(store)
  let released = false
  const held: (() => void)[] = []
  store.commit = (ops) => {
    const durable = commit(ops)
    if (released) return durable
    return new Promise((resolve, reject) => held.push(() => durable.then(resolve, reject)))
  }
  return {
    release() {
      released = true
      for (const go of held.splice(0)) go()
    },
  }
}

/**
 * Every commit from now on fails for good (ENOSPC from /dev/full), as after a disk failure. The
 * store must have been started with a small JOURNAL_SEGMENT_BYTES (4096) so that it rotates.
 */
export async function failJournal(t: TestAurora): Promise<void> {
  await t.app.store.commit([{ path: 'pad/big', value: 'x'.repeat(5000) }])
  const next = t.app.store.lastDurableSeq + 1
  for (let seq = next; seq < next + 200; seq++) symlinkSync('/dev/full', join(t.config.dataDir, 'journal', segmentFileName(seq)))
  await t.app.store.commit([{ path: 'pad/x', value: 'y' }]).catch(() => undefined)
  expect(t.app.store.failure).not.toBeNull()
}
