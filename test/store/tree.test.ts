import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Json } from '../../src/store/index.js'
import { DataTree } from '../../src/store/tree.js'

const runs = Number(process.env.FC_RUNS ?? 300)
const keysOf = (path: string): string[] => (path === '' ? [] : path.split('/'))

function treeWith(...writes: [string, Json | null][]): DataTree {
  const tree = new DataTree()
  for (const [path, value] of writes) tree.set(keysOf(path), value)
  return tree
}

describe('Firebase write semantics', () => {
  it('replaces the whole subtree on set and deletes on null', () => {
    const tree = treeWith(['calls/c1', { urgency: 'LOW', worker: { id: 'W-1', site: 'Plant 2' } }], ['calls/c1/worker', { id: 'W-2' }])
    expect(tree.get(['calls'])).toStrictEqual({ c1: { urgency: 'LOW', worker: { id: 'W-2' } } })
    tree.set(['calls', 'c1', 'urgency'], null)
    expect(tree.get(['calls', 'c1'])).toStrictEqual({ worker: { id: 'W-2' } })
  })

  it('counts the children at a path without reading them: containers, frozen values, arrays, leaves', () => {
    const tree = treeWith(['calls/c1', { urgency: 'LOW' }], ['calls/c2', { urgency: 'HIGH' }], ['list', ['a', 'b', 'c']])
    tree.setFrozen(['frozen'], Object.freeze({ x: 1, y: 2 }))
    expect(tree.count(['calls'])).toBe(2)
    expect(tree.count(['list'])).toBe(3)
    expect(tree.count(['frozen'])).toBe(2)
    expect(tree.count(['calls', 'c1', 'urgency'])).toBe(0)
    expect(tree.count(['nothing'])).toBe(0)
    tree.set(['calls', 'c1'], null)
    expect(tree.count(['calls'])).toBe(1)
    expect(tree.count([])).toBe(3)
  })

  it('drops parents left without children, up to the root', () => {
    const tree = treeWith(['a/b/c', 1], ['a/x', 2])
    tree.set(['a', 'b', 'c'], null)
    expect(tree.get([])).toStrictEqual({ a: { x: 2 } })
    tree.set(['a', 'x'], null)
    expect(tree.get([])).toBeNull()
    expect(tree.has(['a'])).toBe(false)
  })

  it('stores nothing for {} or an object of nulls', () => {
    const tree = treeWith(['a', {}], ['b', { c: null, d: {} }], ['e', []])
    expect(tree.get([])).toBeNull()
  })

  it('turns a leaf into a container when written below, and ignores deletes below a leaf', () => {
    const tree = treeWith(['a', 5], ['a/b/c', null])
    expect(tree.get(['a'])).toBe(5)
    tree.set(['a', 'b'], 1)
    expect(tree.get(['a'])).toStrictEqual({ b: 1 })
  })

  it('sets and deletes the root', () => {
    const tree = treeWith(['', 'just a string'])
    expect(tree.get([])).toBe('just a string')
    tree.set([], { a: 1 })
    expect(tree.get(['a'])).toBe(1)
    tree.set([], null)
    expect(tree.get([])).toBeNull()
  })

  it('keeps "__proto__" as an ordinary key', () => {
    const tree = treeWith(['k/__proto__/x', 1])
    const value = tree.get(['k']) as Record<string, Json>
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(tree.get(['k', '__proto__', 'x'])).toBe(1)
  })
})

describe('arrays read back as DataSnapshot.val() returns them', () => {
  // Examples worked out from the SDK's ChildrenNode.val(): all keys integers and
  // maxKey < 2 * count gives an array, holes included; anything else stays an object.
  it('reads a stored array back as an array', () => {
    expect(treeWith(['l', ['a', 'b', 'c']]).get(['l'])).toStrictEqual(['a', 'b', 'c'])
  })

  it('leaves holes where elements are null or deleted', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(treeWith(['l', ['a', null, 'c']]).get(['l'])).toStrictEqual(['a', , 'c'])
    // eslint-disable-next-line no-sparse-arrays
    expect(treeWith(['l', ['a', 'b', 'c']], ['l/1', null]).get(['l'])).toStrictEqual(['a', , 'c'])
  })

  it('keeps sparse integer keys as an object', () => {
    expect(treeWith(['l', ['a', 'b', 'c']], ['l/0', null], ['l/1', null]).get(['l'])).toStrictEqual({ 2: 'c' })
    // eslint-disable-next-line no-sparse-arrays
    expect(treeWith(['o', { 1: 'x' }]).get(['o'])).toStrictEqual([, 'x'])
    expect(treeWith(['o', { '01': 'x' }]).get(['o'])).toStrictEqual({ '01': 'x' })
  })

  it('turns an array into an object once it gets a non-integer key', () => {
    expect(treeWith(['l', [1, 2]], ['l/name', 'n']).get(['l'])).toStrictEqual({ 0: 1, 1: 2, name: 'n' })
  })
})

// ---- property: the tree against a naive reference model -------------------------------------
// The model keeps plain nested objects, copies on every write and checks emptiness with
// Object.keys: obviously correct, too slow for production.

type Model = string | number | boolean | { [key: string]: Model }

function normalize(value: Json | null): Model | null {
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, Model> = {}
  for (const [key, child] of Object.entries(value)) {
    const normalized = normalize(child)
    if (normalized !== null) out[key] = normalized
  }
  return Object.keys(out).length > 0 ? out : null
}

function modelSet(node: Model | null, keys: readonly string[], value: Model | null): Model | null {
  if (keys.length === 0) return value
  const isContainer = node !== null && typeof node === 'object'
  if (!isContainer && value === null) return node
  const [key, ...rest] = keys as [string, ...string[]]
  const copy: Record<string, Model> = isContainer ? { ...node } : {}
  const child = modelSet(copy[key] ?? null, rest, value)
  if (child === null) delete copy[key]
  else copy[key] = child
  return Object.keys(copy).length > 0 ? copy : null
}

function modelGet(node: Model | null, keys: readonly string[]): Model | null {
  let current = node
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return null
    current = current[key] ?? null
  }
  return current
}

function modelVal(node: Model | null): Json | null {
  if (node === null || typeof node !== 'object') return node
  const keys = Object.keys(node)
  const converted: Record<string, Json> = {}
  for (const key of keys) converted[key] = modelVal(node[key] as Model) as Json
  const integers = keys.every((key) => /^(0|[1-9]\d*)$/.test(key))
  if (integers && Math.max(...keys.map(Number)) < 2 * keys.length) {
    const array: Json[] = []
    for (const key of keys) array[Number(key)] = converted[key] as Json
    return array
  }
  return converted
}

// Few keys, some integer-like, so writes collide, empty parents appear and arrays form.
const key = fc.constantFrom('a', 'b', '0', '1', '2', '4', 'x')
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

describe('property: matches the reference model', () => {
  it('after any sequence of writes, every path reads as the model says', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(path, json), { maxLength: 25 }), fc.array(path, { maxLength: 5 }), (writes, probes) => {
        const tree = new DataTree()
        let model: Model | null = null
        for (const [keys, value] of writes) {
          tree.set(keys, value)
          model = modelSet(model, keys, normalize(value))
          expect(tree.get([])).toStrictEqual(modelVal(model))
        }
        for (const keys of probes) {
          expect(tree.get(keys)).toStrictEqual(modelVal(modelGet(model, keys)))
          expect(tree.has(keys)).toBe(modelGet(model, keys) !== null)
        }
      }),
      { numRuns: runs },
    )
  })
})
