import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { loadDefaultPlaybook } from '../../src/triage/playbook.js'
import type { ResponderReply } from '../../src/triage/responder.js'
import { call, last } from '../helpers/playbook-call.js'
import { MAX_SPOKEN_CHARS } from '../../src/triage/spoken-text.js'

// Conditions the playbook gained after the sixth review (95 ordinary calls): low blood sugar,
// nosebleed, cold, carbon monoxide, fractures and panic attacks. The reviewer's calls (C13, C35,
// C60-C62, C65, C66, C76, C77, C84, C85) are played word for word, with ordinary variants.

const playbook = loadDefaultPlaybook()
const ids = new Set(playbook.entries.map((e) => e.id))


function at(replies: readonly ResponderReply[], i: number): ResponderReply {
  const reply = replies[i]
  if (reply === undefined) throw new Error(`no reply ${i}`)
  return reply
}

function expectSpeakable(replies: readonly ResponderReply[]): void {
  for (const reply of replies) {
    expect(reply.text.trim()).not.toBe('')
    expect(reply.text.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS)
    expect(reply.text).toMatch(/\?$/)
    for (const s of reply.sources) expect(ids).toContain(s)
  }
}

const ALERTED = /Help is being alerted/
// What the generic "medical" entry and the wound entries said to these callers.
const NOTHING_TO_EAT = /anything to eat or drink/i
const WOUND_LINES = /press hard on the wound|keep them lying down|tourniquet/i

