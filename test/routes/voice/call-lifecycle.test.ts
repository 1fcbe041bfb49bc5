import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { GREETING, HANDBACK, HOLDING, KEEP_TALKING, REPROMPT, SILENCE_ESCALATION } from '../../../src/calls/call-flow.js'
import { orderedMessages, type Conversation } from '../../../src/calls/model.js'
import { openStore } from '../../../src/store/index.js'
import type { Responder } from '../../../src/triage/responder.js'
import { login } from '../../helpers/admin.js'
import {
  newCallSid,
  parseTwiml,
  pathOf,
  signedPost,
  startAurora,
  TEST_PUBLIC_URL,
  twilioParams,
  type TestAurora,
} from '../../helpers/aurora.js'

let aurora: TestAurora
beforeEach(async () => {
  aurora = await startAurora()
})
afterEach(async () => {
  await aurora.close()
})

async function incoming(callSid: string, from = '+15551230001') {
  return aurora.app.inject(signedPost('/incoming-call', twilioParams(callSid, { From: from, CallStatus: 'ringing' })))
}

async function say(callSid: string, turn: number | null, speech: string, extra: Record<string, string> = {}) {
  const url = turn === null ? '/process-speech' : `/process-speech?turn=${turn}`
  return aurora.app.inject(signedPost(url, twilioParams(callSid, { SpeechResult: speech, Confidence: '0.92', ...extra })))
}

function conversationOf(callSid: string): Conversation {
  const call = aurora.app.calls.callBySid(callSid)
  expect(call).not.toBeNull()
  return aurora.app.calls.conversation(call!.conversation_id) as Conversation
}

