import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { tokenize } from '../../src/triage/normalize-speech.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 115: the everyday emergencies, each with one complication a real call has.

describe('an everyday mix with one twist each (review 115)', () => {
  it('reads CPR being done as CPR, a steam-wand burn as a burn, and a pallet on the legs as a crush', () => {
    expect(classify('the lassie from the office is pressing on his chest now').hazards).not.toContain('crush')
    expect(classify("i've just burnt me hand on the steam want on the coffee machine").hazards).not.toContain('leak')
    expect(classify("there's steam everywhere from a burst pipe").hazards).toContain('leak')
    expect(classify('a pallet fall from forklift on my colleague on his legs he is under it').hazards).toContain('crush')
  })

  it('hears a hiss and a sweet smell by a man down in a cold room as gas, and stops a wet-towel rescue', async () => {
    expect(classify('the kitchen porter he is on the floor inside the cold room he not move').hazards).toContain('unconscious')
    const fridge = await call('the kitchen porter is on the floor inside the cold room, he not move',
      'there is a noise like psss from the machine and a strange sweet smell, the chef went in and came out very dizzy',
      'the other boy wants to go inside with the wet towel on his face to pull him out')
    expect(last(fridge).text).toMatch(/^Stop him! A cloth does nothing against the gas/)
  })
})

