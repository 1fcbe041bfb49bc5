import { Writable } from 'node:stream'
import fc from 'fast-check'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loggerOptions, maskText } from '../src/log.js'
import { newCallSid, signedPost, startAurora, TEST_ADMIN_TOKEN, twilioParams, type TestAurora } from './helpers/aurora.js'

// Phone numbers never reach a log unmasked: not in Twilio's fields, not inside call and
// conversation ids (which carry the caller's digits by design), not in URLs or error messages.

const lines: string[] = []
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean))
    done()
  },
})
const CALLER = '+15551230001'
const runs = Number(process.env.FC_RUNS ?? 300)
/** The caller's digits however a line writes them: '+1 (555) 123-0001', '%2B1%20555%20123%200001'. */
const leaksCaller = (line: string): boolean => /5551230001/.test(line.replace(/%2[0BbDd89]|[ ()+.-]/g, ''))
let aurora: TestAurora

beforeAll(async () => {
  aurora = await startAurora({ deps: { logger: { ...loggerOptions('debug'), stream: capture } } })
})
afterAll(async () => {
  await aurora.close()
})

describe('logs', () => {
  it('carry no caller number through a whole call, admin views and errors included', async () => {
    const sid = newCallSid()
    const app = aurora.app
    await app.inject(signedPost('/incoming-call', twilioParams(sid, { From: CALLER })))
    await app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { From: CALLER, SpeechResult: `call me back on ${CALLER}, fire in zone A` })))
    const errorUrl = `https://aurora-a.example.test/process-speech?turn=2&from=${encodeURIComponent(CALLER)}`
    await app.inject(signedPost('/voice-fallback', twilioParams(sid, { From: CALLER, ErrorCode: '11205', ErrorUrl: errorUrl })))
    // A refused webhook logs its error, and a malformed one its validation message.
    await app.inject(signedPost('/incoming-call', { ...twilioParams(sid, { From: CALLER }), CallSid: `CA${CALLER}` }))
    const convId = app.calls.callBySid(sid)!.conversation_id
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { token: TEST_ADMIN_TOKEN, name: 'dana' } })
    const cookie = String(login.headers['set-cookie']).split(';')[0]!
    await app.inject({ method: 'GET', url: `/api/conversation/${convId}`, headers: { cookie } })
    await app.inject({ method: 'GET', url: `/api/conversation/${convId}x`, headers: { cookie } })
    await app.inject(signedPost('/call-status', twilioParams(sid, { From: CALLER, CallStatus: 'completed' })))
    // Any request's URL is logged, query string included, as sent: percent- or form-encoded.
    await app.inject({ method: 'GET', url: '/nope?phone=%2B1%20555%20123%200001&alt=(555)%20123-0001&form=%2B1+555+123+0001' })
    await app.inject({ method: 'GET', url: `/api/conversation/${convId}?callback=+1-555-123-0001`, headers: { cookie } })

    expect(lines.length).toBeGreaterThan(5)
    expect(lines.some((line) => line.includes('conv_'))).toBe(true)
    expect(lines.some((line) => line.includes('/nope?phone=+1555***0001&alt=+1555***0001&form=+1555***0001'))).toBe(true)
    const leaks = lines.filter(leaksCaller)
    expect(leaks).toEqual([])
  })

  it('masks phone and id fields at the top of a log entry and of a child logger\'s bindings, and one level down in an entry', () => {
    const out: string[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.push(...chunk.toString().split('\n').filter(Boolean))
        done()
      },
    })
    const log = Fastify({ logger: { ...loggerOptions('info'), stream: sink } }).log
    const convId = 'conv_15551230001_20261128_143000_t1'
    const call = { From: CALLER, note: 'kept', to: 15551230001 }
    log.info({ From: CALLER, call, convId, count: 3, when: new Date(0), list: [call] }, 'entry')
    log.child({ From: CALLER, callId: convId }).warn({ call: { mobile_no: CALLER, site: 'North' } }, 'from a child')
    log.info({ caller: { worker: { phone: CALLER } } }, 'two levels down')
    const [entry, child, deep] = out.map((line) => JSON.parse(line) as Record<string, any>)
    expect(entry).toMatchObject({ From: '+1555***0001', call: { From: '+1555***0001', note: 'kept', to: '+1555***0001' }, count: 3, when: '1970-01-01T00:00:00.000Z', msg: 'entry' })
    expect(entry!.convId).toMatch(/^conv_\+?1555\*+0001_20261128_143000_t1$/)
    // The object logged is left as it was: masking copies.
    expect(call.From).toBe(CALLER)
    expect(child).toMatchObject({ From: '+1555***0001', call: { mobile_no: '+1555***0001', site: 'North' }, msg: 'from a child' })
    expect(child!.callId).toMatch(/^conv_\+?1555\*+0001_/)
    // Only as deep as the paths reach; free text deeper down is not scanned.
    expect(deep!.caller.worker.phone).toBe(CALLER)
  })

  it('masks digits inside ids and free text but keeps dates and times readable', () => {
    expect(maskText('conv_15551230001_20261128_143000_t1')).toMatch(/^conv_\+?1555\*+0001_20261128_143000_t1$/)
    expect(maskText('from +447700900123 at 14:30')).not.toContain('7700900')
  })
})

