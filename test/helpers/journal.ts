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
