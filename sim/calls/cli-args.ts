// Command-line options of `npm run sim` (sim/calls/cli.ts). Pure: argv and env in, options or a
// usage error out, so it is tested without starting anything.

import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { REPO_ROOT } from './aurora-process.js'

export const USAGE = `Usage: npm run sim -- [files or globs] [options]

Plays scenario files (default: sim/scenarios/*.yaml) against Aurora as Twilio would, while
watching Firebase and the admin streams, and checks every expectation and every turn.

  --calls N             scenario plays in total (default: each scenario once)
  --concurrency C       scenario plays at the same time (default 16)
  --seed S              seed for order, CallSids, pauses, jitter and fault timing (default "aurora")
  --pace X              scale of every simulated wait and fault time (1 = real time; default 1)
  --faults NAME|FILE    add a fault profile (sim/scenarios/faults/NAME.yaml, or a file); repeatable
  --report DIR          write report.json and report.html there (default sim-reports/<time>)
  --aurora child|inprocess  how to start Aurora when no --target (default child)
  --target URL          drive a running Aurora instead (no faults are injected)
    --public-url URL    the PUBLIC_URL it signs webhooks with (default: --target)
    --auth-token T      its TWILIO_AUTH_TOKEN (default: $TWILIO_AUTH_TOKEN)
    --admin-token T     its ADMIN_TOKEN, to watch the admin streams (default: $ADMIN_TOKEN)
    --firebase H:P      the RTDB emulator it mirrors to (default: $FIREBASE_DATABASE_EMULATOR_HOST)
    --namespace NS      its database namespace (default: <$FIREBASE_PROJECT_ID or demo-aurora>-default-rtdb)
  --ramp-ms MS          spread of the first wave's start (simulated ms, default 4000)
  --mirror-deadline-ms MS  MIRROR_BATCH_DEADLINE_MS for the Aurora the simulator starts
  --drain-timeout-ms MS how long to wait for the mirror to drain at the end (default 60000)
  --no-admin-watch      don't log in to the admin API or follow its streams (no admin delay)
  --no-progress         no progress bar
  -h, --help            this text

Exit code: 0 all passed, 1 a failed expectation or a lost turn, 2 bad usage or scenario file.`

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * The argv step of a CLI: a UsageError prints its reason and the usage (exit code 2), --help the
 * usage (exit code 0); otherwise the options. Other errors are bugs and propagate.
 */
