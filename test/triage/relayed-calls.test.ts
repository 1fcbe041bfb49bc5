import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 114: the caller is not beside the casualty, and what its first play showed besides.

describe('the back-to-work line says only what fits the call (review 114)', () => {
  it('keeps a scalded hand off the phones without talk of shocks and blows to the head', async () => {
    const burn = await call('she spilled the hot water from the kettle on her hand', 'she held it under the tap and wants to go back to her desk and take calls')
    expect(last(burn).text).toMatch(/Not back to work, and no driving, until a first aider or medic has checked them/)
    expect(last(burn).text).not.toMatch(/After a shock, a blow to the head/)
  })

  it('sends someone shocked who wants to crack on to hospital, and a pen-treated allergy too', async () => {
    const shock = await call('he got a belt off the distribution board', "it's off at the isolator, he says he's fine and wants to get back to work")
    expect(last(shock).text).toMatch(/^No: after an electric shock they must be checked in hospital/)
    const pen = await call('she is having a reaction to nuts, we used her epipen', 'she feels better now, can she go back to work')
    expect(last(pen).text).toMatch(/^No: after the pen they go to hospital by ambulance/)
    expect(last(pen).text).not.toMatch(/Not back to work, and no driving/)
  })

  it('reads a syringe beside a man barely breathing as an overdose, not a needlestick', async () => {
    const od = await call('i found him in the gents on the floor, his lips are blue and he is breathing very slow like snoring, there is a syringe near his hand')
    expect(last(od).text).not.toMatch(/Let it bleed, don't suck it/)
  })
})

describe('relayed from the scene (review 114)', () => {
  it('reads a mate fallen in the "die jester" tank as a confined space, and keeps the radio worker out', async () => {
    const tank = await call("ive got one of my lads on the radio shouting that his mates fallen in the uh the die jester tank through the top hatch and hes not answering him",
      'he wants to go down the ladder and get him out what do i tell him')
    expect(last(tank).text).toMatch(/^No! Don't go down/)
    expect(classify('one of the operators has fell in the settling tank, we hooked him out').hazards).not.toContain('confined_space')
  })

  it('hears snoring only every now and then in an unresponsive man as no breathing, and pads on without stopping', async () => {
    const arrest = await call('a fella has gone down in the car park', "he aint responding when he shakes him and hes making like a snoring noise but only every now and then")
    expect(last(arrest).text).toMatch(/^Start CPR now/)
    const pads = await call('a fella has gone down in the car park, not breathing, hes pushing on his chest', 'the defib is here and talking, does he stop pushing to put the pads on')
    expect(last(pads).text).toMatch(/^Keep pushing while someone else puts the pads on/)
  })

  it('stops a hand on a man down by an open, burning panel, and a bystander going into a fire', async () => {
    const panel = await call("the man down alarm went off for one of our engineers at the pumping station and he's not answering",
      "she says hes on the floor by the control panel and the panel door is open and theres a smell like burning, shes going to grab his arm and pull him away")
    expect(last(panel).text).toMatch(/^No! Don't touch them/)
    const fire = await call("there's a big fire at a factory, heaps of black smoke", "he reckons there's still a fella inside and he's gonna grab the fire extinguisher outta my cab and go in for him")
    expect(last(fire).text).toMatch(/Don't go back in, for anyone or anything/)
  })
})

describe('a caller away from the scene (review 114)', () => {
  it('asks a caller on a video call or relaying a text to pass the instructions on, once', async () => {
    const zoom = await call("im on a zoom call with my coworker and her face looks droopy on one side and shes slurring, shes at home and im in denver")
    expect(last(zoom).text).toMatch(/Pass on what I say to whoever is with them/)
    const present = await call('my colleague collapsed next to me, he is not breathing')
    expect(last(present).text).not.toMatch(/Pass on what I say/)
  })

  it('warns of two down when the rescuer on the radio goes quiet, and reads a house number said in words', async () => {
    const tank = await call("my lad is on the radio, his mate has fallen in the digester tank and is not answering", 'he wants to go down the ladder',
      "he's gone quiet on the radio now, i think he mighta gone in anyway")
    expect(last(tank).text).toMatch(/^Then there may be two down/)
    expect(classify('its twenty two fourteen southeast salmon street portland oregon').location).toBe('2214 Southeast Salmon Street')
    expect(classify("we're at twenty two mill lane").location).toBe('22 Mill Lane')
    expect(classify("we're on level 12 200 adelaide street").location).toBe('Level 12')
    expect(classify('he fell two metres on mill lane').location).toBe('Mill Lane')
  })
})

describe('an address said in words is enough (review 114)', () => {
  it('does not ask where they are once a house number and street were said in words', async () => {
    const stroke = await call("my coworker's face is droopy on one side and she's slurring", 'ok i found her address its twenty two fourteen southeast salmon street portland oregon')
    expect(last(stroke).text).toMatch(/Help is being alerted to 2214 Southeast Salmon Street/)
    expect(last(stroke).text).not.toMatch(/Where exactly are you/)
  })
})

describe('words the recogniser and the kit bring (review 114)', () => {
  it('reads "nalox own" as naloxone and a gas monitor left in the office as no leak', async () => {
    const od = await call('a young man in the toilets, lips blue, breathing very slow, a syringe by his hand', 'start cpr now',
      'there is one box in the first aid kit that says nalox own nasal spray, and now i think he has stopped breathing')
    expect(last(od).text).toMatch(/^Yes, give the naloxone now/)
    expect(classify('the gas monitor is in the office here with me').hazards).not.toContain('gas_leak')
    expect(classify('the gas monitor is going off').hazards).toContain('gas_leak')
  })
})

describe('where a relaying caller is (review 114)', () => {
  it('reads "I\'m back at the yard" beside a radio call as where the caller is, not the emergency', () => {
    const yard = classify("im back at the yard and my guy on the job just called me on the radio sayin one of the crew is actin real strange")
    expect(yard.location).toBeUndefined()
    expect(yard.callerAt).toBe('yard')
    expect(classify("i'm in the warehouse and he's collapsed").location).toBe('warehouse')
  })
})
