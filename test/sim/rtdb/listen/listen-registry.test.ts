import { describe, expect, it } from 'vitest'
import { ListenRegistry, type Listen } from '../../../../sim/rtdb/listen/listen-registry.js'

const sink = { sendFrame() {} }

function listen(path: string[]): Listen {
  return { path, pathString: path.join('/'), tag: null, spec: null, query: null, sink, lastWindow: null }
}

describe('ListenRegistry', () => {
  it('finds listens at, above and below a written path, and no others', () => {
    const registry = new ListenRegistry()
    const root = listen([])
    const a = listen(['a'])
    const ab = listen(['a', 'b'])
    const abc = listen(['a', 'b', 'c'])
    const sibling = listen(['a', 'x'])
    const other = listen(['z'])
    for (const l of [root, a, ab, abc, sibling, other]) registry.add(l)
    expect(registry.affectedBy([['a', 'b']])).toEqual(new Set([root, a, ab, abc]))
    expect(registry.affectedBy([['a', 'b', 'c', 'd']])).toEqual(new Set([root, a, ab, abc]))
    expect(registry.affectedBy([['q']])).toEqual(new Set([root]))
    expect(registry.affectedBy([[]]).size).toBe(6)
  })

  it('unions the paths of a merge without duplicates', () => {
    const registry = new ListenRegistry()
    const a = listen(['a'])
    const ax = listen(['a', 'x'])
    const ay = listen(['a', 'y'])
    for (const l of [a, ax, ay]) registry.add(l)
    expect(registry.affectedBy([['a', 'x'], ['a', 'y']])).toEqual(new Set([a, ax, ay]))
  })

  it('frees its index when listens are removed, so closed connections leave nothing behind', () => {
    const registry = new ListenRegistry()
    const listens = [listen(['a', 'b', 'c']), listen(['a', 'b']), listen(['x', 'y'])]
    for (const l of listens) registry.add(l)
    expect(registry.indexNodes).toBe(6)
    for (const l of listens) registry.remove(l)
    expect(registry.size).toBe(0)
    expect(registry.indexNodes).toBe(1)
  })

  it('keeps two listens on the same path apart', () => {
    const registry = new ListenRegistry()
    const first = listen(['a'])
    const second = { ...listen(['a']), tag: 1 }
    registry.add(first)
    registry.add(second)
    registry.remove(first)
    expect(registry.affectedBy([['a']])).toEqual(new Set([second]))
  })
})
