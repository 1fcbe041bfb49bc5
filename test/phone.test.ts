import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPhone, normalizePhone, phoneDigits } from '../src/phone.js'

const runs = Number(process.env.FC_RUNS ?? 300)

describe('normalizePhone', () => {
  it.each([
    ['+15551234567', '+15551234567'],
    [' +1 (555) 123-4567 ', '+15551234567'],
    ['+44 7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['555-123-4567', '+15551234567'],
    ['15551234567', '+15551234567'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it.each(['', '   ', 'client:alice', 'sip:alice@example.com', 'anonymous', 'Restricted', '+266696687', 'call me', '+0123456789', '+1234', '12345', '+1234567890123456'])(
    'returns null for %j',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull()
    },
  )

  it('is idempotent and only ever returns E.164', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/)), (raw) => {
        const normalized = normalizePhone(raw)
        if (normalized !== null) {
          expect(normalized).toMatch(/^\+[1-9]\d{6,14}$/)
          expect(normalizePhone(normalized)).toBe(normalized)
        }
      }),
      { numRuns: runs },
    )
  })
})

describe('phoneDigits', () => {
  it('keeps the digits, or says anon', () => {
    expect(phoneDigits('+15551234567')).toBe('15551234567')
    expect(phoneDigits('client:alice')).toBe('anon')
    expect(phoneDigits('anonymous')).toBe('anon')
    expect(phoneDigits('+266696687')).toBe('anon')
    expect(phoneDigits('')).toBe('anon')
  })
})

describe('maskPhone', () => {
  it('keeps the country-ish prefix and the last 4 digits', () => {
    expect(maskPhone('+15551234567')).toBe('+1555***4567')
    expect(maskPhone('+447700900123')).toBe('+4477***0123')
    expect(maskPhone('+3531234567')).toBe('+353***4567')
  })

  it('fully masks what is not a number or too short to mask', () => {
    for (const raw of ['client:alice', 'anonymous', '', '+1234567', 'junk 123456789']) expect(maskPhone(raw)).toBe('***')
  })

  it('property: shows at most a 4-digit leading prefix and the last 4 digits, and hides at least 3', () => {
    const phoneLike = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\+?[0-9]{0,18}$/),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^[0-9]{4,12}$/)).map(([cc, rest]) => `+${cc} ${rest}`),
    )
    fc.assert(
      fc.property(phoneLike, (raw) => {
        const masked = maskPhone(raw)
        const shown = masked.replace(/\D/g, '')
        const inputDigits = (normalizePhone(raw) ?? '').replace(/\D/g, '')
        if (shown === '') return
        // Digits shown are exactly a prefix (<= 4) plus the last 4 of the number...
        const prefix = shown.slice(0, -4)
        expect(prefix.length).toBeLessThanOrEqual(4)
        expect(inputDigits.startsWith(prefix)).toBe(true)
        expect(inputDigits.endsWith(shown.slice(-4))).toBe(true)
        // ... and at least 3 digits stay hidden.
        expect(inputDigits.length - shown.length).toBeGreaterThanOrEqual(3)
      }),
      { numRuns: runs },
    )
  })
})
