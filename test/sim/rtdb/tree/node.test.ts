import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ChildMap } from '../../../../sim/rtdb/tree/child-map.js'
import { leaf, nodeAt, nodesEqual, objectNode, setAt, toExport, toJSON, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { fromExport } from '../../../../sim/rtdb/tree/values.js'
import { exportJsonArb, FC_RUNS, keyArb } from '../arbitraries.js'

const build = (json: unknown): TreeNode | null => fromExport(json, { now: 0, existing: () => null })

describe('objectNode', () => {
  test('stores children as a key-ordered ChildMap; empty is null', () => {
    const node = objectNode(new Map([['b', leaf(1)], ['10', leaf(2)], ['9', leaf(3)]]))
    expect(node?.children).toBeInstanceOf(ChildMap)
    expect([...(node?.children.keys() ?? [])]).toEqual(['9', '10', 'b'])
    expect(objectNode(new Map())).toBeNull()
  })
})

describe('setAt', () => {
  test('creates intermediate objects and deletes empty parents', () => {
    const root = setAt(null, ['a', 'b', 'c'], leaf(1))
    expect(toJSON(root)).toEqual({ a: { b: { c: 1 } } })
    expect(setAt(root, ['a', 'b', 'c'], null)).toBeNull()
  })

  test('a child written below a leaf with a priority keeps that priority (SDK LeafNode.updateImmediateChild)', () => {
    const root = setAt(null, ['a'], leaf('x', 5))
    expect(toExport(setAt(root, ['a', 'b'], leaf(1)))).toEqual({ a: { b: 1, '.priority': 5 } })
  })

  test('an object that loses its last child disappears with its priority', () => {
    const root = build({ a: { b: 1, '.priority': 3 }, c: 2 })
    expect(toExport(setAt(root, ['a', 'b'], null))).toEqual({ c: 2 })
  })

  test('deleting below a leaf or a missing node is a no-op returning the same root', () => {
    const root = build({ a: 'x' })
    expect(setAt(root, ['a', 'b'], null)).toBe(root)
    expect(setAt(root, ['z', 'y'], null)).toBe(root)
  })

  test('property: only the written path is copied; every other subtree is the same object', () => {
    fc.assert(
      fc.property(exportJsonArb, fc.array(keyArb, { minLength: 1, maxLength: 4 }), exportJsonArb, (before, path, value) => {
        const root = build(before)
        const next = setAt(root, path, build(value))
        expect(nodesEqual(nodeAt(next, path), build(value))).toBe(true)
        // Walk down the path: at each level, every sibling off the path is shared by reference.
        for (let depth = 0; depth < path.length; depth++) {
          const oldNode = nodeAt(root, path.slice(0, depth))
          const newNode = nodeAt(next, path.slice(0, depth))
          if (oldNode?.kind !== 'object' || newNode?.kind !== 'object') break
          for (const [key, child] of oldNode.children) {
            if (key !== path[depth]) expect(newNode.children.get(key)).toBe(child)
          }
        }
      }),
      { numRuns: FC_RUNS },
    )
  })

  test('20,000 writes under one parent leave a balanced ChildMap (each write copies O(log n) branches)', () => {
    // With a plain Map copied per write this loop was quadratic (minutes, so the test would time
    // out); a wall-clock bound would be flaky, so assert the structure that makes it cheap.
    let root: TreeNode | null = null
    for (let i = 0; i < 20_000; i++) root = setAt(root, ['calls', `c${i}`, 'state'], leaf('ringing'))
    const calls = nodeAt(root, ['calls'])
    expect(calls?.kind === 'object' && calls.children.size).toBe(20_000)
    expect(calls?.kind === 'object' && calls.children instanceof ChildMap && calls.children.height).toBeLessThanOrEqual(21)
  })
})

describe('toJSON / toExport', () => {
  test('the key __proto__ is an own property, not a prototype change', () => {
    const node = build(JSON.parse('{"__proto__": {"x": 1}, "a": 2}'))
    const json = toJSON(node)
    if (typeof json !== 'object' || json === null) throw new Error('expected an object')
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype)
    expect(Object.keys(json)).toEqual(['__proto__', 'a'])
    expect(JSON.stringify(toExport(node))).toBe('{"__proto__":{"x":1},"a":2}')
  })

  test('toExport puts priorities back in export format', () => {
    expect(toExport(build({ a: { '.value': 1, '.priority': 'p' }, '.priority': 2 }))).toEqual({
      a: { '.value': 1, '.priority': 'p' },
      '.priority': 2,
    })
  })
})

describe('nodesEqual', () => {
  test('compares values, priorities and children, not references', () => {
    expect(nodesEqual(build({ a: 1, b: [true] }), build({ b: { 0: true }, a: 1 }))).toBe(true)
    expect(nodesEqual(build({ a: 1 }), build({ a: '1' }))).toBe(false)
    expect(nodesEqual(build({ a: 1, '.priority': 1 }), build({ a: 1 }))).toBe(false)
    expect(nodesEqual(build({ a: 1 }), build({ a: 1, b: 2 }))).toBe(false)
    expect(nodesEqual(null, null)).toBe(true)
    expect(nodesEqual(leaf(1), null)).toBe(false)
  })
})
