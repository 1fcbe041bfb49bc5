import { existsSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GOODBYE, GREETING, HOLDING } from '../../../src/calls/call-flow.js'
import { createResponder } from '../../../src/triage/responder.js'
import type { Responder } from '../../../src/triage/responder-types.js'
import { login } from '../../helpers/admin.js'
import { APOLOGY } from '../../../src/calls/twiml.js'
import { segmentFileName } from '../../../src/store/segments.js'
import { newCallSid, parseTwiml, signedPost, startAurora, twilioParams, type TestAurora } from '../../helpers/aurora.js'

// A real "disk full" from the kernel: every journal segment the store may rotate to is
// /dev/full, so the store fails for good (no fsync retry) and refuses every later commit. Callers
// must still get answers to what they say now, not an apology and their last instruction again.

let aurora: TestAurora
const firstCall = newCallSid()
let beforeFailure: string[]
let beforeFailureBody: string
/** Calls set up by supervisors before the disk failed: held, ended, and one with a line waiting. */
const held = newCallSid()
const ended = newCallSid()
const lineWaiting = newCallSid()
const endedWithLine = newCallSid()
const heldWithLine = newCallSid()
const heldQuiet = newCallSid()
const LINE = 'The fire crew is at the north gate.'
let responses = 0
const playbook = createResponder({ kind: 'playbook' })
const counting: Responder = { name: 'counting', respond: (input) => (responses++, playbook.respond(input)) }

const post = async (url: string, sid: string, speech?: string) => {
  const res = await aurora.app.inject(signedPost(url, twilioParams(sid, speech === undefined ? {} : { SpeechResult: speech, Confidence: '0.9' })))
  expect(res.statusCode).toBe(200)
  return res
}

