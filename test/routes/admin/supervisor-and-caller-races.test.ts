import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { GOODBYE, HOLDING } from '../../../src/calls/call-flow.js'
import { orderedMessages } from '../../../src/calls/model.js'
import { Caller, login } from '../../helpers/admin.js'
import { APOLOGY } from '../../../src/calls/twiml.js'
import { parseTwiml, pathOf, signedPost, startAurora, twilioParams, type TestAurora } from '../../helpers/aurora.js'
import { holdJournal } from '../../helpers/journal.js'

// What a supervisor does and what the caller says at the same moment, through the admin API and
// signed webhooks. Twilio's REST client is replaced by a recorder of the TwiML it would apply to
// the live call, in the order it would apply it (the last one applied is what the caller hears).

const applied: string[] = []
/** Runs inside each push before Twilio "accepts" it: a slow network, or a caller speaking meanwhile. */
let beforeAccept: ((twiml: string) => Promise<void>) | null = null
const push = async (_sid: string, twiml: string): Promise<void> => {
  if (beforeAccept) await beforeAccept(twiml)
  applied.push(twiml)
}

let withPush: TestAurora
let withoutPush: TestAurora
let cookie: string
let cookieNoPush: string

beforeAll(async () => {
  withPush = await startAurora({ deps: { push } })
  withoutPush = await startAurora()
  cookie = await login(withPush.app, 'dana')
  cookieNoPush = await login(withoutPush.app, 'dana')
})

afterAll(async () => {
  await withPush.close()
  await withoutPush.close()
})

beforeEach(() => {
  applied.length = 0
  beforeAccept = null
})

