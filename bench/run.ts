// `npm run bench`: does the caller's answer stay within milliseconds while Firebase lags, and what
// does Aurora cost against the ceiling? One run on one machine, every condition side by side:
//
//   Aurora (child process, MIRROR_MODE=background)  Firebase healthy / +500 ms each way / down / flapping
//   the naive design (same server, MIRROR_MODE=inline: each commit awaits Firebase's ack)
//   the ceiling (bare Fastify + formbody, fixed TwiML, bench/lib/ceiling-server.ts)
//
// each at a fixed rate (open loop, 1,000 req/s) and at saturation (autocannon), alternating in
// rounds after a warm-up so the machine's noise hits them alike; medians over rounds. After every
// segment the fault is cleared and the mirror must catch up before the next; at the end every
// webhook the bench saw acknowledged must be in Firebase and in the journal exactly once, and each
// journal must equal Firebase. Extras: a long outage and the drain after it, and (opt-in) the
// journal-commit and SSE fan-out benches. See bench/README.md.
//
//   npm run bench                      (budget ~3 min on 2 cores, if Aurora keeps up with the rate)
//   npm run bench -- --quick           (budget < 1 min)
//   npm run bench -- --compare bench/results/<older>.json
//   npm run bench -- --help

import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { REPO_ROOT } from '../sim/calls/aurora-process.js'
import { JOURNAL_BENCH, runChildBench, SSE_BENCH, type ChildBenchResult } from './lib/child-bench.js'
import { compareReports, loadReport } from './lib/compare.js'
import { planConditions, roundOrder, type Condition, type TargetName } from './lib/conditions.js'
import { DRAIN_KEY, runDrainExtra, type DrainResult } from './lib/drain-extra.js'
import { environmentLine, readEnvironment } from './lib/environment.js'
import { startFirebaseSide, type FirebaseSide } from './lib/firebase-side-control.js'
import { Progress } from './lib/progress.js'
import { REPORT_SCHEMA, renderReport, saveReport, type BenchReport } from './lib/report.js'
import { isAurora, runSegment, type BenchContext, type SegmentResult } from './lib/segment.js'
import { parseSettings, USAGE, UsageError, type BenchSettings } from './lib/settings.js'
import { checkTargets, computeRatios, summarizeCondition } from './lib/summary.js'
import { startAuroraTarget, startCeiling, type AuroraTarget, type Target } from './lib/targets.js'
import { loadSpeechLibrary } from './lib/utterances.js'
import { verifyRun } from './lib/verify.js'

const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results')
const WARM_UP_MS = 600
/**
 * Aurora's own warm-up, at saturation: V8 optimizes a function after enough calls, not after a
 * time, and Aurora's request path is long. 600 ms at 1,000/s left it half-interpreted for the
 * first rounds: its CPU per webhook fell from about 1,000 to 550 µs over the first 25,000
 * webhooks of `bench/cpu-split.bench.ts`, and the first healthy round's p99 was 947 ms after
 * 600 ms of warm-up against 315 ms after 8 s, in two runs on the same machine.
 */
const AURORA_WARM_UP_MS = 6000

/** JIT warm-up of each server's request path, then of the autocannon client; not recorded. */
function warmUps(): { condition: Condition; ms: number }[] {
  const none = { kind: 'none' } as const
  const warmUp = (target: TargetName, load: Condition['load'], ms: number, label: string = target): { condition: Condition; ms: number } => ({
    condition: { id: `warm-up-${label}`, label: `warm-up: ${label}`, target, fault: none, load, once: false },
    ms,
  })
  return [warmUp('aurora', 'saturation', AURORA_WARM_UP_MS), warmUp('naive', 'paced', WARM_UP_MS), warmUp('ceiling', 'paced', WARM_UP_MS), warmUp('ceiling', 'saturation', WARM_UP_MS, 'autocannon')]
}