beforeAll(async () => {
  if (!existsSync('/dev/full')) return
  aurora = await startAurora({ env: { JOURNAL_SEGMENT_BYTES: '4096' }, deps: { responder: counting } })
  await post('/incoming-call', firstCall)
  const turn1 = await post('/process-speech?turn=1', firstCall, 'there is a fire in zone A')
  beforeFailureBody = turn1.body
  beforeFailure = parseTwiml(turn1).say
  const cookie = await login(aurora.app, 'dana')
  for (const sid of [held, ended, lineWaiting, endedWithLine, heldWithLine, heldQuiet]) {
    await post('/incoming-call', sid)
    await post('/process-speech?turn=1', sid, 'smoke in bay 2')
  }
  const act = (sid: string, action: string, payload: object = {}) =>
    aurora.app.inject({ method: 'POST', url: `/api/conversation/${aurora.app.calls.callBySid(sid)!.conversation_id}/${action}`, headers: { cookie }, payload })
  expect((await act(held, 'takeover')).statusCode).toBe(200)
  expect((await act(ended, 'end')).statusCode).toBe(200)
  expect((await act(lineWaiting, 'messages', { text: LINE })).json().delivery).toBe('next_turn')
  await act(endedWithLine, 'messages', { text: LINE })
  expect((await act(endedWithLine, 'end')).statusCode).toBe(200)
  expect((await act(heldWithLine, 'takeover')).statusCode).toBe(200)
  expect((await act(heldQuiet, 'takeover')).statusCode).toBe(200)
  await act(heldWithLine, 'messages', { text: LINE })
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
    responses = 0
    const turn2 = await post('/process-speech?turn=2', firstCall, 'my colleague collapsed, he is not breathing')
    const twiml = parseTwiml(turn2)
    expect(twiml.say).not.toContain(APOLOGY)
    expect(twiml.say.join(' ')).not.toBe(beforeFailure.join(' '))
    expect(twiml.say.join(' ')).toMatch(/CPR|chest|breath/i)
    expect(twiml.gatherAction).toMatch(/turn=3$/)
    const retry = await post('/process-speech?turn=2', firstCall, 'my colleague collapsed, he is not breathing')
    expect(retry.body).toBe(turn2.body)
    // One responder answer for the turn and its retry: none started for an answer that cannot be recorded.
    expect(responses).toBe(1)
    // Still CRITICAL in what the next turn reads: a calmer turn is not answered as a first report.
    const turn3 = parseTwiml(await post('/process-speech?turn=3', firstCall, 'okay'))
    expect(turn3.say).not.toContain(APOLOGY)
    expect(turn3.gatherAction).toMatch(/turn=4$/)
  })

  it('reads one conversation: what was recorded before the failure and what was answered since', async () => {
    // A retry of turn 1, answered and recorded before the failure: the same answer, not the next step.
    expect((await post('/process-speech?turn=1', firstCall, 'there is a fire in zone A')).body).toBe(beforeFailureBody)
    // The fallback (a silent turn failed at Twilio's end) says the latest answer, from memory, and
    // numbers on from there: not "Let me repeat" of turn 1, not a turn number already used.
    const turn3 = parseTwiml(await post('/process-speech?turn=3', firstCall, 'okay'))
    const fallback = parseTwiml(await post('/voice-fallback?reason=internal-error', firstCall))
    expect(fallback.say.join(' ')).toContain(turn3.say.join(' '))
    expect(fallback.say.join(' ')).not.toMatch(/Let me repeat/)
    expect(fallback.gatherAction).toMatch(/turn=4$/)
    const turn4 = parseTwiml(await post('/process-speech?turn=4', firstCall, 'I am trapped, smoke is everywhere'))
    expect(turn4.say).not.toEqual(turn3.say)
    expect(turn4.gatherAction).toMatch(/turn=5$/)
    // A retried /incoming-call carries on from there too.
    expect(parseTwiml(await post('/incoming-call', firstCall)).gatherAction).toMatch(/turn=5$/)
  })

  it("answers the words a fallback carries for a call that began after the failure", async () => {
    const sid = newCallSid()
    const res = await aurora.app.inject(
      signedPost('/voice-fallback', twilioParams(sid, { ErrorCode: '11200', ErrorUrl: 'https://aurora-a.example.test/process-speech', SpeechResult: 'gas leak at valve 3', Confidence: '0.9' })),
    )
    const twiml = parseTwiml(res)
    expect(twiml.say.join(' ')).toMatch(/upwind|spark/i)
    expect(twiml.gatherAction).toMatch(/turn=2$/)
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

  it('keeps what supervisors did before the failure: a held call holds, an ended one says goodbye, a waiting line is said once', async () => {
    expect(parseTwiml(await post('/process-speech?turn=2', held, 'is anyone there'))).toMatchObject({ say: [HOLDING], hangup: false })
    expect(parseTwiml(await post('/process-speech?turn=2', ended, 'hello?'))).toMatchObject({ say: [GOODBYE], hangup: true, gatherAction: null })
    const first = parseTwiml(await post('/process-speech?turn=2', lineWaiting, 'the smoke is getting thicker'))
    expect(first.say[0]).toMatch(new RegExp(`^${LINE}`))
    // Twilio failing that answer: the fallback says it again, line included, and the call goes on after it.
    const again = parseTwiml(await post('/voice-fallback?reason=internal-error', lineWaiting))
    expect(again.say.join(' ')).toContain(first.say.join(' '))
    expect(again.gatherAction).toMatch(/turn=3$/)
    const second = parseTwiml(await post('/process-speech?turn=3', lineWaiting, 'we are moving out'))
    expect(second.say.join(' ')).not.toContain(LINE)
    // The ended call's closing answer lost: the fallback hangs up again.
    expect(parseTwiml(await post('/voice-fallback?reason=internal-error', ended))).toMatchObject({ say: [GOODBYE], hangup: true })
  })

  it("holds a held call from the fallback, not with Aurora's instruction from before the takeover", async () => {
    expect(parseTwiml(await post('/voice-fallback?reason=internal-error', heldQuiet)).say).toEqual([HOLDING])
  })

  it('takes a post without a turn number as a new turn, even with the words of the last one', async () => {
    const sid = newCallSid()
    await post('/incoming-call', sid)
    expect(parseTwiml(await post('/process-speech', sid, 'help')).gatherAction).toMatch(/turn=2$/)
    expect(parseTwiml(await post('/process-speech', sid, 'help')).gatherAction).toMatch(/turn=3$/)
  })

  it('says again, from the fallback, the supervisor lines a lost answer carried', async () => {
    const closing = parseTwiml(await post('/process-speech?turn=2', endedWithLine, 'what now'))
    expect(closing).toMatchObject({ say: [`${LINE} ${GOODBYE}`], hangup: true })
    expect(parseTwiml(await post('/voice-fallback?reason=internal-error', endedWithLine))).toMatchObject({ say: [`${LINE} ${GOODBYE}`], hangup: true })
    expect(parseTwiml(await post('/process-speech?turn=2', heldWithLine, 'hello?')).say).toEqual([LINE])
    const again = parseTwiml(await post('/voice-fallback?reason=internal-error', heldWithLine))
    expect(again.say.join(' ')).toContain(LINE)
    expect(again.gatherAction).toMatch(/turn=3$/)
  })
})
