import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify, type Triage } from '../../src/triage/classify.js'
import { HAZARDS } from '../../src/triage/hazards.js'
import { loadDefaultPlaybook } from '../../src/triage/playbook.js'
import { composePlaybookReply } from '../../src/triage/playbook-responder.js'
import { createResponder, type ResponderInput, type ResponderReply } from '../../src/triage/responder.js'
import { MAX_SPOKEN_CHARS } from '../../src/triage/spoken-text.js'
import { URGENCIES, urgencyRank, type Urgency } from '../../src/triage/urgency.js'

const playbook = loadDefaultPlaybook()
const ids = new Set(playbook.entries.map((e) => e.id))
const responder = createResponder({ kind: 'playbook' })

type History = ResponderInput['history']

function input(text: string, history: History = [], callUrgency: Urgency = 'UNKNOWN'): ResponderInput {
  return { text, triage: classify(text), callUrgency, history: [...history, { role: 'user', text }], turn: history.length + 1 }
}

/** Plays a call through the responder the way the voice route does, turn after turn. */
async function call(...utterances: string[]): Promise<ResponderReply[]> {
  const history: Array<{ role: 'user' | 'assistant'; text: string }> = []
  const replies: ResponderReply[] = []
  let urgency: Urgency = 'UNKNOWN'
  for (const text of utterances) {
    const reply = await responder.respond(input(text, history, urgency))
    history.push({ role: 'user', text }, { role: 'assistant', text: reply.text })
    urgency = reply.urgency
    replies.push(reply)
  }
  return replies
}

function expectSpeakable(reply: ResponderReply): void {
  expect(reply.text.trim()).not.toBe('')
  expect(reply.text.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS)
  expect(reply.text).toMatch(/\?$/)
  expect(reply.sources.length).toBeGreaterThan(0)
  for (const s of reply.sources) expect(ids).toContain(s)
}

