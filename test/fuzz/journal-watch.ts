// What a fuzzed request did to Aurora's journal, observed from outside: every durable record (via
// store.onDurable), which call's subtree each one touched, and whether any key it wrote is one
// Firebase would refuse. The Firebase key rules are restated here rather than imported from
// src/store/validate.ts, so the oracle does not share the code it checks.

import type { CommittedRecord, LocalStore } from '../../src/store/index.js'

/** Resolves once every commit made so far is durable (event-driven, no polling or sleeping). */
export async function untilDurable(store: LocalStore): Promise<void> {
  const target = store.stats().lastCommittedSeq
  if (store.lastDurableSeq >= target) return
  await new Promise<void>((resolve) => {
    const off = store.onDurable((record) => {
      if (record.seq >= target) {
        off()
        resolve()
      }
    })
  })
}

/** Collects durable records between take() calls. */
export class JournalWatch {
  readonly #store: LocalStore
  #records: CommittedRecord[] = []
  readonly #off: () => void

  constructor(store: LocalStore) {
    this.#store = store
    this.#off = store.onDurable((record) => this.#records.push(record))
  }

  /** The records made durable since the last take(), once every commit made so far is durable. */
  async take(): Promise<CommittedRecord[]> {
    await untilDurable(this.#store)
    const records = this.#records
    this.#records = []
    return records
  }

  stop(): void {
    this.#off()
  }
}

export interface CallRef {
  callId: string
  convId: string
}

function within(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`)
}

/** The subtrees a call owns: its active call, its conversation, and its archive entry. */
export function callRoots(call: CallRef): string[] {
  return [`active_calls/${call.callId}`, `active_conversations/${call.convId}`, `call_history/${call.callId}`]
}

/**
 * Why a record is not confined to one of `calls`: an op outside every call's subtrees, or ops
 * in the subtrees of two different calls. Empty when the record is fine.
 */
export function confinementProblems(record: CommittedRecord, calls: readonly CallRef[]): string[] {
  const owners = new Set<string>()
  const problems: string[] = []
  for (const op of record.ops) {
    const owner = calls.find((call) => callRoots(call).some((root) => within(op.path, root)))
    if (owner === undefined) problems.push(`seq ${record.seq} wrote ${JSON.stringify(op.path)}, outside ${JSON.stringify(calls.map((c) => c.callId))}`)
    else owners.add(owner.callId)
  }
  if (owners.size > 1) problems.push(`seq ${record.seq} spans calls ${[...owners].join(', ')}`)
  return problems
}

/**
 * The call an archive record moves to call_history (the background archiver's one record shape:
 * the history entry, then the active call and conversation removed), or null for any other record.
 */
export function archivedBy(record: CommittedRecord): (CallRef & { status: unknown }) | null {
  const [history, call, conversation] = record.ops
  if (record.ops.length !== 3 || history === undefined || call === undefined || conversation === undefined) return null
  const entry = history.value as { call_id?: unknown; conversation_id?: unknown; status?: unknown } | null
  if (typeof entry?.call_id !== 'string' || typeof entry.conversation_id !== 'string') return null
  const ref = { callId: entry.call_id, convId: entry.conversation_id }
  const shaped =
    history.path === `call_history/${ref.callId}` &&
    call.path === `active_calls/${ref.callId}` &&
    call.value === null &&
    conversation.path === `active_conversations/${ref.convId}` &&
    conversation.value === null
  return shaped ? { ...ref, status: entry.status } : null
}

// Firebase: keys are non-empty and have no . $ # [ ] / or ASCII control characters (0-31, 127);
// a path is at most 32 keys deep and 768 UTF-8 bytes ("/" before every key).
const FIREBASE_BAD_KEY = /[.$#[\]/\u0000-\u001f\u007f]/
const MAX_DEPTH = 32
const MAX_PATH_BYTES = 768

function keyProblem(key: string): string | null {
  if (key === '') return 'empty key'
  if (FIREBASE_BAD_KEY.test(key)) return `illegal key ${JSON.stringify(key)}`
  return null
}

/** Every key in `value` (below `keys`) that Firebase would refuse, and paths over its limits. */
export function firebaseKeyProblems(value: unknown, keys: readonly string[] = []): string[] {
  const problems: string[] = []
  const bytes = keys.reduce((sum, key) => sum + 1 + Buffer.byteLength(key, 'utf8'), 0)
  if (keys.length > MAX_DEPTH) problems.push(`/${keys.join('/')} is ${keys.length} keys deep`)
  if (bytes > MAX_PATH_BYTES) problems.push(`/${keys.join('/')} is ${bytes} bytes`)
  if (typeof value !== 'object' || value === null) return problems
  for (const [key, child] of Object.entries(value)) {
    const bad = keyProblem(key)
    if (bad !== null) problems.push(`${bad} at /${keys.join('/')}`)
    problems.push(...firebaseKeyProblems(child, [...keys, key]))
  }
  return problems
}

/** Keys Firebase would refuse in a record: in its op paths and inside the values written. */
export function recordKeyProblems(record: CommittedRecord): string[] {
  return record.ops.flatMap((op) => {
    const keys = op.path === '' ? [] : op.path.split('/')
    const pathProblems = keys.map(keyProblem).filter((p): p is string => p !== null)
    return [...pathProblems.map((p) => `${p} in op path ${JSON.stringify(op.path)}`), ...firebaseKeyProblems(op.value, keys)]
  })
}
