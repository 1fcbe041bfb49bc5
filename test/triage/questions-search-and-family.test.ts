import { describe, expect, it } from 'vitest'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (someone missing, the family). "Don't go back in for them"
// is for a building just evacuated; a lone worker who has not checked in is looked for, in pairs.

describe('someone missing who was not in an evacuation (review 118)', () => {
  it('sends a pair to check on a lone worker, and keeps them out of tanks and fumes', async () => {
    const guard = await call("we cant find our night security guard, hes not answering his radio", 'I dont know where he is', 'should I go look for him')
    expect(last(guard).text).toMatch(/^Yes, go and check, but not alone/)
    expect(last(guard).text).not.toMatch(/Don't go back in/)
    const tanker = await call("we can't raise the lone worker on the tanker bay, he's not checked in for two hours", "his radio's dead", 'should I go down there by myself')
    expect(last(tanker).text).toMatch(/not alone: take someone and a phone or radio\. Don't climb, or go into a tank, pit or fumes/)
  })

  it('keeps a search party off the hills in the dark, and a building evacuated shut', async () => {
    const hill = await call("we can't find Gareth, he went up to check the ewes on the mountain at dinner time and he's not back, his phone's just ringing out", "should we all go up and look for him now, it's getting dark mind")
    expect(last(hill).text).toMatch(/^Don't search the hills yourselves/)
    const evacuated = await call("roll call after the evacuation and we're one short, it's the new starter Ahmed", 'dunno, he was on the packing line', 'should I go back in and check the toilets')
    expect(last(evacuated).text).toMatch(/^Don't go back in for them/)
  })
})

describe('ringing the family (review 118)', () => {
  it('has someone else ring them while the caller stays, and leaves a lift home to the lines on going home', async () => {
    const asthma = await call("one of my year 8s is having a bad asthma attack", "her lips have gone a bit blue and she's all floppy, the head says should we ring her mum first")
    expect(last(asthma).text).toMatch(/Let someone else ring them, while you stay with them and on this line/)
    const grape = await call('a little girl is choking on a grape, she cannot breathe', 'she is coughing now something came out a half grape it came out she is crying loudly now is she okay only should i give her some water and call the mother')
    expect(last(grape).text).toMatch(/^It's out, so no more blows or thrusts\..*Let someone else ring them/)
    const lift = await call('a lass has fainted at the gym', "she wants tae sit up and phone her boyfriend tae come get her, can she just go hame wi him")
    expect(last(lift).text).not.toMatch(/ring them/)
  })
})

describe('answers that outlived the merge of three helpers\' replies (review 118)', () => {
  it('keeps the no to brandy and ovens for someone severely cold, and no rinse time for "how long will the brigade be"', async () => {
    const freezer = await call('we just found piotr in the walk in freezer, the door handle inside is broken, we dont know how long he was in there, maybe two hour, he is very cold',
      'he is mumbling, not making sense, he stopped shaking, the head chef says sit him in front of the ovens and give him brandy to warm inside')
    expect(last(freezer).text).toMatch(/^Severe hypothermia: handle gently, flat and wrapped; no rubbing, hot shower, direct heat or alcohol/)
    const chlorine = await call("hiya its the water treatment works up at llyn road, ive come in for the night shift and found dai on the floor in the chlorine building, hes lone working on days and nobody's heard from him since about four",
      "theres a like swimming pool smell by the door and my eyes are stinging a bit, i can see him through the window just lying there, im gonna hold my breath and run in and pull him out its only ten metre",
      "ok ok im back outside now the gas alarm panel's flashing red. how long will the fire brigade be, is there anything i can do from out here, theres breathing sets in the store but ive never been trained on them like")
    expect(last(chlorine).text).not.toMatch(/minutes of running water/)
  })
})

describe('a lone caller who cannot say where he is (review 118, the final re-grade)', () => {
  it('asks for the truck\'s GPS without moving much, the phone\'s location and the last marker', async () => {
    const pipeline = await call('yeah ive rolled the pickup into a ditch on the pipeline service road i banged my head on the window',
      'ive got out but ive been sick twice and my head is pounding and i keep seeing double',
      'im not sure which section i was on maybe km 40 something on the east line, gps is on the truck')
    expect(last(pipeline).text).toMatch(/^If you can reach it without moving much, read me the GPS or sat nav\. If not, stay still\. Phone location on/)
  })
})
