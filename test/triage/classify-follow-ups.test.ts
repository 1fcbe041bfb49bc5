import { describe, expect, it } from 'vitest'
import { classify, type Hazard, type Triage } from '../../src/triage/classify.js'
import { createResponder, type ResponderReply } from '../../src/triage/responder.js'
import type { Urgency } from '../../src/triage/urgency.js'

// What callers say once the emergency is named: updates, help arriving, kit and places with a
// hazard in their name. Each was read as a new hazard, which records a false hazard on the call
// and tells the caller to do the wrong thing; a turn naming none carries the call's hazards on.
// Each row also holds a near sentence that must keep the hazard, so the fix cannot overreach.
interface Misreading {
  /** Said mid-call; reports no hazard. */
  said: string
  /** What it used to be read as. */
  was: Hazard
  /** Close to it, and still that hazard. */
  near: string
}

const MISREADINGS: Misreading[] = [
  // In a spill call "it's spreading" is the spill; putting "it" out is still a fire.
  { said: "it's spreading towards the drain", was: 'fire', near: "tried to put it out but it's spreading" },
  { said: "it's spreading across the floor", was: 'fire', near: "we couldn't put it out" },
  { said: "it's spreading", was: 'fire', near: "we tried to put out the fire but it's spreading" },
  // Help arriving.
  { said: 'I can see the fire crew', was: 'fire', near: 'I can see the fire from here' },
  { said: 'fire and rescue just pulled up', was: 'fire', near: 'the fire crew are here but the fire is spreading' },
  { said: 'the ambulance is here', was: 'injury', near: 'we need an ambulance' },
  { said: 'the paramedics are with him now', was: 'injury', near: 'get a paramedic' },
  { said: 'the gas engineer is here', was: 'gas_leak', near: "the gas engineer says there's still a leak" },
  { said: 'the hazmat team has arrived', was: 'chemical_spill', near: 'the hazmat team says it is leaking' },
  // Places named for what they hold: where the caller is, until something happens there.
  { said: "we're at the gas compound", was: 'gas_leak', near: 'fire at the gas compound' },
  { said: "I'm at the gas cylinder store", was: 'gas_leak', near: 'gas leaking at the gas cylinder store' },
  { said: 'I am next to the acid store', was: 'chemical_spill', near: 'the acid store is leaking' },
  // Kit and names.
  { said: 'I grabbed the spill kit', was: 'chemical_spill', near: 'the spill kit is empty and acid is everywhere' },
  { said: 'I put on a smoke hood', was: 'smoke', near: 'fire exit is blocked by smoke' },
  { said: 'the smoke vents have opened', was: 'smoke', near: 'smoke is coming out of the vents' },
  { said: 'his blood pressure is low', was: 'injury_bleeding', near: "there's blood coming from his arm" },
  { said: "he's going to the burns unit", was: 'burn', near: 'he burned his hand on the pipe' },
  { said: 'the fire panel says zone 4', was: 'fire', near: 'the panel is on fire' },
  { said: 'the blast doors are shut', was: 'explosion', near: 'there was a blast in the boiler room' },
  { said: 'I opened the bleed valve', was: 'injury_bleeding', near: "he's bleeding by the valve" },
  // The good news of a gas call.
  { said: 'the gas detector is reading zero now', was: 'gas_leak', near: 'the gas detector is going off' },
  { said: 'I shut off the gas', was: 'gas_leak', near: "I shut off the gas but it's still leaking" },
  { said: 'the gas supply is off', was: 'gas_leak', near: "I can't turn off the gas" },
  // Said in passing.
  { said: "bloody hell it's getting bigger", was: 'injury_bleeding', near: "he's got a bloody hand" },
  { said: 'the drum fell over', was: 'fall', near: 'he fell over the drum' },
  { said: "we're all a bit shocked", was: 'electric_shock', near: 'he got shocked by the panel' },
  { said: 'I can hear the sirens', was: 'alarm', near: 'I can hear a siren going off in the plant' },
  // Held up on the way in.
  { said: "the fire brigade can't get in, they're stuck at the gate", was: 'trapped', near: "he's stuck at the top of the ladder" },
  { said: 'the ambulance is stuck in traffic', was: 'injury', near: 'we need an ambulance' },
]

// Read as a cry for help, which mid-call replaces the instructions with "what's happening?".
const NOT_DISTRESS: Array<{ said: string; near: string }> = [
  { said: 'I hit the emergency stop', near: "it's an emergency" },
  { said: 'help is here', near: 'help me' },
  { said: 'the emergency services have arrived', near: 'send the emergency services' },
  { said: 'thanks for your help', near: 'we need help' },
  { said: "we're by the emergency exit", near: 'emergency at the main gate' },
  { said: "he's out of danger now", near: "he's in danger" },
]

