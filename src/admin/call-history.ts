import type { ActiveCall, ArchivedCall } from '../calls/model.js'
import { isCall } from './firebase-feed.js'

// The supervisors' list of ended calls, newest first, a page at a time. Three places hold them:
// ended calls still in their grace period (the live list), this instance's recent archive (in
// memory for HISTORY_IN_MEMORY_MS), and Firebase's call_history (every instance's, for good).
// A page is merged from all three, so a call just ended or archived here shows before the mirror
// has carried it, and a page is still served, marked incomplete, while Firebase is away.

/** One ended call: the call record without its conversation, and how many messages it had (archived calls). */
export type HistoryEntry = ActiveCall & { message_count?: number; archived_at?: string }

export interface HistoryPage {
  calls: HistoryEntry[]
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next?: string
  /** False when Firebase could not be read: only the calls this instance still holds are listed. */
  complete: boolean
  reason?: string
}

/** Where a page starts: calls that ended strictly before this (ended_at, call_id). */
export interface HistoryCursor {
  endedAt: string
  callId: string
}

// The cursor is "<ended_at> <call_id>": ISO timestamps and call ids hold no spaces, and the call
// id breaks ties between calls that ended in the same millisecond.
export const CURSOR_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z [A-Za-z0-9_-]{1,200}$'

export function formatCursor(entry: HistoryEntry): string {
  return `${entry.ended_at ?? ''} ${entry.call_id}`
}

export function parseCursor(cursor: string): HistoryCursor {
  const space = cursor.indexOf(' ')
  return { endedAt: cursor.slice(0, space), callId: cursor.slice(space + 1) }
}

/** An ended call (live, or archived with its conversation) as a history entry; null for anything else. */
export function historyEntry(value: unknown): HistoryEntry | null {
  if (!isCall(value) || value.status !== 'ENDED' || typeof value.ended_at !== 'string') return null
  const { conversation, ...call } = value as Partial<ArchivedCall> & ActiveCall
  return typeof conversation?.message_count === 'number' ? { ...call, message_count: conversation.message_count } : call
}

function newerFirst(a: HistoryEntry, b: HistoryEntry): number {
  const at = (b.ended_at ?? '').localeCompare(a.ended_at ?? '')
  return at !== 0 ? at : b.call_id.localeCompare(a.call_id)
}

function isBefore(entry: HistoryEntry, cursor: HistoryCursor | undefined): boolean {
  if (!cursor) return true
  const ended = entry.ended_at ?? ''
  return ended < cursor.endedAt || (ended === cursor.endedAt && entry.call_id < cursor.callId)
}

/**
 * One page from every source. An archived copy wins over a live one of the same call (it is
 * the later state). Each source must give its own newest `limit` entries before the cursor, so
 * the merged newest `limit` are right.
 */
export function mergeHistory(sources: readonly (readonly HistoryEntry[])[], limit: number, before?: HistoryCursor): Pick<HistoryPage, 'calls' | 'next'> {
  const byId = new Map<string, HistoryEntry>()
  for (const source of sources) {
    for (const entry of source) {
      if (!isBefore(entry, before)) continue
      const seen = byId.get(entry.call_id)
      if (!seen || (entry.archived_at !== undefined && seen.archived_at === undefined)) byId.set(entry.call_id, entry)
    }
  }
  const sorted = [...byId.values()].sort(newerFirst)
  const calls = sorted.slice(0, limit)
  return sorted.length > limit ? { calls, next: formatCursor(calls[calls.length - 1]!) } : { calls }
}
