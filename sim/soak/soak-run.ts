// One soak run: Aurora as a child process under a constant load for a fixed time (scenario calls
// kept in flight, admin streams kept open, Firebase outages on a schedule), sampled every few
// seconds; then the load stops, the faults clear, the calls are archived and mirrored, and the
// run checks memory, file descriptors and every acknowledged turn in both layers.

import { readdir } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { connectAdmin, type AdminChannel } from '../calls/admin-watcher.js'
import type { SessionContext } from '../calls/call-session.js'
import { FaultTimeline, type AppliedFault } from '../calls/fault-timeline.js'
import { callViews, checkRun, type Layer } from '../calls/final-check.js'
import type { Tree } from '../calls/firebase-watcher.js'
import { createRng } from '../calls/prng.js'
import { failureOf, type CallRecord, type Failure } from '../calls/run-record.js'
import { DEFAULT_TO } from '../calls/scenario-loader.js'
import type { FaultWindow, Scenario } from '../calls/script.js'
import { fetchServerLatency, type ServerLatency } from '../calls/server-metrics.js'
import { collectSamples, summarize, type SummaryRow } from '../calls/summary.js'
import { TwilioClient } from '../calls/twilio-client.js'
import { warmUp } from '../calls/warm-up.js'
import { CallPool } from './call-pool.js'
import { getJson } from './one-shot-get.js'
import { fdBreakdown, type FdBreakdown } from './process-probe.js'
import { Sampler, type SoakSample } from './sampler.js'
import { startSoakEnvironment } from './soak-environment.js'
import { StreamGroup, type GroupReport } from './stream-group-control.js'
import { leastSquares, plateauAt, windowStats, type Fit, type WindowStat } from './trend.js'
import { judge, ownFds, type Check, type Thresholds, type TurnCount } from './verdict.js'

export interface SoakOptions {
  scenarios: readonly Scenario[]
  loadMs: number
  concurrency: number
  streams: number
  /** 0: no outages. */
  outageEveryMs: number
  outageForMs: number
  seed: string
  pace: number
  warmUpMs: number
  sampleEveryMs: number
  archiveGraceMs: number
  /** Mean time before a client drops one of its admin streams and resumes it; 0 = never. */
  streamDropMeanMs: number
  drainTimeoutMs: number
  thresholds: Thresholds
  reportDir: string
  /** Write heap snapshots of Aurora (at the end of warm-up, of the load, and once quiet) to reportDir. */
  heapSnapshots: boolean
  nodeOptions?: string
  /** Extra node/V8 flags on Aurora's command line (after AURORA_NODE_FLAGS). */
  nodeFlags?: readonly string[]
  /** Aborting it ends the load early (the wind-down and checks still run). */
  stopLoad?: AbortSignal
  log: (line: string) => void
}

export interface SoakResult {
  ok: boolean
  checks: Check[]
  seed: string
  startedAt: string
  aurora: { pid: number; url: string; dataDir: string; keptDataDir: boolean }
  timing: { loadMs: number; callsDoneMs: number; quietMs: number; endMs: number; archived: boolean; drainWaitedMs: number }
  samples: SoakSample[]
  faults: AppliedFault[]
  fds: { start: FdBreakdown | null; end: FdBreakdown | null; ownStart: number | null; ownEnd: number | null; settleMs: number }
  rss: {
    /** MiB per minute from the later of the warm-up and the journal cache filling up, to the end of the load: the gated slope. */
    fit: Fit | null
    fitFromMs: number
    /** When the journal's record cache stopped growing (null: still filling at the end of the load). */
    cacheFullMs: number | null
    notJudged: string | null
    /** MiB per minute from the end of warm-up, bounded caches filling included (for information). */
    afterWarmUpFit: Fit | null
    heapTotalFit: Fit | null
    heapFit: Fit | null
    startMiB: number | null
    warmMiB: number | null
    loadEndMiB: number | null
    endMiB: number | null
    peakMiB: number | null
  }
  /** What Aurora keeps by design and that grows with the calls taken (the journal tree holds call_history). */
  retained: { localTreeBytes: number | null; calls: number; bytesPerCall: number | null }
  calls: { scenarioPlays: number; placed: number; ended: number; webhooks: number; acknowledgedTurns: number }
  turns: { acknowledged: number; local: TurnCount | null; firebase: TurnCount | null }
  treesEqual: boolean | null
  differences: string[]
  latency: SummaryRow[]
  latencyWindows: WindowStat[]
  serverLatency: ServerLatency | null
  streams: GroupReport | null
  failures: Failure[]
  loadAverage: { start: number[]; end: number[]; meanDuringLoad: number | null }
  heapSnapshots: string[]
}

