import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify, type Triage } from '../../src/triage/classify.js'
import { HAZARDS, HAZARD_INFO, type Hazard } from '../../src/triage/hazards.js'
import { loadDefaultPlaybook } from '../../src/triage/playbook.js'
import { composePlaybookReply } from '../../src/triage/playbook-responder.js'
import { readInCallContext } from '../../src/triage/context-rules.js'
import { createResponder, type ResponderReply } from '../../src/triage/responder.js'
import { call, input, itAnswersFrom, last } from '../helpers/playbook-call.js'
import { MAX_SPOKEN_CHARS } from '../../src/triage/spoken-text.js'
import { URGENCIES, urgencyRank } from '../../src/triage/urgency.js'

/** The classifier reads these words as this hazard and, when one is given, not as that one. */
function expectReads(said: string, hazard: Hazard, not?: Hazard): void {
  const { hazards } = classify(said)
  expect(hazards).toContain(hazard)
  if (not !== undefined) expect(hazards).not.toContain(not)
}

/** One test per wording: the classifier reads it as the hazard. */
function itReads(table: ReadonlyArray<readonly [string, Hazard]>): void {
  it.each(table)('reads %j as %s', (said, hazard) => expectReads(said, hazard))
}

const DONT_FIRST = "If you're not sure it's safe, don't do it."

/** One test per call: after its first turn, what the caller asks or means to do hears "don't" first. */
function itSaysDontFirst(table: ReadonlyArray<readonly [string, string]>): void {
  it.each(table)('after %j, %j gets "if you\'re not sure it\'s safe, don\'t" first', async (first, said) => {
    const reply = last(await call(first, said))
    expect(reply.text.startsWith(DONT_FIRST)).toBe(true)
    expect(reply.sources).not.toContain('unsure-dont')
  })
}

/** One test per call: after its first turn, these words hear no "don't". */
function itSaysNoDont(table: ReadonlyArray<readonly [string, string]>): void {
  it.each(table)('after %j, %j gets no "don\'t"', async (first, said) => {
    expect(last(await call(first, said)).text).not.toMatch(/not sure it's safe/)
  })
}

/** One test per two-turn call: the reply to its second turn says this. */
function itRepliesAfter(table: ReadonlyArray<readonly [string, string, RegExp]>, title = 'after %j, answers %j'): void {
  it.each(table)(title, async (first, second, expected) => {
    expect(last(await call(first, second)).text).toMatch(expected)
  })
}

/** One test per wording: the classifier does not read it as the hazard. */
function itDoesNotRead(table: ReadonlyArray<readonly [string, Hazard]>): void {
  it.each(table)('does not read %j as %s', (said, hazard) => {
    expect(classify(said).hazards).not.toContain(hazard)
  })
}

const playbook = loadDefaultPlaybook()
const ids = new Set(playbook.entries.map((e) => e.id))


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
    expect(reply?.sources).toEqual(['fire-cpr'])
    expectSpeakable(reply!)
  })

  it('tells a rescuer to cut the power before touching someone being electrocuted', async () => {
    const [reply] = await call("he's being electrocuted and he's not breathing")
    expect(reply?.sources).toEqual(['shock-cpr'])
    expect(reply?.text).toMatch(/^Don't touch them until the power is off.*Cut it at the switch or breaker, then start CPR/)
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

  it('names the room, not the ladder, as where help goes, and never the ladder as the thing to shut off', async () => {
    const replies = await call('gas leak by the ladder in the plant room', 'okay')
    // Review 120: a ladder joined to the place ("the ladder in the quay") says nothing the crew needs.
    expect(replies[0]?.text).toContain('Help is being alerted to the plant room.')
    expect(replies[1]?.text).toContain('Shut off the gas supply only if')
    const machine = await call('gas leak by the generator', 'okay')
    expect(machine[1]?.text).toContain('Shut off the generator only if')
  })

  it('holds at the last instruction once all are given, rather than starting again at the first', async () => {
    const replies = await call('fire in the paint store in zone A', 'okay', 'okay', 'we are at the muster point', 'okay', 'thanks')
    for (const r of replies.slice(1)) expect(r.text).not.toContain('Get everyone out of Zone A now')
    // Not word for word on every turn, where it drowned out what the caller said: an "okay" right
    // after it gets only a question; news ("we are at the muster point") gets it again.
    expect(replies.slice(2).map((r) => /^Stay at the muster point/.test(r.text))).toEqual([true, true, false, true])
  })

  it('does not ask again what the caller already answered, however it was put', async () => {
    const replies = await call('fire in the paint store in zone A', 'yes everyone is out', 'no one is hurt', 'it is getting bigger', 'okay', 'okay', 'thanks')
    expect(replies[0]?.text).toMatch(/Is everyone out\?$/)
    // "No one is hurt" came as the answer to another question; it still settles this one.
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(/Is everyone out\?$|Is anyone hurt or missing\?$/)
    // A check whose answer can change is asked again.
    expect(replies.slice(2).some((r) => r.text.endsWith('Is the fire spreading?'))).toBe(true)
  })

  it('keeps asking "is everyone out?" while the answer is no', async () => {
    const replies = await call('fire in zone a', 'no, two of them are still inside', 'okay', 'okay', 'okay')
    expect(replies.slice(2).some((r) => r.text.endsWith('Is everyone out?'))).toBe(true)
  })

  it('does not ask the one open question every turn', async () => {
    const replies = await call('my mate fell off the ladder', 'yes he is awake', 'no', 'about three metres', 'okay', 'what now', 'ok thanks')
    const questions = replies.map((r) => r.text.slice(r.text.lastIndexOf('. ') + 2))
    for (let i = 1; i < questions.length; i++) expect(questions[i], `turn ${i + 1}`).not.toBe(questions[i - 1])
    for (const r of replies.slice(2)) expect(r.text).not.toMatch(/Are they bleeding\?$/)
    for (const r of replies.slice(3)) expect(r.text).not.toMatch(/How far did they fall\?$/)
    expect(replies.some((r) => r.text.endsWith('Has anything changed?'))).toBe(true)
    for (const r of replies) expectSpeakable(r)
  })

  it('hands over to the responders once they are with the caller, keeping only CPR going until they take over', async () => {
    const replies = await call("he's not breathing", 'we are in the canteen', 'the paramedics have arrived', "they've taken over", 'ok thanks bye')
    expect(replies[1]?.sources).toEqual(['cpr'])
    for (const r of replies.slice(2)) {
      expect(r.sources).toEqual(['responders-arrived'])
      expect(r.text).toMatch(/Don't stop CPR until they start breathing or help takes over/)
      expect(r.text).not.toMatch(/Start CPR now|Help is being alerted/)
      // The call stays as urgent as it was: admins still see what it was about.
      expect(r.urgency).toBe('CRITICAL')
      expectSpeakable(r)
    }
  })

  it('goes back to instructions when the caller raises something new after help arrived', async () => {
    const replies = await call('fire in zone a', 'the fire brigade is here', 'my mate is bleeding badly')
    expect(replies[1]?.sources).toEqual(['responders-arrived'])
    expect(replies[2]?.sources[0]).toBe('bleeding-pressure')
  })

  it('asks a caller who wants to hang up before help is there to stay on the line, and lets them go after', async () => {
    const replies = await call('gas leak at valve 7 in the boiler house', 'can I hang up now?', 'the gas team is here', 'can I hang up now?')
    expect(replies[1]?.sources).toEqual(['stay-on-line'])
    expect(replies[1]?.text).toMatch(/^Please stay on the line/)
    expect(replies[3]?.sources).toEqual(['responders-arrived'])
    expect(replies[3]?.text).toMatch(/You can hang up/)
  })

  it('keeps the gravest emergency first when a turn adds a lesser one, and never sends a rescuer away from it', async () => {
    const replies = await call("Marta collapsed in the canteen and she's not breathing", 'okay', 'I can hear the siren', 'we swapped', 'okay')
    for (const r of replies.slice(2)) {
      expect(r.sources[0]).toBe('cpr')
      expect(r.text).not.toMatch(/nearest exit|muster point|leave/i)
    }
  })

  it('still gives two urgent emergencies together', async () => {
    const replies = await call('fire in zone a', 'my mate is bleeding badly', 'okay')
    expect(replies[1]?.sources[0]).toBe('bleeding-pressure')
    expect(replies[2]?.sources).toContain('fire-evacuate')
    expect(replies[2]?.sources).toContain('bleeding-pressure')
  })

  it('carries on with the emergency when the caller only urges us on mid-call', async () => {
    const replies = await call('my mate fell off the ladder in bay 3', 'please hurry', 'oh god the smell is really bad')
    for (const r of replies.slice(1)) {
      expect(r.sources[0]).toBe('fall-keep-still')
      expect(r.text).not.toMatch(/What's happening/)
    }
  })

  it('tells a caller checking the line that it hears them, and carries on with an emergency already known', async () => {
    const [first] = await call('hello? can you hear me?')
    expect(first?.sources).toEqual(['line-check'])
    expect(first?.text).toMatch(/^Yes, I can hear you\./)
    const replies = await call('fire in bay 2', 'can you hear me')
    expect(replies[1]?.sources).toEqual(['fire-evacuate'])
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
    const reply = await createResponder({ kind: 'playbook' }).respond(input('where do I sign in?', [], 'HIGH'))
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
      // Closing a settled call ("ok" after a question was answered) or handing over to responders
      // has no instruction to name a place in (found by fast-check: history ["0?"], then "ok").
      if (loc !== undefined && !reply.sources.some((id) => id === 'closing' || id === 'responders-arrived')) expect(reply.text).toContain(loc)
      expect(urgencyRank(reply.urgency)).toBeGreaterThanOrEqual(urgencyRank(callUrgency))
      // Below the turn's own reading only when the call took part of it back (a crush beside the
      // sea's sting is tentacles "stuck" on an arm): one hazard read alone is never lowered.
      if (hs.length <= 1) expect(urgencyRank(reply.urgency)).toBeGreaterThanOrEqual(urgencyRank(triage.urgency))
    }), { numRuns: 500 })
  })
})

