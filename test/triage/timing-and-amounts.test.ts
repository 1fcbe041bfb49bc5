import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 113: calls where how long and how much decide what to do, and the road crash among them.

describe('timing, numbers and how long (review 113)', () => {
  it('keeps a first seizure timed past five minutes a seizure, and a nosebleed that drips no leak', async () => {
    expect(classify("his mom says he's never had a seizure before").ruledOut ?? []).not.toContain('seizure')
    const fit = await call("a little boy just collapsed and he's shaking all over",
      "his mom says he's never had a seizure before, my coworker's been timing it on her phone she says it's six minutes now")
    expect(last(fit).text).toMatch(/^Over five minutes is an emergency/)
    expect(classify("a lass just come in with a nosebleed, it's dripping all over the counter").hazards).not.toContain('leak')
    expect(classify('the pipe is dripping all over the counter').hazards).toContain('leak')
  })

  it('reads a brewery brew house as a hot room, not a gas, and a tired rescuer\'s arms as nothing cut off', () => {
    expect(classify('one of our visitors just fainted in the brew house').hazards).not.toContain('gas_leak')
    expect(classify('a brewer collapsed in the fermenting room').hazards).toContain('gas_leak')
    expect(classify("we've been doing cpr for fifteen minutes, gaz is knackered his arms have gone").hazards).not.toContain('amputation')
    expect(classify('his arm is gone, the machine took it').hazards).toContain('amputation')
  })

  it('hears "not on blood thinners" and "not been sick" as no', async () => {
    const bump = await call('he stood up under the cupboard door and banged his head quite hard',
      "he's asking can he take some ibuprofen, he's not on any blood thinners or anything, he's not been sick")
    expect(last(bump).text).not.toMatch(/On a blood thinner|Roll them onto their side/)
    const thinner = await call('he banged his head on the racking', "he's on warfarin")
    expect(last(thinner).text).toMatch(/^On a blood thinner, a blow to the head needs hospital now/)
  })

  it('lets a burn cooled twenty minutes come out of the water, and says which burns need a doctor', async () => {
    const cooled = await call('one of the chefs got hot oil on his hand off the fryer', "it's been about twenty minutes under the tap now can I stop")
    expect(last(cooled).text).toMatch(/^Twenty minutes is enough: stop now/)
    const early = await call('one of the chefs got hot oil on his hand off the fryer', "it's been five minutes can I stop")
    expect(last(early).text).not.toMatch(/Twenty minutes is enough/)
    const blisters = await call('hot oil on his hand off the fryer', "it's red with blisters starting, is that a bad one")
    expect(last(blisters).text).toMatch(/^Blisters on the hand, face, feet/)
    expect(last(blisters).text).not.toMatch(/Keep cooling/)
    const pass = await call('hot oil on his hand off the fryer', 'should we burst the blisters so he can get back on the pass')
    expect(last(pass).text).toMatch(/No more work today.*Don't burst blisters/)
  })

  it('sends a paracetamol overdose now, tightens a seeping tourniquet, and reads a cold man gone drowsy as severe', async () => {
    const tablets = await call('one of my girls is after telling me she took a load of tablets this morning',
      'she says it was about twenty of her paracetamol around half seven')
    expect(last(tablets).text).toMatch(/^That much paracetamol can harm the liver.*hospital now/)
    const tq = await call("his arm got caught in the auger and it's bleeding like crazy", 'we put a tourniquet on above the elbow',
      "there's still a bit of blood seeping out under it, should I put another one on or tighten it")
    expect(last(tq).text).toMatch(/^Tighten it until the bleeding stops completely/)
    const cold = await call('my colleague was shut inside the freezer at minus twenty for over an hour', 'he is very sleepy now, closing his eyes')
    expect(last(cold).text).toMatch(/^Severe hypothermia: handle gently/)
    const shaking = await call('one of the lads on the dock is freezing, cant stop shaking, hes been in the water')
    expect(last(shaking).text).not.toMatch(/Severe hypothermia/)
  })

  it('lets a recovered faint go home with someone once the crew has checked her', async () => {
    const faint = await call('one of our visitors just fainted in the brew house, she is about seventy',
      'she was only out for five seconds, she came round straight away',
      "it's been twenty minutes and she's grand, her husband wants to take her home in a taxi, does she need an ambulance")
    expect(last(faint).text).toMatch(/^Keep them sitting or lying until the crew has checked them/)
    expect(last(faint).text).not.toMatch(/that means hospital/)
  })
})

describe('a road crash with someone held in the car (review 113)', () => {
  it('reads a car into the back of a truck as a crash, and a leg trapped in the passenger seat as no machine', async () => {
    expect(classify("a car's gone into the back of our traffic management truck").hazards).toContain('vehicle_strike')
    expect(classify('there was a head on collision on the bypass').hazards).toContain('vehicle_strike')
    const crash = await call("a car's gone into the back of our traffic management truck", "the lass in the passenger seat's screaming her leg's trapped")
    expect(last(crash).text).toMatch(/^Engine off, hazard lights on, traffic kept back. Don't pull them out unless there's fire/)
    expect(last(crash).text).not.toMatch(/emergency stop|machine/)
    const shelter = await call("a car's skidded in the car park and gone into the smoking shelter, someone's under it")
    expect(last(shelter).text).not.toMatch(/Engine off, hazard lights on/)
  })

  it('opens a snoring casualty\'s airway by the jaw after a crash, not by tilting the head', async () => {
    const snoring = await call("a car's gone into the back of our truck and the driver's slumped over the wheel", "he's making a snoring noise")
    expect(last(snoring).text).toMatch(/^That noise is a blocked airway: from behind the head, fingers under the jaw/)
    const faint = await call('my colleague collapsed in the office', "he's making a snoring noise")
    expect(last(faint).text).toMatch(/tilt the head back/)
  })
})

describe('found on the way (review 113)', () => {
  it('hears "the machine said not to shock" as no shock, and a punched colleague as an assault', async () => {
    const noShock = await call('he collapsed, no breath, I am doing compressions', 'the defib is on him', "the machine's said not to shock")
    expect(last(noShock).text).toMatch(/^No shock needed/)
    expect(last(noShock).text).not.toMatch(/press the shock button/)
    expect(classify('a customer just punched my colleague in the face').hazards).toContain('violence')
    expect(classify("the saw's kicked back on my mate and gone in his leg").hazards).not.toContain('violence')
  })
})

describe('the blind grade of review 113, second pass', () => {
  it('sends a shocked apprentice with a fluttery chest to hospital, and reads the heat behind a staggering furnace man', async () => {
    const shock = await call('my apprentice got a shock off a chewed up extension lead', "I've switched it off at the wall", "he's up and walking about, he says he's fine, do he need to go anywhere")
    expect(last(shock).text).toMatch(/^Yes: after an electric shock they need hospital, even if they feel fine/)
    const flutter = await call('my apprentice got a shock off a chewed up extension lead', "he's saying his chest feels a bit funny now like fluttery")
    expect(last(flutter).text).toMatch(/^A fluttering heart after an electrical flash or shock can be its rhythm: sit them down/)
    const heat = await call("one of our fellas on the furnace has gone all funny, he's staggering about and talking rubbish", "it's roasting in there, it were like forty five degrees by the pour")
    expect(last(heat).text).toMatch(/cool/)
    expect(last(heat).text).not.toMatch(/inhaler|adrenaline pen/)
  })

  it('keeps a found resident with a short, turned-out leg on the floor, and hears a used "happy pen"', async () => {
    expect(classify('I found one of our residents on the floor of her room').hazards).toContain('fall')
    expect(classify('there is water on the floor of the kitchen').hazards).not.toContain('fall')
    expect(classify('i found the fingers on the floor in the sawdust').hazards).not.toContain('fall')
    expect(classify('her right leg looks short and turned out').hazards).toContain('fracture')
    const hip = await call('I found one of our residents on the floor of her room', 'her right leg looks short and turned out, my colleague wants to lift her back to bed with the hoist, is that okay')
    expect(last(hip).text).toMatch(/^Don't hoist or lift them/)
    const pen = await call('one of our drivers got stung by a wasp and he is swelling up bad', "he's got his own happy pen, we used it in his leg about five minutes ago, will one be enough")
    expect(classify("he's got his own happy pen").hazards).toContain('anaphylaxis')
    expect(last(pen).text).toMatch(/^If they're no better five minutes after the first pen, give a second one/)
    expect(last(pen).text).not.toMatch(/Have they had their adrenaline pen/)
  })
})

describe('the blind re-grade of review 113', () => {
  it('keeps a severely cold man whole, not his hands first; hears a driver not answering; keeps cooling through a fit; checks a swelling sting', async () => {
    const cold = await call('my colleague was shut in the freezer at minus twenty for an hour and a half', 'his hands are white and hard like wood, someone wants to rub them, and he is very sleepy now, closing his eyes')
    expect(last(cold).text).toMatch(/^Severe hypothermia/)
    expect(last(cold).text).not.toMatch(/lukewarm water|under an armpit/)
    expect(classify("the driver's not answering").hazards).toContain('unconscious')
    const heat = await call("he's bright red, stopped sweating, forty point five on the thermometer", "he's just had like a fit, it lasted maybe thirty seconds, now he's breathing but he won't answer us")
    expect(last(heat).text).toMatch(/Cool them hard now/)
    const sting = await call("one of our drivers got stung by a wasp and he's swelling up bad")
    expect(last(sting).text).toMatch(/^Is the swelling in their face, lips or throat/)
  })

  it('hears "a hundred and six out there" beside someone acting strange as heat, and a running belt as not stopped', async () => {
    expect(classify("one of the crew is actin real strange, its like a hundred and six out there").hazards).toContain('heat_illness')
    const belt = await call('his arm got pulled into the conveyor roller', "the belt's still running and he's trying to yank him out")
    expect(last(belt).text).toMatch(/^Stop it now: the red emergency stop button/)
  })
})