/** Half the streams watch the overview, half follow a live call (see stream-group.ts). */
const OVERVIEW_SHARE = 0.5
/** What Aurora asks EventSource to wait before reconnecting (`retry: 1000`, src/admin/live-hub.ts). */
const RECONNECT_MS = 1000
/** Spread of the callers' first starts, in simulated ms: about one call's length, so the calls do not move in waves. */
const RAMP_SIMULATED_MS = 60_000
const LATENCY_WINDOW_MS = 30_000
/**
 * Not SIGUSR2, the usual choice: close-with-grace (src/server.ts) treats SIGUSR2 as "shut down",
 * so Aurora would write the snapshot and then close. SIGWINCH is ignored by default and by it.
 */
const HEAP_SNAPSHOT_SIGNAL = 'SIGWINCH'
/** A minute of samples at the default rate: fewer and the slope is mostly the GC sawtooth. */
const MIN_FIT_SAMPLES = 12
const MiB = 1024 * 1024

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const startedAt = new Date()
  const loadStart = loadavg()
  const rng = createRng(o.seed)
  let t0 = performance.now()
  const now = (): number => performance.now() - t0
  const log = (line: string): void => o.log(`[soak ${clock(now())}] ${line}`)
  const failures: Failure[] = []
  const heapSnapshotDir = o.reportDir
  const env = await startSoakEnvironment({
    archiveGraceMs: o.archiveGraceMs,
    logFile: join(o.reportDir, 'aurora.log'),
    ...(o.heapSnapshots || o.nodeOptions
      ? { nodeOptions: [o.nodeOptions ?? '', o.heapSnapshots ? `--heapsnapshot-signal=${HEAP_SNAPSHOT_SIGNAL} --diagnostic-dir=${heapSnapshotDir}` : ''].join(' ').trim() }
      : {}),
    ...(o.nodeFlags ? { nodeFlags: o.nodeFlags } : {}),
  })
  const { aurora } = env
  const origin = aurora.url
  o.log(`[soak setup] Aurora pid ${aurora.pid} at ${origin}, data dir ${env.dataDir}; emulator ${env.emulator.hostPort} behind the fault proxy ${env.proxy.hostPort}`)

  let auroraProblem: string | null = null
  let stopping = false
  const crashed = new AbortController()
  aurora.exited
    .then(({ code, signal }) => {
      if (stopping) return
      auroraProblem = `Aurora exited during the run (code ${code}, signal ${signal}); see aurora.log`
      crashed.abort()
    })
    .catch(() => undefined)
  const snapshot = (when: string): void => {
    if (!o.heapSnapshots || crashed.signal.aborted) return
    log(`heap snapshot requested (${when})`)
    process.kill(aurora.pid, HEAP_SNAPSHOT_SIGNAL)
  }

  let group: StreamGroup | null = null
  let channel: AdminChannel | null = null
  let sampler: Sampler | null = null
  let timeline: FaultTimeline | null = null
  let pool: CallPool | null = null
  let keepData = false
  try {
    const client = new TwilioClient({ authToken: env.authToken, publicUrl: env.publicUrl, origin, now })
    const accountSid = `AC${rng.fork('account').hex(32)}`
    await warmUp(client, rng.fork('warm-up'), accountSid, DEFAULT_TO)
    await waitFor(origin, (h) => h.pending === 0, 30_000)

    const context = (): { callsInFlight: number; streamsOpen: number | null; phase: string } => {
      const open = group?.latest?.open
      return { callsInFlight: pool?.inFlight ?? 0, streamsOpen: open ? open.overview + open.conversation : null, phase: timeline?.active.join(' + ') || 'none' }
    }
    sampler = new Sampler({ pid: aurora.pid, origin, everyMs: o.sampleEveryMs, now, context })
    const fdsStart = await fdBreakdown(aurora.pid, env.port, env.dataDir)
    t0 = performance.now()
    const startSample = await sampler.sample()
    sampler.samples.push(startSample)

    const connection = await connectAdmin({ origin, token: env.adminToken, now, name: 'aurora-soak' })
    if (!connection.ok) throw new Error(`the soak could not log in to the admin API: ${connection.reason}`)
    channel = connection.channel
    group = StreamGroup.start({
      origin,
      cookie: await login(origin, env.adminToken),
      streams: o.streams,
      overviewShare: OVERVIEW_SHARE,
      reconnectMs: RECONNECT_MS,
      dropMeanMs: o.streamDropMeanMs,
      seed: `${o.seed}/streams`,
      reportEveryMs: Math.min(o.sampleEveryMs, 5000),
    })

    const windows: FaultWindow[] =
      o.outageEveryMs > 0 ? [{ kind: 'outage', atMs: o.outageEveryMs, forMs: o.outageForMs, everyMs: o.outageEveryMs, source: { file: '--outage-every', line: 0 } }] : []
    timeline = new FaultTimeline(windows, rng.fork('faults'), { proxy: env.proxy, emulator: env.emulator.faults }, now)
    timeline.onChange((active) => log(`faults: ${active.join(' + ') || 'none'}`))
    const ctx: SessionContext = {
      client,
      now,
      pace: o.pace,
      accountSid,
      admin: channel,
      adminUnavailable: 'the admin channel closed',
      onFailure: (failure) => failures.push(failure),
    }
    pool = new CallPool({ scenarios: o.scenarios, concurrency: o.concurrency, rng: rng.fork('calls'), ctx, rampMs: RAMP_SIMULATED_MS * o.pace, onFailure: (f) => failures.push(f) })

    log(`load started: ${o.concurrency} calls in flight, ${o.streams} admin streams, ${windows.length > 0 ? `outage of ${o.outageForMs / 1000} s every ${o.outageEveryMs / 60_000} min` : 'no outages'}, for ${o.loadMs / 60_000} min`)
    timeline.start()
    pool.start()
    sampler.start()
    const warmTimer = setTimeout(() => snapshot('end of warm-up'), o.warmUpMs)
    const progress = setInterval(() => log(progressLine(sampler?.samples.at(-1), pool, failures.length, group?.latest ?? null)), 15_000)
    await sleep(o.loadMs, undefined, { signal: AbortSignal.any([crashed.signal, ...(o.stopLoad ? [o.stopLoad] : [])]) }).catch(() => undefined)
    clearTimeout(warmTimer)
    clearInterval(progress)
    const loadMs = now()
    snapshot('end of load')
    timeline.stop()
    log(`load stopped after ${clock(loadMs)}; faults cleared; waiting for the ${pool.inFlight} call(s) in flight to finish`)
    await pool.stop()
    const callsDoneMs = now()
    const streams = await group.close()
    group = null
    await channel.close()
    channel = null
    log(`calls finished, admin streams closed; waiting for the calls to be archived (grace ${o.archiveGraceMs / 1000} s) and mirrored`)

    let archived = false
    let drainWaitedMs = 0
    let drained = false
    if (!crashed.signal.aborted) {
      archived = await waitFor(origin, (h) => h.active === 0, o.archiveGraceMs * 1.5 + 30_000)
      const drainStarted = performance.now()
      drained = await waitFor(origin, (h) => h.pending === 0, o.drainTimeoutMs)
      drainWaitedMs = Math.round(performance.now() - drainStarted)
      if (!drained) failures.push(failureOf(null, 'infrastructure', `the mirror did not drain within ${o.drainTimeoutMs} ms after the faults cleared`))
    }
    const quietMs = now()
    snapshot('quiet')

    // Closed sockets take a moment to leave the process: poll until Aurora's own fds are back
    // within the tolerance (or give up after 30 s and report what is left).
    const settleStarted = performance.now()
    let fdsEnd = await fdBreakdown(aurora.pid, env.port, env.dataDir)
    while (fdsEnd && fdsStart && ownFds(fdsEnd) > ownFds(fdsStart) + o.thresholds.fdTolerance && performance.now() - settleStarted < 30_000) {
      await sleep(1000)
      fdsEnd = await fdBreakdown(aurora.pid, env.port, env.dataDir)
    }
    const settleMs = Math.round(performance.now() - settleStarted)
    const endSample = await sampler.sample()
    await sampler.stop()
    sampler.samples.push(endSample)
    const serverLatency = crashed.signal.aborted ? null : await fetchServerLatency(origin)
    const heapSnapshots = o.heapSnapshots ? (await readdir(heapSnapshotDir)).filter((f) => f.endsWith('.heapsnapshot')).sort() : []

    log('reading Firebase, then stopping Aurora and reading its journal')
    let firebaseTree: Tree | null = null
    try {
      firebaseTree = await env.readFirebase()
    } catch (err) {
      failures.push(failureOf(null, 'infrastructure', `reading Firebase failed: ${(err as Error).message}`))
    }
    stopping = true
    const exit = await aurora.stop()
    if (auroraProblem === null && exit.code !== 0) auroraProblem = `Aurora exited with code ${exit.code} (signal ${exit.signal}) when stopped; see aurora.log`
    let localTree: Tree | null = null
    try {
      localTree = await env.readLocal()
    } catch (err) {
      failures.push(failureOf(null, 'infrastructure', `reading the local store failed: ${(err as Error).message}`))
    }

    const calls = pool.calls
    const local: Layer | null = localTree ? { name: 'local', calls: callViews(localTree) } : null
    const firebase: Layer | null = firebaseTree ? { name: 'firebase', calls: callViews(firebaseTree) } : null
    const outcome = checkRun(calls, [local, firebase].filter((l): l is Layer => l !== null), { local: localTree, firebase: firebaseTree })
    failures.push(...outcome.failures)
    const otherFailures: Record<string, number> = {}
    for (const f of failures) {
      if (f.kind === 'lost-turn' || f.kind === 'duplicate-turn' || f.kind === 'tree-mismatch') continue
      otherFailures[f.kind] = (otherFailures[f.kind] ?? 0) + 1
    }

    const samples = sampler.samples
    const mib = (b: number | null | undefined): number | null => (b === null || b === undefined ? null : Math.round((b / MiB) * 10) / 10)
    const during = samples.filter((s) => s.t >= 0 && s.t <= loadMs)
    // The journal keeps its most recent records in memory (a bounded cache, DEFAULT_CACHE_RECORDS
    // in src/store/local-store.ts): until it is full, RSS grows with it by design, so the slope
    // that says "leak" is taken once it has stopped growing.
    const cacheFullMs = plateauAt(during.map((s) => ({ t: s.t, size: s.cachedRecords })))
    const fitFromMs = Math.max(o.warmUpMs, cacheFullMs ?? loadMs)
    const fitOf = (fromMs: number, pick: (s: SoakSample) => number | null): Fit | null =>
      leastSquares(during.filter((s) => s.t >= fromMs).flatMap((s) => (pick(s) === null ? [] : [{ x: s.t / 60_000, y: (pick(s) as number) / MiB }])))
    const rssFit = fitOf(fitFromMs, (s) => s.rssBytes)
    const cachedAtEnd = during.at(-1)?.cachedRecords ?? null
    const rssNotJudged =
      cacheFullMs === null
        ? `the journal's record cache was still filling at the end of the load (${cachedAtEnd ?? '?'} records), and RSS grows with it by design until it is full (about 8 min at 100 calls in flight); run longer`
        : (rssFit?.points ?? 0) < MIN_FIT_SAMPLES
          ? `only ${rssFit?.points ?? 0} samples between ${clock(fitFromMs)} (warm-up and the journal cache full) and the end of the load; run longer`
          : null
    const rssValues = samples.flatMap((s) => (s.rssBytes === null ? [] : [s.rssBytes]))
    const atOrAfter = (t: number): SoakSample | undefined => samples.find((s) => s.t >= t)
    const localTreeBytes = localTree ? Buffer.byteLength(JSON.stringify(localTree)) : null
    const retainedCalls = local?.calls.size ?? 0
    const latencySamples = collectSamples(calls, timeline.applied)
    const turns = {
      acknowledged: outcome.acknowledgedTurns,
      local: local ? countTurns(calls, local) : null,
      firebase: firebase ? countTurns(calls, firebase) : null,
    }
    const fdsStartOwn = fdsStart ? ownFds(fdsStart) : null
    const checks = judge(
      {
        acknowledgedTurns: outcome.acknowledgedTurns,
        local: turns.local,
        firebase: turns.firebase,
        treesEqual: outcome.treesEqual,
        drained,
        rssFit,
        rssWindow: `from ${clock(fitFromMs)} (${cacheFullMs !== null && cacheFullMs > o.warmUpMs ? 'the journal cache full' : 'end of warm-up'}) to the end of the load`,
        rssNotJudged,
        fdsStart,
        fdsEnd,
        streamsRequested: o.streams,
        streams: streams?.stats ?? null,
        otherFailures,
        auroraProblem,
      },
      o.thresholds,
    )
    const ok = checks.every((c) => c.ok || !c.gating)
    keepData = !ok
    const loads = samples.filter((s) => s.t >= 0 && s.t <= loadMs).map((s) => s.load1)
    return {
      ok,
      checks,
      seed: o.seed,
      startedAt: startedAt.toISOString(),
      aurora: { pid: aurora.pid, url: origin, dataDir: env.dataDir, keptDataDir: keepData },
      timing: { loadMs: Math.round(loadMs), callsDoneMs: Math.round(callsDoneMs), quietMs: Math.round(quietMs), endMs: Math.round(now()), archived, drainWaitedMs },
      samples,
      faults: timeline.applied,
      fds: { start: fdsStart, end: fdsEnd, ownStart: fdsStartOwn, ownEnd: fdsEnd ? ownFds(fdsEnd) : null, settleMs },
      rss: {
        fit: rssFit,
        fitFromMs,
        cacheFullMs,
        notJudged: rssNotJudged,
        afterWarmUpFit: fitOf(o.warmUpMs, (s) => s.rssBytes),
        heapTotalFit: fitOf(fitFromMs, (s) => s.heapTotalBytes),
        heapFit: fitOf(fitFromMs, (s) => s.heapUsedBytes),
        startMiB: mib(startSample.rssBytes),
        warmMiB: mib(atOrAfter(o.warmUpMs)?.rssBytes),
        loadEndMiB: mib(atOrAfter(loadMs)?.rssBytes),
        endMiB: mib(endSample.rssBytes),
        peakMiB: rssValues.length > 0 ? mib(Math.max(...rssValues)) : null,
      },
      retained: { localTreeBytes, calls: retainedCalls, bytesPerCall: localTreeBytes !== null && retainedCalls > 0 ? Math.round(localTreeBytes / retainedCalls) : null },
      calls: {
        scenarioPlays: pool.jobs,
        placed: calls.length,
        ended: calls.filter((c) => c.endedAt !== null).length,
        webhooks: calls.reduce((n, c) => n + c.webhooks.length, 0),
        acknowledgedTurns: outcome.acknowledgedTurns,
      },
      turns,
      treesEqual: outcome.treesEqual,
      differences: outcome.differences,
      latency: summarize(latencySamples),
      latencyWindows: windowStats(
        latencySamples.filter((s) => s.measure === 'caller_latency').map((s) => ({ x: s.t, y: s.ms })),
        LATENCY_WINDOW_MS,
        0,
        Math.max(callsDoneMs, LATENCY_WINDOW_MS),
      ),
      serverLatency,
      streams,
      failures,
      loadAverage: { start: loadStart.map(round2), end: loadavg().map(round2), meanDuringLoad: loads.length > 0 ? round2(loads.reduce((a, b) => a + b, 0) / loads.length) : null },
      heapSnapshots,
    }
  } finally {
    timeline?.stop()
    await pool?.stop().catch(() => undefined)
    await sampler?.stop().catch(() => undefined)
    await group?.close().catch(() => undefined)
    await channel?.close().catch(() => undefined)
    stopping = true
    await env.close(keepData)
  }
}

