import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { GOODBYE, GREETING, HANDBACK, HOLDING, KEEP_TALKING } from '../../../src/calls/call-flow.js'
import { APOLOGY } from '../../../src/calls/twiml.js'
import { login } from '../../helpers/admin.js'
import { newCallSid, parseTwiml, postFallback, signedPost, startAurora, TEST_PUBLIC_URL, twilioParams, type TestAurora } from '../../helpers/aurora.js'
import { failJournal, holdJournal } from '../../helpers/journal.js'

// Twilio's fallback URL on calls a supervisor holds or held, and after late turns, with the
// journal working and with it refusing writes (the answer then comes from memory): the same
// posts must get the same kind of answer either way.

let aurora: TestAurora | undefined
afterEach(async () => {
  await aurora?.close()
  aurora = undefined
})

const modes = [
  { name: 'journal working', failDisk: false },
  ...(existsSync('/dev/full') ? [{ name: 'journal refusing writes', failDisk: true }] : []),
]

async function start(env: Record<string, string> = {}): Promise<TestAurora> {
  aurora = await startAurora({ env: { JOURNAL_SEGMENT_BYTES: '4096', ...env } })
  return aurora
}

const failDisk = failJournal

const post = async (t: TestAurora, url: string, sid: string, speech?: string) =>
  parseTwiml(await t.app.inject(signedPost(url, twilioParams(sid, speech === undefined ? {} : { SpeechResult: speech, Confidence: '0.9' }))))

