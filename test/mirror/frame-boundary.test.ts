import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UpdateBatch, writeRecords } from '../../src/mirror/coalesce.js'
import { FRAME_SAFE_UNITS, frameSafeGroups } from '../../src/mirror/frame-safe-groups.js'
import { connectRtdb, type RtdbConnection } from '../../src/mirror/rtdb.js'
import type { CommittedRecord } from '../../src/store/index.js'
import { useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// firebase-admin's @firebase/database cuts a message over 16,384 UTF-16 units into WebSocket
// frames at fixed offsets, so an emoji across a cut reaches Firebase (Google's or ours) as two
// U+FFFD and the write is still acknowledged. writeRecords must never hand the SDK such a
// message. The batches here are what a drain after an outage sends: many turns in one write.

let rtdb: RtdbTarget
let connection: RtdbConnection

beforeAll(async () => {
  rtdb = await useRtdb()
  connection = connectRtdb({ kind: 'emulator', projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace: rtdb.namespace('frames') }, 'frames')
})

afterAll(async () => {
  await connection?.close()
  await rtdb?.stop()
})

/** Turns of one conversation, each 1,500 emoji (3,000 UTF-16 units), behind `pad` ASCII characters. */
function turns(conversation: string, pad: number, count: number): CommittedRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    ts: 1_700_000_000_000 + i,
    ops: [{ path: `active_conversations/${conversation}/messages/m${i}`, value: { role: 'caller', text: `${'x'.repeat(i === 0 ? pad : 0)}${'🔥'.repeat(1500)}` } }],
  }))
}

describe('writeRecords and the SDK frame size', () => {
  it('lands every emoji of a 40 KB batch intact, wherever the 16,384-unit cuts fall', async () => {
    const db = connection.db
    // Shifting the text by one unit at a time moves every cut across a surrogate pair's middle
    // in about half of the writes; the SDK's own request numbers shift it too.
    const conversations = Array.from({ length: 12 }, (_, pad) => ({ id: `c${pad}`, records: turns(`c${pad}`, pad, 14) }))
    for (const { records } of conversations) await writeRecords(db, records)
    for (const { id, records } of conversations) {
      const stored = (await db.ref(`active_conversations/${id}/messages`).get()).val() as Record<string, { text: string }>
      for (const [i, record] of records.entries()) {
        const expected = (record.ops[0]?.value as { text: string }).text
        expect(stored[`m${i}`]?.text === expected, `${id}/m${i} arrived changed`).toBe(true)
      }
    }
  })
})

describe('frameSafeGroups', () => {
  const payload = (records: readonly CommittedRecord[]): unknown => {
    const batch = new UpdateBatch()
    for (const record of records) for (const op of record.ops) batch.add(op)
    const write = batch.toWrite()
    return write.kind === 'set' ? write.value : write.paths
  }
  const groupsOf = (records: CommittedRecord[]) => frameSafeGroups(records, payload(records))

  it('keeps a batch whole when it fits one frame, or has nothing a cut could split', () => {
    expect(groupsOf(turns('small', 0, 5))).toHaveLength(1)
    const ascii = turns('ascii', 0, 30).map((r) => ({ ...r, ops: r.ops.map((op) => ({ ...op, value: { text: 'x'.repeat(3000) } })) }))
    expect(groupsOf(ascii)).toHaveLength(1)
  })

  it('cuts a long batch with emoji into runs of whole records, in order, each fitting one frame once coalesced', () => {
    const records = [...turns('a', 3, 20), ...turns('b', 0, 20)].map((r, i) => ({ ...r, seq: i + 1 }))
    // A later record rewriting an earlier one's field, as a call's status updates do.
    records.push({ seq: 41, ts: 1, ops: [{ path: 'active_conversations/a/messages/m0/text', value: '✅ fine' }] })
    const groups = groupsOf(records)
    expect(groups.length).toBeGreaterThan(2)
    expect(groups.flat().map((r) => r.seq)).toEqual(records.map((r) => r.seq))
    for (const group of groups) expect(JSON.stringify(payload(group)).length).toBeLessThanOrEqual(FRAME_SAFE_UNITS)
  })

  it('finds a character a cut could split in a key as well as in a value', () => {
    const keyed = turns('k', 0, 12).map((r, i) => ({ ...r, ops: [{ path: `active_conversations/k/messages/🔥${i}`, value: { text: 'x'.repeat(3000) } }] }))
    const groups = groupsOf(keyed)
    expect(groups.length).toBeGreaterThan(1)
    for (const group of groups) expect(JSON.stringify(payload(group)).length).toBeLessThanOrEqual(FRAME_SAFE_UNITS)
  })

  it('sends a record over the bound as a group of its own (a record is one atomic write)', () => {
    const big: CommittedRecord = { seq: 2, ts: 1, ops: [{ path: 'x/big', value: '🔥'.repeat(9000) }] }
    const groups = groupsOf([...turns('s', 0, 1), big, { ...turns('t', 0, 1)[0]!, seq: 3 }])
    expect(groups.map((g) => g.map((r) => r.seq))).toEqual([[1], [2], [3]])
  })
})