/** Acknowledged turns of one layer: present exactly once, lost, duplicated (final-check.ts's rules). */
function countTurns(calls: readonly CallRecord[], layer: Layer): TurnCount {
  const outcome = checkRun(calls, [layer], { local: null, firebase: null })
  return { found: outcome.acknowledgedTurns - outcome.lostTurns - outcome.duplicateTurns, lost: outcome.lostTurns, duplicated: outcome.duplicateTurns }
}

interface HealthView {
  active: number | null
  pending: number | null
}

/** Polls GET /health (on a connection of its own) until `done` holds; false at the deadline. */
async function waitFor(origin: string, done: (h: HealthView) => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    try {
      const body = await getJson(`${origin}/health`)
      const calls: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'calls') : null
      const mirror: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'mirror') : null
      const active: unknown = typeof calls === 'object' && calls !== null ? Reflect.get(calls, 'active') : null
      const pending: unknown = typeof mirror === 'object' && mirror !== null ? Reflect.get(mirror, 'pending') : null
      if (done({ active: typeof active === 'number' ? active : null, pending: mirror === null ? 0 : typeof pending === 'number' ? pending : null })) return true
    } catch {
      // Not answering: keep polling until the deadline.
    }
    if (performance.now() > deadline) return false
    await sleep(500)
  }
}

