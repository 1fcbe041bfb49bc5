// Command-line options of `npm run soak` (sim/soak/cli.ts). Pure: argv in, options or a usage
// error out.

import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_SCENARIO_GLOB, expandFiles, UsageError } from '../calls/cli-args.js'
import type { Thresholds } from './verdict.js'

export { UsageError }

export const USAGE = `Usage: npm run soak -- [scenario files or globs] [options]

Runs Aurora as a child process under constant load: scenario calls kept in flight (a new one
starts as one ends, from sim/scenarios/*.yaml by default), admin SSE streams kept open and
resumed with Last-Event-ID, and a Firebase outage on a schedule. Samples Aurora's RSS, fds,
event-loop delay and mirror backlog; at the end checks that RSS stayed flat after warm-up, that
no fd leaked, and that every acknowledged turn is in the journal and in Firebase exactly once.

  --minutes M             length of the load (default 10)
  --calls-concurrency N   scenario calls in flight (default 100)
  --streams N             admin SSE streams, half overview, half live calls (default 200)
  --outage-every M        minutes between Firebase outages; 0 = none (default 2)
  --outage-for S          seconds each outage lasts (default 20)
  --seed S                seed for scenario order, CallSids, pauses, stream choices (default "soak")
  --report DIR            where report.json, report.html and aurora.log go (default sim-reports/soak-<time>)
  --pace X                scale of the callers' waits (1 = real time; default 1)
  --warm-up-minutes M     samples before this are left out of the RSS slope (default 2)
  --sample-every S        seconds between samples (default 5)
  --max-rss-slope MIB     fail above this many MiB per minute after warm-up (default 2)
  --fd-tolerance N        fail when Aurora ends with more than N fds over its start (default 5)
  --archive-grace-s S     ARCHIVE_GRACE_MS for Aurora, in seconds (default 60)
  --stream-drop-s S       mean seconds before a client drops a stream and resumes it; 0 = never (default 60)
  --drain-timeout-s S     how long the mirror may take to drain at the end (default 120)
  --heap-snapshots        write Aurora heap snapshots (end of warm-up, end of load, quiet) to the report dir
  --node-options STR      NODE_OPTIONS for the Aurora child (e.g. "--inspect=127.0.0.1:9229")
  --node-flags STR        more node/V8 flags on the Aurora child's command line, for those NODE_OPTIONS
                          refuses (e.g. --node-flags="--trace-gc --trace-gc-nvp")
  -h, --help              this text

Exit code: 0 every check passed, 1 a check failed, 2 bad usage, 3 the soak itself failed.
Ctrl-C once ends the load early and still runs the checks.`

export interface SoakCliOptions {
  files: string[]
  minutes: number
  concurrency: number
  streams: number
  outageEveryMin: number
  outageForS: number
  seed: string
  reportDir: string
  pace: number
  warmUpMin: number
  sampleEveryS: number
  thresholds: Thresholds
  archiveGraceS: number
  streamDropS: number
  drainTimeoutS: number
  heapSnapshots: boolean
  nodeOptions?: string
  nodeFlags?: string[]
  help: boolean
}

export function parseSoakArgs(argv: readonly string[], now: Date = new Date()): SoakCliOptions {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const v = parsed.values
  const number = (name: keyof typeof v, fallback: number, min: number, integer = false): number => {
    const value = v[name]
    if (value === undefined) return fallback
    const n = Number(value)
    if (typeof value !== 'string' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got "${String(value)}"`)
    }
    return n
  }
  const options: SoakCliOptions = {
    files: v.help ? [] : expandFiles(parsed.positionals.length > 0 ? parsed.positionals : [DEFAULT_SCENARIO_GLOB]),
    minutes: number('minutes', 10, 0.1),
    concurrency: number('calls-concurrency', 100, 1, true),
    streams: number('streams', 200, 0, true),
    outageEveryMin: number('outage-every', 2, 0),
    outageForS: number('outage-for', 20, 1),
    seed: v.seed ?? 'soak',
    reportDir: v.report ?? join('sim-reports', `soak-${now.toISOString().replace(/[:.]/g, '-')}`),
    pace: number('pace', 1, 0.01),
    warmUpMin: number('warm-up-minutes', 2, 0),
    sampleEveryS: number('sample-every', 5, 1),
    thresholds: { maxRssSlopeMiBPerMin: number('max-rss-slope', 2, 0), fdTolerance: number('fd-tolerance', 5, 0, true) },
    archiveGraceS: number('archive-grace-s', 60, 0),
    streamDropS: number('stream-drop-s', 60, 0),
    drainTimeoutS: number('drain-timeout-s', 120, 1),
    heapSnapshots: v['heap-snapshots'] ?? false,
    ...(v['node-options'] !== undefined ? { nodeOptions: v['node-options'] } : {}),
    ...(v['node-flags'] !== undefined ? { nodeFlags: v['node-flags'].split(/\s+/).filter(Boolean) } : {}),
    help: v.help ?? false,
  }
  if (options.outageEveryMin > 0 && options.outageForS >= options.outageEveryMin * 60) {
    throw new UsageError(`--outage-for (${options.outageForS} s) must be shorter than --outage-every (${options.outageEveryMin} min)`)
  }
  return options
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      minutes: { type: 'string' },
      'calls-concurrency': { type: 'string' },
      streams: { type: 'string' },
      'outage-every': { type: 'string' },
      'outage-for': { type: 'string' },
      seed: { type: 'string' },
      report: { type: 'string' },
      pace: { type: 'string' },
      'warm-up-minutes': { type: 'string' },
      'sample-every': { type: 'string' },
      'max-rss-slope': { type: 'string' },
      'fd-tolerance': { type: 'string' },
      'archive-grace-s': { type: 'string' },
      'stream-drop-s': { type: 'string' },
      'drain-timeout-s': { type: 'string' },
      'heap-snapshots': { type: 'boolean' },
      'node-options': { type: 'string' },
      'node-flags': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