export function parseOrExitCode<T extends { help: boolean }>(parse: () => T, usage: string): T | number {
  let options: T
  try {
    options = parse()
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${usage}\n`)
      return 2
    }
    throw err
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  return options
}

export interface CliOptions {
  files: string[]
  calls?: number
  concurrency: number
  seed: string
  pace: number
  faultProfiles: string[]
  reportDir: string
  aurora: 'child' | 'inprocess'
  target?: { url: string; publicUrl?: string; authToken: string; adminToken: string | null; firebase: { hostPort: string; namespace: string; projectId: string } | null }
  rampMs: number
  mirrorDeadlineMs?: number
  drainTimeoutMs: number
  progress: boolean
  watchAdmin: boolean
  help: boolean
}

export const DEFAULT_SCENARIO_GLOB = 'sim/scenarios/*.yaml'
export const FAULT_PROFILE_DIR = 'sim/scenarios/faults'

export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>, now: Date = new Date()): CliOptions {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const v = parsed.values
  if (v.help) return { ...defaults(now), help: true }
  const number = (name: string, value: string | undefined, min: number, integer = true): number | undefined => {
    if (value === undefined) return undefined
    const n = Number(value)
    if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got "${value}"`)
    }
    return n
  }
  const aurora = v.aurora ?? 'child'
  if (aurora !== 'child' && aurora !== 'inprocess') throw new UsageError(`--aurora must be child or inprocess, got "${aurora}"`)
  const base = defaults(now)
  const options: CliOptions = {
    ...base,
    files: expandFiles(parsed.positionals.length > 0 ? parsed.positionals : [DEFAULT_SCENARIO_GLOB]),
    concurrency: number('concurrency', v.concurrency, 1) ?? base.concurrency,
    seed: v.seed ?? base.seed,
    pace: number('pace', v.pace, 0, false) ?? base.pace,
    faultProfiles: (v.faults ?? []).map(resolveProfile),
    reportDir: v.report ?? base.reportDir,
    aurora,
    rampMs: number('ramp-ms', v['ramp-ms'], 0) ?? base.rampMs,
    drainTimeoutMs: number('drain-timeout-ms', v['drain-timeout-ms'], 1) ?? base.drainTimeoutMs,
    progress: !v['no-progress'],
    watchAdmin: !v['no-admin-watch'],
  }
  const calls = number('calls', v.calls, 1)
  if (calls !== undefined) options.calls = calls
  const deadline = number('mirror-deadline-ms', v['mirror-deadline-ms'], 100)
  if (deadline !== undefined) options.mirrorDeadlineMs = deadline

  const targetOnly = ['public-url', 'auth-token', 'admin-token', 'firebase', 'namespace'] as const
  if (v.target === undefined) {
    const stray = targetOnly.filter((k) => v[k] !== undefined)
    if (stray.length > 0) throw new UsageError(`--${stray.join(', --')} only apply with --target`)
    return options
  }
  let targetUrl: URL
  try {
    targetUrl = new URL(v.target)
  } catch {
    throw new UsageError(`--target must be a URL such as http://127.0.0.1:3000, got "${v.target}"`)
  }
  const authToken = v['auth-token'] ?? env.TWILIO_AUTH_TOKEN
  if (!authToken) throw new UsageError('--target needs the TWILIO_AUTH_TOKEN Aurora checks signatures with (--auth-token or $TWILIO_AUTH_TOKEN)')
  const firebaseHost = v.firebase ?? env.FIREBASE_DATABASE_EMULATOR_HOST
  if (firebaseHost !== undefined && !/^[^\s/]+:\d{1,5}$/.test(firebaseHost)) throw new UsageError(`--firebase must be host:port, got "${firebaseHost}"`)
  const projectId = env.FIREBASE_PROJECT_ID ?? 'demo-aurora'
  options.target = {
    url: targetUrl.origin,
    ...(v['public-url'] !== undefined ? { publicUrl: v['public-url'] } : {}),
    authToken,
    adminToken: v['admin-token'] ?? env.ADMIN_TOKEN ?? null,
    firebase: firebaseHost ? { hostPort: firebaseHost, namespace: v.namespace ?? `${projectId}-default-rtdb`, projectId } : null,
  }
  return options
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      calls: { type: 'string' },
      concurrency: { type: 'string' },
      seed: { type: 'string' },
      pace: { type: 'string' },
      faults: { type: 'string', multiple: true },
      report: { type: 'string' },
      aurora: { type: 'string' },
      target: { type: 'string' },
      'public-url': { type: 'string' },
      'auth-token': { type: 'string' },
      'admin-token': { type: 'string' },
      firebase: { type: 'string' },
      namespace: { type: 'string' },
      'ramp-ms': { type: 'string' },
      'mirror-deadline-ms': { type: 'string' },
      'drain-timeout-ms': { type: 'string' },
      'no-progress': { type: 'boolean' },
      'no-admin-watch': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

function defaults(now: Date): CliOptions {
  return {
    files: [],
    concurrency: 16,
    seed: 'aurora',
    pace: 1,
    faultProfiles: [],
    reportDir: join('sim-reports', now.toISOString().replace(/[:.]/g, '-')),
    aurora: 'child',
    rampMs: 4000,
    drainTimeoutMs: 60_000,
    progress: true,
    watchAdmin: true,
    help: false,
  }
}

/** A profile name (sim/scenarios/faults/NAME.yaml) or a path. */
function resolveProfile(value: string): string {
  if (/[/\\]|\.ya?ml$/.test(value)) return value
  return join(REPO_ROOT, FAULT_PROFILE_DIR, `${value}.yaml`)
}

/**
 * Files and globs to files, sorted within each glob. Globs may use * and ? in the file name only
 * (the shell usually expands them before we see them; this covers quoted globs and npm scripts).
 */
export function expandFiles(patterns: readonly string[], cwd: string = process.cwd()): string[] {
  const files: string[] = []
  for (const pattern of patterns) {
    if (!/[*?]/.test(pattern)) {
      files.push(pattern)
      continue
    }
    const dir = dirname(pattern)
    if (/[*?]/.test(dir)) throw new UsageError(`"${pattern}": wildcards are only supported in the file name`)
    const re = new RegExp(`^${basename(pattern).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`)
    let names: string[]
    try {
      names = readdirSync(resolve(cwd, dir))
    } catch {
      throw new UsageError(`"${pattern}": no such directory ${dir}`)
    }
    const matched = names.filter((n) => re.test(n) && statSync(resolve(cwd, dir, n)).isFile()).sort()
    if (matched.length === 0) throw new UsageError(`"${pattern}" matches no file`)
    files.push(...matched.map((n) => join(dir, n)))
  }
  return [...new Set(files)]
}
