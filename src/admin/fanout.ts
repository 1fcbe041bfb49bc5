import { performance } from 'node:perf_hooks'
import type { Subscription, Topic } from './topic.js'

// When topics with new events are delivered. Two costs to balance on the voice hot path:
//  - each client costs one socket write per delivery, so under load deliveries start at most
//    every coalesceMs, and the events of several commits reach a client in one write (an idle
//    hub delivers at once);
//  - 1,000 writes in one go would hold the event loop for milliseconds, so a delivery runs in
//    slices of `slice` subscriptions with setImmediate between them, letting webhooks interleave.

export interface FanoutOptions {
  slice: number
  coalesceMs: number
}

export class Fanout {
  readonly #opts: FanoutOptions
  readonly #dirty = new Set<Topic>()
  #work: { topic: Topic; subs: Subscription[]; index: number } | null = null
  #scheduled = false
  #lastStartedAt = -Infinity

  constructor(options: FanoutOptions) {
    this.#opts = options
  }

  /** Marks a topic as having events its subscribers have not had yet. */
  schedule(topic: Topic): void {
    this.#dirty.add(topic)
    if (this.#scheduled) return
    this.#scheduled = true
    const wait = this.#lastStartedAt + this.#opts.coalesceMs - performance.now()
    if (wait <= 0) setImmediate(this.#run)
    else setTimeout(this.#run, wait)
  }

  readonly #run = (): void => {
    if (!this.#work) this.#lastStartedAt = performance.now()
    let budget = this.#opts.slice
    while (budget > 0) {
      if (!this.#work) {
        const next = this.#dirty.values().next()
        if (next.done) break
        this.#dirty.delete(next.value)
        this.#work = { topic: next.value, subs: [...next.value.subscribers], index: 0 }
      }
      const work = this.#work
      while (work.index < work.subs.length && budget > 0) {
        work.topic.deliver(work.subs[work.index++] as Subscription)
        budget--
      }
      if (work.index >= work.subs.length) this.#work = null
    }
    if (this.#work || this.#dirty.size > 0) setImmediate(this.#run)
    else this.#scheduled = false
  }
}