describe('playbook conditions: the entries', () => {
  const said = (id: string): string => {
    const e = playbook.entry(id)
    return [...(e?.say ?? []), e?.hold ?? '', e?.keep ?? '', e?.worse ?? ''].join(' ')
  }

  it('never tells a nosebleed to lie down, tip the head back or use a tourniquet', () => {
    expect(said('nosebleed-pinch')).not.toMatch(/tourniquet|lying down|lie down|head back|wound/i)
  })

  it('never gives anything by mouth to someone not fully awake', () => {
    for (const id of ['low-sugar-unconscious', 'cold-unconscious', 'co-unconscious']) expect(said(id), id).not.toMatch(/give (them|a) (something|sugary|warm)|sips?/i)
    expect(said('low-sugar-unconscious')).toMatch(/Nothing by mouth, not even sugar/)
  })

  it('never warms someone cold fast', () => {
    expect(said('cold-warm-slowly')).toMatch(/No hot shower or bath, and don't rub their skin/)
    expect(said('cold-warm-slowly')).not.toMatch(/hot water|hot bath(?!,)|heater/i)
  })

  it('never straightens a break or presses on a bone', () => {
    expect(said('fracture-support')).toMatch(/Don't try to straighten it/)
    expect(said('open-fracture-cover')).toMatch(/press firmly around the bone, not on it/)
    expect(said('open-fracture-cover')).not.toMatch(/press hard on the wound/i)
  })
})

describe('playbook conditions: words shared with other calls', () => {
  it('hears a headache after a blow to the head as the injury\'s, not a new illness', async () => {
    const replies = await call('a bolt fell from above and hit him on the head, he has his hard hat on', 'yeah hes talking, says he has a headache')
    expect(at(replies, 1).sources).not.toContain('medical-stay-with')
  })

  it('still hears the CO alarm as a gas alarm, and a headache alone as someone unwell', () => {
    expect(classify('the CO alarm is going off').hazards).toEqual(['gas_leak'])
    expect(classify('he has a really bad headache').hazards).toEqual(['medical'])
  })
})

describe('playbook conditions: low blood sugar', () => {
  it('C60: gives sugar to a diabetic who is awake, says yes to "should I give her some sugar", and holds once she is better', async () => {
    const replies = await call('my colleague is diabetic and shes shaky and confused', 'yes she is awake', 'should I give her some sugar', 'she is drinking some coke', 'she is feeling better now')
    expect(at(replies, 0)).toMatchObject({ urgency: 'HIGH', sources: ['low-sugar-give-sugar'] })
    expect(at(replies, 0).text).toMatch(/^If they're awake and can swallow, give them something sugary now: a non-diet drink, glucose tablets or sweets/)
    expect(at(replies, 0).text).toMatch(ALERTED)
    expect(at(replies, 2).text).toMatch(/^Yes, if they're awake and can swallow: a sugary drink/)
    expect(at(replies, 4).text).toMatch(/^Good\. Give them a starchy snack/)
    for (const r of replies) {
      expect(r.sources).toEqual(['low-sugar-give-sugar'])
      expect(r.text).not.toMatch(NOTHING_TO_EAT)
      expect(r.text).not.toMatch(/inhaler|adrenaline pen|What are their symptoms/)
    }
    expectSpeakable(replies)
  })

  it('C61: a diabetic who passed out gets nothing by mouth, the recovery position if breathing, and a "no" to sweets', async () => {
    const replies = await call('hes diabetic and hes passed out', 'yes breathing', 'can I give him sweets', 'ok')
    expect(at(replies, 0)).toMatchObject({ urgency: 'CRITICAL', sources: ['low-sugar-unconscious'] })
    expect(at(replies, 0).text).toMatch(/^Nothing by mouth, not even sugar: they could choke\. Breathing normally: onto their side; if not, start CPR/)
    expect(at(replies, 1).text).toMatch(/^Stay with them and keep checking their breathing\. If it stops, or you're not sure, start CPR/)
    expect(at(replies, 2).text).toMatch(/^No, nothing in their mouth while they're not fully awake/)
    for (const r of replies) expect(r.text).not.toMatch(/^Yes|give them something sugary now/)
    expectSpeakable(replies)
  })

  it('C62: "what do I give him" gets a clear answer: something sugary', async () => {
    const replies = await call('erm a guy here is sweating and acting weird, I think hes diabetic', 'yeah hes talking but not making sense', 'what do I give him', 'ok he ate a biscuit')
    expect(at(replies, 0)).toMatchObject({ urgency: 'HIGH', sources: ['low-sugar-give-sugar'] })
    expect(at(replies, 2).text).toMatch(/^Yes, if they're awake and can swallow: a sugary drink, not diet, or glucose tablets or sweets/)
    for (const r of replies) expect(r.text).not.toMatch(NOTHING_TO_EAT)
    expectSpeakable(replies)
  })

  it.each([
    ["I think she's having a hypo"],
    ["his blood sugar is really low and he's sweating"],
    ["he's diabetic, he's gone all pale and sweaty"],
    ['my mate is diabetic and he feels dizzy'],
  ])('"%s" is low blood sugar: sugar if they can swallow, not "nothing to eat or drink"', async (text) => {
    const [reply] = await call(text)
    expect(reply).toMatchObject({ urgency: 'HIGH', sources: ['low-sugar-give-sugar'] })
    expect(reply?.text).toMatch(/give them something sugary now/)
    expect(reply?.text).not.toMatch(NOTHING_TO_EAT)
  })

  it.each([
    ['can she have a drink of coke'],
    ['should I give him some sweets'],
    ['does he need some sugar'],
  ])('answers "%s" yes, while they are awake', async (question) => {
    const replies = await call('she is diabetic and she is shaking', question)
    expect(at(replies, 1).text).toMatch(/^Yes, if they're awake and can swallow/)
  })

  it('says no to insulin: it lowers the sugar further', async () => {
    const replies = await call('he is diabetic and confused', 'should I give him his insulin')
    expect(at(replies, 1).text).toMatch(/^No insulin: if their sugar is low, it makes it worse/)
  })

  it('gives CPR only to a diabetic who is not breathing, and nothing about sugar', async () => {
    const [reply] = await call("she's diabetic and she's not breathing")
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['cpr'] })
    expect(reply?.text).not.toMatch(/sugar/i)
  })

  it('says sugar once a diabetic who passed out is awake again and can swallow', async () => {
    const replies = await call('hes diabetic and hes passed out', 'he is awake now', 'can I give him some juice')
    expect(at(replies, 2).text).toMatch(/^Yes, if they're awake and can swallow/)
  })
})

describe('playbook conditions: nosebleed', () => {
  it('C13: sits them forward and pinches the nose, never the wound, lying-down or tourniquet lines', async () => {
    const replies = await call('one of the lads has a nosebleed that wont stop', 'about 20 minutes', 'what should he do', 'ok thanks')
    expect(at(replies, 0)).toMatchObject({ urgency: 'HIGH', sources: ['nosebleed-pinch'] })
    expect(at(replies, 0).text).toMatch(/^Sit down leaning forward, not back\. Pinch the soft part of the nose/)
    expect(at(replies, 0).text).toMatch(/ten to fifteen minutes without letting go/)
    expect(replies.map((r) => r.text).join(' ')).toMatch(/spit out any blood/)
    expect(replies.map((r) => r.text).join(' ')).toMatch(/after 30 minutes in all, or it started after a blow to the head, they need hospital/)
    for (const r of replies) {
      expect(r.sources).toEqual(['nosebleed-pinch'])
      expect(r.text).not.toMatch(WOUND_LINES)
      // "About 20 minutes" answered it.
      expect(r.text).not.toMatch(/How long has it been bleeding\?/)
    }
    expectSpeakable(replies)
  })

  it.each([
    ['his nose is bleeding loads'],
    ["her nose won't stop bleeding"],
    ['blood pouring out of his nose after he walked into a beam'],
    ["he's got a bloody nose"],
    ['bleeding from his nose'],
  ])('"%s" is a nosebleed, not a wound', async (text) => {
    const replies = await call(text, 'still bleeding')
    expect(at(replies, 0).sources).toEqual(['nosebleed-pinch'])
    expect(at(replies, 0).text).toMatch(/Pinch the soft part of the nose/)
    for (const r of replies) expect(r.text).not.toMatch(WOUND_LINES)
  })

  it.each([
    ['should he lie down'],
    ['should he tilt his head back'],
  ])('answers "%s" no: sitting up and forward', async (question) => {
    const replies = await call('he has a nosebleed', question)
    expect(at(replies, 1).text).toMatch(/^No, keep them sitting up and leaning forward, not lying down or tipping the head back/)
  })

  it('holds once it has stopped: rest, no blowing the nose', async () => {
    const replies = await call('his nose is bleeding', 'ok pinching it', 'it has stopped bleeding now')
    expect(at(replies, 2).text).toMatch(/^Good\. Rest quietly for a while\. For a day, no blowing or picking the nose/)
  })

  it('puts someone unresponsive with a nosebleed on their side, not sat forward', async () => {
    const [reply] = await call("nose bleed and he's passed out")
    expect(reply?.sources).toEqual(['unconscious-airway'])
    expect(reply?.text).not.toMatch(/Pinch|leaning forward/)
  })
})

describe('playbook conditions: cold', () => {
  it('C65: someone found in the freezer is warmed, not treated as trapped, and a hot shower is refused', async () => {
    const replies = await call('found a guy locked in the freezer, hes shivering and really cold', 'yes hes talking but slurring', 'should I put him in a hot shower', 'we got him in the office with a blanket')
    expect(at(replies, 0)).toMatchObject({ urgency: 'HIGH', sources: ['cold-warm-slowly'] })
    expect(at(replies, 0).text).toMatch(/^Get them out of the cold and wind, into somewhere warm\. Take off wet clothes and wrap them in dry blankets or coats, head too/)
    expect(at(replies, 2).text).toMatch(/^No hot shower or bath, no direct heat and no rubbing/)
    expect(replies.map((r) => r.text).join(' ')).toMatch(/warm sweet drink/)
    for (const r of replies) {
      expect(r.sources).toEqual(['cold-warm-slowly'])
      expect(r.text).not.toMatch(/Can you see or hear them|heavy loads|isolate power|inhaler|anything to eat or drink/)
    }
    expectSpeakable(replies)
  })

  it('C66: a worker shaking with cold after being in the water is understood and help is alerted', async () => {
    const replies = await call('one of the lads on the dock is freezing, cant stop shaking, hes been in the water', 'yeah hes out now', 'his clothes are soaked', 'ok')
    for (const r of replies) {
      expect(r).toMatchObject({ urgency: 'HIGH', sources: ['cold-warm-slowly'] })
      expect(r.text).toMatch(ALERTED)
      expect(r.text).not.toMatch(/didn't catch|didn't understand/)
    }
    expect(at(replies, 0).text).toMatch(/Take off wet clothes/)
    expectSpeakable(replies)
  })

  it.each([
    ["he's hypothermic"],
    ["she fell in the canal, we got her out, she's shivering"],
    ["he's been in the cold store for hours and he's freezing"],
  ])('"%s" is warmed slowly in dry layers', async (text) => {
    const [reply] = await call(text)
    expect(reply?.sources).toContain('cold-warm-slowly')
    expect(reply?.text).toMatch(/wrap them in dry blankets or coats/)
  })

  it('hears "stopped shivering" as getting worse: CRITICAL', async () => {
    const [reply] = await call("he's stopped shivering and he's really drowsy")
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['cold-warm-slowly'] })
  })

  it.each([
    // Review 118: the alcohol asked about is refused first, with why.
    ['can I give him a brandy', /^No alcohol: it makes them lose heat\. Only if they're fully alert, a warm sweet drink/],
    ['should I rub his hands', /^No hot shower or bath, no direct heat and no rubbing/],
    ['can we put him by the heater', /^No hot shower or bath, no direct heat and no rubbing/],
  ])('answers "%s"', async (question, answer) => {
    const replies = await call('he is hypothermic', question)
    expect(at(replies, 1).text).toMatch(answer)
  })

  it('checks the breathing of someone cold and unresponsive for up to a minute, and wraps them', async () => {
    const replies = await call("found him in the freezer, he's unconscious", 'yes breathing')
    expect(at(replies, 0)).toMatchObject({ urgency: 'CRITICAL', sources: ['cold-unconscious'] })
    expect(at(replies, 0).text).toMatch(/Check their breathing carefully for up to a minute/)
    expect(at(replies, 1).text).toMatch(/roll them onto their side and wrap them in dry blankets/)
  })

  it('tells a caller locked in a cold store to find the release and keep moving', async () => {
    const replies = await call("I'm locked in the cold store", 'ok')
    expect(at(replies, 0)).toMatchObject({ urgency: 'CRITICAL', sources: ['caller-trapped-cold'] })
    expect(at(replies, 0).text).toMatch(/^Look for the emergency release handle or alarm button by the door/)
    expect(at(replies, 1).text).toMatch(/Keep moving/)
  })

  it('does not hear the weather as a casualty', () => {
    expect(classify("it's freezing out here").hazards).toEqual([])
    expect(classify('the pipes are freezing').hazards).toEqual([])
  })
})

describe('playbook conditions: carbon monoxide', () => {
  it('C35: a generator in the basement with people ill is carbon monoxide: everyone out, then the collapsed one', async () => {
    const replies = await call('uh we have a generator running in the basement and three guys have headaches and feel sick', 'no we are still in there', 'ok we are going up now', 'one of them passed out on the stairs')
    expect(at(replies, 0)).toMatchObject({ urgency: 'CRITICAL', sources: ['co-get-out'] })
    expect(at(replies, 0).text).toMatch(/^This may be carbon monoxide\. Get everyone out of the basement into fresh air now/)
    expect(at(replies, 1).text).toMatch(/^Anyone still inside, out now/)
    expect(replies.map((r) => r.text).join(' ')).toMatch(/Switch the generator off only if it's on your way out/)
    expect(at(replies, 3)).toMatchObject({ urgency: 'CRITICAL', sources: ['co-unconscious'] })
    expect(at(replies, 3).text).toMatch(/only if you can do it fast without staying in/)
    for (const r of replies) expect(r.text).not.toMatch(/anything to eat or drink|What are their symptoms|inhaler/)
    expectSpeakable(replies)
  })

  it.each([
    ['there is a forklift running inside the container and the driver feels dizzy'],
    ['petrol generator in the cabin, two lads have bad headaches'],
    ["we think it's carbon monoxide, everyone's got headaches"],
    ['the heater was on all night in the hut and they feel sick'],
  ])('"%s" is carbon monoxide: out into fresh air', async (text) => {
    const [reply] = await call(text)
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['co-get-out'] })
    expect(reply?.text).toMatch(/into fresh air now/)
  })

  it('does not call a generator carbon monoxide while nobody is ill', () => {
    expect(classify('generator running in the basement').hazards).toEqual([])
    expect(classify("there's a heater in the office").hazards).toEqual([])
    expect(classify('the generator is on fire').hazards).not.toContain('carbon_monoxide')
  })

  it('checks breathing in fresh air for someone collapsed near a running generator', async () => {
    const replies = await call('the generator is running and he collapsed', 'yes we got him out')
    expect(at(replies, 0).sources).toEqual(['co-unconscious'])
    expect(at(replies, 1).text).toMatch(/^Once you're both in fresh air, check their breathing for ten seconds/)
  })

  it('starts CPR only in fresh air', async () => {
    const [reply] = await call("exhaust fumes in the workshop and he's not breathing")
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['co-cpr'] })
    expect(reply?.text).toMatch(/^If they're already out in fresh air, start CPR now/)
  })

  it.each([
    ['can I go back in for him', /^No\. Don't go back in: the gas can knock you out too/],
    ['should I turn the generator off', /^Only if it's right by you on your way out/],
  ])('answers "%s"', async (question, answer) => {
    const replies = await call('generator running in the basement and two guys feel sick', question)
    expect(at(replies, 1).text).toMatch(answer)
  })
})

describe('playbook conditions: fractures', () => {
  it('C76: a bent wrist is supported as found, and "should I straighten it" gets a no', async () => {
    const replies = await call('I think hes broken his wrist, it looks bent', 'no not bleeding', 'should I try and straighten it')
    expect(at(replies, 0)).toMatchObject({ urgency: 'HIGH', sources: ['fracture-support'] })
    expect(at(replies, 0).text).toMatch(/^Don't try to straighten it\. Keep it still, supported as you found it, with padding/)
    expect(replies.map((r) => r.text).join(' ')).toMatch(/sling/)
    expect(at(replies, 2).text).toMatch(/^No, don't straighten it or push anything back in/)
    for (const r of replies) expect(r.text).not.toMatch(/Where are they hurt\?/)
    expectSpeakable(replies)
  })

  it('C77: a bone through the skin is covered and pressed around, never pressed on or pushed back', async () => {
    const replies = await call('his leg is broken, the bone is sticking out', 'yes loads of blood', 'ok pressing around it')
    expect(at(replies, 0)).toMatchObject({ urgency: 'CRITICAL', sources: ['open-fracture-cover'] })
    expect(at(replies, 0).text).toMatch(/^Don't move it or push the bone back\. Cover the wound with a clean cloth and press firmly around the bone, not on it/)
    expect(at(replies, 1).text).toMatch(/^Pad either side of the bone/)
    for (const r of replies) {
      expect(r.sources).toEqual(['open-fracture-cover'])
      expect(r.text).not.toMatch(/press hard on the wound|didn't catch/i)
    }
    expectSpeakable(replies)
  })

  it.each([
    ["he's dislocated his shoulder", 'fracture-support'],
    ["I think she's broken her ankle", 'fracture-support'],
    ['his arm is at a weird angle', 'fracture-support'],
    ['you can see the bone through the skin', 'open-fracture-cover'],
    ['bone sticking out of his leg', 'open-fracture-cover'],
  ])('"%s" is a fracture (%s)', async (text, id) => {
    const [reply] = await call(text)
    expect(reply?.sources).toEqual([id])
    expect(reply?.text).toMatch(ALERTED)
  })

  it('keeps a fall\'s neck care beside the fracture', async () => {
    const [reply] = await call('he fell off the ladder and broke his leg')
    expect(reply?.sources).toEqual(['fall-keep-still', 'fracture-support'])
  })

  it.each([
    ['should I pop it back in', /^No, don't straighten it or push anything back in/],
    ['can she walk on it', /^No, don't let them stand or put weight on it/],
  ])('answers "%s"', async (question, answer) => {
    const replies = await call("I think she's dislocated her knee", question)
    expect(at(replies, 1).text).toMatch(answer)
  })

  it('asks about a wound, and hears "yes" as an open fracture', async () => {
    const replies = await call('I think his arm is broken', 'ok', 'yes')
    expect(at(replies, 1).text).toMatch(/Is there a wound or bone showing\?$/)
    // The open fracture's lines, not the closed one's beside them ("keep it supported" would be pressed on).
    expect(at(replies, 2).sources).toEqual(['open-fracture-found'])
    expect(at(replies, 2)).toMatchObject({ urgency: 'CRITICAL' })
    expect(at(replies, 2).text).toMatch(/^Don't move it or push the bone back\. Cover the wound with a clean cloth and press firmly around the bone, not on it/)
  })
})

describe('playbook conditions: panic attack', () => {
  it('C84: slow breathing, no paper bag, and a hold once he calms down', async () => {
    const replies = await call('my coworker is having a panic attack, hes breathing really fast', 'he says his hands are tingling', 'should he breathe into a paper bag', 'he is calming down now')
    expect(at(replies, 0)).toMatchObject({ urgency: 'HIGH', sources: ['panic-slow-breathing'] })
    expect(at(replies, 0).text).toMatch(/^Sit down somewhere quiet\. Slow the breathing: in through the nose, then out slowly through the mouth/)
    expect(at(replies, 0).text).toMatch(ALERTED)
    expect(at(replies, 1).text).toMatch(/chest pain, blue lips, or this has never happened before, tell me now/)
    expect(at(replies, 2).text).toMatch(/^No paper bag/)
    expect(at(replies, 3).text).toMatch(/^Good\. Stay sitting somewhere quiet/)
    for (const r of replies) expect(r.text).not.toMatch(/didn't catch|didn't understand|supervisor or safety officer|defibrillator/)
    expectSpeakable(replies)
  })

  it('C85: a caller who cannot breathe and thinks it is panic is treated as a breathing emergency too, without fresh-air or defibrillator lines', async () => {
    const replies = await call('i cant breathe, i think im having a panic attack', 'im in the locker room', 'my heart is racing', 'its getting a bit better')
    expect(at(replies, 0)).toMatchObject({ urgency: 'CRITICAL', sources: ['panic-breathing'] })
    expect(at(replies, 0).text).toMatch(/^Sit down and lean forward a little\. Slow breaths/)
    expect(at(replies, 1).text).toMatch(/If lips turn blue, there's chest pain, or it's getting worse, tell me at once/)
    expect(at(replies, 2).sources).toEqual(['panic-breathing'])
    expect(at(replies, 3).text).toMatch(/^Good\. Stay sitting somewhere quiet/)
    for (const r of replies) expect(r.text).not.toMatch(/defibrillator|fresh air, away from smoke|Did they breathe in smoke/)
    expectSpeakable(replies)
  })

  it.each([
    ["I think I'm having a panic attack"],
    ["he's hyperventilating"],
    ['she is having an anxiety attack'],
  ])('"%s" gets slow breathing', async (text) => {
    const [reply] = await call(text)
    expect(reply?.sources).toEqual(['panic-slow-breathing'])
  })

  it('treats chest pain in a panic attack as the heart', async () => {
    const [reply] = await call("he's having a panic attack and now he has chest pain")
    expect(reply).toMatchObject({ urgency: 'CRITICAL', sources: ['cardiac-rest'] })
  })

  it('treats a "yes" to "Is there any chest pain?" as the heart', async () => {
    const replies = await call("she's having a panic attack", 'ok', 'yes')
    expect(at(replies, 1).text).toMatch(/Is there any chest pain\?$/)
    expect(at(replies, 2)).toMatchObject({ urgency: 'CRITICAL', sources: ['panic-chest-pain'] })
    expect(at(replies, 2).text).toMatch(/^Sit them down, keep them calm and still, and send someone for the defibrillator now/)
    expect(at(replies, 2).text).not.toMatch(/No paper bag|Slow the breathing/)
  })

  it('keeps a panic attack\'s racing heart with the panic, but not chest pain', async () => {
    const racing = await call("I'm having a panic attack", 'my heart is racing')
    expect(at(racing, 1).sources).toEqual(['panic-slow-breathing'])
    const pain = await call("I'm having a panic attack", 'my heart is racing and my chest hurts')
    expect(at(pain, 1).sources).toContain('cardiac-rest')
  })

  it('does not read "everyone is panicking" as a panic attack', () => {
    expect(classify("we're all panicking").hazards).toEqual([])
  })
})

// Reviews 10 and 11 (r10 T01, T04; r11 T03): a blow to the head had no entry of its own, so the
// warning signs (NICE CG176) went unheard and "let him have a kip" or "we'll run him to A&E" were
// not answered.
describe('playbook conditions: head injury', () => {
  it.each([
    ["a scaffold clip's dropped off the hoist and caught Aidan on the back of the head", 'HIGH'],
    ['a crate came off the top shelf and clattered her on the head', 'HIGH'],
    ['one of his pupils is massive compared to the other one', 'CRITICAL'],
    ["she's back with us now but she's seeing two of everything", 'CRITICAL'],
    ["there's clear stuff dribbling out his nose", 'CRITICAL'],
  ] as const)('reads %j as a head injury (%s)', (said, urgency) => {
    const triage = classify(said)
    expect(triage.hazards).toContain('head_injury')
    expect(triage.urgency).toBe(urgency)
  })

  it('reads confusion or vomiting after a fall as the head, and confusion alone as someone taken ill', async () => {
    const replies = await call("our Gaz has come off the scissor lift onto the yard, he's not right", "he's mumbling, his eyes are open but he's not making sense")
    // A head injury from a fall keeps them lying, head and neck in line (the neck may be hurt too).
    expect(at(replies, 1).sources).toContain('head-injury-fall')
    expect((await call("she's not making sense")).flatMap((r) => r.sources).filter((id) => id.startsWith('head-injury'))).toEqual([])
  })

  it('keeps them still and watched, never sent back to work, slept off or driven in', async () => {
    const replies = await call(
      'a crate came off the top shelf and clattered her on the head, she went down like a sack of spuds',
      "she's back with us now but she's seeing two of everything",
      "she's been sick twice",
      "she says she's grand and wants to finish her shift",
    )
    expectSpeakable(replies)
    expect(at(replies, 0).text).toMatch(/^Keep them lying still, head and neck in line/)
    expect(at(replies, 0).text).not.toMatch(/sitting/)
    for (const r of replies) expect(r.text).toMatch(ALERTED)
    expect(at(replies, 2).text).toMatch(/danger signs/)
    expect(at(replies, 3).text).toMatch(/^Not back to work/)
    expect(last(await call("a clip dropped on his head and he was spark out for a minute", 'can we let him have a kip in the cabin')).text).toMatch(/^No: keep them awake, with someone/)
    expect(last(await call('he came off the ladder and hit his head', 'can we just stick him in the van and run him to hospital ourselves')).text).toMatch(/^No: moving them could make/)
  })
})