describe('the twists answered (review 115)', () => {
  it('speeds up slow CPR, gives a bleed something from an empty kit, and asks the room for a reliever', async () => {
    const slow = await call("my pal's collapsed, he's gasping like snoring", "she's pressing on his chest now but kinda slow like once every couple of seconds, is that right")
    expect(last(slow).text).toMatch(/^That's too slow: push faster/)
    const kit = await call("he's sliced his forearm open and it's pumping out", "the first aid kit's empty, there's nothing in it, what do i use")
    expect(last(kit).text).toMatch(/^Use anything clean/)
    const asthma = await call("she's having an asthma attack, wheezing badly", 'she has left her inhaler at home and nobody else is having one')
    expect(last(asthma).text).toMatch(/^Ask everyone near for a blue reliever inhaler/)
  })

  it('pulls a hypo driver over, keeps a warfarin head injury off the bus, and rolls a sick overdose off her back', async () => {
    const hypo = await call("i'm type one diabetic feeling real shaky and sweaty, i'm on the interstate with a load", 'can i just eat these skittles while i drive and keep going')
    expect(last(hypo).text).toMatch(/pull over now, engine off/)
    const head = await call('a box hit him on the head, he is on warfarin', "he's gonna get the bus home and have a lie down")
    expect(last(head).text).toMatch(/^No: on a blood thinner, after a blow to the head, it's hospital now/)
    const od = await call("she's taken a load of co-codamol", "she's breathing but really slow and won't wake up", "she's been sick and it's gurgling when she breathes, she's lying on her back")
    expect(last(od).text).toMatch(/^Roll them onto their side now/)
    expect(last(od).text).not.toMatch(/Start CPR now/)
    const door = await call("she's locked herself in the toilet, she took a load of tablets", "she's not answering, do i break the door down or wait for the police")
    expect(last(door).text).toMatch(/^Get in now/)
  })
})

describe('what the line said did not work (review 116)', () => {
  it('gives a second naloxone dose when the first did nothing, and reads a tired rescuer\'s arms and a blue fit right', async () => {
    const od = await call('a guy on the floor of our bathroom with a needle next to him, hes gray', 'i gave him the narcan nose spray, nothing happened, hes still not waking up')
    expect(last(od).text).toMatch(/^Give the second dose now/)
    const woke = await call('he took heroin, not breathing right', 'we gave him the narcan and he came round, breathing better')
    expect(last(woke).text).not.toMatch(/second dose/)
    expect(classify("i'm doing the compressions but im wrecked my arms are gone").hazards).not.toContain('amputation')
    const fit = await call('one of our residents is having a fit in the chair, shaking all over', "it's been six minutes and she's gone a bit bluey round the lips")
    expect(last(fit).text).not.toMatch(/fresh air|sit them upright/)
  })

  it('keeps a CPR call on an office quay free of drowning lines', async () => {
    const cpr = await call("i'm in the offices of an insurance company on lapps quay in cork, my boss collapsed at his desk, he's gasping")
    expect(last(cpr).text).not.toMatch(/pulled from the water/)
  })
})

describe('review 115 re-graded and review 116, drinks and burns', () => {
  it('keeps a burn a burn when there are no blisters, pulls over a hypo driver from the first turn, and says no to a drink for the confused', async () => {
    const burn = await call("i've just burnt me hand on the steam wand", "it's gone red, there's no blisters or nowt, me manager's saying put butter on it")
    expect(last(burn).text).toMatch(/No ice, creams or butter/)
    const hypo = await call("i'm a delivery driver, type one diabetic, feeling real shaky and foggy, i'm on i seventy heading into columbus with a load")
    expect(last(hypo).text).toMatch(/pull over now, engine off/)
    const heat = await call("my coworker is very sick from the heat, he is confused", 'he is vomiting one time, should i give him gatorade')
    expect(last(heat).text).toMatch(/^No drinks while they're confused/)
    const coke = await call("he's diabetic and gone drowsy, slumped in the chair snoring", 'can we pour the coke in')
    expect(last(coke).text).toMatch(/No, nothing in their mouth while they're not fully awake/)
  })
})

describe('the next step when the first fails (review 116)', () => {
  it('gives chest thrusts when arms will not reach round, the pen through jeans, no pushing a burning car, and no work for a heat-struck man', async () => {
    const big = await call("one of our cooks is choking, he can't talk", "he's a big guy, i can't get my arms around him, my hands don't even meet")
    expect(last(big).text).toMatch(/^If your arms won't reach round: chest thrusts/)
    const jeans = await call("a kid ate peanuts, his face is swelling and he's wheezing", 'his jeans are real thick, do i gotta take his pants off')
    expect(last(jeans).text).toMatch(/^Through the clothes is fine/)
    const car = await call('the car on the ramp in our garage is on fire', 'my colleague says we should push the car out through the front')
    expect(last(car).text).toMatch(/^No: leave it. Nobody goes near a burning vehicle/)
    const heat = await call('my coworker is very sick from the heat, he is confused', "he wants to keep working, he is pushing me, he's not sweating now")
    expect(last(heat).text).toMatch(/^That's the heat talking/)
    expect(tokenize('one of them to nick it things in the kit')).toContain('tourniquet')
  })
})

describe('the blind re-grade of review 116', () => {
  it('answers a fan at the hatch with the outside-only yes', async () => {
    const pit = await call("me cowman's gone down the slurry pit ladder and collapsed at the bottom", "we've got the big fan off the grain store, could we blow that down the hatch")
    expect(last(pit).text).toMatch(/^Yes, blow air in from outside, switched on back from the opening\. Nobody goes in/)
  })
})

describe('phrases that never matched what they were written for', () => {
  it('hears "the ER" after a tick as the A&E question, unless a rash or fever was said earlier', async () => {
    const tick = await call('i found a tick on my leg after the woods', 'ok i got it out, do i need to go to the er and get antibiotics tonight')
    expect(last(tick).text).toMatch(/^A tick bite with no rash or fever isn't one for A&E/)
    const rash = await call('i had a tick ten days ago and now there is a big red ring like a bullseye and i am feverish', 'is it an a and e job or can it wait till monday')
    expect(last(rash).text).not.toMatch(/isn't one for A&E/)
  })
})

describe('an anaphylaxis collapsing (review 115\'s re-grade)', () => {
  it('lays a floppy casualty flat with no second pen, rather than keeping them sitting up', async () => {
    const floppy = await call("she ate nuts, her face is swelling and her throat's tight", 'i done the pen in her leg', "it's been five minutes, she's gone all floppy and her breathing's noisy, we ain't got another pen")
    expect(last(floppy).text).toMatch(/^Lay them flat now/)
    expect(last(floppy).text).not.toMatch(/sitting up/)
  })
})

describe('small and unusual workplaces (review 117)', () => {
  it('reads a hair-dye reaction as the dye and then the allergy, not a fire', async () => {
    expect(classify("her scalp's burning and her face is going all puffy").hazards).not.toContain('fire')
    const dye = await call("a woman we're doing her colour on says her scalp's burning and her face is going puffy", "her eyes are swelling shut and her throat feels tight and she's wheezy")
    expect(last(dye).text).toMatch(/adrenaline pen/)
    expect(last(dye).text).not.toMatch(/burnt airway/)
  })

  it('hears a snore that then stops as no breathing, a pressure-washer jet as an injection, and a needlestick scrubbed with bleach as first aid to correct', async () => {
    const chair = await call('a patient in the dental chair collapsed and went floppy', "she's not responding, she made a snoring sound a few times and now it stop")
    expect(last(chair).text).toMatch(/^Start CPR now/)
    const jet = await call('my friend is hurt with the pressure washer, the jet lance go in his palm', 'is only small hole in the hand not much blood but now his finger it is swelling big and is going white')
    expect(last(jet).text).toMatch(/high-pressure injection/)
    const needle = await call("i've stabbed my thumb with the tattoo needle i was using on a client", "my mate's scrubbing it with a nail brush and he's gonna pour some bleach on it")
    expect(last(needle).text).toMatch(/^Let it bleed; don't suck or scrub it, no bleach/)
    expect(classify("he's gonna pour some of the surface bleach on it").hazards).not.toContain('chemical_spill')
  })
})

describe('small and unusual workplaces, second pass (review 117)', () => {
  it('reads a CO2 cellar as a confined space, an animal sedative as an overdose with no animal antidote, and unsure breathing as none', async () => {
    expect(classify("a lad collapsed down the cellar, the gas alarm's going off, it's the see oh two from the kegs").hazards).toContain('confined_space')
    const vet = await call('one of our vets has jabbed herself with the sedative we were giving a dog', "she's woozy now", "one of the other vets says we should give her some antisedan, that's what we reverse it with in the dogs")
    expect(last(vet).text).toMatch(/^No: not a drug meant for animals/)
    const pulse = await call('one of our vets has jabbed herself with the dog sedative', "she keeps nodding off, her pulse is like forty something, it's really slow")
    expect(last(pulse).text).not.toMatch(/Keep pushing|Start CPR now/)
    const shock = await call("my mate got shocked by the amp, i pulled the plug out with a broom, he's dropped on the floor", "he's not answering me, is he breathing i can't tell")
    expect(last(shock).text).toMatch(/push hard and fast/)
  })
})

describe('a weight on the chest (review 117\'s re-grade)', () => {
  it('gets a car fallen on someone\'s chest off now, and leaves a chemical splashed onto a chest a splash', async () => {
    const car = await call("the car's come off the jack and me mate's underneath it, it's come down on his chest")
    expect(last(car).text).toMatch(/get the weight off them now, all of you together: on the chest/)
    expect(last(car).text).not.toMatch(/Don't reverse it or pull them free/)
    const splash = await call("the council lad's got graffiti remover splashed down his neck and onto his chest, he says it's burning")
    expect(last(splash).text).not.toMatch(/get the weight off/)
  })
})

describe('a dye reaction turning to anaphylaxis (review 117\'s re-grade)', () => {
  it('leads with the pen, not with holding swollen eyelids open to rinse', async () => {
    const dye = await call("a woman we're doing her colour on says her scalp's burning and her face is going puffy", "her eyes are swelling shut now and her throat feels tight and her voice has gone hoarse and wheezy")
    expect(last(dye).text).toMatch(/^If they have an adrenaline pen, use it now/)
    expect(last(dye).text).not.toMatch(/hold the eyelids apart/)
    const first = await call("a woman we're doing her colour on says her scalp's burning and her face is going puffy, we've rinsed it off at the sink")
    expect(last(first).text).toMatch(/^Rinse it off with lukewarm water. A swelling face can be an allergy starting/)
  })
})

describe('held up on a spike (review 115\'s re-grade)', () => {
  it('keeps a man held up on a fence spike held, not lowered, when his back hurts', async () => {
    const spike = await call("a lad's fallen off a ladder onto the palisade fence, one of the spikes has gone into his thigh and he's caught there",
      "the lads have him now, they've took the weight holding him up under the arms", "he's saying his back is sore and he can't really feel his left foot, what do we do till they get here")
    expect(last(spike).text).toMatch(/^Keep holding their weight steady/)
    expect(last(spike).text).not.toMatch(/lying down/)
  })
})
