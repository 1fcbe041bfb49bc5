import { describe, expect, it } from 'vitest'
import { canRead, compileRules, RulesSyntaxError } from '../../../../sim/rtdb/rules/index.js'
import { anonymous } from './rule-contexts.js'

function syntaxError(text: string): RulesSyntaxError {
  try {
    compileRules(text)
  } catch (error) {
    if (error instanceof RulesSyntaxError) return error
    throw error
  }
  throw new Error(`expected a RulesSyntaxError for ${text}`)
}

function ruleError(body: Record<string, unknown>): RulesSyntaxError {
  return syntaxError(JSON.stringify({ rules: body }, null, 2))
}

describe('rules text', () => {
  it('accepts // and /* */ comments and trailing commas, as rules-unit-testing uploads them', () => {
    const text = `{
      // Readers of the public area.
      "rules": {
        /* everything under /public */
        "public": { ".read": "auth == null || true", },
      },
    }`
    const compiled = compileRules(text)
    expect(compiled.source).toBe(text)
    expect(canRead(compiled, ['public', 'x'], null, anonymous)).toBe(true)
    expect(canRead(compiled, ['other'], null, anonymous)).toBe(false)
  })

  it('reports JSON errors with line and column', () => {
    const error = syntaxError('{\n  "rules": {\n    ".read": true\n    ".write": true\n  }\n}')
    expect(error.position).toEqual({ line: 4, column: 5 })
    expect(error.message).toBe('line 4, column 5: invalid JSON: comma expected')
  })

  it('reports an unterminated comment', () => {
    expect(syntaxError('{"rules": {}} /* open').message).toMatch(/line 1, column 15: invalid JSON: unexpected end of comment/)
  })

  it('requires one top-level "rules" object', () => {
    expect(syntaxError('[]').message).toMatch(/must be a JSON object/)
    expect(syntaxError('{}').message).toMatch(/missing top-level "rules"/)
    expect(syntaxError('{"rules": {}, "extra": 1}').message).toMatch(/line 1, column 15: unexpected top-level key 'extra'/)
    expect(syntaxError('{"rules": true}').message).toMatch(/^rules \(line 1, column 11\): expected an object of rules, got boolean/)
  })

  it('names the rule path of structural errors', () => {
    expect(ruleError({ calls: { '.raed': true } }).message).toMatch(/^rules\/calls\/\.raed \(line 4, column 7\): unknown rule type '\.raed'/)
    expect(ruleError({ calls: { '.read': 1 } }).rulePath).toBe('rules/calls/.read')
    expect(ruleError({ calls: 'open' }).message).toMatch(/^rules\/calls .*expected an object of rules, got string/)
    expect(ruleError({ $a: {}, $b: {} }).message).toMatch(/^rules\/\$b .*a second wildcard '\$b' beside '\$a'/)
    expect(ruleError({ $id: { $id: {} } }).message).toMatch(/^rules\/\$id\/\$id .*already declared/)
    expect(ruleError({ 'a.b': {} }).message).toMatch(/invalid key 'a\.b'/)
    expect(ruleError({ '$bad-name': {} }).message).toMatch(/invalid wildcard name/)
  })

  it('refuses duplicate keys instead of silently keeping one', () => {
    const error = syntaxError('{"rules": {\n  ".read": true,\n  ".read": false\n}}')
    expect(error.message).toBe("rules (line 3, column 3): duplicate key '.read'")
  })

  it('accepts and ignores .indexOn, but checks its shape', () => {
    const compiled = compileRules(JSON.stringify({ rules: { calls: { '.indexOn': ['startedAt', 'status'], '.read': true } } }))
    expect(canRead(compiled, ['calls'], null, anonymous)).toBe(true)
    expect(() => compileRules(JSON.stringify({ rules: { calls: { '.indexOn': 'startedAt' } } }))).not.toThrow()
    expect(ruleError({ calls: { '.indexOn': [1] } }).message).toMatch(/^rules\/calls\/\.indexOn .*string or an array of strings/)
  })
})

