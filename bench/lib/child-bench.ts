// Extras that belong to other benches (each makes its own claim in its own file): run them as
// they are, in a child process after the main conditions, and keep their output. A few figures
// are picked out of the text for the summary; if a file's wording changes they read "n/a" and the
// raw output is still in the JSON.

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../sim/calls/aurora-process.js'

export interface ChildBenchResult {
  file: string
  available: boolean
  env: Record<string, string>
  exitCode: number | null
  ms: number
  figures: Record<string, number | null>
  output: string
}

interface ChildBenchSpec {
  file: string
  env: Record<string, string>
  figures: Record<string, RegExp>
  timeoutMs: number
}

export const JOURNAL_BENCH: ChildBenchSpec = {
  file: 'bench/journal-commit.bench.ts',
  // Fewer rounds than its own default: the 10 vs 10,000 ratio, not its full report, fits here.
  env: { ROUNDS: '3', TURNS: '100', SEED_TURNS: '5' },
  figures: {
    p50At10Ms: /journal @ 10\s+p50 ([\d.]+) ms/,
    p99At10Ms: /journal @ 10\s+p50 [\d.]+ ms\s+p99 ([\d.]+) ms/,
    p50At10000Ms: /journal @ 10000\s+p50 ([\d.]+) ms/,
    p99At10000Ms: /journal @ 10000\s+p50 [\d.]+ ms\s+p99 ([\d.]+) ms/,
    p50Ratio: /ratio 10,000 \/ 10: p50 ([\d.]+)x/,
    p99Ratio: /ratio 10,000 \/ 10: p50 [\d.]+x, p99 ([\d.]+)x/,
  },
  timeoutMs: 180_000,
}

export const SSE_BENCH: ChildBenchSpec = {
  file: 'bench/sse-fanout.bench.ts',
  env: { STREAMS: '1000', ROUNDS: '1', TURNS: '100' },
  figures: {
    fanoutP50Ms: /fan-out delay[^:]*: p50 ([\d.]+) ms/,
    fanoutP99Ms: /fan-out delay[^:]*: p50 [\d.]+ ms, p99 ([\d.]+) ms/,
    rssGrowthMb: /RSS growth with the streams open: max ([\d.]+) MB/,
    callerP99Ratio: /caller p99 with\/without = ([\d.]+)x/,
  },
  timeoutMs: 240_000,
}

export async function runChildBench(spec: ChildBenchSpec): Promise<ChildBenchResult> {
  const base = { file: spec.file, env: spec.env, figures: {} as Record<string, number | null> }
  if (!existsSync(join(REPO_ROOT, spec.file))) return { ...base, available: false, exitCode: null, ms: 0, output: 'not available (file missing)' }
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', spec.file], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), spec.timeoutMs)
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  clearTimeout(timer)
  const figures: Record<string, number | null> = {}
  for (const [name, pattern] of Object.entries(spec.figures)) {
    const match = pattern.exec(output)
    figures[name] = match?.[1] !== undefined ? Number(match[1]) : null
  }
  return { ...base, available: true, exitCode, ms: performance.now() - started, figures, output }
}
