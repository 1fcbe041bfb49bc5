// Keeps a fixed number of scenario plays in flight for as long as the load lasts: each of
// `concurrency` workers plays a scenario from the library (every call of it, as the simulator
// does), then draws the next one, until stop(). The library is drawn in seeded shuffled rounds
// (sim/calls/schedule.ts, one round at a time because the run's length decides how many there
// are), so every scenario is played once before any is played twice and a seed replays the order.

import { setTimeout as sleep } from 'node:timers/promises'
import { playCall, type SessionContext } from '../calls/call-session.js'
import type { Rng } from '../calls/prng.js'
import { failureOf, newCallRecord, type CallRecord, type Failure } from '../calls/run-record.js'
import { buildSchedule, type Job } from '../calls/schedule.js'
import type { Scenario } from '../calls/script.js'

export interface CallPoolOptions {
  scenarios: readonly Scenario[]
  concurrency: number
  rng: Rng
  ctx: SessionContext
  /** The workers' first starts are spread evenly over this many (real) ms, so calls do not move in waves. */
  rampMs: number
  onFailure: (failure: Failure) => void
}

export class CallPool {
  readonly calls: CallRecord[] = []
  #inFlight = 0
  #stopping = false
  #round = 0
  #queue: Job[] = []
  #jobs = 0
  #workers: Promise<void>[] = []
  readonly #o: CallPoolOptions

  constructor(options: CallPoolOptions) {
    if (options.scenarios.length === 0) throw new Error('the soak needs at least one scenario')
    this.#o = options
  }

  /** Calls being played now. */
  get inFlight(): number {
    return this.#inFlight
  }

  /** Scenario plays started so far. */
  get jobs(): number {
    return this.#jobs
  }

  start(): void {
    const n = this.#o.concurrency
    this.#workers = Array.from({ length: n }, (_, w) => this.#worker(Math.round((w / n) * this.#o.rampMs)))
  }

  /** No new scenario starts; resolves once every scenario in progress has played to its end. */
  async stop(): Promise<void> {
    this.#stopping = true
    await Promise.all(this.#workers)
  }

  #next(): Job {
    if (this.#queue.length === 0) {
      this.#queue = buildSchedule(this.#o.scenarios, this.#o.rng.fork(`round-${this.#round++}`), { concurrency: this.#o.concurrency })
    }
    return this.#queue.shift() as Job
  }

  async #worker(delayMs: number): Promise<void> {
    if (delayMs > 0) await sleep(delayMs)
    while (!this.#stopping) {
      const job = this.#next()
      const index = this.#jobs++
      for (const [i, script] of job.scenario.calls.entries()) {
        const record = newCallRecord({
          index: this.calls.length,
          job: index,
          scenario: job.scenario.name,
          label: script.label,
          callSid: job.callSids[i] as string,
          from: script.from,
          script,
          startedAt: this.#o.ctx.now(),
        })
        this.calls.push(record)
        this.#inFlight++
        try {
          await playCall(this.#o.ctx, record, this.#o.rng.fork(`job-${index}/${i}`))
        } catch (err) {
          this.#o.onFailure(failureOf(record, 'infrastructure', `the simulator failed on this call: ${(err as Error).stack ?? String(err)}`))
        } finally {
          this.#inFlight--
        }
      }
    }
  }
}
