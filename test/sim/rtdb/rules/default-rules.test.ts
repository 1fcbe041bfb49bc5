import { describe, expect, it } from 'vitest'
import { canRead, canWrite, compileRules, DEFAULT_RULES_TEXT } from '../../../../sim/rtdb/rules/index.js'
import { tree } from './json-tree.js'
import { anonymous } from './rule-contexts.js'

describe('DEFAULT_RULES_TEXT', () => {
  it('is open, like the emulator without a rules file', () => {
    const compiled = compileRules(DEFAULT_RULES_TEXT)
    expect(compiled.source).toBe(DEFAULT_RULES_TEXT)
    expect(canRead(compiled, [], null, anonymous)).toBe(true)
    expect(canWrite(compiled, ['a', 'b'], null, tree({ a: { b: 1 } }), anonymous)).toBe(true)
  })
})
