import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRead, canWrite, compileRules, type CompiledRules } from '../../../../sim/rtdb/rules/index.js'
import { setAt, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { tree } from './json-tree.js'
import { anonymous, NOW, user } from './rule-contexts.js'

function rules(body: Record<string, unknown>): CompiledRules {
  return compileRules(JSON.stringify({ rules: body }))
}

/** canWrite for a set() of `value` at `path`, the way the emulator asks it. */
function canSet(compiled: CompiledRules, path: string[], value: unknown, root: TreeNode | null = null, ctx = anonymous) {
  return canWrite(compiled, path, root, setAt(root, path, tree(value)), ctx)
}

describe('.read/.write cascade', () => {
  const compiled = rules({
    public: { '.read': true, secret: { '.read': false } },
    private: { '.read': false, open: { '.read': true } },
  })

  it('lets a grant at a parent override a deeper rule that denies', () => {
    expect(canRead(compiled, ['public', 'secret'], null, anonymous)).toBe(true)
    expect(canRead(compiled, ['public', 'secret', 'deeper', 'still'], null, anonymous)).toBe(true)
  })

  it('grants a child without granting its parent', () => {
    expect(canRead(compiled, ['private', 'open'], null, anonymous)).toBe(true)
    expect(canRead(compiled, ['private', 'open', 'x'], null, anonymous)).toBe(true)
    expect(canRead(compiled, ['private'], null, anonymous)).toBe(false)
    expect(canRead(compiled, ['private', 'other'], null, anonymous)).toBe(false)
  })

  it('denies the root when only children grant', () => {
    expect(canRead(compiled, [], null, anonymous)).toBe(false)
  })

  it('denies where no rule says anything', () => {
    expect(canRead(rules({}), ['a'], null, anonymous)).toBe(false)
    expect(canSet(rules({}), ['a'], 1)).toBe(false)
  })

  it('cascades .write the same way', () => {
    const w = rules({ inbox: { '.write': true, locked: { '.write': false } }, outbox: { item: { '.write': true } } })
    expect(canSet(w, ['inbox', 'locked'], 'x')).toBe(true)
    expect(canSet(w, ['outbox', 'item', 'deep'], 'x')).toBe(true)
    expect(canSet(w, ['outbox'], { item: 'x' })).toBe(false)
  })

  // Nested rules objects along `keys` with `.read`/`.write` true at depth `grantAt`, false elsewhere.
  function grantAlong(keys: string[], grantAt: number, kind: '.read' | '.write'): CompiledRules {
    let node: Record<string, unknown> = {}
    for (let depth = keys.length; depth >= 0; depth--) {
      node = { ...node, [kind]: depth === grantAt }
      const key = keys[depth - 1]
      if (key !== undefined) node = { [key]: node }
    }
    return compileRules(JSON.stringify({ rules: node }))
  }

  const keyArb = fc.stringMatching(/^[a-z0-9_-]{1,8}$/)
  const pathArb = fc.array(keyArb, { minLength: 0, maxLength: 6 })

  it('property: a grant at any ancestor reaches every descendant, and never goes up', () => {
    fc.assert(
      fc.property(pathArb, fc.nat(), fc.array(keyArb, { maxLength: 3 }), (keys, seed, below) => {
        const grantAt = seed % (keys.length + 1)
        const compiled = grantAlong(keys, grantAt, '.read')
        expect(canRead(compiled, [...keys, ...below], null, anonymous)).toBe(true)
        for (let depth = 0; depth < grantAt; depth++) {
          expect(canRead(compiled, keys.slice(0, depth), null, anonymous)).toBe(false)
        }
      }),
    )
  })

  it('property: a .write grant at an ancestor allows any value below it', () => {
    fc.assert(
      fc.property(pathArb, fc.nat(), fc.jsonValue(), (keys, seed, value) => {
        const grantAt = seed % (keys.length + 1)
        const compiled = grantAlong(keys, grantAt, '.write')
        const root = tree({ existing: 1 })
        expect(canWrite(compiled, keys, root, setAt(root, keys, jsonTree(value)), anonymous)).toBe(true)
      }),
    )
  })
})

/** fast-check JSON (arrays, empty objects) as RTDB would store it: arrays as index-keyed objects. */
function jsonTree(value: unknown): TreeNode | null {
  if (Array.isArray(value)) return jsonTree(Object.fromEntries(value.map((item, index) => [String(index), item])))
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([key]) => /^[^.#$[\]/]+$/.test(key))
    return tree(Object.fromEntries(entries.map(([key, item]) => [key, toPlain(jsonTree(item))])))
  }
  return tree(value)
}

function toPlain(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') return node.value
  return Object.fromEntries([...node.children].map(([key, child]) => [key, toPlain(child)]))
}

describe('$wildcards', () => {
  const compiled = rules({
    rooms: {
      $room: { '.read': "$room.beginsWith('public')" },
      'public-staff': { '.read': false },
      'public-lobby': {},
    },
  })

  it('binds the key to the $variable', () => {
    expect(canRead(compiled, ['rooms', 'public-1'], null, anonymous)).toBe(true)
    expect(canRead(compiled, ['rooms', 'private-1'], null, anonymous)).toBe(false)
  })

  it('does not apply to keys that have a literal sibling, even one without rules', () => {
    expect(canRead(compiled, ['rooms', 'public-staff'], null, anonymous)).toBe(false)
    expect(canRead(compiled, ['rooms', 'public-lobby'], null, anonymous)).toBe(false)
  })

  it('binds every wildcard on the path', () => {
    const posts = rules({ users: { $uid: { posts: { $postId: { '.write': 'auth.uid === $uid && $postId.length > 3' } } } } })
    expect(canSet(posts, ['users', 'alice', 'posts', 'p-001'], 'hi', null, user('alice'))).toBe(true)
    expect(canSet(posts, ['users', 'alice', 'posts', 'p1'], 'hi', null, user('alice'))).toBe(false)
    expect(canSet(posts, ['users', 'bob', 'posts', 'p-001'], 'hi', null, user('alice'))).toBe(false)
  })
})

describe('auth', () => {
  const owned = rules({ users: { $uid: { '.read': 'auth != null && auth.uid === $uid', '.write': 'auth.uid === $uid' } } })

  it('lets a user read and write only their own node', () => {
    expect(canRead(owned, ['users', 'alice', 'profile'], null, user('alice'))).toBe(true)
    expect(canRead(owned, ['users', 'bob'], null, user('alice'))).toBe(false)
    expect(canSet(owned, ['users', 'alice', 'name'], 'Alice', null, user('alice'))).toBe(true)
    expect(canSet(owned, ['users', 'bob', 'name'], 'Bob', null, user('alice'))).toBe(false)
  })

  it('denies an unauthenticated client, including where auth.uid is read without a null check', () => {
    expect(canRead(owned, ['users', 'alice'], null, anonymous)).toBe(false)
    expect(canSet(owned, ['users', 'alice'], 'x')).toBe(false)
    // auth.uid on a null auth is an evaluation error, so even a rule that would be true of null denies.
    const negated = rules({ '.read': "auth.uid !== 'mallory'" })
    expect(canRead(negated, [], null, anonymous)).toBe(false)
    expect(canRead(negated, [], null, user('alice'))).toBe(true)
  })

  it('reads custom claims from auth.token, strictly typed', () => {
    const admin = rules({ '.read': 'auth.token.admin === true' })
    expect(canRead(admin, ['x'], null, user('a', { admin: true }))).toBe(true)
    expect(canRead(admin, ['x'], null, user('a', { admin: 'true' }))).toBe(false)
    expect(canRead(admin, ['x'], null, user('a'))).toBe(false)
  })

  it('reads nested claims and the provider', () => {
    const nested = rules({
      a: { '.read': "auth.token.firebase.sign_in_provider === 'password'" },
      b: { '.read': "auth.provider == 'password'" },
      c: { '.read': "auth.token.email.endsWith('@plant.example')" },
    })
    const worker = user('w', { email: 'w@plant.example' }, 'password')
    for (const key of ['a', 'b', 'c']) expect(canRead(nested, [key], null, worker)).toBe(true)
    for (const key of ['a', 'b', 'c']) expect(canRead(nested, [key], null, user('x', { email: 'x@evil.example' }))).toBe(false)
  })
})

describe('now, root, data and newData', () => {
  it('compares against server time', () => {
    const stamped = rules({ events: { $id: { '.write': true, '.validate': 'newData.val() <= now && now - newData.val() < 60000' } } })
    expect(canSet(stamped, ['events', 'e1'], NOW - 1000)).toBe(true)
    expect(canSet(stamped, ['events', 'e1'], NOW + 1)).toBe(false)
    expect(canSet(stamped, ['events', 'e1'], NOW - 120_000)).toBe(false)
  })

  it('looks elsewhere in the database with root.child()', () => {
    const compiled = rules({
      reports: { '.read': "root.child('admins/' + auth.uid).exists()" },
      logs: { '.read': "root.child('admins').child(auth.uid).val() === true" },
    })
    const root = tree({ admins: { alice: true, bob: 'yes' } })
    expect(canRead(compiled, ['reports'], root, user('alice'))).toBe(true)
    expect(canRead(compiled, ['reports'], root, user('carol'))).toBe(false)
    expect(canRead(compiled, ['logs'], root, user('alice'))).toBe(true)
    expect(canRead(compiled, ['logs'], root, user('bob'))).toBe(false)
  })

  it('gives root the data before the write, and newData.parent() the data after it', () => {
    const compiled = rules({
      doc: { '.write': "root.child('locked').val() !== true" },
      note: { '.write': true, '.validate': "newData.parent().child('doc').exists()" },
    })
    const locked = tree({ locked: true })
    expect(canSet(compiled, ['doc'], 'x', locked)).toBe(false)
    // Locking and writing in one candidate tree: root still shows the old, unlocked state.
    const before = tree({ locked: false })
    const after = setAt(setAt(before, ['locked'], tree(true)), ['doc'], tree('x'))
    expect(canWrite(compiled, ['doc'], before, after, anonymous)).toBe(true)
    expect(canSet(compiled, ['note'], 'n', tree({ doc: 'd' }))).toBe(true)
    expect(canSet(compiled, ['note'], 'n', tree({ other: 'd' }))).toBe(false)
  })

  it('distinguishes data from newData: write-once nodes', () => {
    const once = rules({ calls: { $sid: { '.write': '!data.exists()' } } })
    const root = tree({ calls: { CA1: { status: 'ringing' } } })
    expect(canSet(once, ['calls', 'CA2'], { status: 'ringing' }, root)).toBe(true)
    expect(canSet(once, ['calls', 'CA1'], { status: 'done' }, root)).toBe(false)
    expect(canSet(once, ['calls', 'CA1'], null, root)).toBe(false)
  })

  it('evaluates ternaries over data and newData', () => {
    const owned = rules({
      docs: { $id: { '.write': "data.exists() ? data.child('owner').val() === auth.uid : newData.child('owner').val() === auth.uid" } },
    })
    const root = tree({ docs: { d1: { owner: 'alice' } } })
    expect(canSet(owned, ['docs', 'd2'], { owner: 'bob' }, root, user('bob'))).toBe(true)
    expect(canSet(owned, ['docs', 'd2'], { owner: 'alice' }, root, user('bob'))).toBe(false)
    expect(canSet(owned, ['docs', 'd1'], { owner: 'bob' }, root, user('bob'))).toBe(false)
    expect(canSet(owned, ['docs', 'd1'], { owner: 'alice', x: 1 }, root, user('alice'))).toBe(true)
  })
})

describe('.validate', () => {
  it('checks the written value', () => {
    const short = rules({ '.write': true, foo: { '.validate': 'newData.isString() && newData.val().length < 100' } })
    expect(canSet(short, ['foo'], 'hello')).toBe(true)
    expect(canSet(short, ['foo'], 'x'.repeat(100))).toBe(false)
    expect(canSet(short, ['foo'], 42)).toBe(false)
  })

  it('skips a deleted location', () => {
    const short = rules({ '.write': true, foo: { '.validate': 'newData.isString()' } })
    expect(canSet(short, ['foo'], null, tree({ foo: 'old' }))).toBe(true)
  })

  it('applies to descendants of the written location', () => {
    const short = rules({ '.write': true, foo: { '.validate': 'newData.isString()' } })
    expect(canSet(short, [], { foo: 'ok', bar: 1 })).toBe(true)
    expect(canSet(short, [], { foo: 5 })).toBe(false)
  })

  it('applies to ancestors of the written location, with their merged new data', () => {
    const person = rules({
      '.write': true,
      user: {
        '.validate': "newData.hasChildren(['name', 'age'])",
        name: { '.validate': 'newData.isString()' },
        age: { '.validate': 'newData.isNumber()' },
        $other: { '.validate': false },
      },
    })
    expect(canSet(person, ['user'], { name: 'Ana', age: 30 })).toBe(true)
    expect(canSet(person, ['user'], { name: 'Ana' })).toBe(false)
    expect(canSet(person, ['user'], { name: 'Ana', age: '30' })).toBe(false)
    expect(canSet(person, ['user'], { name: 'Ana', age: 30, extra: true })).toBe(false)
    const existing = tree({ user: { name: 'Ana', age: 30 } })
    expect(canSet(person, ['user', 'name'], 'Bea', existing)).toBe(true)
    expect(canSet(person, ['user', 'name'], 'Bea', tree({ user: { name: 'Ana' } }))).toBe(false)
    // The user survives the delete of age, so its own .validate runs and fails; deleting the whole user is fine.
    expect(canSet(person, ['user', 'age'], null, existing)).toBe(false)
    expect(canSet(person, ['user'], null, existing)).toBe(true)
  })

  it('does not cascade to children', () => {
    const compiled = rules({ '.write': true, a: { '.validate': "newData.hasChild('b')" } })
    expect(canSet(compiled, ['a'], { b: { c: 1 } })).toBe(true)
    expect(canSet(compiled, ['a', 'b', 'c'], 2, tree({ a: { b: { c: 1 } } }))).toBe(true)
  })

  it('tells objects from leaves with hasChildren()', () => {
    const compiled = rules({ '.write': true, o: { '.validate': 'newData.hasChildren()' } })
    expect(canSet(compiled, ['o'], { k: 1 })).toBe(true)
    expect(canSet(compiled, ['o'], 'leaf')).toBe(false)
  })

  it('is only reached when a .write grants', () => {
    const compiled = rules({ foo: { '.validate': true } })
    expect(canSet(compiled, ['foo'], 'x')).toBe(false)
  })

  it('governs .priority writes with the rules of the node and reads priorities', () => {
    const compiled = rules({ '.write': true, ranked: { '.validate': "newData.getPriority() === 5 || newData.getPriority() === 'top'" } })
    const root = tree({ ranked: 'x' })
    expect(canWrite(compiled, ['ranked', '.priority'], root, tree({ ranked: { '.value': 'x', '.priority': 5 } }), anonymous)).toBe(true)
    expect(canWrite(compiled, ['ranked', '.priority'], root, tree({ ranked: { '.value': 'x', '.priority': 4 } }), anonymous)).toBe(false)
    expect(canSet(compiled, ['ranked'], { '.priority': 'top', a: 1 })).toBe(true)
  })
})
