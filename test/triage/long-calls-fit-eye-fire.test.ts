import { describe, expect, it } from 'vitest'
import { isUnsure } from '../../src/triage/call-context.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 120: a fit on a factory floor, a caustic splash in an eye, a mill fire; and the crew
// arriving, across all ten calls, read as the handover.

const FIT = [
  'hello please, my colleague he fall down and he is shaking, all his body shaking, on the floor',
  'the factory is Meridian Plastics, unit 9 Brookfield Industrial Estate, Dudley. I am with him now',
  "still shaking, his head hit the machine. I hold him down? put something in his mouth so he don't bite tongue?",
  'ok I move the chair and put my jacket under his head. it is maybe two minutes now he is shaking',
  'now it stops. he is not shaking. he make snoring noise, eyes closed, he breathe yes',
  'I turn him on his side like you say. little bit blood in his mouth, from tongue I think',
  "he open eyes but very sleepy, he don't know where he is, he ask me same question again and again",
  'supervisor say he is ok now and he can go back on the line. is ok he goes back to work?',
]

describe('review 120: a fit on the factory floor', () => {
  it('reads a fit dropping someone to the floor as the fit, not a fall to keep still', async () => {
    const replies = await call(...FIT.slice(0, 2))
    for (const r of replies) expect(r.text).not.toMatch(/Keep them still|Keep them warm and still/)
    const other = await call('woman on the line just fell down and she is jerking all over')
    expect(last(other).text).not.toMatch(/Keep them still/)
  })

  it('does not undo the recovery position after the fit', async () => {
    const replies = await call(...FIT.slice(0, 6))
    expect(last(replies).text).not.toMatch(/don't move them|leave them as they are/)
  })

  it('keeps them on their side once the caller has turned them', async () => {
    const replies = await call(...FIT.slice(0, 6))
    expect(last(replies).text).toMatch(/^Good: keep them on their side, head and neck in line/)
    const later = await call('he was fitting, it has stopped, he is snoring', "I'll put him on his side now")
    expect(last(later).text).not.toMatch(/^Good: keep them on their side/)
  })

  it('hears "he don\'t know where he is" as the casualty confused, not the caller unsure of breathing', async () => {
    const replies = await call(...FIT.slice(0, 7))
    expect(last(replies).text).not.toMatch(/Start CPR now|Keep pushing/)
    expect(isUnsure("he don't know where he is")).toBe(false)
    expect(isUnsure("she doesn't know what day it is")).toBe(false)
    expect(isUnsure("I don't know, I can't tell")).toBe(true)
  })

  it('answers back to work after a fit with a no', async () => {
    const replies = await call(...FIT)
    expect(last(replies).text).toMatch(/^No: not back to work or near machines today/)
    const other = await call('one of the lads is having a fit on the shop floor', 'it stopped, he is sitting up now, wants to go back on the press')
    expect(last(other).text).toMatch(/not back to work or near machines/)
  })
})

const SPLASH = [
  "hi yes I need help, my coworker got sodium hydroxide splashed in her eye, she's screaming, we're in the lab",
  "Brightwater Pharma, 400 Commerce Drive, building C, second floor, lab 214. we're taking her to the eyewash",
]

describe('review 120: a head knocked in a fit', () => {
  it('reads "his head hit the machine" as a head injury the crew is told of', async () => {
    const replies = await call(...FIT.slice(0, 3))
    expect(last(replies).text).toMatch(/blow to the head is an emergency: I'm telling the crew/)
  })
})

describe('review 120: timing a fit', () => {
  it('gives the five-minute mark to a fit a couple of minutes in', async () => {
    const replies = await call(...FIT.slice(0, 4))
    expect(last(replies).text).toMatch(/Past five minutes is an emergency/)
    const other = await call('she is having a seizure on the floor', "it's been about three minutes, still shaking")
    expect(last(other).text).toMatch(/Past five minutes is an emergency/)
  })
})

describe('review 120: confused after a fit', () => {
  it('answers the confusion after a fit and tells the crew', async () => {
    const replies = await call(...FIT.slice(0, 7))
    expect(last(replies).text).toMatch(/^Confused after a fit and a knock to the head is a warning sign: I'm telling the crew/)
    const other = await call('she is having a fit on the floor', "it's stopped, she's dozy and muddled")
    expect(last(other).text).toMatch(/I'm telling the crew how they are/)
  })
})

describe('review 120: a second fit', () => {
  it('says the second fit once, as an emergency, whether or not they woke between', async () => {
    const replies = await call(...FIT, 'oh no he start again, shaking again, all body. what I do, same thing?')
    expect(last(replies).text).toMatch(/^A second fit is an emergency: I'm telling the crew\. Same again/)
    expect(last(replies).text.match(/I'm telling the crew/g)).toHaveLength(1)
  })

  it('hears "another one wants to put his wallet in her mouth" as no second fit', async () => {
    const replies = await call("she's shaking all over, a man is holding her down and another one wants to put his wallet in her mouth")
    expect(last(replies).text).not.toMatch(/second fit/)
  })
})

describe('review 120: a caustic splash in the eye', () => {
  it('answers "drive herself to the ER" with rinsing until the ambulance takes over, not "someone else take them"', async () => {
    const replies = await call(...SPLASH, 'it has been 20 minutes. she says she just wants to drive herself to the ER, can she?')
    expect(last(replies).text).toMatch(/^No: keep rinsing until the ambulance takes over/)
    expect(last(replies).text).not.toMatch(/someone else take them/)
  })

  it('reads "Commerce Drive" and "taking her to the eyewash" as no drive to hospital', async () => {
    const replies = await call(...SPLASH)
    expect(last(replies).text).not.toMatch(/drive|In a car/)
  })

  it('tells them what to do with the bottle they hold', async () => {
    const replies = await call(...SPLASH, "fine she's staying, we're still rinsing. I've got the bottle here with the label, what do I do with it")
    expect(last(replies).text).toMatch(/^Keep it with you, lid on, and hand it to the crew/)
  })

  it('tells them to hold the lids open when the eye will not stay open', async () => {
    const replies = await call(...SPLASH, "ok she's at the eyewash station, it's running. she can't keep her eye open though, it hurts too much")
    expect(last(replies).text).toMatch(/hold the eyelids apart/i)
  })

  it('says no to a neutraliser in the eye', async () => {
    const replies = await call(...SPLASH, 'my boss wants to put the neutralizer from the spill kit in her eye, the acid one, is that ok?')
    expect(last(replies).text).toMatch(/^No: never try to neutralise it/)
  })
})

describe('review 120: a mill fire, everyone out', () => {
  const FIRE = "there's a fire at our mill, the alarm's going, we're all out in the car park, smoke coming out the roof"
  it('does not send people already out "out of the car park"', async () => {
    const replies = await call(FIRE)
    expect(last(replies).text).toMatch(/^Good: everyone stays out/)
    expect(last(replies).text).not.toMatch(/Get everyone out of/)
    const unsure = await call("there's a fire in the warehouse, I don't know if everyone is out")
    expect(last(unsure).text).not.toMatch(/Good: everyone stays out/)
  })

  it('says no to going in with wet rags over their faces', async () => {
    const replies = await call(FIRE, 'Tomasz is missing, nobody saw him come out', "his mates are saying they'll go in with wet rags over their faces to find him")
    expect(last(replies).text).toMatch(/^No: don't go in\. A wet towel or rag won't stop the smoke/)
  })

  it('says no to a cigarette for someone who breathed smoke', async () => {
    const replies = await call(FIRE, "one of the lads came out coughing, his voice is hoarse", "he's sat on the kerb breathing fast, bit wheezy. someone's offering him a cigarette to calm him down")
    expect(last(replies).text).toMatch(/^No cigarette/)
  })
})

describe('review 120: the crew arriving is the handover', () => {
  const handover = /^Good, help is here\. Tell them what happened .*let them take over\. You can hang up once they're with them\./
  it.each([
    ['ambulance men are here now, they come in, thank you', FIT.slice(0, 5)],
    ['the EMTs just walked in, they\'re at the eyewash with her. thank you so much, can I hang up now?', SPLASH],
    ['the paramedics are walking in now', FIT.slice(0, 2)],
    ['EMTs just pulled in', SPLASH],
    ["that's them, paramedics coming across from the gate. I'll keep pressing till they take over", ['one of the lads has cut his arm open on the angle grinder, there is blood everywhere']],
    ['the air ambulance is landing in the field now', ['he fell off the roof, two storeys, he is lying on the concrete']],
    ["I can hear the chopper, the flying doctor's landing in the paddock", ['bloke has got his leg pinned under a pallet of feed bags']],
  ])('"%s"', async (arrival, before) => {
    const replies = await call(...before, arrival)
    expect(last(replies).text).toMatch(handover)
    expect(last(replies).text).not.toMatch(/Help is being alerted/)
  })

  it('sends someone out to meet the crew when the siren is heard', async () => {
    const replies = await call("he's collapsed, not breathing, we're doing CPR", "we're doing compressions. I can hear the siren coming up the road")
    expect(last(replies).text).toMatch(/^Help is close: if anyone can, send them out to meet the crew/)
    expect(last(replies).text).toMatch(/Keep pushing|Don't stop CPR/)
  })

  it('answers "do I stay on the phone?" before the crew reach them: stay on', async () => {
    const replies = await call(...SPLASH, 'do I stay on the phone?')
    expect(last(replies).text).toMatch(/stay on the line until help reaches you/i)
    const gate = await call('one of the dockers went in off the quay, we pulled him out, he is frozen', 'the ambulance is at the gate, a lad is running out to bring them down. do I stay on the phone?')
    expect(last(gate).text).toMatch(/stay on the line until help reaches you/i)
  })
})
