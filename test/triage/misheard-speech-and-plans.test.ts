import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { tokenize } from '../../src/triage/normalize-speech.js'
import { call, last } from '../helpers/playbook-call.js'

// Reviews 67 (what the speech recogniser hands over from a frightened caller in a noisy plant)
// and 68 (the caller's own plans and questions), and the fourth blind re-grade's leftovers.

describe('speech as the recogniser hands it over', () => {
  it('drops fillers and a stammered small word, and keeps a doubled word that means something', () => {
    expect(tokenize('somebody has gone for the the fib um it is in the office')).toEqual(['somebody', 'has', 'gone', 'for', 'the', 'defib', 'it', 'is', 'in', 'the', 'office'])
    expect(tokenize('my heart is going boom boom')).toContain('boom boom'.split(' ')[1])
    expect(tokenize('my heart is going boom boom').filter((t) => t === 'boom')).toHaveLength(2)
    expect(tokenize('bay one one').filter((t) => t === 'one')).toHaveLength(2)
  })

  it('reads "brief in", "on conscious", a "tourney" and "chest pumps" as what was said', () => {
    expect(classify("he's not moving and he's not brief in").hazards).toContain('not_breathing')
    expect(classify("he's on conscious").hazards).toContain('unconscious')
    expect(classify("i'm doing the chest pumps now").hazards).toContain('not_breathing')
    expect(tokenize('there is a tourney kit in the box')).toContain('tourniquet')
  })

  it('does not read "it hasn\'t come out" about the food as someone missing, nor "I stuck it in her thigh" as a trapped caller', () => {
    expect(classify("five slaps on his back it hasn't come out he still can't breathe").missing).toBeUndefined()
    expect(classify("dave hasn't come out of the building").missing).toBe(true)
    expect(classify('i stuck it in her thigh through her jeans').hazards).not.toContain('caller_trapped')
    expect(classify("i'm stuck in the lift").hazards).toContain('caller_trapped')
  })
})

describe('where help goes', () => {
  it('keeps the casualty\'s place when the defibrillator is fetched from "the office by the canteen"', async () => {
    const r = last(await call("my mate just dropped in the loading bay he's not moving he's gone grey", "he's not brief in properly it's like gasping", "i'm pushing on his chest um somebody's gone for the the fib it's in the office by the canteen"))
    expect(r.text).toMatch(/Help is being alerted to the loading bay\./)
  })

  it('reads "Mill Lane" as a street, a works as the site only when nothing nearer is named, and a plan\'s destination as no place', async () => {
    expect(classify('the digger hit a gas pipe at the site on mill lane').location).not.toBe('mill')
    expect(classify('fire in the print works on sidings road, smoke out the roof').location).toBe('print works')
    expect(classify("at the print works he's collapsed in the little ink room").location).toBe('ink room')
    expect(classify('she wants to stand up and walk to the first aid room').location).toBeUndefined()
    expect(classify('we carried him to the first aid room').location).toBe('first aid room')
    const tank = last(await call('please come theres men down in the tank', 'its the effluent tank at the water works, one went in to unblock the pump'))
    expect(tank.text).toMatch(/alerted to (the pump in )?the tank( at the water works)?\./)
  })
})

