// Runs a simulation: sets up (or targets) Aurora, connects the watchers, plays the schedule with
// bounded concurrency while the fault timeline runs, then clears the faults, waits for the mirror
// to drain and runs the final checks. Returns everything the summary and the reports need.

import { setTimeout as sleep } from 'node:timers/promises'
import { AdminChannel, connectAdmin } from './admin-watcher.js'
import { playCall, type AdminActor, type SessionContext } from './call-session.js'
import { startOwnedEnvironment, targetEnvironment, type OwnedOptions, type SimEnvironment, type TargetOptions } from './environment.js'
import { FaultTimeline, pacedWindow, type AppliedFault } from './fault-timeline.js'
import { callViews, checkRun, type CheckOutcome, type Layer } from './final-check.js'
import { FirebaseWatcher } from './firebase-watcher.js'
import { waitForDrain, type DrainResult } from './mirror-drain.js'
import { fillAdminTimes, fillFirebaseTimes, viewsViaAdmin } from './observations.js'
import { createRng } from './prng.js'
import { failureOf, newCallRecord, type CallRecord, type Failure } from './run-record.js'
import { buildSchedule, type Job } from './schedule.js'
import type { FaultWindow, Scenario } from './script.js'
import { collectSamples, summarize, type Sample, type SummaryRow } from './summary.js'
import { DEFAULT_TO } from './scenario-loader.js'
import { fetchServerLatency, type ServerLatency } from './server-metrics.js'
import { TwilioClient } from './twilio-client.js'
import { warmUp } from './warm-up.js'

export type EnvironmentChoice = ({ kind: 'owned' } & OwnedOptions) | ({ kind: 'target' } & TargetOptions)

export interface RunOptions {
  scenarios: readonly Scenario[]
  /** The run's fault timeline (the scenarios' own windows plus any profile), in simulated ms from the run's start. */
  faults: readonly FaultWindow[]
  seed: string
  /** Scenario plays; default one per scenario. */
  calls?: number
  concurrency: number
  /** Multiplies every simulated wait (1 = real time, 0 = as fast as possible). */
  pace: number
  /** Spread of the first wave's starts (unscaled ms). Default 4000. */
  rampMs?: number
  environment: EnvironmentChoice
  /** Follow the admin streams (admin delay). Default true; false isolates their cost on Aurora. */
  watchAdmin?: boolean
  /** How long to wait for the mirror to drain after the calls. Default 60 s. */
  drainTimeoutMs?: number
  onProgress?: (state: ProgressState) => void
}

export interface ProgressState {
  done: number
  total: number
  inFlight: number
  failures: number
  /** Active faults, or "none". */
  phase: string
  elapsedMs: number
  stage: 'calls' | 'draining' | 'checking' | 'done'
}

export interface ObserverStatus {
  /** Measurements taken from this observer. */
  measured: boolean
  /** Why not, when not. */
  reason: string | null
}

export interface RunResult {
  seed: string
  startedAt: string
  durationMs: number
  environment: string
  mode: SimEnvironment['mode']
  options: { calls: number; concurrency: number; pace: number; scenarios: string[] }
  firebase: ObserverStatus
  admin: ObserverStatus & { actionsVia: 'admin-api' | 'in-process' | 'unavailable'; reconnects: number }
  faults: AppliedFault[]
  calls: CallRecord[]
  samples: Sample[]
  summary: SummaryRow[]
  failures: Failure[]
  checks: CheckOutcome
  drain: DrainResult
  /** Aurora's own webhook latency histogram (GET /metrics), or null when it has none. */
  serverLatency: ServerLatency | null
  notes: string[]
  ok: boolean
}