describe('maskText', () => {
  it.each([
    ['/x?phone=%2B1%20555%20123%204567', '/x?phone=+1555***4567'],
    ['/x?p=%2B15551234567', '/x?p=+1555***4567'],
    ['/x?p=%2b1%2d555%2d123%2d4567', '/x?p=+1555***4567'],
    ['/x?p=%28555%29%20123-4567', '/x?p=+1555***4567'],
    ['/x?p=%2B1+555+123+4567', '/x?p=+1555***4567'],
    ['/x?q=%2015551234567', '/x?q=%20+1555***4567'],
    ['+1-555-123-4567', '+1555***4567'],
    ['(555) 123-4567', '+1555***4567'],
    ['+1 (555) 123-4567.', '+1555***4567.'],
    ['555.123.4567', '+1555***4567'],
    ['caller +44 20 7946 0958', 'caller +4420***0958'],
    ['0044 20 7946 0958', '+4420***0958'],
    ['tel:+15551234567', 'tel:+1555***4567'],
    ['call +1 555 123 4567 or +44 20 7946 0958', 'call +1555***4567 or +4420***0958'],
    ['+1 555 123 4567 +1 555 987 6543', '+1555***4567 +1555***6543'],
    ['from 07700 900123 at 14:30', 'from *** at 14:30'],
    ['14:30 +447700900123', '14:30 +4477***0123'],
    ['call me on 0 7 7 0 0 9 0 0 1 2 3', 'call me on ***'],
    ['2026-11-30 555-123-4567', '2026-11-30 +1555***4567'],
    ['x 10.0.0.1 5551234567', 'x 10.0.0.1 +1555***4567'],
    ['123456789', '***'],
  ])('masks a number however it is written: %j', (text, masked) => {
    expect(maskText(text)).toBe(masked)
  })

  it.each([
    '2026-11-30T06:00:00.000Z',
    'at 2026-11-30 06:00:00.123, seq 1234 2026-11-30T06:00:00Z',
    'drained in 25.5 s, p99 12.75 ms, 1 234 567 records',
    'took 12345.6789 ms',
    'Journal file /data/journal/000000000042.log is corrupt at byte offset 12345678',
    'conv_+1555***0001_20261128_143000_t1',
    'connect ECONNREFUSED 192.168.100.200:443',
    '    at Parser.defaultJsonParser [as fn] (/work/main/node_modules/fastify/lib/content-type-parser.js:352:12)',
    '30.11.2026 06:00, 12345678, node 20.11.1',
  ])('leaves what is not a phone number readable: %j', (text) => {
    expect(maskText(text)).toBe(text)
  })

  // A number's digits in groups joined by separators, as people, carriers and URL encoders write them.
  const groupsOf = (digits: string, sizes: number[]): string[] => {
    const groups: string[] = []
    let at = 0
    for (const size of sizes) {
      if (at >= digits.length) break
      groups.push(digits.slice(at, at + size))
      at += size
    }
    if (at < digits.length) groups.push(digits.slice(at))
    return groups
  }
  const written = (digits: fc.Arbitrary<string>, leads: string[], separators: string[]): fc.Arbitrary<[string, string]> =>
    fc
      .tuple(digits, fc.constantFrom(...leads), fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 12 }), fc.array(fc.constantFrom(...separators), { minLength: 15, maxLength: 15 }))
      .map(([number, lead, sizes, seps]) => [number, lead + groupsOf(number, sizes).map((group, i) => (i === 0 ? group : seps[i]! + group)).join('')])
  const text = fc.stringMatching(/^[a-zA-Z=?&/:, ]{0,12}$/)
  const shownDigits = (masked: string): number => masked.replace(/%[0-9A-Fa-f]{2}/g, '').replace(/\D/g, '').length

  it('property: an international number, however written, in any text, shows at most 8 of its digits', () => {
    const international = fc.stringMatching(/^[1-9][0-9]{8,14}$/)
    const separators = [' ', '-', '.', '+', '(', ')', ') ', ' (', ' - ', '%20', '%2D', '%2d', '%28', '%29', '%29%20', '']
    fc.assert(
      fc.property(text, written(international, ['+', '%2B', '%2b', '+(', '(+', '%28%2B'], separators), text, (before, [, number], after) => {
        const masked = maskText(`${before}${number}${after}`)
        expect(masked).toContain('***')
        expect(shownDigits(masked)).toBeLessThanOrEqual(8)
      }),
      { numRuns: runs },
    )
  })

  it('property: a national number (trunk 0), however written, in any text, shows at most 8 of its digits', () => {
    const national = fc.stringMatching(/^0[1-9][0-9]{7,10}$/)
    fc.assert(
      fc.property(text, written(national, ['', '('], [' ', '-', '%20', '%2D', ') ', ' - ', '']), text, (before, [, number], after) => {
        const masked = maskText(`${before}${number}${after}`)
        expect(masked).toContain('***')
        expect(shownDigits(masked)).toBeLessThanOrEqual(8)
      }),
      { numRuns: runs },
    )
  })

  it('property: timestamps, durations and sequence numbers stay as they are', () => {
    const when = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
    fc.assert(
      fc.property(when, fc.integer({ min: 0, max: 99_999_999 }), fc.double({ min: 0, max: 99_999, noNaN: true }), (date, seq, ms) => {
        const iso = date.toISOString()
        const line = `seq ${seq} at ${iso} (${iso.slice(0, 19).replace('T', ' ')}) took ${ms.toFixed(3)} ms, segment ${String(seq).padStart(12, '0')}.log`
        expect(maskText(line)).toBe(line)
      }),
      { numRuns: runs },
    )
  })

  // Not a speed target but a denial of service: any request's URL is masked, before anything is
  // checked. Quadratic, 1 MB of "(" took minutes; linear, it takes milliseconds. The bound is wide.
  it.each(['(', '+', '%2B', '%20', '(+'])('masks a long run of "%s" before digits in linear time', (run) => {
    const text = `/incoming-call?x=${run.repeat(Math.ceil(1_000_000 / run.length))}123456789`
    const started = performance.now()
    const masked = maskText(text)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(masked).not.toContain('123456789')
  })
})