async function main(argv: string[]): Promise<number> {
  let settings: BenchSettings
  try {
    const parsed = parseSettings(argv)
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return 0
    }
    settings = parsed
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    process.stderr.write(`error: ${err.message}\n\n${USAGE}\n`)
    return 2
  }
  if (settings.render) {
    process.stdout.write(renderReport(await loadReport(settings.render), 'md'))
    return 0
  }
  if (settings.compareOnly) {
    process.stdout.write(compareReports(await loadReport(settings.compareOnly.older), await loadReport(settings.compareOnly.newer)) + '\n')
    return 0
  }
  const older = settings.compare ? await loadReport(settings.compare) : null

  const startedAt = new Date()
  const atStart = readEnvironment()
  const conditions = planConditions(settings)
  const once = conditions.filter((c) => c.once)
  const alternating = conditions.filter((c) => !c.once)
  const totalSteps = 1 + warmUps().length + settings.rounds * alternating.length + once.length + settings.extras.length + 1
  const progress = new Progress(totalSteps, { enabled: settings.progress })
  progress.note(`aurora bench: ${environmentLine(atStart)}`)

  const stops: (() => Promise<void>)[] = []
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined)
  }
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)))

  try {
    progress.step('starting the emulator + fault proxies, Aurora, the naive Aurora and the ceiling')
    const library = await loadSpeechLibrary()
    const firebase: FirebaseSide = await startFirebaseSide(['aurora', 'naive'])
    stops.push(() => firebase.stop())
    const started = await Promise.allSettled([
      startAuroraTarget({ name: 'aurora', mirrorMode: 'background', proxy: 'aurora', proxyHostPort: firebase.proxies.aurora as string, instanceId: 'benchaurora' }),
      startAuroraTarget({ name: 'naive', mirrorMode: 'inline', proxy: 'naive', proxyHostPort: firebase.proxies.naive as string, instanceId: 'benchnaive' }),
      startCeiling(),
    ])
    for (const s of started) if (s.status === 'fulfilled') stops.push(async () => {
      await s.value.stop().catch(() => undefined)
      if ('cleanup' in s.value) await (s.value as AuroraTarget).cleanup()
    })
    const failed = started.find((s) => s.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
    const [aurora, naive, ceiling] = started.map((s) => (s as PromiseFulfilledResult<Target>).value) as [AuroraTarget, AuroraTarget, Target]

    const ctx: BenchContext = { settings, targets: { aurora, naive, ceiling }, firebase, library, runId: randomBytes(4).toString('hex'), segments: 0, ledgers: new Map() }
    // A failing part is reported, not fatal: whatever was measured still makes the report.
    const errors: string[] = []
    const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
      try {
        return await fn()
      } catch (err) {
        errors.push(`${what}: ${(err as Error).message}`)
        progress.note(`error: ${what}: ${(err as Error).message}`)
        return null
      }
    }
    const segments: SegmentResult[] = []
    const run = async (condition: Condition, round: number, durationMs: number, label: string): Promise<void> => {
      progress.step(label)
      const result = await attempt(`${condition.id}, round ${round}`, () => runSegment(ctx, condition, round, durationMs))
      const target = ctx.targets[condition.target]
      if (!result) {
        if (isAurora(target)) await firebase.setFault(target.proxy, { kind: 'none' }).catch(() => undefined)
        return
      }
      if (result.converge && !result.converge.drained) progress.note(`warning: ${condition.id}: the mirror had not caught up after ${(result.converge.ms / 1000).toFixed(0)} s (${result.converge.pending} pending)`)
      segments.push(result)
    }

    for (const warm of warmUps()) await run(warm.condition, -1, warm.ms, warm.condition.label)
    for (let round = 0; round < settings.rounds; round++) {
      for (const c of roundOrder(conditions, round)) await run(c, round, settings.segmentMs, `round ${round + 1}/${settings.rounds}: ${c.load === 'paced' ? `${settings.rate}/s` : 'saturation'}, ${c.label}`)
    }
    for (const c of once) await run(c, -2, settings.naiveWindowMs, `once: ${settings.rate}/s for ${settings.naiveWindowMs} ms, ${c.label} (answers may take up to the ${settings.timeoutMs / 1000} s timeout)`)

    let drain: DrainResult | null = null
    if (settings.extras.includes('drain')) {
      progress.step(`extra: Firebase down ${settings.outageMs / 1000} s at ${settings.drainRate}/s, then the drain`)
      drain = await attempt('drain extra', () => runDrainExtra(ctx, aurora))
      await firebase.setFault(aurora.proxy, { kind: 'none' })
    }

    progress.step('verifying: every acknowledged turn in Firebase and in the journal; journal vs Firebase')
    const verified = (await attempt('verification', () => verifyRun(ctx, [aurora, naive]))) ?? { traces: new Map(), final: {} }
    for (const segment of segments) segment.traces = verified.traces.get(segment.key) ?? null
    if (drain) drain.traces = verified.traces.get(DRAIN_KEY) ?? null
    await stopAll()

    // The other benches run alone: nothing of ours is left running to disturb them.
    let journal: ChildBenchResult | null = null
    let sse: ChildBenchResult | null = null
    if (settings.extras.includes('journal')) {
      progress.step(`extra: ${JOURNAL_BENCH.file}`)
      journal = await attempt(JOURNAL_BENCH.file, () => runChildBench(JOURNAL_BENCH))
    }
    if (settings.extras.includes('sse')) {
      progress.step(`extra: ${SSE_BENCH.file}`)
      sse = await attempt(SSE_BENCH.file, () => runChildBench(SSE_BENCH))
    }
    progress.finish()

    const summaries = Object.fromEntries(conditions.map((c) => [c.id, summarizeCondition(c, segments)]))
    const ratios = computeRatios(summaries)
    const report: BenchReport = {
      schema: REPORT_SCHEMA,
      startedAt: startedAt.toISOString(),
      durationS: (Date.now() - startedAt.getTime()) / 1000,
      command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
      environment: { atStart, atEnd: readEnvironment() },
      settings,
      speech: library.source,
      conditions: summaries,
      ratios,
      targets: checkTargets(summaries, ratios, drain, segments, settings.rate),
      extras: { drain, journal, sse },
      errors,
      finalCheck: verified.final,
      segments,
    }
    process.stdout.write(renderReport(report, 'text'))
    const saved = await saveReport(report, RESULTS_DIR)
    process.stdout.write(`\nsaved ${saved.json} and ${saved.md}\n`)
    if (older) process.stdout.write(`\n${compareReports(older, report)}\n`)
    return 0
  } finally {
    await stopAll()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
