// Expression semantics, observed through canRead/canWrite on one-rule rule sets.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRead, canWrite, compileRules, type RuleContext } from '../../../../sim/rtdb/rules/index.js'
import { setAt, type TreeNode } from '../../../../sim/rtdb/tree/node.js'
import { tree } from './json-tree.js'
import { anonymous, user } from './rule-contexts.js'

/** Whether `expr`, as the .write rule at /v, allows setting /v to `value` over `current`. */
function allowsWrite(expr: string, value: unknown, current: unknown = null, ctx: RuleContext = anonymous): boolean {
  const compiled = compileRules(JSON.stringify({ rules: { v: { '.write': expr } } }))
  const root = tree({ v: current })
  return canWrite(compiled, ['v'], root, setAt(root, ['v'], tree(value)), ctx)
}

function allowsRead(expr: string, root: TreeNode | null = null, ctx: RuleContext = anonymous): boolean {
  return canRead(compileRules(JSON.stringify({ rules: { '.read': expr } })), [], root, ctx)
}

describe('operators', () => {
  it.each([
    ['1 + 2 * 3 === 7', true],
    ['(1 + 2) * 3 === 9', true],
    ['10 % 3 == 1 && 7 / 2 == 3.5 && 5 - 7 == -2', true],
    ['-(2) < 0', true],
    ["'a' + 'b' === 'ab'", true],
    ["'call-' + 7 === 'call-7'", true],
    ["'apple' < 'banana' && 'b' >= 'a'", true],
    ['2 <= 2 && 3 > 2 && !(3 < 2)', true],
    ["1 == '1'", false],
    ["1 != '1'", true],
    ['null == null', true],
    ['true ? 1 === 1 : false', true],
    ['false || (true && !false)', true],
  ])('%s is %s', (expr, expected) => {
    expect(allowsRead(expr)).toBe(expected)
  })

  it('short-circuits && and || so the right side may be unsafe', () => {
    expect(allowsRead("auth != null && auth.uid === 'x'")).toBe(false)
    expect(allowsRead("auth == null || auth.uid.length > 100")).toBe(true)
  })
})

describe('evaluation errors deny', () => {
  // Each expression errors at run time; the negated form shows the rule is denied by the error,
  // not because the comparison happened to be false.
  it.each([
    ['newData.val().length > 1', 42],
    ["newData.val() < 'a'", 42],
    ['newData.val() + 1 > 0', null],
    ["newData.child('a.b').exists()", 'x'],
    ["newData.val().contains('x')", true],
  ])('%s with newData %j', (expr, value) => {
    expect(allowsWrite(expr, value)).toBe(false)
    expect(allowsWrite(`!(${expr})`, value)).toBe(false)
  })

  it('denies parent() of the root', () => {
    expect(allowsRead('data.parent().exists()')).toBe(false)
    expect(allowsRead('!data.parent().exists()')).toBe(false)
  })

  it('denies a rule that yields a non-boolean at run time', () => {
    expect(allowsWrite('newData.val()', 'yes')).toBe(false)
    expect(allowsWrite('newData.val()', true)).toBe(true)
  })
})

describe('snapshots', () => {
  it('follows child paths with slashes', () => {
    expect(allowsWrite("newData.child('a/b').val() === 1 && newData.hasChild('a/b')", { a: { b: 1 } })).toBe(true)
    expect(allowsWrite("newData.hasChild('a/c')", { a: { b: 1 } })).toBe(false)
  })

  it('types leaves', () => {
    expect(allowsWrite('newData.isNumber() && !newData.isString() && !newData.isBoolean()', 3)).toBe(true)
    expect(allowsWrite('newData.isBoolean()', false)).toBe(true)
    expect(allowsWrite('newData.isString()', { a: 'x' })).toBe(false)
  })

  it('checks every key of hasChildren([...])', () => {
    expect(allowsWrite("newData.hasChildren(['a', 'b'])", { a: 1, b: 2, c: 3 })).toBe(true)
    expect(allowsWrite("newData.hasChildren(['a', 'b'])", { a: 1 })).toBe(false)
  })

  it('compares val() of objects by content', () => {
    expect(allowsWrite('newData.val() == data.val()', { a: 1, b: { c: 'x' } }, { b: { c: 'x' }, a: 1 })).toBe(true)
    expect(allowsWrite('newData.val() == data.val()', { a: 1 }, { a: 2 })).toBe(false)
    expect(allowsWrite('data.val() != null && newData.val() != null', { a: 1 }, { a: 2 })).toBe(true)
  })
})

describe('string methods', () => {
  it.each([
    ["newData.val().contains('ell')", 'hello', true],
    ["newData.val().contains('xyz')", 'hello', false],
    ["newData.val().beginsWith('he') && newData.val().endsWith('lo')", 'hello', true],
    ["newData.val().replace('l', 'L') === 'heLLo'", 'hello', true],
    ["newData.val().replace('l', '$&$&') === 'he$&$&$&$&o'", 'hello', true],
    ["newData.val().toUpperCase() === 'HELLO' && newData.val().toLowerCase() === 'hello'", 'HeLLo', true],
    ['newData.val().length === 5', 'hello', true],
  ])('%s on %j is %s', (expr, value, expected) => {
    expect(allowsWrite(expr, value)).toBe(expected)
  })

  it('applies to $variables and claims', () => {
    const compiled = compileRules(
      JSON.stringify({ rules: { $room: { '.read': "$room.beginsWith('site-') && auth.token.site.toLowerCase() === $room.replace('site-', '')" } } }),
    )
    expect(canRead(compiled, ['site-north'], null, user('w', { site: 'NORTH' }))).toBe(true)
    expect(canRead(compiled, ['site-south'], null, user('w', { site: 'NORTH' }))).toBe(false)
  })

  it('matches regular expressions, with the i flag', () => {
    const email = 'newData.val().matches(/^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$/i)'
    expect(allowsWrite(email, 'Worker.One@Plant.example')).toBe(true)
    expect(allowsWrite(email, 'not an email')).toBe(false)
    expect(allowsWrite('newData.val().matches(/^\\+[1-9][0-9]{6,14}$/)', '+4915112345678')).toBe(true)
    expect(allowsWrite('newData.val().matches(/^\\+[1-9][0-9]{6,14}$/)', '004915112345678')).toBe(false)
  })

  // Differential check against JavaScript's own string functions on values read from the tree
  // (so no quoting of arbitrary strings into rule source is needed).
  it('property: contains/beginsWith/endsWith/replace agree with JavaScript', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '$', '&', '.', ' '), maxLength: 8 })
    fc.assert(
      fc.property(text, text.filter((t) => t.length > 0), text, (s, t, r) => {
        const value = { s, t, r, out: s.split(t).join(r) }
        const v = (key: string) => `newData.child('${key}').val()`
        expect(allowsWrite(`${v('s')}.contains(${v('t')})`, value)).toBe(s.includes(t))
        expect(allowsWrite(`${v('s')}.beginsWith(${v('t')})`, value)).toBe(s.startsWith(t))
        expect(allowsWrite(`${v('s')}.endsWith(${v('t')})`, value)).toBe(s.endsWith(t))
        expect(allowsWrite(`${v('s')}.replace(${v('t')}, ${v('r')}) === ${v('out')}`, value)).toBe(true)
      }),
    )
  })
})