// Answers and negations that lost the hazard the caller was describing.
const READINGS: Array<{ said: string; is: Hazard[]; urgency?: Triage['urgency']; near: string; nearIs: Hazard[] }> = [
  // Answering "Can you see flames?": the smoke is what they can see.
  { said: 'no flames just smoke', is: ['smoke'], near: 'no flames and no smoke', nearIs: [] },
  { said: "there's no fire only smoke", is: ['smoke'], near: 'not just smoke, there are flames', nearIs: ['fire'] },
  // Someone giving CPR has found them not breathing.
  { said: "I'm doing CPR", is: ['not_breathing'], near: "he's breathing, we stopped CPR", nearIs: [] },
  // As "the leak has stopped" always was.
  { said: 'we stopped the leak', is: ['all_clear'], near: "we can't stop the leak", nearIs: ['leak'] },
  // The "not" is about stopping it, so it goes on: these ruled the bleeding or the fire out.
  { said: "I can't stop the bleeding", is: ['injury_bleeding'], urgency: 'CRITICAL', near: "he's not bleeding", nearIs: [] },
  { said: "it hasn't stopped bleeding", is: ['injury_bleeding'], urgency: 'CRITICAL', near: "he isn't bleeding anymore", nearIs: [] },
  { said: "no, the bleeding isn't slowing down", is: ['injury_bleeding'], urgency: 'CRITICAL', near: 'the bleeding is slowing down', nearIs: ['injury_bleeding'] },
  { said: "we can't control the fire", is: ['fire'], near: "we didn't see any fire", nearIs: [] },
  { said: "we can't put out the fire", is: ['fire'], near: 'we put out the fire', nearIs: ['all_clear'] },
  { said: "we can't get the fire out", is: ['fire'], near: "we didn't get hurt", nearIs: [] },
  // "Fell on him" was a crush; "onto him" fell through to a fall.
  { said: 'a box fell onto him', is: ['crush'], near: 'he fell onto the floor', nearIs: ['fall'] },
]

describe('classify: follow-ups mid-call', () => {
  it.each(MISREADINGS)('"$said" is no $was, while "$near" is', ({ said, was, near }) => {
    const t = classify(said)
    expect(t.hazards).toEqual([])
    expect(t.urgency).toBe('LOW')
    expect(classify(near).hazards).toContain(was)
  })

  it.each(NOT_DISTRESS)('"$said" is no call for help, while "$near" is', ({ said, near }) => {
    expect(classify(said)).toMatchObject({ urgency: 'LOW', hazards: [] })
    expect(classify(near).urgency).toBe('HIGH')
  })

  it.each(READINGS)('"$said" is $is, while "$near" is $nearIs', ({ said, is, urgency, near, nearIs }) => {
    const t = classify(said)
    expect(t.hazards).toEqual(is)
    if (urgency !== undefined) expect(t.urgency).toBe(urgency)
    expect(classify(near).hazards).toEqual(nearIs)
  })
})

const responder = createResponder({ kind: 'playbook' })

/** Plays a call through the playbook responder the way the voice route does, turn after turn. */
async function call(...utterances: string[]): Promise<ResponderReply[]> {
  const history: Array<{ role: 'user' | 'assistant'; text: string }> = []
  const replies: ResponderReply[] = []
  let urgency: Urgency = 'UNKNOWN'
  for (const text of utterances) {
    history.push({ role: 'user', text })
    const reply = await responder.respond({ text, triage: classify(text), callUrgency: urgency, history: [...history], turn: replies.length + 1 })
    history.push({ role: 'assistant', text: reply.text })
    urgency = reply.urgency
    replies.push(reply)
  }
  return replies
}

describe('playbook responder: follow-ups keep the call on its emergency', () => {
  it.each([
    [['acid spilled in bay 2', "it's spreading towards the drain"], 'chemical-spill-isolate'],
    // Help arriving hands the call over (responders-arrived) rather than adding a casualty.
    [['fire in the canteen, everyone is out', 'the ambulance is here'], 'responders-arrived'],
    [["his hand's caught in the press", 'I hit the emergency stop'], 'crush-stop-machine'],
    [['fire in bay 2', "bloody hell it's getting bigger"], 'fire-evacuate'],
    [["there's smoke coming from bay 4", 'no flames just smoke'], 'smoke-leave'],
    [['he cut his arm badly, blood everywhere', 'I can hear the sirens'], 'bleeding-pressure'],
    [['fire in the kitchen', 'I shut off the gas'], 'fire-evacuate'],
    [['he cut his arm badly, blood everywhere', "I can't stop the bleeding"], 'bleeding-pressure'],
  ] as Array<[string[], string]>)('%j stays on %s', async (turns, entry) => {
    const replies = await call(...turns)
    expect(replies[replies.length - 1]?.sources).toEqual([entry])
  })
})
