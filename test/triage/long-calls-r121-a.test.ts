import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 121's long calls R121-01, 02, 04, 05 and 06: the power said off in a turn that ends in a
// question, the rescuer going faint, a loading dock that is not water, drowsy again after naloxone,
// dark lips in an asthma attack, and heat stroke on a roof.

describe('review 121: shock, amputation, overdose, ammonia and heat stroke calls', () => {
  it('hears the power is off in a turn that ends "can I touch him now?", and says yes', async () => {
    const first = "my mate just got a belt off a cable, it threw him across the floor, he's lying there"
    const breaker = await call(first, "Dave's gone to the board, he says it's off now, breaker's down. can I touch him now?")
    expect(last(breaker).text).toMatch(/^Yes: with the power off you can touch them\. Keep someone by the switch/)
    expect(last(breaker).text).not.toMatch(/No! Don't touch them/)
    expect(last(breaker).text).not.toMatch(/Is the power off\?/)
    const tripped = await call(first, 'the trip is off now. is it safe to go to him?')
    expect(last(tripped).text).toMatch(/^Yes: with the power off you can touch them/)
    const live = await call(first, 'can I touch him?')
    expect(last(live).text).toMatch(/^No! Don't touch them/)
  })

  it('tells a rescuer who is about to faint to sit down and hand over the pressing', async () => {
    const finger = ["the press came down on his hand, the top of his finger's off, there's blood everywhere", "I've a rag on it, pressing hard"]
    const faint = await call(...finger, "sorry I feel a bit, I'm gonna be sick, everything's going fuzzy")
    expect(last(faint).text).toMatch(/^Sit down on the floor now, head down, before you faint\. Get someone else to take over pressing/)
    const passOut = await call(...finger, "I think I'm going to pass out here")
    expect(last(passOut).text).toMatch(/^Sit down on the floor now, head down/)
  })

  it('says no water in with the finger, not "no food or drink", for a sandwich bag', async () => {
    const bag = await call("the press came down on his hand, the top of his finger's off, there's blood everywhere", "I've a rag on it, pressing hard",
      "she's put the finger in a sandwich bag, does it need water in it?")
    expect(last(bag).text).toMatch(/^No: not in milk or any liquid\. Wrap it as it is/)
    expect(last(bag).text).not.toMatch(/No food or drink/)
  })

  const OVERDOSE = ["we got a guy in the bathroom stall, he's slumped on the floor, there's a needle by him", "he's breathing but really slow, every ten seconds, lips are blue",
    'ok sprayed the narcan in one nostril, nothing yet']

  it('does not hear a loading dock door as water', async () => {
    const dock = await call(...OVERDOSE, "we're at the Ridgeline warehouse on Industrial Parkway, dock door 22, men's room by the breakroom")
    expect(last(dock).text).not.toMatch(/pulled from the water/)
    expect(last(dock).text).toMatch(/CPR/)
  })

  it('hears drowsy again after naloxone: on their side, watch the breathing, CPR if it slows or stops', async () => {
    const again = await call(...OVERDOSE, "oh he's moving, he took a big breath, he's waking up", "he says he's fine, can I just let him go? he's getting kinda drowsy again though")
    expect(last(again).text).toMatch(/^Keep them with you: drowsy again means the naloxone may be wearing off\. Onto their side, watch their breathing/)
    expect(last(again).text).not.toMatch(/pulled from the water/)
    const noddingOff = await call(...OVERDOSE, "he's awake now, talking", "he's nodding off again")
    expect(last(noddingOff).text).toMatch(/naloxone may be wearing off/)
  })

  it('keeps the reliever going when an asthmatic in a gas leak gets dark lips, not only "that\'s worse"', async () => {
    const ammonia = await call('ammonia gas is leaking in our cold store, workers are coughing badly', 'we are all out at the gate. one boy is wheezing, he has asthma',
      'I gave him my blue inhaler, four puffs', 'he is again getting worse, his lips are looking dark')
    expect(last(ammonia).text).toMatch(/^That's life-threatening: I'm telling the crew\. Keep the blue inhaler going, a puff every minute, up to ten/)
    expect(last(ammonia).text).toMatch(/Not breathing normally: CPR/)
  })

  const ROOF = 'my friend he is on the roof, he is very bad from the sun, he fall down on his knees and now he talk crazy, he don\'t know where he is'

  it('reads a collapse in the sun as heat illness, not a fall to keep still', async () => {
    expect(classify(ROOF).hazards).toContain('heat_illness')
    const roof = await call(ROOF)
    expect(last(roof).text).toMatch(/cool/)
    expect(last(roof).text).not.toMatch(/Don't move them/)
    const later = await call(ROOF, 'ok we put him in the shade by the AC unit, address is 4410 East Baseline Road')
    expect(last(later).text).not.toMatch(/Keep them warm/)
  })

  it('answers how to bring him down off the roof, and no to driving him in', async () => {
    const down = await call(ROOF, 'he is very hot, not sweating now. we are on the roof, is very high, how we bring him down?')
    expect(last(down).text).toMatch(/Don't try to bring them down: the crew will\. Keep them in shade, away from the edge/)
    const drive = await call(ROOF, 'we pour water on him. the boss want to put him in the truck and drive to hospital')
    expect(last(drive).text).toMatch(/^No, don't drive them in: cooling them now matters most/)
    expect(last(drive).text).not.toMatch(/head, neck or back injury/)
  })

  it('says no drink to "can he drink?" from a confused man in the heat', async () => {
    const drink = await call(ROOF, 'he is very hot, not sweating now', 'he says he want water, he keep asking. can he drink?')
    expect(last(drink).text).toMatch(/^No drinks while they're confused: they could choke/)
  })

  it('leaves a man snoring on his side after a fit in the heat on his side', async () => {
    const fit = await call(ROOF, 'he is very hot, not sweating now', 'now he is shaking, the arms and legs, he is doing a seizure I think',
      'ok it stop. he is breathing, making like snore noise. we turn him on the side')
    expect(last(fit).text).not.toMatch(/don't move them/i)
    expect(last(fit).text).not.toMatch(/Keep their head and neck still/)
  })
  it('hears "his eyes also burning" in an ammonia leak as the gas, not a fire, and says no to the valve once', async () => {
    expect(classify('his eyes also burning, he is rubbing them').hazards).not.toContain('fire')
    const valve = await call('ammonia gas is leaking in our cold store, workers are coughing badly', 'we are all out at the gate',
      'his eyes also burning, he is rubbing them. my supervisor is saying go back inside and shut the valve', 'ok nobody is going inside. he is sitting forward on the chair')
    expect(valve[2]?.text).toMatch(/^No: nobody goes back in, not to shut a valve, add water or open a window/)
    expect(valve[2]?.text).not.toMatch(/Don't go back in, for anyone or anything/)
    expect(last(valve).text).not.toMatch(/fire|cylinders/)
  })
  it('says no to cold water on a man getting CPR, and keeps the pushing', async () => {
    const water = await call(...OVERDOSE, "someone's saying throw cold water on him, should we?")
    expect(last(water).text).toMatch(/^No cold water or slaps: it won't help, and a wet chest stops the defib working\. Keep pushing hard and fast/)
  })
  it('answers how long to keep cooling a heat stroke', async () => {
    const howLong = await call(ROOF, 'he is very hot, not sweating now', 'he is less hot I think. we keep the water on him, how long we keep doing?')
    expect(last(howLong).text).toMatch(/^Keep cooling until the crew takes over, and ease off if they start shivering/)
  })
})
