import { describe, expect, it } from 'vitest'
import { call, last } from '../helpers/playbook-call.js'

// Review 120's blind re-grade: what the line says when the crew arrives, or the missing man turns up.

describe('the end of a long call (review 120, re-graded)', () => {
  const CPR = ["my mate's just gone down in the warehouse, he's on the floor not moving", "he's not breathing, just a weird snoring gasp every now and then",
    "ok I'm pushing on his chest, how fast do I go"]

  it('hands over without "don\'t stop CPR" once he is breathing again, and keeps it while CPR goes on', async () => {
    const revived = await call(...CPR, "wait he's coughing, he's breathing on his own I think, what do we do now?", "ambulance is here, they're coming through the shutter now, do I hang up?")
    expect(last(revived).text).toMatch(/^Good, help is here\. Tell them what happened/)
    expect(last(revived).text).not.toMatch(/Don't stop CPR/)
    const pushing = await call(...CPR, "ambulance is here, they're coming through the shutter now, do I hang up?")
    expect(last(pushing).text).toMatch(/Don't stop CPR until they start breathing or help takes over/)
  })

  it('tells the fire service a missing man is out when he turns up, not when the brigade does', async () => {
    const fire = ['fire in the warehouse, we are all out at the muster point but Dave is missing, nobody saw him come out']
    const found = await call(...fire, "hang on he's just come round the side of the building, got out the back fire door, he's coughing")
    expect(last(found).text).toMatch(/^Tell the fire service at once that they're out, so nobody goes in to search for them/)
    const turnedUp = await call(...fire, "he's turned up, he was round the back having a smoke")
    expect(last(turnedUp).text).toMatch(/^Tell the fire service at once that they're out/)
    expect(last(turnedUp).text).not.toMatch(/Where were they last seen/)
    const brigade = await call(...fire, 'the fire brigade has turned up now')
    expect(last(brigade).text).not.toMatch(/they're out/)
  })

  it('answers "are you sending an ambulance for him? he wants to go home" without a bare "No"', async () => {
    const smoke = await call('fire in the dye house, we are all out in the car park', "one of the lads is black round his nose and mouth and his voice is hoarse",
      'are you sending an ambulance for him as well? he says it\'s just a bit of smoke and wants to go home')
    expect(last(smoke).text).toMatch(/^He's not to go home: a hoarse voice and soot/)
  })

  it('hears confusion after a fit with a knock to the head as a warning sign', async () => {
    const fit = await call('my colleague fell down and he is shaking all over on the floor', 'still shaking, his head hit the machine',
      'now it stops, he is breathing', 'he opens his eyes but he does not know where he is, he asks the same question again and again')
    expect(last(fit).text).toMatch(/^Confused after a fit and a knock to the head is a warning sign: I'm telling the crew/)
  })
})

describe('review 121, re-graded blind', () => {
  it('hears pink frothy spit after fumes as the lungs hurt now, not "fumes can flood the lungs hours later"', async () => {
    const ammonia = await call('ammonia leak in the cold store, we are all outside now coughing', 'one lad is saying his chest is tight and he is coughing pink type spit, what to do for him?')
    expect(last(ammonia).text).toMatch(/^Pink or frothy spit means the fumes have reached the lungs: that's serious, and I'm telling the crew/)
    expect(last(ammonia).text).not.toMatch(/hours later/)
  })

  it('gives a man down in a fermentation tank the confined space\'s "don\'t go in", not a gas leak\'s "get everyone out of the tank"', async () => {
    const tank = await call("there's a man down inside the fermentation tank, he went in to clean and he just collapsed at the bottom")
    expect(last(tank).text).toMatch(/^Don't go in after them\. The air inside can knock out rescuers too/)
    expect(last(tank).text).not.toMatch(/Get everyone out of the tank|make a spark/)
    // A gas that burns, named, keeps its sparks warning.
    const sewer = await call("there's a strong smell of gas in the sewer and a man has collapsed down there")
    expect(last(sewer).text).toMatch(/No switches|spark/)
  })
})
