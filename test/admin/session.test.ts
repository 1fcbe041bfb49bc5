import { describe, expect, it } from 'vitest'
import { decodeSession, deriveSessionSecret, encodeSession, newSessionId, tokensEqual } from '../../src/admin/session.js'

describe('tokensEqual (constant-time comparison)', () => {
  it.each([
    ['secret-token-123456', 'secret-token-123456', true],
    ['secret-token-123457', 'secret-token-123456', false],
    ['secret-token-12345', 'secret-token-123456', false],
    ['secret-token-1234567', 'secret-token-123456', false],
    ['', 'secret-token-123456', false],
    ['', '', false],
    ['ünïcödé-token-0001', 'ünïcödé-token-0001', true],
  ])('%j vs %j -> %j', (presented, expected, equal) => {
    expect(tokensEqual(presented, expected)).toBe(equal)
  })

  it('compares fixed-length digests, so a length mismatch does not throw or return early', () => {
    expect(() => tokensEqual('x'.repeat(10_000), 'short')).not.toThrow()
  })
})

describe('session payload', () => {
  it('round-trips, and expires', () => {
    const session = { actor: 'admin:dana', id: newSessionId(), issuedAt: 1000, expiresAt: 5000 }
    expect(decodeSession(encodeSession(session), 4999)).toEqual(session)
    // A version 1 cookie (no id, so no way to revoke it) is refused.
    expect(decodeSession(Buffer.from('{"v":1,"a":"admin:dana","i":1000,"e":5000}').toString('base64url'), 0)).toBeNull()
    expect(decodeSession(encodeSession({ ...session, id: 'short' }), 0)).toBeNull()
    expect(decodeSession(encodeSession(session), 5000)).toBeNull()
    expect(decodeSession('not-base64-json', 0)).toBeNull()
    expect(decodeSession(Buffer.from('{"v":1,"a":"","i":0,"e":9}').toString('base64url'), 0)).toBeNull()
  })

  it('derives a signing secret that is not the token itself and depends on it', () => {
    expect(deriveSessionSecret('token-a-0123456789')).not.toContain('token-a')
    expect(deriveSessionSecret('token-a-0123456789')).not.toBe(deriveSessionSecret('token-b-0123456789'))
  })
})