/** A session of its own for the stream group (the admin channel keeps its cookie private). */
async function login(origin: string, token: string): Promise<string> {
  const response = await fetch(`${origin}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, name: 'aurora-soak-streams' }),
  })
  await response.text()
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.includes('='))
    .join('; ')
  if (response.status !== 200 || cookie === '') throw new Error(`POST /api/login answered ${response.status} without a session cookie`)
  return cookie
}

function progressLine(sample: SoakSample | undefined, pool: CallPool | null, failures: number, streams: GroupReport | null): string {
  const mib = (b: number | null | undefined): string => (b === null || b === undefined ? '?' : `${Math.round(b / MiB)} MiB`)
  const open = streams ? streams.open.overview + streams.open.conversation : '?'
  return [
    `${pool?.inFlight ?? 0} calls in flight (${pool?.calls.length ?? 0} placed)`,
    `${open} streams open`,
    `RSS ${mib(sample?.rssBytes)}, heap ${mib(sample?.heapUsedBytes)}`,
    `${sample?.fds ?? '?'} fds`,
    `loop p99 ${sample?.loopP99Ms ?? '?'} ms`,
    `mirror pending ${sample?.mirrorPending ?? '?'}`,
    `faults ${sample?.phase ?? '?'}`,
    `${failures} failure(s)`,
    `load ${sample?.load1 ?? '?'}`,
  ].join(', ')
}

export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

