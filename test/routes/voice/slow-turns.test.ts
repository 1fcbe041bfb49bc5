import { afterEach, describe, expect, it, vi } from 'vitest'
import { GREETING, HOLDING, KEEP_TALKING } from '../../../src/calls/call-flow.js'
import { orderedMessages, type Message } from '../../../src/calls/model.js'
import { APOLOGY, SAFE_LINE } from '../../../src/calls/twiml.js'
import { Caller, login } from '../../helpers/admin.js'
import { newCallSid, parseTwiml, postFallback, signedPost, startAurora, TEST_PUBLIC_URL, twilioParams, type TestAurora } from '../../helpers/aurora.js'
import { holdJournal, stallJournal } from '../../helpers/journal.js'
import { completion, sendJson, startFakeLlm, type FakeLlm } from '../../triage/fake-llm-server.js'

// Turns that take time: an LLM responder thinking while an admin acts, an LLM answer TwiML cannot
// carry, and a journal whose writes stall. Real HTTP into Fastify, a real OpenAI-compatible
// server on a socket, and the admin API as the dashboard calls it.

let aurora: TestAurora | null = null
let llm: FakeLlm | null = null
afterEach(async () => {
  await aurora?.close()
  await llm?.close()
  aurora = null
  llm = null
})

/** An LLM that holds each answer until the test releases it, so the test can act mid-turn. */
async function heldLlm(content: string) {
  const arrivals: (() => void)[] = []
  const releases: (() => void)[] = []
  let arrived = new Promise<void>((resolve) => arrivals.push(resolve))
  llm = await startFakeLlm((_req, res) => {
    arrivals.shift()?.()
    releases.push(() => sendJson(res, 200, completion(content)))
  })
  return {
    baseUrl: llm.baseUrl,
    /** Resolves once a turn's request reached the LLM (the caller's words are committed by then). */
    async arrived(): Promise<void> {
      await arrived
      arrived = new Promise<void>((resolve) => arrivals.push(resolve))
    },
    release(): void {
      releases.shift()?.()
    },
  }
}

async function startWithLlm(baseUrl: string) {
  aurora = await startAurora({ env: { RESPONDER: 'llm', LLM_BASE_URL: baseUrl, LLM_MODEL: 'test-model', LLM_DEADLINE_MS: '5000' } })
  return aurora
}

const messagesOf = (t: TestAurora, convId: string): Message[] => orderedMessages(t.app.calls.conversation(convId))

describe('an admin acting while the LLM thinks', () => {
  it('keeps the urgency the admin set mid-turn, whatever the turn concluded', async () => {
    const model = await heldLlm('{"say": "Leave Zone B now by the nearest exit.", "urgency": "CRITICAL"}')
    const t = await startWithLlm(model.baseUrl)
    const cookie = await login(t.app)
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()

    const turn = caller.say('there is smoke and a smell of gas in zone b')
    await model.arrived()
    const set = await t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/urgency`, headers: { cookie }, payload: { urgency: 'MEDIUM' } })
    expect(set.statusCode).toBe(200)
    model.release()
    expect(parseTwiml(await turn).say.join(' ')).toMatch(/Leave Zone B now/)
    expect(t.app.calls.callBySid(caller.sid)?.urgency).toBe('MEDIUM')

    // The next turn is the responder's again: it may raise urgency as usual.
    const next = caller.say('someone collapsed, he is not breathing')
    await model.arrived()
    model.release()
    await next
    expect(t.app.calls.callBySid(caller.sid)?.urgency).toBe('CRITICAL')
  })

  it('gives the caller the supervisor, not the responder, when the call is taken over mid-turn', async () => {
    const model = await heldLlm('{"say": "Leave Zone B now by the nearest exit.", "urgency": "HIGH"}')
    const t = await startWithLlm(model.baseUrl)
    const cookie = await login(t.app)
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()

    const turn = caller.say('a pipe burst in zone b and there is steam everywhere')
    await model.arrived()
    const taken = await t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/takeover`, headers: { cookie }, payload: {} })
    expect(taken.statusCode).toBe(200)
    model.release()
    expect(parseTwiml(await turn).say).toEqual([HOLDING])
    const answers = messagesOf(t, convId).filter((m) => m.role === 'assistant' && m.turn === 1)
    expect(answers.map((m) => m.responder)).toEqual(['hold'])
  })
})