async function callTakenOver(t: TestAurora): Promise<{ sid: string; act: (action: string, payload?: object) => Promise<void> }> {
  const sid = newCallSid()
  await post(t, '/incoming-call', sid)
  await post(t, '/process-speech?turn=1', sid, 'fire in zone a near the paint booth')
  const cookie = await login(t.app, 'dana')
  const convId = t.app.calls.callBySid(sid)!.conversation_id
  const act = async (action: string, payload: object = {}) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/${action}`, headers: { cookie }, payload })
    expect(res.statusCode).toBeLessThan(300)
  }
  await act('takeover')
  return { sid, act }
}

describe.each(modes)('the fallback around a supervisor, $name', ({ failDisk: fail }) => {
  it("says a held call's waiting supervisor line, or holds; never Aurora's instruction from before the takeover", async () => {
    const t = await start()
    const { sid, act } = await callTakenOver(t)
    const quiet = await callTakenOver(t)
    const line = 'Dana here. Do not use the stairs, stay in the office and seal the door.'
    await act('messages', { text: line })
    if (fail) await failDisk(t)
    expect((await post(t, '/voice-fallback?reason=internal-error', sid)).say).toEqual([line])
    expect((await post(t, '/voice-fallback?reason=internal-error', quiet.sid)).say).toEqual([HOLDING])
  })

  it('says the hand-back line after a release, not that a supervisor is still there', async () => {
    const t = await start()
    const { sid, act } = await callTakenOver(t)
    expect((await post(t, '/process-speech?turn=2', sid, 'ok we are waiting')).say).toEqual([HOLDING])
    await act('release')
    if (fail) await failDisk(t)
    const fallback = await post(t, '/voice-fallback?reason=internal-error', sid)
    expect(fallback.say.join(' ')).toBe(`${HANDBACK} ${KEEP_TALKING}`)
    expect(fallback.gatherAction).toMatch(/turn=3$/)
  })
})

describe.each(modes)('the fallback with supervisor lines waiting on a call Aurora has again, $name', ({ failDisk: fail }) => {
  it('says the hand-back and the waiting line, not the instruction from before the takeover again', async () => {
    const t = await start()
    const { sid, act } = await callTakenOver(t)
    const line = 'Dana here. Do not use the stairs, stay in the office.'
    await act('messages', { text: line })
    await act('release')
    if (fail) await failDisk(t)
    const fallback = await post(t, '/voice-fallback?reason=internal-error', sid)
    expect(fallback.say.join(' ')).toBe(`${HANDBACK} ${line} ${KEEP_TALKING}`)
  })
})

describe('a call a supervisor held or ended on another instance', () => {
  it("is still held, or still ended, when Twilio's fallback brings it here", async () => {
    const holder = await start()
    const here = await startAurora()
    try {
      const held = await callTakenOver(holder)
      const ended = await callTakenOver(holder)
      await ended.act('end')
      // What Firebase says of each call: the holder's record (a forwarded or fallen-back call reads it).
      const elsewhere = (sid: string) => holder.app.calls.callBySid(sid)!
      const fallback = (sid: string) => here.app.callFlow.fallback({ callSid: sid, from: '+15551230001', elsewhere: elsewhere(sid) })
      expect(await fallback(held.sid)).toMatchObject({ say: [HOLDING] })
      expect(here.app.calls.callBySid(held.sid)).toMatchObject({ status: 'TAKEN_OVER', taken_over_by: 'admin:dana' })
      expect(await fallback(ended.sid)).toMatchObject({ hangup: true })
      expect(here.app.calls.callBySid(ended.sid)).toMatchObject({ status: 'ENDED', end_reason: 'admin' })
    } finally {
      await here.close()
    }
  })
})

describe('the fallback after late turns', () => {
  it('says the supervisor line a late hold answer carried, after a release, and marks it heard only then', async () => {
    const t = await start({ WEBHOOK_DEADLINE_MS: '600' })
    const { sid, act } = await callTakenOver(t)
    const line = 'Dana here. Do not use the stairs, stay in the office.'
    await act('messages', { text: line })
    const hold = holdJournal(t)
    expect((await post(t, '/process-speech?turn=2', sid, 'what do we do')).say).toEqual([APOLOGY])
    const releasing = act('release')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const fallback = await post(t, '/voice-fallback?reason=internal-error', sid)
    expect(fallback.say.join(' ')).toBe(`${HANDBACK} ${line} ${KEEP_TALKING}`)
    hold.release()
    await releasing
    await t.app.callFlow.settled(sid)
    await t.app.callFlow.backgroundWritten()
    // Said once: the next turn goes on without it.
    expect((await post(t, '/process-speech?turn=3', sid, 'ok')).say.join(' ')).not.toContain(line)
  })


  it('notes a late turn without a number heard after all when a fallback replays it in time, so the next one repeats it', async () => {
    const t = await start({ WEBHOOK_DEADLINE_MS: '600' })
    const sid = newCallSid()
    await post(t, '/incoming-call', sid)
    await post(t, '/process-speech?turn=1', sid, 'fire in zone a near the paint booth')
    const hold = holdJournal(t)
    await post(t, '/process-speech', sid, 'it is spreading to the stores')
    hold.release()
    await t.app.callFlow.settled(sid)
    await t.app.callFlow.backgroundWritten()
    const replay = parseTwiml(
      await postFallback(t.app, sid, { ErrorUrl: `${TEST_PUBLIC_URL}/process-speech`, SpeechResult: 'it is spreading to the stores', Confidence: '0.9' }),
    )
    expect(replay.gatherAction).toMatch(/turn=3$/)
    await t.app.callFlow.backgroundWritten()
    expect(parseTwiml(await postFallback(t.app, sid)).say[0]).toMatch(/^Let me repeat: /)
  })

  it('replays a numberless failed post only if it was the latest thing heard (silence counts)', async () => {
    const t = await start()
    const sid = newCallSid()
    await post(t, '/incoming-call', sid)
    await post(t, '/process-speech?turn=1', sid, 'fire in zone a')
    await post(t, '/process-speech?turn=2', sid, '')
    const fallback = parseTwiml(await postFallback(t.app, sid, { ErrorUrl: `${TEST_PUBLIC_URL}/process-speech`, SpeechResult: 'fire in zone a', Confidence: '0.9' }))
    expect(fallback.gatherAction).toMatch(/turn=4$/)
  })

  it.skipIf(!existsSync('/dev/full'))('greets from memory a caller whose greeting was late before the disk failed', async () => {
    const t = await start({ WEBHOOK_DEADLINE_MS: '600' })
    const sid = newCallSid()
    const hold = holdJournal(t)
    await post(t, '/incoming-call', sid)
    hold.release()
    await t.app.callFlow.settled(sid)
    await t.app.callFlow.backgroundWritten()
    await failDisk(t)
    expect((await post(t, '/voice-fallback?reason=internal-error', sid)).say).toEqual([GREETING])
  })
})

// Twilio failed the webhook of turn 1 after Aurora had answered and recorded it (a lost response,
// or one past Twilio's 15 s), then brings the caller's words to the fallback. A supervisor acted
// in between: the recorded answer is not what to say now.
describe.each(modes)('a failed turn the fallback replays after a supervisor acted, $name', ({ failDisk: fail }) => {
  const words = 'fire in zone a near the paint booth'
  const replay = async (t: TestAurora, sid: string) =>
    parseTwiml(await postFallback(t.app, sid, { ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=1`, SpeechResult: words, Confidence: '0.9' }))

  it('holds a call taken over since, or says the line waiting on it: not the instruction from before the takeover', async () => {
    const t = await start()
    const quiet = await callTakenOver(t)
    const { sid, act } = await callTakenOver(t)
    const line = 'Dana here. Do not use the stairs, stay in the office and seal the door.'
    await act('messages', { text: line })
    if (fail) await failDisk(t)
    const held = await replay(t, quiet.sid)
    expect(held.say).toEqual([HOLDING])
    expect(held.gatherAction).toMatch(/turn=2$/)
    expect((await replay(t, sid)).say).toEqual([line])
  })

  it('says goodbye and hangs up on a call a supervisor ended since', async () => {
    const t = await start()
    const { sid, act } = await callTakenOver(t)
    await act('end')
    if (fail) await failDisk(t)
    const ended = await replay(t, sid)
    expect(ended.hangup).toBe(true)
    expect(ended.say.join(' ')).toMatch(new RegExp(`${GOODBYE.replace(/[.?]/g, '\\$&')}$`))
  })

  it('hands back a call released since, and does not say a supervisor is still there', async () => {
    const t = await start()
    const { sid, act } = await callTakenOver(t)
    await act('release')
    if (fail) await failDisk(t)
    const back = await replay(t, sid)
    expect(back.say.join(' ')).toMatch(new RegExp(`^${HANDBACK}`))
    expect(back.say.join(' ')).toMatch(new RegExp(`${KEEP_TALKING}$`))
    expect(back.say.join(' ')).not.toContain(HOLDING)
  })
})

describe('a failed turn the fallback replays, with a supervisor line left on the call since', () => {
  it("says Aurora's lost answer, then the line, and records what it said", async () => {
    const t = await start()
    const sid = newCallSid()
    await post(t, '/incoming-call', sid)
    const answer = (await post(t, '/process-speech?turn=1', sid, 'fire in zone a near the paint booth')).say.join(' ')
    const cookie = await login(t.app, 'dana')
    const convId = t.app.calls.callBySid(sid)!.conversation_id
    const line = 'Dana here. Use the east exit, the west one is blocked.'
    const sent = await t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/messages`, headers: { cookie }, payload: { text: line } })
    expect(sent.statusCode).toBe(201)
    const replayed = parseTwiml(
      await postFallback(t.app, sid, { ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=1`, SpeechResult: 'fire in zone a near the paint booth', Confidence: '0.9' }),
    )
    expect(replayed.say.join(' ')).toBe(`${answer} ${line} ${KEEP_TALKING}`)
    await t.app.callFlow.backgroundWritten()
    // Said once: the next turn goes on without it.
    expect((await post(t, '/process-speech?turn=2', sid, 'we are at the east exit')).say.join(' ')).not.toContain(line)
  })
})