// Gaps found while writing the call simulator's scenarios: each one told a worker in danger the wrong thing.
describe('playbook responder: safety gaps found by the simulator', () => {
  it.each([
    "splashed with caustic in my eyes, it's burning",
    "I got acid on my arm, it's really burning",
    'acid spilled in bay 4, it splashed his arm',
    "cement on his knees, it's burning",
  ])('rinses a chemical splash first and never evacuates for a fire: "%s"', async (text) => {
    const [reply] = await call(text)
    // To a caller whose own skin or eyes these are, said to them.
    if (/\bmy\b/.test(text)) {
      expect(reply?.text).toMatch(/^Rinse your skin or eyes with lots of clean water right now, at least twenty minutes, at the eyewash/)
      expect(reply?.text).toContain("Don't rub your eyes")
    } else {
      expect(reply?.text).toMatch(/^Rinse the eyes or skin with lots of clean water right now, for at least twenty minutes, at the eyewash/)
      expect(reply?.text).toContain("Don't rub the eyes")
    }
    expect(reply?.text).not.toMatch(/stairs|Get everyone out/)
    expect(reply?.urgency).toBe('HIGH')
    expectSpeakable(reply!)
  })

  it('reads the name of the chemical, given when asked, as the answer and not as a second emergency', async () => {
    const replies = await call('there is acid in my eyes', "yes I'm at the eyewash", "it's sulphuric acid", 'it still stings', 'okay')
    expect(replies[1]?.text).toMatch(/Do you know what chemical it was\?$/)
    for (const r of replies.slice(2)) {
      expect(r.sources).toEqual(['chemical-exposure-rinse'])
      expect(r.text).not.toMatch(/spill|what chemical/)
    }
    expect(replies[4]?.text).toMatch(/Keep rinsing/)
  })

  it('still takes a chemical named out of the blue as a spill', async () => {
    const replies = await call('there is acid in my eyes', "the acid's all over the floor too")
    // The spill and the splash together: the combined entry.
    expect(replies[1]?.sources).toEqual(['chemical-splash-rinse'])
  })

  it('does not ask what the caller already said unasked', async () => {
    const replies = await call('Sam got a shock off the welding panel', "the power's off and he's breathing", 'okay', 'okay')
    // Settled for good; a check that can change comes back, but not straight after the caller said it.
    expect(replies[1]?.text).not.toMatch(/Is the power off\?$|Are they breathing\?$/)
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(/Is the power off\?$/)
  })

  it('does not ask about what the caller ruled out on an earlier turn', async () => {
    const replies = await call('a forklift just hit Tom in the warehouse', "yes he's awake, he's talking", 'his leg is bleeding a bit', "no he's not trapped", 'okay', 'okay', 'okay')
    for (const r of replies.slice(3)) expect(r.text).not.toMatch(/Are they trapped under it\?$/)
  })

  it('hears "he is breathing but not talking" as a yes to "are they breathing?", never as a call for CPR', async () => {
    const replies = await call("Sam got a shock off the welding panel he's on the floor", "yes the power's off", "he's breathing but not talking")
    expect(replies[1]?.text).toMatch(/Are they breathing\?$/)
    expect(replies[2]?.sources).not.toContain('cpr')
    expect(replies[2]?.text).not.toMatch(/Start CPR now/)
  })

  it('goes on to contaminated clothing on the next turn', async () => {
    const replies = await call("splashed with caustic in my eyes, it's burning", "I'm at the eyewash")
    expect(replies[1]?.text).toMatch(/Take off any splashed clothing while you rinse/)
  })

  it('answers a question about an electrical fire instead of evacuating, and asks whether it is happening', async () => {
    const [reply] = await call('can I use the extinguisher on an electrical fire?')
    expect(reply).toMatchObject({ urgency: 'MEDIUM', sources: ['electrical-fire-question'] })
    expect(reply?.text).toMatch(/CO2 or dry powder/)
    expect(reply?.text).toMatch(/never water/)
    expect(reply?.text).toMatch(/Cut the power/)
    expect(reply?.text).not.toMatch(/Get everyone out|Help is being alerted/)
    expectSpeakable(reply!)
  })

  it('treats a "yes, it is happening" to that question as the fire', async () => {
    const replies = await call('can I use the extinguisher on an electrical fire?', 'yes')
    expect(replies[1]).toMatchObject({ urgency: 'CRITICAL', sources: ['fire-evacuate'] })
  })

  it('answers the question mid-fire without lowering the call or stopping the alert', async () => {
    const replies = await call('fire in zone a', 'can I use water on an electrical fire?')
    expect(replies[1]).toMatchObject({ urgency: 'CRITICAL', sources: ['electrical-fire-question'] })
    expect(replies[1]?.text).toContain('Help is being alerted to Zone A.')
  })

  it.each([
    ["what do I do if there's a gas leak?", 'gas-question', /don't touch switches/],
    ['what should we do in case of fire?', 'fire-question', /not the lift/],
    ['is it safe to go into a tank without a permit?', 'confined-space-no-entry', /Don't go in after them/],
  ])('answers "%s" from %s', async (text, source, rule) => {
    const [reply] = await call(text)
    expect(reply?.sources).toEqual([source])
    expect(reply?.text).toMatch(rule)
  })

  it('still evacuates for "can someone come, there\'s a fire"', async () => {
    const [reply] = await call("can someone come, there's a fire")
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['fire-evacuate'] })
  })

  it.each([
    ['got hit by a wagon', 'CRITICAL'],
    ["One of the shunters got hit by a wagon in the rail yard, he's on the ground", 'CRITICAL'],
    ['the forklift reversed into him', 'HIGH'],
    ['he got hit by the crane load', 'HIGH'],
  ] as const)('stops the traffic for a vehicle strike: "%s"', async (text, urgency) => {
    const [reply] = await call(text)
    expect(reply).toMatchObject({ urgency, sources: ['vehicle-strike-stop-traffic'] })
    expect(reply?.text).toMatch(/^Stop the vehicle and any traffic or train movements near them\. Don't move them/)
    expect(reply?.text).toContain('Help is being alerted')
  })

  it.each([
    "he's gone down into the tank and he's not answering",
    'Marco went down the manhole, he is not answering',
    'he is in the silo and not answering',
    "Marco climbed into the tank to clear a blockage and now he's not answering me",
    'Dave collapsed in the tank',
    "he's down in the pit, he fell, he's not moving",
  ])('never sends the caller into a confined space: "%s"', async (text) => {
    const [reply] = await call(text)
    expect(reply?.urgency).toBe('CRITICAL')
    expect(reply?.text).toMatch(/^Don't go in after them\./)
    // Care that needs hands on the casualty would send the caller in after them.
    expect(reply?.text).not.toMatch(/Check their breathing|roll them|Keep them still|CPR/)
    expect(reply?.sources).toEqual(['confined-space-no-entry'])
  })

  it('keeps a danger to the place alongside a confined space', async () => {
    const [reply] = await call('Dave collapsed in the tank, there is gas')
    expect(reply?.sources).toEqual(['confined-space-no-entry', 'gas-evacuate'])
  })

  it('keeps the hazard location when the caller says where they are standing', async () => {
    const replies = await call('I can smell gas near valve 7 in the boiler house', "we're by the main gate")
    expect(replies[0]?.text).toMatch(/^Get everyone out of the boiler house now/)
    expect(replies[0]?.text).toContain('Help is being alerted to Valve 7 in the boiler house.')
    expect(replies[1]?.text).not.toMatch(/out of the main gate|away from the main gate/)
    expect(replies[1]?.text).toContain('Valve 7')
    expect(replies[1]?.text).toContain('I have you at the main gate.')
    expect(replies[1]?.urgency).toBe('CRITICAL')
  })

  it('alerts help to the caller when only their whereabouts are known, without asking where they are', async () => {
    const [reply] = await call("there's a gas leak, I'm at the main gate")
    expect(reply?.text).toMatch(/^Get everyone out of the area now/)
    expect(reply?.text).toContain('Help is being alerted to you at the main gate.')
    expect(reply?.text).not.toContain('Where exactly are you?')
  })

  it('acknowledges everyone at the muster point without moving the fire there', async () => {
    const replies = await call("There's a fire in Zone A! The conveyor motor's gone up in flames", "Yeah we're all out, everyone's at the muster point")
    expect(replies[1]?.text).toContain('Help is being alerted to the conveyor in Zone A.')
    expect(replies[1]?.text).toContain('I have you at the muster point.')
  })

  it.each([
    ["Yeah everyone's fine"],
    ['no'],
    ['okay thanks'],
    ["no one's hurt"],
  ])('closes politely after a stand-down when the caller says "%s"', async (text) => {
    const replies = await call('fire in zone a', "false alarm, it's out", text)
    const closing = replies[2]
    expect(closing).toMatchObject({ sources: ['closing'], urgency: 'CRITICAL' })
    expect(closing?.text).not.toMatch(/didn't catch|Help is being alerted/)
    expect(closing?.text).toMatch(/supervisor/)
    expect(closing?.text).toMatch(/if anything changes/)
    expectSpeakable(closing!)
  })

  it('keeps closing on further confirmations, without repeating itself', async () => {
    const replies = await call('The fire alarm is going off in warehouse B', "it's just a drill", "yeah everyone's fine", 'no, that is all, thanks')
    expect(replies[2]?.sources).toEqual(['closing'])
    expect(replies[3]?.sources).toEqual(['closing'])
    expect(replies[3]?.text).not.toBe(replies[2]?.text)
  })

  it('closes after an answered question', async () => {
    const replies = await call("what do I do if there's a gas leak?", 'okay, thanks')
    expect(replies[1]?.sources).toEqual(['closing'])
  })

  it('does not close when someone is hurt or missing after a stand-down', async () => {
    const hurt = await call('fire in zone a', 'false alarm', 'yes')
    expect(hurt[2]?.sources[0]).toBe('injury-first-aid')
    const missing = await call('fire in zone a', 'false alarm', "no, Dave's missing")
    expect(missing[2]).toMatchObject({ sources: ['missing-person'], urgency: 'CRITICAL' })
    expect(missing[2]?.text).toMatch(/^Don't go back in to look for them\..* Help is being alerted.* Where were they last seen\?$/)
  })

  it('still asks to repeat something it cannot read after a stand-down', async () => {
    const replies = await call('fire in zone a', 'false alarm', 'mm the thing over by the')
    // Words it cannot read are asked again, and alerted for: it may be a new emergency.
    expect(replies[2]?.sources).toEqual(['unclear'])
    expect(replies[2]?.text).toMatch(/What's happening, and where are you\?$/)
  })

  it('answers any question about hazards to the place with a speakable reply that raises no alert by itself', () => {
    const placeHazards = HAZARDS.filter((h) => !HAZARD_INFO[h].person && h !== 'false_alarm' && h !== 'all_clear')
    fc.assert(fc.property(fc.uniqueArray(fc.constantFrom(...placeHazards), { minLength: 1, maxLength: 3 }), (asksAbout) => {
      const triage: Triage = { urgency: 'MEDIUM', hazards: [], question: true, asksAbout }
      const reply = composePlaybookReply({ text: 'what do I do?', triage, callUrgency: 'UNKNOWN', history: [], turn: 1 }, playbook)
      expectSpeakable(reply)
      expect(reply.urgency).toBe('MEDIUM')
      expect(reply.text).not.toContain('Help is being alerted')
    }))
  })

  it('never puts the caller\'s position into an instruction', () => {
    const hazards = fc.uniqueArray(fc.constantFrom(...HAZARDS), { maxLength: 3 })
    // Places no playbook text names ("go to the muster point" is an instruction of its own).
    const callerAt = fc.constantFrom('main gate', 'Gate 3', 'car park', 'front entrance', 'gatehouse')
    const location = fc.option(fc.constantFrom('Zone A', 'boiler house'), { nil: undefined })
    fc.assert(fc.property(hazards, callerAt, location, fc.constantFrom(...URGENCIES), (hs, at, loc, callUrgency) => {
      const triage: Triage = { urgency: 'CRITICAL', hazards: hs, callerAt: at }
      if (loc !== undefined) triage.location = loc
      const reply = composePlaybookReply({ text: "we're here", triage, callUrgency, history: [], turn: 1 }, playbook)
      // Only "I have you at X" and "alerted to you at X" may name it.
      const rest = reply.text.replace(/I have you at [^.]*\./g, '').replace(/alerted to you at [^.]*\./g, '')
      expect(rest).not.toContain(at)
    }), { numRuns: 300 })
  })
})

// A read-only review of the whole-call rework found these; each told a caller the wrong thing.
describe('playbook responder: review of the whole-call rework', () => {

  it('keeps coaching CPR when the caller says nobody is doing it', async () => {
    const replies = await call("he's not breathing, we're in Zone A", 'no one is doing CPR', 'ok')
    for (const r of replies) expect(r.sources).toContain('cpr')
  })

  it.each(['has the ambulance arrived?', 'have the paramedics arrived yet', 'tell me when the paramedics have arrived', 'security is here'])(
    'does not hand over on "%s"', async (said) => {
      const replies = await call("he's not breathing, we're in the canteen", said, 'ok')
      for (const r of replies.slice(1)) expect(r.sources).toEqual(['cpr'])
    },
  )

  it('goes back to instructions when the responders are not there after all', async () => {
    const replies = await call("he's not breathing, we're in the canteen", 'the paramedics are here', "no they're not here yet", 'ok')
    expect(replies[1]?.sources).toEqual(['responders-arrived'])
    expect(replies[2]?.sources).toEqual(['cpr'])
    expect(replies[3]?.sources).toEqual(['cpr'])
  })

  it('does not take "I can\'t cut the power" or "can\'t hear his breathing" as yes', async () => {
    const crush = await call('his arm is caught in the machine', "I can't cut the power", 'ok', 'ok')
    expect(crush.slice(2).some((r) => r.text.endsWith('Is the machine stopped?'))).toBe(true)
    const collapse = await call("he collapsed in Zone A and he's not responding", "can't hear his breathing")
    expect(last(collapse).sources[0]).toBe('cpr')
  })

  it('remembers what a bare "no" told it for the rest of the call', async () => {
    const replies = await call("he collapsed in Zone A and he's not responding", 'no', 'ok', 'ok')
    expect(replies[0]?.text).toMatch(/Are they breathing\?$/)
    for (const r of replies.slice(1)) expect(r.sources[0]).toBe('cpr')
    for (const r of replies.slice(2)) expect(r.text).not.toMatch(/Are they breathing\?$/)
  })

  it('keeps a danger to the rescuer beside first aid', async () => {
    const [reply] = await call("there are live wires down and he's bleeding")
    expect(reply?.sources).toEqual(['bleeding-pressure', 'electrical-isolate'])
  })

  it('keeps CPR when a fire is reported beside it', async () => {
    expect(last(await call("he's not breathing", 'there is a fire in the next room')).sources).toEqual(['fire-cpr'])
  })

  it('takes a long answer to "what chemical" that reports a spill as the spill', async () => {
    const replies = await call('acid splashed in his eyes in Bay 4', 'sulphuric acid, the drum split and there is a big spill spreading across the floor')
    expect(last(replies).text).toMatch(/away from the spill/)
  })

  it('still asks whether anyone else is under the racking after "he is not trapped"', async () => {
    const replies = await call("the racking collapsed in Bay 2, Dave's hurt but he's not trapped", 'ok', 'ok', 'ok')
    expect(replies.slice(1).some((r) => r.text.endsWith('Could anyone be under it?'))).toBe(true)
  })

  it('does not take "yeah, except Dave" as everyone out', async () => {
    const replies = await call('fire in zone a', 'yeah except Dave', 'ok', 'ok')
    expect(replies.slice(2).some((r) => r.text.endsWith('Is everyone out?'))).toBe(true)
  })

  it('reads "I have to go to him" as going to the casualty, and lets a stood-down caller hang up', async () => {
    expect(last(await call("he's not breathing", 'I have to go to him')).sources).toEqual(['cpr'])
    expect(last(await call('fire in zone a', 'it was a false alarm', 'ok can I hang up now')).sources).toEqual(['closing'])
  })
})

// A second review, of the fixes above, found these.
describe('playbook responder: second review', () => {

  it('coaches CPR for a second casualty outside a confined space', async () => {
    const reply = last(await call('Dave has collapsed inside the tank', 'Steve pulled him out and now Steve is not breathing'))
    expect(reply.sources).toEqual(['confined-space-cpr'])
    expect(reply.text).toMatch(/If they're out of the space, start CPR now/)
  })

  it.each(['No no, he is breathing', 'not talking but he is breathing'])('never starts CPR for "%s"', async (said) => {
    const replies = await call('Dave collapsed in the workshop', said, 'ok')
    expect(replies[0]?.text).toMatch(/Are they breathing\?$/)
    for (const r of replies.slice(1)) expect(r.sources).not.toContain('cpr')
  })

  it('stops CPR once the caller says he is breathing again', async () => {
    expect(last(await call("Dave collapsed, he's not breathing", "he's breathing now")).sources).not.toContain('cpr')
  })

  it('hands over on an arrival said with a question after it', async () => {
    expect(last(await call("he's not breathing", 'The paramedics are here, can I hang up?')).sources).toEqual(['responders-arrived'])
  })

  it.each([
    ['no one is doing CPR', /^Start CPR now/],
    ["I don't know how to do CPR", /^Lay them on their back on the floor\. Heel of one hand mid-chest/],
  ])('tells a caller who says "%s" to start CPR, not to keep pushing', async (said, start) => {
    const reply = last(await call("he's not breathing, we're in Zone A", said))
    expect(reply.sources).toEqual(['cpr'])
    expect(reply.text).toMatch(start)
  })

  it('keeps a new hazard in the reply beside CPR', async () => {
    expect(last(await call("Dave collapsed, he's not breathing", "I'm doing CPR", "there's smoke coming from the panel")).sources).toContain('smoke-leave')
  })

  it('does not take a plan or a catch as the answer', async () => {
    const shock = await call('Sam got a shock off the panel in the workshop', "I'm going to cut the power now", 'ok', 'ok')
    expect(shock.slice(2).some((r) => r.text.endsWith('Is the power off?'))).toBe(true)
    const fire = await call('fire in the paint store', 'everyone is out other than Dave', 'ok', 'ok')
    expect(fire.slice(2).some((r) => r.text.endsWith('Is everyone out?'))).toBe(true)
  })

  it('hands a shock over without asking the caller to check breathing themselves', async () => {
    expect(last(await call('Sam got a shock off the panel in the workshop', 'the paramedics are here')).text).not.toMatch(/check their breathing/)
  })
})

describe('playbook responder: first aid that worked, someone missing, responders who cannot find the caller', () => {
  const HOLD = 'Keep them lying down and warm, and keep the pressure on the wound.'

  it.each(['the bleeding has stopped now', "he's stopped bleeding", 'the bleeding is slowing down'])('holds the wound, not the next step, once "%s"', async (said) => {
    const replies = await call("Sam cut his arm on the saw, there's blood everywhere", said, 'okay')
    for (const r of replies.slice(1)) {
      // Said every other turn, a short reminder between.
      expect(r.text).toMatch(new RegExp(`^(${HOLD}|Keep pressing hard on the wound)`))
      expect(r.text).not.toMatch(/Is the bleeding slowing down\?$/)
    }
  })

  it('holds on a bare yes to "Is the bleeding slowing down?", and moves on again when it bleeds again', async () => {
    const replies = await call("Sam cut his arm on the saw, it's bleeding, we're in the workshop", 'yes', "it's bleeding again, it's soaking through")
    expect(replies[0]?.text).toMatch(/Is the bleeding slowing down\?$/)
    expect(replies[1]?.text).toMatch(new RegExp(`^${HOLD}`))
    expect(replies[2]?.text).toMatch(/^Press harder, with both hands/)
  })

  it.each([
    ["the bleeding hasn't stopped", /^Press harder/],
    ["yes it's still bleeding", /^Press harder/],
    ['should I keep pressing until the bleeding has stopped', /^If blood soaks through/],
  ])('does not hold on "%s"', async (said, next) => {
    const replies = await call("Sam cut his arm on the saw, there's blood everywhere, we're in the workshop", said)
    expect(last(replies).text).toMatch(next)
  })

  it.each(["it's soaking through again", "it hasn't stopped, it's still going", "it's getting worse"])('lets go of the hold on "%s"', async (said) => {
    const replies = await call("Sam cut his arm on the saw, there's blood everywhere, we're in the workshop", 'the bleeding has stopped', said)
    expect(replies[1]?.text).toMatch(new RegExp(`^${HOLD}`))
    expect(replies[2]?.text).toMatch(/^Press harder, with both hands/)
  })

  it('tells a caller at the muster point not to go back in for someone missing, and keeps saying so until found', async () => {
    const replies = await call('fire in the paint store', "we're at the muster point", "no one's hurt but Dave is missing", 'okay', "we found him, he's okay")
    expect(replies[2]?.sources).toEqual(['fire-evacuate', 'missing-person'])
    expect(replies[2]?.text).toContain("Don't go back in to look for them.")
    expect(replies[2]?.text).toMatch(/Where were they last seen\?$/)
    expect(replies[3]?.sources).toEqual(['fire-evacuate', 'missing-person'])
    expect(replies[3]?.text).toContain("Don't go back in for them.")
    expect(replies[4]?.sources).toEqual(['fire-evacuate'])
  })

  it('reads "yes, Dave is missing" to "Is anyone hurt or missing?" as missing, not as someone hurt', async () => {
    const reply = last(await call('fire in the paint store', "we're at the muster point", "yes, Dave is missing"))
    expect(reply.sources).toEqual(['fire-evacuate', 'missing-person'])
  })

  it('keeps the emergency first, and both of its entries, with someone missing', async () => {
    const reply = last(await call('fire in the warehouse and Steve is missing'))
    expect(reply.sources).toEqual(['fire-evacuate', 'missing-person'])
    expect(reply.text).toMatch(/^Get everyone out of the warehouse now\./)
    expect(reply.text).toMatch(/Where were they last seen\?$/)
    const two = last(await call("gas leak in the plant room, he's not breathing", "I'm doing CPR", 'Dave is missing too'))
    expect(two.sources).toEqual(['gas-cpr', 'missing-person'])
    expect(two.text).toMatch(/Where were they last seen\?$/)
  })

  it('asks after the one found, and closes once they are not hurt', async () => {
    const replies = await call('Dave is missing, we cannot find him after the drill', 'okay', 'we found him on the floor', 'no', 'okay thanks')
    expect(replies[1]?.sources).toEqual(['missing-person'])
    expect(replies[2]?.sources).toEqual(['missing-found'])
    expect(replies[2]?.text).toMatch(/Are they hurt\?$/)
    expect(replies[2]?.text).not.toContain('Help is being alerted')
    expect(replies[3]?.sources).toEqual(['closing'])
    expect(replies[4]?.sources).toEqual(['closing'])
  })

  it('gives first aid when the one found is hurt', async () => {
    expect(last(await call('Dave is missing after the evacuation', 'we found him on the floor', 'yes')).sources).toEqual(['injury-first-aid'])
  })

  it.each(["we found him, he's not breathing", "we found him, he's covered in blood"])('gives first aid, and stops asking where they were, on "%s"', async (said) => {
    const reply = last(await call('Dave is missing after the evacuation', said))
    expect(reply.sources).not.toContain('missing-person')
    expect(reply.sources.some((s) => s === 'cpr' || s === 'bleeding-pressure')).toBe(true)
  })

  it.each([
    ['we found his helmet by the tank', undefined], ["we found one of them, he's okay", undefined], ['we found her radio', undefined], ["We found Dave's helmet", undefined],
    ['no one is hurt', undefined], ["we're all out at the muster point", undefined],
  ])('does not close a missing-person call on "%s"', async (said) => {
    const reply = last(await call('Dave is missing after the evacuation', said, 'okay'))
    expect(reply.sources).not.toContain('closing')
    expect(reply.sources).toContain('missing-person')
  })

  it('keeps someone missing through a stand-down and a question', async () => {
    expect(last(await call('fire in the paint store and Dave is missing', 'the fire is out', 'okay')).sources).toEqual(['missing-person'])
    expect(last(await call('Dave is missing after the evacuation', 'should I go back in and look for him?')).sources).toEqual(['missing-person'])
  })

  it.each(['the defibrillator is missing from the wall', "I can't find her pulse", 'his finger is missing'])('keeps CPR alone on "%s"', async (said) => {
    const reply = last(await call("he's not breathing, we're in the canteen", "I'm doing CPR", said))
    expect(reply.sources).not.toContain('missing-person')
  })

  it.each(['the ambulance is here but at the wrong gate', "the paramedics can't find us", 'the ambulance crew is looking for us'])(
    'asks for someone to guide the responders in, and keeps CPR going, on "%s"',
    async (said) => {
      const replies = await call("he's not breathing, we're in bay 4", "I'm doing CPR", said, 'okay')
      expect(replies[2]?.sources).toEqual(['cpr', 'guide-responders-in'])
      expect(replies[2]?.text).toMatch(/^Don't stop CPR/)
      expect(replies[2]?.text).toContain('Send someone who can leave safely to meet the responders')
      expect(replies[2]?.text).toMatch(/Can someone go and meet them\?$/)
      expect(replies[3]?.sources).toEqual(['cpr'])
    },
  )

  it('keeps handing over to the paramedics while the caller waits for the fire brigade', async () => {
    const replies = await call("he's not breathing, we're in bay 4", "I'm doing CPR", 'the paramedics are here', "the fire brigade isn't here yet", 'okay')
    expect(replies.slice(2).map((r) => r.sources)).toEqual([['responders-arrived'], ['responders-arrived'], ['responders-arrived']])
  })

  it('takes the call back when the ones that came are not there after all', async () => {
    const replies = await call("he's not breathing, we're in bay 4", "I'm doing CPR", 'the paramedics are here', "the paramedics aren't here, that was security")
    expect(last(replies).sources).toEqual(['cpr'])
  })

  it('keeps both of the emergency\'s entries beside lost responders, and does not read "they can\'t find us" as a no', async () => {
    const fire = last(await call("he's not breathing and there's a fire in the workshop", "I'm doing CPR", "the ambulance can't find us"))
    expect(fire.sources).toEqual(['fire-cpr', 'guide-responders-in'])
    expect(fire.text).toMatch(/^Don't go back in\. Keep CPR going/)
    const bleeding = last(await call("she's bleeding badly from her leg in the workshop", 'okay', "they can't find us"))
    expect(bleeding.sources).toEqual(['bleeding-pressure', 'guide-responders-in'])
  })

  it('hands over when the responders found the caller after all', async () => {
    const reply = last(await call("he's not breathing, we're in bay 4", "I'm doing CPR", "they couldn't find us at first but the paramedics are with him now"))
    expect(reply.sources).toEqual(['responders-arrived'])
  })

  it('still hands over on a plain arrival', async () => {
    expect(last(await call("he's not breathing, we're in bay 4", 'the ambulance is here')).sources).toEqual(['responders-arrived'])
  })
})

describe('playbook responder: second review of missing, found and who is on scene', () => {
  const WOUND = "Sam cut his arm on the saw, there's blood everywhere, we're in the workshop"

  it.each([
    ['is the bleeding slowing down? no, not really', /^If blood soaks through/],
    ["I took the cloth off to check and it's pouring out", /^Press harder/],
  ])('does not hold the wound on "%s"', async (said, next) => {
    const replies = await call(WOUND, said)
    expect(last(replies).text).toMatch(next)
  })

  it('gives the gas back to the caller when the paramedics are there but the gas engineer is not', async () => {
    const reply = last(await call('gas leak in the plant room and a man collapsed', 'the paramedics are here', "the gas engineer hasn't arrived yet"))
    expect(reply.sources).toContain('gas-unconscious')
  })

  it('tells the responders who is missing when handing over', async () => {
    const reply = last(await call('fire in the warehouse, Dave is missing', "we're at the muster point", 'the fire brigade is here, Dave is still missing'))
    expect(reply.sources).toEqual(['responders-arrived'])
    expect(reply.text).toContain('Tell the responders who is missing and where they were last seen.')
  })

  it('keeps the others missing when one of several is found', async () => {
    const replies = await call('two of the lads are unaccounted for', 'they found him', 'okay')
    expect(replies[1]?.sources).toEqual(['missing-found'])
    expect(replies[2]?.sources).toEqual(['missing-person'])
  })

  it('keeps the other missing when one of two named turns up', async () => {
    const replies = await call('Dave and Steve are missing', 'Steve turned up', 'okay')
    expect(replies[1]?.sources).toEqual(['missing-found'])
    expect(replies[2]?.sources).toEqual(['missing-person'])
  })

  it('finds by name: someone else turning up does not find Dave, and each of two is found in turn', async () => {
    const other = await call('Dave is missing after the evacuation', 'Steve turned up', 'okay')
    expect(other.slice(1).map((r) => r.sources)).toEqual([['missing-person'], ['missing-person']])
    const two = await call('Dave and Steve are missing', 'Steve turned up', 'okay', "Dave's here", 'no')
    expect(two.slice(1).map((r) => r.sources)).toEqual([['missing-found'], ['missing-person'], ['missing-found'], ['closing']])
  })

  it('reads "everyone is out except Dave" as Dave missing, and finds him by name', async () => {
    const replies = await call('fire in the paint store', 'everyone is out except Dave', 'we found Dave')
    expect(replies[1]?.sources).toEqual(['fire-evacuate', 'missing-person'])
    expect(replies[2]?.sources).toEqual(['fire-evacuate'])
  })

  it('does not find the one missing in "everyone is accounted for except Dave"', async () => {
    expect(last(await call('Dave is missing', 'everyone is accounted for except Dave', 'okay')).sources).toEqual(['missing-person'])
  })

  it.each(['what should we do if someone is missing after the drill?', 'is anyone missing?'])('does not take "%s" for someone missing', async (said) => {
    expect(last(await call(said, 'okay thanks')).sources).not.toContain('missing-person')
  })

  it('reads "the ambulance is at the wrong gate" as the ambulance, not a casualty, and keeps CPR', async () => {
    const reply = last(await call("he's been electrocuted in the workshop, he's not breathing", 'the ambulance is at the wrong gate'))
    expect(reply.sources).toContain('shock-cpr')
    expect(reply.sources).not.toContain('injury-first-aid')
  })

  it('closes on "everyone is accounted for" after a stand-down', async () => {
    expect(last(await call("false alarm, the fire's out", 'everyone is accounted for')).sources).toEqual(['closing'])
  })
})


// A first-aid and industrial-safety review of what callers hear (2026-11-30), against HSE, NIOSH,
// St John / Red Cross and ERC guidance.
describe('playbook responder: safety review', () => {

  it.each([
    ["someone's collapsed in the tank", "yes he's answering", 'okay', "now he's not breathing"],
    ["Dave's collapsed inside the tank, he's not answering", "I'm going in to get him", 'okay', "he's not breathing"],
  ])('keeps the caller out of the tank when the one inside stops breathing later: "%s"', async (...turns) => {
    const reply = last(await call(...turns))
    expect(reply.sources).toEqual(['confined-space-cpr'])
    expect(reply.text).toMatch(/^Don't go in after them/)
    expect(reply.text).not.toMatch(/roll them|Check their breathing/)
  })

  it.each(['my mate passed out in the grain bin', 'a guy went down the septic tank and he is not answering'])(
    'knows a vessel by what it holds: "%s"',
    async (text) => {
      const [reply] = await call(text)
      expect(reply?.sources).toEqual(['confined-space-no-entry'])
    },
  )

  it('puts the power before CPR when a shocked casualty stops breathing', async () => {
    const reply = last(await call('He got a shock from the panel', 'no', "no he's not breathing"))
    expect(reply.sources).toEqual(['shock-cpr'])
    expect(reply.text).toMatch(/^Don't touch them until the power is off/)
  })

  it('does not take "I can\'t find the breaker" for no to "Are they breathing?"', async () => {
    const replies = await call("My mate's being electrocuted, he's still holding the cable!", 'okay', 'I cant find the breaker')
    expect(replies[1]?.text).toMatch(/Are they breathing\?$/)
    expect(last(replies).text).not.toMatch(/CPR now|push hard/)
    expect(last(replies).sources).toEqual(['shock-cut-power'])
  })

  it.each([
    "The crane hit the overhead power line and the driver's still in the cab",
    'someone got electrocuted in the substation next to the transformer',
    'he touched the power line and he is not breathing',
  ])('keeps everyone back from high voltage, never a broom handle: "%s"', async (text) => {
    const replies = await call(text, "we can't", 'ok')
    expect(replies[0]?.sources).toEqual(['high-voltage-keep-back'])
    expect(replies[0]?.text).toMatch(/^Stay at least 18 metres back/)
    for (const r of replies) expect(r.text).not.toMatch(/broom|push them clear|Don't move them|CPR now/)
  })

  it('still reads a sparking transformer as an electrical fault, not a casualty', async () => {
    expect(classify('sparks coming off the transformer').hazards).toEqual(['electrical'])
  })

  it('takes "can\'t let go" of a live wire as someone being shocked', async () => {
    expect(classify('he grabbed a live wire and can not let go').hazards).toContain('electric_shock')
  })

  it.each([
    ['Steve collapsed in the warehouse', "he's sort of gasping, making snoring noises"],
    ['he collapsed and is not responding', "I'm not sure if he's breathing"],
    ['he collapsed in Zone A and is not responding', "I can't tell"],
    ["I think he's dead"],
  ])('starts CPR for someone unresponsive who gasps, or when the caller is not sure: "%s"', async (...turns) => {
    const reply = last(await call(...turns))
    expect(reply.sources[0]).toBe('cpr')
    expect(reply.text).toMatch(/^Start CPR now/)
    expect(reply.text).not.toMatch(/sit them upright|roll them/)
  })

  it('never tells the caller to sit someone unresponsive upright', async () => {
    const [reply] = await call("his lips are blue and he's not responding")
    expect(reply?.text).not.toMatch(/sit them upright|fresh air/)
    // Blue and unresponsive: not breathing normally (ERC 2021).
    expect(reply?.text).toMatch(/^Start CPR now/)
  })

  it('drops the recovery position once CPR is going', async () => {
    for (const r of await call("he collapsed, he's not breathing", 'ok', 'the defib is here')) {
      expect(r.sources).toEqual(['cpr'])
      expect(r.text).not.toMatch(/roll them onto their side|anything to eat or drink/)
    }
  })

  it('gives back blows and abdominal thrusts for choking, not fresh air', async () => {
    const replies = await call("she's choking on something!", "she can't cough", 'ok')
    expect(replies[0]?.sources).toEqual(['choking-back-blows'])
    expect(replies[0]?.text).toMatch(/five sharp blows between the shoulder blades/)
    expect(replies.map((r) => r.text).join(' ')).toMatch(/five abdominal thrusts/)
    for (const r of replies) expect(r.text).not.toMatch(/fresh air|inhaler/)
  })

  it('still reads choking on smoke as smoke in the lungs', async () => {
    expect(classify("he's choking on the smoke").hazards).not.toContain('choking')
  })

  it('gives the adrenaline pen for a swelling throat, and keeps to it when breathing gets worse', async () => {
    const replies = await call("he's been stung and his throat is swelling up", 'he has an epipen', 'now he can not breathe')
    expect(replies[0]?.sources).toEqual(['anaphylaxis-adrenaline'])
    expect(replies[0]?.text).toMatch(/adrenaline pen, use it now: press it hard into the outer thigh/)
    for (const r of replies) {
      expect(r.sources).toEqual(['anaphylaxis-adrenaline'])
      expect(r.text).not.toMatch(/fresh air|inhaler/)
    }
  })

  it.each(["he's impaled on a rebar", "there's a big piece of glass stuck in his arm and it's bleeding a lot", 'a steel bar has gone through his leg'])(
    'leaves an embedded object in and presses around it: "%s"',
    async (text) => {
      const replies = await call(text, 'should I pull it out?')
      expect(replies[0]?.sources).toEqual(['embedded-object-leave-in'])
      expect(replies[0]?.text).toMatch(/^Don't pull it out: it may be plugging the wound\. Press firmly around it, not on it/)
      for (const r of replies) expect(r.text).not.toMatch(/Press hard on the wound/)
    },
  )

  it.each(["he's lost two fingers in the press", 'his finger got cut off by the saw'])('stops the bleeding and saves the severed part: "%s"', async (text) => {
    const replies = await call(text, 'ok')
    expect(replies[0]?.sources).toEqual(['amputation-save-part'])
    expect(replies[0]?.text).toMatch(/^Stop the machine if it's running\. Press hard on the wound/)
    expect(replies[1]?.text).toMatch(/cling film or a clean bag, and keep it cool\. Never put it straight on ice/)
  })

  it.each([
    "I'm trapped in the office on the second floor, there's smoke and fire outside the door",
    "I can't get out, there's smoke everywhere and I can't breathe",
  ])('tells a caller trapped by fire or smoke to shelter, not to get everyone out: "%s"', async (text) => {
    const [reply] = await call(text)
    expect(reply?.text).toMatch(/^If there's a safe way out, take it now\. If not, stay in the room and shut the door/)
    expect(reply?.text).not.toMatch(/Get everyone out|Use the stairs|reach them|sit them upright/)
  })

  it.each([
    ['the fryer oil is on fire in the canteen', 'can I throw water on it?'],
    ['the switchboard is on fire', 'should I use water?'],
  ])('says no to water on a fire: "%s", "%s"', async (...turns) => {
    const reply = last(await call(...turns))
    expect(reply.text).toMatch(/^No water: it spreads burning oil and carries electricity\./)
  })

  it('reads a burning switchboard as an electrical fire', async () => {
    expect(classify('the switchboard is on fire').hazards).toEqual(expect.arrayContaining(['fire', 'electrical']))
  })

  it('gets someone hanging in a harness down, never keeps them still', async () => {
    const replies = await call("he's hanging in his harness off the side of the tower", 'ok', 'ok')
    expect(replies[0]?.sources).toEqual(['suspended-get-down'])
    expect(replies[0]?.text).toMatch(/they need to be down within minutes\. Tell them to keep moving their legs/)
    for (const r of replies) expect(r.text).not.toMatch(/Don't move them|Keep them still and talk|isolate power/)
  })

  it.each([
    ["fire in the lab and someone's not breathing", 'fire-cpr', /^If they're already out of the fire, start CPR now: push hard and fast in the centre of the chest\. If not, get out yourself first/],
    ['smell of gas and a guy has collapsed', 'gas-unconscious', /^Get out of the gas\. Don't go in after them: tell the responders where they are/],
    ['the CO alarm is going off and two guys are passed out in the workshop', 'gas-unconscious', /^Get out of the gas\. Don't go in after them: tell the responders where they are/],
  ])('gets the caller out of a fire or gas with the casualty, not CPR or the recovery position inside it: "%s"', async (text, id, start) => {
    const [reply] = await call(text)
    expect(reply?.sources).toEqual([id])
    expect(reply?.text).toMatch(start)
  })

  it('keeps the head and neck in line after a fall, without rolling them unless the airway needs it', async () => {
    const replies = await call("he fell off the ladder and he's not moving", 'ok')
    expect(replies[0]?.sources).toEqual(['fall-unconscious'])
    expect(replies[0]?.text).toMatch(/^Check their breathing for ten seconds without moving their head or neck/)
    expect(replies[0]?.text).not.toMatch(/roll them onto their side/)
  })

  it('does not rinse the eyes of someone who swallowed a chemical, or make them sick', async () => {
    const [reply] = await call('he swallowed some degreaser')
    expect(reply?.sources).toEqual(['swallowed-chemical'])
    expect(reply?.text).toMatch(/^Don't make them sick\. Rinse their mouth/)
  })

  it.each([["yes it's off"], ['I switched the power off']])('skips the broom handle once the power is off: "%s"', async (said) => {
    const reply = last(await call('He got a shock from the panel', said))
    expect(reply.text).toMatch(/^Once the power is off and they're clear, check their breathing/)
    expect(reply.text).not.toMatch(/broom/)
  })

  it('still gives the broom handle when the power cannot be cut', async () => {
    expect(last(await call('He got a shock from the panel', 'no')).text).toMatch(/^If you can't cut the power, push them clear/)
  })

  it('switches the defibrillator on the moment it arrives during CPR', async () => {
    const reply = last(await call("he collapsed, he's not breathing", 'ok', 'the defib is here'))
    expect(reply.text).toMatch(/^Switch the defibrillator on now and do what it says\. Keep pushing while someone puts the pads on/)
  })

  it('rinses an eye with something in it, never rubbed', async () => {
    const [reply] = await call('I got something in my eye from the grinder')
    expect(reply?.sources).toEqual(['eye-rinse'])
    expect(reply?.text).toMatch(/^Don't rub it or press on it\. If something is stuck in your eye, leave it/)
  })

  it('keeps everyone far back from gas cylinders in a fire, and never says to fight it', async () => {
    const replies = await call('the propane cylinders are on fire', 'ok')
    expect(replies[0]?.sources).toEqual(['fire-gas'])
    expect(replies[0]?.text).toMatch(/^Get everyone out and well away now: gas in a fire can explode/)
    expect(replies[1]?.text).toMatch(/at least 200 metres back/)
  })
})

// A second review, of the safety review's changes (2026-11-30), found these.
describe('playbook responder: second safety review', () => {
  const said = (replies: ResponderReply[]): string => replies.map((r) => r.text).join(' ')

  it.each([["she's choking on something", 'ok', 'it came out'], ["she's choking on something", 'she coughed it up', 'ok']])(
    'stops the back blows once it is out: "%s"',
    async (...turns) => {
      const reply = last(await call(...turns))
      expect(reply.text).toMatch(/^If it's out and they're breathing, stop\./)
      expect(reply.text).not.toMatch(/blows|thrusts: fist/)
    },
  )

  it.each([
    ["he got electrocuted on the panel and he's not breathing, I don't know CPR"],
    ["Dave collapsed in the tank and he's not breathing", "I don't know CPR"],
  ])('keeps a combo\'s safety line for a caller who does not know CPR: "%s"', async (...turns) => {
    const reply = last(await call(...turns))
    expect(reply.text).not.toMatch(/^Lay them on their back/)
    expect(reply.text).toMatch(/^Don't (touch them until the power is off|go in after them)/)
  })

  it('gives CPR once the high-voltage supply is confirmed off', async () => {
    const replies = await call("The crane hit the overhead power line and the driver's still in the cab", "they've cut the power, it's off now", "he's not breathing")
    expect(last(replies).text).toMatch(/push hard and fast/)
    expect(last(replies).text).not.toMatch(/18 metres/)
  })

  it.each([
    ["our HV engineer has collapsed in the canteen, he's not breathing", /^Start CPR now/],
    ["he touched the power cable on the grinder and he can't let go", /^Don't touch them while they may still be live\. Cut the power at the switch or breaker/],
  ])('keeps low-voltage and unrelated calls away from the high-voltage stand-off: "%s"', async (text, start) => {
    expect((await call(text))[0]?.text).toMatch(start)
  })

  it.each([
    ["he's collapsed in the canteen", "he's coming round now, he's coughing"],
    ["someone's collapsed in the corridor", "there's smoke now, I'm struggling to breathe"],
    ["he got a shock off the drill, he's sitting up talking", 'ok', 'yeah I think so'],
  ])('does not start CPR for coughing, the caller\'s own breath, or "I think so": "%s"', async (...turns) => {
    expect(last(await call(...turns)).text).not.toMatch(/Start CPR now|then start CPR\. /)
  })

  it('starts CPR at once for a casualty already outside a fire', async () => {
    const reply = last(await call("fire in the workshop, we're all outside", "Dave isn't breathing"))
    expect(reply.text).toMatch(/^If they're already out of the fire, start CPR now/)
  })

  it.each(["his clothes are on fire! should I throw water on him?", 'should I put water on his burn?'])('never says no water about cooling a burn: "%s"', async (text) => {
    expect(said(await call(text))).not.toMatch(/No water/)
  })

  it('keeps care for the injured ahead of the answer about water', async () => {
    const [reply] = await call("fire in the warehouse and a guy's bleeding badly from his leg, can I use the hose on the fire?")
    expect(reply?.text).toMatch(/Press hard on the wound/)
  })

  it.each([
    ["there's a fire in the store room, we couldn't get out the extinguisher", /^Get everyone out of the store room now/],
    ['fire in the warehouse, we are at the front gate', /^Get everyone out of the warehouse now/],
  ])('does not tell callers who are not trapped to stay in the room: "%s"', async (text, start) => {
    expect((await call(text))[0]?.text).toMatch(start)
  })

  it('lets a trapped caller who got out stop sheltering', async () => {
    const reply = last(await call("I'm trapped in the office, there's smoke", "I got out through the window, I'm outside now"))
    expect(reply.text).not.toMatch(/stay in the room|Stay by the window|Block the gaps/i)
  })

  it('keeps harness rescue to a harness, and goes on once they are down', async () => {
    expect((await call("he's hanging off the edge of the roof"))[0]?.sources).not.toContain('suspended-get-down')
    const down = last(await call("he's hanging in his harness", 'we got him down'))
    expect(down.text).toMatch(/^Once they're down, lay them down/)
  })

  it.each([
    ["he collapsed and he's not breathing", 'ok', 'the ambulance should come in through the back gate'],
    ['the drill went through his glove'],
    ['the racking collapsed, I can see his leg sticking out from under the pallets'],
  ])('does not take a gate, a glove or a leg under debris for an impaled object: "%s"', async (...turns) => {
    expect(last(await call(...turns)).sources).not.toContain('embedded-object-leave-in')
  })

  it('keeps caring for someone who starts breathing again after CPR', async () => {
    const reply = last(await call("he collapsed and he's not breathing", "ok we're doing CPR", "he's breathing again"))
    expect(reply.sources).toEqual(['unconscious-airway'])
  })

  it('drops the recovery position on later CPR turns too', async () => {
    for (const r of (await call("he's collapsed", "he's not breathing", 'ok')).slice(1)) expect(r.sources).toEqual(['cpr'])
  })

  it.each([
    ['the smoke is making me choke', 'smoke-leave'],
    ["he's unconscious and choking on his vomit", 'unconscious-airway'],
  ])('reads choking in smoke or while unconscious as the smoke or the airway: "%s"', async (text, id) => {
    expect((await call(text))[0]?.sources).toEqual([id])
  })

  it('does not take "choked up" for choking', async () => {
    expect(classify("I'm a bit choked up, sorry, he's bleeding").hazards).not.toContain('choking')
  })

  it.each([
    ['a bar hit him in the face, his face is swelling up and bleeding', 'anaphylaxis'],
    ['his foot came off the ladder and he fell', 'amputation'],
    ["the forklift battery, I think it's dead, and the driver's hurt his arm", 'not_breathing'],
  ])('has no false %2$s in "%1$s"', async (text, hazard) => {
    expect(classify(text).hazards).not.toContain(hazard)
  })

  it('does not answer water questions nobody asked', async () => {
    expect(said(await call("there's water on the floor from the sprinklers, we're outside"))).not.toMatch(/No water/)
  })

  it('does not ask for the adrenaline pen once it has been given', async () => {
    const reply = last(await call("he's been stung and his throat is swelling", "yes he's had his epipen"))
    expect(reply.text).not.toMatch(/Have they had their adrenaline pen\?$/)
  })
})

// A third review (2026-11-30) ran about 100 calls in ordinary words through the responder.
describe('playbook responder: third safety review', () => {

  it('keeps anaphylaxis on the call when there is no adrenaline pen', async () => {
    const replies = await call("my colleague's having an allergic reaction, her tongue is swelling", "she doesn't have an epipen", 'what do I do?')
    for (const r of replies) expect(r.sources).toEqual(['anaphylaxis-adrenaline'])
    // No pen on her: find one (anyone's, the kit's), and lie her down meanwhile (review 78).
    expect(replies[1]?.text).toMatch(/^Ask everyone there and check the first aid kit for an adrenaline pen now/)
    expect(replies[1]?.text).toMatch(/Lie them down/)
  })

  it.each([
    "she's eaten something with nuts, she can't breathe and her lips are swelling",
    "he's having a reaction to the bee sting, his throat feels tight",
    "she's got a bee sting and she's wheezing and her face has blown up",
  ])('hears anaphylaxis in ordinary words, never a blast or an inhaler: "%s"', async (text) => {
    const [reply] = await call(text)
    expect(reply?.sources).toEqual(['anaphylaxis-adrenaline'])
  })

  it.each([
    'Gaz has chopped his finger off on the bandsaw', 'his fingers are gone, the press took them', 'two of his fingers came off in the machine',
    'he sliced the top of his finger off', 'he cut his finger off',
  ])('hears an amputation in ordinary words: "%s"', async (text) => {
    expect((await call(text))[0]?.sources).toEqual(['amputation-save-part'])
  })

  it('answers what to do with the severed part, and "on ice?"', async () => {
    const replies = await call('Gaz has chopped his finger off on the bandsaw', "we've got the finger, what do I do with it", 'should I put it on ice?')
    expect(replies[1]?.text).toMatch(/cling film or a clean bag/)
    expect(replies[2]?.text).toMatch(/^No: never straight on ice\. Press hard on the wound\. Wrap the part that came off in cling film or a clean bag/)
  })

  it.each(["he just collapsed and he's gasping", "Steve's collapsed, he's going blue"])('starts CPR when the collapse and the gasping come together: "%s"', async (text) => {
    expect((await call(text))[0]?.text).toMatch(/^Start CPR now/)
  })

  it('repeats blows and thrusts while it is still stuck, and starts CPR when they go limp (ERC 2021)', async () => {
    const replies = await call("he's choking", 'still stuck', "nothing's working", "he's gone limp, he's on the floor")
    // The thrusts, then back to the blows: the cycle goes on until it comes out (review 23).
    for (const r of replies.slice(1, 3)) expect(r.text).toMatch(/^Still stuck: five abdominal thrusts.*Then five back blows again/)
    expect(last(replies).text).toMatch(/^Start CPR now/)
  })

  it.each(["he's got metal in his eye and it's bleeding", 'a bit of metal flew into his eye and its bleeding', "he's got a piece of glass stuck in his eye"])(
    'never presses on an injured eye: "%s"',
    async (text) => {
      const [reply] = await call(text)
      expect(reply?.sources).toEqual(['eye-rinse'])
      expect(reply?.text).not.toMatch(/Press hard/)
    },
  )

  it('puts nothing in the mouth of an unconscious casualty who swallowed a chemical', async () => {
    const [reply] = await call("he swallowed antifreeze and now he's passed out")
    expect(reply?.sources).toEqual(['swallowed-unconscious'])
    expect(reply?.text).not.toMatch(/Rinse their mouth/)
  })

  it('keeps the neck care of a fall when the casualty stops moving later', async () => {
    const reply = last(await call('he got a shock off the panel and fell off the ladder', "power's off", "he's not moving"))
    // The shock's own combo keeps the neck still too: a shock can throw someone.
    expect(reply.sources.some((s) => s === 'fall-unconscious' || s === 'shock-unconscious')).toBe(true)
    expect(reply.text).toMatch(/head (and|or) neck/)
    expect(reply.text).not.toMatch(/roll them onto their side/)
  })

  it('gets an unconscious worker in a harness down before any first aid', async () => {
    const [reply] = await call("he's hanging in his harness and he's not moving")
    expect(reply?.sources).toEqual(['suspended-unconscious'])
    expect(reply?.text).toMatch(/^Get them down now/)
  })

  it('keeps the caller out of a manhole someone passed out down', async () => {
    expect((await call('Mo passed out down the manhole'))[0]?.sources).toEqual(['confined-space-no-entry'])
  })

  it('tells a caller trapped with gas how to stay safe, not to get everyone out', async () => {
    const replies = await call("I'm trapped in the plant room, the door's jammed and I can smell gas", "it's getting stronger, I feel dizzy")
    for (const r of replies) {
      expect(r.sources).toEqual(['caller-trapped-gas'])
      expect(r.text).not.toMatch(/Get everyone out/)
    }
  })

  it('keeps paramedics back from a casualty on a high-voltage line, and says no when asked', async () => {
    const replies = await call("the crane touched the power line and the banksman's on the ground, not moving", 'the ambulance is here', 'they want to go to him, is that ok?')
    expect(replies[1]?.sources).not.toContain('responders-arrived')
    expect(replies[2]?.text).toMatch(/^No\. Nobody goes near, paramedics included, until the power is confirmed off\./)
  })

  it.each([
    ["the motor's on fire, can I put it out with the hose?", /^No water/],
    ["he's impaled on a rebar", /^No, don't pull it out/, 'can I take it out with pliers?'],
    ['he swallowed some degreaser', /^No, don't make them sick/, 'should we make him sick?'],
    ['fire in the warehouse, Dave is still inside', /^No\. Don't go back in/, 'can I go back in for him?'],
  ])('says no first to a dangerous question: "%s"', async (first, answer, question?: string) => {
    const reply = last(await call(first, ...(question === undefined ? [] : [question])))
    expect(reply.text).toMatch(answer)
  })

  itRepliesAfter([
    ["fire in the lab and someone's not breathing", 'we dragged him out', /^Don't go back in\. Keep CPR going/],
    ["Dave collapsed in the tank and he's not breathing", 'the rescue team got him out', /^Once they're out, don't stop CPR/],
    ["he's been stung and his throat is swelling", "we've used his epipen", /^Lie them down with their legs raised/],
  ], 'skips a step the caller already took: "%s" / "%s"')

  it('reads "they\'ve isolated it" as the power off, after high voltage and for a shock', async () => {
    const replies = await call("The crane hit the overhead power line and the driver's slumped in the cab", "they've isolated it now")
    expect(last(replies).text).toMatch(/^Once the power is off and they're clear, check their breathing/)
  })

  it.each([
    ["I'm stuck in the lift", 'caller-trapped-signal'],
    ["he's got a nail through his foot", 'embedded-object-leave-in'],
    ["he's severely burned", 'burn-cool'],
    ['crushing chest pain', 'cardiac-rest'],
  ])('reads "%s" as %s', async (text, id) => {
    expect((await call(text))[0]?.sources).toEqual([id])
  })

  it.each([
    ['the load is suspended by the rope from the crane', 'suspended'],
    ['the light fitting is sparking', 'seizure'],
    ['the overhead cable tray fell down in the workshop', 'high_voltage'],
  ])('has no false hazard in "%s"', async (text, hazard) => {
    expect(classify(text).hazards).not.toContain(hazard)
  })
})

// A fourth review (2026-11-30) checked every new phrase could match, and the old behaviours beside the new hazards.
describe('playbook responder: fourth safety review', () => {

  it.each([
    ["he's choking on a sweet and there's a small fire in the bin", 'choking-back-blows'],
    ["there's a chemical spill in the lab and Sam is choking on a sandwich", 'choking-back-blows'],
  ])('keeps choking on food beside a fire or a spill: "%s"', async (text, id) => {
    expect((await call(text))[0]?.sources).toContain(id)
  })

  it('does not take "the bin fire, it\'s out" for the food coming out', async () => {
    const reply = last(await call("he's choking on a sweet and there's a small fire in the bin", "the bin fire, it's out"))
    expect(reply.text).not.toMatch(/^If it's out and they're breathing, stop/)
  })

  it('keeps high voltage through a stand-down and an arrival: only the power confirmed off ends it', async () => {
    const replies = await call("the crane hit the power line and caught fire, the driver's slumped in the cab", "the fire's out now", 'ok', 'the paramedics are here')
    for (const r of replies) {
      expect(r.sources).toContain('high-voltage-keep-back')
      expect(r.text).not.toMatch(/broom|help is with you now|help is here\./i)
    }
  })

  it('hears a named worker hanging in a harness', async () => {
    expect((await call("Dave's hanging in his harness"))[0]?.sources).toEqual(['suspended-get-down'])
  })

  it.each(["we can't get out the back, there's smoke everywhere", "there's a fire, I can't get out the fire exit, it's locked"])(
    'still hears a caller who cannot get out the back or the exit: "%s"',
    async (text) => {
      expect((await call(text))[0]?.text).toMatch(/^If there's a safe way out, take it now/)
    },
  )

  it('does not say no to a driver staying in the cab, and does to a broom', async () => {
    const replies = await call("the crane hit the overhead line, the driver's in the cab", 'is it ok for him to stay in the cab?', 'can I pull him off with a broom?')
    expect(replies[1]?.text).not.toMatch(/^No\./)
    expect(replies[2]?.text).toMatch(/^No\. Nobody goes near/)
  })

  it('keeps the second casualty line when a reply is long: the alert notice gives way first', async () => {
    const [reply] = await call("she's not breathing, the press took her hand off")
    expect(reply?.text).toMatch(/^Start CPR now/)
    expect(reply?.text).toMatch(/Stop the machine if it's running/)
  })

  it('goes back to the airway, without the choking hold, when a choking casualty breathes again after CPR', async () => {
    const reply = last(await call("she's choking", "she's gone limp and she's not breathing", "she's breathing again"))
    expect(reply.sources).toEqual(['unconscious-airway'])
  })

  it('ends the shelter advice when the trapped caller says they are out', async () => {
    expect(last(await call("I'm trapped in the office, there's a fire", "we're out")).text).not.toMatch(/Block the gaps|window/)
  })

  it('reads "the line is dead" as the power off', async () => {
    const reply = last(await call("the crane hit the overhead line, the driver's in the cab", 'the power company says the line is dead now'))
    expect(reply.text).toMatch(/^Once the power is off and they're clear, check their breathing/)
  })

  it('keeps the adrenaline pen beside CPR', async () => {
    const reply = last(await call("he's been stung and his throat is swelling", "he's stopped breathing"))
    expect(reply.sources).toEqual(['anaphylaxis-cpr'])
    expect(reply.text).toMatch(/^Start CPR now.*adrenaline pen/)
  })

  it.each([
    ["he's got dust in his eye", 'can I get it out with some water?', /^No/],
    ['Dave collapsed in the tank', 'the rescue team are going in after him with breathing apparatus', /^No\./],
    ['fire in the warehouse', 'the fire brigade says it is all clear, can we go back in?', /^No\./],
    ['Gaz has chopped his finger off', 'the ice machine is leaking', /^Wrap the part in cling film/],
    ['fire in the warehouse', 'the sprinklers are putting water on it', /^No water/],
  ])('does not answer a question nobody asked: "%s" / "%s"', async (first, then, wrong) => {
    expect(last(await call(first, then)).text).not.toMatch(wrong)
  })

  it.each(["it's come out", 'she spat it out', 'she coughed it up'])('hears the food come out: "%s"', async (said) => {
    expect(last(await call("she's choking", said)).text).toMatch(/^If it's out and they're breathing, stop/)
  })
})

// A fifth review (2026-11-30) ran 88 of the most common calls: 73 of 295 turns had a problem.
describe('playbook responder: fifth safety review (common calls)', () => {

  it('hears chest pain with a word in between, and tells a caller alone what to do for themselves', async () => {
    const [reply] = await call('my chest really hurts')
    expect(reply?.urgency).toBe('CRITICAL')
    expect(reply?.text).toMatch(/^If it's you: sit down now and stay still/)
  })

  it('tells a shocked casualty\'s rescuer how to cut the power when asked, and does not take the question for "it\'s off"', async () => {
    const reply = last(await call('Tony got electrocuted hes still holding the cable', 'how do I turn it off'))
    expect(reply.text).toMatch(/^Switch off at the plug, the wall switch or the breaker/)
    expect(reply.text).not.toMatch(/^Once the power is off/)
  })

  it.each([
    ['he fell off the ladder', "he's not breathing", 'ok'],
    ['he has chest pain', "he's collapsed and he's not breathing", 'ok'],
  ])('says CPR only once someone is not breathing, not a conscious casualty\'s lines: "%s"', async (...turns) => {
    for (const r of (await call(...turns)).slice(1)) expect(r.sources).toEqual(['cpr'])
  })

  it('keeps the neck in line for someone hit by a vehicle who stops moving', async () => {
    const reply = last(await call('truck reversed into a guy', 'he is not moving'))
    expect(reply.sources).toEqual(['vehicle-strike-unconscious'])
    expect(reply.text).not.toMatch(/roll them onto their side/)
  })

  it.each([
    ['fire in the workshop and someones burnt', 'clothing-fire'],
  ])('reads a transcript without apostrophes: "%s"', async (text, id) => {
    expect((await call(text))[0]?.sources).toEqual([id])
  })

  it('stands a fire down on "its out now"', async () => {
    expect(classify('its out now').hazards).toContain('all_clear')
  })

  itRepliesAfter([
    ['gas leak in the kitchen', 'should I turn the lights off?', /^No: don't touch any switch, on or off/],
    ["he's having a seizure", 'should I hold him down?', /^No, don't hold them down/],
    ['smoke everywhere cant see', 'which way do I go', /^Stay low under the smoke, follow the green exit signs/],
    ['he burned his hand on the pipe', 'should I put ice on it?', /^No ice, creams or butter/],
  ], 'answers the common question first: "%s" / "%s"')

  it.each(['Dave is still inside', 'Dave is still in there', "Dave hasn't come out"])('hears someone left inside a fire as missing: "%s"', async (said) => {
    const reply = last(await call('fire in the workshop, we all got out', said))
    expect(reply.sources).toContain('missing-person')
  })

  it('gives someone collapsed from the heat nothing to drink', async () => {
    const replies = await call('guy fainted from the heat', 'ok')
    expect(replies[0]?.sources).toEqual(['heat-unconscious'])
    for (const r of replies) expect(r.text).not.toMatch(/sips of cool water/)
  })

  it('takes dizziness in a gas leak for the gas: fresh air', async () => {
    expect(last(await call('gas leak', 'someone is feeling dizzy')).text).toMatch(/Get them into fresh air/)
  })

  it('does not take "yeah, he\'s talking" for yes to "Are they bleeding?"', async () => {
    const replies = await call('he fell off the ladder', 'yeah hes talking', 'yeah hes talking')
    expect(replies[1]?.text).toMatch(/Are they bleeding\?$/)
    expect(last(replies).sources).not.toContain('bleeding-pressure')
  })

  it.each([
    ['sharp pain in his jaw and chest', 'cardiac'],
  ])('reads "%s" as %s', async (text, hazard) => {
    expect(classify(text).hazards).toContain(hazard)
  })

  it.each(['we cant find Dave', "we couldn't find Steve after the drill"])('hears a name nobody can find as someone missing: "%s"', async (said) => {
    const reply = last(await call('fire in the warehouse', said))
    expect(reply.sources).toContain('missing-person')
  })

  it("does not take a thing nobody can find for someone missing: \"I can't find the breaker\"", async () => {
    expect(classify("I can't find the breaker").missing).toBeUndefined()
  })
})


describe('playbook responder: sixth safety review (ordinary calls)', () => {

  it.each([
    ['no he cant cough', 'choking'],
    ['no he cant get out', 'trapped'],
  ])('takes "%s" for the emergency, not a "no" ruling it out', async (said, hazard) => {
    expect(classify(said).hazards).toContain(hazard)
    expect(classify(said).ruledOut ?? []).not.toContain(hazard)
    const reply = last(await call('hes choking on his sandwich', said))
    expect(reply.urgency).toBe('CRITICAL')
    expect(reply.text).not.toMatch(/didn't catch|didn't understand/)
  })
  it('says the same words again to "what?", not the next step', async () => {
    const replies = await call('cut on his leg from sheet metal, blood spurting', 'what?')
    expect(replies[1]?.text).toBe(replies[0]?.text)
    const again = await call('got caustic soda in my eyes', 'sorry, say that again')
    expect(again[1]?.text).toBe(again[0]?.text)
  })

  it('steps up when the bleeding is not stopping, and coaches a tourniquet', async () => {
    for (const said of ['its soaked through the towel', 'its still pouring out', 'yeah spurting']) {
      const reply = last(await call('he cut his arm open, its bleeding a lot', 'yes I am pressing on it', said))
      expect(reply.text, said).toMatch(/^Press harder, with both hands/)
      expect(reply.text, said).toMatch(/tourniquet/)
    }
    const coached = last(await call('cut on his leg, blood spurting', 'I have a tourniquet in the kit but I dont know how to use it'))
    expect(coached.text).toMatch(/a hand's width above the wound/)
  })

  it.each(['how do I do CPR', 'what do I do', "I don't know how to do CPR"])('coaches CPR hand by hand to "%s"', async (said) => {
    const reply = last(await call('man on the floor not responding', 'i cant tell if hes breathing', said))
    expect(reply.text).toMatch(/^Lay them on their back on the floor\. Heel of one hand/)
  })

  it('coaches CPR after an electric shock only once the caller said the power is off', async () => {
    const off = last(await call('electrician got a shock and collapsed', 'the power is off', 'no hes not breathing', 'I dont know how to do CPR'))
    expect(off.text).toMatch(/^Lay them on their back/)
    const live = last(await call('electrician got a shock and collapsed', 'no hes not breathing', 'I dont know how to do CPR'))
    expect(live.text).toMatch(/^Don't touch them until the power is off/)
  })

  it('answers the defibrillator advising a shock, and how long to keep going', async () => {
    const shock = last(await call('Tom collapsed, not breathing, were doing CPR', 'yes the defib is on its way', 'defib says shock advised'))
    expect(shock.text).toMatch(/^Make sure nobody is touching them, press the shock button/)
    const long = last(await call('hes not breathing', 'ok', 'how long do I keep going'))
    expect(long.text).toMatch(/^Keep going until they start breathing normally or help takes over/)
  })

  it('gives the standing instruction every other turn, a short reminder or only a question between', async () => {
    const cpr = await call('hes not breathing', 'ok', 'ok', 'ok', 'ok', 'ok')
    const standing = /^Don't stop CPR until they start breathing/
    expect(cpr.map((r) => standing.test(r.text))).toEqual([false, false, true, false, true, false])
    expect(cpr[3]?.text).toMatch(/^Keep pushing hard and fast, twice a second/)
    const fire = await call('fire in the warehouse', 'yes everyone is out', 'ok', 'ok', 'ok')
    // "Everyone is out" first hears to stay out and do a roll call (review 120), then the lines in turn.
    expect(fire[1]?.text).toMatch(/^Good: everyone stays out/)
    expect(fire[3]?.text).toMatch(/^Stay at the muster point/)
    expect(fire[4]?.text).not.toMatch(/muster point/)
    for (let i = 1; i < fire.length; i++) expect(fire[i]?.text).not.toBe(fire[i - 1]?.text)
  })

  it('gives the step the caller is on again to "what do I do", not the next one', async () => {
    const replies = await call('fire in the warehouse', 'what do I do')
    expect(replies[1]?.text).toMatch(/^Get everyone out of the warehouse now/)
  })
  it('hears clothes catching fire as a person on fire: stop, drop and roll before anything else', async () => {
    const [reply] = await call('his overalls caught fire from the welding')
    expect(reply?.sources).toEqual(['clothing-fire'])
    expect(reply?.text).toMatch(/^If anyone's clothes are on fire: stop, drop and roll/)
    // Put out, the burn is still there to cool.
    const replies = await call('his overalls caught fire from the welding', 'we put it out', 'his leg is badly burnt', 'should I take his trousers off')
    expect(replies[1]?.text).toMatch(/^Cool the burn under cool running water/)
    for (const r of replies) expect(r.text).not.toMatch(/didn't catch/)
    expect(last(replies).text).toMatch(/^Take off clothing and jewellery near the burn, unless it's stuck/)
  })

  it('gives an instruction, not only a question, when the caller tells of the emergency again', async () => {
    const replies = await call('fire in the workshop and one guy got burned on his arms', 'yes we are all outside', 'its a big burn')
    expect(last(replies).text).toMatch(/cool any burns/)
  })

  it.each([
    ['her lips are going blue', 'breathing_difficulty'],
    ['there is glass still in it', 'embedded_object'],
    ['a steel beam rolled onto his foot', 'crush'],
    ['his leg is badly burnt', 'burn'],
  ])('reads "%s" as %s', (said, hazard) => {
    expect(classify(said).hazards).toContain(hazard)
  })

  it('never tells a caller to press on glass still in the wound, and answers "should I pull it out" with a no', async () => {
    const replies = await call('he put his arm through a glass panel, bleeding bad', 'there is glass still in it', 'should I pull it out')
    expect(replies[1]?.sources).toContain('embedded-object-leave-in')
    expect(last(replies).text).toMatch(/^No, don't pull it out/)
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(/Press hard on the wound|keep the pressure on the wound/)
  })

  it('does not tell a load fallen on someone to stop a machine that is not there, and lets them lift it safely', async () => {
    const replies = await call('a steel beam rolled onto his foot', 'can we lift it off him')
    expect(replies[0]?.text).toMatch(/isolate any machine involved/)
    expect(replies[0]?.urgency).not.toBe('LOW')
    expect(last(replies).text).toMatch(/If a load fell on them, lift it off only if it's safe and there are enough of you/)
  })

  it('answers "should I sit him up" after a fall with a no, and "should I drive" with chest pain', async () => {
    const fall = last(await call('he fell backwards off the truck bed and says he cant feel his legs', 'yes he is awake', 'should I sit him up'))
    expect(fall.text).toMatch(/^No: don't move them or sit them up/)
    const heart = last(await call('i think im having a heart attack', 'yes my chest is tight', 'should I drive to the hospital'))
    expect(heart.text).toMatch(/^No, don't drive/)
  })
  it.each([
    [['someone fell from the mezzanine', 'about 3 metres', 'no he is not bleeding'], /How far did they fall\?$/],
    [['one of the lads is having a fit', 'about two minutes'], /How long has it lasted\?$/],
    [['I burnt my hand on the exhaust pipe', 'small, like a coin'], /How big is the burn\?$/],
    [['Tom collapsed, not breathing, were doing CPR', 'yes the defib is on its way'], /Is someone getting the defibrillator\?$/],
    [['found a guy unconscious in the toilets', 'yes breathing'], /Are they breathing\?$/],
  ])('does not ask what the caller has just told it: %j', async (said, question) => {
    const replies = await call(...said)
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(question)
  })
  it('takes someone down in gas for someone the gas dropped, and a "yeah" about the gas for no answer to "are they out?"', async () => {
    const replies = await call('man down in the gas plant room', 'yeah it smells of gas', 'ok', 'ok')
    expect(replies[0]?.sources).toEqual(['gas-unconscious'])
    expect(replies[0]?.text).not.toMatch(/Stay with them and keep them still/)
    expect(replies.slice(2).some((r) => r.text.endsWith('Are they out of there with you?'))).toBe(true)
  })
  it.each([
    [['guy fell off the scaffold, he is not moving', 'yeah he is breathing i think', 'he just puked'], /^Roll them onto their side now, with help keeping head, neck and body in line/],
    [['theres smoke everywhere I cant get out of the office', 'second floor, end office', 'yes smoke is coming under the door', 'I feel dizzy'], /^Get down low by the window/],
    [['someone is stuck in the grain silo', 'he is sinking in the grain'], /^Shut off every auger and conveyor now/],
    [['trench caved in, Mike is buried up to his chest', 'should we dig him out'], /^Don't get into the trench/],
    [['trench caved in, Mike is buried up to his chest', 'he is talking but says he cant breathe properly'], /clear whatever is on their face and chest/],
  ])('answers what the caller says mid-call: %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })

  it('reads a worker "burning hot" and not sweating as heat stroke, not a fire', async () => {
    const [reply] = await call('guy in the foundry is confused and burning hot, not sweating')
    expect(reply?.sources).not.toContain('fire-evacuate')
    expect(reply?.text).toMatch(/cool/)
  })

  it('makes a hoarse voice after a burn to the face critical', () => {
    expect(classify('his voice is going hoarse')).toMatchObject({ urgency: 'CRITICAL', hazards: ['breathing_difficulty'] })
  })

  it('answers news or a question with an instruction, never a bare question', async () => {
    const replies = await call('a steel beam rolled onto his foot', 'no its still on him', 'yes he is awake', 'we got it off him now')
    expect(last(replies).text).toMatch(/^Stay with them and keep them still and warm/)
  })
  it('never asks a caller hurt on their own whether "they" are awake or breathing, nor reads "no, I\'m on my own" as unconscious', async () => {
    const replies = await call('I fell off the ladder I think I broke my arm', 'no im on my own', 'its really hurting', 'ok')
    for (const r of replies) {
      expect(r.text).not.toMatch(/Are they awake and talking\?$|Are they breathing\?$|start CPR|Start CPR/)
      expect(r.sources).not.toContain('cpr')
    }
    const cut = await call('uh cut my hand pretty bad with a stanley knife', 'yeah its bleeding quite a lot', 'ok im pressing')
    for (const r of cut) expect(r.text).not.toMatch(/Are they awake and talking\?$/)
  })

  it('still asks about "them" when the hurt caller speaks of someone else too', async () => {
    const replies = await call('I cut my hand and Dave collapsed next to me', 'ok', 'ok')
    expect(replies.some((r) => /Are they breathing\?$/.test(r.text))).toBe(true)
  })
  it.each([
    [['uh my mate fell off the ladder', 'how long till they get here'], /^I can't give a time\. Send someone else to the gate or road/],
    [['my supervisor has chest pain and his left arm hurts', 'should I give him an aspirin'], /^If they're awake, not allergic to it and not told to avoid it: one 300 mg aspirin/],
    [['a bolt fell from above and hit him on the head', 'he wants to carry on working'], /^Not back to work, and no driving, until a first aider or medic has checked them/],
    [['forklift ran over his foot', 'should I take his boot off'], /^Leave it on unless it stops you/],
    [['theres a fire in a bin in the canteen', 'can I use the extinguisher'], /^Only if it's small, you know how/],
    [['the crane hit the overhead power line', 'the driver is still in the cab', 'should he jump out'], /^No: stay in the cab and touch nothing metal/],
    [['the crane hit the overhead power line', 'can I go and help him'], /^No\. Nobody goes near/],
    [['worker collapsed inside the tank', 'I am going in to get him'], /^No\. Don't go back in/],
    [['fire in the paint store', 'is it safe to go back in for my phone and keys'], /^No\. Don't go back in/],
  ])('answers the direct question first: %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })
  it('says the last reply again only when it is ours and whole: not a blank one, nor one without the place', () => {
    const triage: Triage = { urgency: 'HIGH', hazards: ['fire'], location: 'Zone A' }
    for (const earlier of ['  ', 'Get everyone out now. Is everyone out?']) {
      const reply = composePlaybookReply({ text: 'what?', triage, callUrgency: 'HIGH', history: [{ role: 'assistant', text: earlier }], turn: 2 }, playbook)
      expect(reply.text).toContain('Zone A')
    }
  })

  // A second review on new wording (review7): the fixes above had matched only the first review's words.
  it.each([
    [["my mate sliced his thigh on the band saw, blood's going everywhere", "got a towel on it, it's just soaking straight through", 'it wont stop'], /^Press harder, with both hands/],
    [["my mate sliced his thigh on the band saw, blood's going everywhere", "we've got a tourniquet thing in the first aid box", 'how tight'], /^Put the tourniquet round the limb/],
    [["bloke just dropped in the loading bay he's not breathing", 'i dont know CPR', 'where do i put my hands'], /^Heel of one hand in the middle of the chest/],
    [["bloke just dropped in the loading bay he's not breathing", 'i think i felt something crack'], /^That can happen: keep going/],
    [["she's choking on a sweet but she's coughing", 'should I slap her back'], /^Only if they can't cough, speak or breathe/],
    [['a piece of wood has gone into his leg, like a big splinter, sticking out', 'can I yank it out'], /^No, don't pull it out/],
    [["my coworker's type 1 and she's gone really pale and sweaty and talking nonsense"], /give them something sugary now/],
    [["he's diabetic and he's really drowsy, can barely keep his eyes open", 'should I give him a can of coke', "he's not really responding now"], /^Nothing by mouth, not even sugar/],
    [['he got hit in the face with a pallet strap and his nose is pouring'], /^Sit down leaning forward/],
    [["lad fell in the dock, we've pulled him out, he's soaked and shaking like mad", 'can he have a hot bath in the shower block'], /^No hot shower or bath/],
    [['got bleach splashed in my eye', "there's no eyewash here"], /^Use any clean water now/],
    [['got bleach splashed in my eye', 'how long'], /^At least twenty minutes of running water/],
    [["she's been stung and her lips are swelling and she's wheezy", "she doesn't have an epipen", "there's one in the first aid kit"], /^Use it now: into the outer thigh/],
    [['hes choking on his sandwich', 'no he cant cough', 'ok doing back blows', 'its come out'], /^If it's out and they're breathing, stop/],
    [['she is having an asthma attack, cant get her breath', 'yes she has her inhaler', 'she used it, not helping much'], /one puff every 30 to 60 seconds/],
  ])('on new wording: %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })

  it('does not read "it won\'t stop" about the bleeding as "no" to "are they awake?", nor offer a pen to a caller who has none', async () => {
    const bleed = await call("my mate sliced his thigh on the band saw, blood's going everywhere", "got a towel on it, it's just soaking straight through", 'it wont stop')
    expect(last(bleed).text).not.toMatch(/Check their breathing|recovery|roll them/)
    const pen = last(await call("she's been stung and her lips are swelling and she's wheezy", "she doesn't have an epipen"))
    expect(pen.text).not.toMatch(/^Use it now/)
  })

  it('tells a caller not to reverse a machine to free an arm, and never to pull a trapped limb out', async () => {
    expect(last(await call('his arm is caught in the conveyor', 'yeah its stopped now', 'should we reverse it to get his arm out')).text).toMatch(/^No: don't reverse or restart it/)
    for (const r of await call('uh, uh, hand stuck in the press, the press on line 2', 'its off')) expect(r.text).toMatch(/Don't reverse it or pull them free|Never force a machine open/)
  })

  it('hears a stroke: the time it started, and nothing by mouth, not even water', async () => {
    const replies = await call('Bob is slurring his words and his face is drooping on one side', 'yes hes awake', 'should I give him some water')
    expect(replies[0]).toMatchObject({ urgency: 'CRITICAL', sources: ['stroke-time'] })
    expect(replies[0]?.text).toMatch(/^Note the time it started/)
    expect(last(replies).text).toMatch(/^No, nothing to eat or drink, not even water/)
    expect(classify('guy collapsed from heat stroke').hazards).not.toContain('stroke')
  })

  it('reads hot oil as a burn to cool, clothing stuck to the skin as a burn, and a heater on full blast as nothing', () => {
    expect(classify('hot oil splashed on his arm').hazards).toEqual(['burn'])
    expect(classify('acid splashed on his arm').hazards).toEqual(['chemical_exposure'])
    expect(classify('his sleeve is stuck to his skin').hazards).toEqual(['burn'])
    expect(classify('his sleeve is stuck in the rollers').hazards).toContain('crush')
    expect(classify('the heater is on full blast').hazards).toEqual([])
  })

  it('does not ask what chemical it was once the caller named it', async () => {
    for (const r of (await call('got caustic soda in my eyes', 'ok', 'ok')).slice(1)) expect(r.text).not.toMatch(/what chemical/)
  })

  // A third review on unseen wording (review8) found most faults in calls never understood at all.
  it('follows the defibrillator: stand clear while it checks, restart at once on no shock, press on a shock', async () => {
    const start = ["fella's gone down in the canteen, eyes open but nothing, not breathing", "I've started pumping his chest"]
    const clear = last(await call(...start, "it says don't touch the patient"))
    expect(clear.text).toMatch(/^Hands off and stand clear while it checks them/)
    expect(clear.text).not.toMatch(/Don't stop CPR/)
    const noShock = last(await call(...start, 'it says no shock advised'))
    expect(noShock.text).toMatch(/^No shock needed: start pushing on the chest again/)
    expect(noShock.text).not.toMatch(/press the shock button/)
    expect(last(await call(...start, 'it says shock advised')).text).toMatch(/^Make sure nobody is touching them, press the shock button/)
  })

  it.each([
    ['no hes stopped sweating', 'heat_illness'],
    ['no there is smoke coming in', 'smoke'],
  ])('takes an answer that opens with "no" for what follows it: "%s"', (said, hazard) => {
    expect(classify(said).hazards).toContain(hazard)
    expect(classify('no fire').ruledOut).toContain('fire')
    expect(classify('no one is hurt').casualties).toBe(false)
  })

  it('starts CPR when a choking casualty goes to the floor, and keeps their airway once they breathe again', async () => {
    const replies = await call("he's choking, he's grabbing his throat, no sound", "I'm hitting his back", "he's gone to the floor", "he's breathing again")
    expect(replies[2]?.text).toMatch(/^Start CPR now/)
    expect(last(replies).sources).toEqual(['unconscious-airway'])
  })

  it('alerts help and keeps the caller safe when it cannot read what is happening, never "ask your supervisor" about acting', async () => {
    const [first] = await call("one of our older cleaners has gone over by the lockers, the floor's all wet")
    expect(urgencyRank(first?.urgency ?? 'LOW')).toBeGreaterThanOrEqual(urgencyRank('HIGH'))
    expect(first?.text).toMatch(/Help is being alerted/)
    expect(first?.text).not.toMatch(/didn't catch/)
    const doubt = last(await call('we got a chair, should we lift her onto it'))
    expect(doubt.text).toMatch(/^If you're not sure it's safe, for them or for you, don't do it/)
    expect(doubt.text).not.toMatch(/supervisor/)
    // A plain safety question with no emergency still goes to the supervisor.
    expect(last(await call('where do we keep the spare ear defenders?')).text).toMatch(/supervisor/)
  })

  it.each([
    ["oh god oh god Kev's gone over the rail on the mezz", 'fall'],
    ["lad's gone through a skylight, he's on the warehouse floor", 'fall'],
    ["one of our older cleaners has gone down on the wet floor by the lockers, she can't get up", 'fall'],
    ["chainsaw's caught his leg, it's squirting out in spurts", 'injury_bleeding'],
    ["her hair's got wound round the pillar drill, it's dragged her head down", 'crush'],
    ['a cable drum rolled off the trailer onto his legs', 'crush'],
    ["his arm's gone in the dough mixer, he's screaming", 'crush'],
    ['gas bottle flared up in his face, his eyebrows are gone and his face is all red', 'burn'],
    ["there's an acetylene bottle hissing in the welding bay", 'gas_leak'],
    ["lads in the pit say they can smell rotten eggs and one's just keeled over", 'gas_leak'],
    ["he's stuck to the welder, he's shaking, he can't let go", 'electric_shock'],
    ["our foreman's clutching his chest, says it's just indigestion", 'cardiac'],
    ["I've got this pressure in my chest, like someone sitting on it", 'cardiac'],
    ["someone's shaking on the floor by the press, jerking all over", 'seizure'],
    ["he had a fit, it's stopped now", 'seizure'],
    ["one of the asphalt crew's gone down, he's red hot and talking rubbish", 'heat_illness'],
    ["found a picker in the blast freezer, she's barely awake and ice cold", 'hypothermia'],
    ["she's come off her bike in the yard, her shoulder's all lumpy, collarbone I think", 'fracture'],
    ["he's eaten a flapjack and now his tongue's swelling up and he sounds weird", 'anaphylaxis'],
    ["after the forklift thing Sharon's shaking and crying and says she can't breathe, she's freaking out", 'panic_attack'],
    ["she just went over at her desk, she's doing these big snorty gasps every few seconds", 'unconscious'],
    ['sorry I think I pressed the button by mistake', 'false_alarm'],
  ])('understands ordinary words it had never heard (review8): "%s"', (said, hazard) => {
    expect(classify(said).hazards).toContain(hazard)
  })

  it('does not read a blast freezer as an explosion, "not epileptic" as no seizure, or everyone panicking as a panic attack', () => {
    expect(classify("found a picker in the blast freezer, she's barely awake and ice cold").hazards).not.toContain('explosion')
    expect(classify("no he's not epileptic that I know").ruledOut ?? []).not.toContain('seizure')
    expect(classify('everyone is panicking').hazards).not.toContain('panic_attack')
  })

  it.each([
    [["chainsaw's caught his leg, it's squirting out in spurts", "what do I press it with, I haven't got anything"], /^Use whatever you have: a T-shirt, a jacket, or your bare hands/],
    [["lads in the pit say they can smell rotten eggs and one's just keeled over", "the other one's gone down the ladder to get him"], /^Call them back out now/],
    [["a drum of solvent's split and Pete's collapsed in it", "it's reeking in here, I feel woozy"], /^Get out into fresh air now, yourself first/],
    [["a drum of solvent's split and Pete's collapsed in it", 'should I drag him out'], /^Only if you can do it in seconds without breathing it in/],
    [["I've got this pressure in my chest, like someone sitting on it", "I'm 50, should I just take a rennie"], /aspirin/],
  ])('answers what review8 found unanswered: %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })

  it('keeps CPR going when the caller hedges about breathing after gasps', async () => {
    const replies = await call("she just went over at her desk, she's doing these big snorty gasps every few seconds", "yeah I think she's breathing, kind of")
    expect(replies[0]?.text).toMatch(/^Start CPR now/)
    expect(last(replies).sources).toContain('cpr')
  })

  it('escalates a bleeding casualty going pale and sleepy, even after a yes to "slowing down"', async () => {
    const replies = await call("chainsaw's caught his leg, it's squirting out in spurts", 'uh yeah', "he's going really white and sleepy")
    // Shock named first (review24), then the next step up for the bleed.
    expect(last(replies).text).toMatch(/^That's shock from the blood loss: lie them flat.*Press harder, with both hands/)
  })

  // A fourth review on unseen wording (review9): the fallback lacked the prompts that save a life.
  it('gives the life-saving prompts, never "if in doubt, don\'t", to "what do I do?" when nothing is understood yet', async () => {
    for (const said of ['what do I do', 'what now']) {
      const reply = last(await call('oh no oh no the big fella is down by the bins', said))
      expect(reply.text).toMatch(/If someone isn't breathing normally, start CPR\. If anyone is bleeding badly, press hard on it\.|Not breathing normally, or not sure: push hard and fast/)
      expect(reply.text).not.toMatch(/If you're not sure it's safe/)
      expect(urgencyRank(reply.urgency)).toBeGreaterThanOrEqual(urgencyRank('HIGH'))
    }
  })

  it('does not send help to a place named only in the caller\'s question', async () => {
    const reply = last(await call('a lorry reversed into a guy in the yard hes lying on the ground', 'should we move him out of the road'))
    expect(reply.text).toMatch(/the yard/)
    expect(reply.text).not.toMatch(/the road/)
  })

  it.each([
    [["Jesus, Dean's dropped off the top of the racking, he's just lying there", "no he's not saying nothing, his eyes are shut", "I dunno if he's breathing, I can't tell with his jacket"], /^Start CPR now/],
    [["the roller shutter's come down on his back, he's stuck under it", 'can we jack it up'], /^Yes, if it's safe: enough people or a jack/],
    [["molten ali's gone down his boot", 'should I get his boot off'], /^Yes, get it off now, cut it if you must/],
    [["he's got some of that hydrofluoric acid on his hand from the etching tank", "there's some gel stuff in the cupboard, calcium something"], /^If that's calcium gluconate gel for HF/],
    [['lime powder blew up in his face, his eyes'], /^Rinse the eyes or skin with lots of clean water/],
    [["Dave's hi-vis has caught off the grinder sparks and he's running about"], /stop, drop and roll/],
    [['the apprentice is frozen onto the extension lead, he\'s buzzing'], /Don't touch them while they may still be live/],
    [["digger's gone through a cable in the road, there was a massive bang and a flash", "I'm gonna run over and give him a hand out"], /^No\. Nobody goes near/],
    [["we've got the defib on him, it says analysing"], /^Hands off and stand clear while it checks them/],
    [["we've got the defib on him, it says analysing", 'it said shock, I pressed it, he jumped'], /^Start pushing on the chest again straight away/],
    [["someone's swallowed screen wash, he thought it was his pop", 'do we get him to bring it up'], /^No, don't make them sick/],
  ])('review9 (unseen wording): %j', async (said, answer) => {
    const reply = last(await call(...said))
    expect(reply.text).toMatch(answer)
    expect(reply.text).not.toMatch(/press the shock button/)
  })

  it('reads a petrol saw running in a basement beside dizzy workers as carbon monoxide', () => {
    expect(classify('the petrol saw\'s been running in the basement and the lads are all dizzy and headachey').hazards).toContain('carbon_monoxide')
  })

  // A fifth review on unseen wording (review10).
  it.each([
    [["I'm getting a crushing feeling behind my breastbone and my jaw aches"], /./, 'cardiac'],
    [["the gas fire in the portacabin's been on all day and the foreman's slumped at his desk, we can't wake him"], /./, 'carbon_monoxide'],
  ])('reads %j as %s', async (said, _answer, hazard) => {
    expect(classify(said[0] ?? '').hazards).toContain(hazard)
    expect(classify(said[0] ?? '').hazards).not.toContain(hazard === 'cardiac' ? 'crush' : 'fire')
  })

  it('checks the breathing of someone snoring after a fit before CPR, and keeps CPR for gasps', async () => {
    const fit = last(await call('one of the agency girls has gone stiff and started jerking by the conveyor', "it's stopped, she's all floppy and snoring"))
    expect(fit.text).not.toMatch(/^Start CPR now/)
    expect(fit.text).toMatch(/breathing/)
    expect(last(await call('Steve collapsed in the warehouse', "he's sort of gasping")).text).toMatch(/^Start CPR now/)
  })

  it('tells a caller with a pen in the bag to use it, and how, and answers "where is the defibrillator" without "don\'t"', async () => {
    const sting = "he's been stung by a wasp on the neck and his face is puffing right up, he's wheezing like a kettle"
    expect(last(await call(sting, "he's got two of them jab things in his rucksack")).text).toMatch(/^Use it now/)
    expect(last(await call(sting, 'do I take the blue cap off')).text).toMatch(/^Blue cap off\. Orange end/)
    const defib = last(await call("our Maureen's dropped at the till, she's not with us", 'where would a defibrillator be'))
    expect(defib.text).not.toMatch(/If you're not sure it's safe/)
  })
})

describe('playbook responder: seventh safety review (review11, unseen wording)', () => {
  it.each([
    ['he was spark out for a minute', 'unconscious', 'electrical'],
    ['one of the shunters has touched the overhead wire with a pole at the depot', 'high_voltage', undefined],
    ["the chop saw's gone into the top of his leg, it's pulsing out like a tap", 'injury_bleeding', undefined],
    ["I've got this pain across me chest that won't shift, it's going up into me neck", 'cardiac', undefined],
    ["he's got heartburn but really bad, it's going through to his back and shoulders", 'cardiac', undefined],
    ["he's like a furnace and there's no sweat on him", 'heat_illness', undefined],
    ["the boiler flue in the laundry's come apart and they've all got splitting heads, one's fainted", 'carbon_monoxide', undefined],
    ['one of the kitchen porters has had a mouthful of the dishwasher liquid', 'swallowed_chemical', undefined],
    ["the ramp's come down in the garage and the car's sat on the mechanic, he's under it", 'crush', undefined],
    ['one of the brewers has climbed in the fermenter to clean it and collapsed at the bottom', 'confined_space', undefined],
    ["she's gone sleepy and floppy and I can't feel a pulse", 'not_breathing', undefined],
  ] as const)('reads %j as %s', (said, hazard, not) => expectReads(said, hazard, not))

  itDoesNotRead([
    ["I'm forty seven and I smoke", 'smoke'],
    ["I've got aspirin in me bag but I'm on blood thinners", 'injury_bleeding'],
    ["I'm in the bin store on me tod", 'confined_space'],
  ])

  it('does not take a comparison for the place: "like a furnace" sends help to no furnace', () => {
    expect(classify("he's like a furnace and there's no sweat on him").equipment).toBeUndefined()
    expect(classify('fire in the furnace').equipment).toBe('furnace')
  })

  it.each([
    [["the pregnant lass in accounts is choking on a grape, she can't breathe", "she's eight month gone, can I squeeze her belly"], /^Not the belly when she's pregnant: chest thrusts/],
    [["we're doing CPR on her and the defib's here", "it's shouting something about a shock, do I press the orange thing"], /^Make sure nobody is touching them, press the shock button/],
    [["the shrink-wrap tunnel's on fire and the gas forklift's parked right up against it", "I've got a powder extinguisher shall I have a go at it"], /^No\. With gas there it can explode/],
    [["one of the brickies has come down staggering, he's like a furnace and there's no sweat on him", "we've got the cold store right here can we put him in it"], /^Yes: cool them fast/],
    [['one of the shunters has touched the overhead wire with a pole and he\'s laid on the ballast', 'should we go to him'], /^No\. Nobody goes near/],
    [["his sleeve's got caught in the PTO shaft on the tractor", "the tractor's still ticking over"], /^Stop it now: the red emergency stop button/],
    [["the car's sat on the mechanic, he's under it", "there's a trolley jack here"], /^Use it now, from the side/],
    [["he's got heartburn but really bad, it's going through to his back", "he's got some little tablets he puts under his tongue, should he have one"], /^If it's their own heart spray or tablets/],
    [["I've got this pain across me chest, it's going up into me neck", "I've got aspirin in me bag but I'm on blood thinners"], /^Then no aspirin/],
    [["a clip dropped on his head and he was spark out for a minute", "he's getting proper dozy, can we let him have a kip in the cabin"], /^No: keep them awake, with someone, and keep checking their breathing\. Getting drowsier after a knock to the head: tell me at once/],
    [["his asthma has kicked right off and he's left his inhaler in his car", "someone's got a blue pump, can he use theirs"], /^Yes: in an emergency any blue reliever/],
    [['one of the brewers has climbed in the fermenter and collapsed at the bottom', "we've got a fan blowing air in, can he go in now"], /^No\. Don't go back in/],
    [["the chop saw's gone into his leg, it's pulsing out like a tap", "there's one of them tourniquet things in the big red bag, where do I put it"], /^Put the tourniquet round the limb/],
    [["her throat's closing up after the satay", 'she keeps her adrenaline in the first aid cabinet with her name on it'], /^Use it now/],
    [['she had a mouthful of the dishwasher liquid', 'should I stick me fingers down her throat'], /^No, don't make them sick/],
  ])('answers %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })

  it('takes "a puddle" and "still leaking" in a bleeding call as the blood, and steps up', async () => {
    const replies = await call("the chop saw's gone into the top of his leg, it's pulsing out like a tap", "we've got a tea towel rammed on it but there's a puddle on the floor already", "it's on and it's still leaking a bit")
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(/leak/i)
    expect(last(replies).text).toMatch(/^Press harder/)
  })

  it('keeps a known diabetic with chest pain on the heart, not sugar', async () => {
    const replies = await call("he's got heartburn but really bad, it's going through to his back and shoulders", "he's a diabetic and he's sixty two")
    expect(last(replies).sources).toEqual(['cardiac-rest'])
    expect(last(replies).text).not.toMatch(/sugar/)
  })

  it('gives chest thrusts for a pregnant casualty in the thrust line itself, not only when asked', async () => {
    const replies = await call('the pregnant lass is choking on a grape', "I've done the back slaps and it's still stuck")
    expect(last(replies).text).toMatch(/^Still stuck: five abdominal thrusts.*pregnant: on the breastbone/)
    expect(last(replies).text).not.toMatch(/Only if they can't cough/)
  })

  it('does not cool a swallowed chemical\'s burning mouth under a tap', async () => {
    const replies = await call('one of the kitchen porters has had a mouthful of the dishwasher liquid', "her mouth's burning and she's dribbling")
    expect(last(replies).text).not.toMatch(/Cool the burn/)
  })
})

describe('playbook responder: eighth safety review (review12, unseen wording)', () => {
  it.each([
    ["he's dead cold and not making sense", 'hypothermia', 'not_breathing'],
    ["the cleaner's run the hoover over a frayed cable and she's stuck to it, she's shaking all over", 'electric_shock', undefined],
    ["a lad's been sat in his van with the engine running in the unit with the shutter down, he's flopped forward onto the steering wheel", 'carbon_monoxide', undefined],
    ["one of the old boys has got a chunk of pork pie stuck, he's clutching at his neck and no sound's coming out", 'choking', undefined],
    ["our foreman's gone grey and sweaty and he's saying his left arm feels heavy", 'cardiac', undefined],
    ["I've got a tight band round me chest since I carried boxes up the stairs and now me jaw aches", 'cardiac', undefined],
    ["the snoring's stopped and I can't see his belly going", 'not_breathing', undefined],
    ["an artic's reversed in the yard and knocked the shunter over, his legs are under the trailer wheels", 'crush', undefined],
  ] as const)('reads %j as %s', (said, hazard, not) => expectReads(said, hazard, not))

  itDoesNotRead([
    ["he's dead tired", 'not_breathing'],
    ["there's a big piece of glass stuck in his arm", 'choking'],
  ])

  it.each([
    [["he's gone down on the treadmill, he's not breathing", "the pads won't stick, he's got a proper hairy chest"], /^Shave the chest with the razor in the kit/],
    [["a drum of caustic's split on the line and it's gone all down a lad's leg and into his boot", "he's stood under the safety shower but he's still got his boots and overalls on", "he's been under about five minutes, can he come out now he's freezing"], /^At least twenty minutes of running water/],
    [["our foreman's gone grey and sweaty and his left arm feels heavy", "he won't have an ambulance, says it's indigestion"], /Help is still coming: tell them it could be serious/],
    [["an artic's knocked the shunter over, his legs are under the trailer wheels", "the engine's going and the driver's sat up there frozen"], /^Stop it now/],
    [['a slate hit him on the head', "his mate's saying he'll drive him home, is that alright"], /^Not back to work, and no driving/],
  ])('answers %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })

  it('takes "it\'s shocked him" during CPR as the defibrillator, not a second electrocution', async () => {
    const reply = last(await call("he's gone down on the treadmill, he's not breathing", "it's shocked him, what now"))
    expect(reply.text).toMatch(/^Start pushing on the chest again/)
    expect(reply.text).not.toMatch(/power/)
  })

  it('frees nobody from a fit or a trap who is held by the current: the power first', async () => {
    const reply = last(await call("the cleaner's run the hoover over a frayed cable and she's stuck to it, she's shaking all over"))
    expect(reply.text).toMatch(/^Don't touch them while they may still be live/)
    expect(reply.text).not.toMatch(/cushion|head/i)
  })

  it('says a sentence two lines share only once', async () => {
    for (const reply of await call("a lad's been sat in his van with the engine running in the unit with the shutter down, he's flopped forward onto the steering wheel", 'should I run in and drag him out the van', "we've got him outside, he's really muddled")) {
      const sentences = reply.text.split(/(?<=[.!?])\s+/)
      expect(new Set(sentences).size).toBe(sentences.length)
    }
  })
})

// Four reviews in a row (9-12) found casualty-callers told "sit them down", "keep them still":
// an entry's self lines say the same to the caller who is hurt.
describe('playbook responder: the caller is the casualty', () => {
  it('says "sit down where you are" to a caller with chest pain on their own, and "sit them down" of someone else', async () => {
    const self = await call("I've got a tight band round me chest and now me jaw aches", "there's nobody else in the stock room", "I'm getting all faint")
    expect(self[0]?.text).toMatch(/^Sit down now where you are/)
    for (const r of self) expect(r.text).not.toMatch(/\b(them|they)\b(?! say)/)
    expect(last(await call("our foreman's got a tight band round his chest")).text).toMatch(/^Sit them down/)
  })

  it('tells a lone caller who is bleeding to press and lie down, and steps up in their own words', async () => {
    const replies = await call("I've slashed me forearm on a broken bottle, blood's running off me elbow", "I'm on me own", "it's soaked through already")
    expect(replies[0]?.text).toMatch(/^Press hard on the cut with a clean cloth, or your hand/)
    expect(last(replies).text).toMatch(/^Press harder, with all your weight/)
  })

  it('gives every entry with self lines the same number of them, so a step skipped is skipped in both', () => {
    const playbook = loadDefaultPlaybook()
    const withSelf = playbook.entries.filter((e) => e.self !== undefined)
    expect(withSelf.length).toBeGreaterThanOrEqual(15)
    for (const e of withSelf) expect(e.self?.say.length).toBe(e.say.length)
  })
})

describe('playbook responder: ninth safety review (review13, unseen wording)', () => {
  itReads([
    ["I've put it out but me forearm's burnt right up", 'burn'],
    ["I've got a pressure in the middle of me chest spreading into me left shoulder", 'cardiac'],
    ["I've shook him and shouted, nothing, and I can't see any breathing at all", 'not_breathing'],
    ['his fingers are white and hard as wood', 'hypothermia'],
    ["there's a blue tinge coming round her lips", 'breathing_difficulty'],
  ])

  it.each([
    [["the old fella's crumpled in a heap and I can't see any breathing at all", "where exactly do I push, I've only done it on the dummy"], /^Heel of one hand in the middle of the chest/],
    [["he's come out the enclosure and dropped, he's burning up", "he's still got his suit and mask on, can we take them off"], /^Yes: cool them fast/],
    [["one of the lasses has an asthma attack, she's stopping for breath every word", "there's a blue tinge coming round her lips"], /^Keep them sitting up\. With a blue reliever inhaler/],
  ])('answers %j', async (said, answer) => {
    expect(last(await call(...said)).text).toMatch(answer)
  })

  it('makes blue lips in an asthma attack critical', () => {
    expect(classify("there's a blue tinge coming round her lips").urgency).toBe('CRITICAL')
    expect(classify("she's not fighting for it anymore").urgency).toBe('CRITICAL')
  })

  it('reads the other condition\'s remedy, asked about, as no new condition', async () => {
    const heat = await call("he's come out the enclosure and dropped, he's burning up", 'can we give him an ice cold energy drink')
    expect(last(heat).sources).not.toContain('cold-warm-slowly')
    expect(last(heat).text).not.toMatch(/^Yes: cool them fast/)
    const cold = await call("he's been stuck up the crane in the blizzard all night, he's freezing and shivering", 'should we stick his hands in a bowl of hot water')
    expect(last(cold).sources).not.toContain('burn-cool')
    expect(last(cold).text).toMatch(/No hot shower or bath, no direct heat/)
  })
})

describe('playbook responder: review13, recognition in ordinary words and the phrase tables\' own mistakes', () => {
  itReads([
    ["one of the girls can't get her words out right and she can't hold her pen", 'stroke'],
    ["the left side of her mouth's drooping", 'stroke'],
    ["me cheeks and eyelids have ballooned and I'm itching all over", 'anaphylaxis'],
    ["me mask's packed up, I'm dizzy and wheezy", 'breathing_difficulty'],
    ['blood coming from his ear', 'head_injury'],
    ['she swallowed washing up liquid', 'swallowed_chemical'],
  ])

  it('gives nothing by mouth to a stroke, even to a diabetic "in case it\'s her sugar"', async () => {
    const reply = last(await call("one of the girls can't get her words out right and she can't hold her pen", "she's diabetic, should I give her a biscuit in case it's her sugar"))
    // Review 118: and says to check the sugar with a meter instead.
    expect(reply.text).toMatch(/^Face and arm signs point to a stroke: nothing by mouth\. If they have a sugar meter, check it/)
    expect(reply.sources).not.toContain('low-sugar-give-sugar')
  })

  it('answers an antihistamine question without putting it before a severe reaction', async () => {
    const reply = last(await call("me cheeks and eyelids have ballooned and I'm itching all over", 'there\'s antihistamine in the first aid cabinet, can I take some'))
    expect(reply.text).toMatch(/^If you can swallow, one antihistamine tablet is fine, but it won't stop a severe reaction/)
  })
})

describe('playbook responder: tenth safety review (review14, unseen wording)', () => {
  itReads([
    ["he's stopped answering us and his eyes have rolled back", 'unconscious'],
    ["it feels like somebody's knelt on me chest and it's running down both me arms", 'cardiac'],
    ["he's stiff and he's not shivering", 'hypothermia'],
    ['now he\'s giving one big heave every so often with nowt in between', 'not_breathing'],
    ["he's squashed against the post", 'crush'],
    ['he can only get one or two words out and his neck muscles are sucking in', 'breathing_difficulty'],
  ])

  itDoesNotRead([
    ["he's coming round but he's dead woozy and muddled", 'not_breathing'],
    ['me legs have gone', 'amputation'],
  ])

  it('never puts a tourniquet at the groin: pack and press', async () => {
    const reply = last(await call("a forklift tine's gone into the top of his leg by his groin and blood is belting out", "the trauma pack's got a tourniquet, can it go on that high up"))
    expect(reply.text).toMatch(/^Not there: a tourniquet can't work at the groin/)
    expect(reply.text).not.toMatch(/Put the tourniquet round the limb/)
  })

  it('reads an asthmatic puffing his blue inhaler as asthma, not an allergy', async () => {
    const replies = await call("his asthma's gone bad, he's been puffing his blue inhaler loads and it's doing nothing")
    expect(replies.flatMap((r) => r.sources)).not.toContain('anaphylaxis-adrenaline')
  })

  it('takes the weight off a chest that cannot breathe under it, and keeps shock in a bleed from becoming a cold to treat', async () => {
    const crush = await call("the gate's closed on him and he's squashed against the post, the motor's still whirring", "he's saying he can't breathe proper with it pressing on his chest")
    expect(crush[0]?.text).toMatch(/^Stop it now/)
    expect(last(crush).text).toMatch(/^Stop any machine, then get the weight off them now/)
    expect(last(crush).sources).toEqual(['crush-chest'])
    const shock = await call("a forklift tine's gone into his leg and blood is belting out", "he's shivering and his face has no colour in it")
    expect(last(shock).sources).not.toContain('cold-warm-slowly')
  })
})

describe('playbook responder: eleventh safety review (review15, unseen wording)', () => {
  itReads([
    ["he's flat out on the hardcore and won't open his eyes", 'unconscious'],
    ["I've had this horrible tight feeling across me chest for twenty minutes", 'cardiac'],
    ["I'm pure clammy and I've got a funny ache in me left arm", 'cardiac'],
    ['his lips are going a bluey colour', 'breathing_difficulty'],
  ])

  it('reads swelling lips with a hand at the neck as anaphylaxis: adrenaline, not back blows', async () => {
    const replies = await call("he's eaten a crab roll and his lips have swelled up huge, he's wheezy and clawing at his neck", "someone's got piriton in her bag, should he take that", 'he keeps trying to get up to go outside for air')
    expect(replies[0]?.sources).toContain('anaphylaxis-adrenaline')
    expect(replies.flatMap((r) => r.sources)).not.toContain('choking-back-blows')
    expect(replies[1]?.text).toMatch(/^Only as their allergy plan or the label says for their age/)
    expect(last(replies).text).toMatch(/[Dd]on't let them stand or walk/)
    // Choking stays choking without the swelling.
    expect((await call("he's clawing at his neck, a bit of steak's stuck"))[0]?.sources).toContain('choking-back-blows')
  })

  it('reads a petrol washer running underground beside a collapse as carbon monoxide', async () => {
    const replies = await call("a petrol power washer's been going down in the underground car park and my mate's slid down the wall, he's floppy")
    expect(replies[0]?.sources).toContain('co-unconscious')
  })

  it('rolls an unconscious casualty who snores, rattles or brings up onto their side, saying it once', async () => {
    const rattle = last(await call("he's gone backwards off the tower and won't open his eyes", "he's breathing but it sounds rough, like a rattle"))
    expect(rattle.text).toMatch(/^That noise means the airway is partly blocked: tilt the head back. Breathing normally\? Onto their side/)
    const sick = last(await call("he's gone backwards off the tower and won't open his eyes", "he's making a gurgly snoring noise and he's brought up all over his face"))
    expect(sick.text).toMatch(/^Roll them onto their side now/)
    expect(sick.text.match(/onto their side/g)).toHaveLength(1)
  })

  it('gives a lone caller the aspirin in their own words, once, and refuses the drive', async () => {
    const replies = await call("I'm in the site caravan on me own, I've had this horrible tight feeling across me chest", "I think it's just indigestion, should I take a couple of rennies", "I'm going to jump in the car and drive meself up the hospital")
    expect(replies[1]?.text).toMatch(/^If you're not allergic and not on blood thinners, chew one 300 mg aspirin\./)
    expect(replies[1]?.text.match(/aspirin/g)).toHaveLength(1)
    expect(last(replies).text).toMatch(/^No, don't drive/)
    expect(last(replies).text).not.toMatch(/aspirin/)
  })

  it('hears an asthma attack getting worse in plain words: the reliever again and again', async () => {
    const reply = last(await call("he's having a proper bad asthma attack from the dust", "his mate's got a blue inhaler, can he use that one", "he's wheezing less now, but he looks knackered and isn't saying much"))
    expect(reply.text).toMatch(/one puff every 30 to 60 seconds, up to ten/)
  })
})

describe("playbook responder: review15's remaining HIGH turns", () => {
  itReads([
    ["a lad's been shut in the big walk-in freezer at the fish factory for nearly an hour", 'hypothermia'],
    ["I've been rolling the pitch all day in the sun with nobody about, I've got cramps everywhere", 'heat_illness'],
    ["there's no answer out of him whatever we say", 'unconscious'],
  ])

  it.each([
    ["I've been out in the sun all morning, lovely day for it"],
    ["the lads want to rub his legs to get the blood going"],
    ["there's a bit of blood on his lips, he's bitten his tongue"],
  ])('does not read %j as a hazard of its own', (said) => {
    expect(classify(said).hazards).toEqual([])
  })

  it('keeps the pressure on a wound when the casualty goes floppy, and answers the belt', async () => {
    const replies = await call("a pane's sliced the inside of his wrist, it's jetting out with every beat", 'can I do his belt up round his arm to stop it', "it's come through the tea towel and he's going floppy on me")
    expect(replies[1]?.text).toMatch(/^Press hard first, with both hands and your weight: that works best\. Only if it still pours/)
    expect(last(replies).sources).toEqual(['bleeding-unconscious'])
    expect(last(replies).text).toMatch(/^Keep pressing hard on the wound and lie them down\. If they don't respond, check their breathing/)
    // Without a wound, someone floppy still gets the airway entry alone.
    expect(last(await call("he's going floppy on me")).sources).toEqual(['unconscious-airway'])
  })

  it('tells a caller about someone above the smoke: no lift, a shut room, the gap blocked', async () => {
    const replies = await call(
      "a dryer in the laundry's gone up and black smoke's billowing up the back stairs",
      "one of the chambermaids is still up on the third floor, she can't see down the landing for smoke",
      "can she use the lift to get down, it's right by her",
      "she's gone back in a room and shut the door, what does she do now",
    )
    expect(replies[1]?.text).toMatch(/^Tell them not to go through thick smoke\. Into a room with a window/)
    expect(replies[1]?.text).not.toMatch(/Leave Floor 3 now/)
    expect(replies[2]?.text).toMatch(/^No lifts in a fire/)
    expect(last(replies).text).toMatch(/^Good: door shut\. Block the gap under it/)
  })

  it('keeps a crane driver with chest pain off the ladder, and sends someone up when he goes quiet', async () => {
    const replies = await call("our tower crane driver's radioed down, he's got a pain like a vice across his chest going up into his jaw", "should he come down the ladder himself, it's a long climb", "he's gone quiet on the radio and we can't get an answer")
    expect(replies[1]?.text).toMatch(/^No climbing: the effort could stop the heart/)
    expect(last(replies).text).toMatch(/^Get someone to them now with the defibrillator/)
    // The caller alone in the cab hears it about themselves.
    const self = last(await call("I'm up in the crane cab on me own with a crushing feeling behind me breastbone", 'should I climb down'))
    expect(self.text).toMatch(/^No, don't climb: the effort could stop your heart/)
  })

  it('winches a confined-space casualty only on a line already clipped, from outside', async () => {
    const reply = last(await call("a drainage operative's gone down into a sewer chamber and he's slumped at the foot of the rungs", "there's a tripod with a winch on the van, his harness is on, can we wind him up"))
    expect(reply.text).toMatch(/^Only if their harness is already clipped to a line you work from outside/)
    expect(reply.text).toMatch(/Nobody goes down to clip them on/)
  })

  it('hears the freezer as cold from the first turn: no hot bath, and "quit shivering" is worse', async () => {
    const replies = await call("a lad's been shut in the big walk-in freezer for nearly an hour, we've just found him", 'should we put him straight in a hot bath to heat him through quick', "he's quit shivering, now he's trying to take his jacket off")
    expect(replies[0]?.sources).toEqual(['cold-warm-slowly'])
    expect(replies[1]?.text).toMatch(/^No hot shower or bath/)
    expect(last(replies).urgency).toBe('CRITICAL')
  })

  it('cools a lone groundsman in the sun from the first turn, and never tells him not to drink', async () => {
    const replies = await call("I'm on me own, I've been rolling the pitch all day in the sun, I've got cramps everywhere", "I'm dizzy and me head's thumping, I've not had much to drink")
    expect(replies[0]?.sources).toEqual(['heat-cool-down'])
    for (const r of replies) expect(r.text).not.toMatch(/don't (eat or )?drink/i)
  })
})

describe('playbook responder: twelfth safety review (review16, unseen wording)', () => {
  itReads([
    ["our head chef's grabbing at his chest, says it feels like somebody's sitting on him", 'cardiac'],
    ["I've got a pain right across me chest like a vice and it's spreading up into me jaw", 'cardiac'],
    ["he's making a sort of gasping noise every few seconds, isn't that him breathing", 'not_breathing'],
    ["he's gone down behind the wagon, he's not answering", 'unconscious'],
    ["a fella's got turkey lodged in his throat", 'choking'],
    ["our mascot's collapsed inside the big dog costume", 'heat_illness'],
    ["it's like an oven in here, me head's pounding", 'heat_illness'],
    ["he's been out on the hill all night lambing, he's mumbling", 'hypothermia'],
    ["I've been stung a load of times and I feel faint", 'anaphylaxis'],
    ["the brushes grabbed his sleeve and dragged his arm round", 'crush'],
    ["he's squashed between the lorry and the wall", 'crush'],
    ["he's lying by the charger, the cable's split open and he's twitching", 'electric_shock'],
    ["the black bit in one eye's huge and the other's like a pinhead", 'head_injury'],
    ["he can't finish a sentence", 'breathing_difficulty'],
  ])

  itDoesNotRead([
    ["his face is down in the gutter in a puddle", 'leak'],
    ['a lump shot out when I was pressing on his chest', 'crush'],
    ["we can only get the door open a few inches, he's wedged against it", 'crush'],
    ["me fingers have gone stiff and curled up", 'amputation'],
    ["can we cut his sleeve off to get him out", 'injury_bleeding'],
    ["his nose hairs are singed and his throat's swelling", 'anaphylaxis'],
  ])

  it("coaches CPR through agonal gasps, the depth and a rescuer's dead arms", async () => {
    const replies = await call("one of the bin men has gone down behind the wagon, he's not answering and he's gone a grey-blue colour", "he's making a sort of gasping noise every few seconds, isn't that him breathing", "he's a big fella, how deep am I supposed to push", "I've been going ages and me arms are dead, there's nobody to swap with")
    expect(replies[1]?.sources).toEqual(['cpr'])
    expect(replies[2]?.text).toMatch(/Push 5 to 6 centimetres deep/)
    expect(last(replies).text).toMatch(/^Keep going as hard as you can, and don't stop to check/)
    for (const r of replies) expect(r.text).not.toMatch(/sit them upright/)
  })

  it('answers the heart attack questions: the heat, an allergy to aspirin, the little aspirins, upstairs', async () => {
    const chef = await call("our head chef's grabbing at his chest, says it feels like somebody's sitting on him", "he says it's just the heat in here and wants to keep going through service", "he's allergic to aspirin, it's on his card")
    expect(chef[0]?.sources).toEqual(['cardiac-rest'])
    expect(chef[1]?.text).toMatch(/^No: they stop and sit still now/)
    expect(chef[2]?.text).toMatch(/^Then no aspirin\./)
    expect(chef[2]?.text).not.toMatch(/300 mg/)
    const porter = await call("I'm the night porter on me own, I've got a pain right across me chest like a vice", "there's only the little 75 milligram aspirins, how many of them should I take", 'a guest left a GTN spray at the desk, can I use that', "I think I'll go and lie down in one of the empty rooms upstairs")
    expect(porter[1]?.text).toMatch(/chew one 300 mg aspirin\. Four of the 75 mg ones make 300 mg: chew all four\./)
    expect(porter[1]?.text.match(/300 mg aspirin/g)).toHaveLength(1)
    expect(porter[2]?.text).toMatch(/^Only your own heart spray or tablets/)
    expect(last(porter).text).toMatch(/^No: stay where you are, sitting on the floor, with the door unlocked/)
  })

  it('moves on to abdominal thrusts when back blows shifted nothing, and CPR when they go floppy', async () => {
    const replies = await call("a fella's got turkey lodged in his throat, he's gone purple and can't make a sound", "I've given him five good thumps between the shoulders and nothing's shifted", "he's gone all floppy on us")
    expect(replies[0]?.sources).toEqual(['choking-back-blows'])
    expect(replies[1]?.text).toMatch(/five abdominal thrusts/)
    expect(last(replies).sources).toEqual(['cpr'])
  })

  it('keeps a tourniquet on, and says why the foot goes purple', async () => {
    const reply = last(await call("there's bright red pumping out of his calf", "we've got the tourniquet on", "his foot's going purple, can I let it off a bit to give his leg some blood"))
    expect(reply.text).toMatch(/^No: never loosen a tourniquet once it's on/)
  })

  it('turns a fallen casualty whose face is in a puddle, and stops the traffic first', async () => {
    const replies = await call("a driver's fallen off his flatbed onto the road", "there's cars coming round the bend and he's lying half out in the road", "he's breathing but it's bubbly and his face is down in the gutter in a puddle")
    expect(replies[1]?.text).toMatch(/^Send someone up the road to stop the traffic/)
    expect(last(replies).text).toMatch(/^Turn them now, as a team, head and neck in line/)
    expect(last(replies).sources).not.toContain('leak-isolate')
  })

  it('keeps an unconscious head injury flat and in line, and rolls a snoring airway alone', async () => {
    const replies = await call("he's come off the fly gallery onto the stage and he's not moving", "he's breathing but it's a horrible snorey sound and there's blood coming out of his ear")
    expect(last(replies).sources).toEqual(['head-injury-unconscious'])
    expect(last(replies).text).toMatch(/^That noise means the airway is partly blocked/)
    expect(last(replies).text).not.toMatch(/head and shoulders raised|leave them as they are/)
  })

  it('tells a rescuer with a knocked-out casualty that a worse headache is serious, after the combo', async () => {
    const reply = last(await call('a pallet of tins clobbered her on the head, she was spark out a good minute', "she's awake now but her headache's getting worse"))
    expect(reply.text).toMatch(/^That can mean a serious head injury/)
  })

  it('reads a burnt airway after smoke, not an allergy', async () => {
    const reply = last(await call("there's a fire in the engine bay, one of the mechanics got his hands burnt", "his nose hairs are singed and he reckons his throat's swelling shut"))
    expect(reply.text).toMatch(/^That can be a burnt airway/)
    expect(reply.sources).not.toContain('anaphylaxis-adrenaline')
  })

  it('stops the machine and the lorry, and keeps a crushed man off the round', async () => {
    const wash = await call("the big rolling brushes have grabbed the valeter's sleeve and dragged his arm round, the thing's still going", "I don't know how you turn it off, there's a panel with loads of switches", "can we spin the brush back by hand to get him out")
    expect(wash[0]?.text).toMatch(/^Stop it now/)
    expect(wash[1]?.text).toMatch(/^Stop it now: a red button, a bar or a pull-cord/)
    expect(last(wash).text).toMatch(/^No: don't reverse or restart it/)
    const lorry = await call("a loader's got squashed between the bin lorry and a brick wall, the lorry's still pressed up against him", 'should the driver pull forward to let him out', "he's grand, he'll finish the round")
    expect(lorry[1]?.text).toMatch(/^Yes, if it's pinning them: the driver moves it slowly/)
    expect(last(lorry).text).toMatch(/^Not back to work, and no driving/)
  })

  it('answers the isolator in a shock call, and nothing between a fitting man\'s teeth', async () => {
    expect(last(await call("he's lying by the van charger, the cable's split open and he's twitching", "there's an isolator on the wall, it's a big red handle")).text).toMatch(/^Yes: switch it off now/)
    const fit = await call("he's dropped on the kitchen floor shaking all over", "there's blood where he's bitten his tongue, a waiter wants to wedge a folded tea towel between his teeth")
    expect(last(fit).text).toMatch(/^No, don't hold them down or put anything in their mouth/)
    expect(last(fit).sources).not.toContain('bleeding-unconscious')
  })

  it('gets the pen to an anaphylaxis: fetched, not refused, held there', async () => {
    const alone = await call("I'm out at the hives on me own, I've been stung a load of times, me whole face is ballooning and I feel faint", "me epipen's in the car about a hundred yards down the track", "I've jabbed it in me thigh, do I hold it there or yank it out")
    expect(alone[0]?.sources).toEqual(['anaphylaxis-adrenaline'])
    expect(alone[1]?.text).toMatch(/^If you can reach it in a minute or two, go slowly/)
    expect(alone[1]?.text).not.toMatch(/Don't stand up or walk/)
    expect(last(alone).text).toMatch(/^Hold it there for three seconds, then take it out/)
    const scared = last(await call("she has a sesame allergy and her throat feels tight", "her pen's in the staff room but she's terrified of needles and won't let us"))
    expect(scared.text).toMatch(/^Tell them it's one quick push/)
    // "No pen in the office" is not a pen to fetch.
    expect(last(await call("his lips have swelled up after a crab roll", "there's no pen or nothing in the office")).text).not.toMatch(/Send someone for it/)
  })

  it('hears a relapse: a hypo coming back, asthma getting drowsy, the cold getting sleepy', async () => {
    expect(last(await call("I'm on me own, I'm diabetic and I've gone all shaky", "I've had the Lucozade and I'm right as rain", "it's come back, I'm trembly again and me words are all jumbled")).text).toMatch(/^Have more sugar now/)
    expect(last(await call("he's having an asthma attack, wheezing really bad", "he can't finish a sentence and he's getting really drowsy")).text).toMatch(/one puff every 30 to 60 seconds/)
    expect(last(await call("he's been out on the hill all night, we found him soaked and mumbling", "he's gone awful sleepy")).text).toMatch(/^Severe hypothermia: handle gently, flat and wrapped; no rubbing, hot shower, direct heat or alcohol/)
  })

  it('cools heat illness in its own voice for a lone caller', async () => {
    const reply = last(await call("I'm on me own in the glasshouse, it's like an oven in here, me head's pounding", 'is it alright to stick me head under the hose and then get back to it'))
    expect(reply.text).toMatch(/^Yes: cool yourself fast/)
  })
})

describe('playbook responder: thirteenth safety review (review17, unseen wording)', () => {
  it('starts CPR for one big snort then nothing, never the recovery position', async () => {
    const replies = await call("the Saturday lad's keeled over between the bike racks and he's lying still", 'he does one big deep snort, then nothing for ages, then another', 'do I carry on however long it takes')
    expect(replies[1]?.sources).toEqual(['cpr'])
    expect(replies[1]?.text).not.toMatch(/onto their side/)
    expect(last(replies).text).toMatch(/^Keep going until they start breathing normally or help takes over/)
    // Snoring is still the airway.
    expect(last(await call("he's collapsed and won't open his eyes", "he's breathing but snoring really loud")).text).toMatch(/^That noise means the airway is partly blocked/)
  })

  itReads([
    ["a bit of bone's gone down the wrong way, he can't breathe at all", 'choking'],
    ["the brownie had nuts in, my throat feels like it's closing", 'anaphylaxis'],
    ["a wasp's stung him inside his mouth and his tongue's getting bigger", 'anaphylaxis'],
    ["he's roasting hot, his skin's bone dry and he's rambling", 'heat_illness'],
    ["I've been loading the van all afternoon in this heat, I'm dizzy", 'heat_illness'],
    ["he's gone an awful grey colour and he's rubbing at his left arm", 'cardiac'],
    ["he fell in off the cage at the fish farm and he's drenched", 'hypothermia'],
    ["he's taken a belt off a festoon, he's slumped in the basket", 'electric_shock'],
    ["he's type one and we can barely rouse him", 'unconscious'],
  ])

  itDoesNotRead([
    ["how do I stop the bleedin' thing", 'injury_bleeding'],
    ["we've made him a hot tea", 'burn'],
  ])

  it('gets a locked-in choking casualty out, and stops when it has shot out', async () => {
    const replies = await call("a bit of bone's gone down the wrong way, he can't breathe at all", "he's run off into the staff toilet and locked the door", "I've given him slaps and thrusts and it won't shift")
    expect(replies[1]?.text).toMatch(/^Get the door open now/)
    expect(last(replies).text).toMatch(/five abdominal thrusts/)
    expect(last(await call("a lump of steak's stuck in his throat", 'has it come out?', "it's shot out")).text).toMatch(/^If it's out and they're breathing, stop/)
  })

  it('tells a lone caller not to wait with the pen, that the shakes are the adrenaline, and not to go home', async () => {
    const replies = await call("I'm on my own, I think the brownie had nuts in, my throat feels like it's closing", "I've got my pen, should I wait and see if it gets worse first", "I've done it, my heart's pounding and I'm shaking all over, is that normal", "I feel a lot better, I'll just get the tube home")
    expect(replies[1]?.text).toMatch(/^Don't wait: use your pen now/)
    expect(replies[2]?.text).toMatch(/^That's the adrenaline working/)
    expect(replies[2]?.sources).not.toContain('cardiac-rest')
    expect(replies[2]?.sources).not.toContain('seizure-protect')
    expect(last(replies).text).toMatch(/^No work and no driving until a first aider or medic has checked you/)
  })

  it('refuses insulin and anything by mouth to a diabetic who can barely be roused', async () => {
    const replies = await call("he's type one diabetic and we can barely rouse him", 'someone found his insulin pen, do we give him a shot of that')
    expect(replies[0]?.sources).toEqual(['low-sugar-unconscious'])
    expect(last(replies).text).toMatch(/^No insulin/)
  })

  it('keeps a man back off a burning roof, and answers how to stop a petrol mixer', async () => {
    expect(last(await call("the roof we're thatching has caught fire by the chimney", "he's going back up with a rake to pull the burning bit off")).text).toMatch(/^No\. Don't go back in/)
    expect(last(await call("his hand's caught in the cement mixer and the drum's still going round", "there's no button on it, how do I stop the bleedin' thing")).text).toMatch(/^Stop it now: a red button, a bar or a pull-cord/)
  })

  it('keeps someone still who wakes with neck pain after a fall', async () => {
    expect(last(await call("he's come off the scaffold and he's not moving", "he's opened his eyes and he's trying to sit himself up")).text).toMatch(/^Tell them to stay lying still/)
    expect(last(await call("I've come off me ladder on me own", 'me neck is killing me')).text).toMatch(/^Stay lying still, as you are/)
  })
})

describe('playbook responder: fourteenth safety review (review18, unseen wording)', () => {
  itReads([
    ["he's collapsed and he's still gripping the extension lead to his lights", 'electric_shock'],
    ["I've had a proper jolt off the forklift battery charger", 'electric_shock'],
    ["he's got an ache in his jaw and down his arm and he's pouring sweat", 'cardiac'],
    ["I've got a heavy feeling right across the centre of me chest like someone's standing on it", 'cardiac'],
    ["his face is beetroot and there's not a drop of sweat on him", 'heat_illness'],
    ["he's making a snoring sound now and again", 'not_breathing'],
    ["he's wringing wet and his teeth are going that hard", 'hypothermia'],
    ["a deckhand's gone off the quay into the harbour", 'hypothermia'],
    ["she's got a nut allergy and she's come up in big welts", 'anaphylaxis'],
  ])

  itDoesNotRead([
    ["he sounds drunk and he's stone cold sober", 'hypothermia'],
    ["he says he's dead on now, just a bad taste", 'not_breathing'],
    ["there's sea water running from his mouth", 'leak'],
    ["there's big blisters all up both shins, do we burst them", 'leak'],
    ['one of the operators has fell in the settling tank', 'fall'],
    ["his teeth are going that hard he can't get words out", 'stroke'],
  ])

  it('calls it the adrenaline working only after a pen was used', async () => {
    const used = await call("I'm on my own, my throat feels like it's closing after the nuts", "I've done it, my heart's pounding and I'm shaking all over, is that normal")
    expect(last(used).text).toMatch(/^That's the adrenaline working/)
    const none = await call("I'm on my own, my face is puffing up and I'm itchy all over after an antibiotic", "I haven't got one of them pens", "I'm going faint and me heart's racing")
    expect(last(none).text).not.toMatch(/adrenaline working/)
  })

  it('keeps hands off a casualty still holding a live lead, and refuses kicking it away', async () => {
    const replies = await call("a trader's collapsed in the rain, he's still gripping the extension lead, he's not moving", 'a fella in wellies is trying to kick the lead out of his hand')
    expect(replies[0]?.sources).toEqual(['shock-unconscious'])
    expect(replies[0]?.text).toMatch(/^Don't touch them, or the lead, until the power is off/)
    expect(replies[0]?.text).not.toMatch(/roll them onto their side/)
    expect(last(replies).text).toMatch(/^No: boots and gloves don't make it safe/)
  })

  it('puts someone breathing again after CPR on their side, and answers the expired pen and the window', async () => {
    expect(last(await call("he's fell in the settling tank, we've hooked him out and he's not breathing", "he's breathing now and bringing up loads of water")).text).toMatch(/^Roll them onto their side now/)
    expect(last(await call("she's got a nut allergy and her throat's tight", 'her pen ran out two years ago, is it any good')).text).toMatch(/^Yes, use it now: an out-of-date pen/)
    expect(last(await call("there's a fire in the back room and a volunteer's still upstairs", "she's at the upstairs window, she's asking if she should jump")).text).toMatch(/^Not from high up/)
  })

  it('stops a heart attack going home or finishing the shift', async () => {
    expect(last(await call("he's got an ache in his jaw and down his arm and he's pouring sweat", "he says he'll just nip home and have a lie down")).text).toMatch(/^No: they stop and sit still now/)
    expect(last(await call("I've had a jolt off the charger and me heart's doing a funny skipping thing and me chest is tight", "I'll have a brew and finish the shift")).text).toMatch(/^No: stay where you are|^No: they stop/)
  })
})

describe('playbook responder: fifteenth safety review (review19, unseen wording)', () => {
  itReads([
    ["he's slipped with his skinning knife, it's gone into his upper arm and it's squirting like a hosepipe", 'injury_bleeding'],
    ["he's doing a sort of coughing grunt once in a while", 'not_breathing'],
    ["I'm on me own and me chest's clamped like a band and it's going down me left arm", 'cardiac'],
    ["he's got a pain in the middle like terrible heartburn going right through to his back", 'cardiac'],
    ["one of the lads went into the apple store and he's collapsed on the floor inside", 'confined_space'],
    ["the cab's like a greenhouse and I'm dizzy", 'heat_illness'],
    ["she has drunk some of the pickle out of a jam jar", 'swallowed_chemical'],
    ["a headstone's lying across his hips", 'crush'],
  ])

  itDoesNotRead([
    ["he's slipped with his skinning knife", 'fall'],
    ["her throat's on fire", 'fire'],
    ["I've stuck me pen in, me heart's going mad now", 'trapped'],
    ['her lashes are stuck shut with nail glue', 'trapped'],
  ])

  it('reads anaphylaxis, not choking, when an allergic face blows up and she claws at her throat', async () => {
    const reply = (await call("she had cake with hazelnuts in, she's allergic, her face is blowing up and she's clawing at her throat"))[0]
    expect(reply?.sources).toEqual(['anaphylaxis-adrenaline'])
  })

  it('gets CPR onto the floor, and a lone heart attack its aspirin, its door and its own voice', async () => {
    expect(last(await call("he's collapsed and he's not breathing", "there's no room to get him flat, can I do it with him on his side")).text).toMatch(/^Get them flat on their back on the floor/)
    const guard = await call("I'm the night guard on me own, me chest's clamped like a band and it's going down me left arm", 'there are aspirin in me rucksack, the little 75 ones, will they do', 'all the doors are locked, how are they going to get in')
    expect(guard[1]?.text).toMatch(/^If you're not allergic and not on blood thinners, chew one 300 mg aspirin\. Four of the 75 mg ones/)
    expect(last(guard).text).toMatch(/^If you can, unlock the nearest door/)
  })

  it('keeps rescuers out of an apple store and a smoky engine room', async () => {
    const store = await call("one of the lads went into the apple store and he's collapsed inside", "the door's open, I'll take a big breath and nip in and pull him clear", "his mate's just gone in after him")
    expect(store[0]?.sources).toContain('confined-space-no-entry')
    expect(store[1]?.text).toMatch(/^No: holding your breath won't save you/)
    expect(last(store).text).toMatch(/^Call them back out now/)
    expect(last(await call("there's smoke belching out of the engine room and the engineer's still down below", "I've a wet towel round me face, I'm going down the hatch after him")).text).toMatch(/^No[.:] [Dd]on't go (?:back )?in\b/)
    expect(last(await call("there's smoke belching out of the engine room", 'the skipper wants to lift the engine hatch')).text).toMatch(/Don't open it: fresh air feeds the fire/)
  })

  it('keeps a dizzy man in a hot crane cab off the ladder, and a fainter lying down', async () => {
    expect(last(await call("I'm up the tower crane on me own, the cab's like a greenhouse and I'm dizzy", "I'm going to climb down the ladder now")).text).toMatch(/^Not while you're dizzy/)
    expect(last(await call("one of the waiters has fainted during the speeches", "he's come round and he wants to get straight back up and carry on serving")).text).toMatch(/^Keep them lying down, legs raised/)
  })

  it('refuses to force glued eyelids apart, and to tip a drink into a hypo who is going under', async () => {
    expect(last(await call("she's got nail glue in her eye", 'should we try and prise her eyelids apart')).text).toMatch(/^No, don't force the eyelids apart/)
    expect(last(await call("he's diabetic and he's staggering and slurring", 'his eyes are closing on us now, will we tip the coke into his mouth')).text).toMatch(/^No, nothing in their mouth/)
  })
})

describe('playbook responder: sixteenth safety review (review20, unseen wording)', () => {
  itReads([
    ['every now and again there is a big heaving breath out of him and then nothing for a long while', 'not_breathing'],
    ["his jaw and both his arms are aching and he's grey and sweating buckets", 'cardiac'],
    ["I'm allergic, me mouth's all tingly and I'm itching everywhere", 'anaphylaxis'],
    ["there's a squeak every time he breathes in", 'breathing_difficulty'],
    ["I'm only getting two or three words out between breaths", 'breathing_difficulty'],
    ["two of the staff lighting the coals in the back room have come out dizzy", 'carbon_monoxide'],
    ["the stockroom behind the pound shop's gone up", 'fire'],
    ["he's gone up the culvert under the bypass and he won't answer", 'confined_space'],
    ["he's soaked through and he can't work his fingers and he's slurring", 'hypothermia'],
    ["the carcass saw's took a lad's hand clean off at the wrist", 'amputation'],
    ["I threw petrol on the bonfire and it went up in me face", 'burn'],
  ])

  itDoesNotRead([
    ["he doesn't want to drop his trousers in front of everyone, he's dead shy", 'not_breathing'],
    ["the skin on me fingers is hanging off like wet tissue", 'amputation'],
  ])

  it('coaches a lone rescuer through the defibrillator, even on a wet chest', async () => {
    const replies = await call("the club pro's gone down behind the counter and he won't answer me at all", 'every now and again there is a big heaving breath and then nothing for a long while', "there's a defib beside the first tee but it's just me here with him", "I've got the pads out but he's wringing wet with sweat and they won't stick")
    expect(replies[1]?.sources).toEqual(['cpr'])
    expect(replies[2]?.text).toMatch(/^If the defibrillator is close, go and get it now/)
    expect(last(replies).text).toMatch(/^Wipe the chest dry/)
    expect(last(replies).text).not.toMatch(/Shave/)
  })

  it('answers the pen for someone passed out, the needle-shy and the drive; an aspirin allergy in other words', async () => {
    expect(last(await call("she's allergic to latex, her lips have ballooned", "she's passed out now, we've found her pen, do we still use it if she's not awake")).text).toMatch(/^Yes: use it now/)
    const van = await call("I'm on me own in the van, I'm allergic to almonds, me mouth's all tingly and I'm itching everywhere", "I've got me pen but I'm not sure it's bad enough yet, I hate needles", "I've done it, should I take the van to the hospital myself")
    expect(van[1]?.text).toMatch(/^Don't wait: use your pen now/)
    expect(last(van).text).toMatch(/^No work and no driving/)
    expect(last(await call("his jaw and both his arms are aching and he's grey", "he can't have aspirin, it brings him out in hives")).text).toMatch(/^Then no aspirin/)
  })

  it('keeps rescuers out of a culvert, and refuses the rope', async () => {
    const replies = await call("he's gone up the culvert under the bypass and he won't answer, there's a rotten egg smell", "I've got a torch, I'll crawl in after him", 'can we tie a rope round my waist and I will go in')
    expect(replies[1]?.text).toMatch(/^No\. Don't go back in/)
    expect(last(replies).text).toMatch(/^No\. Don't go back in/)
  })

  it('keeps an asthmatic sitting up, and moves on to chest thrusts when arms will not reach round', async () => {
    expect(last(await call("I'm on me own and me asthma's bad, me chest's tightened right up", "I'm getting that sleepy, I'm going to stretch out on the floor")).text).toMatch(/^(Stay sitting up, leaning forward a little|Don't lie down or sleep: stay sitting up)/)
    expect(last(await call("he's choking on a Scotch egg", "he can't get any air in and my arms won't reach round him")).text).toMatch(/^If your arms won't reach round: chest thrusts/)
  })
})

describe('playbook responder: seventeenth safety review (review21, unseen wording)', () => {
  itReads([
    ["he's staggering and his skin's red hot and bone dry", 'heat_illness'],
    ["I'm unloading a container, it's baking in there and I've got a blinding headache", 'heat_illness'],
    ["the hull's pinning a volunteer by the chest", 'crush'],
    ['the ram is pushing on his legs', 'crush'],
    ["a lad climbed into an empty vat and he's crumpled at the bottom", 'confined_space'],
    ["I'm allergic to stings and me face is going all puffy", 'anaphylaxis'],
    ["he's slumped with his hand still on the wires", 'electric_shock'],
    ['I can only manage a word or two between breaths', 'breathing_difficulty'],
  ])

  itDoesNotRead([
    ["me blue inhaler's nearly empty, it's just hissing when I press it", 'gas_leak'],
    ["his face and neck have gone a purply colour", 'amputation'],
    ["I missed the last step coming down into the boiler house and I've hurt me knee", 'confined_space'],
    ['a bar hit him in the face, his face is swelling up', 'anaphylaxis'],
  ])

  it('calls back a rescuer halfway down a vat, and answers a bowl of water on a chip pan', async () => {
    const vat = await call("a lad climbed into an empty vat and he's crumpled at the bottom and isn't moving", "his brother's already halfway down the ladder after him", "he'll hold his breath and nip down")
    expect(vat[0]?.sources).toContain('confined-space-no-entry')
    expect(vat[1]?.text).toMatch(/^Call them back out now/)
    expect(last(vat).text).toMatch(/^No: holding your breath won't save you/)
    expect((await call("a chip pan's caught fire and a volunteer is about to chuck a washing-up bowl over it"))[0]?.text).toMatch(/^No water/)
  })

  it('sends a lone caller for a pen in her coat at the bottom of the tower', async () => {
    const reply = last(await call("I'm on my own up the belfry, a wasp's stung me, I'm allergic and I'm coming out in lumps all over", "my pen's in my coat at the bottom of the tower"))
    expect(reply.text).toMatch(/^If you can reach it in a minute or two/)
  })

  it('gets a lone stung caller to the pen, the right way round, and the second pen at five minutes', async () => {
    const replies = await call("I'm on me own, a hornet's got me, I'm allergic to stings and me face is going all puffy", "me pen's in the truck at the far end of the field", "I've got it, me hands are shaking, which way round does it go", "me chest's tightening and me throat feels thick, five minutes since the jab")
    expect(replies[0]?.sources).toEqual(['anaphylaxis-adrenaline'])
    expect(replies[1]?.text).toMatch(/^If you can reach it in a minute or two/)
    expect(replies[2]?.text).toMatch(/^Blue cap off/)
    expect(last(replies).text).toMatch(/^If you're no better five minutes after the first pen, use a second one now/)
    // And for someone else, once the first pen has gone in.
    expect(last(await call("she's allergic to latex, her lips have ballooned", 'we did it five minutes ago and she is still grey and wheezing')).text).toMatch(/^If they're no better five minutes after the first pen, give a second one now/)
  })
})

describe('playbook responder: eighteenth safety review (review22, unseen wording)', () => {
  itReads([
    ["one of the lads has grabbed the cable from the inverter and he's locked onto it, he's jerking", 'electric_shock'],
    ["I'm allergic to them and I'm coming out in lumps all over", 'anaphylaxis'],
    ["he's not moving and his breathing is not right", 'not_breathing'],
  ])

  itDoesNotRead([
    ["we're fitting solar panels on a barn roof", 'seizure'],
    ["both his arms are burning like they're on fire", 'fire'],
  ])

  it('lets CPR go on once the casualty is off the cable, and refuses rubber gloves', async () => {
    const replies = await call("one of the lads has grabbed the cable from the inverter and he's locked onto it, he's jerking", 'there are rubber gloves in the van, can I put them on and pull him off', "he's off it now, he's lying on the roof and he's not breathing")
    expect(replies[1]?.text).toMatch(/^No: boots and gloves don't make it safe/)
    expect(last(replies).text).not.toMatch(/^Don't touch them until the power is off/)
    expect(last(replies).text).toMatch(/push hard and fast/)
  })

  it('coaches a lone rescuer whose arms are burning, and lets a helper do the pen', async () => {
    const tired = last(await call("it's just me, the boss has collapsed, he's not moving and his breathing is not right", 'my arms are burning, there is nobody else here to swap with'))
    expect(tired.text).toMatch(/^Keep going as hard as you can/)
    expect(tired.sources).not.toContain('burn-cool')
    // Outside CPR, burning legs are still a burn (a caustic splash).
    expectReads('his legs are burning, should he keep his wellies on', 'burn')
    expect(last(await call("she's allergic and her lips have blown right up and she's wheezing", 'she has her EpiPen but her hands are trembling too much, can I do it for her')).text).toMatch(/^Use it now/)
  })
})

describe('playbook responder: nineteenth safety review (review23, unseen wording)', () => {
  itReads([
    ['a lump of steak pie has lodged in a punter at the bar', 'choking'],
    ["he's stopped coughing, not a sound out of him now", 'choking'],
    ["he's scorching to the touch and he's talking rubbish", 'heat_illness'],
    ["his skin's dried right out", 'heat_illness'],
    ["there's no shade, my head's thumping and I'm sick", 'heat_illness'],
    ['the stockroom has caught light and rockets are going off in there', 'fire'],
    ["a vending machine's toppled over onto a barman, it's right on top of his chest", 'crush'],
    ['he can hardly drag a breath in', 'breathing_difficulty'],
    ["he's juddering all over on the floor", 'seizure'],
    ["he's breathing but we can't bring him round", 'unconscious'],
    ['a lad went down into the compost bunker and he is lying on his face', 'confined_space'],
    ['he went down the hatch into the digester feed tank', 'confined_space'],
    ["his mouth keeps opening like he's gulping air, but only once in a long while", 'not_breathing'],
    ["an arrow's gone into one of our coaches just under his collarbone", 'embedded_object'],
    ['he has drunk from a pop bottle with weedkiller in it', 'swallowed_chemical'],
    ["there's no breath in him", 'not_breathing'],
    ["it's one word, then a gasp, and my fingernails look bluey", 'breathing_difficulty'],
    ['the crane whacked her by her ear and she was out for a moment', 'head_injury'],
  ])

  itDoesNotRead([
    ["in case his neck's gone", 'amputation'],
    ['his face has gone a deep purple', 'amputation'],
    ["my left arm's gone achy", 'amputation'],
    ['the machine is juddering', 'seizure'],
    ['once in a while he coughs', 'not_breathing'],
    ["an arrow's gone in just under his collarbone", 'fracture'],
    ["I've stuck my pen in my thumb instead of my leg", 'trapped'],
    ["she's allergic to milk and she's drunk one with milk in by mistake, she's got itchy blotches up her neck", 'false_alarm'],
  ])

  it('keeps blows and thrusts going for a silent, purple choker, never an inhaler', async () => {
    const replies = await call('a lump of steak pie has lodged in a punter, he is coughing hard', "he's stopped coughing, not a sound out of him now and he's turning purple", "five on the back and five squeezes and nothing's shifted")
    for (const r of replies) expect(r.sources).toEqual(['choking-back-blows'])
    expect(last(replies).text).toMatch(/^Still stuck: five abdominal thrusts.*Then five back blows again/)
    for (const r of replies) expect(r.text).not.toMatch(/inhaler/)
  })

  it("cools heat stroke, says yes to the chiller, and reads a racing heart in the heat as the heat, not a heart attack's aspirin", async () => {
    const stroke = await call("a lad working the oven has collapsed, he's scorching to the touch and he's talking rubbish", "there's a walk-in chiller, is it okay to carry him in there")
    expect(stroke[0]?.sources[0]).toMatch(/^heat-/)
    expect(last(stroke).text).toMatch(/^Yes: cool them fast/)
    const alone = await call("I'm on my own painting a roof, there's no shade, my head's thumping and I'm sick", "I'm sweating buckets and my heart's racing", "I'm much better, I'll pop back up and do the last strip")
    for (const r of alone) expect(r.text).not.toMatch(/aspirin/)
    expect(last(alone).text).toMatch(/^No work and no driving/)
    // Palpitations before a faint, with no sweat, stay the heart's (review21 T40).
    expect(last(await call('it was roasting in the hall and she fainted', 'she says her heart was racing and fluttering before she went down')).sources).toContain('cardiac-rest')
  })

  it('stops the owner saving the stock, and tells the crew about a neighbour at his window', async () => {
    const replies = await call('the stockroom behind the fireworks shop has caught light and rockets are going off in there', 'the owner wants to drag the boxes of stock out the front', "there's an old boy in the flat above, he's banging on his window")
    expect(replies[0]?.sources).toEqual(['fire-evacuate'])
    expect(replies[1]?.text).toMatch(/^No\. Don't go back in/)
    expect(last(replies).text).toMatch(/^Tell them to shut their door, block the gap with a towel and stay at the window/)
  })

  it('gets a load off a chest at once, says yes to tipping it off, and sits them up once it is off', async () => {
    const replies = await call("a vending machine's toppled over onto a barman, it's right on top of his chest and he can hardly drag a breath in", 'five of us here, are we alright to tip it back up off him', "we've jacked it off and he's coughing")
    expect(replies[0]?.sources).toEqual(['crush-chest'])
    expect(replies[0]?.text).toMatch(/get the weight off them now, all of you together/)
    expect(replies[1]?.text).toMatch(/^Yes, if it's safe/)
    expect(last(replies).text).toMatch(/^Now it's off, sit them half up/)
  })

  it('puts nothing in a fitting mouth for a bitten tongue, and has the rescue medicine fetched for the trained to give', async () => {
    const replies = await call("he's gone down and he's juddering all over", "he's chewed his tongue, there's blood, should I wedge my wallet between his jaws", 'his wife says he has medicine in his bag for it')
    expect(replies[1]?.sources).not.toContain('bleeding-pressure')
    expect(replies[1]?.text).toMatch(/^No, don't hold them down or put anything in their mouth/)
    expect(last(replies).text).toMatch(/^Get it now\. Someone trained in their care plan gives it/)
  })

  it('gives nothing by mouth to a diabetic who will not come round, and says yes to the glucagon kit', async () => {
    const replies = await call("the guard's a diabetic, he's sweating and slurring", "he's slumped, breathing, but we can't bring him round", "there's a glucagon kit in his bag, can I use it")
    expect(replies[1]?.sources).toEqual(['low-sugar-unconscious'])
    expect(replies[1]?.text).not.toMatch(/^No, nothing in their mouth while/)
    expect(last(replies).text).toMatch(/^Yes, if you can follow the leaflet/)
  })

  it('keeps a second rescuer out of a bunker, whatever he ties on, and says yes only to air blown in from outside', async () => {
    const replies = await call('a lad went down into the compost bunker and now he is lying on his face in the bottom of it', "the foreman's going to tie a rope round his waist and climb down to him", "the farmer's tying a wet hanky round his nose and mouth to climb in after him", 'can we drop the hose from the air compressor down to give him some air')
    expect(replies[0]?.sources).toEqual(['confined-space-no-entry'])
    expect(replies[1]?.text).toMatch(/^No\. Don't go back in/)
    expect(replies[2]?.text).toMatch(/Stop him! A cloth does nothing/)
    expect(last(replies).text).toMatch(/^Yes, blow air in from outside.*Nobody goes in/)
  })

  it('reads agonal gulps as cardiac arrest, and answers a drowning: five breaths, never drained', async () => {
    expect(last(await call('our coach has dropped on court and now he is lying still', "his mouth keeps opening like he's gulping air, but only once in a long while")).text).toMatch(/^Start CPR now/)
    const drowned = await call("he's on the jetty now and there's no breath in him", 'should I hang him upside down first to drain him', "he's coughing and breathing on his own, but he's freezing")
    expect(drowned[0]?.text).toMatch(/^If you know rescue breaths, give five first/)
    expect(drowned[1]?.text).toMatch(/^No: don't drain them/)
    expect(last(drowned).text).not.toMatch(/Don't stop CPR/)
  })

  it('sits up a casualty breathing badly round an arrow, and reads a weedkiller throat as the poison, not a fire', async () => {
    const arrow = await call("an arrow's gone into one of our coaches just under his collarbone, it's still sticking out of him", "he's puffing and panting and it catches him whenever he breathes in")
    expect(arrow[0]?.sources).toEqual(['embedded-object-leave-in'])
    expect(last(arrow).text).toMatch(/^Leave it in\. Sit them up, leaning towards the hurt side, not flat/)
    const swallowed = await call('one of the old boys has drunk from a pop bottle with weedkiller in it', "he's saying his mouth and throat are burning now and he's dribbling")
    expect(swallowed[0]?.sources).toEqual(['swallowed-chemical'])
    expect(last(swallowed).sources).not.toContain('fire-evacuate')
  })

  it('reads a tight chest in an asthma attack as the attack, and answers exhaustion and a lost pen dose', async () => {
    const asthma = await call("I'm on my own and my asthma's gone, my chest's really tight and I'm wheezing badly", "I've taken four goes on the blue one and no change", "it's one word, then a gasp, and my fingernails look bluey", "I'm wrecked, I'll curl up in the cab and have a kip")
    for (const r of asthma) expect(r.text).not.toMatch(/aspirin/)
    expect(asthma[2]?.text).toMatch(/^That's a severe attack: keep using your reliever/)
    expect(last(asthma).text).toMatch(/^Don't lie down or sleep/)
    const thumb = await call("I'm on my own, I've eaten a peanut cookie and my throat's going tight", "I tried to do my pen and I've stuck it in my thumb instead of my leg")
    expect(last(thumb).text).toMatch(/^That dose is lost/)
    expect(last(thumb).sources).not.toContain('trapped-make-safe')
  })
})

describe('playbook responder: twentieth safety review (review24, unseen wording)', () => {
  itReads([
    ["a gutting knife's slipped and laid open the side of a laddie's neck", 'injury_bleeding'],
    ["the carding machine's severed a lass's hand at the wrist", 'amputation'],
    ["he's stuck to the light fitting, shaking", 'electric_shock'],
    ["he gives a big snort, like a snore, but there's ages between them", 'not_breathing'],
    ["his skin's burning hot and he's jabbering nonsense", 'heat_illness'],
    ["there's no shelter from the sun, I'm dizzy and I've cramps", 'heat_illness'],
    ["a lad's climbed into a valve chamber and now he's slumped motionless at the bottom", 'confined_space'],
    ["it's two words then I have to stop for air", 'breathing_difficulty'],
    ["she's got blotches on her neck and she feels sick", 'anaphylaxis'],
  ])

  itDoesNotRead([
    ["a gutting knife's slipped and cut his arm", 'fall'],
    ['smoke is pouring out of the window', 'injury_bleeding'],
    ["the cable's split open and he's twitching", 'injury_bleeding'],
    ['the machine is juddering', 'seizure'],
  ])

  it('turns a snoring casualty after a fit onto the side, and calls a second fit without waking an emergency', async () => {
    const replies = await call("she's gone stiff and she's jerking all over on the floor", "it's stopped, she's snoring dead loud and her lips look a bit blue", "she's started shaking again and she never woke up in between")
    expect(replies[1]?.text).toMatch(/^That noise means the airway is partly blocked: tilt the head back. Breathing normally\? Onto their side/)
    expect(replies[1]?.sources).not.toContain('cpr')
    expect(last(replies).text).toMatch(/^A second fit is an emergency: I'm telling the crew/)
    // Gasping is not snoring, whatever it sounds like: CPR (ERC 2021).
    expect(last(await call('Steve collapsed in the warehouse', "he's sort of gasping, making snoring noises")).sources[0]).toBe('cpr')
  })

  it('refuses a belt round a cut neck, and keeps a bleeding casualty who goes cold and drowsy lying flat', async () => {
    const replies = await call("a gutting knife's slipped and laid open the side of a laddie's neck", 'would it help if I tied a belt round his neck above the cut', "he's gone drowsy and his skin's cold and damp")
    expect(replies[0]?.sources).toEqual(['bleeding-pressure'])
    expect(replies[1]?.text).toMatch(/^Not there: a tourniquet can't work at the groin, armpit or neck/)
    expect(last(replies).sources).not.toContain('head-injury-watch')
    expect(last(replies).text).toMatch(/^That's shock from the blood loss: lie them flat/)
  })

  it("answers the anaphylaxis caller with no second pen, a preventer offered for asthma, and a big choker's chest thrusts, each without contradicting itself", async () => {
    const pen = last(await call("she's allergic to bees and her lips have swollen up and she's wheezing", 'we jabbed her five minutes back, she is still wheezing, no spare pen'))
    expect(pen.text).toMatch(/^Ask everyone near for a pen/)
    expect(pen.text).not.toMatch(/second pen if there is one/)
    expect(last(await call('she is having an asthma attack', "there's a brown inhaler in her drawer, should she have that")).text).toMatch(/^Not a brown or other coloured preventer/)
    const big = last(await call("he's choking on a bit of steak", "he's a giant, my hands won't meet round his middle"))
    expect(big.text).toMatch(/^If your arms won't reach round: chest thrusts instead/)
    expect(big.text).not.toMatch(/abdominal thrusts/)
  })

  it('keeps hydrofluoric acid on the skin for the gel, and an eye for rinsing only', async () => {
    expect(last(await call("he's got some of that hydrofluoric acid on his hand")).text).toMatch(/^Hydrofluoric acid: keep rinsing, then rub in calcium gluconate gel/)
    expect(last(await call("he's got hydrofluoric acid sprayed in his eye")).text).not.toMatch(/gel/)
  })

  it('moves a neck injury only from a wall about to fall, and reads a slow pulse after the fall as the injury, not the heart', async () => {
    const replies = await call("he's gone through the joists onto the rubble below, his neck's agony and there's tingling in his fingers", "the wall above him's cracking and it could come down on him any second", "he's all clammy now and his heart's going really slow")
    expect(replies[0]?.sources).toContain('fall-keep-still')
    expect(replies[1]?.text).toMatch(/^If it could come down, move them now: several of you, on a board or door/)
    expect(last(replies).sources).not.toContain('cardiac-rest')
  })

  it('reads a racing heart just after the pen as the adrenaline, never aspirin', async () => {
    const replies = await call("I'm on my own and I've ate a sandwich with sesame in, my lips are ballooning and I'm wheezy", "I've done it and now my heart's going nineteen to the dozen and my hands won't keep still")
    expect(last(replies).text).toMatch(/^That's the adrenaline working/)
    for (const r of replies) expect(r.text).not.toMatch(/aspirin/)
  })

  it("tells the crew about a pregnancy after a fall, and does not let anyone pull a live casualty by his clothes", async () => {
    expect(last(await call("one of the girls is thirty-four weeks gone and she's fallen down the stairs")).text).toMatch(/^Keep her on her left side, not flat on her back/)
    const live = last(await call("he's stuck to the light fitting, shaking", 'can I pull him down off the ladder by his jumper'))
    expect(live.text).toMatch(/^No: the current can come through clothes too/)
  })
})

describe('playbook responder: twenty-first safety review (review25, unseen wording)', () => {
  itReads([
    ["an old headstone's keeled over on the lad, it's pressing down on his ribcage and every breath's a struggle", 'crush'],
    ["his mouth gives a wee gulp like a fish, then nowt for a long while", 'not_breathing'],
    ["fence wire has gone right into Donnie's eye", 'eye_injury'],
    ["a strand of the fence wire's whipped back and gone right into Donnie's eye, there's blood and clear stuff", 'eye_injury'],
    ["one of the lads climbed down into the washback and he's flat out at the bottom", 'confined_space'],
    ["he's got the worst indigestion he's ever had, he's grey and sweating", 'cardiac'],
    ["my chest's gone all quiet now, there's hardly any wheeze", 'breathing_difficulty'],
    ["it's sweltering under the plastic and my head's thumping", 'heat_illness'],
  ])

  itDoesNotRead([
    ["an old headstone's keeled over on the lad", 'unconscious'],
    ["his chest isn't moving at all, it's only his belly going in and out", 'not_breathing'],
    ["his eyes are full of red blood spots", 'injury_bleeding'],
    ["the wire's gone right into his eye, there's blood and clear stuff running out of it", 'injury_bleeding'],
    ["she's got a blob of nail glue in her eye", 'eye_injury'],
  ])

  it('cuts a cord caught in a machine free instead of back blows, and reads crackling breaths as the airway', async () => {
    const cord = await call("a lad's hoodie cord is wrapped round the mixer shaft and it's dragging his neck down into it, he's choking", "the stop's on the far side, can I cut the cord with my Stanley knife")
    expect(cord[0]?.sources).toEqual(['crush-stop-machine'])
    expect(last(cord).text).toMatch(/^Yes, cut it now, away from their neck or skin/)
    for (const r of cord) expect(r.text).not.toMatch(/back blows|abdominal thrusts/)
    const noisy = last(await call("he's come off the ladder, he's not coming round but he is breathing", "there's a wet crackling sound with every breath, like he's breathing through a puddle"))
    expect(noisy.text).toMatch(/^That noise means the airway is partly blocked/)
  })

  it('reads a man held by a light fitting as the current, and lets CPR go once the main switch is off', async () => {
    const replies = await call("he's changing a light fitting and he's stuck to it, shaking", 'is it OK to pull him down off the ladder by his jumper', "I've flicked the main switch at the fuse box and he's dropped off the ladder, he's not breathing")
    expect(replies[0]?.sources).toEqual(['shock-cut-power'])
    expect(replies[1]?.text).toMatch(/^No: the current can come through clothes too/)
    expect(last(replies).text).not.toMatch(/^Don't touch them until the power is off/)
    expect(last(replies).text).toMatch(/push hard and fast/)
  })

  it('says no aspirin to a man it brings out in hives, no lager in the heat, and asks for the pen a caller only says she has', async () => {
    const heart = last(await call("he's got the worst indigestion he's ever had, he's grey and sweating", 'aspirin brings him out in hives, he says, he cannae have it'))
    expect(heart.text).toMatch(/^Then no aspirin/)
    expect(heart.text).not.toMatch(/300 mg aspirin/)
    expect(last(await call("I'm picking on my own, it's sweltering under the plastic, my head's thumping and my heart's hammering", "there's only a tin of lager and some cola, which do I drink")).text).toMatch(/^No alcohol/)
    const pen = (await call("I'm alone, my tongue's getting fat and my throat's closing, my pen's in my handbag"))[0]
    expect(pen?.text).toMatch(/^If you have your adrenaline pen, use it now/)
  })
})

describe('playbook responder: twenty-second safety review (review26, unseen wording)', () => {
  itReads([
    ["there was an almighty crack in the inverter cabin and he's been flung across the floor", 'electric_shock'],
    ["there's no sign of breath", 'not_breathing'],
    ["he's flopped sideways, no answer, barely a breath", 'not_breathing'],
    ["the lad's overalls have gone up, he's running round on fire", 'fire'],
    ["one of the lads climbed into the wet well and he's face down at the bottom", 'confined_space'],
    ["he says his chest feels like a tight band round it", 'cardiac'],
    ["the shaking has stopped and he's really hard to wake", 'unconscious'],
    ["I'm managing one word per breath", 'breathing_difficulty'],
  ])

  it('starts CPR once the isolator is off after a high-voltage shock, and keeps a second rescuer out of a wet well', async () => {
    const shock = await call("one of the sparkies touched something in the inverter cabin, there was an almighty crack and he's been flung across the floor", "there's no sign of breath, am I safe to grab him", "the isolator's off now, the display's gone dead, what now")
    expect(shock[0]?.sources).toEqual(['shock-cut-power'])
    expect(last(shock).text).toMatch(/push hard and fast/)
    const well = await call('one of the lads climbed into the wet well and now he is face down at the bottom, not moving', "his mate's on the rungs going down to him")
    expect(well[0]?.sources).toEqual(['confined-space-no-entry'])
    expect(last(well).text).toMatch(/^No\. Don't go back in/)
  })

  it("keeps talking to a caller who said 'I'm alone' as 'you', and gives the second pen when the throat tightens again", async () => {
    const replies = await call("I'm alone behind the counter, I've had a wrap with prawns in and my tongue's getting fat and my throat's closing", 'I have used the pen, should I walk to the door and open it up for them', "I was getting better but now my voice has gone funny again and it's getting tight")
    for (const r of replies) expect(r.text).not.toMatch(/\bthem\b|\bthey\b/)
    expect(last(replies).text).toMatch(/used five minutes ago: the second pen now/)
  })

  it('gives nothing by mouth to a diabetic who cannot swallow, and refuses a wet cloth for an ammonia rescue', async () => {
    expect(last(await call("he's diabetic and he's gone shaky and confused", "he's slumped and he won't swallow")).text).toMatch(/^Then nothing by mouth/)
    expect(last(await call('the ammonia is leaking in the plant room and a lad is down in there', 'can I put a wet cloth over my face and go and get him')).text).toMatch(/Stop him! A cloth does nothing/)
  })
})

describe('playbook responder: twenty-third safety review (review27, unseen wording)', () => {
  itReads([
    ["his jeans are alight and he's legging it across the forecourt", 'burn'],
    ['a lad climbed down inside the cesspit and he is crumpled in the muck', 'confined_space'],
  ])

  it('treats a tight chest in an allergic reaction as the reaction, with the second pen and never aspirin', async () => {
    const replies = await call("it's just me in the shop, I've eaten a biscuit with sesame in it and my lips are ballooning", 'done it, five minutes on and my chest still feels tight, there is a second one in the bag', "I'm miles better, I'll shut the shop and get home to bed")
    expect(replies[1]?.text).toMatch(/^If you're no better five minutes after the first pen, use a second one now/)
    for (const r of replies) expect(r.text).not.toMatch(/aspirin|defibrillator/)
  })

  it('starts CPR for a rasping noise after chest pain, and stops a man running round on fire', async () => {
    const heart = await call("he's got a heavy ache across his chest and he's gone clammy and pale", "he's stopped talking, eyes rolled up, making a rasping noise")
    expect(last(heart).text).toMatch(/^Start CPR now/)
    expect((await call("the lad's overalls have gone up, he's running round on fire"))[0]?.text).toMatch(/stop, drop and roll/)
    // A fire spreading towards tanks is not answered with the burn's cooling line again (the replay of 6f61cd6).
    const spreading = last(await call("a lad was decanting petrol and it's caught, his jeans are alight and he's running across the forecourt", 'can we tug the jeans off, bits have stuck to his skin', "the pump's still burning and it's creeping towards the tanks"))
    expect(spreading.text).toMatch(/^Get everyone well back now, further than you think, and take the injured with you/)
  })
})

describe("playbook responder: review 27's remaining turns (unseen wording)", () => {
  itReads([
    ["a steel spike's lodged in the young lad's stomach", 'embedded_object'],
    ['the mangle drew her fingers and palm in between the rollers', 'crush'],
    ['he had a petrol heater going inside his camper van and now he will not wake', 'carbon_monoxide'],
    ['the tipper lorry raised its body into the wires overhead', 'high_voltage'],
    ["the crane's boom clipped the cables and the banksman dropped", 'high_voltage'],
    ["he's lying there with a big snort every so often", 'not_breathing'],
    ['she had a gulp of paraquat from an old squash bottle', 'swallowed_chemical'],
    ['he went through the trapdoor in the loft onto the landing', 'fall'],
    ['I touched a damaged extension lead and it threw me against the wall', 'electric_shock'],
    ["my pulse is all over the place since the shock", 'cardiac'],
    ['we mixed two cleaners and the fumes have got us choking', 'breathing_difficulty'],
  ])

  it('gives no back blows to someone choking on fumes, and keeps them out of the cloud', async () => {
    const replies = await call('I mixed bleach and toilet cleaner and a gas came off, I am choking on it', "I'm out in the yard now, shall I nip back and open the door to let it clear")
    for (const r of replies) expect(r.text).not.toMatch(/blows|thrusts/)
    expect(last(replies).text).toMatch(/^No\. Don't go back in/)
  })

  it('stops CPR for signs of life, but not for gasps, and says yes to a shock on wet ground', async () => {
    const waking = await call('she collapsed and she is not breathing', 'we are doing CPR', "she's spluttering and pushing my hands away")
    expect(last(waking).text).toMatch(/^Signs of life: stop pushing/)
    const gasping = await call('he dropped and he is not breathing', "there's a grunt from him every so often and his eyes are rolled back")
    expect(last(gasping).text).not.toMatch(/Signs of life/)
    const wet = await call('he is not breathing and we are doing CPR', 'the defib pads are on him but he is lying in a puddle, is it safe to shock')
    expect(last(wet).text).toMatch(/^Yes, shock: wipe the chest dry/)
  })

  it('talks to a caller who shocked themselves as the casualty, and keeps them from carrying on', async () => {
    const replies = await call("on my own in the workshop, I took hold of a frayed extension lead and it flung me across the bench", "my heart's fluttering a bit", "I'm alright now, I'll crack on")
    expect(replies[0]?.text).toMatch(/^Keep away from whatever shocked you/)
    for (const r of replies) expect(r.text).not.toMatch(/Don't touch them/)
    expect(last(replies).text).toMatch(/^No: stay where you are/)
  })

  it('says yes to driving a vehicle off a chest crush, and hears that it is off', async () => {
    const replies = await call("the van rolled back and he's squashed against the wall by his chest, he can hardly breathe", 'can I reverse it off him', "we've driven it off him")
    expect(replies[1]?.text).toMatch(/^Yes, if it's pinning them: the driver moves it slowly/)
    expect(replies[1]?.text).not.toMatch(/^Now it's off/)
    expect(last(replies).text).toMatch(/^Now it's off, sit them half up/)
  })
})

describe('playbook responder: a birth at work', () => {
  itReads([
    ["she's gone into labour in the staff room", 'childbirth'],
    ['her waters have just gone and the contractions are close together', 'childbirth'],
    ["I can see the baby's head coming out", 'childbirth'],
    ["the baby's arrived but she's blue and not moving", 'childbirth'],
  ])

  it('lets the baby come, keeps the cord, and gives a floppy newborn breaths, not adult CPR', async () => {
    const replies = await call('the cleaner is thirty eight weeks and she needs to push, the baby is coming', 'we can see its head now', "it's born but it's all limp and not crying", 'should we cut the cord')
    expect(replies[0]?.sources).toEqual(['birth-at-work'])
    expect(replies[0]?.text).toMatch(/Let the baby come by itself: don't pull/)
    expect(replies[2]?.urgency).toBe('CRITICAL')
    expect(replies[2]?.text).toMatch(/five gentle breaths over its mouth and nose/)
    for (const r of replies) expect(r.text).not.toMatch(/push hard and fast|roll them onto their side/)
    expect(last(replies).text).toMatch(/^Leave the cord: don't cut or pull it/)
  })

  it('talks a mother alone through her own birth', async () => {
    const replies = await call("I'm on my own in the office and I'm in labour, the baby's coming fast", "the baby's out, a little girl, crying her head off")
    expect(replies[0]?.text).toMatch(/^Unlock the door, then lie on your side/)
    expect(last(replies).text).toMatch(/skin to skin on your chest/)
  })
})

describe('playbook responder: twenty-fourth safety review (review28, unseen wording)', () => {
  itReads([
    ['a fitter went down inside the molasses tank and he is slumped at the bottom', 'confined_space'],
    ["his shirt's went up while he was welding", 'burn'],
    ['the crane jib has been raised into the ESB lines', 'high_voltage'],
    ["she's come off the stage, there's a lump like an egg above her ear", 'head_injury'],
    ["there's a snore and a gargle coming from him", 'unconscious'],
    ['a steel bar has gone in his side and he is skewered', 'embedded_object'],
    ["there's a whistling noise from the hole in his chest", 'breathing_difficulty'],
    ["she's gone a funny colour round her lips", 'breathing_difficulty'],
    ['it is absolutely roasting up here and I feel sick', 'heat_illness'],
  ])

  it('does not read a vessel named for what it holds as the thing itself, and keeps a roped rescuer out', async () => {
    expect(classify('a lad climbed into the acid tank and collapsed').hazards).not.toContain('chemical_spill')
    const replies = await call('our operator climbed into the blood tank and he is lying still down there', "the foreman's tying a rope round his waist to go down", 'the fire brigade have hauled him out, he is breathing')
    expect(replies[0]?.sources).toEqual(['confined-space-no-entry'])
    expect(replies[1]?.text).toMatch(/^No\. Don't go back in/)
    expect(last(replies).text).toMatch(/^Now they're out, keep them in fresh air/)
  })

  it('keeps the driver of a vehicle on a line in the cab until it burns, and water not fuel on a man alight', async () => {
    const line = await call("the tipper's been raised into the power lines and the driver's still in the cab", 'should he hop out', 'there are flames at the wheels now')
    expect(line[1]?.text).toMatch(/^No: stay in the cab/)
    expect(last(line).text).toMatch(/jumps clear, feet together/)
    const alight = await call("his overalls went up at the pump and he's flapping at them", 'there is a bucket of petrol and a bucket of water, which one')
    expect(alight[0]?.text).toMatch(/stop, drop and roll/)
    expect(last(alight).text).toMatch(/^The water, never/)
  })

  it('hears breathing failing after a neck injury, shock in a casualty lying still, and severe hypothermia', async () => {
    const neck = await call('he came off the gantry and says his neck has gone and his hands are numb', 'his stomach is going up and down but his ribs are not moving')
    expect(last(neck).text).toMatch(/^That's their breathing failing: keep the head and neck still, don't sit them up/)
    const self = await call("I'm on my own, I fell off the loading bay onto my back and my neck hurts", "I'm cold and clammy and I feel like I'm going to pass out")
    expect(last(self).text).toMatch(/^That can be shock: stay lying still/)
    expect(last(self).text).not.toMatch(/wet clothes/)
    const cord = await call('she slipped off the mezzanine onto her back', "now she can't feel her legs")
    expect(last(cord).text).toMatch(/^That can be the spinal cord: don't let them move at all/)
    // Review 32: an electric feeling down the arms after a head-first fall is the cord, not a shock.
    const electric = await call("a young lad's gone head first off the half pipe onto the concrete, he reckons his neck's murdering", "he says there's like an electric feeling shooting down both his arms")
    expect(last(electric).text).toMatch(/^That can be the spinal cord: don't let them move at all/)
    expect(last(electric).urgency).toBe('CRITICAL')
    const cold = await call('he was out in the sleet all night and he is shivering', 'the shivering has stopped and he is mumbling')
    expect(last(cold).text).toMatch(/^Severe hypothermia/)
  })

  it('gives the pen before an inhaler, and lets nobody walk a faint casualty to the ambulance', async () => {
    const replies = await call('she ate a biscuit with nuts and her face is swelling and she has hives', 'she has a pen but would rather use her inhaler instead', 'the pen is in, she feels faint, shall we walk her out to the gate')
    expect(replies[1]?.text).toMatch(/^Don't wait: use the pen now/)
    expect(last(replies).text).toMatch(/^No: lie them down with their legs raised/)
  })
})

describe("playbook responder: review 28's second-order turns (unseen wording)", () => {
  itReads([
    ["her mouth's drooped down on the left side and her words are all scrambled", 'stroke'],
    ["he's been fitting for ten minutes", 'seizure'],
  ])

  it("does not read a rescuer's tired arms as a lost limb, and sends a lone rescuer to open the gate", async () => {
    const replies = await call("my mate's stopped breathing and it's only me here", "I've been pumping his chest for ages and my arms have gone to rubber", "the ambulance is at the yard gate and it's locked, should I leave him to let them in")
    for (const r of replies) expect(r.sources).not.toContain('amputation-save-part')
    expect(last(replies).text).toMatch(/^Go and let them in, as fast as you can/)
  })

  it('calls a fit over five minutes an emergency', async () => {
    const replies = await call("she's on the floor fitting", "it's gone on eight minutes now and she's still jerking")
    expect(last(replies).urgency).toBe('CRITICAL')
    expect(last(replies).text).toMatch(/^Over five minutes is an emergency/)
  })
})

describe('playbook responder: twenty-fifth safety review (review29, unseen wording)', () => {
  itReads([
    ['a swarm of stings and his lips are ballooning', 'anaphylaxis'],
    ["there were almonds in the cake and her tongue's gone huge", 'anaphylaxis'],
    ['his scarf caught fire off the brazier and he is running', 'burn'],
    ['a welder went down into the oil separator and collapsed at the bottom', 'confined_space'],
    ["she's konked out on the floor", 'unconscious'],
    ['he was trapped in a snowdrift for hours', 'hypothermia'],
  ])

  it('does not hear a cord caught in a conveyor as clothes on fire, nor a gas heater as a leak', () => {
    expect(classify("his hoodie string got caught in the rollers and it's tight round his neck").hazards).not.toContain('fire')
    expect(classify('can we put him by the gas heater to warm up').hazards).not.toContain('gas_leak')
  })

  it('answers the pen in an allergic reaction: tablets are too slow, where to jab, and nobody fetches what is in hand', async () => {
    const replies = await call("she's been stung all over and her throat's closing", "there's no pen, would antihistamine tablets do", "we've found a pen in the van, where do I stick it")
    expect(replies[1]?.text).toMatch(/^Tablets are far too slow for this/)
    expect(last(replies).text).toMatch(/^Blue cap off\. Orange end hard against the outside of the thigh/)
    expect(last(replies).text).not.toMatch(/Send someone for it/)
  })

  it('rolls a casualty who is being sick on their back, refuses a drink to the wounded, and covers a faller in the cold where they lie', async () => {
    const sick = await call('he fell off the trailer onto his back', "he's vomiting and he's lying face up")
    expect(last(sick).text).toMatch(/^Roll them onto their side now, several of you together, head, neck and body kept in line/)
    const thirsty = await call('a spike has gone into his thigh and it is still in', 'can we give him a cup of tea')
    expect(last(thirsty).text).toMatch(/^No drinks: they may need an operation/)
    const cold = await call('she fell off the wall into the yard and hurt her back', "it's freezing out here and she's shivering")
    expect(last(cold).sources).toEqual(['fall-cold'])
    expect(last(cold).text).toMatch(/Hurt neck or back: don't move them, cover them where they lie/)
  })
})

describe("playbook responder: review 29's remaining turns (unseen wording)", () => {
  itReads([
    ['the sack of bleach powder puffed up into his face and got both his eyes', 'chemical_exposure'],
    ["she's coughing up pink foamy spit", 'breathing_difficulty'],
    ["he's collapsed in the yard and every now and then there's a big gasp", 'not_breathing'],
  ])

  it('keeps CPR going through a twitch, answers false teeth, and stops a fume casualty from going home', async () => {
    const cpr = await call("she collapsed and isn't breathing, we're doing CPR", 'her dentures are loose, do I take them out', "her leg just twitched, should we stop")
    expect(cpr[1]?.text).toMatch(/^Leave them in if they're firm/)
    expect(last(cpr).text).toMatch(/a twitch, a groan or a gasp isn't enough to stop/)
    const fumes = await call('the acid tank gave off a cloud of fumes and a lad breathed a load of it in, he is coughing', 'the cough has settled, can he go home now')
    expect(last(fumes).text).toMatch(/Not yet: fumes can flood the lungs hours later/)
    expect(last(fumes).urgency).toBe('CRITICAL')
  })

  it('lies down a casualty about to collapse, and sends a chemical eye to the tap, not to a drink', async () => {
    const faint = await call("I'm on my own with a crushing pain in my chest", 'the room is going dark, I think I am going to pass out')
    expect(last(faint).text).toMatch(/^Lie down on the floor now, on your side/)
    expect(last(faint).text).not.toMatch(/sitting/)
    const eye = await call('caustic has splashed in his eye', "the sink is across the yard, we've only got a can of coke here")
    expect(last(eye).text).toMatch(/^Get them to the tap now and rinse for at least twenty minutes/)
  })
})

describe('playbook responder: twenty-sixth safety review (review30, unseen wording)', () => {
  itReads([
    ['she drank weed killer out of a lemonade bottle', 'swallowed_chemical'],
    ["he's come off the truss onto the stage and can't move his legs", 'fall'],
    ["his breathing's coming from his belly now", 'breathing_difficulty'],
    ["the lad's gilet has gone up in flames", 'burn'],
    ['a docker climbed down into the hold and collapsed on the grain', 'confined_space'],
    ["we've been pressing on his chest for five minutes", 'not_breathing'],
  ])

  it('keeps CPR going through arguments about breaths and a pulse, and reads a gulping casualty as not breathing', async () => {
    const replies = await call('he keeled over, his eyes are open but he is not with us and he is making a gulping noise', "a lady here says we should give breaths first", 'someone reckons they can feel a pulse at his wrist, should we stop')
    expect(replies[0]?.text).toMatch(/^Start CPR now/)
    expect(replies[1]?.text).toMatch(/^Don't stop pushing to sort it out/)
    expect(last(replies).text).toMatch(/Don't go by a pulse/)
  })

  it('tells a rescuer the smell going is no all-clear, a runner on fire is stopped, and stuck cloth stays on', async () => {
    const gas = await call('there is a rotten egg smell at the sewage works and a lad has dropped by the tank', "I can't smell it any more, can I go and get him")
    expect(last(gas).text).toMatch(/^No: some gases stop you smelling them/)
    const fire = await call("his jumper's gone up in flames at the bonfire", "he's running off, should I go after him", 'the jumper has melted onto his back, do we peel it off')
    expect(fire[1]?.text).toMatch(/^Yes: stop them running/)
    expect(last(fire).text).toMatch(/leave anything stuck to the burn|unless it's stuck to the skin: leave that/)
  })
})

describe('playbook responder: twenty-seventh safety review (review31, unseen wording)', () => {
  itReads([
    ['a shard of glass is still sticking out of his arm', 'embedded_object'],
    ['the welding torch set his overalls alight', 'burn'],
    ['the co2 alarm is going off in the cellar and the landlord has collapsed', 'confined_space'],
    ['he got a belt off the socket and my chest feels fluttery', 'cardiac'],
  ])

  it('reads agonal breathing in someone not answering, and keeps a rescuer from holding their breath and going in', async () => {
    const fish = await call("she's not answering and her mouth is opening and closing like a fish")
    expect(fish[0]?.text).toMatch(/Start CPR now/)
    const gas = await call('there are fumes in the pit and a man has collapsed at the bottom', "I'll take a big breath and nip in and drag him out")
    expect(last(gas).text).toMatch(/No: holding your breath won't save you/)
  })

  it('does not push a gut back, hears bleeding inside, and sits up an uneven chest', async () => {
    const belly = await call("a spike's gone into his belly and it's still in", 'some of his gut is hanging out, do I push it back', 'his belly is going hard and swollen')
    expect(belly[1]?.text).toMatch(/^No, don't push it back/)
    expect(last(belly).text).toMatch(/That can be bleeding inside/)
    expect(last(belly).urgency).toBe('CRITICAL')
    const chest = await call('a pallet fell on his chest and we have lifted it off', 'one side of his chest is not rising')
    expect(last(chest).text).toMatch(/That's a serious chest injury: sit them half up, leaning to the hurt side/)
  })
})

describe('playbook responder: twenty-eighth safety review (review32, unseen wording)', () => {
  itReads([
    ['a stack of pallets has come down across a driver\'s chest and he can barely get a breath', 'crush'],
    ['they ran the generator inside the barn with the doors shut and two of them have collapsed', 'carbon_monoxide'],
    ['the greenhouse is being fumigated and a man has gone down inside', 'gas_leak'],
    ['he took a slug of paraffin by mistake', 'swallowed_chemical'],
  ])

  it('gives CPR for the odd gasp after chest pain, water over a heat stroke, and the pen at once', async () => {
    const heart = await call("he's got a crushing pain in his chest going down his arm", "he's just slumped over and he's only doing the odd gasp")
    expect(last(heart).text).toMatch(/^Start CPR now/)
    const heat = await call("I'm on my own on a roof and I've stopped sweating and I'm muddled", 'can I tip this bucket of water over myself')
    expect(last(heat).text).toMatch(/^Yes: pour it over your head and body now/)
    const pen = await call("I'm by myself and I ate something with peanuts, my throat is closing", 'my pen is in the car, should I hold off in case it settles down')
    expect(last(pen).text).toMatch(/Don't wait: use your pen now/)
  })
})

describe('playbook responder: twenty-ninth safety review (review33, unseen wording)', () => {
  itReads([
    ["he's cut his arm open on the blade and it is squirting", 'injury_bleeding'],
    ['the van was ticking over in the garage and two of the lads feel sick', 'carbon_monoxide'],
    ['she went into the pump room and collapsed, there is a horrible smell', 'gas_leak'],
    ['he was welding inside a void in the hull and he has collapsed', 'confined_space'],
  ])

  it('refuses glue on a bleed, names a weak arm after a head injury, and a burnt throat after a swallowed chemical', async () => {
    expect(last(await call("he's sliced his hand open on the knife and it is spurting", 'can we superglue it shut')).text).toMatch(/^No glue, tape or stitching/)
    const head = await call('he fell off the ladder and banged his head, he was out for a minute', "now his left arm's gone weak")
    expect(last(head).text).toMatch(/^That's pressure building in the head/)
    expect(last(head).urgency).toBe('CRITICAL')
    const throat = await call('she swallowed some bleach from a cup', "she's drooling and can't swallow")
    expect(last(throat).text).toMatch(/The throat may be burnt and can swell/)
  })

  it('does not read a shock that went across his chest as a crush, nor canal water as a tide', () => {
    expect(classify('I got a belt off the machine and it shot across me chest').hazards).not.toContain('crush')
    expect(classify('the roller shutter came down and he is trapped under it across his chest').hazards).toContain('crush')
  })
})

describe('playbook responder: thirtieth safety review (review34, unseen wording)', () => {
  itReads([
    ['clear watery stuff is dripping out of his ear since the fall', 'head_injury'],
    ["the piper's kilt has caught and he's spinning about", 'burn'],
    ["I've been stung and my tongue feels like it's swelling", 'anaphylaxis'],
    ["my chest is tight and I can't get any air in", 'breathing_difficulty'],
  ])

  it('gives CPR for big gasps after chest pain, and does not read fluid from the nose as a pipe leak', async () => {
    const heart = await call('he has a heavy pain in his chest and his arm aches', "he's gone blue and he's just making big gasps now")
    expect(last(heart).text).toMatch(/^Start CPR now/)
    expect(classify("there's clear stuff dripping out of his nose after he banged his head").hazards).not.toContain('leak')
  })
})

describe('playbook responder: a blade that went in, which may be out again', () => {
  itReads([
    ['the Stanley knife went into the top of her leg and it is pouring', 'injury_bleeding'],
    ['the chisel went into his belly and it is still in', 'embedded_object'],
    ['the knife went into his hand and it is still sticking out', 'embedded_object'],
    ['the jolt went through my arm when I plugged the amp in', 'electric_shock'],
  ])
  itDoesNotRead([
    ['the Stanley knife went into the top of her leg and it is pouring', 'embedded_object'],
    ['the jolt went through my arm when I plugged the amp in', 'embedded_object'],
    ["I've done five back slaps and it's not come out", 'embedded_object'],
  ])

  it('says what to do whether it is still in or out, then reads "it is still in" as an object left in', async () => {
    const [first] = await call("the billhook's gone into his shin and it's bleeding something terrible")
    expect(first?.text).toMatch(/^If it's still in, leave it in and press firmly around it, not on it\. If it's out, press hard right on the wound/)
    const answered = await call("the billhook's gone into his shin and it's bleeding something terrible", "yes it's still in")
    expect(last(answered).sources).toContain('embedded-object-leave-in')
    expect(last(answered).text).not.toMatch(/press hard right on the wound/)
    const alone = await call("I'm on my own and the chisel's slipped into my wrist, it's squirting", "I'll walk back to the van, it's not far")
    expect(alone[0]?.text).toMatch(/^If it's still in, leave it in and press around it, not on it\. If it's out, press hard right on the cut/)
    expect(last(alone).text).toMatch(/^Don't walk: you'll bleed more/)
  })

  it('keeps an object named as stuck to the leave-it-in instruction alone', async () => {
    const [reply] = await call('a knife is stuck in his leg and the blade went in deep')
    expect(reply?.sources).toEqual(['embedded-object-leave-in'])
    expect(reply?.text).not.toMatch(/If it's out/)
  })
})

describe('playbook responder: a chest pinned by a vehicle or a load', () => {
  itReads([
    ['a clamp truck has pinned one of the women against the racking by her chest', 'crush'],
    ['a forklift has pinned her chest against the racking', 'breathing_difficulty'],
    ['a box slipped off the carrier and pinned a lad against the quay wall by his chest', 'crush'],
  ])
  itDoesNotRead([
    ['the pallet is stacked against the wall by the middle door', 'crush'],
    ['a clamp truck has pinned one of the women against the racking by her chest', 'trapped'],
  ])

  it('says to get it off the chest at once, and lets the driver back off slowly', async () => {
    const replies = await call('a clamp truck has pinned one of the women against the racking by her chest', 'the driver has froze, should he back off her or leave it')
    expect(replies[0]?.text).toMatch(/get the weight off them now, all of you together: on the chest, every minute counts/)
    expect(replies[0]?.text).not.toMatch(/Don't reverse it/)
    expect(last(replies).text).toMatch(/^Yes, if it's pinning them: the driver moves it slowly/)
  })
})

describe('playbook responder: a fit after a blow to the head, and a fall that landed on the kerb', () => {
  itReads([
    ["he's split his head open on the kerb", 'head_injury'],
    ["he fell from the top of the scaffold tower and landed on the kerb", 'fall'],
  ])
  itDoesNotRead([["he fell from the top of the scaffold tower and landed on the kerb", 'crush']])

  it('treats a fit after a head injury as an emergency, without sitting the casualty up', async () => {
    const replies = await call("he fell off the ladder and hit his head and now he's having a fit", "it's stopped")
    expect(replies[0]?.sources).toEqual(['head-injury-seizure'])
    expect(replies[0]?.urgency).toBe('CRITICAL')
    expect(replies[0]?.text).toMatch(/^Don't hold them down or put anything in their mouth/)
    expect(replies[0]?.text).not.toMatch(/head and shoulders raised/)
    expect(last(replies).text).toMatch(/roll them onto their side with help, keeping head, neck and body in line/)
  })
})

describe('playbook responder: a question about breaths, in a drowning said turns before', () => {
  it('gives five rescue breaths first once the call was about the water, and the plain CPR answer otherwise', async () => {
    const drowned = await call("we've pulled him out of the reservoir and he's not breathing", 'should I give him breaths')
    expect(last(drowned).text).toMatch(/^If you know rescue breaths, give five first: drowning is a lack of air/)
    expect(last(drowned).text).not.toMatch(/Breaths only if someone's trained/)
    const collapsed = await call("he collapsed in the canteen and he's not breathing", 'should I give him breaths')
    expect(last(collapsed).text).toMatch(/^Don't stop pushing to sort it out\. Breaths only if someone's trained/)
    expect(last(collapsed).text).not.toMatch(/drowning/)
  })
})

describe('playbook responder: thirty-first safety review (review35, unseen wording)', () => {
  itReads([
    ['there was a stink of bad eggs round the fish hold', 'gas_leak'],
    ["we've been using a petrol disc cutter down there and two of the lads are dizzy", 'carbon_monoxide'],
    ["a lady's dupatta went up from one of the diyas, it's all flames up her back", 'burn'],
    ['at the Burns supper one of the guests has a bit of haggis stuck', 'choking'],
    ["his chest isn't moving whatsoever", 'not_breathing'],
    ["his chest isn't moving at all, it's only his belly going in and out", 'breathing_difficulty'],
  ])
  itDoesNotRead([
    ["we're fitting out the cellar under the shop", 'seizure'],
    ['at the Burns supper one of the guests has a bit of haggis stuck', 'burn'],
    ["his chest isn't moving at all, it's only his belly going in and out", 'not_breathing'],
    ["he's lying in a big puddle of rain", 'leak'],
  ])

  it('gets a caller out of a gas whose smell has gone, out before sitting down when it makes them ill, and not back in for the valve', async () => {
    const replies = await call(
      "it's only me at the plant and there was a stink of bad eggs, only now I can't smell it at all",
      "I've gone dizzy and sickly and my head is banging",
      "the valve's still open, I reckon I could nip back and shut it in ten seconds",
    )
    expect(replies[0]?.text).toMatch(/some gases stop you smelling them.*Get out into open air now, upwind/)
    expect(replies[1]?.text).toMatch(/^Get out into fresh air now, yourself first: the fumes are getting to you/)
    expect(replies[1]?.text).not.toMatch(/^Sit or lie down where you are/)
    expect(replies[2]?.text).toMatch(/^No\. Don't go back in/)
  })

  it('lets a choking casualty who can cough keep coughing, gives back blows once they cannot, and tells a frightened caller the pen is safe', async () => {
    const choking = await call('she has a bit of haggis stuck and she is coughing a wee bit, should I slap her on the back', 'no sound coming out now and she is going blue')
    expect(choking[0]?.text).toMatch(/^While they can cough, let them cough hard/)
    expect(last(choking).text).toMatch(/five sharp blows between the shoulder blades/)
    const pen = await call("I'm alone and my throat feels narrow after the cashews", "my pen's in my bag, only I've never done one and I'm frightened to")
    expect(last(pen).text).toMatch(/^Don't wait: use your pen now/)
  })

  it('refuses welding oxygen, and asks for a dry chest off the puddle when the defibrillator comes', async () => {
    const co = await call('we were using a petrol disc cutter in the cellar and the lads are dizzy and throwing up', "he won't wake up", 'the welder has an oxygen cylinder on his trolley, will a blast of that help him')
    expect(co[0]?.sources).toEqual(['co-get-out'])
    expect(last(co).text).toMatch(/^No: welding oxygen isn't for breathing/)
    const wet = await call("he's keeled over and his chest isn't moving whatsoever", "someone's brought the defib but he's lying in a big puddle of rain")
    expect(wet[0]?.text).toMatch(/^Start CPR now/)
    expect(last(wet).text).toMatch(/Dry the chest and get them off any puddle, then pads on/)
    const infirmary = await call("she's having an asthma attack and her lips are going blue", "there's an oxygen bottle in the infirmary, should I use it")
    expect(last(infirmary).text).not.toMatch(/welding/)
  })
})

describe('playbook responder: review 35, falls, long crushes and head injury danger signs', () => {
  itReads([
    ["I've come down off the loft ladder flat onto the concrete", 'fall'],
    ['his skull smacked the kerb', 'head_injury'],
    ["a full pallet has come off the racking onto a woman's legs", 'crush'],
    ["I'm finding it hard to get a proper breath in", 'breathing_difficulty'],
  ])
  itDoesNotRead([
    ['should he come down the ladder himself, it is a long climb', 'fall'],
    ['the ramp is off now and she is gasping for a sup of water', 'breathing_difficulty'],
  ])

  it('keeps a lone caller with a back injury still, and flat when breathing gets hard', async () => {
    const replies = await call(
      "I'm on the croft by myself and I've come down off the loft ladder flat onto the concrete, my back is agony and my legs feel dead",
      "would I be better to drag myself over to the house on my elbows",
      "I'm finding it hard to get a proper breath in",
      "my neighbour says he'll get me out to the main road on the trailer",
    )
    expect(replies[1]?.text).toMatch(/^No: don't move yourself unless you're in danger/)
    expect(replies[2]?.text).toMatch(/^With that injury, breathing getting harder is serious: stay exactly as you are, don't sit up/)
    expect(replies[2]?.text).not.toMatch(/sit upright/)
    expect(replies[3]?.text).toMatch(/^No: moving (them )?could make a (head, neck or back|back or neck) injury worse/)
    expect(replies[3]?.text).not.toMatch(/sit them upright/)
  })

  it('gets a long-trapped load off at once and keeps the casualty down, and says yes to raising a bucket off a chest', async () => {
    const long = await call("a pallet has come off the racking onto a woman's legs, she's been under it maybe forty minutes", "it's off now", "she's trying to get up")
    expect(long[0]?.text).toMatch(/^Get it off as soon as you safely can, then keep them lying still and warm, nothing to drink\. I'm telling the crew it was a long crush/)
    expect(last(long).text).toMatch(/^Don't let them stand/)
    const hose = await call("hot fat went over his legs, we've got him under the hose", "he's been under the hose ten minutes, can we stop now")
    expect(last(hose).text).not.toMatch(/long crush/)
    const bucket = await call("the digger's bucket has dropped on him, it's right across his chest", 'the driver says he can raise the bucket on the hydraulics, should he', 'should we lie him flat on his back')
    expect(bucket[0]?.sources).toEqual(['crush-chest'])
    expect(bucket[1]?.text).toMatch(/^Yes, if it's safe/)
    expect(last(bucket).text).toMatch(/^No: sit them half up/)
  })

  it('names vomiting twice, drooping eyelids and sounding drunk after a blow to the head as danger signs', async () => {
    const replies = await call("he toppled off the ladder and his skull smacked the kerb", "he's thrown up twice now, his eyelids keep drooping, and he sounds drunk")
    expect(last(replies).text).toMatch(/Those are danger signs after a blow to the head/)
    expect(last(replies).urgency).toBe('CRITICAL')
  })
})

describe('playbook responder: review 35, burns, chemicals, amputation, and review 34 left-overs', () => {
  itReads([
    ["a lad's had his finger taken off in the mince machine", 'amputation'],
    ["I've tipped a pan of boiling salt water down both my legs", 'burn'],
    ["caustic soda's soaked a lad's trousers and run into his boots", 'chemical_exposure'],
    ['he took a big swig from a water bottle that had white spirit in it', 'swallowed_chemical'],
    ["he's gone white and clammy and says he's about to hit the deck", 'medical'],
    ["a fitter's gone down the inspection pit with bone poking through his shin", 'open_fracture'],
  ])
  itDoesNotRead([
    ["he's gone white and clammy and says he's about to hit the deck", 'unconscious'],
    ["a fitter's gone down the inspection pit with bone poking through his shin", 'confined_space'],
  ])

  it('refuses aloe vera on a burn and vinegar on a chemical, and never roll-on-side down in a vessel', async () => {
    expect(last(await call("I've scalded both legs with boiling brine", "I've got some aloe vera gel, I'll slap that on")).text).toMatch(/^No ice, creams or butter/)
    expect(last(await call('caustic soda has soaked his trousers and run into his boots', 'there is vinegar in the canteen, can we pour that on to cancel it out')).text).toMatch(/^No: never try to neutralise it/)
    const vessel = await call("a lad's gone down into the mixing vessel and he's slumped at the bottom", 'we can hear him snoring down there, should we drop a dust mask down to him')
    expect(last(vessel).text).toMatch(/^No: a dust mask does nothing against that air, and nobody goes down/)
    expect(last(vessel).text).not.toMatch(/roll them onto their side/)
  })

  it('gets everyone out of a store where a generator ran, and reads a tight chest in a gas as the gas', async () => {
    const store = await call("we've had a petrol generator going in the potato store all morning and three of us have headaches and one is nodding off")
    expect(store[0]?.sources).toEqual(['co-confined'])
    expect(store[0]?.text).toMatch(/^This may be carbon monoxide from the generator\. Everyone out into fresh air now/)
    const brewery = await call("I've had my head and shoulders in the fermenter and I've come out dizzy and gasping", "my head's pounding and there's a tightness in my chest")
    expect(brewery[0]?.sources).toContain('gas-evacuate')
    expect(last(brewery).sources).not.toContain('cardiac-rest')
  })
})

describe('playbook responder: review 35, machines, live lines and the cold', () => {
  itReads([
    ["the letterpress has caught Gareth's hand in the platen", 'crush'],
    ["it's sheared two of his fingers off", 'amputation'],
  ])
  itDoesNotRead([
    ["the cutter's boom has touched the power lines overhead", 'explosion'],
    ["I'm going to run over and drag the fella away from it", 'crush'],
  ])

  it('refuses reversing the motor, dragging a man off a live line and a helmet off a neck injury; a sleepy hypothermic is worse', async () => {
    expect(last(await call("the letterpress has caught Gareth's hand in the platen", 'the boys want to reverse the motor to open it up, is that alright')).text).toMatch(/^No: don't reverse or restart it/)
    expect(last(await call("the cutter's boom has touched the power lines and a man's lying beside the machine", "I'm going to run over and drag the fella on the ground away from it")).text).toMatch(/^No\. Nobody goes near/)
    expect(last(await call("he's fallen out of a tree and says his neck's in bits", "his helmet's split, should we ease it off him so we can look")).text).toMatch(/^Leave it on/)
    const cold = await call("he stayed in the sea far too long, he's not shivering any more", "he's awful sleepy now and his breathing's slowed right down")
    expect(last(cold).text).toMatch(/^Severe hypothermia: handle gently, flat and wrapped; no rubbing, hot shower, direct heat or alcohol/)
    expect(last(cold).urgency).toBe('CRITICAL')
  })

  it('keeps pressing on a wound when someone whose fingers came off goes floppy', async () => {
    const replies = await call("his hand got dragged into the drive chain and two of his fingers are off", "he's gone all floppy and grey")
    expect(last(replies).sources).toEqual(['amputation-unconscious'])
    expect(last(replies).text).toMatch(/^Keep pressing hard on the wound/)
  })
})

describe('playbook responder: thirty-second safety review (review36, unseen wording)', () => {
  itReads([
    ["the herald has gone slurry, half his face has drooped and he can't lift his right arm", 'stroke'],
    ['my colleague has arrow through his calf, it goes in one side and comes out other side', 'embedded_object'],
    ["a round bale's tumbled off the stack and it's sat on Jory's chest", 'crush'],
    ['one of the fridge pipes has burst, it reeks like smelling salts', 'gas_leak'],
    ['the cleaner tipped bleach and the toilet descaler into one bucket, there is a greeny cloud', 'gas_leak'],
    ["we're sanding the floor in the basement with a petrol sander and we all have thumping heads", 'carbon_monoxide'],
    ["in the wood pellet store one of the men went down the ladder and he's lying on the pellets", 'confined_space'],
    ["he's making odd snoring noises, one every few seconds, and he isn't responding", 'not_breathing'],
  ])
  itDoesNotRead([
    ["now he's dead dozy and one pupil is bigger than the other", 'not_breathing'],
    ["a round bale's tumbled off the stack and it's sat on Jory's chest", 'fall'],
    ["a lad's onesie has gone up off a sparkler", 'electrical'],
  ])

  it('does not start CPR on a slow breather with no pulse at the wrist in the cold, and gets a face out of the water', async () => {
    const cold = await call("we've hauled her out of the pothole, she's soaked, shivering and slurring", "her breathing's ever so slow and there's no pulse I can find at her wrist")
    expect(last(cold).sources).not.toContain('cpr')
    expect(last(cold).text).not.toMatch(/Start CPR now/)
    const water = await call("he's slipped off a ledge into the stream, lying face up, his neck's killing him", "his head keeps slipping under whenever the current shoves him")
    expect(last(water).text).toMatch(/^Get them out of the water now: several of you, one holding the head in line/)
  })

  it('answers a second reaction, a worse stroke, a bare chest for the pads and a burn cooled till shivering', async () => {
    expect(last(await call('she ate a peanut cookie and her face is puffing up', 'we used her pen and she was better', 'twenty minutes later her lips are swelling again')).text).toMatch(/^It's coming back: a second pen now/)
    expect(last(await call("half his face has drooped and he can't lift his arm", 'now he is vomiting and ever so drowsy')).text).toMatch(/^That's getting worse: onto their side/)
    expect(last(await call("he's gone down and he's not breathing, we're doing CPR", "the defib is here but he's wearing a metal jacket, do we have to cut it off")).text).toMatch(/Yes: cut or pull it open/)
    expect(last(await call('his onesie went up and the fabric melted on his chest', "we've been hosing him for ages out here in the cold, his whole body's juddering")).text).toMatch(/^That's enough cooling if they're shivering: stop/)
  })
})

describe('playbook responder: thirty-third safety review (review37, unseen wording)', () => {
  itReads([
    ['the gas forklift is driving all morning with the doors shut, now four of us have headache and feel sick', 'carbon_monoxide'],
    ["she stayed in the ice bath far too long, she's shaking violently and mumbling", 'hypothermia'],
    ['a stockpot of boiling broth has come off the hob onto both my legs', 'burn'],
    ['my colleague drank from the jug with the lye solution for dipping', 'swallowed_chemical'],
    ["I'm in the fermenting room, my head's thumping and the room's spinning", 'gas_leak'],
    ["the ladder's kicked out and he's landed on his arm, it's bent the wrong way", 'fracture'],
  ])
  itDoesNotRead([
    ['our flamenco teacher had mussels and now her lips are swelling', 'fire'],
    ["her breathing's very slow and shallow, should we start pushing on her chest", 'crush'],
    ['the smoke machine stuff made my asthma start', 'smoke'],
    ["one of the fitters came off the monorail track and landed on his hip", 'crush'],
  ])

  it('refuses finishing the job in a gas, CPR on a slow breather in the cold, and names a burn whose skin comes away as serious', async () => {
    expect(last(await call("I'm alone in the fermenting room, my head's thumping and I'm panting", "I've only got three crates left to bottle, can I finish those first")).text).toMatch(/^No: leave it and get out into fresh air now/)
    expect(last(await call('she stayed in the ice bath far too long and she has stopped shaking', "her breathing's very slow and shallow, should we start pushing on her chest")).text).toMatch(/^Not while they're breathing, however slowly/)
    const burn = await call('a pot of boiling broth came off the hob onto both my legs', "the skin's coming away in big sheets")
    expect(last(burn).text).toMatch(/That's a serious burn: keep cooling it, leave the loose skin alone/)
    expect(last(burn).urgency).toBe('CRITICAL')
  })
})

describe('playbook responder: review 37, objects, machines, crushes and heat', () => {
  itReads([
    ["he fell onto his chisel, it's buried in his belly up to the handle", 'embedded_object'],
    ['the hand of my colleague is gone inside the batch freezer, the mixer blade is catch her fingers', 'crush'],
    ['the skin of her fingers is pull off like a glove', 'injury_bleeding'],
    ["he's hot as an oven and talking daft", 'heat_illness'],
    ['a tub of paint stripper has tipped over', 'chemical_spill'],
  ])
  itDoesNotRead([
    ["he fell onto his chisel, it's buried in his belly up to the handle", 'crush'],
    ['in my churros van the fryer basket slipped and hot oil went over her face', 'fall'],
    ['our fireman on the steam train is gripping his chest', 'leak'],
  ])

  it('refuses waiting on a chest crush and tablets for heat stroke, and does not read petechiae after a crush as an allergy', async () => {
    const crush = await call('a boat pinned our operator against the wall by his chest, he cannot draw any air in', 'the engineer says wait ten minutes while he finds the brake release', "we've shoved it off, his face is puffed up with tiny red dots everywhere")
    expect(crush[1]?.text).toMatch(/^No, don't wait: on a chest every minute counts/)
    expect(last(crush).sources).not.toContain('anaphylaxis-adrenaline')
    expect(last(await call("he's collapsed in the heat, hot as an oven", 'will paracetamol bring his temperature down')).text).toMatch(/^No: tablets don't help heat stroke/)
  })

  it('starts CPR for big strange breaths after chest pain, without a lecture on rescue breaths', async () => {
    const replies = await call("he's gripping his chest, it's like a vice", "his lips have a bluey tinge and he's doing big strange breaths, he isn't answering")
    expect(last(replies).text).toMatch(/^Start CPR now/)
    expect(last(replies).text).not.toMatch(/Breaths only if/)
  })
})

describe('playbook responder: thirty-fourth safety review (review38, unseen wording)', () => {
  itReads([
    ["one of the officials just keeled right over, he's making big gulping snorts but his eyes are staring", 'unconscious'],
    ['his noggin hit the rail of the chute', 'head_injury'],
    ["the knife slipped and sliced deep into my thigh, it's pouring out dark red", 'injury_bleeding'],
    ['the arm of the stirrer is turning and pulling his arm inside', 'crush'],
    ["a box of dry ice has split open, there's fog round my feet and I feel dizzy", 'gas_leak'],
    ["a petrol generator has been chugging indoors all evening and three of us have splitting headaches", 'carbon_monoxide'],
    ["a wasp stung my neck, I react badly to them and big welts are coming up", 'anaphylaxis'],
    ["his skin's roasting and dry and he's rambling", 'heat_illness'],
  ])
  itDoesNotRead([
    ["I'm seeing sparkles and my lips are tingling", 'electrical'],
    ["I'm knackered, my arms are burning", 'burn'],
    ["I'm close to keeling over", 'unconscious'],
  ])

  it('keeps CPR going through a recovery position, sick and tired arms', async () => {
    const replies = await call(
      "he just keeled right over, he's making big gulping snorts but his eyes are staring",
      "someone's put him in the recovery position and says he's breathing so he's fine",
      "we're doing the chest pushes now and sick has come up out of his mouth",
      "I'm knackered, my arms are burning",
    )
    expect(replies[0]?.text).toMatch(/^Start CPR now/)
    expect(replies[1]?.text).toMatch(/^Gasps and snorts aren't breathing: onto their back and start CPR now/)
    expect(replies[2]?.text).toMatch(/^Turn their head to the side, scoop the sick out/)
    expect(last(replies).text).toMatch(/^Keep going as hard as you can/)
  })

  it('refuses lifting someone off the bar, reversing a machine, waiting for an engineer and walking for an inhaler', async () => {
    expect(last(await call("he slid onto a bit of reinforcing bar, it's gone into his side and he's stuck on it", 'three of us reckon we can lift him straight up off the bar, shall we')).text).toMatch(/^No: don't lift them off it, it may be plugging a big bleed/)
    expect(last(await call('the stirrer is pulling his arm inside', 'I pressed the red button, it stopped, can I put it going the other way to unwind his arm')).text).toMatch(/^No: don't reverse or restart it/)
    expect(last(await call('a cabin squashed him against the railing across his chest, he cannot get his breath', "the engineer says don't touch anything till he's here in twenty minutes")).text).toMatch(/^No, don't wait/)
    expect(last(await call('I am alone, the fluff gave me asthma attack, my inhaler is finish', 'I think I will walk to the petrol station for buy new one')).text).toMatch(/^Don't walk anywhere: sit upright where you are/)
  })
})

describe('first aid that worked, with a catch after it', () => {
  it('hears "it\'s flown out, but his stomach\'s sore" as choking over, not as still stuck', async () => {
    const reply = last(await call("he's choking on a sandwich", "now he's gone silent, he can't cough or talk", "I did the thrusts and it's flown out, he's breathing again, but his stomach's really sore"))
    expect(reply.text).toMatch(/If it's out and they're breathing, stop/)
    expect(reply.text).not.toMatch(/Still stuck/)
  })

  it('still hears a catch that undoes it: "it came out but now it\'s stuck again"', async () => {
    const reply = last(await call("he's choking on a sandwich", "it came out but now he's choking again"))
    expect(reply.text).not.toMatch(/If it's out and they're breathing, stop/)
  })
})


describe('a "bang" off a fitting is a shock, a bang from a room an explosion', () => {
  itReads([
    ["I'm a sparky working alone at a hotel, I took a bang off a light fitting up the stepladder", 'electric_shock'],
    ['I got a bang from the plug', 'electric_shock'],
    ['there was a loud bang from the switch room', 'explosion'],
  ])
  itDoesNotRead([["I took a bang off a light fitting up the stepladder", 'explosion']])
})

describe('a question about doing something risky that nothing answers', () => {
  itSaysDontFirst([
    ['the MEWP basket tipped and he fell two storeys, he is on the ground', 'is it alright if he gets up'],
  ])
  // Answered since review 57 by its own no; pinning a fit's arms since review 118.
  itRepliesAfter([['she grabbed the hot plate in the bakery, both palms are burnt', 'the blisters are huge, can I burst them', /^No: don't burst the blisters/],
    ['a lad is having a fit on the floor', 'should I pin his arms down so he does not bash them', /^No, don't hold them down/]])

  itSaysNoDont([
    // Nothing risky in it: water for someone overheating is the first aid.
    ['he collapsed in the heat, he is really hot and confused', 'can I give him water'],
    // The entry's line does what was asked.
    ["he's unconscious but breathing", 'should we roll him onto his side'],
  ])
})

describe("review 39's first reports, read as what they are", () => {
  itAnswersFrom([
    ["it's only me up the top field, the billhook skidded off a stake and went into me forearm, there's red squirting out in little jets like", 'bleeding-pressure', 'embedded-object-leave-in'],
    ["the dough divider's took the ends of Kev's two fingers clean, they're in the hopper somewhere and he's white as a ghost", 'amputation-save-part', 'confined-space-no-entry'],
    ["the big pot of oil catch fire and when my cousin grab it it slosh all up she arm, the skin a come off in sheets", 'clothing-fire', 'fire-evacuate'],
    ["the strong drain liquid it jump out of the pipe and my colleague arm and neck is now very red and he say it's like fire", 'chemical-exposure-rinse', 'fire-evacuate'],
    ['in the lab a flask of sodium hydroxide cracked on the hotplate and sprayed up at my student, she cannot open her eyes, she is crying', 'chemical-splash-rinse', 'unconscious-airway'],
    ["I'm on me own in the cab of the lorry in a layby, I'm type one and I'm shaking like a leaf and sweating buckets and seeing double", 'low-sugar-give-sugar', 'head-injury-watch'],
    ["it's just me on the night shift at the bus garage and there's summat squashing me chest like a paving slab, me left arm's gone all heavy", 'cardiac-rest', 'amputation-save-part'],
    ["I'm by myself pressure-hosing the cattery pens and the extension lead in a puddle gave me an almighty belt, it threw me on my back", 'shock-cut-power', 'amputation-save-part'],
    ["a shackle's dropped off the crane and clocked wor Stevie on the heed, his hat's split in two, he went doon for a bit", 'head-injury-watch', 'unclear'],
  ])

  it('keeps a chemical rinse going when the casualty gets cold, in lukewarm water', async () => {
    const reply = last(await call('in the lab a flask of sodium hydroxide sprayed up at my student, she cannot open her eyes', 'we have been washing five minutes, can we stop now, she is cold and shaking'))
    expect(reply.text).toMatch(/^At least twenty minutes, lids held open/)
    expect(reply.text).toMatch(/lukewarm/)
    expect(reply.sources).not.toContain('cold-warm-slowly')
  })

  it('hears tingling lips while bleeding as the blood loss, not an allergy', async () => {
    const reply = last(await call("the billhook skidded off a stake and went into me forearm, there's red squirting out", "I'm going all swimmy and cold now, me lips feel tingly"))
    expect(reply.text).toMatch(/shock from the blood loss/)
    expect(reply.sources).not.toContain('anaphylaxis-adrenaline')
  })
})

describe("review 40's follow-ups", () => {
  it('refuses a tourniquet for a groin wound named on an earlier turn', async () => {
    const reply = last(await call("the knife's slipped and gone right in me groin, it's coming out dark and fast", "do I put a tourniquet on it? we've got one in the kit"))
    expect(reply.text).toMatch(/can't work at the groin/)
    expect(reply.text).not.toMatch(/hand's width above the wound/)
  })

  it('hears a heart "missing beats" as the heart, not someone missing', async () => {
    const reply = last(await call("I've grabbed the trailing lead on the cement mixer and it's bit me good and proper", "me chest's going funny now, like it's missing beats"))
    expect(reply.sources).toContain('cardiac-rest')
    expect(reply.sources).not.toContain('missing-person')
  })
})

describe('a diabetic who stops answering', () => {
  it('gets nothing by mouth, not a snack: "very sleepy and not answering, can I put the sugar in his mouth?"', async () => {
    const reply = last(await call('my colleague does the injections for the sugar, he is sweating and shaking and speaking strange like drunk', 'now he is very sleepy and not answering, can I put the sugar in his mouth?'))
    expect(reply.sources).toContain('low-sugar-unconscious')
    expect(reply.text).toMatch(/Nothing by mouth, not even sugar/)
  })
})

describe('a risky plan said outright, not asked', () => {
  itSaysDontFirst([
    ['there is very strong rotten egg smell in the kitchen near the tandoor and the burner is hissing', 'owner wants to light the tandoor to check if it is working properly'],
    ["one of the lads went doon the manhole into the sewer chamber and he's slumped at the bottom, not answering us", "his marra's gonna climb doon and fetch him up"],
  ])

  itSaysNoDont([
    // Not a plan: someone who will not do something.
    ['a forklift has pinned his legs against the racking', "the driver's froze, he won't move it"],
    // "Carry on" CPR is what they should do.
    ["he collapsed and he's not breathing, we're doing CPR", 'security want to feel his neck for a pulse before we carry on'],
    // A report, not a plan.
    ['a pallet came down on my legs, I am on my own', 'I could move my toes a little bit now I think'],
  ])
})

describe('a risky plan after a jump into shallow water', () => {
  // Review 42 had no reading of the jump and wanted "if in doubt, don't" rather than the CPR prompts;
  // since review 48 a jump that hits the bottom is the neck, and the plan gets its plain no.
  it('refuses "his mates want to carry him up the steps" outright', async () => {
    const reply = last(await call('the lad jumped off the harbour wall into the shallow end and hit the bottom, we have got him out onto the slip', 'his mates want to carry him up the steps to the car park and get him in the warm car'))
    expect(reply.sources).toEqual(['head-injury-fall'])
    expect(reply.text).toMatch(/^No: moving them could make a head, neck or back injury worse/)
  })
})

describe("review 42's misreadings", () => {
  itAnswersFrom([
    ['the car slip off the stands in the garage and it sitting on top my mechanic, he under there by he chest and he can barely get a breath', 'crush-chest', 'breathing-fresh-air'],
    ['sir our bosun went inside the chain locker to check the anchor chain, now he is lying at the bottom and not answering us', 'confined-space-no-entry', 'unconscious-airway'],
  ])
  itDoesNotRead([['he took a swig of the two-stroke mix for the outboard', 'stroke']])
})

describe('a risky question during CPR', () => {
  itSaysNoDont([["he's slumped over and not breathing, we've started CPR", 'is it okay to do the pumping right there on the ice or do we gotta drag him off to the bench first']])
})

describe('how many breaths, asked during CPR', () => {
  it('gets the breaths answer, not the hand position', async () => {
    const reply = last(await call("he's collapsed and not breathing, we've started CPR", 'how many breaths do I give'))
    expect(reply.text).toMatch(/30 pushes, then 2 breaths/)
    expect(reply.text).not.toMatch(/Heel of one hand/)
  })

  it('gets five rescue breaths first after a drowning', async () => {
    const reply = last(await call('we pulled him out of the canal and he is not breathing', "we've started CPR", 'how many breaths do I give before I pump'))
    expect(reply.text).toMatch(/give five first/)
  })
})

describe('playbook responder: bites and stings', () => {
  itReads([
    ["one of the blokes reckons a snake's got him on the ankle", 'snake_bite'],
    ["I've been bitten by an adder on my hand, it's swelling up", 'snake_bite'],
    ['the rattlesnake struck his leg', 'snake_bite'],
    ["a big dog's had hold of me arm in a back garden", 'animal_bite'],
    ["the Alsatian's gone for him", 'animal_bite'],
    ['a patient bit me on the arm', 'animal_bite'],
    ['a bee stung him on the arm', 'sting'],
    ["a wasp's got her on the neck", 'sting'],
    ["I've been stung and my tongue feels like it's swelling", 'anaphylaxis'],
  ])
  itDoesNotRead([
    ["there's a snake in the office", 'snake_bite'],
    ['his eyes have been stung by the fumes', 'sting'],
    ['the acid has stung his hand', 'sting'],
    ['I bit my tongue', 'animal_bite'],
    ["the dog's locked in the kennel now", 'trapped'],
  ])

  it('keeps a snake-bitten worker still and refuses the knife, the mouth and the washing; droopy eyelids are the venom spreading', async () => {
    const replies = await call(
      "one of the blokes clearing scrub reckons a brown's got him on the ankle, he saw it slither off into the grass",
      'should I cut it open and suck the venom out?',
      'do we wash it off?',
      "he's feeling crook and his eyelids are going droopy",
    )
    for (const r of replies) expect(r.sources).toEqual(['snake-bite-keep-still'])
    expect(replies[0]?.text).toMatch(/^Keep them lying down, calm and still/)
    expect(replies[1]?.text).toMatch(/^No: don't cut it, suck it or put ice on it/)
    expect(replies[2]?.text).toMatch(/^No, leave the bite as it is/)
    expect(replies[3]?.urgency).toBe('CRITICAL')
    expect(replies[3]?.text).toMatch(/^That's the venom spreading/)
    for (const r of replies) expect(r.text).not.toMatch(/Press hard on the wound/)
  })

  it('lets nobody drive a snake-bite casualty in: the ambulance comes to them', async () => {
    const reply = last(await call('a snake bit him on the hand', 'can we put him in the ute and drive him to town'))
    expect(reply.text).toMatch(/^No, keep them lying still: walking spreads the venom/)
  })

  it('talks a worker bitten by a dog through the bleeding, then the washing, and not back to the owner', async () => {
    const replies = await call(
      "I'm a meter reader, on me own, a big dog's had hold of me arm in a back garden, I've got away over the fence but it's ripped me forearm",
      "it's pissing out, I've wrapped me scarf round it",
      'should I go back and find out whose dog it is, for the jabs like?',
    )
    expect(replies[0]?.text).toMatch(/^Get out of reach first/)
    expect(replies[1]?.sources).toEqual(['animal-bite-bleeding'])
    expect(replies[1]?.text).toMatch(/Bleeding hard: press hard on it/)
    expect(replies[2]?.text).toMatch(/^Not now: don't go back/)
  })

  it('washes a dog bite once the bleeding is under control, and reads the dog shut away as no one trapped', async () => {
    const replies = await call('the guard dog has bitten one of the lads on the leg', "it's bleeding a bit", 'should we wash it', "the dog's locked in the kennel now")
    expect(replies[2]?.text).toMatch(/^Yes: under running water with soap for fifteen minutes/)
    expect(last(replies).sources).toEqual(['animal-bite-bleeding'])
    expect(last(replies).text).toMatch(/Every bite needs a doctor today/)
  })

  it('scrapes out a sting and watches; a swelling after it is the reaction, and "no swelling" is not', async () => {
    const plain = await call('a bee stung her on the hand', "there's no swelling on her face, she's fine")
    expect(plain[0]?.sources).toEqual(['sting-scrape-cool'])
    expect(plain[0]?.text).toMatch(/^If the sting is still in the skin, scrape it out sideways/)
    expect(last(plain).sources).toEqual(['sting-scrape-cool'])
    const reaction = last(await call('a bee stung her on the hand', 'her lips are going puffy'))
    expect(reaction.sources).toEqual(['anaphylaxis-adrenaline'])
    expect(reaction.urgency).toBe('CRITICAL')
  })

  it('reads a sting with blotches everywhere and a funny throat as anaphylaxis from the first words', async () => {
    const [reply] = await call("bee stung him on the hand, he's going blotchy everywhere and says his throat's funny")
    expect(reply?.sources).toEqual(['anaphylaxis-adrenaline'])
    expect(reply?.urgency).toBe('CRITICAL')
  })

  it("tells how to get a sting out, and a box jellyfish's vinegar", async () => {
    expect(last(await call('a bee stung him on the neck, the sting is still in', 'should we pull them out with tweezers')).text).toMatch(/^Scrape it out sideways/)
    const jelly = await call('one of our deckies got stung by a box jellyfish, there are tentacles stuck on her legs', "someone's saying rinse it with fresh water")
    expect(jelly[0]?.urgency).toBe('CRITICAL')
    for (const r of jelly) expect(r.text).toMatch(/^A box jellyfish: pour vinegar on the stings/)
    expect(jelly[0]?.sources).not.toContain('trapped-make-safe')
    expect(last(await call("I've been stung by a bee on my hand", 'how do I get the sting out')).text).toMatch(/^Scrape it out sideways with a fingernail or the edge of a card/)
  })

  // Review 44: a bite is washed for fifteen minutes and seen today; a snake bite is not walked, bandaged wrongly or finished off later.
  it('reads a bite by its place on the body, and a bite that went right through as no object left in', async () => {
    const [reply] = await call("I've been bit on the hand by a dog in a back garden, it's gone right through by me thumb")
    expect(reply?.sources).toEqual(['animal-bite-wash'])
    expect(reply?.text).toMatch(/If not, wash it now under running water, with soap/)
    expectReads("I've been bitten on the hand by a tiger snake", 'snake_bite')
    expectReads('one of the lads has bit an officer on the forearm during a restraint', 'animal_bite')
  })

  itRepliesAfter([
    ['a stray dog bit him on the leg', 'that dog was frothing at the mouth, will he get rabies', /^Treat it as serious: wash it with soap and running water for fifteen minutes/],
    ['a cat bit me on the hand, two deep holes', "it's getting red round the knuckle, can I wait till tomorrow", /^No, a doctor today/],
    ['a stray dog bit him on the leg', 'the lads say put chilli powder and turmeric on the wound', /^No, nothing on it but running water and soap/],
    ['a prisoner bit an officer on the arm', 'should I make it bleed or stop it bleeding', /^Unless it's bleeding hard, let it bleed a little/],
    ['a brown snake got him on the ankle', "I've a couple of crepe bandages, how tight do I do it", /^A firm broad bandage: over the bite first, then from the fingers or toes/],
    ['I just got bit by a copperhead on my finger', 'can I just finish up this bed and go to urgent care after work', /^No: stop now and keep still, whatever the snake/],
    ['I just got bit by a copperhead on my finger', "I'm gonna try and get it in a bucket so the hospital can see it", /^No, leave the snake alone/],
    ['a tiger snake bit me on the hand', "my head's starting to pound and I feel a bit off", /That's the venom spreading/],
  ])

  // Review 45 (unseen wording): the kind named without "snake", a funnel-web, slang, the body part.
  itReads([
    ['I think it were an adder, had a zigzag down its back', 'snake_bite'],
    ["a joe blake's just got Shane on the leg", 'snake_bite'],
    ["pretty sure it's a funnel-web, it reared up at me", 'snake_bite'],
    ['the alsatian had him, it tore his forearm open', 'animal_bite'],
    ['one of the deckhands got wrapped up in a jellyfish, tentacles all over his legs', 'marine_sting'],
    ["think it's a weever fish, my foot's killing", 'marine_sting'],
  ])

  itRepliesAfter([
    ["pretty sure it's a funnel-web that bit me", "me lips are tingling and I'm sweating buckets and drooling", /^That's the venom spreading/],
    ['a brown snake bit him on the leg', "we've bandaged the whole arm and put a splint on, can we take it off to check the bite", /^No, leave the bandage and splint on/],
    ['the alsatian had him, the blood is pumping out', "there's a tourniquet in the first aid box, should I put it on", /^Put the tourniquet round the limb/],
    ['the alsatian had him, the blood is pumping out', "the dog's still running about the yard", /^No, not while it's loose/],
    ['a monkey bit my colleague on the hand', 'she will get the injections when she flies home next week', /^No, a doctor today/],
    ['a rat bit me through my glove', 'would I scrub it out with a bit of the bleach', /^No, nothing on it but running water and soap/],
    ['one of the deckhands got wrapped up in a jellyfish', "someone's saying wee on it", /^A jellyfish: no fresh water or pee/],
    ["I stood on a weever fish, my foot's killing", 'should I put ice on it', /^Put your foot or hand in hot water/],
    ["got stung by a wasp an hour ago, me whole arm's swelled up", "I've took a Piriton, is that enough", /one antihistamine tablet helps the itch/],
    ["got stung by a wasp an hour ago, me whole arm's swelled up", 'can I go back on the forklift', /No driving or forklift if a tablet made (you|them) drowsy/],
  ])

  it('offers no adrenaline pen for an arm swelling after a sting, only for a face or a wheeze', async () => {
    const replies = await call("got stung by a wasp, me whole arm's swelled up to the elbow", "me breathing's fine, no rash, just a massive fat arm", 'it is no worse')
    for (const r of replies) expect(r.sources).not.toContain('anaphylaxis-adrenaline')
    for (const r of replies) expect(r.text).not.toMatch(/swelling spreads, use it|swelling spreads, help them use it/)
  })

  itReads([
    ['a redback bit him on the hand', 'spider_bite'],
    ["I've been bitten by a spider on my arm", 'spider_bite'],
    ["found a tick on the back of my knee, it's still dug in", 'tick_bite'],
  ])

  it('cools a spider bite, keeps the bandage for a funnel-web, and hears the venom spreading', async () => {
    const replies = await call('a redback bit him on the hand', 'should I bandage it', "he's sweating heaps and feels sick")
    expect(replies[0]?.sources).toEqual(['spider-bite-cool'])
    expect(replies[0]?.text).toMatch(/hold a cold pack or ice in a cloth on it/)
    expect(replies[1]?.text).toMatch(/^For a redback or most spiders, no bandage: a cold pack on it/)
    expect(replies[2]?.urgency).toBe('CRITICAL')
    expect(replies[2]?.text).toMatch(/^That's the venom spreading/)
  })

  it("takes a tick out with tweezers, never burnt or smothered, without sending help; a red ring later is the doctor's", async () => {
    const replies = await call("found a tick on the back of my knee, it's still dug in", 'my buddy says burn it with a lighter or smother it in vaseline', 'there is a red ring round where it bit me and I feel fluey')
    expect(replies[0]?.urgency).toBe('MEDIUM')
    expect(replies[0]?.text).toMatch(/^Grip the tick with fine tweezers/)
    expect(replies[0]?.text).not.toMatch(/Help is being alerted/)
    expect(replies[1]?.text).toMatch(/^No: don't burn, smother or squeeze it/)
    expect(replies[1]?.sources).not.toContain('burn-cool')
    expect(replies[2]?.text).toMatch(/needs a doctor: ring your GP today/)
  })

  it("keeps a tick's head left in the skin at the tick's urgency: the words read as a crush, taken back by the call, take their CRITICAL with them", async () => {
    const replies = await call("I've got a tick on my leg from the long grass", 'I pulled it off but I think the head is still stuck in there')
    expect(classify('I pulled it off but I think the head is still stuck in there').urgency).toBe('CRITICAL')
    expect(replies[1]?.text).toMatch(/^Leave the bit that's left: don't dig for it/)
    expect(replies[1]?.urgency).toBe('MEDIUM')
    expect(replies[1]?.text).not.toMatch(/Help is being alerted/)
    // The same for a swelling hand after a snake bite, read alone as someone taken ill (CRITICAL):
    // the bite's urgency, and the belt still refused.
    const snake = await call('a copperhead got me on the finger', "my hand's swelling up, I'm gonna wrap my belt around my wrist real tight")
    expect(snake[1]?.text).toMatch(/^No: don't cut it, suck it or put ice on it, and nothing tied tight/)
    expect(snake[1]?.urgency).toBe(snake[0]?.urgency)
  })

  // Corpus calls re-read after the tick fix (reviews 24, 30, 32).
  itRepliesAfter([
    ['he came off the half pipe head first onto the concrete', "the gaffer wants him laid in the van and taken up to the RVI, says it'll be quicker", /^No: moving them could make a head, neck or back injury worse/],
    ['he fell off the footplate and banged his head', "he's brought his dinner up twice and he's going dozy on us", /^That can mean a serious head injury: stay with them, don't let them sleep\. Sick or drowsy: roll them onto their side with help/],
    ["he's diabetic and he's gone all shaky and sweaty", "we got a sugary drink in him, but twenty minutes on he's gone dozy and muddled again", /^If they can still swallow, give more sugar now/],
  ])

  // Review 46: spiders, ticks and the sea.
  itRepliesAfter([
    ['a redback bit him on the bum in the portaloo', 'one of the lads says wrap it up tight with a bandage like you do for a snake bite', /^For a redback or most spiders, no bandage/],
    ['a black spider with a red hourglass bit me on the forearm', 'should I cut it open and suck the venom out?', /^No: don't cut, suck or squeeze it, and no tourniquet/],
    ['a redback bit him on the hand', 'he says he is right to drive himself to the hospital in the ute', /^Not driving themselves/],
    ['I think a false widow bit me on the neck yesterday', "now it's hot and the redness is spreading and there's a bit of pus", /^That sounds infected: see a doctor or urgent care today/],
    ["I stood on a weever fish, my foot's killing", 'how hot should the water be', /^About as hot as a bath you can just bear/],
    ['I pulled a tick off my side three weeks ago', "now there's a big red ring rash like a bullseye", /^A spreading red ring or a flu-like illness after a tick needs a doctor/],
    ['found a tick on my neck', 'should I just grab it with my fingers and rip it out', /^No: don't burn, smother or squeeze it/],
  ])

  it("gives a jellyfish, a weever or a stingray the sea's first aid, not a bee's: no scraped-out sting, no allergy question, red tentacle lines no infection", async () => {
    expect(classify("my mate's been stung by a jellyfish").hazards).toEqual(['marine_sting'])
    expect(classify('a wasp stung him on the neck').hazards).toEqual(['sting'])
    const box = await call("my mate's been stung by a box jellyfish on the beach", 'his leg is covered in red lines, what do we do', 'do I scrape it')
    expect(box[0]?.text).toMatch(/^A box jellyfish: pour vinegar on the stings/)
    expect(box[0]?.urgency).toBe('CRITICAL')
    expect(box[1]?.text).toMatch(/^Get them out of the water and sitting still\. No fresh water, pee or rubbing on it/)
    expect(box[2]?.text).toMatch(/^Don't rub it, or scrub it with sand or a towel/)
    for (const r of box) {
      expect(r.text).not.toMatch(/scrape it out sideways|That sounds infected|allergy to stings/)
      expect(r.sources).toContain('marine-sting')
    }
    // After a box jellyfish the hot water waits behind the vinegar, and ice is not argued with.
    expect(box[2]?.text).toMatch(/unless it was a box jellyfish/)
  })

  itRepliesAfter([
    ["I've been stung by a jellyfish at the jetty, it's killing", 'should I put ice on it', /^Hot water helps more than ice/],
    ['bluebottle stings all up her arm', 'can we rub sand on it', /^Don't rub it, or scrub it with sand or a towel/],
    ['I stood on a weever fish, my foot is killing', 'should I put ice on it to numb it', /^Put your foot or hand in hot water, as hot as you can bear/],
  ])

  // Review 47: the sea's stings, ticks, and necks after the marine_sting entry.
  it('knows a tropical sting without the words "box jellyfish": whip marks and stingers at Cairns get vinegar, the venom spreading is said alone', async () => {
    const replies = await call("a young fella's come outta the water at the beach near Cairns screaming, he's got long purple whip marks all up his legs and bits of stinger still stuck on him", "we've done the vinegar, now his back's in agony and he's sweating buckets and he's spewing")
    expect(replies[0]?.text).toMatch(/^A box jellyfish: pour vinegar on the stings/)
    expect(replies[0]?.urgency).toBe('CRITICAL')
    expect(replies[1]?.text).toMatch(/^That's the venom spreading: I'm telling the crew it's urgent\. Keep them lying still, on their side if sick\. Not breathing normally: start CPR\. Help is being alerted/)
  })

  it('reads the salmon pens as no adrenaline pen, and a jellyfish "burning like mad" as no fire', async () => {
    const replies = await call("I'm on me own doing the nets at the salmon pens and I've got jellyfish all over me forearm, it's burning like mad", 'would ice help?')
    for (const r of replies) {
      expect(r.sources).not.toContain('anaphylaxis-adrenaline')
      expect(r.sources).not.toContain('fire-evacuate')
      expect(r.urgency).toBe('HIGH')
    }
    expect(replies[1]?.text).toMatch(/^Hot water helps more than ice/)
    // Being sick after a bee sting is still the reaction; after the sea's it is the venom.
    expect(last(await call('a wasp got me on the neck', "now I'm dizzy and being sick")).sources).toContain('anaphylaxis-adrenaline')
    expect(last(await call('I stood on a weever fish', "now I'm dizzy and being sick")).sources).not.toContain('anaphylaxis-adrenaline')
  })

  it("keeps a stingray's barb in and the bleeding first: the hot water waits, 'yank the barb out' is a no", async () => {
    const replies = await call("my deckhand got hit by a stingray wading at the boat ramp, there's a barb stuck in his ankle and he's bleeding pretty good", 'should I yank the barb out?', 'the pain is insane, can we put his foot in hot water?')
    expect(replies[0]?.text).toMatch(/^Don't pull it out: it may be plugging the wound/)
    expect(replies[1]?.text).toMatch(/^No, don't pull it out/)
    expect(replies[2]?.text).toMatch(/^Once the bleeding is under control, the foot or hand in hot water/)
  })

  it("reads a tick 'stuck on his head' as no one trapped and 'the head's still in there' as no one missing, at the tick's urgency", async () => {
    const child = await call("I've just found a tick in my little lad's hair, he's four, it's stuck on his head behind the ear", 'my father-in-law says hold a cigarette to it', "I've no tweezers here at all, what can I use?", 'do I need to bring him to A&E?')
    for (const r of child) {
      expect(r.urgency).toBe('MEDIUM')
      expect(r.sources).not.toContain('trapped-make-safe')
    }
    expect(child[1]?.text).toMatch(/^No: don't burn, smother or squeeze it/)
    expect(child[2]?.text).toMatch(/^No tweezers: a tick remover from a chemist, or a loop of thread/)
    expect(child[3]?.text).toMatch(/^A tick bite with no rash or fever isn't one for A&E/)
    const left = await call("I've had a tick on me belly, I've yanked it off but the head's still in there I reckon")
    expect(left[0]?.sources).not.toContain('missing-person')
    expect(left[0]?.text).toMatch(/^Leave the bit that's left/)
  })

  itRepliesAfter([
    ["one of the boys has come off the scaffold and landed on his back, his neck's killing him", "he's got pins and needles in both his hands and it's like an electric shock down his arms", /^That can be the spinal cord: don't let them move at all/],
    ["our climber's come out of a tree and landed on his head and shoulders", "he's saying his neck feels funny and he can't squeeze my hand proper, his arms are weak", /^That can be the spinal cord: don't let them move at all/],
    ["our climber's come out of a tree and landed on his head and shoulders", 'should we put him on the back of the ute and meet them at the road?', /^No: moving them could make a head, neck or back injury worse/],
    ["he's come off the quad and smacked his head on a rock, it's bleeding a lot", 'should I just put him in the car and drive him to Inverness myself?', /^No: moving them could make a head, neck or back injury worse/],
  ])

  itRepliesAfter([
    ["I've stood on something in the shallows digging bait, it's like a red hot needle in me foot", 'how hot though? we only have a kettle in the van', /^About as hot as a bath you can just bear: mix kettle water with cold/],
    ["I've trod on a sea urchin and there's loads of little black spines in my heel", 'should I dig them out with a needle?', /^Don't dig for them: lift out only spines that come easily/],
  ])

  it("reads spines in a foot and 'stood on something in the shallows' as the sea's sting, and its hot water as no burn", async () => {
    expect(classify("I've got little black spines stuck in the bottom of me foot, some have snapped off").hazards).toContain('marine_sting')
    const replies = await call("I've stood on something in the shallows, it's like a red hot needle in me foot", "we've got her foot in hot water from the cafe, she's calming down")
    for (const r of replies) expect(r.sources).not.toContain('burn-cool')
    // A real scald in the same call still is one.
    expect(last(await call('a weever fish got me', 'I knocked the kettle over and scalded my other foot')).sources).toContain('burn-cool')
  })

  it("asks a lone caller who is the casualty about themselves, and an answer to that wording settles it", async () => {
    const alone = await call("I'm on me own doing the nets and I've got jellyfish all over me forearm", 'ok', 'yes', 'ok', 'ok', 'ok')
    expect(alone[1]?.text).toMatch(/Are you out of the water\?$/)
    // "Yes" to that wording closes it, as a yes to the usual one does.
    for (const r of alone.slice(2)) expect(r.text).not.toMatch(/out of the water\?$/)
    const answered = await call("I'm on me own doing the nets and I've got jellyfish all over me forearm", "yes I'm on the boat now", 'ok')
    for (const r of answered.slice(1)) expect(r.text).not.toMatch(/out of the water\?$/)
    const bystander = await call('one of the lads has got jellyfish all over his forearm', 'ok')
    expect(bystander[1]?.text).toMatch(/Are they out of the water\?$/)
    // What a caller answers by talking is not asked of them.
    const head = await call("I'm on my own, I fell off the step ladder and banged my head on the floor", 'I feel a bit sick', 'ok', 'ok')
    for (const r of head) expect(r.text).not.toMatch(/Are (?:you|they) awake and making sense\?/)
  })

  // Review 48: the sea's stings told, not named; lone callers; necks.
  it.each([
    ["my brother's run up out of the water at Mission Beach screaming, long clear stringy bits stuck across both his legs and angry purple ladder marks", /^A box jellyfish: pour vinegar on the stings/],
    ["my daughter's got wrapped up in one of those blue balloony things at Bondi, a long blue string still stuck on her arm", /^Get them out of the water and sitting still\. No fresh water, pee or rubbing on it/],
    ['one of our divers stepped on what she thought was a rock on the reef flat and it bit her', /^Get them out of the water and sitting still/],
    ["our diver knelt on a black spiky ball thing, his knee's full of wee black bits broken off in the skin", /^Don't dig for them: lift out only spines that come easily/],
  ])('reads %j as the sea\'s sting, not cold, nor anyone trapped', async (said, expected) => {
    const reply = last(await call(said))
    expect(reply.text).toMatch(expected)
    expect(reply.sources).toEqual(['marine-sting'])
  })

  itRepliesAfter([
    ['a stonefish got her on the reef flat', 'how hot can we go? we have the tea urn on board, or can we do ice?', /^About as hot as a bath you can just bear/],
    ["our diver's got coral scrapes up his shins off the reef and jellyfish stings", 'those coral scrapes, do we just leave them?', /^Wash coral cuts well under clean running water with soap/],
    ['a bluebottle got my boy at the beach', "we did the hot shower and he's settled right down, does he need seeing by a doctor?", /^If they're well in themselves, a doctor or nurse can see it when you're back/],
    ["the quad flipped and landed on my brother, we've got it off him", 'every time he turns his head he gets a zap like a jolt going down into his fingers', /^That can be the spinal cord: don't let them move at all/],
    ["the quad flipped and landed on my brother, we've got it off him", 'mum wants to get him in the back of the Hilux and drive him to Gisborne', /^No: moving them could make a head, neck or back injury worse/],
    ["my mate's dived off the rocks into the river and it was way shallower than we thought", "he's talking but his arms feel weird, like buzzing, and he can't really lift them", /That can be the spinal cord: don't let them move at all/],
    ["my mate's dived off the rocks into the river and it was way shallower than we thought", 'his girlfriend wants to sit him up against the tree so he is comfier', /^No: don't move them or sit them up/],
  ])

  it("reads a chainsaw that kicked back into a thigh as a cut to press on, not something left in; a lone caller's locked doors are theirs to tell; forty degrees is the heat", async () => {
    const saw = await call("saw kicked back on me, it's gone into my thigh, I'm on my own up the plantation and blood's pumping out through my chaps")
    expect(saw[0]?.text).toMatch(/Press hard on the cut/)
    expect(saw[0]?.sources).not.toContain('embedded-object-leave-in')
    expect(last(await call("I'm the only one on nights at the warehouse, I've come off the ladder and I can't get up, my hip's killing me", "all the doors are locked, how are they going to get in to me?")).text).toMatch(/^Don't move to open it\. Tell me which door is nearest you/)
    expect(classify("I'm by myself at the borehole, it's forty degrees and I feel dizzy and sick with a pounding head").hazards).toContain('heat_illness')
  })

  // Review 52: construction, farms, docks, kitchens; a pregnant worker bleeding, a stroke in a digger's cab.
  it('reads bleeding in pregnancy as its own emergency: on her left side, no paper bag, not pressed like a wound', async () => {
    const bleed = 'one of our pickers in the chiller shes like seven months pregnant and shes bleeding down there quite a lot and got bad belly pain'
    const first = last(await call(bleed))
    expect(first.sources).toEqual(['pregnancy-bleeding'])
    expect(first.urgency).toBe('CRITICAL')
    expect(first.text).toMatch(/^Help her lie down on her left side/)
    expect(last(await call(bleed, 'shes breathing really fast and shaking, my supervisor says its a panic attack and to get her breathing into a paper bag')).text).toMatch(/^No paper bag\. Fast breathing and shaking while she bleeds can be blood loss/)
    expect(last(await call(bleed, 'shes lying flat on her back on the floor in the chiller should we leave her like that')).text).toMatch(/^Roll her onto her left side/)
    expect(last(await call(bleed, "shes gone really quiet and pale and shes not really answering me now")).sources).toEqual(['pregnancy-unconscious'])
    expect(last(await call('my pregnant colleague fell off the step ladder and cut her arm')).sources).toContain('bleeding-pressure')
  })

  itRepliesAfter([
    ['the deep fat fryer has gone up in flames in the kitchen at the chippy, the flames are up to the hood', 'my mate is filling a bucket of water to throw on it', /^No water/],
    ['help my dad went down into the slurry tank to sort the pump and hes just collapsed at the bottom', 'my brother just got here he wants to go down with a rope tied round him', /^No! Don't go down\./],
    ['hello please my friend he is driving the digger and he stop, his face is wrong one side is going down', 'he is still in the digger the engine is on, we pull him out now from the cabin', /^Leave them in the seat, supported/],
    ['hello please my friend he is driving the digger and he stop, his face is wrong one side is going down', 'now he is little bit better he say he is ok he want to go home', /^Even if it's getting better, it's still an emergency/],
    ['its my husband the tractors gone over on the bank and hes underneath it his legs are trapped', 'ive got the other tractor and a chain here ill pull it off him myself', /^No: pulled with a chain or another vehicle/],
    ["forklift tipped over, the drivers pinned under it", 'can we lift it with the other forklift', /^Yes, if it's safe/],
    ["ive been knocked down by the bull in the pen, he got me in the ribs its hard to get a breath", 'its every breath it hurts and im coughing up a bit of blood. should i strap me ribs up tight with a belt', /^No: don't strap/],
    ["ive been knocked down by the bull in the pen, he got me in the ribs its hard to get a breath", 'my wife is on her way back in the car can she just run me to the hospital', /^No: wait for the ambulance/],
    ['my lads arm got caught in the pto shaft and its ripped his arm, blood is spurting out', 'ive got a belt round his arm above the elbow pulled it tight and the spurting stopped, can i loosen it every few minutes', /^No: never loosen a tourniquet/],
    ['an old gentleman has slipped on the wet floor and banged his face, his nose is pouring and it wont stop', 'hes been sat down pinching it ten minutes now and hes gone a grey colour and hes slumping sideways on the chair, his eyes rolled up', /^Get them down off the chair onto the floor/],
    ['i mixed the bleach wi the toilet cleaner in a bucket by mistake and theres a gas come off it, im coughing', 'my chest is getting awful tight and im wheezy, i have an inhaler for ma asthma can i use that', /^Yes, use (?:your|the) reliever now/],
    ['i mixed the bleach wi the toilet cleaner in a bucket by mistake and theres a gas come off it, im coughing', 'ma pal has come out now, she wants to go back and pour the rest down the drain', /^No\. Don't go back in/],
  ])

  it('hears a face wrong on one side as a stroke, blood coughed up as the chest, a fingertip in the auger as a part to save, and a gate the crew cannot pass', async () => {
    expect(classify('he is sitting in the cabin and his face is wrong one side is going down').hazards).toContain('stroke')
    expect(last(await call('hello please my friend he is driving the digger and he stop, his face is wrong one side is going down')).text).not.toMatch(/^Even if it's getting better/)
    expect(classify("im coughing up a bit of blood").hazards).toEqual(['breathing_difficulty'])
    expect(classify("he's still spitting blood from his mouth").hazards).not.toContain('breathing_difficulty')
    expect(classify('part of his finger is in the auger').hazards).toContain('amputation')
    const gate = last(await call('a lorry has just reversed into one of our lads on the loading dock and pinned him against the wall', 'the ambulance is at the front gate but security wont let them through, what do i do'))
    expect(gate.text).toMatch(/meet them/)
    const slurry = last(await call('help my dad went down into the slurry tank and hes just collapsed at the bottom', "i feel dizzy myself and ive got a headache, i can still see dad down there hes face down in it"))
    expect(slurry.text).not.toMatch(/Turn them now, as a team/)
  })

  // Review 58: fires and explosions, remote work, confused callers, allergies, hypos and fits.
  it('reads men down in a tank, the second who went after the first, a mouth drooping on one side, and liquid in the eyes', async () => {
    expect(classify('please please come theres men down theres men down in the tank oh my god').hazards).toContain('confined_space')
    expect(classify('first one went in to unblock the pump and went down then the second one went after him').hazards).toContain('confined_space')
    expect(classify("i'm down in the sewer on my own and a rat bit my hand").hazards).not.toContain('unconscious')
    expect(classify('his words are all slurry and he keeps dropping his cup, his mouth looks sort of droopy on one side').hazards).toContain('stroke')
    expect(classify('my friend he get the liquid for cleaning in his eyes').hazards).toContain('chemical_exposure')
    expect(classify('one of the lads put the saw into his leg').hazards).toContain('injury_bleeding')
    const head = last(await call('a piece of rebar fell off the crane and hit him on the head, he was out for a few seconds', "i can't keep him awake, he keeps nodding off and his words are slurry"))
    expect(head.sources).not.toContain('stroke-time')
  })

  itRepliesAfter([
    ['its the effluent tank, the first one went down then the second one went after him, theres a rotten egg smell', 'the ladder is right there i can hold my breath, its only like three metres', /No: holding your breath won't save you/],
    ["one of the girls ate a biscuit and her lips are swelling up, she's allergic to nuts", "done the pen, she says shes a bit better, her manager says he'll just drive her home to rest, is that ok", /^No: after the pen they go to hospital by ambulance/],
    ['i think the racking came down, theres a woman under it i can see her feet', "i'm gonna get the forklift and lift the pallets off her", /^No: a forklift, loader or tractor can drop it on them/],
    ["forklift tipped over, the drivers pinned under it", 'can we lift it with the other forklift', /^Yes, if it's safe/],
    ['one of the lads put the saw into his leg, its his thigh, blood is spurting', "hes gone really pale and sweaty and talking rubbish, we're going to carry him down to the quad bike", /No: wait for the ambulance/],
    ['my mate is acting weird, his words are all slurry and his mouth looks sort of droopy on one side', "we're just going to put him in the van and let him sleep it off for an hour", /^No: don't let them lie down and sleep it off/],
  ])

  it('gives a fit its own lines while it shakes (no breathing check or CPR), refuses a spoon in the gob, and reads the tongue myth as no choking', async () => {
    const fit = 'quick one of our operators has dropped on the floor next to the press and hes shaking all over, jerking'
    const first = last(await call(fit))
    expect(first.sources).toEqual(['seizure-protect'])
    expect(first.text).not.toMatch(/start CPR/)
    const spoon = last(await call(fit, "someone's saying shove a spoon in his gob or he'll choke on his tongue"))
    expect(spoon.text).toMatch(/^No, don't hold them down or put anything in their mouth/)
    expect(classify("he'll choke on his tongue").hazards).not.toContain('choking')
    expect(last(await call(fit, "it's stopped, he's flat out face up snoring really loud and won't wake")).text).toMatch(/Breathing normally\? Onto their side/)
    expect(classify('sparky was working on it, hes on the floor next to it not moving, his hand is all black').hazards).toContain('electric_shock')
  })

  // Review 57: the commonest emergencies again: bleeding, falls, arrests through to the defibrillator, burns, eyes.
  itRepliesAfter([
    ["someones collapsed in the loading bay hes just dropped, hes not answering me at all", "hes doing these weird snorty breaths like every few seconds and his lips are going blue, im gonna roll him on his side so he dont choke", /^No: those gasps aren't normal breathing/],
    ["a lad's collapsed on site, not responding, not breathing, my mates already doing compressions on him", "its shocked him twice now and hes started coughing and moving his arm a bit, what now, do we take the pads off", /Leave the pads on and the machine switched on/],
    ["theres been a flash fire in the paint booth, his face and hands are burned", "we're gonna pop the blisters on his hands so they dry out quicker and then wrap them up in bandages nice and tight", /^No: don't burst the blisters, and nothing tight/],
    ["my workmate were grinding without his glasses on and summat's flown in his eye, theres a bit of metal sticking out of it", "ive got tweezers in the kit and im steady handed, i reckon i can get it out for him", /^No: don't touch it, pulling it out can cost them the eye/],
    ["my workmate were grinding without his glasses on and summat's flown in his eye, theres a bit of metal sticking out of it", "hes keeps rubbing at it, should i wash it out with the eye wash bottle", /^No: don't wash it while something is stuck in it/],
  ])

  it('reads blood from an ear as the head, not a wound to press, and "he not talk to me, I shake him, nothing" as unresponsive', async () => {
    const ear = last(await call("a roofer's gone through a skylight, about six metres, hes on the floor not moving", "his eyes are shut, theres a bit of blood coming out his ear, hes making a gurgling noise", "the gurgling's stopped and i cant see his chest going up and down now, i dont think hes breathing"))
    expect(ear.text).toMatch(/^Start CPR now/)
    expect(ear.text).not.toMatch(/Press hard on the wound/)
    expect(classify('my boss he fall down in the office, now he not talk to me, i am shake him nothing').hazards).toContain('unconscious')
  })

  // Review 56: two casualties at once, machines, chemicals and gases, illness at work.
  it('reads two down in a chamber as the air, a coat in a PTO shaft as the machine, a grill with no extraction as carbon monoxide, and a face going down one side as a stroke', async () => {
    expect(classify('theres two blokes down in the pump chamber at the sewage works, my mate went down after him and hes gone too').hazards).toContain('confined_space')
    expect(last(await call('theres two blokes down in the pump chamber at the sewage works, my mate went down after him and hes gone too')).text).toMatch(/^Don't go in after them/)
    const pto = last(await call("me dads coat got caught in the pto shaft on the tractor and its wrapped him round"))
    expect(pto.sources).toContain('crush-stop-machine')
    expect(pto.text).not.toMatch(/stop, drop and roll/)
    const chef = "our chefs collapsed in the kitchen, he was moaning of a headache all morning and the other two girls feel sick and dizzy too"
    expect(last(await call(chef, 'the extract fans been broken since yesterday and we had the charcoal grill going all morning')).sources).toContain('co-unconscious')
    expect(classify('face going down one side and he talk funny').hazards).toContain('stroke')
    expect(classify("at the railway the diesel loco's been ticking over in the engine shed with the shutters down, two of them feel sick and one's gone dozy").hazards).toContain('carbon_monoxide')
  })

  itRepliesAfter([
    ['our chefs collapsed in the kitchen after the charcoal grill was going all morning with the extract fan broken', "we're going to carry him into the back office and let him lie down in there its quieter", /^No: not another room/],
    ['the spray booth has caught fire and its spreading, everyone is out', "the manager's going back in with the extinguisher to save the booth", /^No(: that's too big for an extinguisher|\. Don't go back in)/],
    ['the bandsaw has taken two of his fingers off, theres blood everywhere', "we found the fingers, i'll put them straight in the ice", /^No: never straight on ice/],
    ['the bandsaw has taken two of his fingers off, theres blood everywhere', "he's gone faint, we'll drive him to a and e in my car", /No: wait for the ambulance, they can treat shock on the way/],
  ])

  // Review 55: lone callers hurt, bystanders full of plans, five more workplaces.
  it('reads steam across an arm as a scald, a swelling throat after it as the airway burn, and a grinder that caught an arm as a cut', async () => {
    const steam = "hi im on the night shift on my own in the boiler house, a valve let go and i got steam right across my arm and the side of my face"
    expect(classify(steam).hazards).toContain('burn')
    expect(classify(steam).hazards).not.toContain('leak')
    const throat = last(await call(steam, "im coughing now and its getting a bit harder to breathe, feels like my throat is swelling up"))
    expect(throat.text).toMatch(/burnt airway/)
    expect(throat.text).not.toMatch(/adrenaline pen/)
    expect(last(await call("ive cut myself bad with the grinder the disc caught my arm theres blood everywhere")).sources).not.toContain('crush-stop-machine')
    expect(last(await call("his sleeve got caught in the grinder and pulled his arm in, theres blood everywhere")).sources).toContain('crush-stop-machine')
    expect(classify("yeah one of the lads has come off the racking in the warehouse about three metres").hazards).toContain('fall')
    expect(classify('a pallet fell off the racking onto his legs').hazards).not.toContain('fall')
  })

  itRepliesAfter([
    ["um yeah hi im working on me own in the basement plant room, the generators running and ive come over all headachey and dizzy", "i kind of just want to lie down here for a bit on the floor and have a rest till it passes", /^No: don't lie down in there/],
    ["yeah one of the lads has come off the racking in the warehouse about three metres hes out cold on the floor but hes breathing", "the supervisor says we should lift him onto a pallet and carry him into the office where its warm, we'll do that now yeah", /^No: don't move them or sit them up/],
    ["im at the print works, one of the press operators was cleaning the rollers with the solvent in the little ink room and hes collapsed on the floor", "what do i do", /Don't go in after them|Get out of the gas/],
    ["the loading shovel reversed into one of the pickers and went over his legs", "hes going really grey now and he says his belly hurts and hes thirsty", /^That can be bleeding inside/],
    ["ah jeez ive cut myself bad with the grinder theres blood everywhere and im on my own in the unit", "im pressing hard but its soaked right through the rag do i take it off and put a clean one on", /^No: don't lift it to look/],
  ])

  it('asks a lone caller where they are when only a machine is known, and a bystander with a place named nothing more', async () => {
    expect(last(await call('ive cut myself bad with the grinder theres blood everywhere and im on my own')).text).toMatch(/Where exactly are you\?$/)
    expect(last(await call("my mate's cut himself bad with the grinder in bay 4, theres blood everywhere")).text).not.toMatch(/Where exactly are you\?/)
  })

  // Review 54: the new entries again in an eighth helper's words (drugs, pregnancy, water) and seven ordinary calls.
  it('reads drugs from what is seen, breaths counted a few a minute as CPR, and pregnancy signs that are not bleeding', async () => {
    expect(classify('theres a lad slumped against the wall theres a needle thing next to him on the floor').hazards).toContain('overdose')
    expect(classify('found her in her car, theres loads of empty tablet strips on the seat and a half bottle of vodka').hazards).toContain('overdose')
    expect(classify('he take many tablet for his back pain the strong one oxy something, the eyes is very small like a pin').hazards).toContain('overdose')
    expect(classify('he has got oxygen on').hazards).not.toContain('overdose')
    const oxy = 'my friend he take many tablet for his back pain the strong one oxy something, now he sleeping on the floor i cannot wake him'
    expect(last(await call(oxy, 'he breathing very slow, maybe only four five time in one minute i count')).sources).toEqual(['overdose-cpr'])
    const fallen = "she's about seven months gone, she fell off the little step ladder and landed on her front, her belly's gone really tight and crampy and theres some blood on her trousers"
    expect(last(await call(fallen)).sources).toContain('pregnancy-bleeding')
    const faint = "one of the lassies on the packing line just keeled over, she's six month pregnant, she's come round now"
    const signs = last(await call(faint, "she says she's had a stinking headache all day and she's seeing wee flashing lights and her ankles and hands are awful puffy"))
    expect(signs.text).toMatch(/dangerous blood pressure: she needs an ambulance/)
    expect(signs.urgency).toBe('CRITICAL')
  })

  itRepliesAfter([
    ['found one of the cleaners in her car, theres loads of empty tablet strips on the seat, shes really drowsy', 'right im gonna stick my fingers down her throat make her bring them all back up', /^No: don't make them sick/],
    ['theres a needle next to him on the floor and hes snoring and his lips are blue', "right hes come round now hes grabbing his car keys, says hes going home, ill just let him go", /Try to keep them with you/],
    ["the lifeguard's just pulled a little boy off the bottom of the big pool, he's on the side not breathing", 'how many breaths do we do for a child that size before the chest pushes', /For a child: five rescue breaths first/],
    ["the roofer's had the hot tar splash all over his forearm and hand, it's stuck on him, he's screaming", 'ive got white spirit in the van im gonna use that to get the tar off his skin and peel it off', /No: no solvents, and don't peel the tar off/],
    ['grinder kicked back and went into his leg, blood is squirting out like a tap', 'ill take the soaked towel off and have a look where its coming from and put a clean one on', /^No: don't lift it to look/],
    ['he has pain in chest like heavy, going in left arm, very grey and sweating', 'now he fall down, his eyes open but he not answer, he make strange big breath only sometimes like gasp', /^Start CPR now/],
    ["she's about seven months gone, she fell off the step ladder onto her front, her belly's tight and theres blood on her trousers", "her husband'll just drive her up the hospital himself so we'll cancel the ambulance yeah", /^Wait for the ambulance, and don't cancel it/],
  ])

  it('keeps hot tar a burn, not someone pinned', async () => {
    const tar = last(await call("the roofer's had the hot tar splash all over his forearm and hand, it's stuck on him, he's screaming"))
    expect(tar.sources).toEqual(['burn-cool'])
  })

  // Review 53: utilities, a quarry, a port, a lab, a pool, a festival; someone in the water.
  it('reads someone in the water: nobody goes in after them, rescue breaths once out, hospital even if they seem fine', async () => {
    const overboard = 'man overboard man overboard in the harbour by the fish quay one of the crew has gone in between the boat and the wall'
    const first = last(await call(overboard))
    expect(first.sources).toEqual(['water-rescue'])
    expect(first.text).toMatch(/^Don't go in after them\. Throw them something that floats/)
    expect(last(await call(overboard, "i can see him hes in the water shouting but hes going under a bit every time, im a good swimmer im going in after him")).text).toMatch(/^No! Don't go in/)
    const pool = "the pool man at the hotel's been found on the bottom of the pool, we've got him out, he's not breathing"
    expect(last(await call(pool)).sources).toEqual(['drowning-cpr'])
    expect(last(await call(pool, "he's coughed up a load of water and he's breathing", "he's sitting up saying he's alright, he wants to go and have a rest in his room")).text).toMatch(/^Anyone pulled from the water goes to hospital/)
    expect(classify("the groundsman's foot went under the mower deck").hazards).not.toContain('drowning')
    expect(classify("water's pouring out his mouth, should we dangle him upside down so it drains").hazards).not.toContain('leak')
    expect(classify("the pipe's burst, water's pouring out of the wall").hazards).toContain('leak')
  })

  itRepliesAfter([
    ['im at the substation, theres been a massive bang and a flash and hes on the floor', "the control engineer rang back says its isolated and earthed now so ive gone in, hes not breathing, his chest isnt going up and down", /^Start CPR now/],
    ["we're on a dig on station road the mini digger's gone straight through a gas main theres a proper roaring hissing noise", "people are coming out to have a look and one bloke's having a fag, what do we do", /^Get that cigarette put out now/],
    ['ive found dai on the floor in the chlorine building, theres a swimming pool smell by the door', "theres breathing sets in the store but ive never been trained on them", /^No: don't put one on without training/],
    ['one docker he is squeeze between two container, the straddle carrier push one into the other and he is stuck by his legs and belly', 'the driver is still in the cab, he can move the straddle back now, you want we move it or we leave it', /^Yes: if the driver can ease it straight off them now/],
    ["my colleague's choking on her sandwich in the canteen she can't talk she's going red", 'someone says i should stick my fingers down her throat and hook it out', /^No blind finger sweeps/],
    ['one of our teachers has had some cake with nuts in, shes allergic and her lips are swelling up', "its been five minutes since her pen and shes no better, theres the spare pen in the office the school one for the kids, can i use that on her", /give a second one now|Yes: use it now, into the outer thigh/],
    ['he took a couple of pills earlier and a bit of powder, now hes roasting hot and his jaw is going like mad', "hes already drunk like four litres of water, im gonna make him drink more to cool him down yeah", /^No more water: on those drugs/],
    ['the bottle of hydrofluoric tipped over and splashed on her hand and her wrist', 'now she says it is very very painful and her fingers are white and her hands are tingling and twitching', /That's the acid getting into the blood: it can stop the heart/],
  ])

  itRepliesAfter([
    ['theres flames coming off the top racking at the back of unit four the pallets have gone up', "im the only one on nights here theres a big red extinguisher by the dock door should i go have a go at it", /^No: that's too big for an extinguisher/],
    ['theres a small fire in the office bin', 'can i use the extinguisher on it', /^Only if it's small, you know how/],
    ["a bloke's fallen off the mezzanine onto the concrete he landed on his head", "there's blood coming out his ear and hes got a gash on his head", /^Don't plug the ear or press on it/],
  ])

  it('raises a head injury to CRITICAL when they get sleepy, are sick and ask the same thing over and over', async () => {
    const reply = last(await call('a car has just hit a woman in the car park and theres blood on her head', 'shes getting really sleepy now and shes been sick, she keeps asking the same thing over and over'))
    expect(reply.urgency).toBe('CRITICAL')
    expect(reply.text).not.toMatch(/shock from the blood loss/)
  })

  it('gives back blows without a crush, a prank its stand-down, and a scald beside a fall its cooling', async () => {
    expect(classify("ive hit her on the back five times really hard and its not coming out, shes going purple now").hazards).not.toContain('crush')
    expect(classify("oh hang on hes opened his eyes and hes laughing, his mates dared him to play dead").hazards).toContain('false_alarm')
    expect(last(await call("my friend she is pregnant seven month, she slip on the wet floor and the hot soup from the big pot go on her arm")).sources).toContain('burn-cool')
    expect(classify('a car hit her and theres blood on her head').hazards).toContain('head_injury')
    expect(classify('the chlorine building alarm is going and dai is on the floor').hazards).toContain('gas_leak')
  })

  // Reviews 51-52 (MEDIUM, many calls): help was sent to the last thing named, "the lift in the office".
  it('keeps help going to the emergency, not to a machine at hand or a place asked about', async () => {
    expect(classify('the lads want to lift him onto a pallet and carry him into the office').equipment).toBeUndefined()
    expect(classify("i'm stuck in the lift between floors").equipment).toBe('lift')
    const sump = last(await call("my colleague went down into the sump tank to clear it and he's just dropped", 'theres a ladder im going to go down and get him out'))
    expect(sump.text).toMatch(/alerted to the sump\./)
    const aisle = await call("I'm on my own on nights, I've come off the rolling ladder in aisle fourteen and I can't get up, my hip's killing me",
      'should I try and drag myself over to the office where the heater is?', "I've got a headache and I'm starting to feel sick")
    expect(last(aisle).text).toMatch(/Aisle 14/)
    expect(last(aisle).text).not.toMatch(/office/)
    expect(last(await call('there is a fire in Zone A', "it's coming from Pump 7, the flames are getting bigger")).text).toMatch(/Pump 7/)
  })

  // Review 51: ordinary industrial calls in a fifth helper's words; an overdose told by the needle beside him.
  it('reads someone slumped with a needle by him as an overdose: breathing, naloxone, CPR for breaths now and then, and kept there', async () => {
    const found = "there's a lad locked in the staff toilets we can see him through the gap he's slumped on the floor and there's a needle by him"
    expect(classify(found).hazards).toEqual(['overdose'])
    const first = last(await call(found))
    expect(first.sources).toEqual(['overdose-airway'])
    expect(first.urgency).toBe('CRITICAL')
    const slow = "we've kicked the door in he's breathing but its really slow like every so often and his lips are blue"
    expect(last(await call(found, slow)).sources).toEqual(['overdose-cpr'])
    expect(last(await call(found, 'theres a naloxone kit in the first aid cabinet someone said, do i use that')).text).toMatch(/^Yes, give the naloxone now/)
    expect(last(await call(found, "he's come round a bit and he wants to leave and go home he's getting arsey")).text).toMatch(/^Try to keep them with you until the crew has seen them/)
    for (const said of ['he stuck a needle in his hand at work', "I've had four puffs, can I have more or will I overdose on it", 'the barrier came down smack on his head', 'the clamp and needle are still near her mouth']) {
      expect(classify(said).hazards).not.toContain('overdose')
    }
  })

  itRepliesAfter([
    ["my colleague went down into the sump tank to clear it and he's just dropped he's lying at the bottom not moving", 'theres a ladder im going to go down and get him out hes only about four metres down', /^No! Don't go down\./],
    ["help my mate's stuck on the cable he's shaking he's got hold of it and he can't let go its in the switch room", 'shall i grab him and pull him off quick', /^No! Don't touch them/],
    ["i've come into the boiler room at the leisure centre and it absolutely stinks of gas like rotten eggs", 'the lights off in there do i flick it on to have a look where its coming from', /^No: don't touch any switch, on or off, or light anything/],
    ['theres smoke coming up the stairs in our building were on the sixth floor and the alarm is going off', 'the stairs is full of it like grey thick you cant see the bottom should we still go down that way', /^No: not through smoke\. Use another staircase/],
    ['theres smoke coming up the stairs in our building were on the sixth floor and the alarm is going off', 'shall we open the window and maybe like jump onto the flat roof bit its about two floors down', /^Don't jump\./],
    ['the alkaline cleaner splashed up in his eye when the hose come off', 'theres an eyewash bottle on the wall is that enough', /^A bottle runs out in a minute/],
    ['the alkaline cleaner splashed up in his eye when the hose come off', 'his contact lens is still in there should he leave it in', /^Take the contact lens out only if it slides out easily/],
    ['the alkaline cleaner splashed up in his eye when the hose come off', 'he wants to put his glasses on and drive to a and e', /^No: don't let them drive with a hurt eye/],
    ["one of the lads knocked over a drum of the acid the sulphuric one it's gone all down his trousers and on his legs", "right he's under the safety shower now but his trousers are still on theyre soaked", /^Get them off now, under the water/],
    ["one of the lads knocked over a drum of the acid the sulphuric one it's gone all down his trousers and on his legs", "the skins gone all white and leathery on his shin and he says it doesn't hurt there anymore so thats better innit", /^No, that's worse: skin gone white or leathery/],
    ["my workmate's diabetic he's gone all shaky and sweaty and hes talking nonsense", 'he says hes fine now and wants to get back up on the scaffold and finish off', /^Not back to work, and no driving/],
  ])

  it('keeps a fit a fit when the lips go blue, rolls someone sick on their back, and hears sweat and a contact lens for what they are', async () => {
    const fit = "a girl on the packing line just went down and she's jerking all over the place her arms and legs"
    expect(last(await call(fit, "shes going blue round the lips and there's froth, should i put something in her mouth")).sources).toEqual(['seizure-protect'])
    const fell = "a bloke's fallen off the mezzanine about three metres onto the concrete he landed on his head and shoulder"
    const sick = last(await call(fell, "he's making a snoring noise and he wont answer me his eyes are shut", "he's just been sick while lying on his back can i roll him, someone said dont move his neck"))
    expect(sick.text).toMatch(/^Roll them onto their side now/)
    expect(sick.text).not.toMatch(/don't move them/)
    const foundry = last(await call("one of the furnace men's come over all funny hes been on the pour all morning and he's dripping and wobbly"))
    expect(foundry.sources).toEqual(['heat-cool-down'])
    expect(classify('the pipe is dripping all over the floor').hazards).toContain('leak')
    const lens = last(await call('the alkaline cleaner splashed up in his eye when the hose come off', 'my contact lens is still in there i think'))
    expect(lens.sources).not.toContain('missing-person')
  })

  // Review 50: a tick told as a seed with legs, tick paralysis, a helmet "choking him" after a
  // rollover, the sea's sting told as slime and screaming out of a dip, a box jellyfish off Weipa.
  it('reads a black thing like a seed stuck in the knee that has legs as a tick, not something impaled', async () => {
    const said = "I've been strimming the river bank and now there's this little black thing like a seed stuck in the back of me knee, it won't brush off and it's got legs"
    expect(classify(said).hazards).toEqual(['tick_bite'])
    const reply = last(await call(said))
    expect(reply.sources).toEqual(['tick-remove'])
    expect(reply.urgency).toBe('MEDIUM')
    expect(classify('the nail went in and is stuck in his hand').hazards).toContain('embedded_object')
  })

  it('alerts for weakness after a tick (tick paralysis), and leaves a drooping face to the stroke lines', async () => {
    const tick = "my boy's been working the fence line out in the woods and there's a swollen grey bug thing buried in his scalp like a little bean"
    const reply = last(await call(tick, "ok it's out now, but he says his legs have gone heavy and he's stumbling about since this morning"))
    expect(reply.text).toMatch(/^Weakness after a tick can be tick paralysis: help is coming\./)
    expect(reply.urgency).toBe('CRITICAL')
    expect(last(await call(tick, 'now the left side of his face is drooping and he can not smile')).text).not.toMatch(/tick paralysis/)
  })

  itRepliesAfter([
    ["the quad's flipped on the bank and come down on top of the shepherd, his neck's sore and his hands are tingly", "should I get his helmet off him, he says it's choking him", /^Leave the helmet on, but undo or cut the chin strap/],
    ["she went in off the slipway for a dip after shift and come out screaming, there's clear slimy bits stuck to her leg", "one of the lads is saying he'll pee on it, does that work", /^A jellyfish: no fresh water or pee\./],
    ["she went in for a swim and come out screaming, there's clear slimy bits stuck to her leg", "it's still burning like mad, can she have a couple of paracetamol", /^Yes, paracetamol or ibuprofen at the usual dose is fine/],
    ["the lad gutting on the boat's got a load of the spines off the fish's back in his palm", "there's hot water in the kettle, can he dunk his hand in that", /^About as hot as a bath you can just bear: mix kettle water with cold/],
    ["we're on the barge off Weipa, one of the deckies jumped in and he's come up howling, he's got long purple ladder marks round his arms", 'there is vinegar in the galley, do I pour that on or hose him down with fresh water', /^A box jellyfish: pour vinegar on the stings for thirty seconds, no fresh water/],
  ])

  it('reads screaming out of a dip as the sea\'s sting; "burning like mad" after it is no fire, nor a strap choking him a choke', async () => {
    const dip = 'she went in off the slipway for a dip after shift and come out screaming'
    expect(classify(dip).hazards).toEqual(['marine_sting'])
    expect(last(await call(dip, "it's still burning like mad but she's breathing fine")).sources).not.toContain('fire-evacuate')
    expect(last(await call(dip, "the shed's burning like mad, there's flames everywhere")).sources).toContain('fire-evacuate')
    expect(classify("the helmet's choking him").hazards).not.toContain('choking')
    expect(classify("he's choking on a boiled sweet, he can't breathe").hazards).toContain('choking')
  })

  it('gives a lone caller hurt and soaked outdoors the fall-in-the-cold lines, a caller shut in a cold store the release handle', async () => {
    const bank = "i'm stuck, i've gone down the bank by the reservoir outflow and my leg's twisted under me, can't get up, it's only me out here"
    const cold = "i'm soaked through and shaking that much i can hardly hold the phone"
    const outdoors = last(await call(bank, cold))
    expect(outdoors.sources).toEqual(['fall-cold'])
    expect(outdoors.text).not.toMatch(/release handle|freezer|cold store|march on the spot/i)
    const shutIn = last(await call("i'm stuck in the freezer, the door's shut and i slipped and hurt my leg", cold))
    expect(shutIn.sources).toEqual(['caller-trapped-cold'])
    expect(shutIn.text).toMatch(/release handle|march on the spot/)
  })

  // Review 49: the neck after a rollover or a dive, ticks told not named, lone callers in the cold.
  it.each([
    ["we're on a station, my brother's rolled the ute on the track, he's climbed out himself and he's sitting on the ground holding his neck", 'choking-back-blows'],
    ["my mate's after diving off the pier and the tide was out, he hit the bottom", 'unclear'],
  ])('hears %j as the neck, not with %s', async (said, wrong) => {
    const reply = last(await call(said))
    expect(reply.sources).not.toContain(wrong)
    expect(reply.text).toMatch(/[Dd]on't move them|[Kk]eep them lying still, head and neck in line/)
  })

  it.each([
    ["I've found a wee black thing stuck on my wean's head behind her ear, it's like a wee bead with legs"],
    ['I just found a little dark bug burrowed into the back of my knee'],
    ["I've found three or four of them little grey blood sucking things on my legs"],
  ])('reads %j as a tick, at its urgency', async (said) => {
    const reply = last(await call(said))
    expect(reply.sources).toEqual(['tick-remove'])
    expect(reply.urgency).toBe('MEDIUM')
  })

  itRepliesAfter([
    ["I'm alone at the fish farm, a catfish spine went deep in my palm", 'my uncle says put turmeric paste and tie a cloth very tight above the wrist', /^No: nothing tied tight round your arm or leg, and no pastes/],
    ["I'm after falling into the river checking the cattle, I'm soaked and I can't stop shaking, there's no one with me", 'the house is ten minutes walk across the field, should I stay put or walk back?', /^Tell me where you are first\. If you can walk safely, walk to the house now/],
  ])

  it('does not read "like an electric shock down his arms" as a current, nor a fall off the back of a wagon as a question about moving him', async () => {
    expect(classify("it's like an electric shock down his arms").hazards).not.toContain('electric_shock')
    expect(classify('he got an electric shock off the panel').hazards).toContain('electric_shock')
    expect(last(await call("he's come off the back of the wagon, landed flat on his back")).text).not.toMatch(/^No: moving them/)
    expect(classify("I've stopped sweating and I keep forgetting what I was doing").urgency).toBe('CRITICAL')
  })

  it('reads "like you do for a snake bite" and a spider trapped under a tub as neither a snake nor anyone trapped', () => {
    expect(classify('wrap it up tight with a bandage like you do for a snake bite').hazards).not.toContain('snake_bite')
    expect(classify("we've trapped the spider under a tub").hazards).not.toContain('trapped')
    expect(classify('can we put his foot in hot water').hazards).not.toContain('burn')
  })

  it('never tells anyone to wrap a snake bite "from the bite up", and never tourniquets it', async () => {
    const replies = await call('a brown snake got him on the ankle', 'should I whack a tie-down strap round his leg real tight', "I've got a crepe bandage, where do I start")
    for (const r of replies) expect(r.text).not.toMatch(/from the bite up|tourniquet on|twist the rod/)
    expect(replies[1]?.text).toMatch(/^No: don't cut it, suck it or put ice on it, and no tourniquet\. What helps is a firm broad bandage/)
  })
})

describe('playbook responder: review 59 (a thirteenth helper, the commonest emergencies and hard scenes)', () => {
  const dropped = 'oh god me mate just went down by the loading bay hes on the floor his eyes are open but hes not saying nothing just making these weird snoring noises'

  it('checks the breathing of a snoring casualty before the side, and reads snores every few seconds, pushes and the box with the heart as an arrest', async () => {
    const first = last(await call(dropped))
    expect(first.text).toMatch(/^That noise means the airway is partly blocked: tilt the head back\. Breathing normally\? Onto their side, head and neck in line\. If not, or unsure, start CPR\./)
    const replies = await call(dropped, 'hes not answering me at all the snoring thing is like every few seconds, should i put him on his side', 'ok im pushing on his chest how many times do i do it and how fast im getting knackered', 'someone brought the yellow box off the wall with the heart on it what do i do with it do i stop pushing')
    expect(replies[1]?.sources).toEqual(['cpr'])
    expect(replies[2]?.text).toMatch(/^Heel of one hand in the middle of the chest/)
    expect(replies[3]?.text).toMatch(/^Switch it on and follow its voice: one pad below the right collarbone.*Keep pushing until it says stop/)
    expect(replies[3]?.sources).not.toContain('cardiac-rest')
  })

  it('sends help to the casualty, not to where the defibrillator was fetched from, and says where the pads go', async () => {
    const cpr = await call('someones collapsed in the loading bay, not breathing', "right im pushing on his chest now, someone's gone for the defib thing off the wall by reception")
    expect(last(cpr).text).toMatch(/alerted to the loading bay/)
    expect(last(cpr).text).not.toMatch(/reception/)
    const pads = last(await call('he got a shock off the board in the plant room and hes not breathing', 'the power is off, im doing cpr', 'weve got the defib from reception where do i put the pads'))
    expect(pads.text).toMatch(/^Switch it on and follow its voice: one pad below the right collarbone/)
  })

  itRepliesAfter([
    ['hello please my friend he clean the milk tank with the chemical it go in his eye he cannot open it', 'what i do i have milk here from the tank i put milk in eye yes?', /Plain water only: not lemonade or milk/],
    ['shes eating at her desk and now she cant talk shes holding her throat and going red no sound coming out', 'should i give her some water to wash it down', /^No water: it can't get past/],
    ['the side of the trench just fell in on my mate hes buried up to his chest', 'more bits keep falling in from the side, the digger driver says he can scoop the dirt off him with the bucket', /^No digger: the bucket can crush him/],
    ['a van just reversed into one of the banksmen on the road outside the site hes lying in the road not moving much', 'cars are still going past him should we drag him onto the pavement', /^Traffic first: someone up the road in hi-vis/],
    ['his hand went in the mincer two of his fingers are cut clean off theres blood pouring out everywhere', 'weve got the fingers what do we do with them put them straight in the ice bucket', /^No: never straight on ice/],
  ])

  it('reads a trench that fell in as a collapse, not a fall, and gives no water once the food is out', async () => {
    const trench = classify('the side of the trench just fell in on my mate hes buried up to his chest').hazards
    expect(trench).toContain('structural_collapse')
    expect(trench).not.toContain('fall')
    const out = last(await call('he is choking on an apple', 'the bit flew out, he is breathing, should we give him water'))
    expect(out.text).not.toMatch(/No water: it can't get past/)
    const road = last(await call('a van just reversed into one of the banksmen on the road', 'cars are still going past him should we drag him onto the pavement'))
    expect(road.text).not.toMatch(/emergency stop button/)
  })

  it('checks the breathing of someone with chest pain whose eyes roll, and starts CPR if it is not normal', async () => {
    const grey = last(await call('one of our drivers says his chest is really tight going down his left arm and hes sweating loads', 'hes going all grey and hes not really making sense now his eyes are rolling'))
    expect(grey.sources).toContain('unconscious-airway')
    expect(grey.text).toMatch(/start CPR/)
  })
})

describe('playbook responder: reviews 56-58 re-graded blind', () => {
  it('gives CPR alone once a head-injured casualty stops breathing, not "head and shoulders raised"', async () => {
    const r = last(await call('a roofer has gone through a skylight, six metres, hes on the floor not moving', 'theres a bit of blood coming out his ear, hes making a gurgling noise', 'the gurgling has stopped and i dont think hes breathing'))
    expect(r.sources).toEqual(['cpr'])
    expect(r.text).not.toMatch(/head and shoulders raised/)
  })

  it('rinses eyes streaming in a gas leak and moves everyone when the cloud drifts their way', async () => {
    const leak = 'theres an ammonia leak in the cold store, alarms going off'
    const eyes = readInCallContext(classify('the lad who came out, his eyes are streaming and he says he cant see, fire brigade on the way').hazards, ['gas_leak'], 'the lad who came out, his eyes are streaming and he says he cant see, fire brigade on the way')
    expect(eyes.hazards).toContain('chemical_exposure')
    const burning = last(await call(leak, 'the lad who came out says his eyes burn real bad'))
    expect(burning.sources).toContain('chemical-exposure-rinse')
    expect(burning.text).not.toMatch(/How big is the burn/)
    const wind = last(await call(leak, 'we are outside in the car park but the winds blowing the smell towards us'))
    expect(wind.text).toMatch(/^Move now: across the wind first, then upwind/)
  })
})

describe('playbook responder: review 60 (scenes: the danger around the casualty)', () => {
  it('reads several people ill at once as carbon monoxide, slurry as a confined space, a fall off a quay as someone in the water', () => {
    expect(classify('three of my lads in the welfare cabin are all feeling rough headaches sick dizzy all at the same time').hazards).toContain('carbon_monoxide')
    expect(classify('my brother has gone into the slurry lagoon he was mixing it and he just dropped').hazards).toContain('confined_space')
    expect(classify('my colleague he fall from the quay in the water of dock, he is shouting').hazards).toContain('drowning')
    expect(classify('pallet racking has come down in aisle 14').hazards).toContain('structural_collapse')
    expect(classify("I've missed my footing on the spiral stairs and come down about ten steps").hazards).not.toContain('structural_collapse')
  })

  itRepliesAfter([
    ['a motorbike guy has come off on the dual carriageway hes lying in the outside lane not moving', 'me and another bloke are going to run out and drag him onto the verge', /^Don't step into moving traffic/],
    ['im a track worker my mate has collapsed between the rails on the down line', 'how do i stop the trains, theres a number on the signal post', /^Trains first: ring the signaller or the number on the signal post/],
    ['one of our vans is on fire in the yard flames coming out the engine', 'theres three more vans next to it me and the lads are gonna jump in and drive them away', /^No: nobody goes near the burning vehicle/],
    ['one of our vans is on fire in the yard flames coming out the engine', 'the tyres are popping now, how far back do we need to be', /^At least 100 metres, upwind/],
    ['theres an artic on the hard shoulder the cab is on fire', 'theres a sign on the back orange square with numbers 1203 on it, is that bad', /^That's a dangerous load: everyone 200 metres back/],
    ['there is a crush at the turnstiles, people are falling', 'people are standing on him, should we open the gate', /^Stop people coming in/],
    ['pallet racking has come down in aisle 14 theres a lad under it', 'the next bay is leaning over now as well creaking, six of us in the aisle', /^Everyone out of there now, well away from what's leaning/],
    ['a tipper lorry has put its body up into the overhead power lines', 'the cab is filling with smoke now he says he has to get out, what do i tell him', /^Then he jumps clear, feet together/],
    ['my brother has gone into the slurry lagoon he was mixing it and he just dropped', 'the mixer is still running should i turn it off', /Yes, if you can reach the controls without going near the edge/],
  ])

  it('tells someone faint at a roof edge to sit down and not climb down, and does not start CPR on a man breathing with blue lips', async () => {
    const roof = last(await call('im on a roof doing the gutters by the edge and i feel really faint', 'im near the top of the ladder should i climb down quick before i pass out'))
    expect(roof.text).toMatch(/^Sit down now, away from the edge, and stay sitting\. Don't climb down/)
    const track = last(await call('my mate has collapsed at work', "ive got him out, hes breathing but his lips are blue and hes sweating loads holding his chest"))
    expect(track.sources).not.toContain('cpr')
    const gasping = last(await call('the waiter has collapsed behind the bar, he is not answering me', 'he is breathing like a fish, big gulps, very slow'))
    expect(gasping.sources).toContain('cpr')
  })
})

describe('playbook responder: review 61 (illness told in lay words)', () => {
  it('reads rubbing the chest, crushing pain "going into my back", a heart going boom boom, a worst-ever headache and hot-then-cold confusion', () => {
    expect(classify('he reckons its indigestion but hes gone all grey and sweaty and hes rubbing his chest').hazards).toContain('cardiac')
    const back = classify('this feels different its like crushing and going into my back').hazards
    expect(back).toContain('cardiac')
    expect(back).not.toContain('embedded_object')
    expect(classify('his heart was going very fast like boom boom and some pain in chest').hazards).not.toContain('explosion')
    expect(classify('he said its the worst headache of his life it came on all of a sudden like someone hit him with a bat').hazards).toEqual(['stroke'])
    expect(classify('shes hot then freezing cold shivering and now shes a bit confused').hazards).not.toContain('hypothermia')
  })

  itRepliesAfter([
    ['my supervisor has chest pain going down his arm', 'he wants to go sit in his van with a rennie till it passes', /No: they stop and sit still now/],
    ['my colleague is diabetic and shes gone all shaky and sweaty and talking rubbish', 'shes getting sleepy now her eyes keep closing should i keep pouring the coke in her mouth', /^No: stop, nothing more by mouth/],
    ['my coworker she have asthma she cannot breathe she use the blue inhaler four five times already is not working', 'she is going more quiet now not wheezing so much and very tired, is this better', /No, that's worse: a quiet chest and tiredness mean they're tiring/],
    ['shes hot then freezing cold shivering and now shes a bit confused', 'her legs have gone sort of blotchy purple like marbled and she hasnt had a wee since yesterday', /^Fever with confusion, blotchy skin or no wee can be sepsis/],
    ['shes hot then freezing cold shivering and now shes a bit confused, she had a kidney infection', 'should i just give her some paracetamol and send her home in a taxi', /^No: not home\. They need hospital by ambulance now/],
    ['one of our girls is 32 weeks pregnant and shes got a really bad headache and flashing lights', 'she wants to drive herself to the maternity unit is that ok', /^No: she mustn't drive/],
    ['its roasting in the foundry, one of the lads has stopped sweating and hes talking nonsense', 'can we give him an ice cold can of red bull to perk him up', /^No drinks while they're confused/],
    ['my workmate told me she took a whole packet of paracetamol this morning', 'she wants to lie down in the first aid room and sleep it off, can i leave her in there', /^No: don't leave them alone/],
    ['hes got chest pain and hes sweating', 'the pain is easing off, can i just take him to a and e in my car', /^No, don't drive/],
  ])

  it("refuses someone else's tablets, as the caller or for a casualty, but not a casualty's own overdose", async () => {
    const self = last(await call("I'm on my own, crushing pain in my chest going into my back", "I've got my wife's diazepam in my bag, should I take one"))
    expect(self.text).toMatch(/^No: don't take someone else's tablets/)
    const own = last(await call('she took a whole packet of paracetamol', 'she also took a load of her sleeping tablets with it'))
    expect(own.text).not.toMatch(/someone else's/)
  })
})

describe('playbook responder: review 62 (the industrial core in new words)', () => {
  it('reads a man held to a live board as a shock, steam blasting a face as a burn, a cigarette as no fire, swarf stuck in an eye as no machine crush', () => {
    expect(classify("my electrician is stuck on the distribution board he's shaking his hand is still on it").hazards).toContain('electric_shock')
    expect(classify('a steam line flange let go, it blasted him in the face and neck').hazards).toContain('burn')
    expect(classify("he wants to sit up and have a smoke can he").hazards).not.toContain('smoke')
    const eye = classify('turning a shaft on the lathe and a bit of swarf flew in my eye its stuck')
    expect(readInCallContext(eye.hazards, [], 'turning a shaft on the lathe and a bit of swarf flew in my eye its stuck').hazards).not.toContain('crush')
  })

  itRepliesAfter([
    ['please help my friend the caustic soda it go in his eyes both eyes', 'i have milk in the fridge, is good for wash the eye yes? or i put the eye drop', /Plain water only: not lemonade or milk/],
    ['please help my friend the caustic soda it go in his eyes both eyes', 'how much time i wash? he say is better now', /^At least twenty minutes of running water, longer for bleach or caustic/],
    ["foundry here, bloke's had molten aluminium run down into his boot", 'the lads want to peel the bits of metal off his skin and wrap it in a towel is that right', /^No: leave anything stuck to the burn for the hospital to take off/],
    ["my electrician is stuck on the distribution board he's shaking his hand is still on it", "i'm going to grab him by the jacket and yank him off it", /^No: the current can come through clothes too/],
    ['one of my lads got a belt off his drill, hes standing in water in the plant room', 'the drill is still lying in the water plugged in, im gonna wade in and unplug it', /^No: don't step into the water/],
    ['he fell off the formwork onto the rebar starters, one bar has gone right through his side', 'can we cut the bar with the disc cutter so hes not on it', /^No: leave the bar for the fire service to cut/],
    ['a bit of swarf flew in my eye off the lathe, its stuck, i can see it shining', "i've got a magnet on a stick i'm going to try and lift it out", /^No, don't try to get it out or rub it/],
    ['a bit of swarf flew in my eye off the lathe, its stuck, i can see it shining', "there's a bit of clear jelly stuff coming out and i cant see properly out of it now", /^That's a serious eye wound: don't rinse, touch or press on it/],
  ])

  it('treats a croaky voice and swollen lips after steam as a burnt airway, not an allergy', async () => {
    const r = last(await call('a steam line let go right in front of our fitter, it blasted him in the face and neck', "his voice is going all croaky and he's coughing, his lips look swollen"))
    expect(r.sources).not.toContain('anaphylaxis-adrenaline')
    expect(r.text).toMatch(/burnt airway/)
  })
})

describe('playbook responder: review 63 (alone and hurt far away, minor calls, corrections) and reviews 59-62 re-graded blind', () => {
  itRepliesAfter([
    ["hiya im out on me own felling in the plantation and the saw kicked back its gone into me thigh theres loads of blood", 'im pressing on it but its soaking through and im going a bit dizzy, i was gonna try walk back to the van its about a mile', /^Don't walk: you'll bleed more/],
    ['ive slipped on the rocks up on the moor and my ankle is bent the wrong way, im on my own', 'my battery is on 5 percent what do i do if it dies', /^If it dies, stay where you are and keep warm/],
    ["i slipped off the spillway at the reservoir and went in the water, i've dragged myself out but im soaked through and freezing", 'i might just lie down in the grass for a bit and rest until i warm up', /^No: not on the cold ground, and don't sleep/],
    ["i slipped off the spillway at the reservoir and went in the water, i've dragged myself out but im soaked through and freezing", "my hands wont work properly and im shaking like mad", /^You're getting dangerously cold/],
    ['ive rolled the pickup into a ditch and banged my head on the window, ive been sick twice and im seeing double', 'i reckon i can drive it out if i get it started', /^No: don't drive\. After a blow to the head/],
    ['im the night security at the quarry, i fell down off the bank into the pit, my back hurts bad', 'no one else is here till six, should i try to climb out its not so steep on one side', /^No: don't move yourself/],
    ["im at the pump station on me own and i feel really shaky and sweaty, im diabetic", "im fine now honestly i feel normal, i was gonna drive home", /Not yet: no driving until 45 minutes after you feel right/],
    ['i went over on my ankle coming down the step off the loading dock its a bit sore', 'should i put ice or heat on it', /^Ice wrapped in a cloth, up to twenty minutes at a time/],
    ['theres a fire in the print works, we are at the assembly point', 'my car keys are in the locker by the door, i will just run in quick', /^No\. Don't go back in, for anyone or anything/],
    ['please help my friend the caustic soda it go in his eyes', 'he say is better now, we stop and i drive him to the clinic', /^At least twenty minutes of running water/],
  ])

  it('starts CPR from the side when someone breathing goes floppy, reads a lone diabetic without tablets as still low, and a tight chest in ammonia as the gas', async () => {
    const side = last(await call('my mate just collapsed on the shop floor', 'he IS breathing, hes making snoring noises', 'he just went floppy and now i cant see his chest moving at all'))
    expect(side.text).toMatch(/^Roll them onto their back now and start CPR/)
    expect(classify("i havent got my glucose tabs, theres a can of coke in the van").hazards).toContain('low_blood_sugar')
    expect(classify('i went over on my ankle coming down the step').hazards).not.toContain('unconscious')
    const ammonia = last(await call('theres an ammonia leak in the cold store, alarms going off, we are all out in the car park', 'two of the lads are coughing, one says his chest is tight and he cant get his breath'))
    expect(ammonia.sources).not.toContain('cardiac-rest')
    expect(ammonia.text).not.toMatch(/defibrillator/)
  })

  it('says only where someone trapped upstairs should stay, not "get everyone out" of that room', async () => {
    const r = last(await call('fire in the print works, we are at the assembly point', 'one of the girls just rang me she is in the toilets upstairs and the smoke is coming under the door'))
    expect(r.text).toMatch(/^Tell them to shut their door/)
    expect(r.text).not.toMatch(/Get everyone out of the toilets/)
  })
})

describe('playbook responder: a load left on a foot', () => {
  it('reads a pallet dropped onto someone\'s foot, and still on it, as a crush to lift off if it is safe', async () => {
    expect(classify("a pallet fell off the forklift onto a guys foot in the warehouse hes screaming").hazards).toContain('crush')
    const r = last(await call('a pallet fell off the forklift onto a guys foot', 'the pallet is still on his foot should we lift it off, its been about 5 minutes'))
    expect(r.text).toMatch(/^Yes, if it's safe: enough people or a jack/)
  })
})

describe('playbook responder: review 64 (an eighteenth helper, the broad mix)', () => {
  it('reads concrete landed on as a fall, rain "chucking it down" as no vomit, a man stuck on a live cable as nothing impaled', () => {
    expect(classify('he fell off the scaffold and landed on the concrete on his back').hazards).not.toContain('chemical_exposure')
    const held = readInCallContext(['electric_shock', 'embedded_object'], [], 'hes got stuck on it still holding the cable')
    expect(held.hazards).not.toContain('embedded_object')
    expect(held.rules).toContain('held-not-impaled')
  })

  itRepliesAfter([
    ['one of our roofers is acting real weird, stumbling and talking gibberish, his skin is red hot and dry', 'gonna give him a couple of panadol and a big bottle of water to bring his temp down', /^No: tablets don't help heat stroke/],
    ['theres a really strong gas smell in the boiler plant room and you can hear hissing', 'can i use the torch on my phone or flick the light on to check', /^No: don't touch any switch, on or off, or light anything/],
    ['hot oil from the fryer went all over her arm and legs', "its been under the cool tap for 20 mins now and she's shaking and says she's freezing cold what now", /^That's enough cooling if they're shivering: stop/],
    ['sparky is stuck on the distribution board, jerking, still holding the cable', 'someone hit the main isolator and he dropped off it, hes on the floor not breathing', /push hard and fast in the centre of the chest/],
  ])

  it('does not roll a spinal casualty because it is "chucking it down", nor give aspirin for a stroke because "it helps with heart attacks"', async () => {
    const rain = last(await call('bloke fell off the scaffold four metres, landed on the concrete on his back, says he cant feel his legs', "its chucking it down with rain, we're gonna carry him into the site cabin"))
    expect(rain.text).toMatch(/^No: don't move them or sit them up/)
    expect(rain.text).not.toMatch(/Roll them onto their side/)
    const stroke = last(await call("our manager's face has dropped on one side and his words are all muddled", 'should i give him an aspirin i heard that helps with heart attacks and strokes'))
    expect(stroke.text).toMatch(/^No, nothing to eat or drink, not even water or tablets/)
    expect(stroke.text).not.toMatch(/300 mg aspirin/)
  })

  it('reads the first aider "back with the defib box" as the defibrillator arriving', async () => {
    const r = last(await call('one of the lads just keeled over, not answering, gasping every so often', "im pushing on his chest, the first aider has come back with the yellow defib box, do i keep pushing"))
    expect(r.text).toMatch(/^Switch the defibrillator on now/)
  })
})

describe('playbook responder: cooling a burn', () => {
  it('keeps cooling when someone only says cold water will send him into shock, and stops when the casualty is freezing', async () => {
    const fete = 'a juggler set his trousers alight with his torch, his shins are black and blistered'
    const myth = last(await call(fete, "we've got his legs under the hose, someone says the cold water will send him into shock, should we stop"))
    expect(myth.text).not.toMatch(/That's enough cooling/)
    const cold = last(await call(fete, "its been under the hose twenty minutes and he says he's freezing"))
    expect(cold.text).toMatch(/^That's enough cooling if they're shivering/)
  })
})

describe('playbook responder: review 65 (workplaces earlier reviews had not visited)', () => {
  it('reads an eastern brown as a snake, "still holding a wire" as the current, a man down behind a mine barricade as bad air, "gas acidity" as no gas leak', () => {
    expect(classify('one of our keepers just got bitten by an eastern brown in the reptile house on his hand').hazards).toContain('snake_bite')
    expect(classify('hes on the floor shaking and hes still holding a wire').hazards).toContain('electric_shock')
    expect(classify('one of the guys went into an old section behind the barricade and he is lying there not moving').hazards).toContain('confined_space')
    expect(classify('he says it is just gas acidity and he wants to drive himself home').hazards).not.toContain('gas_leak')
    expect(classify("ah'm gonnae chuck a basin of water on it tae put it oot").hazards).not.toContain('all_clear')
  })

  itRepliesAfter([
    ["the deep fat fryer's went up in flames and wee jamie's got hot oil all doon his arm", "the flames are up tae the extractor hood ah'm gonnae chuck a basin of water on it tae put it oot", /^No water on a fat fire/],
    ['my mate got the wheel cleaner sprayed right in his eyes, the really strong acid one', 'we did fifteen minutes, do we still need an ambulance or can his mum just take him tomorrow', /^Yes, today: an eye burnt by a chemical needs hospital now/],
    ['one of our keepers just got bitten by an eastern brown on his hand', "the other keeper's saying cut it and suck the venom out or whack a tourniquet on his arm real tight", /^No: don't cut it, suck it or put ice on it/],
  ])
})

describe('playbook responder: a hand burnt in a machine', () => {
  it('reads "is very burned" as a burn to cool, but not burnt toast or a burnt-out van', async () => {
    expect(classify('ok the engineer opened the rollers, hand is out, is very burned and skin is coming off').hazards).toContain('burn')
    expect(classify('it was burnt toast in the canteen').hazards).not.toContain('burn')
    expect(classify('the van is burnt out').hazards).not.toContain('burn')
    const r = last(await call('her hand is gone inside the big ironing machine, the roller one, she is screaming', 'the engineer opened the rollers, hand is out, is very burned and skin is coming off and she is very pale'))
    expect(r.text).toMatch(/serious burn: keep cooling it/)
  })
})

describe('playbook responder: review 66 (two things at once, scenes that change)', () => {
  itRepliesAfter([
    ['my coworker is having a fit on the floor shaking all over', 'should i put a pen in his mouth so he dont bite his tongue', /^No, don't hold them down or put anything in their mouth/],
    ['roofer on the flat roof is hot confused stopped sweating very red', 'should we give him lots of cold water to drink hes very confused', /^No drinks while they're confused/],
    ['roofer on the flat roof is hot confused stopped sweating very red', 'now hes having a fit on the roof near the edge', /keep them from the edge: kneel between them and the drop/],
    ['my dad fell off the trailer in the yard hit his head hes awake but confused', 'oh god the tractor is rolling back down the slope towards us nobody in it', /^Get out of its path now/],
    ['fryer caught fire in the kitchen, we got out, the chef breathed the smoke and is coughing', 'now he gone floppy eyes rolling he not answering me is he breathing i dont know how to check', /^Tilt the head back, lift the chin, and look, listen and feel for ten seconds/],
    ['welder got hot metal on his arm and another guy fell off the scaffold, he cant feel his legs', 'we want to sit the scaffold guy up so he can breathe better', /^No: don't move them or sit them up/],
  ])

  it('sends someone to hospital who wants to go home after an electric shock stopped his breathing', async () => {
    const r = last(await call('electrician got shocked he still holding the cable shaking', 'can i pull him off with my hands quick he is dying', 'ok breaker is off now he is lying there not breathing', 'he started breathing again and coughing, he wants to go home says hes fine'))
    expect(r.text).toMatch(/^No: after an electric shock they must be checked in hospital/)
  })

  it('reads acid "burning" a helper\'s hand as the chemical, not a fire, and no fan switched on in a gas smell', async () => {
    const acid = await call('a drum of acid spilled, a guy got it on his legs and hes screaming', 'im helping him take off the trousers, it got on my hand too its burning')
    expect(last(acid).text).not.toMatch(/Use the stairs, not the lift/)
    const fan = last(await call('man collapsed in the boiler room not breathing i started cpr', 'theres a strong gas smell now like rotten eggs', 'can i just turn on the big fan in here to blow it out and keep going'))
    expect(fan.text).toMatch(/^No: don't touch any switch/)
  })
})

describe('playbook responder: sugar at hand in a hypo', () => {
  it('tells a lone diabetic to have the coke he has, but not diet coke, and not again once it is had', async () => {
    const first = "im at the pump station on me own and i feel really shaky and sweaty im diabetic i think my sugars gone low"
    expect(last(await call(first, "i havent got my glucose tabs, theres a can of full sugar coke in the van and some biscuits")).text).toMatch(/^Yes: get it and have it now, full-sugar, not diet/)
    expect(last(await call(first, "theres only diet coke in the vending machine, will that do")).text).not.toMatch(/^Yes: get it/)
    expect(last(await call(first, "ive had the coke its been ten minutes i feel a bit better")).text).not.toMatch(/^Yes: get it/)
  })
})

describe('playbook responder: gas during CPR', () => {
  it('tells someone doing CPR where a gas smell grows to get out, taking the casualty only if quick', async () => {
    const r = last(await call('man collapsed in the boiler room not breathing i started cpr', 'theres a strong gas smell now like rotten eggs getting stronger my head hurts'))
    expect(r.text).toMatch(/^Get out now: drag them out with you only if you can in seconds/)
    const plain = last(await call('man collapsed in the office not breathing i started cpr', 'my arms are getting tired'))
    expect(plain.text).not.toMatch(/^Get out now/)
  })
})