describe('playbook responder', () => {
  it('answers a fire with an evacuation naming the zone, an alert and a question', async () => {
    const [reply] = await call("There's a fire in Zone A!")
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['fire-evacuate'], responder: 'playbook' })
    expect(reply?.text).toMatch(/^Get everyone out of Zone A now\./)
    expect(reply?.text).toContain('Help is being alerted to Zone A.')
    expectSpeakable(reply!)
  })

  it('combines at most two hazards, the most urgent first', async () => {
    const [reply] = await call("fire in bay 2, he's not breathing and bleeding bad and his arm is broken")
    expect(reply?.sources).toEqual(['fire-evacuate', 'cpr'])
    expectSpeakable(reply!)
  })

  it('tells a rescuer to cut the power before touching someone being electrocuted', async () => {
    const [reply] = await call("he's being electrocuted and he's not breathing")
    expect(reply?.sources[0]).toBe('shock-cut-power')
    expect(reply?.text).toMatch(/^Don't touch them.*Cut the power/)
  })

  it('moves on to the next instruction on later turns instead of repeating itself', async () => {
    const replies = await call('gas leak by valve 3', 'okay', 'okay', 'what now?')
    const texts = replies.map((r) => r.text)
    expect(new Set(texts).size).toBe(texts.length)
    expect(texts[1]).toContain('Shut off Valve 3 only if')
    for (const r of replies) {
      expect(r.sources).toEqual(['gas-evacuate'])
      expect(r.text).toContain('Valve 3')
      expectSpeakable(r)
    }
  })

  it('remembers where the caller is from earlier turns', async () => {
    const replies = await call('smoke in the boiler room', "yeah it's getting thick")
    expect(replies[1]?.text).toContain('the boiler room')
  })

  it('asks where the caller is when it does not know, but not twice running', async () => {
    const replies = await call("she collapsed, she's not moving", 'hurry')
    expect(replies[0]?.text).toMatch(/Where exactly are you\?$/)
    expect(replies[1]?.text).not.toMatch(/Where exactly are you\?$/)
  })

  it('reads a bare "no" as the answer to the question it just asked', async () => {
    const replies = await call('my coworker fainted in zone c', 'no')
    expect(replies[0]?.text).toMatch(/Are they breathing\?$/)
    expect(replies[1]).toMatchObject({ urgency: 'CRITICAL' })
    expect(replies[1]?.sources[0]).toBe('cpr')
  })

  it('asks a clarifying question for low-information input', async () => {
    const [reply] = await call('uh')
    expect(reply).toMatchObject({ urgency: 'LOW', sources: ['clarify'] })
    expectSpeakable(reply!)
  })

  it('treats a call for help without details as an emergency of unknown kind', async () => {
    const [reply] = await call('help, please hurry!')
    expect(reply).toMatchObject({ urgency: 'HIGH', sources: ['unknown-emergency'] })
    expect(reply?.text).toContain('Help is being alerted')
  })

  it('carries on with the emergency when the caller says little mid-call', async () => {
    const replies = await call('fire in zone a', 'mm')
    expect(replies[1]?.sources).toEqual(['fire-evacuate'])
    expect(replies[1]?.text).toContain('Zone A')
  })

  it('stands down politely without lowering the call urgency or alerting again', async () => {
    const replies = await call('fire in zone a', "false alarm, it's just steam")
    expect(replies[1]).toMatchObject({ sources: ['stand-down'], urgency: 'CRITICAL' })
    expect(replies[1]?.text).not.toContain('Help is being alerted')
    expect(replies[1]?.text).toContain('Zone A')
  })

  it('keeps caring for someone hurt when the caller says the fire is out', async () => {
    const replies = await call("fire in the paint shop and Sam's burned his arm", "okay the fire's out now")
    expect(replies[1]?.sources).toEqual(['burn-cool'])
    expect(replies[1]?.text).toContain('the paint shop')
  })

  it('never answers below the call urgency', async () => {
    const reply = await responder.respond(input('where do I sign in?', [], 'HIGH'))
    expect(reply.urgency).toBe('HIGH')
  })

  it('is deterministic', () => {
    const i = input('acid spilled in bay 4, it splashed his arm')
    expect(composePlaybookReply(i, playbook)).toEqual(composePlaybookReply(i, playbook))
  })

  it('always gives a speakable reply citing real entries and naming the location', () => {
    const hazards = fc.uniqueArray(fc.constantFrom(...HAZARDS), { maxLength: 4 })
    const location = fc.option(fc.constantFrom('Zone A', 'Bay 12', 'Tank 2B', 'Building 21', 'loading dock', 'compressor room', 'Zone Bravo'), { nil: undefined })
    const equipment = fc.option(fc.constantFrom('Valve 3', 'Pump 7', 'forklift', 'hydraulic press', 'electrical panel'), { nil: undefined })
    const earlier = fc.array(fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), text: fc.string({ maxLength: 200 }) }), { maxLength: 6 })
    const urgency = fc.constantFrom(...URGENCIES)
    fc.assert(fc.property(hazards, location, equipment, earlier, urgency, urgency, fc.string({ maxLength: 80 }), (hs, loc, eq, history, callUrgency, u, text) => {
      const triage: Triage = { urgency: u === 'UNKNOWN' ? 'LOW' : u, hazards: hs }
      if (loc !== undefined) triage.location = loc
      if (eq !== undefined) triage.equipment = eq
      const reply = composePlaybookReply({ text, triage, callUrgency, history, turn: history.length + 1 }, playbook)
      expect(reply.text.trim()).not.toBe('')
      expect(reply.text.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS)
      expect(reply.sources.length).toBeGreaterThan(0)
      expect(reply.sources.length).toBeLessThanOrEqual(2)
      for (const s of reply.sources) expect(ids).toContain(s)
      if (loc !== undefined) expect(reply.text).toContain(loc)
      expect(urgencyRank(reply.urgency)).toBeGreaterThanOrEqual(Math.max(urgencyRank(triage.urgency), urgencyRank(callUrgency)))
    }), { numRuns: 500 })
  })
})
