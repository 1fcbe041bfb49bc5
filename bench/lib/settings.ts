// Options of `npm run bench` (bench/run.ts). Pure: argv in, settings or a usage error out.

import { parseArgs } from 'node:util'

export const USAGE = `Usage: npm run bench -- [options]

Runs Aurora (child process, fresh data dir) behind the RTDB emulator and a TCP fault proxy, plus
the naive design (MIRROR_MODE=inline) and a bare-Fastify ceiling, under signed Twilio webhooks:
latency at a fixed rate and throughput at saturation, each condition alternating in rounds.

  --quick               under a minute: 1 round, short segments, a 10 s outage, and without the
                        naive design's slow conditions (lagging, down), which wait out the timeout
  --rounds N            rounds of every alternating condition (default 2; --quick 1)
  --segment-ms MS       length of each fixed-rate and saturation segment (default 1500; --quick 1200)
  --rate R              requests per second of the fixed-rate segments (default 1000)
  --connections C       autocannon connections at saturation (default 50)
  --outage-ms MS        the drain extra's Firebase outage (default 60000; --quick 10000)
  --drain-rate R        requests per second during the drain extra (default 500: a webhook commits
                        about two journal records, so about the store's 1,000 changes/s)
  --extras LIST         comma list of drain, journal, sse, or none (default drain; journal and sse
                        run the other benches, bench/journal-commit.bench.ts (~20 s) and
                        bench/sse-fanout.bench.ts (~45 s), which do not fit the 3-minute budget)
  --compare FILE        print the difference with an earlier bench/results/*.json at the end
  --compare-only FILE   compare FILE (older) with --to FILE (newer) without running anything
  --to FILE             the newer file for --compare-only
  --render FILE         print FILE's report as markdown (for bench/README.md) without running anything
  --seed S              seed for the calls (default "aurora-bench")
  --no-progress         no progress line on stderr
  -h, --help            this text

Writes bench/results/<timestamp>.json and .md. Exit code 0 unless the run itself failed; targets
are reported, never asserted.`

export type Extra = 'drain' | 'journal' | 'sse'
const EXTRAS: readonly Extra[] = ['drain', 'journal', 'sse']

export interface BenchSettings {
  quick: boolean
  rounds: number
  segmentMs: number
  rate: number
  connections: number
  /** Calls in progress at once in the fixed-rate segments. */
  concurrentCalls: number
  /** Client timeout: a webhook unanswered this long counts as a timeout (Twilio itself waits 15 s). */
  timeoutMs: number
  /** +latency per direction on the proxy in the `lag` condition. */
  lagMs: number
  /** Down/up half-period of the `flap` condition. */
  flapMs: number
  /** The naive design's slow conditions run once: sending window (the 10 s timeout comes on top). */
  naiveWindowMs: number
  /** Run the naive design's lagging and down conditions (not in --quick). */
  naiveSlow: boolean
  outageMs: number
  /** Requests per second during the drain extra. */
  drainRate: number
  extras: Extra[]
  compare: string | null
  compareOnly: { older: string; newer: string } | null
  render: string | null
  seed: string
  progress: boolean
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export function parseSettings(argv: readonly string[]): BenchSettings | 'help' {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        rounds: { type: 'string' },
        'segment-ms': { type: 'string' },
        rate: { type: 'string' },
        connections: { type: 'string' },
        'outage-ms': { type: 'string' },
        'drain-rate': { type: 'string' },
        extras: { type: 'string' },
        compare: { type: 'string' },
        'compare-only': { type: 'string' },
        to: { type: 'string' },
        render: { type: 'string' },
        seed: { type: 'string', default: 'aurora-bench' },
        'no-progress': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  if (values.help) return 'help'
  const quick = values.quick === true
  const int = (name: string, raw: string | undefined, fallback: number, min: number): number => {
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got ${raw}`)
    return n
  }
  const extras = (values.extras ?? 'drain')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'none')
  for (const e of extras) if (!EXTRAS.includes(e as Extra)) throw new UsageError(`--extras: unknown "${e}" (use ${EXTRAS.join(', ')} or none)`)
  if (values['compare-only'] !== undefined && values.to === undefined) throw new UsageError('--compare-only needs --to NEWER.json')
  return {
    quick,
    rounds: int('rounds', values.rounds, quick ? 1 : 2, 1),
    segmentMs: int('segment-ms', values['segment-ms'], quick ? 1200 : 1500, 200),
    rate: int('rate', values.rate, 1000, 1),
    connections: int('connections', values.connections, 50, 1),
    concurrentCalls: 100,
    timeoutMs: 10_000,
    lagMs: 500,
    flapMs: 1000,
    naiveWindowMs: 500,
    naiveSlow: !quick,
    outageMs: int('outage-ms', values['outage-ms'], quick ? 10_000 : 60_000, 1000),
    drainRate: int('drain-rate', values['drain-rate'], 500, 1),
    extras: extras as Extra[],
    compare: values.compare ?? null,
    compareOnly: values['compare-only'] !== undefined && values.to !== undefined ? { older: values['compare-only'], newer: values.to } : null,
    render: values.render ?? null,
    seed: values.seed ?? 'aurora-bench',
    progress: values['no-progress'] !== true,
  }
}
