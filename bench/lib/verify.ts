// The end of the run: did every acknowledged webhook survive, in both layers? For each Aurora:
//   1. wait (bounded) until its mirror has nothing pending, so "not there yet" is not "lost";
//   2. check every segment's ledger against Firebase (firebase-side.ts does it next to the data);
//   3. stop Aurora gracefully, open its journal the way a restart would, and check the same
//      ledgers against it: a miss there is a turn acknowledged to the caller but never durable;
//   4. compare every call, conversation and history entry of the journal with Firebase's copy
//      ("Firebase converges to the local store", on the whole tree, not only on what we sent).

import { createHash } from 'node:crypto'
import { openStore } from '../../src/store/index.js'
import type { AckedCall } from './call-mix.js'
import type { FirebaseSide } from './firebase-side-control.js'
import { canonicalHashes, compareHashes, countTraces, indexTree, type TraceCheck, type TreeComparison } from './firebase-traces.js'
import type { BenchContext, SegmentTraces } from './segment.js'
import { waitForMirror } from './server-probe.js'
import type { AuroraTarget } from './targets.js'

/** The last chance for a slow mirror to catch up before its layer is judged. */
const FINAL_CONVERGE_MS = 60_000

export interface FinalCheck extends TreeComparison {
  /** Whether Firebase had caught up when it was checked (if not, misses there may be "not yet"). */
  converged: { drained: boolean; ms: number; pending: number }
  /** How the graceful stop went: a non-zero code is reported, and the journal is still read (it survives crashes). */
  stop: { code: number | null; signal: string | null; ms: number; lastOutput?: string[] }
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64')

export async function verifyRun(
  ctx: BenchContext,
  targets: readonly AuroraTarget[],
): Promise<{ traces: Map<string, SegmentTraces>; final: Record<string, FinalCheck | { error: string }> }> {
  const traces = new Map<string, SegmentTraces>()
  // In parallel: separate processes, data dirs and namespaces, and most of it is waiting (the
  // mirrors, the graceful stops); the benchmarking is over, so nothing measured is disturbed.
  // The report lists the targets in the order given, whichever finishes first.
  const checks = await Promise.all(
    targets.map((target) =>
      verifyTarget(ctx.firebase, target, ledgerBatches(ctx, target), traces).catch((err: unknown) => ({ error: (err as Error).message })),
    ),
  )
  const final = Object.fromEntries(targets.map((target, i) => [target.name, checks[i] as FinalCheck | { error: string }]))
  return { traces, final }
}

function ledgerBatches(ctx: BenchContext, target: AuroraTarget): { key: string; calls: AckedCall[] }[] {
  return [...ctx.ledgers].filter(([, entry]) => entry.target === target).map(([key, entry]) => ({ key, calls: entry.ledger.calls }))
}

async function verifyTarget(
  firebase: FirebaseSide,
  target: AuroraTarget,
  batches: { key: string; calls: AckedCall[] }[],
  traces: Map<string, SegmentTraces>,
): Promise<FinalCheck> {
  const converged = await waitForMirror(target.origin, FINAL_CONVERGE_MS)
  const inFirebase: Record<string, TraceCheck> = await firebase.check(target.namespace, batches)
  const exit = await target.stopGracefully()
  const stop = { code: exit.code, signal: exit.signal, ms: Math.round(exit.ms), ...(exit.code === 0 ? {} : { lastOutput: exit.lastOutput }) }
  const store = await openStore({ dir: target.dataDir, snapshotOnClose: false })
  try {
    const tree = { active_calls: store.get('active_calls'), active_conversations: store.get('active_conversations'), call_history: store.get('call_history') }
    const index = indexTree(tree)
    for (const { key, calls } of batches) traces.set(key, { firebase: inFirebase[key] ?? null, journal: countTraces(index, calls) })
    return { ...compareHashes(canonicalHashes(tree, sha1), await firebase.hashes(target.namespace)), converged, stop }
  } finally {
    await store.close()
  }
}
