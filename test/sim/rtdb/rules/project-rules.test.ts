// Aurora's own database.rules.json: admins (custom claim admin === true) read the three mirrored
// trees; nobody but the owner (firebase-admin, which bypasses rules) writes anything.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRead, canWrite, compileRules } from '../../../../sim/rtdb/rules/index.js'
import { setAt } from '../../../../sim/rtdb/tree/node.js'
import { tree } from './json-tree.js'
import { anonymous, user } from './rule-contexts.js'

const compiled = compileRules(readFileSync(new URL('../../../../database.rules.json', import.meta.url), 'utf8'))
const MIRRORED = ['active_calls', 'active_conversations', 'call_history']
const root = tree({
  active_calls: { CA1: { status: 'in-progress' } },
  active_conversations: { CA1: { step: 'location' } },
  call_history: { CA0: { outcome: 'dispatched' } },
  config: { twilio: 'secret' },
})
const admin = user('supervisor', { admin: true })

describe('database.rules.json', () => {
  it('lets admins read the mirrored trees and everything below them', () => {
    for (const key of MIRRORED) {
      expect(canRead(compiled, [key], root, admin)).toBe(true)
      expect(canRead(compiled, [key, 'CA1', 'status'], root, admin)).toBe(true)
    }
  })

  it('denies admins the root and any other tree', () => {
    expect(canRead(compiled, [], root, admin)).toBe(false)
    expect(canRead(compiled, ['config'], root, admin)).toBe(false)
  })

  it('denies reads to everyone else', () => {
    for (const ctx of [anonymous, user('worker'), user('worker', { admin: 'true' }), user('worker', { admin: 1 })]) {
      for (const key of MIRRORED) expect(canRead(compiled, [key], root, ctx)).toBe(false)
    }
  })

  it('property: no client write is ever allowed, admin or not', () => {
    const key = fc.constantFrom(...MIRRORED, 'config', 'x')
    const ctx = fc.constantFrom(anonymous, admin, user('worker'))
    fc.assert(
      fc.property(fc.array(key, { minLength: 0, maxLength: 3 }), ctx, fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (path, who, value) => {
        expect(canWrite(compiled, path, root, setAt(root, path, tree(value)), who)).toBe(false)
      }),
    )
  })
})
