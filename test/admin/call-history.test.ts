import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCursor, historyEntry, mergeHistory, parseCursor, type HistoryCursor, type HistoryEntry } from '../../src/admin/call-history.js'

// Paging through the history, a page at a time, must give every ended call exactly once, newest
// first, whichever sources hold them and however many ended in the same millisecond.

const call = (id: string, endedAt: string, extra: Partial<HistoryEntry> = {}): HistoryEntry =>
  ({ call_id: id, conversation_id: `conv_${id}`, instance_id: 'a1', status: 'ENDED', ended_at: endedAt, ...extra }) as HistoryEntry

const before = (cursor: HistoryCursor | undefined) => (e: HistoryEntry) =>
  !cursor || e.ended_at! < cursor.endedAt || (e.ended_at === cursor.endedAt && e.call_id < cursor.callId)
const newest = (a: HistoryEntry, b: HistoryEntry) => (b.ended_at! === a.ended_at! ? b.call_id.localeCompare(a.call_id) : b.ended_at!.localeCompare(a.ended_at!))

describe('mergeHistory', () => {
  it('pages through every call once, newest first, across sources that overlap (property)', () => {
    const entries = fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^call_[a-z0-9]{1,6}$/), second: fc.integer({ min: 0, max: 5 }), where: fc.constantFrom('live', 'memory', 'firebase', 'memory+firebase') }),
      { selector: (e) => e.id, maxLength: 40 },
    )
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 7 }), (all, limit) => {
        const at = (s: number) => `2026-11-30T10:00:0${s}.000Z`
        const live = all.filter((e) => e.where === 'live').map((e) => call(e.id, at(e.second)))
        const memory = all.filter((e) => e.where.startsWith('memory')).map((e) => call(e.id, at(e.second), { archived_at: at(e.second) }))
        const firebase = all.filter((e) => e.where.endsWith('firebase')).map((e) => call(e.id, at(e.second), { archived_at: at(e.second) }))
        // What the RTDB query gives: the newest limit + 1 before the cursor.
        const query = (cursor: HistoryCursor | undefined) => firebase.filter(before(cursor)).sort(newest).slice(0, limit + 1)
        const seen: string[] = []
        let cursor: HistoryCursor | undefined
        for (let pages = 0; pages <= all.length + 1; pages++) {
          const page = mergeHistory([live, memory, query(cursor)], limit, cursor)
          expect(page.calls.length).toBeLessThanOrEqual(limit)
          seen.push(...page.calls.map((c) => c.call_id))
          if (!page.next) break
          expect(page.calls).toHaveLength(limit)
          cursor = parseCursor(page.next)
        }
        const expected = all.map((e) => call(e.id, at(e.second))).sort(newest).map((c) => c.call_id)
        expect(seen).toEqual(expected)
      }),
    )
  })

  it('prefers the archived copy of a call to its live one, and reads a cursor back as it wrote it', () => {
    const liveCopy = call('call_1', '2026-11-30T10:00:00.000Z', { last_text: 'live' })
    const archivedCopy = call('call_1', '2026-11-30T10:00:00.000Z', { last_text: 'archived', archived_at: '2026-11-30T10:10:00.000Z' })
    expect(mergeHistory([[liveCopy], [archivedCopy]], 5).calls).toEqual([archivedCopy])
    expect(mergeHistory([[archivedCopy], [liveCopy]], 5).calls).toEqual([archivedCopy])
    expect(parseCursor(formatCursor(archivedCopy))).toEqual({ endedAt: '2026-11-30T10:00:00.000Z', callId: 'call_1' })
  })
})

describe('historyEntry', () => {
  it('keeps ended calls only, without their conversation, with its message count', () => {
    const ended = { ...call('call_2', '2026-11-30T10:00:00.000Z'), archived_at: 'x', conversation: { message_count: 7, messages: {} } }
    expect(historyEntry(ended)).toEqual({ ...call('call_2', '2026-11-30T10:00:00.000Z'), archived_at: 'x', message_count: 7 })
    expect(historyEntry({ ...ended, status: 'ACTIVE' })).toBeNull()
    expect(historyEntry({ ...ended, ended_at: undefined })).toBeNull()
    expect(historyEntry({ note: 'not a call' })).toBeNull()
    expect(historyEntry(null)).toBeNull()
  })
})
