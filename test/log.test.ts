import { Writable } from 'node:stream'
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

    expect(lines.length).toBeGreaterThan(5)
    expect(lines.some((line) => line.includes('conv_'))).toBe(true)
    const leaks = lines.filter((line) => /5551230001/.test(line))
    expect(leaks).toEqual([])
  })

  it('masks digits inside ids and free text but keeps dates and times readable', () => {
    expect(maskText('conv_15551230001_20261128_143000_t1')).toMatch(/^conv_\+?1555\*+0001_20261128_143000_t1$/)
    expect(maskText('from +447700900123 at 14:30')).not.toContain('7700900')
  })
})