const act = (t: TestAurora, who: string, convId: string, action: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/${action}`, headers: { cookie: who }, payload })
const spoken = (twiml: string): string[] => [...twiml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((m) => m[1] as string)
const messagesOf = (t: TestAurora, convId: string) => orderedMessages(t.app.calls.conversation(convId))
const callOf = (t: TestAurora, caller: Caller) => t.app.calls.callBySid(caller.sid)!

/** A caller reporting an emergency, on a call a supervisor has taken over (with pushes). */
async function heldCall(from: string, report = 'fire in zone A'): Promise<{ caller: Caller; convId: string }> {
  const caller = new Caller(withPush.app, from)
  const { convId } = await caller.dial()
  await caller.say(report)
  expect((await act(withPush, cookie, convId, 'takeover')).statusCode).toBe(200)
  return { caller, convId }
}

/** Twilio takes 300 ms to accept the next push; later ones are accepted at once. */
function slowFirstPush(): void {
  let first = true
  beforeAccept = async () => {
    if (!first) return
    first = false
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

describe('admin lines pushed to a live call', () => {
  it('are not pushed while Aurora is answering: the caller would lose the instruction being said; the next turn says them', async () => {
    const caller = new Caller(withPush.app, '+15551230301')
    const { convId } = await caller.dial()
    await caller.say('fire in zone A, I am in the stairwell')
    const sent = await act(withPush, cookie, convId, 'messages', { text: 'The fire crew is on its way.' })
    expect(sent.json().delivery).toBe('next_turn')
    expect(applied).toEqual([])
    const next = parseTwiml(await caller.say('okay'))
    expect(next.say[0]).toMatch(/^The fire crew is on its way\./)
  })

  it('reach Twilio one at a time, in order, each repeating the lines since the caller last spoke', async () => {
    const { caller, convId } = await heldCall('+15551230302')
    // The first push is slower than the second would be: unserialised, they landed reversed.
    slowFirstPush()
    const [a, b] = await Promise.all([
      act(withPush, cookie, convId, 'messages', { text: 'Do NOT use the east stairs.' }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => act(withPush, cookie, convId, 'messages', { text: 'Leave by the west exit now.' })),
    ])
    expect([a.json().delivery, b.json().delivery]).toEqual(['pushed', 'pushed'])
    expect(applied.map(spoken)).toEqual([['Do NOT use the east stairs.'], ['Do NOT use the east stairs.', 'Leave by the west exit now.']])
    // Once the caller speaks, a later push starts from there.
    const turn = parseTwiml(await caller.say('okay, going west'))
    expect(turn.say).toEqual([HOLDING])
    await act(withPush, cookie, convId, 'messages', { text: 'Tell me when you are out.' })
    expect(spoken(applied.at(-1)!)).toEqual(['Tell me when you are out.'])
  })

  it("never cost the caller's words: a pushed <Gather> given a turn number the caller's own turn took is a new turn", async () => {
    const { caller, convId } = await heldCall('+15551230303', 'there is a chemical spill in bay 3')
    // While the push is on its way, the caller's open <Gather> posts turn 2.
    beforeAccept = async () => {
      await caller.say('someone is on the floor near the tank')
    }
    expect((await act(withPush, cookie, convId, 'messages', { text: 'Put on a mask before you go near them.' })).json().delivery).toBe('pushed')
    const action = /<Gather[^>]*action="([^"]*)"/.exec(applied.at(-1)!)![1]!.replace(/&amp;/g, '&')
    expect(action).toMatch(/turn=2$/)
    // Twilio plays the pushed TwiML; the caller answers it, under the same turn number 2.
    const answer = await withPush.app.inject(
      signedPost(pathOf(action), twilioParams(caller.sid, { From: caller.from, SpeechResult: 'ok I have the mask on, he is not breathing', Confidence: '0.9' })),
    )
    expect(answer.statusCode).toBe(200)
    const heard = messagesOf(withPush, convId).filter((m) => m.role === 'user')
    expect(heard.map((m) => [m.turn, m.text])).toEqual([
      [1, 'there is a chemical spill in bay 3'],
      [2, 'someone is on the floor near the tank'],
      [3, 'ok I have the mask on, he is not breathing'],
    ])
    expect(parseTwiml(answer).gatherAction).toMatch(/turn=4$/)
    // Twilio re-sending that post (its answer lost) is the same new turn again, not a third one.
    const resent = await withPush.app.inject(
      signedPost(pathOf(action), twilioParams(caller.sid, { From: caller.from, SpeechResult: 'ok I have the mask on, he is not breathing', Confidence: '0.9' })),
    )
    expect(resent.body).toBe(answer.body)
    // Twilio re-sending turn 2 with its own words is still a retry: recorded once, same answer.
    const retry = await withPush.app.inject(signedPost('/process-speech?turn=2', twilioParams(caller.sid, { From: caller.from, SpeechResult: 'someone is on the floor near the tank', Confidence: '0.9' })))
    expect(parseTwiml(retry).gatherAction).toMatch(/turn=3$/)
    expect(messagesOf(withPush, convId).filter((m) => m.role === 'user')).toHaveLength(3)
  })

  it('numbers silence under a shared turn number like words, and takes a repeated answer for new words', async () => {
    const { caller, convId } = await heldCall('+15551230311', 'there is a chemical spill in bay 3')
    // While the push is on its way the caller's own turns 2 and 3 go through, the second a "yes".
    beforeAccept = async () => {
      await caller.say('someone is on the floor near the tank')
      await caller.say('yes')
    }
    await act(withPush, cookie, convId, 'messages', { text: 'Is he breathing? Answer yes or no.' })
    beforeAccept = null
    const action = pathOf(/<Gather[^>]*action="([^"]*)"/.exec(applied.at(-1)!)![1]!.replace(/&amp;/g, '&'))
    expect(action).toMatch(/turn=2$/)
    const post = (speech: string) => withPush.app.inject(signedPost(action, twilioParams(caller.sid, { From: caller.from, SpeechResult: speech, Confidence: '0.9' })))
    // The answer to the pushed question is "yes" too: new words for this turn number, not turn 3 again.
    const yes = parseTwiml(await post('yes'))
    expect(yes.gatherAction).toMatch(/turn=5$/)
    expect(messagesOf(withPush, convId).filter((m) => m.role === 'user' && m.text === 'yes').map((m) => m.turn)).toEqual([3, 4])
    // The caller's own <Gather> from turn 3's answer also posts under 4, "yes" again: the number
    // the pushed post moved onto is taken, so these are new words, not that turn re-sent.
    const own = parseTwiml(await withPush.app.inject(signedPost('/process-speech?turn=4', twilioParams(caller.sid, { From: caller.from, SpeechResult: 'yes', Confidence: '0.9' }))))
    expect(own.gatherAction).toMatch(/turn=6$/)
    expect(messagesOf(withPush, convId).filter((m) => m.role === 'user' && m.text === 'yes').map((m) => m.turn)).toEqual([3, 4, 5])
    // Silence under a number the caller's words had: a new turn, and Twilio's re-send of it that turn again.
    const silent = await withPush.app.inject(signedPost('/process-speech?turn=3', twilioParams(caller.sid, { From: caller.from, SpeechResult: '' })))
    const resent = await withPush.app.inject(signedPost('/process-speech?turn=3', twilioParams(caller.sid, { From: caller.from, SpeechResult: '' })))
    expect(resent.body).toBe(silent.body)
    expect(parseTwiml(silent).gatherAction).toMatch(/turn=7$/)
    expect(messagesOf(withPush, convId).filter((m) => m.event === 'silence').map((m) => m.turn)).toEqual([6])
    expect(callOf(withPush, caller).silent_turns).toBe(1)
  })
})

describe('ending a call with pushes in flight or lines waiting', () => {
  it('hangs up only after a push already on its way, so the goodbye is what the caller is left with', async () => {
    const { convId } = await heldCall('+15551230307')
    slowFirstPush()
    const sending = act(withPush, cookie, convId, 'messages', { text: 'Stay low under the smoke.' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await act(withPush, cookie, convId, 'end')).statusCode).toBe(200)
    expect((await sending).json().delivery).toBe('pushed')
    expect(applied).toHaveLength(2)
    expect(applied[0]).toContain('<Gather')
    expect(applied[1]).toContain('<Hangup')
  })

  it('says a line queued for the next turn before the goodbye, pushed or at the next turn', async () => {
    const line = 'Leave by the NORTH stairwell, not the east one.'
    // With Twilio credentials: the goodbye push carries it.
    const pushed = new Caller(withPush.app, '+15551230308')
    const { convId } = await pushed.dial()
    await pushed.say('fire in zone A')
    expect((await act(withPush, cookie, convId, 'messages', { text: line })).json().delivery).toBe('next_turn')
    expect((await act(withPush, cookie, convId, 'end')).statusCode).toBe(200)
    expect(applied.map(spoken)).toEqual([[`${line} ${GOODBYE}`]])
    expect(messagesOf(withPush, convId).find((m) => m.role === 'admin')?.delivered_at).toBeDefined()
    // Without: the caller's next turn says it, then the goodbye, and hangs up; a retry of that turn too.
    const told = new Caller(withoutPush.app, '+15551230309')
    const { convId: toldConv } = await told.dial()
    await told.say('fire in zone A')
    await act(withoutPush, cookieNoPush, toldConv, 'messages', { text: line })
    await act(withoutPush, cookieNoPush, toldConv, 'end')
    const next = parseTwiml(await told.say('okay'))
    expect(next.say).toEqual([`${line} ${GOODBYE}`])
    expect(next.hangup).toBe(true)
    expect(messagesOf(withoutPush, toldConv).find((m) => m.role === 'admin')?.delivered_at).toBeDefined()
    const retried = parseTwiml(await withoutPush.app.inject(signedPost('/process-speech?turn=2', twilioParams(told.sid, { From: told.from, SpeechResult: 'okay', Confidence: '0.9' }))))
    expect(retried).toMatchObject({ say: next.say, hangup: true, gatherAction: null })
  })

  it('says the lines a late closing turn carried when the fallback comes after its apology', async () => {
    const late = await startAurora({ env: { WEBHOOK_DEADLINE_MS: '600' } })
    try {
      const who = await login(late.app, 'dana')
      const caller = new Caller(late.app, '+15551230312')
      const { convId } = await caller.dial()
      await caller.say('there is a fire in zone A')
      const line = 'The fire crew is at the north gate, go there.'
      await act(late, who, convId, 'messages', { text: line })
      await act(late, who, convId, 'end')
      const hold = holdJournal(late)
      const apology = parseTwiml(await caller.say('okay what do I do now'))
      expect(apology.say).toEqual([APOLOGY])
      hold.release()
      await late.app.callFlow.backgroundWritten()
      await expect.poll(() => messagesOf(late, convId).find((m) => m.role === 'admin')?.delivered_at).toBeDefined()
      const fallback = parseTwiml(await late.app.inject(signedPost('/voice-fallback?reason=internal-error', twilioParams(caller.sid, { From: caller.from }))))
      expect(fallback).toMatchObject({ say: [`${line} ${GOODBYE}`], hangup: true })
    } finally {
      await late.close()
    }
  })

  it("says goodbye and hangs up from the fallback when the closing turn's answer was lost", async () => {
    const caller = new Caller(withoutPush.app, '+15551230310')
    const { convId } = await caller.dial()
    await caller.say('fire in zone A')
    await act(withoutPush, cookieNoPush, convId, 'end')
    const fallback = parseTwiml(await withoutPush.app.inject(signedPost('/voice-fallback?reason=internal-error', twilioParams(caller.sid, { From: caller.from }))))
    expect(fallback).toMatchObject({ say: [GOODBYE], hangup: true, gatherAction: null })
  })
})

describe('a call held by a supervisor', () => {
  it("keeps up with the caller's words: urgency rises, hazards and location are recorded, while they hear the supervisor", async () => {
    const caller = new Caller(withoutPush.app, '+15551230304')
    const { convId } = await caller.dial()
    await caller.say('I twisted my ankle')
    const before = callOf(withoutPush, caller)
    expect(before.urgency).not.toBe('CRITICAL')
    expect((await act(withoutPush, cookieNoPush, convId, 'takeover')).statusCode).toBe(200)
    const held = parseTwiml(await caller.say('there is a fire now in zone B and my colleague is not breathing'))
    expect(held.say).toEqual([HOLDING])
    const after = callOf(withoutPush, caller)
    expect(after.status).toBe('TAKEN_OVER')
    expect(after.urgency).toBe('CRITICAL')
    expect(after.hazards?.split(',')).toEqual(expect.arrayContaining(['fire', 'not_breathing']))
    expect(after.location).toMatch(/zone b/i)
  })
})

describe('a call a supervisor ended while the caller is still on the line', () => {
  it('tells the caller at their next turn and hangs up, keeping their words (no Twilio credentials to hang up with)', async () => {
    const caller = new Caller(withoutPush.app, '+15551230305')
    const { convId } = await caller.dial()
    await caller.say('fire in zone A')
    expect((await act(withoutPush, cookieNoPush, convId, 'end')).statusCode).toBe(200)
    const next = parseTwiml(await caller.say('wait, Dave is still inside'))
    expect(next.say).toEqual([GOODBYE])
    expect(next.hangup).toBe(true)
    expect(next.gatherAction).toBeNull()
    const last = messagesOf(withoutPush, convId).slice(-2)
    expect(last.map((m) => [m.role, m.text])).toEqual([
      ['user', 'wait, Dave is still inside'],
      ['assistant', GOODBYE],
    ])
  })

  it('still answers a turn of a call that ended because the caller hung up (a late webhook)', async () => {
    const caller = new Caller(withoutPush.app, '+15551230306')
    await caller.dial()
    await caller.say('fire in zone A')
    await caller.hangUp()
    const late = parseTwiml(await caller.say('is anyone there'))
    expect(late.hangup).toBe(false)
    expect(late.gatherAction).not.toBeNull()
  })
})