describe('answers to what callers plan and ask', () => {
  it('keeps pushing while the pads go on, and finger sweeps in CPR are refused without back blows', async () => {
    const pads = last(await call('he collapsed not breathing', "i'm pushing on his chest", 'they got the the fib open do i stop pushing while they put the pads on'))
    expect(pads.text).toMatch(/^Keep pushing while someone else puts the pads on/)
    const sweep = last(await call('one of the lads is choking on steak he cant talk', 'five back slaps it hasnt come out', 'tummy thrusts done its still stuck and now hes gone floppy', 'hes on the floor not breathing should i put my fingers in his mouth and hook it out'))
    expect(sweep.text).toMatch(/^No blind finger sweeps: it can push it further down\. Keep up the CPR/)
    expect(sweep.text).not.toMatch(/back blows/)
  })

  it('says how to put on the kit tourniquet asked about as "that"', async () => {
    const r = last(await call('a lads arm got caught in the baler theres a massive cut its squirting out', 'it is soaking through still pumping', 'theres a tourney kit in the first aid box with a strap and a stick should i put that on'))
    expect(r.text).toMatch(/^Put the tourniquet round the limb a hand's width above the wound/)
  })

  it('refuses a rubber band round cut fingers, and puts a tourniquet line to a trapped arm bleeding through', async () => {
    expect(last(await call('he cut his fingers real bad in the bread slicer', 'im gonna put a rubber band real tight around the base of his fingers as a tourniquet')).text).toMatch(/^No: nothing tight round a finger or a toe/)
    const trapped = last(await call('my brother got his arm caught in the auger its stopped but hes trapped and bleeding', 'hes going pale and sleepy, im pressing the towel on it soaked through'))
    expect(trapped.text).toMatch(/^Still coming through on an arm or leg: a tourniquet from the kit/)
  })

  it('keeps the caller with a trapped casualty instead of driving off for help', async () => {
    const r = last(await call('my brother got his arm caught in the auger hes trapped and bleeding', 'the signal is really bad i might need to drive to the road to get help do i leave him'))
    expect(r.text).toMatch(/^Stay with them: I'm alerting help now, so nobody needs to leave/)
    expect(r.text).not.toMatch(/no driving, until a first aider/)
  })

  it('gives an eastern brown bite the pressure bandage, refuses the walk to the ute, and hears blurry vision as the venom', async () => {
    const bite = ['a keeper just got bitten by an eastern brown on his hand']
    expect(last(await call(...bite, 'they say cut it and suck it or whack a tourniquet on real tight')).text).toMatch(/and no tourniquet\. What helps is a firm broad bandage/)
    const plan = last(await call(...bite, 'we got a crepe bandage from the kit do we wash the bite first, and he reckons he can walk to the ute'))
    expect(plan.text).toMatch(/^No, keep them lying still: walking spreads the venom/)
    expect(plan.text).toMatch(/A firm broad bandage: over the bite first/)
    expect(plan.text).not.toMatch(/nothing tied tight/)
    const adder = last(await call('an adder bit my mate on the leg in wales', 'we got a crepe bandage from the kit'))
    expect(adder.text).toMatch(/An adder or rattlesnake: nothing tight/)
    const worse = last(await call(...bite, "his vision's gone blurry and he feels like he's gonna pass out"))
    expect(worse.urgency).toBe('CRITICAL')
    expect(worse.text).toMatch(/^That's the venom spreading/)
  })

  it('lets a chest-crush casualty sit half up without also holding the head still', async () => {
    const r = last(await call("the car slipped off the jack onto my mate's chest", "we got it off him, he's breathing fast and short and one side of his chest isn't moving right, he wants to sit up but the lads say keep him flat"))
    expect(r.text).toMatch(/sit them half up, leaning to the hurt side/)
    expect(r.text).not.toMatch(/Kneel behind their head/)
  })

  it('does not answer an extinguisher on a fire with the line for a person on fire', async () => {
    const r = last(await call("i'm the projectionist, there's smoke pouring out the back of the projector in the booth and a burning plasticky smell", "there's a water extinguisher on the landing, i'm going to give it a blast, it's all still plugged in mind"))
    expect(r.text).not.toMatch(/Only if nothing else is to hand, and never at the face/)
  })

  it('tells a crowd round a hissing gas main to get back with no phones out', async () => {
    const r = last(await call("the digger's gone through a gas pipe you can hear it hissing", "the lads are all standing round it one of them's getting his phone out to film it"))
    expect(r.text).toMatch(/^Get everyone well back now, upwind.*No phones or cameras/)
  })

  it('keeps a worsening legs-crush casualty flat, and a heat-stroke fit gets the fit lines first', async () => {
    const crush = last(await call("a coil rolled onto a guy's legs he's trapped", "it's off now his legs look squashed and purple, he's white and sweating", "he's gone all confused and his breathing's fast and shallow and he's getting drowsy"))
    expect(crush.text).toMatch(/^They're getting worse: I'm telling the crew\. Keep them lying flat and warm, not sat up/)
    const fit = last(await call('a contractor collapsed in the heat confused and hot', "we're pouring cold water over him with the fan on and he's just started fitting"))
    expect(fit.text).toMatch(/^That's a fit from the heat/)
  })

  it('does not teach the adrenaline pen again once it is in, and says yes to a workmate\'s pen', async () => {
    const given = last(await call('she ate nuts and she is allergic her lips are swelling', 'okay i stuck it in her thigh through her jeans and held it there she wants to stand up and walk to the first aid room'))
    expect(given.text).not.toMatch(/Blue cap off/)
    expect(given.text).not.toMatch(/first aid room/)
    const mates = last(await call('she ate nuts and her throat is swelling', "she hasn't got her pen with her but my mate's got one in his bag it's his though can we use it on her"))
    expect(mates.text).toMatch(/^Yes, use it on them now: anyone's adrenaline pen/)
    const own = last(await call('she ate nuts and her throat is swelling', 'yes she has an epipen'))
    expect(own.text).not.toMatch(/anyone's adrenaline pen/)
  })

  it('sits up a faint, breathless anaphylaxis casualty on the floor and calls it worse', async () => {
    const r = last(await call('a wasp stung him and he is swelling up he is allergic', 'i gave him the pen', 'he wants to sit up he cannot breathe lying but he is feeling very dizzy'))
    expect(r.urgency).toBe('CRITICAL')
    expect(r.text).toMatch(/^That's worse: I'm telling the crew\. Sit them on the floor/)
  })

  it('keeps a cable strike\'s casualty untouched, and a gas casualty inside gets "don\'t go in after them"', async () => {
    const cable = await call("one of our lads has hit a cable with the breaker and he's collapsed he's still holding the handle", "can i pull him off it i've got rubber gloves on")
    expect(cable[0]?.text).toMatch(/Don't touch them, or anything touching the line/)
    expect(last(cable).text).toMatch(/^No\./)
    const gas = last(await call('strong rotten egg smell in the pump house and one of the operators has gone down inside it'))
    expect(gas.text).toMatch(/^Don't go in after them/)
  })

  it('refuses driving a weedkiller casualty in, and sends a man out of the dock water who wants to go home to hospital', async () => {
    const paraquat = last(await call('a farm hand drank weedkiller out of a pop bottle', "it says paraquat on it, i'm going to drive him to hospital in the land rover"))
    expect(paraquat.text).toMatch(/^Please don't drive them/)
    const dock = last(await call("a man's fallen in the water off the quay", 'we pulled him onto the steps he is soaked and shivering', "he says he's fine and just wants to go home and get changed is that ok he's coughing a bit"))
    expect(dock.text).toMatch(/^Anyone pulled from the water goes to hospital/)
  })
})

describe('where help goes, said to the caller (review 71)', () => {
  it('keeps a what3words given inside a question, and says a street as the place to alert, not a room to clear', async () => {
    const lost = await call("i'm on a forestry track somewhere and my colleague's cut his leg with the chainsaw", 'could i give you a what3words it says filled dots tonight')
    // Review 120: a hand tool says nothing the crew needs beside an exact address.
    expect(last(lost).text).toMatch(/alerted to what3words filled\.dots\.tonight\./)
    const gas = last(await call("the digger's just gone through a gas pipe at the site on mill lane you can hear it hissing"))
    expect(gas.text).toMatch(/alerted to the digger on Mill Lane\./)
    expect(gas.text).not.toMatch(/out of Mill Lane/)
  })

  it('does not move the casualty to where the first aid kit is kept or to a meeting point', async () => {
    const kit = last(await call('a woman got drain cleaner splashed in her eyes at unit two b', "we've got the eye wash bottles from the first aid kit in reception is that enough"))
    expect(kit.text).toMatch(/alerted to Unit 2B\./)
    const meet = last(await call('a bloke fell off a ladder on level minus one of the car park', 'the security guard will wait up at street level on the ramp to bring them down'))
    expect(meet.text).toMatch(/Level -1/)
    expect(meet.text).not.toMatch(/in the street/)
  })
})

describe('review 71: a tank entered, a belt already on', () => {
  it('reads someone down inside a numbered tank as a confined space, and answers a belt tied on above the cut', async () => {
    const tank = last(await call("a guy's gone down inside the number three tank on the chemical plant and he's collapsed at the bottom"))
    expect(tank.text).toMatch(/^Don't go in after them/)
    const belt = last(await call("my colleague's cut his leg with the chainsaw, it's deep in his thigh bleeding really bad", "i've tied my belt round it above the cut is that right"))
    expect(belt.text).toMatch(/^Leave it on: pull it tighter until the bleeding stops, note the time/)
    const asked = last(await call('he cut his neck on a knife', 'can we put a tourniquet round her neck'))
    expect(asked.text).not.toMatch(/Leave it on/)
  })
})

describe('re-grade of review 71: a lone rescuer and a casualty already outside', () => {
  it('answers "should I leave him to get the defib" with the defib line, not "go and let them in"', async () => {
    const r = last(await call('the driver collapsed in the cab he is not breathing', 'i have got him out and i am pushing on his chest', "there's a defib in the gatehouse should i leave him to get it there's nobody else here"))
    expect(r.text).toMatch(/^If the defibrillator is close, go and get it now/)
    expect(r.text).not.toMatch(/let them in/)
  })

  it('checks the breathing of a gas casualty who passed out after everyone came out, instead of "get out of the gas"', async () => {
    const r = last(await call('really strong smell of gas in the boiler house', "we've all come out into the car park", 'one of them has passed out on the grass now'))
    expect(r.text).toMatch(/^Once you're both in fresh air, check their breathing/)
  })
})
