import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Json } from '../../src/store/index.js'
import { encodeRecord } from '../../src/store/records.js'
import { DataTree } from '../../src/store/tree.js'

const runs = Number(process.env.FC_RUNS ?? 300)

/** A deep-frozen copy made the way commit() makes one: the record's copy of the op value. */
const frozenCopy = (value: Json | null): Json | null => (encodeRecord(1, 0, [{ path: 'x', value }]).record.ops[0] as { value: Json | null }).value

function expectDeepFrozen(value: unknown): void {
  if (value === null || typeof value !== 'object') return
  expect(Object.isFrozen(value)).toBe(true)
  for (const child of Object.values(value)) expectDeepFrozen(child)
}

// Few keys, some integer-like (arrays form and dissolve), and "__proto__".
const key = fc.constantFrom('a', 'b', '0', '1', '2', '4', 'x', '__proto__')
const path = fc.array(key, { maxLength: 3 })
const json: fc.Arbitrary<Json | null> = fc.letrec<{ value: Json | null }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom('', 's', 'long text'),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }) as fc.Arbitrary<Json>,
    fc.array(tie('value'), { maxLength: 4 }) as fc.Arbitrary<Json>,
  ),
})).value
// setFrozen (the journal's path: values kept by reference) or set (copied into the tree).
const write = fc.tuple(path, json, fc.boolean())

describe('property: view() and setFrozen()', () => {
  it('view equals get, is deep-frozen, and never changes once handed out', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(write, fc.array(path, { maxLength: 2 })), { maxLength: 20 }), (steps) => {
        const shared = new DataTree()
        const copied = new DataTree()
        const handedOut: { view: Json | null; copy: Json | null }[] = []
        for (const [[keys, value, frozen], probes] of steps) {
          if (frozen) shared.setFrozen(keys, frozenCopy(value))
          else shared.set(keys, value)
          copied.set(keys, value)
          for (const probe of [[], ...probes]) {
            const view = shared.view(probe)
            // get() is checked against a reference model in tree.test.ts.
            expect(view).toStrictEqual(copied.get(probe))
            expect(shared.get(probe)).toStrictEqual(copied.get(probe))
            expectDeepFrozen(view)
            handedOut.push({ view, copy: shared.get(probe) })
          }
        }
        for (const { view, copy } of handedOut) expect(view).toStrictEqual(copy)
      }),
      { numRuns: runs },
    )
  })
})

describe('view()', () => {
  function conversation(): DataTree {
    const tree = new DataTree()
    tree.setFrozen(['conv'], frozenCopy({ status: 'ACTIVE', messages: { m1: { text: 'fire in zone a' }, m2: { text: 'is anyone hurt?' } } }))
    return tree
  }

  it('shares what did not change: the same object for the same unchanged subtree', () => {
    const tree = conversation()
    const before = tree.view(['conv']) as { messages: Record<string, Json> }
    expect(tree.view(['conv'])).toBe(before)
    tree.setFrozen(['conv', 'messages', 'm3'], frozenCopy({ text: 'yes, one' }))
    const after = tree.view(['conv']) as { messages: Record<string, Json> }
    expect(after).not.toBe(before)
    expect(after.messages.m1).toBe(before.messages.m1)
    expect(after.messages.m3).toStrictEqual({ text: 'yes, one' })
    expect(before.messages.m3).toBeUndefined()
  })

  it('cannot be mutated, and get() still hands out copies that can', () => {
    const tree = conversation()
    const view = tree.view(['conv']) as { status: string; messages: Record<string, { text: string }> }
    expect(() => {
      view.status = 'ENDED'
    }).toThrow(TypeError)
    expect(() => {
      ;(view.messages.m1 as { text: string }).text = 'changed'
    }).toThrow(TypeError)
    expect(() => {
      delete view.messages.m2
    }).toThrow(TypeError)
    const copy = tree.get(['conv']) as typeof view
    copy.status = 'ENDED'
    ;(copy.messages.m1 as { text: string }).text = 'changed'
    expect(tree.get(['conv', 'status'])).toBe('ACTIVE')
    expect(tree.view(['conv', 'messages', 'm1', 'text'])).toBe('fire in zone a')
  })

  it('writes and deletes below a shared value without touching the value itself', () => {
    const value = frozenCopy({ a: { b: 1, c: 2 }, list: ['x', 'y'] })
    const tree = new DataTree()
    tree.setFrozen(['k'], value)
    tree.set(['k', 'a', 'b'], null)
    tree.set(['k', 'list', '2'], 'z')
    expect(tree.view(['k'])).toStrictEqual({ a: { c: 2 }, list: ['x', 'y', 'z'] })
    expect(value).toStrictEqual({ a: { b: 1, c: 2 }, list: ['x', 'y'] })
    tree.set(['k', 'a', 'c'], null)
    tree.set(['k', 'list'], null)
    expect(tree.view(['k'])).toBeNull()
    expect(tree.has(['k'])).toBe(false)
  })

  it('reads inside shared arrays only at their indices', () => {
    const tree = new DataTree()
    tree.setFrozen(['l'], frozenCopy(['a', 'b']))
    expect(tree.view(['l', '1'])).toBe('b')
    expect(tree.view(['l', 'length'])).toBeNull()
    expect(tree.view(['l', '01'])).toBeNull()
    expect(tree.has(['l', '2'])).toBe(false)
  })
})