describe('a call from start to end', () => {
  it('greets with a speech Gather that posts turn 1 back to this instance, and records the call', async () => {
    const sid = newCallSid()
    const res = await incoming(sid)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/xml/)
    const twiml = parseTwiml(res)
    expect(twiml.say).toEqual([GREETING])
    expect(twiml.gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=1`)
    expect(res.body).toMatch(/<Gather[^>]*input="speech"/)
    expect(res.body).toMatch(/speechTimeout="auto"/)
    expect(twiml.hangup).toBe(false)

    const call = aurora.app.calls.callBySid(sid)!
    expect(call.call_id).toMatch(/^call_15551230001_\d{8}_\d{6}_t1$/)
    expect(call.conversation_id).toBe(call.call_id.replace(/^call_/, 'conv_'))
    expect(call).toMatchObject({ call_sid: sid, mobile_no: '+15551230001', status: 'ACTIVE', urgency: 'UNKNOWN', instance_id: 't1' })
    expect(call.worker_id).not.toBe('unknown')
    const conversation = conversationOf(sid)
    expect(orderedMessages(conversation).map((m) => [m.role, m.text])).toEqual([['assistant', GREETING]])
  })

  it('records an unknown number as an unknown worker', async () => {
    const sid = newCallSid()
    await incoming(sid, '+15550009999')
    expect(aurora.app.calls.callBySid(sid)!.worker_id).toBe('unknown')
  })

  it('answers an emergency with instructions, recording the caller first, then the answer and the urgency', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const res = await say(sid, 1, "There's a fire in Zone A!")
    expect(res.statusCode).toBe(200)
    const twiml = parseTwiml(res)
    expect(twiml.say.join(' ')).toMatch(/Zone A/)
    expect(twiml.gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=2`)

    const conversation = conversationOf(sid)
    const messages = orderedMessages(conversation)
    expect(messages.map((m) => m.role)).toEqual(['assistant', 'user', 'assistant'])
    expect(messages[1]).toMatchObject({ text: "There's a fire in Zone A!", turn: 1, confidence: 0.92 })
    expect(messages[2]).toMatchObject({ turn: 1, urgency: 'CRITICAL', responder: 'playbook' })
    expect(messages[2]!.sources!.length).toBeGreaterThan(0)
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3])
    expect(conversation.urgency).toBe('CRITICAL')
    const call = aurora.app.calls.callBySid(sid)!
    expect(call.urgency).toBe('CRITICAL')
    expect(call.last_text).toBe("There's a fire in Zone A!")
    expect(call.location).toBe('Zone A')
  })

  it('never lowers urgency within a call, even when the responder rates a turn lower', async () => {
    // A responder that calls everything LOW (an LLM might): only the call's own floor keeps it up.
    const calm: Responder = { name: 'calm', respond: async () => ({ text: 'Okay.', urgency: 'LOW', sources: [], responder: 'llm' }) }
    const t = await startAurora({ deps: { responder: calm } })
    try {
      const sid = newCallSid()
      await t.app.inject(signedPost('/incoming-call', twilioParams(sid)))
      await t.app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: 'Gas leak near valve 3, I can smell it everywhere', Confidence: '0.9' })))
      expect(t.app.calls.callBySid(sid)!.urgency).toBe('CRITICAL')
      await t.app.inject(signedPost('/process-speech?turn=2', twilioParams(sid, { SpeechResult: 'Okay I moved away, what now?', Confidence: '0.9' })))
      expect(t.app.calls.callBySid(sid)!.urgency).toBe('CRITICAL')
    } finally {
      await t.close()
    }
  })

  it("keeps the call at the playbook's reading of a turn, not its words alone: a tick's head left in is no crush", async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, "I've got a tick on my leg from the long grass")
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('MEDIUM')
    await say(sid, 2, 'I pulled it off but I think the head is still stuck in there')
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('MEDIUM')
    // The dashboard's hazards too: the words alone read "stuck in there" as a crush.
    expect(aurora.app.calls.callBySid(sid)!.hazards?.split(',')).not.toContain('crush')
    expect(aurora.app.calls.callBySid(sid)!.hazards?.split(',')).toEqual(['tick_bite'])
  })

  it('answers a retried turn with the same TwiML and records nothing twice', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const first = await say(sid, 1, 'Someone collapsed and is not breathing')
    const retry = await say(sid, 1, 'Someone collapsed and is not breathing')
    expect(retry.statusCode).toBe(200)
    expect(retry.body).toBe(first.body)
    expect(orderedMessages(conversationOf(sid))).toHaveLength(3)
  })

  it('records one turn once when Twilio delivers it twice at the same moment', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const [a, b] = await Promise.all([say(sid, 1, 'Chemical spill in bay 4'), say(sid, 1, 'Chemical spill in bay 4')])
    expect(a.body).toBe(b.body)
    const messages = orderedMessages(conversationOf(sid))
    expect(messages.filter((m) => m.role === 'user')).toHaveLength(1)
    expect(messages.filter((m) => m.role === 'assistant' && m.turn === 1)).toHaveLength(1)
  })

  it('keeps helping with the emergency, at its place, through a long call of updates that name neither', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'There is a chemical spill in Bay 4')
    const updates = [
      'we are at the east door',
      'the smell is getting stronger',
      'okay',
      'what now',
      'there are three of us here',
      'we are waiting',
      'nobody else came in',
      'the smell is still there',
      'okay we are still here',
      'still waiting for them',
      'how long will they be',
      'the smell is getting stronger',
    ]
    for (const [i, update] of updates.entries()) {
      const spoken = parseTwiml(await say(sid, i + 2, update)).say.join(' ')
      expect(spoken, `turn ${i + 2}: "${update}"`).not.toMatch(/didn't (catch|understand)|Where exactly are you/)
      expect(spoken, `turn ${i + 2}: "${update}"`).toMatch(/Bay 4/)
    }
  })

  it('follows turns without a turn number in the URL', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const res = await say(sid, null, 'My colleague fell off the ladder')
    expect(parseTwiml(res).gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=2`)
  })

  it('reprompts on silence and escalates after repeated silent turns', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const first = await say(sid, 1, '')
    expect(parseTwiml(first).say).toEqual([REPROMPT])
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('UNKNOWN')
    const second = await say(sid, 2, '')
    expect(parseTwiml(second).say).toEqual([SILENCE_ESCALATION])
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('HIGH')
    const messages = orderedMessages(conversationOf(sid))
    expect(messages.filter((m) => m.event === 'silence')).toHaveLength(2)
    expect(messages.some((m) => m.event === 'silence_escalation')).toBe(true)
    // Speech resets the silence count.
    await say(sid, 3, 'there is smoke in the warehouse')
    expect(aurora.app.calls.callBySid(sid)!.silent_turns).toBeUndefined()
  })

  it('reprompts on low-confidence speech it cannot act on, but acts on a recognised hazard', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const mumble = await say(sid, 1, 'uh the thing by the', { Confidence: '0.12' })
    expect(parseTwiml(mumble).say).toEqual([REPROMPT])
    const fire = await say(sid, 2, 'fire fire', { Confidence: '0.15' })
    expect(parseTwiml(fire).say.join(' ')).not.toBe(REPROMPT)
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('CRITICAL')
    const users = orderedMessages(conversationOf(sid)).filter((m) => m.role === 'user')
    expect(users.map((m) => m.confidence)).toEqual([0.12, 0.15])
  })

  it('records the emergency looser words suggest on a call that has none, and only then', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const stab = await say(sid, 1, "I've caught meself in the thigh with the boning knife, it's pouring")
    expect(parseTwiml(stab).say.join(' ')).toMatch(/Press hard on the (?:wound|cut)/)
    expect(aurora.app.calls.callBySid(sid)).toMatchObject({ hazards: 'injury_bleeding', urgency: 'HIGH' })
    // On a known emergency the same kind of words are an update: no second hazard.
    await say(sid, 2, "he's drilled into the wall and hit a live cable")
    expect(aurora.app.calls.callBySid(sid)!.hazards).toBe('injury_bleeding')
  })

  it('ends the call on a terminal status callback and ignores progress callbacks', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const ringing = await aurora.app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'in-progress' })))
    expect(ringing.statusCode).toBe(204)
    expect(aurora.app.calls.callBySid(sid)!.status).toBe('ACTIVE')
    const done = await aurora.app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed', CallDuration: '42' })))
    expect(done.statusCode).toBe(204)
    const call = aurora.app.calls.callBySid(sid)!
    expect(call.status).toBe('ENDED')
    expect(call.end_reason).toBe('completed')
    expect(Date.parse(call.ended_at!)).not.toBeNaN()
    expect(conversationOf(sid).status).toBe('ENDED')
    expect(orderedMessages(conversationOf(sid)).at(-1)).toMatchObject({ role: 'system', event: 'ended' })
    const unknown = await aurora.app.inject(signedPost('/call-status', twilioParams(newCallSid(), { CallStatus: 'completed' })))
    expect(unknown.statusCode).toBe(204)
  })

  it('answers the fallback URL from local state and records the Twilio error', async () => {
    const sid = newCallSid()
    await incoming(sid)
    const answer = parseTwiml(await say(sid, 1, 'Fire in zone B near the compressor'))
    const res = await aurora.app.inject(
      signedPost('/voice-fallback', twilioParams(sid, { ErrorCode: '11205', ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=2` })),
    )
    expect(res.statusCode).toBe(200)
    const twiml = parseTwiml(res)
    // The caller heard turn 1's answer: it is repeated, and the transcript already holds it.
    expect(twiml.say).toEqual([`Let me repeat: ${answer.say.join(' ')}`, KEEP_TALKING])
    expect(twiml.gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=2`)
    const messages = orderedMessages(conversationOf(sid))
    expect(messages.find((m) => m.event === 'twilio_error')?.text).toMatch(/11205/)
    expect(messages.filter((m) => m.responder === 'fallback' || m.event === 'late_answer')).toEqual([])
  })

  it('plays again a failed turn whose words the fallback request carries, once however often it comes', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'smoke in the boiler room')
    const failed = twilioParams(sid, { ErrorCode: '11200', ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=2`, SpeechResult: 'my colleague is not breathing', Confidence: '0.9' })
    const first = await aurora.app.inject(signedPost('/voice-fallback', failed))
    expect(first.statusCode).toBe(200)
    const twiml = parseTwiml(first)
    expect(twiml.say.join(' ')).not.toMatch(/^Let me repeat/)
    expect(twiml.gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=3`)
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('CRITICAL')
    const again = await aurora.app.inject(signedPost('/voice-fallback', failed))
    expect(again.body).toBe(first.body)
    const turn2 = orderedMessages(conversationOf(sid)).filter((m) => m.turn === 2)
    expect(turn2.map((m) => [m.role, m.text.slice(0, 29)])).toEqual([
      ['user', 'my colleague is not breathing'],
      ['assistant', expect.any(String)],
    ])
  })

  it('greets a caller whose /incoming-call failed, once, whether or not this instance has the call', async () => {
    const failedGreeting = (sid: string) =>
      aurora.app.inject(signedPost('/voice-fallback', twilioParams(sid, { ErrorCode: '11200', ErrorUrl: `${TEST_PUBLIC_URL}/incoming-call` })))
    const unknown = newCallSid()
    const first = parseTwiml(await failedGreeting(unknown))
    expect(first.say).toEqual([GREETING])
    expect(first.gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=1`)
    // Twilio falling back again (the fallback's own answer was lost): the greeting was said now.
    expect(parseTwiml(await failedGreeting(unknown)).say).toEqual([KEEP_TALKING])
    const known = newCallSid()
    await incoming(known)
    expect(parseTwiml(await failedGreeting(known)).say).toEqual([GREETING])
  })

  it('plays again a failed turn posted without a turn number (after the static safety line) as the next turn', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'smoke in the boiler room')
    const res = await aurora.app.inject(
      signedPost('/voice-fallback', twilioParams(sid, { ErrorCode: '11205', ErrorUrl: `${TEST_PUBLIC_URL}/process-speech`, SpeechResult: 'my colleague is not breathing', Confidence: '0.9' })),
    )
    expect(parseTwiml(res).gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=3`)
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('CRITICAL')
    const turn2 = orderedMessages(conversationOf(sid)).filter((m) => m.turn === 2)
    expect(turn2.map((m) => m.role)).toEqual(['user', 'assistant'])
    expect(turn2[0]!.text).toBe('my colleague is not breathing')
  })

  it('plays again, once, a turn without a turn number that was heard but whose answer was lost', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'smoke in the boiler room')
    const heard = await aurora.app.inject(signedPost('/process-speech', twilioParams(sid, { SpeechResult: 'I am trapped in the stairwell', Confidence: '0.9' })))
    const replay = await aurora.app.inject(
      signedPost('/voice-fallback', twilioParams(sid, { ErrorCode: '11200', ErrorUrl: `${TEST_PUBLIC_URL}/process-speech`, SpeechResult: 'I am trapped in the stairwell', Confidence: '0.9' })),
    )
    expect(replay.body).toBe(heard.body)
    expect(orderedMessages(conversationOf(sid)).filter((m) => m.role === 'user')).toHaveLength(2)
  })

  it('opens a record for speech from a call it has never seen rather than dropping the caller', async () => {
    const sid = newCallSid()
    const res = await say(sid, 3, 'help there is a fire')
    expect(res.statusCode).toBe(200)
    expect(aurora.app.calls.callBySid(sid)!.urgency).toBe('CRITICAL')
  })

  it('keeps the state of calls across a restart on the same data dir', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'Electrical shock at panel 7, he is not moving')
    const before = conversationOf(sid)
    await aurora.restart()
    expect(conversationOf(sid)).toEqual(before)
    const retry = await say(sid, 1, 'Electrical shock at panel 7, he is not moving')
    expect(orderedMessages(conversationOf(sid))).toHaveLength(orderedMessages(before).length)
    expect(parseTwiml(retry).gatherAction).toBe(`${TEST_PUBLIC_URL}/process-speech?turn=2`)
  })
})

describe('call ids', () => {
  it('gives the same number calling twice in one second, across a restart, two distinct calls', async () => {
    await aurora.close()
    const frozen = new Date('2026-11-28T14:30:00.000Z')
    aurora = await startAurora({ deps: { now: () => frozen } })
    const first = newCallSid()
    const second = newCallSid()
    await incoming(first)
    await aurora.restart()
    await incoming(second)
    const a = aurora.app.calls.callBySid(first)!
    const b = aurora.app.calls.callBySid(second)!
    expect(a.call_id).toBe('call_15551230001_20261128_143000_t1')
    expect(b.call_id).not.toBe(a.call_id)
    expect(b.call_id > a.call_id).toBe(true)
  })
})

describe('a call whose end never comes', () => {
  it('is ended as stale once nothing has been heard from it for STALE_CALL_MS, and a live one is not', async () => {
    await aurora.close()
    let now = Date.parse('2026-11-28T14:30:00.000Z')
    aurora = await startAurora({ env: { STALE_CALL_MS: '900000', ARCHIVE_GRACE_MS: '3600000', HISTORY_IN_MEMORY_MS: '1000' }, deps: { now: () => new Date(now) } })
    const lost = newCallSid()
    const live = newCallSid()
    await incoming(lost)
    await say(lost, 1, 'smoke in the boiler room')
    await incoming(live, '+15551230002')
    now += 10 * 60_000
    await say(live, 1, 'I am still here by the door')
    now += 6 * 60_000 // the first call: 16 min of silence; the second: 6
    await vi.waitFor(() => expect(aurora.app.calls.callBySid(lost)?.status).toBe('ENDED'), { timeout: 5000, interval: 20 })
    expect(aurora.app.calls.callBySid(lost)).toMatchObject({ end_reason: 'stale', ended_at: new Date(now).toISOString() })
    expect(orderedMessages(conversationOf(lost)).at(-1)).toMatchObject({ role: 'system', event: 'ended', actor: 'aurora' })
    expect(aurora.app.calls.callBySid(live)?.status).toBe('ACTIVE')
  })
})

describe('a hang-up in the middle of a turn', () => {
  it('leaves a complete record: the caller, the answer, then the end', async () => {
    await aurora.close()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slowResponder: Responder = {
      name: 'slow',
      async respond() {
        await gate
        return { text: 'Get out of the building now.', urgency: 'CRITICAL', sources: ['test'], responder: 'playbook' }
      },
    }
    aurora = await startAurora({ deps: { responder: slowResponder } })
    const sid = newCallSid()
    await incoming(sid)
    const turn = say(sid, 1, 'fire in the paint shop')
    const hangup = aurora.app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed' })))
    // The status callback waits for the turn in flight.
    await new Promise((resolve) => setImmediate(resolve))
    expect(aurora.app.calls.callBySid(sid)!.status).toBe('ACTIVE')
    release()
    await Promise.all([turn, hangup])
    const messages = orderedMessages(conversationOf(sid))
    expect(messages.map((m) => m.role + (m.event ? `:${m.event}` : ''))).toEqual(['assistant', 'user', 'assistant', 'system:ended'])
    expect(aurora.app.calls.callBySid(sid)!.status).toBe('ENDED')
  })
})

describe('admin takeover, from the caller side', () => {
  it('holds the caller, relays admin messages on the next turn, and hands back with a hand-back line', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'smoke coming from the boiler room')
    const convId = aurora.app.calls.callBySid(sid)!.conversation_id
    await aurora.app.adminActions.takeover(convId, 'supervisor:dana')
    expect(aurora.app.calls.callBySid(sid)!.status).toBe('TAKEN_OVER')

    const held = parseTwiml(await say(sid, 2, 'is someone coming?'))
    expect(held.say).toEqual([HOLDING])
    const sent = await aurora.app.adminActions.sendMessage(convId, 'supervisor:dana', 'Dana here. Fire crew is two minutes out, stay by the north door.')
    expect(sent.delivery).toBe('next_turn')
    const relayed = parseTwiml(await say(sid, 3, 'okay'))
    expect(relayed.say).toEqual(['Dana here. Fire crew is two minutes out, stay by the north door.'])
    const adminMessage = orderedMessages(conversationOf(sid)).find((m) => m.role === 'admin')
    expect(adminMessage?.delivered_at).toBeDefined()
    expect(adminMessage?.actor).toBe('supervisor:dana')

    await aurora.app.adminActions.release(convId, 'supervisor:dana')
    const back = parseTwiml(await say(sid, 4, 'I am at the north door'))
    expect(back.say[0]!.startsWith(HANDBACK)).toBe(true)
    expect(back.say[0]).not.toContain(HOLDING)
    const events = orderedMessages(conversationOf(sid)).filter((m) => m.role === 'system').map((m) => m.event)
    expect(events).toEqual(['takeover', 'release'])
    // The caller's words during the takeover are on record for the admin.
    expect(orderedMessages(conversationOf(sid)).filter((m) => m.role === 'user').map((m) => m.text)).toContain('is someone coming?')
    const next = parseTwiml(await say(sid, 5, 'still here'))
    expect(next.say[0]!.startsWith(HANDBACK)).toBe(false)
  })
})

describe('help on scene', () => {
  it('records when the caller first says responders reached them, also while an admin holds the call', async () => {
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'smoke coming from the boiler room')
    expect(aurora.app.calls.callBySid(sid)!.responders_at).toBeUndefined()
    const convId = aurora.app.calls.callBySid(sid)!.conversation_id
    await aurora.app.adminActions.takeover(convId, 'supervisor:dana')

    const before = Date.now()
    await say(sid, 2, 'the fire brigade just pulled up')
    const at = aurora.app.calls.callBySid(sid)!.responders_at
    expect(at).toBeDefined()
    expect(Date.parse(at!)).toBeGreaterThanOrEqual(before - 1000)

    await aurora.app.adminActions.release(convId, 'supervisor:dana')
    expect(aurora.app.calls.callBySid(sid)!.responders).toBe('fire')
    const reply = parseTwiml(await say(sid, 3, 'the paramedics are here too'))
    expect(reply.say.join(' ')).toMatch(/Tell them what happened and what you've done, and let them take over/)
    expect(aurora.app.calls.callBySid(sid)!).toMatchObject({ responders_at: at, responders: 'fire,ambulance' })

    // Waiting for another service leaves the ones on scene there.
    await say(sid, 4, "the gas engineer isn't here yet")
    expect(aurora.app.calls.callBySid(sid)!).toMatchObject({ responders_at: at, responders: 'fire,ambulance' })

    // Not there after all: the dashboard stops saying so.
    await say(sid, 5, "sorry, they're not here yet, we're still waiting for the ambulance")
    expect(aurora.app.calls.callBySid(sid)!.responders_at).toBeUndefined()
    expect(aurora.app.calls.callBySid(sid)!.responders).toBeUndefined()
  })
})

describe('archiving', () => {
  it('moves an ended call and its conversation to call_history after the grace period', async () => {
    await aurora.close()
    aurora = await startAurora({ env: { ARCHIVE_GRACE_MS: '0' } })
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'someone is bleeding badly in bay 2')
    const call = aurora.app.calls.callBySid(sid)!
    await aurora.app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed' })))
    const archived = await aurora.app.calls.archiveEnded(0)
    expect(archived).toEqual([call.call_id])
    expect(aurora.app.calls.call(call.call_id)).toBeNull()
    expect(aurora.app.calls.conversation(call.conversation_id)).toBeNull()
    const history = aurora.app.calls.archived(call.call_id)!
    expect(history.status).toBe('ENDED')
    expect(orderedMessages(history.conversation).length).toBeGreaterThanOrEqual(4)
  })

  it('forgets archived calls from memory after HISTORY_IN_MEMORY_MS; disk and Firebase keep them, admins still read them', async () => {
    await aurora.close()
    // Long timers so the test drives archiving and forgetting itself.
    aurora = await startAurora({ firebase: true, env: { ARCHIVE_GRACE_MS: '3600000', HISTORY_IN_MEMORY_MS: '3600000' } })
    const { app } = aurora
    const sid = newCallSid()
    await incoming(sid)
    await say(sid, 1, 'gas leak at valve 3 in zone B')
    const call = app.calls.callBySid(sid)!
    await app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed' })))
    expect(await app.calls.archiveEnded(0)).toEqual([call.call_id])
    const archived = app.calls.archived(call.call_id)!
    expect(app.calls.forgetArchived(60_000)).toBe(0)
    expect(app.calls.archived(call.call_id)).toEqual(archived)
    // Not in Firebase yet (the mirror is at seq 0 here): kept, unless memory holds too many such.
    expect(app.calls.forgetArchived(0, 0)).toBe(0)
    expect(app.calls.archived(call.call_id)).toEqual(archived)

    expect(app.calls.forgetArchived(0, 0, 0)).toBe(1)
    expect(app.store.get(`call_history/${call.call_id}`)).toBeNull()
    expect(app.calls.callBySid(sid)).toBeNull()
    expect(app.calls.forgetArchived(0)).toBe(0)

    // Admins read it from Firebase's call_history once the mirror has it.
    expect(await app.mirror!.waitForSeq(app.store.lastDurableSeq, 10_000)).toBe(true)
    const cookie = await login(app)
    const res = await app.inject({ method: 'GET', url: `/api/conversation/${call.conversation_id}`, headers: { cookie } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ conversation_id: call.conversation_id, archived: true, held_here: true, status: 'ENDED' })
    expect(res.json().messages).toEqual(orderedMessages(archived.conversation))

    // A webhook for a forgotten call is a call we hold nothing for: still safe TwiML.
    const late = await say(sid, 2, 'hello?')
    expect(late.statusCode).toBe(200)
    expect(parseTwiml(late).gatherAction).not.toBeNull()

    // A restart loads the history from disk and forgets what is past the retention as soon as
    // the mirror is past the records the restart found (it cannot know which of them Firebase has).
    aurora.config.historyInMemoryMs = 0
    const restarted = await aurora.restart()
    await vi.waitFor(() => expect(restarted.calls.archived(call.call_id)).toBeNull(), { timeout: 10_000, interval: 50 })
    // The journal and total.json still hold all of it.
    await restarted.close()
    const store = await openStore({ dir: aurora.config.dataDir })
    try {
      expect(store.get(`call_history/${call.call_id}`)).toEqual(archived)
    } finally {
      await store.close()
    }
  })
})

describe('call affinity', () => {
  it('points every action URL at the public URL of the instance that answered', async () => {
    await aurora.close()
    aurora = await startAurora({ env: { PUBLIC_URL: 'https://aurora-b.example.test/voice', INSTANCE_ID: 'b2' } })
    const sid = newCallSid()
    const res = await aurora.app.inject(
      signedPost('/incoming-call', twilioParams(sid), { publicUrl: 'https://aurora-b.example.test/voice' }),
    )
    expect(res.statusCode).toBe(200)
    const action = parseTwiml(res).gatherAction!
    expect(action).toBe('https://aurora-b.example.test/voice/process-speech?turn=1')
    expect(aurora.app.calls.callBySid(sid)!.instance_url).toBe('https://aurora-b.example.test/voice')
    expect(pathOf(action)).toBe('/voice/process-speech?turn=1')
  })
})