describe('expressions at upload time', () => {
  it.each([
    ['foo()', "unknown function 'foo'"],
    ['exists()', "unknown function 'exists'"],
    ['bogus == 1', "unknown variable 'bogus'"],
    ['$room == 1', "unknown variable '$room': no $room wildcard"],
    ['query.limitToFirst <= 10', 'query is only available in .read rules'],
    ['data.size() > 1', "unknown snapshot method 'size'"],
    ["'a'.trim() == 'a'", "unknown method 'trim'"],
    ['data.exists', "a snapshot has no property 'exists'; call it: exists()"],
    ["data.val().name == 'x'", "val() has no property 'name'; use child('name').val()"],
    ['auth.email == 1', "auth has no property 'email'"],
    ['now.length > 1', 'a number has no property'],
    ['data == null', 'a snapshot cannot be an operand of =='],
    ['auth && true', 'left operand of && must be a boolean, but this is auth (compare it: auth != null)'],
    ["'yes'", 'a rule must be a boolean, but this is a string'],
    ["data.child('x')", 'a rule must be a boolean, but this is a snapshot'],
    ['data.child() .exists()', 'child() takes 1 argument(s), got 0'],
    ['data.hasChildren([])', 'needs at least one key'],
    ["data.hasChildren('a')", 'one array of keys'],
    ['data.child(1).exists()', 'the argument of child() must be a string, but this is a number'],
    ["['a'] == 1", 'array literals are only allowed'],
    ['/a/ == 1', 'regular expression literal may only be the argument of matches()'],
    ["auth.uid.matches('a')", 'matches() takes one regular expression literal'],
    ['auth.uid.matches(/a/g)', "unsupported regular expression flags 'g'"],
    ['auth.uid.matches(/(/)', 'Invalid regular expression'],
    ['1 & 1 == 1', 'operator & is not supported'],
    ['~1 == 1', 'operator ~ is not supported'],
    ['auth ?? true', 'operator ?? is not supported'],
    ['auth?.uid == 1', 'optional chaining'],
    ['a b', 'a rule is a single expression'],
    ["auth.uid === 'x' &&", 'Expected expression'],
    ['', 'empty expression'],
  ])('rejects %s', (expr, reason) => {
    const error = ruleError({ calls: { $sid: { '.write': expr } } })
    expect(error.rulePath).toBe('rules/calls/$sid/.write')
    expect(error.message).toContain(reason)
  })

  it('rejects newData in .read rules only', () => {
    expect(ruleError({ '.read': 'newData.exists()' }).message).toMatch(/^rules\/\.read .*newData is not available in \.read rules/)
    expect(() => compileRules(JSON.stringify({ rules: { '.write': 'newData.exists()', '.validate': 'newData.exists()' } }))).not.toThrow()
  })

  it('accepts query.* in .read rules only, and only its nine properties', () => {
    const read = "query.orderByKey && query.limitToFirst <= 100 || query.orderByChild == 'owner' && query.equalTo == auth.uid"
    expect(() => compileRules(JSON.stringify({ rules: { '.read': read } }))).not.toThrow()
    expect(ruleError({ '.validate': 'query.orderByKey' }).message).toMatch(/^rules\/\.validate .*query is only available in \.read rules/)
    expect(ruleError({ '.read': 'query.orderBy == null' }).message).toContain("query has no property 'orderBy'")
    expect(ruleError({ '.read': 'query' }).message).toContain('e.g. query.orderByKey')
  })

  it('reports the position of the offending rule value', () => {
    const error = syntaxError('{\n  "rules": {\n    "a": { ".read": "nope()" }\n  }\n}')
    expect(error.position).toEqual({ line: 3, column: 21 })
    expect(error.message).toBe("rules/a/.read (line 3, column 21): unknown function 'nope'")
  })
})
