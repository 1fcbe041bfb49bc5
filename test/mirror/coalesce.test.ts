import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { setIn, UpdateBatch } from '../../src/mirror/coalesce.js'
import type { Json, Op } from '../../src/store/index.js'
import { DataTree } from '../../src/store/tree.js'

const runs = Number(process.env.FC_RUNS ?? 300)

// Reference model: the journal's own tree (RTDB's semantics) applying each op in order. A batch
// is applied as Firebase applies a multi-path update: each of its paths set on the tree before it.
function applySequentially(initial: Json | null, ops: Op[]): Json | null {
  const tree = new DataTree()
  tree.set([], initial)
  for (const op of ops) tree.set(op.path === '' ? [] : op.path.split('/'), op.value)
  return tree.get([])
}

function applyBatch(initial: Json | null, batch: UpdateBatch): Json | null {
  const tree = new DataTree()
  tree.set([], initial)
  const write = batch.toWrite()
  if (write.kind === 'set') tree.set([], write.value)
  else for (const [path, value] of Object.entries(write.paths)) tree.set(path.split('/'), value)
  return tree.get([])
}

const key = fc.constantFrom('a', 'b', 'c')
const path = fc.array(key, { minLength: 0, maxLength: 3 }).map((segments) => segments.join('/'))
const plainValue: fc.Arbitrary<Json> = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom('x', 'y'), fc.boolean())
// Values that store nothing: a write of one deletes at its path, and below a plain value changes nothing.
const emptyValue: fc.Arbitrary<Json | null> = fc.constantFrom<Json | null>(null, {}, { a: null }, { a: {}, b: null }, [null], [])
const value: fc.Arbitrary<Json | null> = fc.oneof(
  plainValue,
  emptyValue,
  fc.dictionary(key, fc.oneof(plainValue, emptyValue, fc.dictionary(key, fc.oneof(plainValue, emptyValue), { maxKeys: 2 })), { maxKeys: 3 }),
  fc.array(fc.oneof(plainValue, emptyValue), { maxLength: 3 }),
)
const op: fc.Arbitrary<Op> = fc.record({ path, value })
// What Firebase holds before the batch: containers down to depth 3, so plain values sit only where
// no op path goes below them. Ops still write below plain values, ones written earlier in the
// batch. (A plain value from before the batch with a path below it written and then emptied again
// inside one batch is a case a multi-path update cannot express; see coalesce.ts.)
const initial: fc.Arbitrary<Json | null> = fc.option(
  fc.dictionary(key, fc.dictionary(key, fc.dictionary(key, plainValue, { maxKeys: 2 }), { maxKeys: 2 }), { maxKeys: 3 }),
  { nil: null },
)

describe('UpdateBatch', () => {
  it('folds ops into one write that leaves the database as applying them in order would', () => {
    fc.assert(
      fc.property(initial, fc.array(op, { maxLength: 12 }), (initial, ops) => {
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

  it('leaves a plain value written earlier in the batch when a later op deletes or writes nothing below it', () => {
    const batch = new UpdateBatch()
    batch.add({ path: 'active_calls/c1/status', value: 'ACTIVE' })
    batch.add({ path: 'active_calls/c1/status/detail', value: null })
    batch.add({ path: 'active_calls/c1/status/more', value: { a: null, b: {} } })
    expect(batch.toWrite()).toEqual({ kind: 'update', paths: { 'active_calls/c1/status': 'ACTIVE' } })
    batch.add({ path: 'active_calls/c1/status/detail', value: { a: null, b: 1 } })
    expect(batch.toWrite()).toEqual({ kind: 'update', paths: { 'active_calls/c1/status': { detail: { b: 1 } } } })
  })

  it('keeps "__proto__", a valid Firebase key, as a key: below a value and as a path of its own', () => {
    const below = new UpdateBatch()
    below.add({ path: 'k', value: { a: 1 } })
    below.add({ path: 'k/__proto__/x', value: 1 })
    expect(JSON.stringify(below.toWrite())).toBe('{"kind":"update","paths":{"k":{"a":1,"__proto__":{"x":1}}}}')
    const own = new UpdateBatch()
    own.add({ path: '__proto__', value: 2 })
    expect(Object.keys((own.toWrite() as { paths: Record<string, unknown> }).paths)).toEqual(['__proto__'])
    expect(JSON.stringify(setIn({}, ['__proto__', 'x'], 1))).toBe('{"__proto__":{"x":1}}')
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
  it('leaves a plain value as it is when nothing is written below it', () => {
    expect(setIn({ a: 'ACTIVE' }, ['a', 'b'], null)).toEqual({ a: 'ACTIVE' })
    expect(setIn({ a: 5 }, ['a', 'b', 'c'], { d: null, e: [] })).toEqual({ a: 5 })
    expect(setIn(true, ['a'], {})).toBe(true)
  })
})
