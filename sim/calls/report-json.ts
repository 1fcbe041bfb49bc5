// The machine-readable report: everything the run measured and checked, with the environment it
// ran on (a number means little without the machine and the command that produced it).

import { cpus, platform, release } from 'node:os'
import type { RunResult } from './runner.js'

export interface ReportEnvironment {
  node: string
  platform: string
  cpu: string
  cores: number
  command: string
}

export function reportEnvironment(command: string): ReportEnvironment {
  const cpu = cpus()
  return { node: process.version, platform: `${platform()} ${release()}`, cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, command }
}

export function buildJsonReport(result: RunResult, environment: ReportEnvironment): unknown {
  return {
    version: 1,
    ok: result.ok,
    seed: result.seed,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    environment: { ...environment, aurora: result.environment, mode: result.mode },
    options: result.options,
    observers: { firebase: result.firebase, admin: result.admin },
    faults: result.faults,
    summary: result.summary,
    checks: { ...result.checks, failures: undefined },
    drain: result.drain,
    serverLatency: result.serverLatency,
    notes: result.notes,
    failures: result.failures,
    calls: result.calls.map((c) => ({
      index: c.index,
      job: c.job,
      scenario: c.scenario,
      label: c.label,
      callSid: c.callSid,
      from: c.from,
      conversationId: c.convId,
      startedAt: round(c.startedAt),
      endedAt: c.endedAt === null ? null : round(c.endedAt),
      hungUpMidTurn: c.hungUpMidTurn,
      webhooks: c.webhooks.map((w) => ({
        ...w,
        sentAt: round(w.sentAt),
        receivedAt: w.receivedAt === null ? null : round(w.receivedAt),
        firebaseAt: w.firebaseAt === null ? null : round(w.firebaseAt),
        firebaseLagMs: w.firebaseLagMs === null ? null : round(w.firebaseLagMs),
        adminAt: w.adminAt === null ? null : round(w.adminAt),
      })),
    })),
    samples: result.samples.map((s) => ({ ...s, t: round(s.t), ms: round(s.ms) })),
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100
}