describe('an LLM answer TwiML cannot carry', () => {
  it('is spoken without the offending characters, and recorded as spoken', async () => {
    llm = await startFakeLlm((_req, res) => sendJson(res, 200, completion('{"say": "Leave the area now\\u0007. Stay\\u0000 upwind.", "urgency": "HIGH"}')))
    const t = await startWithLlm(llm.baseUrl)
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    const twiml = parseTwiml(await caller.say('chlorine smell near the pool pumps'))
    expect(twiml.say).toEqual(['Leave the area now . Stay upwind.'])
    expect(twiml.say.join(' ')).not.toContain(APOLOGY)
    const answer = messagesOf(t, convId).find((m) => m.role === 'assistant' && m.turn === 1)
    expect(answer).toMatchObject({ responder: 'llm', text: 'Leave the area now . Stay upwind.' })
  })
})

describe('a journal whose writes stall', () => {
  // The turn's records are applied in memory but the answer misses its deadline: the caller hears
  // the apology, so the transcript must not read as if they heard the turn's answer, and the
  // fallback must not "repeat" words the caller never heard (and must record what it said).
  it('answers the turn with the apology at its deadline, notes it, and the fallback says the unheard answer as new', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('fire in zone a near the paint booth')
    stallJournal(t)

    const started = performance.now()
    const turn = await t.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, { SpeechResult: 'it is spreading', Confidence: '0.9' })))
    const waited = performance.now() - started
    expect(turn.statusCode).toBe(200)
    expect(parseTwiml(turn)).toMatchObject({ say: [APOLOGY], redirect: expect.stringMatching(/\/voice-fallback/) })
    expect(waited).toBeGreaterThanOrEqual(790)
    const unheard = messagesOf(t, convId).find((m) => m.role === 'assistant' && m.turn === 2)
    expect(unheard).toBeDefined()
    expect(messagesOf(t, convId).filter((m) => m.event === 'late_answer')).toEqual([
      expect.objectContaining({ role: 'system', actor: 'aurora', turn: 2, text: 'The answer to turn 2 was late: the caller heard an apology' }),
    ])

    const first = await postFallback(t.app, caller.sid)
    expect(first.statusCode).toBe(200)
    expect(parseTwiml(first)).toMatchObject({ say: [unheard!.text, KEEP_TALKING], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=3` })
    const spoken = messagesOf(t, convId).filter((m) => m.responder === 'fallback')
    expect(spoken).toEqual([expect.objectContaining({ role: 'assistant', text: `${unheard!.text} ${KEEP_TALKING}` })])
    expect(spoken[0]!.seq).toBeGreaterThan(unheard!.seq)

    // Heard now: another fallback repeats it, and records nothing more.
    const second = await postFallback(t.app, caller.sid)
    expect(parseTwiml(second).say).toEqual([`Let me repeat: ${unheard!.text}`, KEEP_TALKING])
    expect(messagesOf(t, convId).filter((m) => m.role === 'assistant' && m.responder === 'fallback')).toHaveLength(1)
  })

  it('notes a late answer on the turn the post became, when other words under a heard number were moved to a new turn', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '600' } }))
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('there is a fire in zone A')
    stallJournal(t)
    // Other words under turn 1 (a pushed <Gather> had the number): turn 2, and late.
    const moved = await t.app.inject(signedPost('/process-speech?turn=1', twilioParams(caller.sid, { SpeechResult: 'my colleague collapsed, he is not breathing', Confidence: '0.9' })))
    expect(parseTwiml(moved).say).toEqual([APOLOGY])
    expect(messagesOf(t, convId).filter((m) => m.event === 'late_answer').map((m) => m.turn)).toEqual([2])
    // So the fallback says turn 2's answer as new, not turn 1's as a repeat.
    const unheard = messagesOf(t, convId).find((m) => m.role === 'assistant' && m.turn === 2)!
    expect(parseTwiml(await postFallback(t.app, caller.sid)).say).toEqual([unheard.text, KEEP_TALKING])
  })

  it('notes "heard after all" only for the turn a post in time became', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '600' } }))
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('there is a fire in zone A')
    const hold = holdJournal(t)
    expect(parseTwiml(await caller.say('my colleague collapsed, he is not breathing')).say).toEqual([APOLOGY])
    hold.release()
    await t.app.callFlow.backgroundWritten()
    // Other words under turn 2, in time: turn 3. Turn 2's answer is still unheard.
    const moved = await t.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, { SpeechResult: 'hello? are you there?', Confidence: '0.9' })))
    expect(parseTwiml(moved).gatherAction).toMatch(/turn=4$/)
    await t.app.callFlow.backgroundWritten()
    expect(messagesOf(t, convId).filter((m) => m.event === 'late_answer_heard')).toEqual([])
  })

  it('marks the admin lines a late answer carried as delivered when the fallback says them, so the next turn does not say them again', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const cookie = await login(t.app)
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('fire in zone a near the paint booth')
    const line = 'Dana here. The fire crew is two minutes out.'
    const sent = await t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/messages`, headers: { cookie }, payload: { text: line } })
    expect(sent.statusCode).toBe(201)
    const disk = holdJournal(t)

    const late = await t.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, { SpeechResult: 'it is spreading', Confidence: '0.9' })))
    expect(parseTwiml(late).say).toEqual([APOLOGY])
    const said = parseTwiml(await postFallback(t.app, caller.sid)).say.join(' ')
    expect(said).toContain(line)
    expect(messagesOf(t, convId).find((m) => m.role === 'admin')?.delivered_at).toEqual(expect.any(String))

    // The disk is still stalled: the next turn is late too, and the fallback says its answer.
    await t.app.inject(signedPost('/process-speech?turn=3', twilioParams(caller.sid, { SpeechResult: 'we are at the muster point', Confidence: '0.9' })))
    const next = parseTwiml(await postFallback(t.app, caller.sid)).say.join(' ')
    expect(next).not.toContain(line)

    // The disk recovers: the late turn marks its lines now, but the caller heard them earlier.
    const heardAt = messagesOf(t, convId).find((m) => m.role === 'admin')?.delivered_at
    disk.release()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(messagesOf(t, convId).find((m) => m.role === 'admin')?.delivered_at).toBe(heardAt)
  })

  it('says the unheard answer, not the greeting again, when a late greeting is recorded after the caller spoke', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const disk = holdJournal(t)
    const sid = newCallSid()
    expect(parseTwiml(await t.app.inject(signedPost('/incoming-call', twilioParams(sid, { CallStatus: 'ringing' })))).say).toEqual([APOLOGY])
    expect(parseTwiml(await postFallback(t.app, sid)).say).toEqual([GREETING])
    const late = await t.app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: 'gas leak at the valve in bay 3', Confidence: '0.9' })))
    expect(parseTwiml(late).say).toEqual([APOLOGY])
    const convId = t.app.calls.callBySid(sid)!.conversation_id
    const answer = messagesOf(t, convId).find((m) => m.role === 'assistant' && m.turn === 1)!
    // The disk recovers: the greeting is recorded only now, after the caller's words and the answer.
    disk.release()
    await vi.waitFor(() => expect(messagesOf(t, convId).some((m) => m.responder === 'greeting')).toBe(true))
    expect(parseTwiml(await postFallback(t.app, sid)).say).toEqual([answer.text, KEEP_TALKING])
    expect(parseTwiml(await postFallback(t.app, sid)).say).toEqual([`Let me repeat: ${answer.text}`, KEEP_TALKING])
  })

  it('never notes a late speech turn as the greeting, even for a call this instance opens on it', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    stallJournal(t)
    // No ?turn (a gather action from before this instance knew the call) and no record of the call here.
    const sid = newCallSid()
    const late = await t.app.inject(signedPost('/process-speech', twilioParams(sid, { SpeechResult: 'smoke in the boiler room', Confidence: '0.9' })))
    expect(parseTwiml(late).say).toEqual([APOLOGY])
    const convId = t.app.calls.callBySid(sid)!.conversation_id
    const notes = messagesOf(t, convId).filter((m) => m.event === 'late_answer')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.turn).toBeGreaterThanOrEqual(1)
    expect(parseTwiml(await postFallback(t.app, sid)).say).not.toContain(GREETING)
  })

  it('notes a fallback that plays a turn again and is late too, so the next fallback says its answer as new', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('fire in zone a near the paint booth')
    stallJournal(t)

    // Turn 2 never reached Aurora: Twilio brings its words to the fallback, which misses its deadline as well.
    const retry = { ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=2`, SpeechResult: 'it is spreading', Confidence: '0.9' }
    for (let i = 0; i < 2; i++) {
      expect(parseTwiml(await postFallback(t.app, caller.sid, retry))).toMatchObject({ say: [APOLOGY, SAFE_LINE], gatherAction: `${TEST_PUBLIC_URL}/process-speech` })
    }
    const unheard = messagesOf(t, convId).find((m) => m.role === 'assistant' && m.turn === 2)
    expect(unheard).toBeDefined()
    expect(messagesOf(t, convId).filter((m) => m.event === 'late_answer')).toEqual([
      expect.objectContaining({ role: 'system', actor: 'aurora', turn: 2, text: 'The answer to turn 2 was late: the caller heard an apology' }),
    ])

    // The caller heard the safety line, not the answer: the next fallback says it as new, and records that it did.
    expect(parseTwiml(await postFallback(t.app, caller.sid))).toMatchObject({ say: [unheard!.text, KEEP_TALKING], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=3` })
    expect(messagesOf(t, convId).filter((m) => m.responder === 'fallback')).toEqual([
      expect.objectContaining({ role: 'assistant', text: `${unheard!.text} ${KEEP_TALKING}` }),
    ])
  })

  /** A call whose turn 2 was answered with the apology, its answer durable once the disk recovered. */
  async function lateTurnRecovered(t: TestAurora) {
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('fire in zone a near the paint booth')
    const disk = holdJournal(t)
    const speech = { SpeechResult: 'it is spreading', Confidence: '0.9' }
    expect(parseTwiml(await t.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, speech))))).toMatchObject({ say: [APOLOGY] })
    disk.release()
    await t.app.callFlow.settled(caller.sid)
    const answer = messagesOf(t, convId).find((m) => m.role === 'assistant' && m.turn === 2)!
    return { caller, convId, speech, answer }
  }

  const systemNotes = (t: TestAurora, convId: string, turn: number) =>
    messagesOf(t, convId)
      .filter((m) => m.role === 'system' && m.turn === turn)
      .map((m) => [m.event, m.text])
  const LATE_2 = ['late_answer', 'The answer to turn 2 was late: the caller heard an apology']
  const HEARD_2 = ['late_answer_heard', 'The answer to turn 2 was heard after all: a retried webhook said it']

  it('notes a late turn heard after all when Twilio retries it in time, and the fallback then repeats it', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const { caller, convId, speech, answer } = await lateTurnRecovered(t)
    expect(systemNotes(t, convId, 2)).toEqual([LATE_2])

    // This time the caller hears the answer; noted once, however often Twilio posts it.
    const retry = () => t.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, speech)))
    for (const res of [await retry(), await retry()]) {
      expect(parseTwiml(res)).toMatchObject({ say: [answer.text], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=3` })
    }
    expect(systemNotes(t, convId, 2)).toEqual([LATE_2, HEARD_2])

    // Heard: the fallback repeats it, and says nothing as new.
    expect(parseTwiml(await postFallback(t.app, caller.sid)).say).toEqual([`Let me repeat: ${answer.text}`, KEEP_TALKING])
    expect(messagesOf(t, convId).filter((m) => m.responder === 'fallback')).toEqual([])

    // A retried turn that was never late is answered again and noted nowhere.
    const again = await t.app.inject(signedPost('/process-speech?turn=1', twilioParams(caller.sid, { SpeechResult: 'fire in zone a near the paint booth', Confidence: '0.9' })))
    expect(parseTwiml(again).gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=2`)
    expect(systemNotes(t, convId, 1)).toEqual([])
  })

  it('notes a late turn heard after all when the fallback plays it again in time', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const { caller, convId, speech, answer } = await lateTurnRecovered(t)
    const played = await postFallback(t.app, caller.sid, { ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=2`, ...speech })
    expect(parseTwiml(played)).toMatchObject({ say: [answer.text], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=3` })
    expect(systemNotes(t, convId, 2)).toEqual([LATE_2, HEARD_2])
    expect(parseTwiml(await postFallback(t.app, caller.sid)).say).toEqual([`Let me repeat: ${answer.text}`, KEEP_TALKING])
  })

  it('notes a late turn once, however often Twilio posts it', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    stallJournal(t)

    const post = () => t.app.inject(signedPost('/process-speech?turn=1', twilioParams(caller.sid, { SpeechResult: 'gas leak at the valve in bay 3', Confidence: '0.9' })))
    for (const res of [await post(), await post()]) expect(parseTwiml(res).say).toEqual([APOLOGY])
    const turn1 = messagesOf(t, convId).filter((m) => m.turn === 1)
    expect(turn1.map((m) => [m.role, m.event])).toEqual([
      ['user', undefined],
      ['assistant', undefined],
      ['system', 'late_answer'],
    ])
  })

  it('notes a greeting that was late, and the fallback greets the caller', async () => {
    const t = (aurora = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '800' } }))
    stallJournal(t)
    const sid = newCallSid()
    const res = await t.app.inject(signedPost('/incoming-call', twilioParams(sid, { CallStatus: 'ringing' })))
    expect(parseTwiml(res).say).toEqual([APOLOGY])
    const convId = t.app.calls.callBySid(sid)!.conversation_id
    expect(messagesOf(t, convId).filter((m) => m.event === 'late_answer')).toEqual([
      expect.objectContaining({ role: 'system', actor: 'aurora', turn: 0, text: 'The greeting was late: the caller heard an apology' }),
    ])
    // The caller never heard who answered: the fallback greets them, and records that it did.
    expect(parseTwiml(await postFallback(t.app, sid))).toMatchObject({ say: [GREETING], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=1` })
    expect(messagesOf(t, convId).filter((m) => m.responder === 'fallback')).toEqual([expect.objectContaining({ role: 'assistant', text: GREETING })])
    // Heard now: a second fallback asks them to go on.
    expect(parseTwiml(await postFallback(t.app, sid))).toMatchObject({ say: [KEEP_TALKING], gatherAction: `${TEST_PUBLIC_URL}/process-speech?turn=1` })
  })
})
