// Pass or fail, from what the run measured: every check says what it compared, so the summary
// can print it as it is. Pure, so the thresholds are tested without a run.

import type { FdBreakdown } from './process-probe.js'
import type { StreamStats } from './stream-slot.js'
import type { Fit } from './trend.js'

export interface TurnCount {
  /** Acknowledged turns present exactly once. */
  found: number
  lost: number
  duplicated: number
}

export interface Thresholds {
  /** Least-squares RSS slope after warm-up, MiB per minute. */
  maxRssSlopeMiBPerMin: number
  /** fds Aurora may hold at the end beyond those at the start. */
  fdTolerance: number
}

export interface VerdictInput {
  acknowledgedTurns: number
  local: TurnCount | null
  firebase: TurnCount | null
  treesEqual: boolean | null
  drained: boolean
  /** RSS in MiB per minute over the steady part of the load. */
  rssFit: Fit | null
  /** What the fit covers ("from 8.8 min to the end of the load"). */
  rssWindow: string
  /** Why the RSS slope cannot be judged in this run (too short), or null. */
  rssNotJudged: string | null
  fdsStart: FdBreakdown | null
  fdsEnd: FdBreakdown | null
  /** Admin streams asked for (0: the check has nothing to judge). */
  streamsRequested: number
  streams: { overview: StreamStats; conversation: StreamStats } | null
  /**
   * Simulator failures other than lost or duplicated turns and tree mismatches, by kind. All of
   * them fail the soak except `expectation` (what the playbook says to the caller: that is
   * `npm run sim`'s to check, and it does not change with time or load).
   */
  otherFailures: Record<string, number>
  /** Why Aurora stopped badly (crashed mid-run, or a non-zero exit when stopped), or null. */
  auroraProblem: string | null
}

export interface Check {
  name: string
  ok: boolean
  detail: string
  /** False for what is reported but does not fail the soak. */
  gating: boolean
}

/**
 * The fds Aurora holds on its own account: all of them minus inbound connections still
 * ESTABLISHED, which at the end are only the load generator's idle keep-alive sockets (fetch
 * keeps them for the server's 72 s Keep-Alive hint). A socket Aurora failed to close after its
 * client went away is not ESTABLISHED but CLOSE_WAIT, and stays counted.
 */
export function ownFds(fds: FdBreakdown): number {
  return fds.total - (fds.sockets.inbound.ESTABLISHED ?? 0)
}

export function judge(input: VerdictInput, limits: Thresholds): Check[] {
  const checks: Omit<Check, 'gating'>[] = []
  const layer = (name: string, count: TurnCount | null): void => {
    checks.push(
      count === null
        ? { name: `turns in ${name}`, ok: false, detail: `${name} was not read` }
        : {
            name: `turns in ${name}`,
            ok: count.lost === 0 && count.duplicated === 0,
            detail: `${count.found}/${input.acknowledgedTurns} acknowledged turns exactly once, ${count.lost} lost, ${count.duplicated} duplicated`,
          },
    )
  }
  layer('the local store', input.local)
  layer('Firebase', input.firebase)
  checks.push({
    name: 'Firebase equals the local store',
    ok: input.treesEqual === true,
    detail: input.treesEqual === null ? 'not compared' : input.treesEqual ? 'the three call roots are identical' : 'they differ (see the differences)',
  })
  checks.push({ name: 'mirror drained', ok: input.drained, detail: input.drained ? 'nothing pending after the faults cleared' : 'records still pending at the deadline' })

  const fit = input.rssFit
  const rssNotJudged = input.rssNotJudged ?? (fit === null ? 'too few samples' : null)
  if (rssNotJudged === null && fit !== null) {
    checks.push({
      name: 'RSS flat after warm-up',
      ok: fit.slope <= limits.maxRssSlopeMiBPerMin,
      detail: `${fit.slope.toFixed(2)} ± ${(2 * fit.slopeStderr).toFixed(2)} MiB/min ${input.rssWindow} (${fit.points} samples), limit ${limits.maxRssSlopeMiBPerMin}`,
    })
  }

  if (input.fdsStart === null || input.fdsEnd === null) {
    checks.push({ name: 'no fd leak', ok: false, detail: 'fds not read (/proc unavailable or Aurora gone)' })
  } else {
    const start = ownFds(input.fdsStart)
    const end = ownFds(input.fdsEnd)
    const closeWait = input.fdsEnd.sockets.inbound.CLOSE_WAIT ?? 0
    checks.push({
      name: 'no fd leak',
      ok: end <= start + limits.fdTolerance && closeWait === 0,
      detail: `${start} at the start, ${end} at the end (tolerance ${limits.fdTolerance}; raw totals ${input.fdsStart.total} and ${input.fdsEnd.total}), ${closeWait} inbound socket(s) in CLOSE_WAIT`,
    })
  }

  if (input.streamsRequested === 0) {
    checks.push({ name: 'admin streams', ok: true, detail: 'none requested (--streams 0)' })
  } else if (input.streams === null) {
    checks.push({ name: 'admin streams', ok: false, detail: 'the stream group did not report' })
  } else {
    const s = input.streams
    const sum = (f: (x: StreamStats) => number): number => f(s.overview) + f(s.conversation)
    const httpErrors = sum((x) => Object.values(x.httpErrors).reduce((a, b) => a + b, 0))
    const problems = [
      [sum((x) => x.networkErrors), 'request(s) failed without an answer'],
      [httpErrors, `unexpected status(es) ${JSON.stringify({ ...s.overview.httpErrors, ...s.conversation.httpErrors })}`],
      [sum((x) => x.notFound), 'live conversation(s) answered 404'],
      [sum((x) => x.replayedIds), 'event(s) repeated after a Last-Event-ID resume'],
    ] as const
    const found = problems.filter(([n]) => n > 0)
    checks.push({
      name: 'admin streams',
      ok: found.length === 0 && sum((x) => x.opened) > 0,
      detail: found.length > 0 ? `${found.map(([n, what]) => `${n} ${what}`).join('; ')}; e.g. ${[...s.overview.examples, ...s.conversation.examples].slice(0, 3).join(' | ')}` : `${sum((x) => x.opened)} opened, ${sum((x) => x.resumed)} resumed with Last-Event-ID, no errors`,
    })
  }

  const other = Object.entries(input.otherFailures).filter(([kind, n]) => n > 0 && kind !== 'expectation')
  checks.push({
    name: 'calls played as scripted',
    ok: other.length === 0,
    detail: other.length === 0 ? 'no webhook, TwiML, call-state, admin or infrastructure failure' : other.map(([kind, n]) => `${n} ${kind}`).join(', '),
  })
  checks.push({ name: 'Aurora stayed up and stopped cleanly', ok: input.auroraProblem === null, detail: input.auroraProblem ?? 'exit code 0 on SIGTERM' })
  const expectations = input.otherFailures.expectation ?? 0
  return [
    ...checks.map((c) => ({ ...c, gating: true })),
    ...(rssNotJudged !== null ? [{ name: 'RSS flat after warm-up', ok: false, detail: `not judged: ${rssNotJudged}`, gating: false }] : []),
    {
      name: 'scenario expectations',
      ok: expectations === 0,
      detail: expectations === 0 ? 'every reply said what the scenario expects' : `${expectations} reply(ies) differ from the scenario's wording (not gating: run \`npm run sim\` on those scenarios)`,
      gating: false,
    },
  ]
}