export async function runSimulation(options: RunOptions): Promise<RunResult> {
  const startedAt = new Date()
  const rng = createRng(options.seed)
  const notes: string[] = []
  let t0 = performance.now()
  const now = (): number => performance.now() - t0

  const env =
    options.environment.kind === 'owned' ? await startOwnedEnvironment(options.environment) : targetEnvironment(options.environment)
  let watcher: FirebaseWatcher | null = null
  let channel: AdminChannel | null = null
  let ticker: NodeJS.Timeout | undefined
  try {
    if (options.faults.length > 0 && options.pace <= 0) throw new Error('fault windows need --pace > 0 (their times are scaled by it)')
    let faults = options.faults.map((f) => pacedWindow(f, options.pace))
    if (!env.faults && faults.length > 0) {
      notes.push(`${faults.length} fault window(s) not injected: the simulator does not own this Aurora's Firebase path (--target)`)
      faults = []
    }
    if (env.faults && !env.faults.emulator && faults.some((f) => f.kind === 'reject-writes')) {
      throw new Error('reject-writes needs our emulator\'s fault controller; it cannot be injected in front of another emulator')
    }

    let firebaseStatus: ObserverStatus = { measured: false, reason: 'no Firebase emulator given (--firebase host:port)' }
    if (env.firebase) {
      watcher = await FirebaseWatcher.open({ ...env.firebase, now })
      firebaseStatus = { measured: true, reason: null }
    }
    let adminReason = options.watchAdmin === false ? 'admin streams not watched (--no-admin-watch)' : 'no admin token (--admin-token or ADMIN_TOKEN)'
    if (env.adminToken !== null && options.watchAdmin !== false) {
      const connection = await connectAdmin({ origin: env.origin, token: env.adminToken, now })
      if (connection.ok) channel = connection.channel
      else adminReason = connection.reason
    }
    const actor: AdminActor | null = channel ?? env.inProcessAdmin
    const actionsVia = channel ? 'admin-api' : env.inProcessAdmin ? 'in-process' : 'unavailable'
    if (!channel) notes.push(`admin delay not measured: ${adminReason}${env.inProcessAdmin ? '; admin steps use Aurora\'s AdminActions in-process' : ''}`)

    const jobs = buildSchedule(options.scenarios, rng, {
      ...(options.calls !== undefined ? { calls: options.calls } : {}),
      concurrency: options.concurrency,
      rampMs: options.rampMs ?? 4000,
      // A rerun against the same --target must not reuse the previous run's CallSids.
      ...(env.mode === 'target' ? { sidSalt: startedAt.toISOString() } : {}),
    })
    const totalCalls = jobs.reduce((n, j) => n + j.scenario.calls.length, 0)
    const calls: CallRecord[] = []
    const failures: Failure[] = []
    const client = new TwilioClient({ authToken: env.authToken, publicUrl: env.publicUrl, origin: env.origin, now })
    const timeline = new FaultTimeline(faults, rng.fork('faults'), env.faults, now)

    let done = 0
    let inFlight = 0
    let stage: ProgressState['stage'] = 'calls'
    const progress = (): void =>
      options.onProgress?.({ done, total: totalCalls, inFlight, failures: failures.length, phase: timeline.active.join(' + ') || 'none', elapsedMs: now(), stage })
    ticker = setInterval(progress, 500)
    ticker.unref()
    timeline.onChange(progress)

    const ctx: SessionContext = {
      client,
      now,
      pace: options.pace,
      accountSid: `AC${rng.fork('account').hex(32)}`,
      admin: actor,
      adminUnavailable: adminReason,
      onCallPlaced: (callSid) => channel?.watchCall(callSid),
      onFailure: (failure) => {
        failures.push(failure)
        progress()
      },
    }

    const runJob = async (job: Job): Promise<void> => {
      if (job.startAtMs > 0) await sleep(Math.round(job.startAtMs * options.pace))
      for (const [i, script] of job.scenario.calls.entries()) {
        const record = newCallRecord({
          index: calls.length,
          job: job.index,
          scenario: job.scenario.name,
          label: script.label,
          callSid: job.callSids[i] as string,
          from: script.from,
          script,
          startedAt: now(),
        })
        calls.push(record)
        inFlight++
        progress()
        try {
          await playCall(ctx, record, rng.fork(`${job.stream}/${i}`))
        } catch (err) {
          failures.push(failureOf(record, 'infrastructure', `the simulator failed on this call: ${(err as Error).stack ?? String(err)}`))
        } finally {
          inFlight--
          done++
          progress()
        }
      }
    }

    if (env.mode !== 'target') {
      try {
        await warmUp(client, rng.fork('warm-up'), ctx.accountSid, DEFAULT_TO)
      } catch (err) {
        throw new Error(`the warm-up call to the Aurora the simulator started failed: ${(err as Error).message}`)
      }
    }
    // The run's clock starts now: fault times and every measurement are relative to this moment.
    t0 = performance.now()
    timeline.start()
    progress()
    const queue = [...jobs]
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.concurrency, jobs.length)) }, async () => {
        for (let job = queue.shift(); job !== undefined; job = queue.shift()) await runJob(job)
      }),
    )
    timeline.stop()

    stage = 'draining'
    progress()
    const drain = await waitForDrain(env.origin, options.drainTimeoutMs ?? 60_000)
    if (!drain.drained) {
      failures.push(failureOf(null, 'infrastructure', `the mirror did not drain within ${options.drainTimeoutMs ?? 60_000} ms after the faults cleared (pending ${drain.pending ?? 'unknown'})`))
    }
    if (watcher) await fillFirebaseTimes(watcher, calls, now)
    if (channel) await fillAdminTimes(channel, watcher, calls, now)

    const serverLatency = await fetchServerLatency(env.origin)
    stage = 'checking'
    progress()
    const firebaseTree = watcher ? await watcher.snapshot() : null
    let localTree: Awaited<ReturnType<SimEnvironment['localTree']>> = null
    try {
      localTree = await env.localTree()
    } catch (err) {
      failures.push(failureOf(null, 'infrastructure', `reading the local store failed: ${(err as Error).message}`))
    }
    const layers: Layer[] = []
    if (localTree) layers.push({ name: 'local', calls: callViews(localTree) })
    else if (channel) layers.push({ name: 'local', calls: await viewsViaAdmin(channel, watcher, calls) })
    else notes.push('the local store was not compared: with --target it is read through the admin API, which is unavailable')
    if (firebaseTree) layers.push({ name: 'firebase', calls: callViews(firebaseTree) })
    const checks = checkRun(calls, layers, { local: localTree, firebase: firebaseTree })
    failures.push(...checks.failures)

    clearInterval(ticker)
    stage = 'done'
    progress()
    const samples = collectSamples(calls, timeline.applied)
    return {
      seed: options.seed,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(now()),
      environment: env.describe,
      mode: env.mode,
      options: { calls: jobs.length, concurrency: options.concurrency, pace: options.pace, scenarios: options.scenarios.map((s) => s.name) },
      firebase: firebaseStatus,
      admin: { measured: channel !== null, reason: channel ? null : adminReason, actionsVia, reconnects: channel?.reconnects ?? 0 },
      faults: timeline.applied,
      calls,
      samples,
      summary: summarize(samples),
      failures,
      checks,
      drain,
      serverLatency,
      notes,
      ok: failures.length === 0,
    }
  } finally {
    clearInterval(ticker)
    await channel?.close().catch(() => undefined)
    await watcher?.close().catch(() => undefined)
    await env.close()
  }
}
