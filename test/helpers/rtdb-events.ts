// Waiting on RTDB events instead of sleeping (style.md §4). Each helper subscribes, resolves on
// the first event that satisfies the predicate, unsubscribes, and rejects with a clear message
// after a generous timeout so a broken emulator fails the test instead of hanging it.

import type { Database as AdminDatabase } from 'firebase-admin/database'
import { onValue, ref, type Database as WebDatabase, type Query as WebQuery } from 'firebase/database'

type AdminQuery = ReturnType<AdminDatabase['ref']>

export interface Snapshot {
  val(): unknown
  exists(): boolean
}

export type Subscribe = (onEvent: (snapshot: Snapshot) => void, onCancel: (error: Error) => void) => () => void

export function adminValues(query: AdminQuery): Subscribe {
  return (onEvent, onCancel) => {
    const callback = query.on('value', onEvent, onCancel)
    return () => query.off('value', callback)
  }
}

export function webValues(query: WebQuery): Subscribe {
  return (onEvent, onCancel) => onValue(query, onEvent, onCancel)
}

export function waitFor(subscribe: Subscribe, predicate: (value: unknown) => boolean, what: string, timeoutMs = 10_000): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    let last: unknown = '(no event yet)'
    let unsubscribe: (() => void) | null = null
    let done = false
    const finish = (action: () => void): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      // The callback can fire synchronously inside subscribe(); unsubscribe once we have the handle.
      queueMicrotask(() => unsubscribe?.())
      action()
    }
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value ${JSON.stringify(last)}`))),
      timeoutMs,
    )
    unsubscribe = subscribe(
      (snapshot) => {
        last = snapshot.val()
        if (predicate(last)) finish(() => resolve(snapshot))
      },
      (error) => finish(() => reject(error)),
    )
    if (done) unsubscribe()
  })
}

/** Resolves when `.info/connected` reaches `connected` on a web client. */
export function webConnected(db: WebDatabase, connected = true, timeoutMs = 10_000): Promise<Snapshot> {
  return waitFor(webValues(ref(db, '.info/connected')), (value) => value === connected, `.info/connected === ${connected}`, timeoutMs)
}

export function adminConnected(db: AdminDatabase, connected = true, timeoutMs = 10_000): Promise<Snapshot> {
  return waitFor(adminValues(db.ref('.info/connected')), (value) => value === connected, `.info/connected === ${connected}`, timeoutMs)
}

/** Collects every event into an array; `next(n)` waits until there are at least n. */
export class EventLog<T> {
  readonly events: T[] = []
  private waiters: Array<{ count: number; resolve: () => void }> = []

  push(event: T): void {
    this.events.push(event)
    this.waiters = this.waiters.filter((waiter) => {
      if (this.events.length < waiter.count) return true
      waiter.resolve()
      return false
    })
  }

  async atLeast(count: number, timeoutMs = 10_000): Promise<T[]> {
    if (this.events.length >= count) return this.events
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${count} events; got ${JSON.stringify(this.events)}`)), timeoutMs)
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        },
      })
    })
    return this.events
  }
}

/** A listener kept for the whole test: every value it got, and its cancellation (a revoked listen). */
export interface Watched {
  readonly values: unknown[]
  isCancelled(): boolean
  /** The cancel callback's error (the SDKs put the status in `code`); rejects after timeoutMs, so a listen that is never revoked fails clearly. */
  cancellation(timeoutMs?: number): Promise<Error & { code?: string }>
}

export function watchValues(subscribe: Subscribe): Watched {
  const values: unknown[] = []
  let cancelledWith: (Error & { code?: string }) | null = null
  const waiters = new Set<(error: Error & { code?: string }) => void>()
  subscribe(
    (snapshot) => values.push(snapshot.val()),
    (error) => {
      cancelledWith = error
      for (const waiter of waiters) waiter(error)
    },
  )
  return {
    values,
    isCancelled: () => cancelledWith !== null,
    cancellation: (timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (cancelledWith !== null) return resolve(cancelledWith)
        const timer = setTimeout(() => reject(new Error(`no cancel callback within ${timeoutMs} ms: the listen was not revoked`)), timeoutMs)
        waiters.add((error) => {
          clearTimeout(timer)
          resolve(error)
        })
      }),
  }
}
