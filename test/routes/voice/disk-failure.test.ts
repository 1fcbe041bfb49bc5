import { existsSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GREETING } from '../../../src/calls/call-flow.js'
import { APOLOGY } from '../../../src/calls/twiml.js'
import { segmentFileName } from '../../../src/store/segments.js'
import { newCallSid, parseTwiml, signedPost, startAurora, twilioParams, type TestAurora } from '../../helpers/aurora.js'

// A real "disk full" from the kernel: every journal segment the store may rotate to is
// /dev/full, so the store fails for good (no fsync retry) and refuses every later commit. Callers
// must still get answers to what they say now, not an apology and their last instruction again.

let aurora: TestAurora
const firstCall = newCallSid()
let beforeFailure: string[]

const post = async (url: string, sid: string, speech?: string) => {
  const res = await aurora.app.inject(signedPost(url, twilioParams(sid, speech === undefined ? {} : { SpeechResult: speech, Confidence: '0.9' })))
  expect(res.statusCode).toBe(200)
  return res
}

beforeAll(async () => {
  if (!existsSync('/dev/full')) return
  aurora = await startAurora({ env: { JOURNAL_SEGMENT_BYTES: '4096' } })
  await post('/incoming-call', firstCall)
  beforeFailure = parseTwiml(await post('/process-speech?turn=1', firstCall, 'there is a fire in zone A')).say
  const { store } = aurora.app
  const next = store.lastDurableSeq + 1
  for (let seq = next; seq < next + 200; seq++) symlinkSync('/dev/full', join(aurora.config.dataDir, 'journal', segmentFileName(seq)))
  for (let i = 0; i < 40 && !store.stats().failed; i++) await store.commit([{ path: `pad/p${i}`, value: 'x'.repeat(400) }]).catch(() => undefined)
  expect(store.stats().failed).toMatch(/ENOSPC/)
})

afterAll(async () => {
  await aurora?.close()
})

describe.skipIf(!existsSync('/dev/full'))('callers while the journal disk has failed', () => {
  it('reports the failure on /health', async () => {
    expect((await aurora.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503)
  })

  it("answers what a caller on a live call says now, and the same words to Twilio's retry", async () => {
    const turn2 = await post('/process-speech?turn=2', firstCall, 'my colleague collapsed, he is not breathing')
    const twiml = parseTwiml(turn2)
    expect(twiml.say).not.toContain(APOLOGY)
    expect(twiml.say.join(' ')).not.toBe(beforeFailure.join(' '))
    expect(twiml.say.join(' ')).toMatch(/CPR|chest|breath/i)
    expect(twiml.gatherAction).toMatch(/turn=3$/)
    const retry = await post('/process-speech?turn=2', firstCall, 'my colleague collapsed, he is not breathing')
    expect(retry.body).toBe(turn2.body)
    // Still CRITICAL in what the next turn reads: a calmer turn is not answered as a first report.
    const turn3 = parseTwiml(await post('/process-speech?turn=3', firstCall, 'okay'))
    expect(turn3.say).not.toContain(APOLOGY)
    expect(turn3.gatherAction).toMatch(/turn=4$/)
  })

  it('greets a new call and answers its first words', async () => {
    const sid = newCallSid()
    const greeting = parseTwiml(await post('/incoming-call', sid))
    expect(greeting.say).toEqual([GREETING])
    expect(greeting.gatherAction).toMatch(/turn=1$/)
    const first = parseTwiml(await post('/process-speech?turn=1', sid, 'gas leak at valve 3, I can smell it everywhere'))
    expect(first.say).not.toContain(APOLOGY)
    expect(first.say.join(' ')).toMatch(/upwind|spark/i)
    expect(first.gatherAction).toMatch(/turn=2$/)
  })
})
