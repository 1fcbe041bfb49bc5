// The machine a run happened on, printed with every result and kept in its JSON: a ratio from one
// run holds up, absolute numbers only mean something next to the machine and its load.

import { execFileSync } from 'node:child_process'
import { cpus, freemem, loadavg, platform, release, totalmem, arch } from 'node:os'
import { REPO_ROOT } from '../../sim/calls/aurora-process.js'

export interface Environment {
  node: string
  os: string
  cpu: string
  cores: number
  memoryGb: number
  freeMemoryGb: number
  /** 1, 5 and 15 minute load averages. */
  loadavg: [number, number, number]
  /** The checked-out commit (uncommitted changes are not reflected). */
  commit: string | null
}

export function readEnvironment(): Environment {
  const [one = 0, five = 0, fifteen = 0] = loadavg()
  return {
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    freeMemoryGb: round(freemem() / 2 ** 30, 1),
    loadavg: [round(one, 2), round(five, 2), round(fifteen, 2)],
    commit: gitCommit(),
  }
}

export function environmentLine(env: Environment): string {
  return `node ${env.node}, ${env.cpu} x${env.cores}, ${env.memoryGb} GB, ${env.os}, load average ${env.loadavg.join(' ')}${env.commit ? `, commit ${env.commit.slice(0, 10)}` : ''}`
}

function gitCommit(): string | null {
  try {
    // rev-parse only reads; it never touches the index (unlike `git status`).
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null
  } catch {
    return null
  }
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits))
