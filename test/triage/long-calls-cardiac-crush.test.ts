import { describe, expect, it } from 'vitest'
import { call, last } from '../helpers/playbook-call.js'

// Review 120 (long calls: a warehouse cardiac arrest, a farm crush, a remote mine heart attack),
// and its pattern across all ten calls: "how long will they be?" got only "I can't give you a time".

describe('review 120: how long will they be', () => {
  it('gives the caller a job: someone to the gate or road to guide the crew in', async () => {
    const replies = await call(
      "yeah I got a guy here at the mine with real bad chest pain, sweating bad, says it's like an elephant on his chest",
      "how long's it gonna be? we're way out, it's gravel road the last two miles",
    )
    expect(last(replies).text).toMatch(/can't give a time\. Send someone else to the gate or road to guide them in\./)
    // Not a second time, nor when someone is already at the gate.
    const again = await call('my mate fell off the ladder, his leg looks bad', 'how long will they be', 'how long will the ambulance be')
    expect(again[1]?.text).toMatch(/gate or road/)
    expect(last(again).text).not.toMatch(/gate or road/)
    const sent = await call('my mate fell off the ladder, his leg looks bad', "I've sent the lad down to the gate to wave them in", 'how long are they gonna be')
    expect(last(sent).text).toMatch(/can't give you a time/)
    expect(last(sent).text).not.toMatch(/gate or road/)
  })

  it('is heard however it is worded', async () => {
    for (const asked of ['how much longer will they be', 'how far away is the ambulance', 'how long is it going to be']) {
      const replies = await call('my mate fell off the ladder, his leg looks bad', asked)
      expect(last(replies).text, asked).toMatch(/gate or road to guide them in/)
    }
    // "How long will it be before it works" is the sugar, not the crew.
    const sugar = await call('my coworker is diabetic and shaky and sweaty, I gave him a coke', 'how long will it be before it works')
    expect(last(sugar).text).not.toMatch(/can't give (?:you )?a time/)
  })
})

describe('review 120: R120-01, a collapse not yet known to be breathing', () => {
  it('makes gasping CPR, not "if it stops"', async () => {
    const replies = await call(
      "hello yeah my mate's just gone down in the warehouse, he's on the floor not moving, oh god",
      "we're at unit 4 Harbour Road, the loading bay round the back. he's not answering me at all",
    )
    expect(last(replies).text).toMatch(/Not breathing normally, or only gasping: start CPR\./)
    expect(last(replies).text).not.toMatch(/If it stops, start CPR/)
  })

  const arrest = [
    "hello yeah my mate's just gone down in the warehouse, he's on the floor not moving, oh god",
    "we're at unit 4 Harbour Road, the loading bay round the back. he's not answering me at all",
    "no he's not breathing properly, like a weird snoring gasp every now and then, is that breathing?",
    "ok I'm pushing on his chest, middle yeah? how fast do I go",
    "I'm knackered, been doing it ages, Dave's here, he can take over",
    "Dave's on it now. someone's brought the defib thingy off the wall, do we stop pushing to put it on?",
    "pads are on, it's saying analysing don't touch... it says shock advised, I pressed it, he jumped",
  ]

  it('does not ask for the defibrillator once it has shocked him', async () => {
    const replies = await call(...arrest)
    expect(last(replies).text).not.toMatch(/Is someone getting the defibrillator\?/)
  })

  it('says yes, keep pushing while the defibrillator talks', async () => {
    const replies = await call(...arrest, "it's telling us to carry on compressions, do we keep pushing while it talks?")
    expect(last(replies).text).toMatch(/^Yes: keep pushing while it talks\./)
  })

  it('leaves the pads on when he comes round', async () => {
    const replies = await call(...arrest, "wait wait he's coughing, he's moving his arm, he's breathing on his own I think, what do we do now?")
    expect(last(replies).text).toMatch(/roll them onto their side, any defib pads left on/)
    expect(last(replies).text).not.toMatch(/Is someone getting the defibrillator\?/)
  })
})

describe('review 120: R120-06, pills for a man barely answering', () => {
  it('says nothing by mouth, not even his own heart pills', async () => {
    const replies = await call(
      "mate we need an ambo, bloke's got his leg pinned under a pallet of feed bags, fell off the forklift tines",
      "it's off. his leg's a mess below the knee, kinda bent wrong, bleeding a bit but not heaps",
      "he's gone quiet, eyes rolling, not making much sense, his breathing's kinda rattly. what do I do?",
      "yeah he's breathing but barely answering. his missus is here crying, she wants to give him his heart pills",
    )
    expect(last(replies).text).toMatch(/nothing in their mouth while they're not fully awake/)
  })

  it('does not let the leg be straightened, and presses around the bone', async () => {
    const replies = await call(
      "mate we need an ambo, bloke's got his leg pinned under a pallet of feed bags, fell off the forklift tines",
      "it's off. his leg's a mess below the knee, kinda bent wrong, bleeding a bit but not heaps",
    )
    expect(last(replies).text).toMatch(/Don't straighten it: support it as it lies\. Press on the bleeding with a clean cloth, around any bone you can see, not on it\./)
  })

  it('answers the smoke he asks for as well as the water', async () => {
    const replies = await call(
      "mate we need an ambo, bloke's got his leg pinned under a pallet of feed bags, fell off the forklift tines",
      "it's off. his leg's a mess below the knee, kinda bent wrong, bleeding a bit but not heaps",
      "he's asking for a smoke and a drink of water, says he's dry as. can he have water?",
    )
    expect(last(replies).text).toMatch(/No: no smoking, and nothing to eat or drink/)
    expect(last(replies).text).not.toMatch(/No drinks: they may need an operation/)
  })

  it('keeps the caller with a man barely answering when the crew lands: someone else waves them in', async () => {
    const replies = await call(
      "mate we need an ambo, bloke's got his leg pinned under a pallet of feed bags, fell off the forklift tines",
      "he's gone quiet, eyes rolling, not making much sense, his breathing's kinda rattly. what do I do?",
      "I can hear the chopper, the flying doctor's landing in the paddock. I'll go wave em over",
    )
    expect(last(replies).text).toMatch(/Send someone else to wave them in if you can, and stay with them/)
  })
})

describe("review 120: R120-10, a heart attack at a remote mine", () => {
  const start = [
    "yeah I got a guy here at the mine with real bad chest pain, sweating bad, says it's like an elephant on his chest",
    "he's 58, got high blood pressure, takes pills for it. the pain's going down his left arm and up in his jaw",
  ]

  it('says yes to the 325 mg tablet he has', async () => {
    const replies = await call(...start, "I got aspirin in the first aid kit, the regular 325s. should I give him one? he says he's not allergic")
    expect(last(replies).text).toMatch(/One 325 mg aspirin is fine/)
    expect(last(replies).text).not.toMatch(/one 300 mg/)
  })

  it('reads breathlessness later in a heart attack as the heart: sit up, no smoke or fumes', async () => {
    const replies = await call(...start, "he's getting worse, he's gray and throwing up, says he can't catch his breath")
    const text = last(replies).text
    expect(text).not.toMatch(/smoke or fumes/)
    expect(text).toMatch(/sit up: it eases the breathing/i)
    expect(text).toMatch(/telling the crew it's worse\. If they're sick, help them lean forward or onto their side/)
  })

  it("says no to his wife's nitro, however it is said", async () => {
    const wife = await call(...start, "his buddy says there's nitro pills in his truck, they're his wife's. can he take one of those?")
    expect(last(wife).text).toMatch(/No: not someone else's heart tablets or spray/)
    expect(last(wife).text).not.toMatch(/If it's their own/)
    const dad = await call(...start, "a lad has his dad's angina spray in the car, is a squirt of that any use")
    expect(last(dad).text).toMatch(/not someone else's heart tablets or spray/)
    const own = await call(...start, 'he has his own GTN spray in his jacket, should he use it')
    expect(last(own).text).toMatch(/If it's their own heart spray/)
  })
})
