import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import type { Hazard } from '../../src/triage/hazards.js'
import { tokenize } from '../../src/triage/normalize-speech.js'
import { call, itAnswersFrom, last } from '../helpers/playbook-call.js'

// The looser words read only while a call has no emergency yet (src/triage/hint-vocabulary.ts).

/** The generic reply to words nobody could read: CPR and bleeding prompts, whatever happened. */
const GENERIC = 'unclear'

describe('hints: first reports in words the vocabulary does not hold', () => {
  it.each<readonly [string, Hazard, string]>([
    ["I've caught meself in the thigh with the boning knife, it's pouring", 'injury_bleeding', 'bleeding-pressure'],
    ["he's drilled into the wall and hit a live cable, he's on the deck", 'electric_shock', 'shock-cut-power'],
    ["a stack of plasterboard's toppled over on the lad, he's flat under it", 'crush', 'crush-stop-machine'],
    ["HGV's backed over one of the banksmen", 'vehicle_strike', 'vehicle-strike-stop-traffic'],
    ["the forklift driver's having some sort of fit in the seat, he's strapped in", 'seizure', 'seizure-protect'],
    ["a landscaper's put a garden fork straight through his boot into his foot", 'embedded_object', 'embedded-object-leave-in'],
    ["the sushi chef's got something stuck, he's got his hands at his throat and he's hacking", 'choking', 'choking-back-blows'],
    ["our editor's words have come out all jumbled and half his mouth isnae moving", 'stroke', 'stroke-time'],
    ["the kettle of hot bitumen's tipped and it's gone all over the roofer's forearm and hand", 'burn', 'burn-cool'],
    ["a splash of the floor stripper's gone in the cleaner's eye", 'chemical_exposure', 'chemical-exposure-rinse'],
    ["one of the deckies has got a fish hook through his eyelid", 'eye_injury', 'eye-rinse'],
    ["the tree surgeon's hanging off the oak in his harness, he's hardly moving", 'suspended', 'suspended-get-down'],
    ["I've gone down the metal stairs, I think I've done my ankle in, it's gone massive", 'fracture', 'fracture-support'],
  ])('%j: %s, answered from %s', async (said, hazard, entry) => {
    const triage = classify(said)
    expect(triage.hazards).toEqual([])
    expect(triage.hinted).toContain(hazard)
    const reply = last(await call(said))
    expect(reply.sources).toContain(entry)
    expect(reply.sources).not.toContain(GENERIC)
    expect(['HIGH', 'CRITICAL']).toContain(reply.urgency)
  })

  it('carries the hinted emergency over the turns that follow, as a named one would', async () => {
    const replies = await call("I've caught meself in the thigh with the boning knife, it's pouring", "yeah I've got me hand clamped on it", "I'm feeling a bit dizzy like")
    for (const r of replies) expect(r.sources).toContain('bleeding-pressure')
    expect(last(replies).text).toMatch(/shock from the blood loss/)
  })

  it('answers a caller who is the casualty as the casualty', async () => {
    const reply = last(await call("I've just had a massive belt off the overhead crane pendant, I'm on the floor"))
    expect(reply.sources).toContain('shock-cut-power')
    expect(reply.text).toMatch(/Keep away from whatever shocked you/)
    expect(reply.text).not.toMatch(/Don't touch them/)
  })
})

describe('hints: never over what the vocabulary or the call already says', () => {
  it('takes nothing on a turn the vocabulary reads', () => {
    const triage = classify("he's been stabbed, there's a lot of blood")
    expect(triage.hazards).toContain('injury_bleeding')
    expect(triage.hinted).toBeUndefined()
  })

  it('leaves an update to a known emergency an update: "pouring" in a fire call is not a bleed', async () => {
    const reply = last(await call('fire in the paint store', "it's pouring out of the windows now"))
    expect(reply.sources).not.toContain('bleeding-pressure')
    expect(reply.sources).toContain('fire-evacuate')
  })

  it('keeps the hazard the caller rules out ruled out', () => {
    expect(classify("he's not bleeding, he's just shaken up").hinted ?? []).not.toContain('injury_bleeding')
  })

  it.each<readonly [string, Hazard]>([
    // A fog that has come down is weather, not a fall (a thumb's end that came off is read as
    // the amputation it is: test/triage/playbook-responder.test.ts, review 52).
    ["his van's still in the lay-by and the fog's come right down", 'fall'],
    // Hot toffee is a burn to cool, not a chemical to rinse at the eyewash.
    ["the boiling toffee's splashed all over the confectioner's hands", 'chemical_exposure'],
    // Flung across wet concrete by a shock: not a cement burn.
    ['I got an awful belt off it and it flung me across the wet concrete', 'chemical_exposure'],
    // Frozen peas to hold on a burn, and running fingers under a tap, are not cold or a crush.
    ['one of the lads has brought a bag of frozen peas, can I hold that on it', 'hypothermia'],
    ['should we run them under the hot tap to thaw them out', 'crush'],
    // Pouring a liquid into a tank is not blood pouring.
    ["the young lad was pouring the pH down into a tank and now he's gone all shaky", 'injury_bleeding'],
    // Rain pissing down is the weather.
    ["it's pissing down and he's been hit by the mixer lead", 'injury_bleeding'],
    // A saw that went into a hand cut it: nothing is left in to leave alone.
    ["the grinder's gone right into the side of his thigh", 'embedded_object'],
    // An electrician is a trade, not a shock; a phone that rings out is not someone unconscious.
    ["our electrician's not answering his phone", 'electric_shock'],
    ["our electrician's not answering his phone", 'unconscious'],
    // A thing that fell is not someone who fell.
    ['a bale has fallen off the stack', 'fall'],
    ['a pallet fell off the forklift', 'fall'],
    // A motorbike courier who slid under a van, helmet still on, was not bitten by a snake.
    ["a motorbike courier's slid under a parked van, he's still got his helmet on", 'snake_bite'],
  ])('does not hint %j as %s', (said, hazard) => {
    const triage = classify(said)
    expect(triage.hazards).toEqual([])
    expect(triage.hinted ?? []).not.toContain(hazard)
  })

  it('gives the generic reply to words that name nothing, as before', async () => {
    const reply = last(await call("we can't raise the lone worker on the tanker bay"))
    expect(reply.sources).toEqual([GENERIC])
  })
})

describe("hints: review 40's first reports", () => {
  itAnswersFrom([
    ['abeg come quick, the chain for the saw jump and catch my colleague for him upper leg, the red is shooting out like tap', 'bleeding-pressure'],
    ['the machine for cutting the carrots it take half of two finger from my friend', 'amputation-save-part'],
    ["the tailgate on the wagon's swung down and smacked our Dev across the back of the skull", 'head-injury-watch'],
    ["I've grabbed the trailing lead on the cement mixer and it's bit me good and proper", 'shock-cut-power'],
    ["the big soup boiler's couped ower and the dinner lady's got the lot doon her front and her legs, she's roarin", 'burn-cool'],
    ["our boss says he's got a horrible ache right in the middle going up into his jaw and he's wet through with sweat", 'cardiac-rest'],
    ["one of the lads has went rigid and now he's thrashin aboot on the floor, there's foam at his mooth", 'seizure-protect'],
    ["the cook was tasting the jerk chicken and a bone catch in she throat, she can't talk she just pointing at it", 'choking-back-blows'],
    ["one of the dinner ladies had a taste of the kiwi smoothie and now her eyelids are puffing shut", 'anaphylaxis-adrenaline'],
    ["been sanding the shelves and now I can't get the air out, it's like breathing through a straw", 'breathing-fresh-air'],
    ['my colleague he does the injections for the sugar, he is sweating too much, shaking and speaking strange like drunk', 'low-sugar-give-sugar'],
    ["we've found the night watchman, he's been oot all night in the sleet, he's blue roond the gob and talking daft", 'cold-warm-slowly'],
    ["I'm up the big glasshouse doin the glazing on me tod, I've gone all wobbly, me head's poundin, I've stopped sweatin", 'heat-cool-down'],
  ])

  it("hears someone not back and not seen as missing: 'nobody's seen him for an hour, his radio's dead'", async () => {
    const reply = last(await call("one of our stagehands hasn't come back down from the rigging loft, nobody's seen him for an hour, his radio's dead"))
    expect(reply.sources).toContain('missing-person')
  })
})

describe('speech as callers speak it', () => {
  it.each<readonly [string, string]>([
    ['he went doon the manhole and wor Stevie cannae breathe', 'he went down the manhole and our stevie can not breathe'],
    ["she's shiverin and sweatin, she's no answerin", 'she is shivering and sweating . she is not answering'],
    ["we've heard nowt since and summat's wrong", 'we have heard nothing since and something is wrong'],
  ])('reads %j as %j', (said, read) => {
    expect(tokenize(said).join(' ')).toBe(read)
  })

  itAnswersFrom([
    ["one of the lads went doon the manhole into the sewer chamber and he's just slumped at the bottom, not answering us", 'confined-space-no-entry'],
    ["the deckie went ower the side in the swell, we've hauled him back aboard, he's blue and shaking that bad he cannae get a word oot", 'cold-warm-slowly'],
    ["at the vets a nurse has taken a big swallow from a bottle she took for her water and it was the kennel disinfectant, her mouth's burning", 'swallowed-chemical'],
  ])
})

describe("hints: review 42's first reports", () => {
  itAnswersFrom([
    ["in our marble shop the tile cutting machine went over my helper's hand and his thumb is not with the hand now", 'amputation-save-part'],
    ["wan o the baggage tugs has went right ower big Gary's legs oot on the apron, he's lyin there roarin", 'vehicle-strike-stop-traffic'],
    ['my team lead suddenly cannot find his words, and his right hand dropped the coffee mug, and his mouth looks crooked on one side', 'stroke-time'],
    ['my colleague eat the pierogi too fast in canteen and now he hold his throat, cannot speak, only small whistle sound', 'choking-back-blows'],
    ["one of the shearers has gone all wobbly on the board and started spewing, he's hot as and can't tell me what day it is", 'heat-cool-down'],
    ["I'm on my own up at the reservoir, the ice gave way, went in up to my chest, I've got myself out but I'm soaked through", 'cold-warm-slowly'],
    ["one of the blokes clearing scrub on the station reckons a brown's got him on the ankle, he saw it slither off into the grass", 'snake-bite-keep-still'],
    ["big black shiny spider was in me glove, just bit me on the finger", 'spider-bite-cool'],
  ])
})

describe("hints: review 43's first reports", () => {
  itAnswersFrom([
    ["the hook on the gantry crane's swung round and cracked Bazza in the side of the scone, he dropped like a bag of cement for a bit but now he's on his feet reckoning he's fine", 'head-injury-watch', 'unconscious-airway'],
  ])

  it("keeps someone missing when only their car is found: 'her husband's found her car at the farm gate, nobody about'", async () => {
    const reply = last(await call("one of our community nurses hasn't checked in since her twelve o'clock visit up on the mountain", "her husband's found her car at the farm gate, doors open, nobody about"))
    expect(reply.sources).toContain('missing-person')
    expect(reply.sources).not.toContain('missing-found')
  })
})
