import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { setIn, UpdateBatch } from '../../src/mirror/coalesce.js'
import type { Json, Op } from '../../src/store/index.js'

const runs = Number(process.env.FC_RUNS ?? 300)

// Reference model: RTDB applying each op in order to a plain JSON tree.
function applySequentially(initial: Json | null, ops: Op[]): Json | null {
  return ops.reduce<Json | null>((tree, op) => setIn(tree, op.path === '' ? [] : op.path.split('/'), op.value), initial)
}

function applyBatch(initial: Json | null, batch: UpdateBatch): Json | null {
  const write = batch.toWrite()
  if (write.kind === 'set') return write.value
  return Object.entries(write.paths).reduce<Json | null>((tree, [path, value]) => setIn(tree, path.split('/'), value), initial)
}

const key = fc.constantFrom('a', 'b', 'c')
const path = fc.array(key, { minLength: 0, maxLength: 3 }).map((segments) => segments.join('/'))
const leafValue: fc.Arbitrary<Json | null> = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 9 }), fc.constantFrom('x', 'y'))
const value: fc.Arbitrary<Json | null> = fc.oneof(
  leafValue,
  fc.dictionary(key, fc.oneof(fc.integer({ min: 0, max: 9 }), fc.dictionary(key, fc.integer({ min: 0, max: 9 }), { maxKeys: 2 })), { maxKeys: 3 }),
)
const op: fc.Arbitrary<Op> = fc.record({ path, value })

describe('UpdateBatch', () => {
  it('folds ops into one write that leaves the database as applying them in order would', () => {
    fc.assert(
      fc.property(fc.option(value, { nil: null }), fc.array(op, { maxLength: 12 }), (initial, ops) => {
        const batch = new UpdateBatch()
        for (const o of ops) batch.add(o)
        expect(applyBatch(initial, batch)).toEqual(applySequentially(initial, ops))
      }),
      { numRuns: runs },
    )
  })

  it('never sends a path together with one of its ancestors (Firebase rejects such updates)', () => {
    fc.assert(
      fc.property(fc.array(op.filter((o) => o.path !== ''), { maxLength: 12 }), (ops) => {
        const batch = new UpdateBatch()
        for (const o of ops) batch.add(o)
        const write = batch.toWrite()
        if (write.kind !== 'update') return
        const paths = Object.keys(write.paths)
        for (const a of paths) for (const b of paths) if (a !== b) expect(b.startsWith(`${a}/`)).toBe(false)
      }),
      { numRuns: runs },
    )
  })

  it('applies a write below a pending path inside its value, without mutating the journal value', () => {
    const call = { urgency: 'LOW', status: 'ACTIVE' }
    const batch = new UpdateBatch()
    batch.add({ path: 'active_calls/c1', value: call })
    batch.add({ path: 'active_calls/c1/urgency', value: 'CRITICAL' })
    batch.add({ path: 'active_calls/c1/status', value: null })
    expect(batch.toWrite()).toEqual({ kind: 'update', paths: { 'active_calls/c1': { urgency: 'CRITICAL' } } })
    expect(call).toEqual({ urgency: 'LOW', status: 'ACTIVE' })
  })

  it('drops pending writes below a path that is overwritten later (archiving a call)', () => {
    const batch = new UpdateBatch()
    batch.add({ path: 'active_calls/c1/urgency', value: 'HIGH' })
    batch.add({ path: 'active_conversations/v1/messages/msg_000001', value: { text: 'fire' } })
    batch.add({ path: 'active_calls/c1', value: null })
    batch.add({ path: 'active_conversations/v1', value: null })
    batch.add({ path: 'call_history/c1', value: { urgency: 'HIGH' } })
    expect(batch.toWrite()).toEqual({
      kind: 'update',
      paths: { 'active_calls/c1': null, 'active_conversations/v1': null, 'call_history/c1': { urgency: 'HIGH' } },
    })
    expect(batch.size).toBe(5)
  })
})

describe('setIn', () => {
  it('removes parents left empty, as RTDB does', () => {
    expect(setIn({ a: { b: 1 } }, ['a', 'b'], null)).toBeNull()
    expect(setIn({ a: { b: 1 }, c: 2 }, ['a', 'b'], null)).toEqual({ c: 2 })
  })
  it('turns a leaf into an object when writing below it', () => {
    expect(setIn({ a: 5 }, ['a', 'b'], 1)).toEqual({ a: { b: 1 } })
  })
  it('treats an empty object as nothing', () => {
    expect(setIn({ a: 1 }, ['b'], {})).toEqual({ a: 1 })
  })
})
