import { Buffer } from 'node:buffer'
import { createMockUserToken } from '@firebase/util'
import { describe, expect, it } from 'vitest'
import { authFromToken } from '../../../../sim/rtdb/rules/index.js'

function jwt(header: unknown, payload: unknown, signature = ''): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part(header)}.${part(payload)}.${signature}`
}

describe('authFromToken', () => {
  it('treats "owner" as the admin', () => {
    expect(authFromToken('owner')).toEqual({ kind: 'owner' })
  })

  it('decodes the SDK mock user token (alg none, empty signature, expired by design)', () => {
    // Exactly what connectDatabaseEmulator(db, host, port, { mockUserToken }) sends (§12).
    const token = createMockUserToken({ sub: 'alice', user_id: 'alice', admin: true }, 'demo-aurora')
    expect(token.endsWith('.')).toBe(true)
    const identity = authFromToken(token)
    expect(identity.kind).toBe('user')
    if (identity.kind !== 'user') return
    expect(identity.auth.uid).toBe('alice')
    expect(identity.auth.provider).toBe('custom')
    expect(identity.auth.token).toMatchObject({ sub: 'alice', admin: true, aud: 'demo-aurora', exp: 3600 })
  })

  it('falls back to user_id and ignores signatures on real-looking tokens', () => {
    const identity = authFromToken(jwt({ alg: 'RS256', typ: 'JWT' }, { user_id: 'bob' }, 'c2lnbmF0dXJl'))
    expect(identity).toEqual({ kind: 'user', auth: { uid: 'bob', token: { user_id: 'bob' } } })
  })

  it('gives a token without sub or user_id a null uid', () => {
    expect(authFromToken(jwt({ alg: 'none' }, { iat: 0 }))).toEqual({ kind: 'user', auth: { uid: null, token: { iat: 0 } } })
  })

  it.each([
    ['', 'neither "owner" nor a JWT'],
    ['Owner', 'neither "owner" nor a JWT'],
    ['ya29.a0AfH6SM', 'neither "owner" nor a JWT'],
    ['a.b.c.d', 'neither "owner" nor a JWT'],
    ['!!!.e30.', 'header is not base64url'],
    [`${Buffer.from('{}').toString('base64url')}.bm90IGpzb24.`, 'payload is not JSON'],
    [jwt({ alg: 'none' }, [1, 2]), 'payload is not a JSON object'],
    [jwt('header', { sub: 'x' }), 'header is not a JSON object'],
    [jwt({ alg: 'none' }, { sub: 42 }), 'sub/user_id claim must be a non-empty string'],
    [jwt({ alg: 'none' }, { sub: 'x' }, 'not base64!'), 'signature is not base64url'],
  ])('refuses %j', (token, reason) => {
    const identity = authFromToken(token)
    expect(identity.kind).toBe('invalid')
    if (identity.kind === 'invalid') expect(identity.reason).toContain(reason)
  })
})
