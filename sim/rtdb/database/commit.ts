// The one write path every source goes through: WebSocket `p`/`m`, REST, onDisconnect and
// imports. A write builds a candidate root (tree/write.ts), is checked against the rules as a
// whole (§6.4: all paths of a merge or none), then the root is swapped and listeners are told
// before the caller replies (§6.3: notify before `ok`, so a transaction sees fresh data before a
// `datastale`).

import { canWrite } from '../rules/index.js'
import { InvalidDataError, priorityTarget } from '../tree/path.js'
import { hashNode } from '../tree/hash.js'
import { nodeAt, type Path, type TreeNode } from '../tree/node.js'
import { applyMergeWithPaths, applySet, writtenPaths } from '../tree/write.js'
import { notifyListens } from '../listen/fanout.js'
import { PERMISSION_DENIED_MESSAGE, STALE_MESSAGE, STATUS } from '../protocol/status.js'
import { ruleAuth, type Identity } from './identity.js'
import type { Namespace } from './namespace.js'

export type WriteOp =
  | { readonly kind: 'set'; readonly path: Path; readonly data: unknown }
  | { readonly kind: 'merge'; readonly path: Path; readonly children: Record<string, unknown> }

export interface WriteOptions {
  readonly identity: Identity
  readonly now: number
  /** §6.3/§10: a transaction's hash of the value it was based on; mismatch means `datastale`. */
  readonly expectedHash?: string
}

export type PreparedWrite = {
  readonly ok: true
  readonly base: TreeNode | null
  readonly candidate: TreeNode | null
  /** Node paths written (a trailing `.priority` removed): what rules and fan-out look at. */
  readonly paths: readonly Path[]
}

export type WriteFailure = {
  readonly ok: false
  readonly status: typeof STATUS.permissionDenied | typeof STATUS.dataStale | typeof STATUS.invalidData
  readonly message: string
}

/** Builds and checks the candidate root without changing anything. */
export function prepareWrite(namespace: Namespace, op: WriteOp, options: WriteOptions): PreparedWrite | WriteFailure {
  const base = namespace.root
  if (options.expectedHash !== undefined && hashNode(nodeAt(base, priorityTarget(op.path) ?? op.path)) !== options.expectedHash) {
    return { ok: false, status: STATUS.dataStale, message: STALE_MESSAGE }
  }
  let candidate: TreeNode | null
  let paths: Path[]
  try {
    if (op.kind === 'set') {
      candidate = applySet(base, op.path, op.data, options.now)
      paths = writtenPaths(op.path)
    } else {
      const merged = applyMergeWithPaths(base, op.path, op.children, options.now)
      candidate = merged.root
      paths = merged.paths
    }
  } catch (error) {
    if (error instanceof InvalidDataError) return { ok: false, status: STATUS.invalidData, message: error.message }
    throw error
  }
  if (options.identity.kind !== 'owner') {
    const context = { auth: ruleAuth(options.identity), now: options.now }
    for (const path of paths) {
      if (!canWrite(namespace.rules, path, base, candidate, context)) {
        return { ok: false, status: STATUS.permissionDenied, message: PERMISSION_DENIED_MESSAGE }
      }
    }
  }
  return { ok: true, base, candidate, paths }
}

/**
 * Swaps in a prepared candidate and notifies listeners. Everything here is synchronous, so no
 * other write can slip in between prepare and apply when they are called back to back.
 */
export function applyPrepared(namespace: Namespace, prepared: PreparedWrite): void {
  if (namespace.root !== prepared.base) throw new Error('applyPrepared: the namespace changed since prepareWrite')
  namespace.root = prepared.candidate
  notifyListens(namespace.listens, prepared.base, prepared.candidate, prepared.paths)
}

export function commitWrite(namespace: Namespace, op: WriteOp, options: WriteOptions): PreparedWrite | WriteFailure {
  const prepared = prepareWrite(namespace, op, options)
  if (prepared.ok) applyPrepared(namespace, prepared)
  return prepared
}

/** Replaces the whole tree (reset, import) and tells every listener. */
export function replaceRoot(namespace: Namespace, root: TreeNode | null): void {
  const base = namespace.root
  namespace.root = root
  notifyListens(namespace.listens, base, root, [[]])
}

