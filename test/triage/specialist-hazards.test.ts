import { describe, expect, it } from 'vitest'
import { placeAfter } from '../../src/triage/call-context.js'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Reviews 72 (named chemicals and specialist hazards) and 73 (work at height, plant and vehicles).

describe('specialist hazards (review 72)', () => {
  it('keeps rescuers out of a room a dewar of liquid nitrogen emptied into, and out of a solvent tank', async () => {
    expect(last(await call('a big dewar of liquid nitrogen tipped over in the basement store room and a technician is on the floor in there')).text).toMatch(/^Don't go in after them/)
    expect(last(await call('paint factory a cleaner was inside a mixing tank washing it out with solvent and hes gone quiet')).text).toMatch(/^Don't go in after them/)
  })

  it('stops water going on molten metal, and cools a burn once the caller is clear of a fire', async () => {
    const metal = last(await call('molten aluminium hit some water in the foundry and exploded', 'theres still a pool of molten metal on the floor and someone is coming with a hose to put it out'))
    expect(metal.text).toMatch(/^Stop them! No water on molten metal/)
    const hose = last(await call('molten aluminium went in his boot', "we've got the hose on his foot"))
    expect(hose.text).not.toMatch(/No water on molten metal/)
    const burn = last(await call('fire in the workshop and one guy got burned on his arms', 'we are out, its a big burn'))
    expect(burn.text).toMatch(/cool the burn (now )?under cool running water for twenty minutes/i)
    const blisters = last(await call('fire in the kitchen', "we're out, his arm is blistering, should i burst the blisters"))
    expect(blisters.text).not.toMatch(/^Once clear, cool the burn/)
  })

  it('refuses moving a cylinder after a flashback, finishing a pour in wet cement, sweeping asbestos, and mouth-to-mouth with cyanide', async () => {
    expect(last(await call('the acetylene hose flashed back and the cylinder is hissing and hot', 'can i just close the valve with the key and carry it outside')).text).toMatch(/^No: don't touch or move a cylinder/)
    expect(last(await call('wet cement has gone in his wellies and his knees are burnt', 'it doesnt hurt him much he wants to finish the pour first')).text).toMatch(/^No, stop now: wet clothing off and wash the cement off/)
    expect(last(await call('the lads drilled into asbestos lagging and its dust everywhere', 'can we just sweep it up and hoover it and carry on')).text).toMatch(/^No: don't sweep or vacuum it/)
    const cyanide = last(await call('someone tipped acid into the cyanide bath and theres a smell like almonds, a lad has collapsed', 'he is not breathing, my mate says we should give him mouth to mouth'))
    expect(cyanide.text).toMatch(/No mouth-to-mouth: the poison can reach you too/)
    expect(cyanide.text).not.toMatch(/Breaths only if someone's trained/)
  })

  it('reads a pesticide splash with pinpoint pupils as the pesticide, not an opioid, and refuses making him sick', async () => {
    const pupils = last(await call('a farm worker spilled pesticide down his front and hes sweating and drooling', 'its an organophosphate concentrate his pupils look tiny and hes got stomach cramps'))
    expect(pupils.sources.join(',')).not.toMatch(/overdose/)
    const sick = last(await call('a farm worker spilled pesticide down his front and hes sweating and drooling', 'should i make him sick to get it out'))
    expect(sick.text).toMatch(/^No, don't make them sick\. Gloves on/)
  })

  it('answers PEG for phenol, warms a cold burn gently, and calls chlorine breathing worse', async () => {
    expect(last(await call('phenol has splashed on his forearm', 'the spill kit has polyethylene glycol peg 300 should we use that')).text).toMatch(/^Yes: gloves on, swab the skin with the PEG/)
    expect(last(await call('liquid nitrogen went on his hands and they are white and hard', 'should i rub his hands or put them on the radiator')).text).toMatch(/No rubbing and no direct heat\. Warm them gently in lukewarm water/)
    const chlorine = last(await call('chlorine gas leaked at the water works and a lad breathed it in', 'his breathing is getting worse and his lips look grey'))
    expect(chlorine.urgency).toBe('CRITICAL')
    expect(chlorine.text).toMatch(/^That's worse: I'm telling the crew/)
  })
})

describe('an answer before "but he ..." (reviews 68 and 72)', () => {
  it('takes "they got him out" before "but he won\'t wake up" as out, and keeps "everyone is out but Dave" qualified', async () => {
    const tank = last(await call('a cleaner was inside a mixing tank with solvent and hes gone quiet', 'fire service got him out hes breathing but really drowsy and his clothes are soaked with the solvent'))
    expect(tank.text).toMatch(/^Now they're out, keep them in fresh air/)
    const gas = last(await call('strong rotten egg smell in the pump house and an operator has collapsed inside', "the rescue team's got him out now he's breathing but he won't wake up"))
    expect(gas.text).toMatch(/^Once you're both in fresh air, check their breathing/)
  })
})

describe('work at height (review 73)', () => {
  it('hears a man hanging in his harness going faint, refuses cutting him down to drop, and gets an unconscious one down first', async () => {
    const faint = last(await call('a roofer fell and is hanging in his harness off the edge', "he's talking but his legs have gone numb and he feels sick and dizzy"))
    expect(faint.text).toMatch(/That's hanging in the harness: he's close to passing out/)
    const cut = last(await call('a roofer fell and is hanging in his harness off the edge', 'can we just cut the lanyard and let him drop onto the boards'))
    expect(cut.text).toMatch(/^No: don't cut and drop them/)
    const mast = last(await call("my colleague is at the top of the mast, he's gone quiet and he's slumped over in his harness"))
    expect(mast.text).toMatch(/^Start your rescue plan now: they need to be down within minutes/)
    expect(mast.text).not.toMatch(/roll them onto their side/)
  })

  it('reads "a wind turbine ninety metres up" as a height, not Turbine 90', () => {
    expect(classify("i'm up in the nacelle of a wind turbine ninety metres up my colleague's crushed his hand").equipment).not.toBe('Turbine 90')
  })
})

describe('long calls that change (review 74)', () => {
  it('keeps the lid on a fat fire that is "still smoking", and refuses water on it', async () => {
    const lid = await call('the deep fat fryer caught fire in the bakery, we put the lid on it and turned the gas off', "it's still smoking a lot can i take the lid off to check it's out", 'one of the girls wants to throw a jug of water on it just to be sure')
    expect(lid[1]?.text).toMatch(/^No, leave the lid on: it's still hot enough to flare up/)
    expect(last(lid).text).toMatch(/No water/)
  })

  it('keeps a recovered hypo off the trestle, and gives sugar again when it comes back after a sandwich', async () => {
    const hypo = ['a plasterer is diabetic and gone shaky and sweaty and vague', 'he had a full sugar coke and he is a lot better now']
    expect(last(await call(...hypo, "he says he's fine now and wants to get back up on the trestle to finish the ceiling")).text).toMatch(/^Not back to work, and no driving/)
    expect(last(await call(...hypo, "he's eaten a sandwich but he's started going vague again and sweating")).text).toMatch(/^That's the sugar low again: sugar now/)
  })

  it('takes soaked overalls off in a chemical splash, calls blue lips later worse, and hands over when the ambulance arrives', async () => {
    const splash = ['caustic degreaser splashed in his eyes and on his arm', 'we are rinsing his eyes at the eyewash']
    expect(last(await call(...splash, 'his overalls are soaked on the arm too with the stuff should we take them off')).text).toMatch(/^Yes, off now, gloves on/)
    expect(last(await call(...splash, 'he has started coughing', "now he's really struggling to breathe and his lips look a bit blue")).text).toMatch(/^That's worse: I'm telling the crew/)
    const crew = last(await call(...splash, 'the ambulance is here what do i tell them it was sodium hydroxide in the degreaser'))
    expect(crew.sources).toEqual(['responders-arrived'])
    const firstAider = last(await call('he collapsed and is not breathing, we are doing cpr', 'the first aider is here with the defib, it says shock advised, do we touch him'))
    expect(firstAider.sources).not.toEqual(['responders-arrived'])
  })

  it('says yes to rolling an unresponsive fall casualty who has been sick', async () => {
    const r = last(await call('a lad fell off the scaffold about three metres and hit his head', "he's been sick", "now he won't wake up when i shout but he's breathing should i roll him"))
    expect(r.text).toMatch(/^Yes: roll them onto their side with helpers keeping head, neck and body in line/)
    expect(r.text).not.toMatch(/don't move them/)
  })
})

describe('electrical work and energy (review 75)', () => {
  it('keeps a rescuer out of a puddle a lead lies in until the power is off, then goes straight to CPR', async () => {
    const puddle = ["the cleaner's collapsed in the kitchen there's water all over the floor and an extension lead in the puddle with a kettle on it", "i'm standing in the doorway should i walk in and check her"]
    expect((await call(puddle[0] as string))[0]?.sources).toContain('shock-unconscious')
    expect(last(await call(...puddle)).text).toMatch(/^No: don't step into the water/)
    const off = last(await call(...puddle, "ok i've switched off at the socket on the wall and pulled the plug out she's not breathing"))
    expect(off.text).toMatch(/^Once the power is off and they're clear, push hard and fast/)
  })

  it('reads a digger hitting a cable as high voltage, and answers arc flash, solar panels and a smoking EV', async () => {
    expect(last(await call("we've hit a cable digging the trench there was a massive flash the driver's in the cab")).sources).toEqual(['high-voltage-keep-back'])
    expect(last(await call("there's been a big bang in the switchroom an arc flash the sparky was racking a breaker and it blew up in his face")).text).toMatch(/^Keep off that switchgear/)
    const solar = last(await call('a row of solar panels is smashed and my roofer touched the frame and got a shock', "i've turned the inverter off in the garage so it's safe now right i can go up"))
    expect(solar.text).toMatch(/^No: solar panels stay live in daylight/)
    const ev = await call("a driver got a shock off the ev charger and now the van's battery underneath is hissing and smoking", 'my manager says to get the van away from the building by driving it out of the bay')
    expect(ev[0]?.text).not.toMatch(/cigarette/)
    expect(last(ev).text).toMatch(/^No: nobody gets in or drives it/)
    expect(last(await call('the security guard at the substation says a lad is lying next to the transformer', "i've got the gate key can i go in and get him")).text).toMatch(/^No\. Nobody goes near/)
  })
})

describe('electrical work and energy, second pass (review 75)', () => {
  it('rings the power company back when a casualty past reach stops breathing, and jumps a driver clear once the vehicle burns', async () => {
    const guard = ['the security guard at the substation says a lad is lying next to the transformer inside the fence']
    expect(last(await call(...guard, "he's stopped moaning now i can't see his chest moving from here")).text).toMatch(/^Ring the power company back now/)
    const tipper = ["our tipper's raised its body into the overhead power line and the tyres are smoking", "the driver's still in the cab he's asking if he should climb down", "the tyres have caught fire now and there's smoke getting into the cab"]
    expect(last(await call(...tipper)).text).toMatch(/^Now he jumps: feet together/)
  })

  it('refuses fighting a battery fire, and reads a shock from yesterday as no live danger', async () => {
    expect(last(await call("one of the electric forklifts is on fire the battery's smoking and popping", 'can we use the foam extinguisher on it')).text).toMatch(/^No: don't fight a battery fire/)
    const yesterday = await call('my apprentice got a shock off a socket he was wiring yesterday he said he was fine', "today he's been having palpitations and felt faint", "he's gone floppy and he's not breathing properly")
    expect(yesterday[0]?.text).toMatch(/^After a shock, palpitations, fainting or chest pain need hospital today/)
    expect(yesterday[0]?.text).not.toMatch(/Cut the power/)
    expect(last(yesterday).text).toMatch(/^Nothing's live from that shock: start CPR now/)
  })

  it('calls a swelling forearm and cola-coloured urine after a shock serious', async () => {
    const burn = ['an engineer got a shock off a 415 volt isolator with a small burn on his fingers and his heel']
    expect(last(await call(...burn, 'his forearm is swelling up and it feels really tight')).text).toMatch(/^That's serious: the current can damage deep muscle/)
    expect(last(await call(...burn, 'his wee has gone really dark like cola should we be worried')).text).toMatch(/^Yes: that can be muscle damage from the current/)
  })
})

describe('farms, animals and remote places, second pass (review 76)', () => {
  it('reads drooling and blurred vision after sheep dip as poisoning, and heat stroke once', async () => {
    const dip = last(await call("i've got sheep dip splashed in my face i'm at the dipping pens on my own", "i'm feeling sick and sweaty and my vision's gone blurry and i'm drooling is that from the dip"))
    expect(dip.text).toMatch(/^That can be poisoning from it: I'm telling the crew it's urgent/)
    const heat = await call("the combine driver's dizzy and sweating buckets it's roasting", "he's stopped sweating and he's hot to touch and talking rubbish", "he's still confused")
    expect(heat[1]?.text).toMatch(/^That's heat stroke, and it's life-threatening/)
    expect(last(heat).text).not.toMatch(/That's heat stroke/)
  })

  it('helps a lost caller say where they are, and walks a shocked driver clear of a smoking EV', async () => {
    const lost = last(await call("i've come off the tractor it's tipped in a ditch i've hurt my leg bad", "i don't know where i am exactly it's one of the back fields near the farm"))
    expect(lost.text).toMatch(/^That's fine, we'll find you/)
    const bleeding = last(await call('chainsaw got my leg its pumping out', "i don't know where i am exactly"))
    expect(bleeding.text).not.toMatch(/^That's fine, we'll find you/)
    const ev = last(await call("a driver got a shock off the ev charger and the van's battery is hissing and smoking", "he's three metres from the van holding his hand should we move him"))
    expect(ev.text).toMatch(/^Yes: walk them well away and upwind now/)
  })

  it('keeps a head injury out of the car without "legs raised", and answers a phone on ten percent', async () => {
    const kick = last(await call('he got kicked in the head by a horse and was out for a few seconds', "he's got a big cut above his ear bleeding a lot", "the yard manager says put him in the car and run him to hospital is that alright"))
    expect(kick.text).toMatch(/^No: moving them could make a head/)
    expect(kick.text).not.toMatch(/legs raised/)
    expect(last(await call("i've come off the tractor and hurt my leg i can't get up", "i've got my phone on about ten percent battery what should i do")).text).toMatch(/If it dies, stay where you are/)
  })
})

describe('farms, animals and remote places (review 76)', () => {
  it('keeps a rescuer out of a pen with a loose bull, and a crush gate is not a crowd crush', async () => {
    const bull = last(await call("the bull's just pinned my dad against the crush gate he's on the ground in the pen and the bull's still in there with him"))
    expect(bull.text).toMatch(/^Don't go in while it's loose/)
    expect(bull.text).not.toMatch(/stewards/)
  })

  it('stops the auger in a grain bin, and gets a quad off a rider', async () => {
    const grain = last(await call("my brother's gone into the grain bin and the wheat's pulled him under he's up to his chest", 'the auger is still running at the bottom should i climb in and grab him'))
    expect(grain.text).toMatch(/^Stop the grain moving: auger off/)
    expect(last(await call("the quad's rolled over on the hill and my husband's under it he's not moving")).text).toMatch(/^Engine off, then get it off them now/)
  })

  it('lifts a child out of a trough, and keeps the ambulance coming after the water', async () => {
    const trough = ["my little boy's three and i've found him face down in the cattle water trough"]
    const first = last(await call(...trough))
    expect(first.text).toMatch(/^Lift them out of the water now/)
    expect(first.text).not.toMatch(/as a team/)
    expect(last(await call(...trough, "i've pulled him out he's not breathing", "he's coughed up water and he's crying now", 'he seems alright now do we still need the ambulance')).text).toMatch(/^Yes, keep the ambulance coming/)
  })

  it('does not take "some lane" or "miles from the road" for where the caller is', () => {
    expect(classify("it's one of the back fields off some lane near the farm").location).toBeUndefined()
    expect(classify("chainsaw got my mate in the thigh we're in the forest miles from the road").location).toBe('forest')
    expect(classify('i can hear a car should i crawl out to the road to flag it down').location).toBeUndefined()
  })
})

describe('ports, ships and water work (review 77)', () => {
  it('gets a man overboard face down out of the water, not kept still as a fall', async () => {
    const overboard = last(await call("one of the deckies went over the side hauling the nets we've got a ring to him but hes face down"))
    expect(overboard.text).toMatch(/^Face down: get their face out of the water/)
    expect(overboard.text).not.toMatch(/Don't move them/)
  })

  it('treats a diver who came up too fast for the bends: oxygen, lying flat, never back down', async () => {
    const dive = await call('one of our divers came up way too fast from thirty metres, missed his stop', "his shoulders and knees are aching and his hands are tingly", 'one of the old boys says send him back down to ten metres to recompress him in the water', "we've got an oxygen kit on board, shall I stick it on him? we're heading back in")
    expect(dive[0]?.text).toMatch(/^Keep them lying down and resting, oxygen on/)
    expect(dive[1]?.text).toMatch(/^That can be the bends/)
    expect(dive[2]?.text).toMatch(/^No: never put them back in the water/)
    expect(last(dive).text).toMatch(/^Yes: oxygen on now/)
    const shallow = await call('he dived in off the pier at low tide and hit his head on the bottom', 'he says his arms are all tingly like pins and needles')
    expect(last(shallow).text).not.toMatch(/bends/)
  })

  it('keeps rescuers out of a ship\'s hold, hears "it stopped smelling" as worse, and sends nobody back in for those inside', async () => {
    expect(last(await call('theres a man down in number 3 hold, he went down the ladder and just dropped at the bottom')).sources).toContain('confined-space-no-entry')
    const h2s = last(await call('h2s alarm is going off on the drill floor and my buddy just collapsed', 'i could smell rotten eggs then it stopped smelling'))
    expect(h2s.sources.join(',')).toMatch(/gas/)
    const inside = last(await call('theres an ammonia leak in the freezer plant, everyone is out in the yard', 'a couple of the lads are still inside near the compressor'))
    expect(inside.text).toMatch(/Don't go back in/)
  })

  it('does not send help to where a plan would carry the casualty', () => {
    expect(classify('the lads want to lift him onto the pallet and carry him to the gatehouse so the ambulance can find him').location).toBeUndefined()
    expect(classify('we carried him to the office').location).toBe('office')
  })
})

describe('answers to our questions (review 78)', () => {
  it('reads "he was but now he\'s not" as no to "Are they awake and talking?"', async () => {
    const fall = await call("a fella's come off the scaffold, about two storeys, he's lying on the concrete", "he was but now he's not, he's gone all quiet")
    expect(fall[0]?.text).toMatch(/Are they awake and talking\?$/)
    expect(last(fall).sources).toEqual(['fall-unconscious'])
  })

  it('gives a hypo who spits the drink out nothing by mouth, and rolls one breathing but not answering', async () => {
    const hypo = ["one of the drivers is diabetic and he's gone all strange and sweaty, talking rubbish", 'loading bay three, in the cab of his wagon']
    const spat = last(await call(...hypo, "not really, he took a sip of coke and spat it out, he's gone dead sleepy"))
    expect(spat.text).toMatch(/^Then nothing by mouth/)
    expect(spat.text).not.toMatch(/starchy snack/)
    expect(last(await call(...hypo, "he's gone dead sleepy", "no, he's not answering, eyes shut, but he is breathing")).text).toMatch(/^Breathing but not answering: roll them onto their side/)
  })

  it('sends for anyone\'s adrenaline pen when she has none', async () => {
    const none = last(await call("she's eaten something from the vending machine and her face is swelling up, she's got a nut allergy", 'staff room, first floor', "no, she hasn't got one with her"))
    expect(none.text).toMatch(/^Ask everyone there and check the first aid kit for an adrenaline pen now/)
    expect(none.text).not.toMatch(/second pen/)
  })
})

describe('public-facing workplaces (review 79)', () => {
  it('gives sugar to a hypo who collapsed but sits up, and reads "bang her head" as the knock, not a blast', async () => {
    const hypo = await call("there's a wumman collapsed in aisle 7, she's sat on the floor all sweaty and shaking, she's no making sense", "her man's here he says she's diabetic, she's on the insulin")
    expect(last(hypo).text).toMatch(/^If they're awake and can swallow, give them something sugary now/)
    const knock = last(await call('one of our residents is on the floor in her room, she fell, her leg is turned outwards', 'she is awake, she also bang her head on the wardrobe, she is on apixaban'))
    expect(knock.text).not.toMatch(/blast/)
    expect(last(await call('there was a big bang in the plant room')).sources.join(',')).toMatch(/explosion/)
  })

  it('sends a swallowed button battery to hospital with nothing by mouth, and reads dribbling as stuck', async () => {
    const battery = await call("a little lad's swallowed one of them button batteries off the watch display", "someone's saying give him honey, is that right", "he's started coughing and dribbling and he wont swallow his juice")
    expect(battery[0]?.text).toMatch(/^A swallowed button battery can burn through the food pipe/)
    expect(battery[1]?.text).toMatch(/^Nothing to eat or drink unless the crew or the hospital say so/)
    expect(last(battery).text).toMatch(/^That can mean it's stuck in the food pipe/)
  })

  it('keeps a fitting swimmer\'s face above water, refuses a cool bath for a feverish toddler and hoisting a broken hip', async () => {
    const pool = await call("a swimmer's having a fit in the deep end, i'm in the water holding him", 'should i drag him out now')
    for (const r of pool) expect(r.text).toMatch(/^Hold them from behind with their face above the water/)
    expect(last(await call("one of the toddlers is fitting, he's had a temperature all morning", "it's stopped, he's floppy and sleepy, he's breathing, really hot, the manager wants to put him in a cool bath")).text).toMatch(/^No bath/)
    expect(last(await call('a resident fell, her leg is turned outwards and looks shorter', 'my colleague wants to use the hoist to put her back in bed')).text).toMatch(/^Don't hoist or lift them/)
  })

  it('stops a running escalator, refuses yanking a trapped hand, and treats asthma taken for panic as life-threatening', async () => {
    const escalator = await call("a kid's got his fingers caught in the escalator at the bottom", "it's still moving, people are still coming down on it", "it's stopped, his dad wants to yank his hand out")
    expect(escalator[1]?.text).toMatch(/^Press the red emergency stop now/)
    expect(last(escalator).text).toMatch(/^No: don't pull it free/)
    const asthma = last(await call('our receptionist is having a panic attack i think, breathing really fast', "she's saying she's got asthma, she's wheezy", 'she can only say one word at a time now and her lips look a bit grey'))
    expect(asthma.text).toMatch(/^That's a life-threatening asthma attack: I'm telling the crew\. Blue inhaler now/)
  })

  it('does not take "a car on the road" for where a lone caller lies', () => {
    expect(classify('i can hear a car on the road over the hedge').location).toBeUndefined()
    expect(classify('an old fella collapsed climbing out his lorry on the weighbridge').location).toBe('weighbridge')
  })
})

describe('the blind re-grade of reviews 77 and 78', () => {
  it('keeps rescuers off a hydrogen sulphide casualty, calls back a mate on the ladder, and sees to one who came back up coughing', async () => {
    expect(last(await call('h2s alarm is going off on the drill floor and my buddy just collapsed')).text).toMatch(/^Don't go to them: hydrogen sulphide drops rescuers in one breath/)
    expect(last(await call('smell of gas and a guy has collapsed')).text).toMatch(/^Get out of the gas\. Don't go in after them/)
    const hold = ['theres a man down in number 3 hold, he just dropped at the bottom of the ladder']
    expect(last(await call(...hold, 'his mate is already halfway down the ladder going in after him')).text).toMatch(/^Call them back out now/)
    expect(last(await call('a lad went down into the slurry tank and collapsed at the bottom', "his mate's gone down the ladder after him", "the mate's come back up, he's coughing his guts up")).text).toMatch(/^Get them away from there into fresh air/)
  })

  it('keeps a crush casualty flat once the load is off and the legs swell', async () => {
    const released = last(await call('his legs are pinned under the corner of a container', "hes been stuck about half an hour", "they've lifted it, his legs are all swollen and purple, he feels really sick"))
    expect(released.text).toMatch(/^That's the crush: keep them lying flat and warm, not sat up, nothing to drink/)
    expect(released.text).not.toMatch(/head and shoulders raised/)
  })
})

describe('callers whose English is a second language (review 80)', () => {
  it('reads "he took electric", "not breathe normal" and "the eyes go up, foam is coming from mouth"', async () => {
    const shock = await call('man in car wash he took electric from the pressure washer, he is on floor in the water', 'I go pull him with my hands? he is shaking')
    expect(shock[0]?.text).toMatch(/^Don't touch them while they may still be live/)
    expect(last(shock).text).toMatch(/^No! Don't touch them/)
    expect(last(await call('my colleague fall down in hall two, he is without conscious', 'he is not breathe normal, only one time big noise like snoring and then nothing')).text).toMatch(/^Start CPR now/)
    expect(last(await call('my workmate he fall down and all his body is shaking, the eyes go up, foam is coming from mouth')).sources).toContain('seizure-protect')
  })

  it('refuses diet cola for a hypo, reversing a mincer, and a trapped man lying down; says how to rinse a shut eye', async () => {
    expect(last(await call('she is sick for sugar, diabetic, shaking and confused', 'I give her the coca cola from machine? is diet one only')).text).toMatch(/^No: diet or zero has no sugar/)
    expect(last(await call('he is diabetic and shaky', "we've a can of proper coke, not diet")).text).not.toMatch(/^No: diet/)
    const mincer = ['the hand of my colleague is in the meat mincer, he is trapped']
    expect(last(await call(...mincer, 'I put the machine in reverse for take out the hand?')).text).toMatch(/^No: don't reverse or restart it/)
    expect(last(await call(...mincer, 'he is now very pale and say he will faint, he is standing still with hand in machine')).text).toMatch(/^Hold them up so they can't fall/)
    expect(last(await call('oven cleaner went in her eye, sodium hydroxide', 'she cannot open the eye, how I wash it')).text).toMatch(/^Gently hold the eyelids apart/)
  })
})

describe('night shifts, security guards and lone workers (review 81)', () => {
  it('recognises a death hours old, and follows a DNACPR', async () => {
    const found = ['shes on the floor in the ladies, i think shes been there since last night, shes cold']
    const dead = await call(...found, "shes stiff, her jaw's all set and the side of her face on the floor has gone all purply", 'do i have to do the pumping on her chest')
    expect(dead[0]?.text).toMatch(/^Shout their name and tap their shoulders\. Are they breathing\?/)
    expect(dead[1]?.text).toMatch(/^I'm so sorry: cold and stiff like that means they died some hours ago/)
    expect(last(dead).text).toMatch(/^No: CPR can't help now, and you did nothing wrong/)
    const dnacpr = await call("one of our ladies isnt breathing, ive just gone in on my 2 o'clock check", 'she has got a dnacpr, its in the front of her file, she was on end of life care', 'my colleague is saying we should start cpr anyway to be safe')
    for (const r of dnacpr.slice(1)) expect(r.text).toMatch(/^If the DNACPR is theirs and valid, don't start CPR/)
  })

  it('gets a man out of an exhaust-filled cab, refuses a fragile roof, and takes a lone-worker alarm as a call to the worker', async () => {
    expect(last(await call("theres a fella slumped over his wheel in one of the artics, engine's running", "theres a right fug in the cab, stinks of exhaust, do i drag him out")).text).toMatch(/^Yes: engine off, doors open/)
    expect(last(await call("some lad's come through the skylight in the warehouse roof, hes on the concrete", "i can hear someone else up on the roof, theres a ladder, should i go up")).text).toMatch(/^No: stay off that roof/)
    const alarm = last(await call("the lone worker alarm went off for dave, hes at the bottom of the stairs in the plant room, hes not talking to me"))
    expect(alarm.text).not.toMatch(/muster point/)
    expect(last(await call("sorry love the lad's knocked the lone worker alarm with his elbow", "no he's fine, he's sat right here laughing")).text).not.toMatch(/breathing/)
  })

  it('reads a threat with glass as violence, gets weight off a restrained man, and takes rings off a burnt hand', async () => {
    expect(last(await call("theres a bloke in the corridor, hes got a bit of broken glass and hes saying hell cut me")).text).toMatch(/^Keep yourself safe first/)
    expect(last(await call("security have got him, hes face down on the floor and one's kneeling on his back, hes shouting he cant breathe")).text).toMatch(/^Get them off his back now/)
    expect(last(await call("im on my own in the bakery, ive tipped boiling sugar syrup down my hand", 'my rings are getting really tight now')).text).toMatch(/^Rings and watch off now/)
  })
})

describe('illness told in lay words (review 82)', () => {
  it('calls a rash that stays under a glass meningitis, blotchy skin after an old cut sepsis, and pear-drop breath a high sugar', async () => {
    const rash = await call("our apprentice has a proper high temperature, shivering, his neck's really stiff", "there's little purple spots on his legs, i pressed a glass on and they're still there", "his mum says she'll take him to the doctors after she finishes work, is that alright")
    expect(rash[1]?.text).toMatch(/^A rash that doesn't fade under a glass, with a fever, is an emergency/)
    expect(rash[1]?.urgency).toBe('CRITICAL')
    expect(last(rash).text).toMatch(/^No: don't wait for a GP, a parent or anyone, or send them home/)
    const sepsis = last(await call("he cut his hand on sheet metal last week, today he's shivering and burning up to touch", "his hand's red and swollen up his arm and his legs have gone blotchy and marbly, he's not making sense"))
    expect(sepsis.text).toMatch(/can be sepsis: an emergency/)
    expect(sepsis.text).not.toMatch(/cooling them hard/)
    expect(last(await call("my colleague's diabetic, she's been sick all morning and breathing really deep and fast", "her breath smells like pear drops, she didn't bother with her insulin last night")).text).toMatch(/^That sounds like their sugar is dangerously high, not low/)
  })

  it('reads one-sided pain and fainting in early pregnancy as bleeding inside, and refuses her driving', async () => {
    const ectopic = await call('my friend is seven weeks pregnant with a bad pain low down on one side and she just fainted in the toilets', "she says she'll drive herself to the early pregnancy unit")
    expect(ectopic[0]?.text).toMatch(/^Pregnant with one-sided pain, fainting or shoulder-tip pain can be bleeding inside/)
    expect(last(ectopic).text).toMatch(/^No driving: they could collapse at the wheel/)
  })

  it('reads a swollen calf after a long drive, or a flight and the pill, as a clot, not an allergy or panic', async () => {
    const clot = await call("one of our drivers just got back from two days in the cab, his calf's all swollen and sore, now he's really short of breath all of a sudden", "he wants to go and lie down in his cab and sleep it off, his lips are a bit blue")
    expect(clot[0]?.text).toMatch(/it can be a clot in the lung/)
    expect(clot[0]?.text).not.toMatch(/adrenaline pen/)
    expect(last(clot).text).toMatch(/^They're getting worse: keep them with you/)
    const panic = last(await call("one of the lasses is having a panic attack, breathing fast, fingers tingly", "it came on all of a sudden, sharp pain in her side when she breathes in, she flew back from thailand on sunday and she's on the pill"))
    expect(panic.text).toMatch(/it can be a clot in the lung/)
  })

  it('withholds aspirin for tearing pain through to the back, and stops compressions once naloxone wakes him', async () => {
    const tear = await call("he's got an awful pain in his chest that's tearing, going straight through to his back", 'the first aider wants to give him an aspirin for his heart, is that right')
    expect(tear[0]?.text).toMatch(/^Tearing pain through to the back can be a tear in the main artery/)
    expect(last(tear).text).toMatch(/^Not for this pain/)
    expect(last(tear).text).not.toMatch(/300 mg aspirin/)
    const naloxone = last(await call("he took loads of his mate's morphine, he's hard to wake and breathing really slow", "he's not breathing now", "we gave him the naloxone in his leg, he's come round a bit now, breathing better, trying to get up"))
    expect(naloxone.text).not.toMatch(/^Start pushing on the chest again/)
  })
})

describe('the blind re-grade of reviews 79-81', () => {
  it('treats a needle-stick as a needle-stick, not an attack', async () => {
    const needle = await call('one of my housekeepers has stabbed her finger on a needle in a room bin', 'one of the other girls is telling her to suck it')
    for (const r of needle) {
      expect(r.text).toMatch(/^Let it bleed; don't suck or scrub it/)
      expect(r.text).not.toMatch(/door you can lock|attacker/)
    }
  })

  it('escalates a fit still going at four minutes with blue lips, and lets a lone rescuer fetch a defib twenty metres away', async () => {
    expect(last(await call("one of the toddlers is fitting, he's jerking all over", "it's been about 4 minutes now, he's still going, he's a bit blue round the mouth")).text).toMatch(/^That's long enough to be an emergency/)
    expect(last(await call("a man just fell off the treadmill, he's not breathing, i'm the only staff in tonight", "the defib is on the wall by reception, 20 metres, there's nobody else here, do i go get it")).text).toMatch(/^If the defibrillator is close, go and get it now/)
  })
})

describe('the blind re-grade of review 81, afterwards', () => {
  it('moves a casualty away from petrol running towards him', async () => {
    const fuel = last(await call("a car's just drove off and dragged our night lad along the forecourt", "hes on the ground by pump 4, his arm's all skinned and his elbow is sticking out the wrong way", 'theres petrol pouring out, its running across to where hes lying'))
    expect(fuel.text).toMatch(/^Fuel first: hit the forecourt or fuel emergency stop/)
    expect(fuel.text).not.toMatch(/Don't move them/)
  })
})

describe('kitchens and food production (review 83) and the re-grade of review 82', () => {
  it('reads a slipped boning knife as an accident and "I can\'t let go" as pressing, not an attack or a shock', async () => {
    const knife = await call('one of the lads slipped and the boning knife went in the top of his leg, the blood is pumping out', 'the supervisor pulled the knife out already, its spurting', "i cant let go to go to the gate")
    for (const r of knife) expect(r.text).not.toMatch(/door you can lock|attacker|may still be live/)
  })

  it('names anaphylaxis from "her lips are going huge", refuses a taxi home after the pen, and stops a hoarse flash-burn from finishing service', async () => {
    expect(last(await call("our chef is peanut allergic, her lips are going huge and she's got a rash")).text).toMatch(/^If they have an adrenaline pen, use it now/)
    expect(last(await call("she's peanut allergic and her lips are going huge", 'i jabbed it in her thigh, she feels better and wants to get a taxi home')).text).toMatch(/^No: after the pen they go to hospital by ambulance/)
    expect(last(await call('the wok flared up in his face, his eyebrows are gone', "his voice is going hoarse and there's black bits in his spit", 'he wants to finish service and the manager will drive him to the walk in centre after')).text).toMatch(/^No: they stop now and wait for the ambulance/)
  })

  it('keeps the manager out of a room where bleach met acid, and takes no place from "ice packs from the freezer" or "the battery was going"', async () => {
    expect(last(await call('someone mixed bleach with the acid descaler in the washroom and theres gas, shes coughing', 'the manager wants to go back in and pour water in the bucket and open the window')).text).toMatch(/^No: nobody goes back in/)
    expect(classify('the sous says put butter on it or ice packs from the freezer').location).toBeUndefined()
    expect(classify('we thought the battery was going').equipment).toBeUndefined()
  })

  it('tells a stroke is not drink, a fever with a stiff neck may be meningitis, and "only up the road" is no place', async () => {
    expect(last(await call("her face has dropped on one side and her words are slurred", "the supervisor reckons she's had a drink and wants her sent home in a taxi")).text).toMatch(/not home|Don't send them home/)
    expect(last(await call("our apprentice has a proper high temperature, shivering, his neck's really stiff and the lights hurt")).text).toMatch(/^A fever with a stiff neck or light hurting the eyes can be meningitis/)
    expect(classify("she'll drive herself to the unit, it's only up the road").location).toBeUndefined()
  })
})

describe('roads, rail and transport (review 84)', () => {
  it('keeps people out of live motorway lanes and off the track, and stops trains before anyone steps onto a crossing', async () => {
    expect(last(await call("we're traffic management on the m6, he was putting cones out in lane one and a van's clipped him, he's lying in the lane", "i'm on the hard shoulder behind the crash wagon, should i leg it out and drag him onto the shoulder")).text).toMatch(/^No: nobody goes into live motorway lanes/)
    expect(last(await call("a woman has fallen off platform 4 onto the track, a train's due in three minutes", 'a lad here wants to jump down and lift her up')).text).toMatch(/^Nobody goes down onto the track/)
    expect(last(await call("there's a car stopped dead on the level crossing with the barriers down, the fella in it's slumped over the wheel")).text).toMatch(/^Before anyone steps onto the line, ring the signaller/)
    expect(last(await call('the lollipop lady outside the school has collapsed on the crossing, she is not breathing')).text).not.toMatch(/signaller/)
  })

  it('stops a bin lift still crushing, locks the van when the attacker comes back, and opens a trapped driver\'s airway', async () => {
    expect(last(await call("the bin lift has caught our loader's arm", "the lift's still trying to go, it's crushing him")).text).toMatch(/^Hit the emergency stop now and shout to the driver/)
    expect(last(await call('a courier has been stabbed on a doorstep, i have him in the van pressing on it', "the fella's come back out shouting, he's coming towards the van")).text).toMatch(/^Lock yourselves in now/)
    expect(last(await call("the lorry driver is trapped in the cab after it jack-knifed", "he's just moaning now and his breathing sounds really bubbly")).text).toMatch(/^That's the airway/)
  })
})

describe('construction, demolition and utilities (review 85)', () => {
  it('refuses pulling a buried man out with the excavator, opens his airway from the edge, and keeps men off a rubble pile by a leaning wall', async () => {
    const trench = ["the side of the trench has caved in, he's buried up to his chest"]
    expect(last(await call(...trench, 'the gaffer says hook a strap under his arms and pull him out with the excavator')).text).toMatch(/^Don't pull them out with a machine, and nobody gets in/)
    expect(last(await call(...trench, "his head's dropped forward, he's not answering me, i'm lying on the edge and can just reach his face")).text).toMatch(/^Support the head, lift the chin up and back/)
    expect(last(await call('a wall has come down on the demolition job and pete is under the bricks', "the lads are all climbing on the pile to dig, the wall next to it is leaning")).text).toMatch(/^Get everyone off the pile and away from that leaning wall now/)
  })

  it('does not seal a sucking chest wound, rinses concrete from the eyes, and keeps men off a crushed crane cab and a telehandler righted with the driver in', async () => {
    expect(last(await call("a nail gun's fired a nail into his chest, there's a sucking sound and bubbly blood round it", 'we have cling film in the van, should we tape it right over')).text).toMatch(/^Don't seal it/)
    expect(last(await call("the pump line's burst and sprayed concrete in his face, he can't open his eyes")).text).toMatch(/eyelids|Rinse the eyes/)
    expect(last(await call("the crane's gone over and the driver is in the squashed cabin", "the lads are climbing up on the squashed cabin roof to get in through the window")).text).toMatch(/^Get them off that cab now/)
    expect(last(await call("the telehandler has tipped over with the driver in the cab, he can't feel his legs", 'the gaffer wants to pull it back onto its wheels with the other telehandler with him still inside')).text).toMatch(/^No: don't move the machine with them in it/)
  })

  it('keeps a man off fragile roof sheets, and puts the tourniquet on when pressure fails', async () => {
    expect(last(await call("my mate's gone through a roof light on the warehouse, he's on the floor below", "i'm still up top, i'm gonna walk over the sheets to the hole and look down at him")).text).toMatch(/^No: stay off that roof/)
    expect(last(await call("the disc cutter kicked back into his thigh, it's pumping", "i'm pressing with both hands and it's still coming through, the gaffer's got a tourniquet in the first aid bag")).text).toMatch(/Put the tourniquet round the limb/)
  })
})

describe('everyday calls told fresh (review 86)', () => {
  it('counts a worker who "isn\'t here" at the roll call as missing, but not an ambulance that isn\'t here yet', async () => {
    const fire = "fire! there's a fire in the packing hall, we've all come out to the assembly point"
    const missing = last(await call(fire, "we've done the roll call and one of the agency lads isn't here, marek, he was working on line 2 which is right next to where the fire is"))
    expect(missing.text).toMatch(/Tell the responders who is missing and where they were last seen/)
    // Everyone was already out: a worker's last place is no place to "get everyone out of" again.
    expect(missing.text).not.toMatch(/Get everyone out of/)
    const waiting = last(await call('he collapsed and is not breathing, I am doing CPR', "it's been twenty minutes and the ambulance still isn't here, do I keep going"))
    expect(waiting.text).not.toMatch(/who is missing/)
  })

  it('tells a caller choosing antihistamines over the pen, once the throat closes, that the pen is now', async () => {
    const lips = "she's allergic to nuts and has eaten a cake, her lips are swelling up"
    const closing = last(await call(lips, "she's got her epipen in her bag but says she'll just take one of her antihistamines and see", "her voice has gone all hoarse and she's saying her throat's closing"))
    expect(closing.text).toMatch(/^That's the airway closing, and tablets are too slow: an adrenaline pen now/)
    const afterPen = last(await call(lips, "she took an antihistamine tablet", "i've given her the epipen in her thigh", "her voice is going hoarse again"))
    expect(afterPen.text).not.toMatch(/adrenaline pen now/)
  })

  it('refuses the GP or a lift to the infirmary for a stroke and for heavy bleeding, and has the street warned about a gas leak', async () => {
    expect(last(await call("her face has dropped on one side and she can't lift her arm", "her daughter says she'll take her to the GP instead, it'll be quicker")).text).toMatch(/^No: a drooping face, weak arm or slurred speech is a stroke, not drink: it needs the ambulance and a stroke unit/)
    expect(last(await call("the disc cutter kicked back into his thigh, it's pumping blood", "the gaffer says put him in the back of the transit and take him to the royal ourselves")).text).toMatch(/^No: wait for the ambulance/)
    expect(last(await call("I've slipped with the stanley and it's gone in my thigh, I'm in the back of the van on my own and it's welling up")).text).not.toMatch(/wait for the ambulance, they can treat shock/)
    expect(last(await call("we've hit a gas main digging, it's hissing like mad", 'should we knock on the doors of the houses next to it')).text).toMatch(/^Yes: knock, don't ring doorbells/)
    expect(last(await call("we've hit a gas main digging, it's hissing like mad", 'the fire engine is here, what do we need to tell them')).text).not.toMatch(/knock/)
  })

  it('keeps a drowsy man going blue from shock off CPR, and lets a diabetic who can swallow sip the sugar', async () => {
    const lorry = ["a cyclist's gone under a lorry turning left, the back wheel's on his legs", "the lad's awake, screaming, saying his hips and his belly hurt"]
    expect(last(await call(...lorry, "he's gone really pale and clammy and he's not screaming now, he's just sort of drowsy, his lips are going a bit blue")).text).not.toMatch(/hard and fast in the middle of the chest/)
    expect(last(await call("my mate's diabetic and he's gone all shaky and confused", "he's awake, can he hold a bottle of lucozade, he can swallow")).text).toMatch(/^Yes, if they're awake enough to hold it and swallow: let them sip it now/)
  })

  it('cools a burn once everyone is out of the fire, and drops "stop, drop and roll" for good', async () => {
    const replies = await call("the chip pan's gone up in the kitchen, there's flames up the wall",
      "ok we got out, the fire door's shut, but mo got hot oil all down his forearm and hand, the skin's gone white and kind of leathery",
      "we're all out on the pavement, the fire brigade aren't here yet and mo is shaking")
    expect(replies[1]?.text).toMatch(/^Cool the burn now under cool running water for twenty minutes/)
    for (const r of replies.slice(1)) expect(r.text).not.toMatch(/stop, drop and roll/)
    expect((await call("his sleeve's caught fire off the welding torch, he's screaming"))[0]?.text).toMatch(/stop, drop and roll/)
  })

  it('gets a man who arrests in his chair onto the floor, a drowsy diabetic onto his side, and lets a ward take a splashed eye to eye casualty downstairs while rinsing', async () => {
    const chair = last(await call("one of our drivers has crushing chest pain going down his left arm", "his eyes have just rolled and he's slumped in the chair, i don't think he's breathing right"))
    expect(chair.text).toMatch(/^Get them out of the chair and flat on their back on the floor first/)
    const hypo = last(await call("one of my mechanics is diabetic, he's gone all sweaty and shaky", "he's gone drowsy again and he's not really answering me, his head's lolling"))
    expect(hypo.text).toMatch(/Breathing normally: onto their side; if not, start CPR/)
    const eye = last(await call("i am cleaner in the hospital on ward 9, my colleague get the descaler chemical in her eye", "the nurse say take her to the eye casualty downstairs, is this ok"))
    expect(eye.text).toMatch(/^Yes, if it's in the building: take water or an eyewash and keep rinsing on the way/)
    expect(last(await call('caustic soda has splashed in his eye at the plant', 'we will take him to the hospital in my car')).text).toMatch(/No: keep rinsing until the ambulance takes over/)
  })
})

describe('everyday calls told fresh, again (review 87)', () => {
  it('keeps everyone out of a live motorway lane from the first words, and never tells them to stop the traffic later', async () => {
    const replies = await call("a vans just clipped one of our lads on the roadworks, hes lying in the live lane and cars are still coming past",
      'should we drag him onto the hard shoulder out of the way', "hes awake but hes not making sense, theres blood coming out his ear",
      "were on the m5 southbound between junction 23 and 24, our impact protection truck is there with the flashing arrow")
    expect(replies[0]?.text).toMatch(/^Nobody steps into live traffic, not even to reach him: I'm getting the road closed through the police/)
    for (const r of replies) expect(r.text).not.toMatch(/Stop the vehicle and any traffic/)
    expect(last(await call('a car has hit one of the lollipop men at the school crossing', "there's cars still coming past at fifty")).text).not.toMatch(/^Nobody steps into live traffic/)
  })

  it('presses on a stab wound from the first words, refuses heat stroke sleeping it off, and gives CPR for "he not breathe"', async () => {
    expect(last(await call('ive been stabbed, im the security on the gate, some fella stuck a knife in me side and legged it')).text).toMatch(/Press hard on the cut/)
    expect(last(await call('one of my housekeepers has stabbed her finger on a needle in a room bin')).urgency).not.toBe('CRITICAL')
    expect(last(await call("our roofer's acting proper strange like he's drunk, he's bright red and roasting to touch", 'can he just sleep it off in the van with the aircon on')).text).toMatch(/^No, don't let them sleep it off: hot and confused is heat stroke/)
    expect(last(await call('my colleague he have very bad pain in chest, it go to his arm', 'he fall down from chair, he not answer, he not breathe i think')).text).toMatch(/^Start CPR now/)
  })

  it('says no to going back into a generator\'s fumes without also saying "only if you can do it in seconds"', async () => {
    const back = last(await call("we've been running the petrol genny in the unit with the shutter down, we've both got banging heads and he's just keeled over",
      "ive got meself outside, hes still in there on the floor, im gonna nip back in and pull him out and switch the genny off"))
    expect(back.text).toMatch(/^No\. Don't go back in: the gas can knock you out too/)
    expect(back.text).not.toMatch(/Only if you can do it in seconds|Only if it's right by you/)
  })
})

describe("review 82's leftovers", () => {
  it('reads "like someone hit her with a bat" as how a headache began, and "the morphine ones, he\'s had loads" as an overdose', async () => {
    const headache = await call("she just grabbed her head and screamed, she says it's the worst headache of her life, it came on like someone hit her with a bat",
      "she's been sick twice now and she says the lights are killing her eyes")
    for (const r of headache) expect(r.sources).toEqual(['stroke-time'])
    const pills = last(await call("we've found one of the lads in the van, he's hurt his back and his mate gave him some of his strong painkillers, the morphine ones, we think he's had loads"))
    expect(pills.sources).toContain('overdose-airway')
    expect(last(await call("he's had loads of water but he's still really hot and dizzy")).sources).not.toContain('overdose-airway')
  })
})

describe("review 83's leftovers", () => {
  it('packs a groin wound when a belt is asked for or the pressure soaks through, and keeps the tourniquet for limbs', async () => {
    const groin = ["the boning knife went in the top of his leg like in the groin, the blood is just pumping out"]
    expect(last(await call(...groin, "it's pouring now proper spurting through his whites, do i put a belt round it")).text).toMatch(/^That high up, no belt or tourniquet will work: push cloth right into the wound/)
    expect(last(await call(...groin, "i'm kneeling on it with both hands pushing, it's still coming through")).text).toMatch(/push cloth right into the wound/)
    expect(last(await call('the grinder has cut his forearm, it is spurting', "it's soaking right through the towel")).text).not.toMatch(/That high up/)
  })
})

describe('calls that change as they go (review 88) and the blind re-grade of review 87', () => {
  it('reads choking told without the word, gives thrusts while he is still standing, CPR once he goes down, and lets a rescuer pick out food they can see', async () => {
    const replies = await call("my colleague he eat the chicken standing and now he cannot speak, he hold his neck, face very red, he make no sound",
      'i hit him on the back many times, nothing come out, he still no breathing, lips now little bit blue',
      'he fall down, he is on floor now, eyes closed, he not move, what i do',
      'i push the chest and now i see piece of chicken in his mouth at the back, can i take with my fingers?')
    expect(replies[0]?.sources).toEqual(['choking-back-blows'])
    expect(replies[1]?.text).toMatch(/five abdominal thrusts/)
    expect(replies[2]?.text).toMatch(/^Start CPR now/)
    expect(replies[3]?.text).toMatch(/^Yes, if you can see it: pick it out with your fingers, no blind sweeping/)
    expect(classify("he fell off the ladder and he's holding his neck").hazards).not.toContain('choking')
  })

  it('gives aspirin to a man not on blood thinners, keeps gel out of a snoring mouth after a fit, and reads "going into his jaw" as the pain spreading', async () => {
    const chest = "he's got this crushing pain in his chest going into his jaw, he's sweating loads"
    expect(last(await call(chest)).sources).toEqual(['cardiac-rest'])
    expect(last(await call(chest, "someone's got aspirin, can he have one? he's not allergic he says, he's not on any blood thinners")).text).toMatch(/^Then yes: one 300 mg aspirin, chewed slowly/)
    expect(last(await call(chest, "he's on warfarin, can he have an aspirin")).text).toMatch(/^Then no aspirin/)
    expect(last(await call("one of our ladies is diabetic and she's gone all sweaty and confused", "it's stopped now, she's snoring and won't wake up properly, my colleague wants to squeeze glucose gel in her mouth")).text).toMatch(/No, nothing in their mouth while they're not fully awake/)
  })

  it('escalates pressure already soaking through, faces down an angry driver, and stops CPR when an overdose wakes up', async () => {
    expect(last(await call("a motor's come through the cones and hit one of our boys", "his leg's pumping blood, i've got my hand pressed on it but it's soaking right through my gloves")).text).toMatch(/^Press harder, with both hands and your weight on it/)
    expect(last(await call("a car hit one of our lads at the roadworks", "the driver that hit him's come back and he's shouting and swearing at us, he's squaring up to my mate")).sources).toEqual(['violence-keep-safe'])
    const overdose = await call('i find a man in the toilet, on the floor, there is a needle, he is not waking when i shout', 'his lips are blue now and i cannot see him breathe anymore', 'ok he wake up suddenly, he is very angry, he is shouting and say he is leaving')
    expect(overdose[0]?.sources[0]).toMatch(/^overdose-/)
    expect(last(overdose).text).toMatch(/^Signs of life: stop pushing/)
  })

  it('keeps a lone bleeding man where he is when the helicopter cannot see him, stops water on a fat fire, and keeps a stabbed guard down', async () => {
    const forest = ["i'm a forestry worker up in the plantation, i'm on my own, the saw's kicked back and gone into my thigh, there's a lot of blood"]
    expect((await call(...forest))[0]?.text).toMatch(/^Press hard on the cut with a clean cloth, or your hand/)
    expect(last(await call(...forest, "i got the tourniquet on, tight as i can, it's slowed right down, but i'm feeling awful faint and sweaty now")).text).not.toMatch(/Put the tourniquet round the limb/)
    expect(last(await call(...forest, "i can hear the helicopter but it's going over the wrong side of the hill, they can't see me under the trees")).text).toMatch(/^Stay where you are\. Make yourself seen/)
    const fryer = await call("one of the lads has tipped the fryer oil on his arm", "now the fryer's caught fire, someone's grabbed a jug of water to throw on it", "it's got smoky in here now, the alarm's going")
    expect(fryer[1]?.text).toMatch(/^No water on a fat fire/)
    for (const r of fryer.slice(1)) expect(r.text).not.toMatch(/stop, drop and roll/)
    expect(last(await call('ive been stabbed, some fella stuck a knife in me side and legged it', "its soaking through me shirt, im going dizzy", "the gates locked, should i get up and go open it for them")).text).toMatch(/^No, stay down and keep pressing/)
  })

  it('reads a technician not answering the radio as missing, not unconscious, and a live-lane casualty as no one to reach until the traffic stops', async () => {
    const missing = last(await call("one of our technicians hasnt come back down from turbine 14, hes not answering the radio, its getting dark"))
    expect(missing.sources).toEqual(['missing-person'])
    expect(missing.urgency).toBe('HIGH')
    const lane = await call('a vans just clipped one of our lads, hes lying in the live lane and cars are still coming past', 'should we drag him onto the hard shoulder',
      "hes awake but hes not making sense, theres blood coming out his ear and hes just been sick")
    expect(last(lane).text).toMatch(/^Only once the traffic is stopped or coned off does anyone go to him/)
    expect(last(lane).text).not.toMatch(/several of you together/)
  })
})

describe('a lone caller at a place no crew could find', () => {
  it('asks a lone stabbed guard in shock where exactly he is, not only "has anything changed?"', async () => {
    const replies = await call('ive been stabbed, im the security on the gate, some fella stuck a knife in me side and legged it', 'yeah its bleeding quite a lot, ive got me hand on it',
      'its soaking through me shirt and the tea towel, im going dizzy like, im sat on the floor')
    expect(replies.some((r) => r.text.endsWith('Where exactly are you?'))).toBe(true)
    // Someone with them, at a named place, is not asked again and again.
    const named = await call("he's fallen off the ladder in unit 4 on mill lane", "he's awake and talking", "he says his back hurts")
    expect(named.filter((r) => r.text.endsWith('Where exactly are you?'))).toHaveLength(0)
  })
})

describe("review 84's leftovers", () => {
  it('keeps a lorry wheel where it is on a cyclist, and reads "he\'s not moving it" and "the lad\'s awake, screaming" as no one unconscious', async () => {
    const replies = await call("a cyclist's gone under a lorry turning left at the junction, the back wheel's on his legs",
      "the driver's jumped down and he's saying he'll reverse it off him, should he",
      "ok he's not moving it. the lad's awake, screaming, saying his hips and his belly hurt, he's trying to sit up")
    expect(replies[0]?.sources).toContain('vehicle-strike-stop-traffic')
    expect(replies[1]?.text).toMatch(/^No: a lorry wheel moving can run over them again/)
    expect(replies[2]?.sources).not.toContain('unconscious-airway')
    expect(replies[2]?.text).not.toMatch(/start CPR/)
    expect(last(await call("the forklift's reversed into him and pinned his leg against the racking", 'should the driver back the forklift off him')).text).toMatch(/^Yes/)
  })
})

describe('review 89: everyday calls that turn', () => {
  it('treats a grinder spark in the eye as an eye injury, not anything live, and still rinses caustic as a chemical', async () => {
    const spark = await call("i was grinding a bit of box section and something's flew up into my eye like a spark or a wee bit of metal, i cannae open it",
      'there is naebody here, i was gonna try and howk it out with the corner of a rag or a magnet')
    expect(spark[0]?.sources).toEqual(['eye-rinse'])
    expect(spark[1]?.text).toMatch(/^No, don't try to get it out/)
    for (const r of spark) expect(r.text).not.toMatch(/electrical|isolat/i)
    expect(last(await call('got caustic soda in my eyes')).sources).not.toContain('eye-rinse')
  })

  it('knows a round flat battery out of a tea light is a button battery, and says not to wait for it to pass', async () => {
    const replies = await call("he's two, i think he's after swallowing one of them wee round flat batteries out of a flickery tea light",
      "he seems grand now like, do we just wait and see will it come out the other end", 'could we not just take him up to the hospital ourselves in the car')
    expect(replies[0]?.urgency).toBe('CRITICAL')
    expect(replies[0]?.text).toMatch(/button battery/)
    expect(replies[1]?.text).toMatch(/^Don't wait for it to pass/)
    expect(replies[2]?.text).toMatch(/^Yes, if that's quickest/)
  })

  it('keeps a bleeding pregnant worker out of a locked toilet and calls her pallor shock', async () => {
    const replies = await call('she is pregnant, five month maybe, and now she have blood, a lot blood down there and pain in the belly',
      'she want to go to the toilet and stay there alone, is okay?', 'now she is very white in the face and she say she is dizzy and cold, she is sweating')
    expect(replies[1]?.text).toMatch(/^Better she lies on her left side where she is/)
    expect(replies[2]?.text).toMatch(/^That's shock from losing blood/)
  })

  it('drops the panic attack once she is diabetic, and stops sugar by mouth when she is no longer swallowing', async () => {
    const replies = await call("one of the girls is having a panic attack i think, she's shaking and sweating and breathing fast", "her pal says she's diabetic actually, she's no had her lunch",
      "she's getting more drowsy now, she's no really swallowing properly and her eyes are kind of rolling")
    expect(replies[1]?.text).not.toMatch(/panic|paper bag/i)
    expect(last(replies).text).toMatch(/^Then nothing by mouth/)
    expect(last(replies).urgency).toBe('CRITICAL')
  })

  it('cools only the scalded skin of a 91-year-old: no cold bath, and stops cooling when she shivers', async () => {
    const replies = await call("she's ninety-one, she's pulled a cup of tea over herself off the trolley, it's gone all down her lap, it was just boiled",
      "we're gonna get her into the bath and run it cold and sit her in it", "we're doing the cool water with the shower head, how long do we keep going, she's getting all shivery and her teeth are chattering")
    expect(replies[0]?.sources).toEqual(['burn-cool'])
    expect(replies[0]?.text).toMatch(/^Get any soaked clothing off now/)
    expect(replies[1]?.text).toMatch(/^No cold bath/)
    expect(replies[2]?.sources).not.toContain('cold-warm-slowly')
    expect(replies[2]?.text).toMatch(/^That's enough cooling if they're shivering/)
  })

  it('wakes a drunk who hit his head and is now snoring, rather than letting him sleep it off', async () => {
    const replies = await call("one of the lads turned up steaming, he's gone over and smacked his head on the kerb, there's a cut at the back of his head",
      "we're just gonna let him sleep it off in the back of the van, he's snoring away now, he'll be grand")
    expect(last(replies).text).toMatch(/^Snoring after a blow to the head isn't sleep/)
  })

  it('keeps an arc-flashed electrician out of the plant room and warns of a fluttering heart, reading the stinging as the burn', async () => {
    const replies = await call("i was working on a distribution board and it's flashed over on me, massive bang, me hands and face are burnt, i'm on me own in the plant room",
      "the board's still sparking, i've got a co2 extinguisher in the van, should i go back in and put it out", "me hands are all blistering up now and me face is stinging and me chest's doing a funny fluttering thing")
    expect(replies[1]?.text).toMatch(/^No: stay out/)
    expect(replies[2]?.sources).not.toContain('chemical-exposure-rinse')
    expect(replies[2]?.text).toMatch(/^A fluttering heart after an electrical flash/)
  })

  it('reads a foot pointing off to the side as a fracture and refuses pulling it straight', async () => {
    const replies = await call("my son's went over on his ankle jumping down off the trailer", "i've got his boot off and it's a funny shape, the foot's kind of pointing off to the side and his toes have went white",
      'should we try and pull his foot back straight to get the blood going')
    expect(replies[1]?.sources).toContain('fracture-support')
    expect(last(replies).text).toMatch(/^No, don't straighten it/)
  })

  it('treats a finger shut in a fire door as a hand injury, not a machine to stop, and reads "his pump" as an inhaler, not a place', async () => {
    const door = await call("my colleague's just trapped her hand in the fire door, her middle finger's all squashed and there's blood coming out from under the nail",
      'we got frozen peas in the staff room freezer, shall i just put them straight on it')
    for (const r of door) expect(r.text).not.toMatch(/emergency stop|machine/i)
    expect(last(door).text).toMatch(/^Ice wrapped in a cloth/)
    const asthma = await call("there's a boy here can't get his breath, he's asthmatic but he's left his pump home, he's wheezing")
    expect(last(asthma).text).not.toMatch(/pump/)
  })

  it('reads "pains in his chest" as the heart, names a blood thinner after a blow to the head, and refuses milk for fumes', async () => {
    const chest = last(await call("my manager's got pains in his chest, he's grey and sweating, he says it's just indigestion"))
    expect(chest.sources).toContain('cardiac-rest')
    expect(chest.text).toMatch(/aspirin/)
    const thinner = await call("my da came off the ladder and banged his head off the path, he's up and talking", "he's got a big egg on his head, he's on the war farin for his heart, he wants to finish the job")
    expect(last(thinner).text).toMatch(/^On a blood thinner, a blow to the head needs hospital now/)
    // Where they want to carry her is not where she lies.
    expect(last(await call("a girl fell down the stairs in the office, she's moaning", 'the lads want to lift her up and carry her into the canteen and lie her on the sofa')).text).not.toMatch(/canteen/)
    // A ladder at a street address is no part of where help goes.
    expect(last(await call('my da came off the ladder painting a shop and banged his head', "we're outside the bookies on 42 harehills lane in leeds")).text).toMatch(/alerted to 42 Harehills Lane\./)
    const fumes = await call('she mix the bleach with other product for the toilet, the blue one, and is gas, she cough and cannot breathe good', 'can i give her milk to drink for the chest? someone say milk is good')
    expect(fumes[0]?.text).not.toMatch(/blue reliever/)
    expect(last(fumes).text).toMatch(/^No milk/)
  })

  it('stops cooling for good once a scalded resident shivers, flags white toes on a deformed ankle, and knows an arc flash is an electrical burn', async () => {
    const scald = await call("she's ninety-one, she's pulled a cup of tea over herself, it was just boiled", "we're doing the cool water with the shower head, she's getting all shivery and her teeth are chattering",
      'there are big blisters, should we pop them and put some burn cream on')
    expect(last(scald).text).not.toMatch(/keep cooling|Cool running water only/i)
    const ankle = last(await call("my son's went over on his ankle jumping off the trailer", "the foot's kind of pointing off to the side and his toes have went white and cold"))
    expect(ankle.text).toMatch(/^White or cold toes or fingers mean the blood supply may be cut off/)
    expect(ankle.urgency).toBe('CRITICAL')
    const flash = await call("i'm a sparky, the distribution board flashed over on me, me hands and face are burnt", 'me hands are blistering now', "it's st michael's school, church road")
    for (const r of flash) expect(r.text).not.toMatch(/chemical or electrical burn/)
  })

  it('says use the pen now when it arrives with her throat tightening, and hospital, not the line, after it', async () => {
    const replies = await call('her hands have come up in big red lumps off the new gloves, and now her face and lips are all puffed up',
      "her voice has gone all croaky and her throat's tight, her mate's back with the pen", "we done it about five minutes ago and she's a bit better now, can she go back on the line")
    expect(replies[1]?.text).toMatch(/^Use it now/)
    expect(last(replies).text).toMatch(/^No: after the pen they go to hospital/)
  })
})

describe("the blind re-grade of review 88", () => {
  it('reads dropped-g bone "pokin out" as an open fracture, and answers "should I shout?" with yes and no dragging', async () => {
    const replies = await call("i'm after falling through the roof of the shed, i'm on the concrete and me leg is all wrong", "there's a bit of bone pokin out and it's bleedin a fair bit onto the floor",
      "i can hear a car in the yard, i think it's me brother, should i shout or will i try drag meself out to the yard to him")
    expect(replies[1]?.sources).toContain('open-fracture-cover')
    expect(replies[1]?.text).not.toMatch(/Press hard on the cut/)
    expect(last(replies).text).toMatch(/^Yes, shout/)
  })

  it('rinses a liquid splashed in the face as a chemical, not a heat burn', async () => {
    const first = last(await call('some liquid splash in face of my friend from the pipe, he say his eye burning, he rub eyes'))
    expect(first.sources).not.toContain('burn-cool')
    expect(first.text).toMatch(/Rinse/)
  })

  it('keeps a high-voltage casualty who came round lying down, and keeps the pressing going when a driver squares up', async () => {
    const hv = await call("the digger's hit the overhead wires, the driver's lying on the ground next to it not moving", "the power company says they've cut it now, it's dead, he's breathing but he's not waking up",
      "he's come round a bit now, he's saying he's fine and wants to sit up and have a tab")
    expect(last(hv).text).toMatch(/^Keep them lying down and still: no standing up, no smoking/)
    const road = await call("a motor's come through the cones and hit one of our boys, his leg's pumping blood, i've got my hand pressed on it",
      "the driver that hit him's come back and he's shouting and swearing at us, he's squaring up to my mate")
    expect(last(road).text).toMatch(/Whoever is pressing on the wound keeps pressing/)
    expect(last(road).text).not.toMatch(/behind a door you can lock/)
  })

  it('warns that naloxone wears off when he wakes and walks out, and tightens a tourniquet that only slowed the bleeding', async () => {
    const od = await call("i find a man in the toilet on the floor, there is a needle, he is not waking, his breathing is very slow", 'we have the naloxone spray, what i do with it',
      'ok he wake up suddenly, he is very angry, he is shouting and say he is leaving, he try to go out the door')
    expect(last(od).text).toMatch(/naloxone wears off/)
    expect(last(od).text).not.toMatch(/onto their side/)
    const tq = await call("i'm on my own, the saw's kicked back and gone into my thigh, it's spurting", "i got the tourniquet on, tight as i can, it's slowed right down, but i'm feeling faint")
    expect(last(tq).text).toMatch(/^Tighten it until the bleeding stops completely/)
  })

  it('gets everyone out of a kitchen filling with smoke, and sends a pair to the freezer a missing worker was checking', async () => {
    const fire = await call("one of the lads has tipped the fryer oil on his arm", "now the fryer's caught fire, flames coming up to the hood", "it's got smoky in here now, the alarm's going, the fire's spreading up the extraction")
    expect(last(fire).text).toMatch(/^Get everyone out now/)
    const missing = last(await call("one of our lads, marty, was meant to be checking the blast freezer and nobody's seen him for about an hour, his phone's not answering"))
    expect(missing.sources).toEqual(['missing-person'])
    expect(missing.text).toMatch(/^Send two people to the freezer now/)
  })
})

describe('review 90: what the caller does next', () => {
  it('reads a whole family ill beside a noisy boiler as carbon monoxide, and keeps the husband out', async () => {
    const replies = await call('my whole family we are having headache and vomiting since morning and my mother she is very drowsy, our boiler is making funny noise',
      'my husband says it is food poisoning and we should just rest', 'my husband wants to go back inside to switch off the boiler and bring her medicine')
    expect(replies[0]?.sources).toEqual(['co-get-out'])
    expect(replies[1]?.text).toMatch(/^It may not be a bug: this can be carbon monoxide/)
    expect(last(replies).text).toMatch(/^No\. Don't go back in/)
  })

  it('cools a festival-goer overheating on a pill, refuses litres of water, and stops the dad driving with the head coming', async () => {
    const pill = await call("our mate took something like a pill an hour ago and now she's really hot and twitching and not making sense", 'someone said make her drink loads of water like litres')
    expect(pill[0]?.text).toMatch(/^A pill and overheating is dangerous/)
    expect(last(pill).text).toMatch(/^No more water/)
    const birth = await call('my wife is having baby now we pulled into the motorway services she is pushing the baby head is coming', 'i think i should drive fast to the hospital', 'ok baby is out, he is blue and not crying', 'now he is crying, but my wife is bleeding a lot')
    expect(birth[1]?.text).toMatch(/^No: with the head coming, don't drive/)
    expect(birth[2]?.text).toMatch(/^Dry the baby briskly/)
    expect(last(birth).text).not.toMatch(/Press hard on the wound/)
  })

  it('reads a driver holding her neck after a shunt as a neck to keep still, not choking, and answers a chef\'s shock and his plan to finish service', async () => {
    const shunt = last(await call("another car just gone into the back of his, the other driver's holding her neck"))
    expect(shunt.sources).not.toContain('choking-back-blows')
    expect(shunt.text).toMatch(/keep her head still/)
    expect(last(await call('the man in the canteen has his hands on his neck, he cannot speak, face going red')).sources).toContain('choking-back-blows')
    const chef = await call('one of the chefs tipped the fryer oil over his arm, it is blistered', "we've had it under the cold tap a good while, can we wrap it in cling film and he'll finish the service",
      "now the boy's shaking and he's gone awful white and he says he's dizzy")
    expect(chef[1]?.text).toMatch(/^No more work today/)
    expect(last(chef).text).toMatch(/^That can be shock/)
  })
})

describe('the blind re-grade of review 90', () => {
  it('has a caller collapsing as help arrives lie down and hand over the phone, and a drowsy mother outside put on her side', async () => {
    const chest = await call("i'm at work on my own in the office, i've got a really heavy pain in the middle of my chest", "the security guy's come up now, oh i feel really strange everything's going grey")
    expect(last(chest).text).toMatch(/^Lie down on the floor now and hand him the phone/)
    const co = await call('my whole family we are having headache and vomiting and my mother is very drowsy, our boiler is making funny noise',
      'we are outside now but my mother she is not waking up well she is breathing but very sleepy')
    expect(last(co).text).toMatch(/lie them on their side/)
    expect(last(co).text).not.toMatch(/sitting down|Are they out of there with you\?/)
  })

  it('takes "the pads are on, but his wife is clinging to his hand" as an answer about the defibrillator, and a street said as an address', async () => {
    const defib = await call("he's collapsed, he's not breathing, we're doing CPR", "the defibrillator's here, the pads are on and it says press the flashing button, but his wife is clinging to his hand", 'it shocked him, what now')
    for (const r of defib.slice(1)) expect(r.text).not.toMatch(/Is someone getting the defibrillator\?/)
    const lone = await call("i'm a sparky, i was working on a distribution board and it's flashed over on me, me hands and face are burnt, i'm on me own down in the plant room",
      "the board's still sparking, should i go back in and put it out", "me hands are all blistering up now and me face is stinging",
      "it's st michael's primary school, church road, netherton, dudley, i'm in the basement plant room round the back")
    expect(last(lone).text).not.toMatch(/Where exactly are you\?/)
  })
})

describe('review 91: ordinary emergencies told badly', () => {
  it('reads a stiff, shaking toddler with a temperature as a fit, and refuses the spoon and the cold bath', async () => {
    const replies = await call("my little boy he's shaking he's all stiff and shaking his eyes are rolled back, he's two, he's had a temperature all day",
      "should i put a spoon in his mouth my nan says so he don't swallow his tongue, is he gonna die", "it's stopped now, he's floppy and sleepy, do i put him in a cold bath to get the temperature down")
    expect(replies[0]?.sources).toContain('seizure-protect')
    expect(replies[1]?.text).toMatch(/^No, don't hold them down or put anything in their mouth/)
    expect(replies[1]?.text).not.toMatch(/Slow the breathing/)
    expect(last(replies).text).toMatch(/^No bath/)
  })

  it('hears a silent chest as worse, a collapse after the first pen as the second pen now, and grey after choking as serious', async () => {
    const asthma = await call("one of my year sevens is having an asthma attack and her inhaler's not doing owt", "she's gone really quiet now, she's not wheezing any more, that's good isn't it? she can't really talk though")
    expect(last(asthma).text).toMatch(/^No, that's worse/)
    const pen = await call("my mate's took a reaction at the party, we think there was nuts in the satay, his lips are all swole up and he's itchy all over",
      "right it's done in his leg, the pen, he's saying he feels a bit better now", "he's stood up to go to the toilet and he's gone all dizzy and he's sort of sliding down the wall")
    expect(last(pen).text).toMatch(/Second pen now/)
    const choke = await call('mr jones is choking on his sandwich, no sound, holding his throat', 'i did the back slaps five times nothing is coming out', 'it came out, he is breathing now but he is very sleepy and grey colour')
    expect(last(choke).text).toMatch(/^Sleepy and grey after choking is serious/)
  })

  it('stops a wife pulling the drill from a live husband, a grandson going into smoke with a wet towel, and warns traffic round a bend', async () => {
    expect(last(await call("my husband's had a shock off the cable, he's on the floor still holding the drill", "i'm going to pull the drill out of his hand")).text).toMatch(/^No! Don't touch him/)
    expect(last(await call("there's smoke pouring out the flat below mine, my granny lives there", "i'm gonna go in and get her, i'll put a wet towel over my face")).text).toMatch(/^No: don't go in\. A wet towel/)
    expect(last(await call("a van's hit a cyclist on the road out of keswick, he's lying in the road", "there's cars coming round the bend")).text).toMatch(/Traffic first/)
  })

  it('reads a faint given brandy, then one-sided pain in early pregnancy, as lie her down and bleeding inside', async () => {
    const replies = await call('one of the guests has fainted, she just went down in the pew', "we've sat her up on a chair and given her a drop of brandy cos she's gone so pale, she's awake now",
      "oh she's just said she's pregnant, about eight weeks she thinks, and she's saying her tummy hurts down one side and her shoulder hurts")
    expect(replies[1]?.text).toMatch(/^No alcohol\. Lie them down flat/)
    expect(last(replies).text).toMatch(/can be bleeding inside/)
  })
})

describe('the chainsaw bleed review 91 left in part', () => {
  it('moves a soaked-through limb bleed with the casualty going grey on to the tourniquet, not only shock', async () => {
    const replies = await call("he's after cutting his leg with the chainsaw, there's blood everywhere, it's pumping out of him", 'should i tie a belt round it above the cut',
      "the towel is soaked right through it's still coming, and he's gone very quiet and grey on me")
    expect(last(replies).text).toMatch(/^That's shock, and it's still pouring: on an arm or leg, a tourniquet/)
  })
})

describe('the blind re-grade of review 91', () => {
  it('gives no naloxone lines for paracetamol and sertraline, and refuses going back in for the cat', async () => {
    const pills = await call('my girlfriend took a load of her tablets, paracetamol and some of her sertraline', "she took them about an hour ago, she's fine, she's walking around, she doesn't want an ambulance",
      "she's saying she wants to die and she's gone in the bathroom and locked the door")
    for (const r of pills) expect(r.text).not.toMatch(/naloxone|another dose|needles/i)
    expect(pills[1]?.text).toMatch(/Paracetamol can harm the liver/)
    // An opioid named keeps them.
    expect((await call('i find a man in the toilet, on the floor, there is a needle, he is not waking when i shout, his breathing is very slow, like snore')).map((r) => r.text).join(' ')).toMatch(/naloxone/)
    const cat = await call("there's smoke pouring out the flat below, my granny's in there", "she's come out herself, she's coughing", "she says she's fine, she wants to go back in for her cat")
    expect(last(cat).text).toMatch(/No\. Don't go back in/)
  })
})

describe('review 92: the industrial core, plainly told', () => {
  it('calls a searcher out of a gas-filled boiler house, refuses the lights and the meter inside, and puts a slumped casualty on his side', async () => {
    const replies = await call('really strong smell of gas in the boiler house, one of the engineers came out feeling dizzy',
      "he's sat outside now with a headache, there's another lad still in there trying to find where it's coming from",
      "should i turn the lights off in there and shut the gas off at the meter, the meter's inside the boiler house",
      "the other lad's come out, but the first one's slumped over on the bench and he's not making sense, we're at leeds dock works, 14 armouries drive")
    expect(replies[1]?.text).toMatch(/^Call him out now/)
    expect(replies[2]?.text).toMatch(/^No: leave the lights as they are, and don't go in to the meter/)
    expect(last(replies).text).toMatch(/onto their side/)
    expect(last(replies).text).not.toMatch(/pulled from the water|sitting down/)
  })

  it('starts CPR on a man knocked clear of a panel, reads the defibrillator\'s shock as no electrical injury, and stops the machine beside a fit', async () => {
    const panel = await call("my mate's been electrocuted on the board, he's still got his hand on it", "right i've knocked him off with the broom handle, he's not moving and he's not breathing, his lips are going blue")
    expect(last(panel).text).toMatch(/push hard and fast/)
    const aed = await call("a fella's collapsed on the shop floor, he's not breathing", "the defib's here, the machine's saying stand clear shock advised",
      "it's shocked him and we kept going, he's coughing now and he's trying to push our hands off, he's breathing proper")
    expect(last(aed).text).not.toMatch(/power is off|the lead/)
    const fit = await call("one of the packers is having a fit on the floor right beside the packing machine", "the machine's still running next to him, his head's banging off the frame, should we hold him down")
    expect(last(fit).text).toMatch(/^Hit the machine's emergency stop/)
  })

  it('reads pale, sweaty, sick and dizzy beside a crushed, bleeding foot as shock, not a head injury', async () => {
    const replies = await call("one of the lads has been hit by a forklift, he's on the floor screaming", "the front wheel's on his foot, the driver's asking should he just back it off him",
      "right he's backed it off, his boot's all flattened and there's blood coming through, and now he's gone dead pale and sweaty and he says he feels sick and dizzy")
    expect(last(replies).text).toMatch(/^That's shock from the blood loss/)
    expect(last(replies).text).not.toMatch(/head and shoulders raised/)
  })

  it('refuses a rope rescue that needs someone down the slurry tank', async () => {
    const replies = await call("my husband's gone down into the slurry tank and he's collapsed at the bottom", 'the neighbour is coming with a tractor, he says he has a rope, can we pull him up')
    expect(last(replies).text).toMatch(/^No: nobody goes down to tie a rope on him/)
  })
})

describe('the blind re-grade of review 92', () => {
  it('keeps everyone back from a slurry tank, presses on fingers cut off before saving them, and refuses a taxi home after smoke with a hoarse voice', async () => {
    expect(last(await call("my husband's gone down into the slurry tank, he went down the ladder to clear the pipe and he's collapsed at the bottom")).text).toMatch(/^Stay well back and upwind/)
    expect(last(await call("his hand's caught in the conveyor", "two of his fingers are gone, there's loads of blood, do we put the fingers in ice")).text).toMatch(/^No: never straight on ice\. Press hard on the wound\./)
    const smoke = await call('there was a small fire in the oven, one of our workers was inside in the smoke, he was coughing', 'his voice has become a little bit hoarse and there is black around his nose',
      'he wants to go home and rest, we can send him in a taxi, is that okay')
    expect(last(smoke).text).toMatch(/^He's not to go home: a hoarse voice and soot/)
  })
})

describe('review 93: people who are not first aiders', () => {
  it('reads "Dumbarton Road a man" as the road, "he\'s no movin" as not moving, and moves hands off the belly onto the breastbone', async () => {
    const shop = await call("hiya aye am in the co-op on dumbarton road a man's just went doon at the till he's no movin",
      "he's no breathin right he's kinda gaspin like a snore every now an then is that him breathin",
      "ok am pressin on his chest but where's the breastbone exactly am i on his belly")
    expect(shop[0]?.text).toMatch(/Dumbarton Road/)
    expect(shop[0]?.text).not.toMatch(/Road A\b/)
    expect(shop[0]?.sources).toContain('unconscious-airway')
    expect(last(shop).text).toMatch(/^Not the belly: move up to the middle of the chest/)
    expect(last(shop).text).not.toMatch(/emergency stop/)
    // "Zone A man down" is still radio for Zone A; "there's no feeling" is still no feeling.
    expect(classify('fire in zone a man down').location).toBe('Zone A')
    expect(classify("there's no feeling in his legs").hazards).not.toContain('unconscious')
  })

  it('goes on to abdominal thrusts when back blows fail and she turns blue, and says where the hands go', async () => {
    const bus = await call("a lady's choking on a sandwich she cant talk", "I done the back blows five of em nothing come out she's going a bit blue round the lips",
      'what do you mean abdominal thrusts where do I put me hands')
    expect(bus[1]?.text).toMatch(/five abdominal thrusts/)
    expect(bus[1]?.text).not.toMatch(/Sleepy and grey/)
    expect(last(bus).text).toMatch(/^Stand behind them, arms round their waist/)
  })

  it('treats one breath in ten seconds as not breathing normally', async () => {
    const porter = await call("i've found a guest in his room he won't wake up, there's pill packets everywhere", "he's breathing but really slow like every ten seconds and his lips look bluey")
    expect(last(porter).text).toMatch(/^Start CPR now/)
  })

  it('keeps pressure on a deep bleeding bite rather than washing it out, with antiseptic or without', async () => {
    const bite = await call("a dog's just gone for a little girl outside our practice her arm is ripped open", "the wound is bleeding quite a lot and i can see deep in",
      "i'm pressing a clean dressing on it firmly, she's about six", 'should i wash it out with the chlorhexidine we use on the animals before the ambulance comes')
    expect(bite[2]?.text).not.toMatch(/^Yes: under running water/)
    expect(last(bite).text).toMatch(/^Not while it's bleeding hard: keep firm pressure/)
    expect(last(bite).text).not.toMatch(/fifteen minutes/)
  })

  it('gives a child pulled from a lido five breaths first and refuses taking him home', async () => {
    const lido = await call("we're at the lido one of the lads was pulled out the deep end by the lifeguard he's not breathing", 'do I press on his tummy to get the water out',
      "how many breaths do i give him first he's a kid does it matter", "he's coughed and spluttered and he's breathing now, he's crying, can i take him home he seems fine")
    expect(lido[0]?.sources).toContain('drowning-cpr')
    expect(lido[1]?.text).not.toMatch(/Not the belly|Yes, shock/)
    expect(lido[2]?.text).toMatch(/give five first/)
    expect(last(lido).text).toMatch(/^Anyone pulled from the water goes to hospital/)
  })

  it('starts CPR on a crush casualty breathing strangely, and will not sit her up', async () => {
    const crowd = await call("there's a crush at the market people pushing a woman's gone down and people are on top of her",
      "we've got people off her now she's lying on the floor she's not really with it her breathing is weird", 'what do I do do I sit her up against the stall')
    expect(crowd[1]?.text).toMatch(/Start CPR now/)
    expect(last(crowd).text).toMatch(/^No, don't sit them up: keep them flat/)
  })

  it('reads a missing man not answering his phone as missing, not unconscious', () => {
    const missing = classify("naw he's no answering his phone, the smoke's pouring out the roof now")
    expect(missing.hazards).not.toContain('unconscious')
    expect(missing.missing).toBe(true)
  })
})

describe('review 94: the caller is the casualty', () => {
  it("does not put a lone man with chest pain outside because his car is, and refuses his mate's heart spray", async () => {
    const pain = await call("i'm at work at the distribution centre on brindley road in crewe and i've got this crushing pain in my chest it's going down my left arm",
      "there's nobody else here i'm on nights on my own in the goods in bay i'm sweating like mad",
      "look it'll be quicker if i just drive myself to leighton hospital it's only ten minutes my car's outside",
      "i've got some aspirin in my bag should i take one of them what about my mate's spray he left his gtn spray in the locker can i use that")
    expect(pain[2]?.text).not.toMatch(/I have you outside/)
    expect(last(pain).text).toMatch(/No: not someone else's heart tablets or spray/)
    for (const r of pain) expect(r.text).not.toMatch(/Is someone bringing the defibrillator|Are they awake/)
    expect(classify("we're outside").callerAt).toBe('outside')
  })

  it('answers the fryer question and keeps the ice "in the freezer" out of the place', async () => {
    const fat = await call("the fryer's gone over and i've got hot fat all down my hand and up my arm it's agony", "the fryer's still on should i turn it off",
      "me nan always said put butter on a burn or should i put ice on it we've got loads of ice in the freezer")
    expect(fat[1]?.text).toMatch(/^Yes, if you can reach the switch or isolator without going near the hot fat/)
    expect(last(fat).text).not.toMatch(/the freezer/)
    expect(classify("he's collapsed in the walk-in freezer").location).toBe('freezer')
  })

  it('puts the pen in first when the throat tightens, or the second pen after five minutes', async () => {
    const allergy = await call("i think i've eaten something with nuts in it my lips are swelling up and i'm itchy all over", "i've got an epipen in my bag but i've never used it i'm scared",
      "me throat's going tight now and i sound all croaky i feel like i'm going to pass out")
    expect(last(allergy).text).toMatch(/Pen not used yet: use it now/)
  })

  it('speaks to a farmer pinned under his own quad, and reads the farm by its name', async () => {
    const quad = await call("aye the quad's coupped over on me on the hill and my leg's stuck under it i cannae get it off",
      "its the top park at drumlean farm up past aberfoyle there's no road just the track up from the steading",
      'should i try and lift it off myself i think i could maybe shift it with my other leg', "ach my leg's gone numb now and i can smell petrol the engine's still running")
    for (const r of quad) expect(r.text).not.toMatch(/Keep talking to them|Can you see or hear them|several of you/)
    expect(quad[1]?.text).toMatch(/Drumlean Farm/)
    expect(quad[2]?.text).toMatch(/^Only if it slides off easily/)
    expect(last(quad).text).toMatch(/^Switch it off now if you can reach the key/)
    expect(classify('at the dairy farm').location).toBeUndefined()
  })

  it('reads a chest burning in mixed-chemical fumes as the airway, not the heart', async () => {
    const fumes = await call("i've mixed bleach with the toilet descaler in the boys toilets and theres this gas my chest is burning")
    expect(fumes[0]?.sources).not.toContain('cardiac-rest')
  })

  it('will not cancel for chest pain that eased, keeps inhalers out of it, and tells the crew when it comes back', async () => {
    const chest = await call("i've got this tight pain in me chest and i'm a bit short of breath i'm in the shipyard office", "it's ganna be indigestion isn't it",
      "it's eased off a bit now actually you can cancel it i divvent want to waste your time", "oh no it's come back worse now it's going up into me jaw")
    for (const r of chest) expect(r.text).not.toMatch(/inhaler|reliever|fresh air|smoke or chemicals/)
    expect(chest[1]?.text).toMatch(/treat it as your heart/)
    expect(chest[2]?.text).toMatch(/^I'm not cancelling/)
    expect(last(chest).text).toMatch(/I'm telling the crew it's worse/)
  })

  it('gets a man out of a gassed tank himself and keeps his mate out', async () => {
    const tank = await call("i'm inside the storage tank doing an inspection and my gas monitor's going off i feel really dizzy", "its tank 3 at the water treatment works i'm at the bottom of the ladder",
      'my mate on the top wants to climb in and get me should he come in', 'i dont think i can climb the ladder my legs are going')
    expect(tank[0]?.text).toMatch(/^Get out now, while you can still climb/)
    expect(tank[2]?.text).toMatch(/^No: nobody comes in after you/)
    expect(last(tank).text).toMatch(/Escape set on if you have one/)
    expect(last(tank).text).not.toMatch(/not sure it's safe/)
  })

  it('tells a cyclist lying in traffic when to move, in the second person', async () => {
    const bike = await call("a car's just knocked me off my bike and drove off i'm lying in the road my neck hurts",
      "i don't know exactly where i am somewhere near the roundabout by the big tesco", 'can i get up and get myself out of the road cars are coming past')
    expect(bike[1]?.text).toMatch(/^That's fine, we'll find you/)
    expect(last(bike).text).toMatch(/^If cars can't see you or stop, being hit again is the bigger danger/)
    for (const r of bike) expect(r.text).not.toMatch(/Stay with them|several of you/)
  })

  it('reads melted plastic stuck on a hand as a burn, not someone trapped', () => {
    expect(classify("I've got melted plastic off the moulding machine stuck on the back of me hand, it's agony").hazards).toEqual(['burn'])
    expect(classify("the jam's boiled over onto my hand and up my arm, it's stuck to me, it's agony").hazards).toEqual(['burn'])
    expect(classify("he's stuck on the roof").hazards).toContain('trapped')
  })
})

describe('the blind re-grade of review 93', () => {
  it('tells a teacher to get the rescue medicine now and does not send the crew to the office it is kept in', async () => {
    const fit = await call("hello I'm a teacher at a primary school in cardiff one of my year five boys is having a fit on the floor shaking all over",
      'should I put something in his mouth so he doesn\'t swallow his tongue the TA is saying we should',
      "it's been going about six minutes now it's not stopping he has epilepsy his mum said there's buccal something in the office")
    expect(last(fit).text).toMatch(/^Get it now\. Someone trained in their care plan gives it/)
    expect(last(fit).text).not.toMatch(/alerted to the office|Only if someone trained/)
    expect(classify("his mum said there's buccal something in the office").location).toBeUndefined()
  })

  it('does not let a guest back from a hypo sleep it off alone, and does not say "Good." to it', async () => {
    const hypo = await call("hi i'm on reception at the premier inn in euston a guest has come down all sweaty and confused he's slurring, he's got a diabetes bracelet on",
      "he's had the juice about ten minutes ago he's a bit more with it now talking normal",
      "he's saying he's fine now and wants to go back to his room to sleep it off is that ok")
    expect(last(hypo).text).toMatch(/^Not on his own yet: a starchy snack first/)
    expect(last(hypo).text).not.toMatch(/Good\./)
  })

  it('asks a grandchild where the house is when all that was said is "the kitchen", then names the street', async () => {
    const nan = await call("erm hi me nan's fell over in the kitchen and banged her head on the counter she's like 84",
      "she's awake and talking but there's a big lump and a cut bleeding a bit, she's on warfarin or summat like that",
      "she's just been sick and she's going all sleepy and keeps asking the same thing over and over, we're at 22 anfield road")
    expect(nan[0]?.text).toMatch(/Where exactly are you\?/)
    expect(last(nan).text).not.toMatch(/Where exactly are you\?|the kitchen/)
    expect(placeAfter('kitchen', '22 Anfield Road', false)).toBe('22 Anfield Road')
    expect(placeAfter('plant room', '22 Anfield Road', false)).toBe('plant room')
    // A restaurant's kitchen is a workplace the line already knows: no address asked.
    const chef = await call("one of the chefs has burnt his arm on the fryer in the kitchen, it's blistering")
    expect(chef[0]?.text).not.toMatch(/Where exactly are you\?/)
  })
})

describe('the blind re-grade of review 94', () => {
  it('still speaks to the caller as the casualty when someone beside her offers a tablet, and coaches her own pen', async () => {
    const allergy = await call("i think i've eaten something with nuts in it in the canteen my lips are swelling up and i'm itchy all over",
      "i've got an epipen in my bag but i've never used it i'm scared can a lass here give me one of her hayfever tablets instead",
      "me throat's going tight now and i sound all croaky i feel like i'm going to pass out")
    expect(allergy[1]?.text).toMatch(/use your pen now, into the outside of your thigh/)
    expect(last(allergy).text).toMatch(/^Don't stand up or walk\. Pen not used yet: use it now, in your thigh/)
    for (const r of allergy) expect(r.text).not.toMatch(/\b(?:they|them|their)\b/)
  })

  it('will not let a lone caller with stroke signs lie down to sleep it off, nor send the crew to the room she means to rest in', async () => {
    const stroke = await call("sorry this is probably nothing but my face feels numb on one side and my arm's gone heavy",
      "im in the office at the back of the dental practice on high street in ashford kent everyone's gone to lunch",
      'my speech sounds a bit slurry to me i might just have a lie down on the sofa in the staff room and sleep it off')
    expect(last(stroke).text).toMatch(/^Don't lie down and sleep it off: slurred speech and a numb face can be a stroke/)
    expect(last(stroke).text).not.toMatch(/getting better|staff room/)
    expect(classify('i might just have a lie down on the sofa in the staff room').location).toBeUndefined()
    expect(classify("he's lying down in the office").location).toBe('office')
    const someoneElse = await call("the foreman's face has dropped on one side and his words are all muddled", 'the lads want to stick him in the rest room to sleep it off, is that alright')
    expect(last(someoneElse).text).toMatch(/^No: don't let them lie down and sleep it off/)
  })
})

describe('where it is happening, said the way callers say it (review 95)', () => {
  it('reads a farm by a two-word name or after "it\'s", over the road it is off', () => {
    expect(classify("we're off the a39, you go second left after the roundabout, the farm track, past the big red barn, its hollins farm").location).toBe('Hollins Farm')
    expect(classify('were at ty gwyn farm, up the lane from llanfair, over the cattle grid then the top yard, the cow shed').location).toBe('Ty Gwyn Farm')
    expect(classify('he is at the dairy farm').location).toBeUndefined()
  })

  it('reads what3words with the dots said aloud or written, and a distillery by its rooms', () => {
    expect(classify('the what3words is filled dot count dot soap, its the new housing site off station road, plot 23').location).toBe('what3words filled.count.soap')
    expect(classify('what3words is filled.count.soap').location).toBe('what3words filled.count.soap')
    expect(classify('could i give you a what3words it says filled dots tonight').location).toBe('what3words filled.dots.tonight')
    expect(classify("ah need an ambulance, wee jimmy's collapsed in the washback, the big vat, at the distillery").location).toBe('washback')
  })

  it('does not take a fall height or the canteen the food came from for the place', () => {
    expect(classify("he's awake but hes moaning about his back, it was about the height of a first floor window").location).toBeUndefined()
    expect(classify('two people are at a second floor window they cant get down the stairs').location).toBe('Floor 2')
    expect(classify('its at the university science park, she ate something from the canteen with nuts in').location).toBeUndefined()
  })

  it('hears the generator switched off as the power off, with "but not waking up" after it', async () => {
    const shock = await call('someones had an electric shock on the building site, hes on the floor next to the cable',
      'i dont know if the power is off, the cable is still by his hand, should i pull him away',
      'ok the site manager has turned off the generator now, hes breathing but not waking up')
    expect(last(shock).text).toMatch(/^Power off: breathing normally/)
    expect(last(shock).text).not.toMatch(/Is the power off\?/)
  })

  it('answers where to press and whether the tourniquet from the van is needed, and a finger on ice', async () => {
    const leg = await call('one of my traffic management crew has been hit by a van on the motorway, hes on the hard shoulder',
      'm6 northbound between junction 15 and 16, the marker post says 214.6 a, were behind the crash truck',
      "his leg is bleeding badly through his trousers, where do i press, do i need a tourniquet, we've got one in the van")
    expect(last(leg).text).toMatch(/^Press hard right on the wound, your weight behind it\. Still pouring through on an arm or leg: yes, the tourniquet/)
    expect(last(leg).text).not.toMatch(/Where exactly are you\?/)
    const finger = await call('hello, accident, my colleague hand in machine, the finger is cut off', 'ok i put in bag, can i put ice directly on finger')
    expect(last(finger).text).toMatch(/^No: never straight on ice\. Press hard on the wound/)
  })
})

describe('the call goes wrong halfway (review 96)', () => {
  it('stops insulin given by mistake to a hypo and gives sugar instead', async () => {
    const hypo = await call("its the accounts office, my colleague is diabetic and she's all shaky and sweaty and confused", "right i've given her some of her insulin from her bag like you said")
    expect(last(hypo).text).toMatch(/^Insulin lowers the sugar further: no more of it\. Give sugar now/)
    expect(last(hypo).urgency).toBe('CRITICAL')
  })

  it('tells a first aider who has never used a pen where it goes', async () => {
    const allergy = await call("a boy of 9 has eaten a cake with nuts, he's allergic, his lips are swelling up", "the first aider's here now with the epipen, she's never used one, where does it go")
    expect(last(allergy).text).toMatch(/^Blue cap off\. Orange end hard against the outside of the thigh/)
  })

  it('steadies a panicking rescuer when the defibrillator talks, without sending for it again', async () => {
    const cpr = await call("a man's collapsed in the shop, he's not responding, he's doing like gasping breaths", "i've started pushing on his chest, the security guard has just come back with the defibrillator thing",
      "hang on hang on i can't do this, my hands are shaking, the machine is talking, what do i do")
    expect(last(cpr).text).toMatch(/^You're doing well\. Do what the machine says/)
    expect(last(cpr).text).not.toMatch(/Send for the defib/)
    const shockAdvised = await call("he's collapsed and not breathing, we're doing CPR", 'the defib says shock advised')
    expect(last(shockAdvised).text).not.toMatch(/You're doing well/)
  })

  it('has a walking casualty led out when the site is evacuated, and is not told he is outside yet', async () => {
    const eye = await call('my friend get chemical in eye, the caustic, very painful', 'the alarm is ringing now, manager say everybody go outside, the tank is leak more, i must leave him?')
    expect(last(eye).text).toMatch(/^Don't leave them if they can walk: lead them out with you now/)
    expect(last(eye).text).not.toMatch(/I have you outside/)
    expect(classify("I've come outside but the wheeze isn't going").callerAt).toBe('outside')
  })

  it('reads Scots "pit a spoon in her mooth" as put, not Pit A', async () => {
    const fit = await call("there's a lassie takin a fit in the warehouse, she's shakin aw ower the place", "ma pal's tryin tae haud her doon and pit a spoon in her mooth so she disnae swallow her tongue")
    expect(last(fit).text).toMatch(/^No, don't hold them down or put anything in their mouth/)
    expect(last(fit).text).not.toMatch(/Pit A/)
    expect(classify("he's fallen down pit a").location).toBe('Pit A')
  })
})

describe('the room and the street together (review 95)', () => {
  it('reads back the street or works a room is in, said in the same turn or after', async () => {
    const eyes = await call('right so im at 14 mill lane, in the yard of the printers, and the young lad has got ink solvent splashed in his eyes')
    expect(eyes[0]?.text).toMatch(/alerted to the yard at 14 Mill Lane\./)
    const collapse = await call("a man just collapsed in the car park i work at, hes not moving, level 3 of the multi storey on castle street by the pay machines")
    expect(collapse[0]?.text).toMatch(/alerted to Level 3 on Castle Street\./)
    const cut = await call('theres a lad cut his arm really bad on a pane of glass were by the bins behind unit 7', 'unit 7 on harbour road industrial estate, the glazing place, theres blood everywhere')
    expect(last(cut).text).toMatch(/alerted to Unit 7 on Harbour Road\./)
    expect(classify('a fire in the ink room at the print works').site).toBe('print works')
  })

  it('says no building is on a motorway, and keeps every instruction when the longer read-back will not fit', async () => {
    const pallet = await call("i'm at the amazon warehouse off the m1 at coalville one of the lads has got his leg pinned under a pallet that come off the forklift")
    expect(pallet[0]?.text).not.toMatch(/on M1/)
    const roofer = await call('one of our roofers has gone through a skylight on the warehouse roof and landed on the scaffold lift underneath must be about four metre, hes moaning, were at unit 6 brook lane industrial estate',
      'hes still got his hard hat on with the chin strap and hes lying on his side on the boards, do i take his helmet off so he can breathe better',
      'now hes trying to get up says hes fine he wants to climb down the ladder himself',
      'hes just been sick all over the boards and now hes not making sense keeps asking what day it is over and over')
    expect(last(roofer).text).toMatch(/Those are danger signs after a blow to the head.*I'm telling the crew\. Help is being alerted to Unit 6 on Brook Lane\./)
  })
})

describe('illness that looks like something else (review 97)', () => {
  it('gives sugar to a diabetic first taken for drunk, once the signs are the low and not a stroke', async () => {
    const hypo = await call("one of my pickers is stumbling about slurring his words, i think he's been drinking, do i just send him home",
      "he's sweaty and shaky actually, and now you mention it i think he's diabetic, he's got one of them sensor things on his arm")
    expect(last(hypo).text).toMatch(/^If they're awake and can swallow, give them something sugary now/)
    const stroke = await call("his face is drooping on one side and he's slurring", "he's diabetic and he's sweaty")
    expect(last(stroke).text).not.toMatch(/give them something sugary/)
  })

  it('reads a roofer come down in the heat as heat illness, not a roof collapse, and refuses forced drinks while confused', async () => {
    const heat = await call("alright mate, one of the lads on the roof has come down saying he's knackered, he's been up there all day in this heat, he's just sat in the van now, probably just needs a kip",
      "thing is he's stopped sweating, he's really hot to touch, bright red in the face, and he's talking rubbish, doesn't know what day it is",
      'we\'ve got a hose and a load of bottles of water, should we make him drink loads')
    expect(heat[0]?.text).not.toMatch(/Could anyone be under it|debris/)
    expect(heat[0]?.text).toMatch(/don't let them sleep it off/)
    expect(last(heat).text).toMatch(/^No drinks while they're confused/)
    expect(classify('the roof has come down').hazards).toContain('structural_collapse')
  })

  it('names meningitis for a hot child with a rash that stays under a glass, and will not wait for mum', async () => {
    const rash = await call("one of the year 4 kids has come in with flu i think, she's really hot and floppy and just wants to lie down",
      "she's got some little purple spots on her tummy, i pressed a glass on them like they say and they don't go away",
      "she's moaning that the lights hurt her eyes and her neck hurts. her mum's on her way, can we just wait for mum")
    expect(rash[1]?.text).toMatch(/can be meningitis/)
    expect(last(rash).text).toMatch(/^No: don't wait for a GP, a parent or anyone/)
  })

  it('hears a late period with one-sided pain and faintness as bleeding inside, and "nearly passed out" as faint', async () => {
    expect(classify('i nearly passed out').hazards).toEqual(['medical'])
    const ectopic = await call("i work at the co-op and i've got really bad period pain, like really sharp on one side, my manager said to ring because i nearly passed out",
      "my period's actually late, about six weeks, the pain is going into my shoulder too",
      "should i just take some ibuprofen and wait for it to pass? i don't want to waste an ambulance")
    expect(ectopic[0]?.text).not.toMatch(/start CPR/)
    expect(last(ectopic).text).toMatch(/^No tablets, and don't wait: .*bleeding inside/)
  })

  it('tells a farmer who has found the pen what to do with it', async () => {
    const pen = await call("my brother got stung by a bee, his lips have gone all puffy now and his throat feels tight", "i've found it, it's an epipen, what do i do with it, he's saying he feels faint")
    expect(last(pen).text).toMatch(/^Blue cap off\. Orange end hard against the outside of the thigh/)
  })
})

describe('two dangers at once (review 98)', () => {
  it('keeps hands off a faller who landed on live cables until the power is off', async () => {
    const fall = await call("a lad's fell off the scaffold on the building site and he's landed on some cables on the floor, there were a big bang and a flash, i think they're live",
      "the sparky says he's knocked it all off at the main board now, all the site lights have gone off. can i go to him now")
    expect(fall[0]?.text).toMatch(/^Don't touch them while they may still be live/)
    expect(last(fall).text).not.toMatch(/Lights going out doesn't make it safe/)
    expect(classify('he tripped over the cables').hazards).not.toContain('electric_shock')
  })

  it('sends nobody into a smoke-filled room for the collapsed, and says water on a chemical burn is right', async () => {
    const smoke = await call("there's smoke pouring out the server room and someone's collapsed inside, i can see her on the floor through the glass in the door",
      'the fire alarm\'s going now and everyone\'s evacuating, she\'s still in there')
    expect(smoke[0]?.text).toMatch(/^Don't go in after them: the smoke can drop you too/)
    for (const r of smoke) expect(r.text).not.toMatch(/Check their breathing for ten seconds/)
    const acid = await call('a beaker of acid splashed on my colleague\'s arm, her skin\'s red and blistering', 'should i put water on it or will that make the acid worse')
    expect(last(acid).text).toMatch(/^Yes: cool running water on the skin now/)
    expect(classify("his boot's smoking").hazards).toEqual(['burn'])
  })

  it('gets a heart attack out of the freezer carried, the pen before the inhaler, and the second pen when the first fails', async () => {
    const freezer = await call('my colleague he have very bad pain in chest, we are inside the big freezer in warehouse, minus twenty', 'we can move him out of freezer? he is very heavy man')
    expect(last(freezer).text).toMatch(/^Yes: get them out of the cold now, carried/)
    const asthma = await call("i've eaten something with nuts in and my lips are swelling up and i can't get my breath, i'm asthmatic as well", "i've got my blue inhaler and my epipen, which one do i do first")
    expect(last(asthma).text).toMatch(/^The pen first, now, into your outer thigh/)
    const again = await call("i've eaten something with nuts in and my lips are swelling up", "i've done the epipen in my leg, it's been about five minutes and i'm still really wheezy, it's not getting better")
    expect(last(again).text).toMatch(/^No better five minutes after the first pen\? The second now, your other thigh/)
    expect(last(again).text).not.toMatch(/Use it now/)
  })

  it('will not tip a forklift off a trapped driver, and leaves a nail by the eye in', async () => {
    const lpg = await call("a forklift's gone over in the yard and the driver's trapped half under it, the gas bottle's hissing", "he's awake and shouting, his legs are under the cage. should we try and tip it back off him, there's six of us")
    expect(last(lpg).text).toMatch(/^No: don't try to tip or lift a vehicle/)
    const jack = await call("the car's come off the stands onto the mechanic's chest", 'the trolley jack right here, we could lift the car with it now')
    expect(last(jack).text).not.toMatch(/don't try to tip or lift a vehicle/)
    const nail = await call("my mate's shot himself with the nail gun, the nail's gone in right by his eye, at the side, it's still sticking out", 'he wants to climb down the ladder himself')
    expect(nail[0]?.text).toMatch(/^Don't pull it out/)
    expect(last(nail).text).toMatch(/No: don't let them climb down/)
  })
})

describe('the blind re-grade of reviews 95 and 96', () => {
  it('warms a cold, confused man with blue lips instead of sending him into fresh air', async () => {
    const cold = await call("we've found someone collapsed, hes been in the freezer the door was stuck", 'hes awake but confused and shivering hes really cold, his lips are blue')
    expect(last(cold).text).not.toMatch(/fresh air|smoke or chemicals/)
    expect(last(cold).text).toMatch(/Severe hypothermia/)
    expect(classify("my breathing's gone shallow, it's freezing").hazards).toContain('breathing_difficulty')
  })

  it('calls a dizzy rescuer back up the ladder, puts a drowsy hypo on her side, and holds a shut eye open to rinse it', async () => {
    const tank = await call("my dad's gone down into the slurry tank and he's collapsed at the bottom", "my brother's just climbing down the ladder to get him now, he's got a rope round him", "he's stopped halfway down and says he feels dizzy, he's still on the ladder")
    expect(last(tank).text).toMatch(/^Shout to him to climb straight back up now/)
    expect(last(tank).text).not.toMatch(/yourself first/)
    const hypo = await call("my colleague is diabetic and she's all shaky and sweaty and confused", "she's getting worse now, she's really drowsy and can barely keep her eyes open")
    expect(last(hypo).text).toMatch(/^Nothing by mouth now: too drowsy to swallow safely/)
    const eye = await call('my friend get chemical in eye, the caustic, very painful', 'ok we are outside in car park, i have bottle water, his eye very red and he cannot open it')
    expect(last(eye).text).toMatch(/^Gently hold the eyelids apart/)
    expect(classify("i'm on my own in the stock room at the back of the boots, i've got really bad chest pain").location).toBe('stock room')
  })
})

describe('ordinary days, a broad mix (review 100)', () => {
  it('keeps someone who fainted and came round as taken ill, and down for a while', async () => {
    const faint = await call('hello a lady in our meeting just fainted, she went down off her chair', "she's opening her eyes now, she's talking, she says she didn't have breakfast",
      'she wants to get straight back up and carry on the meeting, is that ok')
    expect(faint[1]?.sources).toEqual(['medical-stay-with'])
    expect(last(faint).text).toMatch(/^Not yet: keep them sitting or lying on the floor for ten to fifteen minutes/)
  })

  it('treats blue lips in an asthma attack as life-threatening and keeps the inhaler going', async () => {
    const asthma = await call("my colleague's having an asthma attack she can't get her breath", 'her lips are looking a bit blue now')
    expect(last(asthma).text).toMatch(/^That's life-threatening: I'm telling the crew\. Keep the blue inhaler going/)
  })

  it('reads a back done in lifting, lets him settle himself, and hears numbness and wetting as the spine\'s warning', async () => {
    const back = await call('aye hello, one of the boys has done his back in liftin a bag of cement', 'should we get him up and walkin about or keep him still',
      "he's saying he's got numbness round his backside and he thinks he's wet himself")
    expect(back[0]?.sources).toEqual(['injury-first-aid'])
    expect(back[1]?.text).toMatch(/^Don't lift or pull them\. If they can move their legs/)
    expect(last(back).text).toMatch(/^That's a warning sign of pressure on the nerves in the spine/)
    const fit = await call("he's having a fit on the floor", "the shaking's stopped, he's breathing noisy and he's wet himself")
    expect(last(fit).text).not.toMatch(/nerves in the spine/)
  })

  it('reads "her lips is very big" after peanut as anaphylaxis, and the second pen after "i give it"', async () => {
    const nut = await call('help, my colleague she eat a cake and she have allergy to peanut, her lips is very big now', 'ok i give it, five minutes and she is still very bad, she want to stand up and go to toilet')
    expect(nut[0]?.sources).toEqual(['anaphylaxis-adrenaline'])
    expect(last(nut).text).toMatch(/The second now, other thigh/)
    expect(classify('her hands and face are all puffy and swollen').hazards).not.toContain('anaphylaxis')
  })
})

describe('what the caller asks (review 99)', () => {
  it('says yes to touching him once the isolator is off, without the no-touching line beside it', async () => {
    const shock = await call("a lad's been electrocuted on the conveyor control panel and he's lying on the floor right next to it, is it safe to touch him",
      "ok someone's switched the isolator off at the wall now, he's not moving, can i touch him now")
    expect(last(shock).text).toMatch(/^Yes: with the power off you can touch them\. Keep someone by the switch[^]*Power off:/)
    expect(last(shock).text).not.toMatch(/Don't touch them|switch it off now/)
    const first = await call("he's been shocked at the board and he's lying there", 'i know where the main isolator is, should i go and switch it off')
    expect(last(first).text).toMatch(/^Yes: switch it off now/)
  })

  it('cools a chef\'s boiling-fat spill as a burn, not a chemical at the eyewash', async () => {
    const fat = await call("one of the chefs has spilled boiling fat over her hand and forearm, can i put cream on it we've got burn cream in the first aid box")
    expect(fat[0]?.sources).toEqual(['burn-cool'])
    expect(fat[0]?.text).toMatch(/No ice, creams or butter/)
    expect(classify('she spilled the caustic cleaner over her hand').hazards).toContain('chemical_spill')
  })

  it('keeps an exhausted asthmatic flat for CPR when she stops talking, and a glazier fitting a shopfront is no fit', async () => {
    const asthma = await call('my friend she cannot breathe good, she have asthma but her inhaler is empty', 'she is very tired, she stop talking, she close her eyes, i put her on floor?')
    expect(last(asthma).text).toMatch(/Lie them on their back on the floor\. Not breathing normally: start CPR now/)
    const glass = classify("a glazier's fallen through a pane at the shopfront we're fitting, there's a big shard of glass stuck in his thigh")
    expect(glass.hazards).not.toContain('seizure')
    expect(last(await call('there is a shard of glass stuck in his thigh', 'can i pull the glass out')).text).not.toMatch(/cost them the eye/)
  })

  it('keeps a driver off his next run after a hypo, and a head injury out of the manager\'s car', async () => {
    const hypo = await call("one of our drivers has come back into the depot all shaky and sweaty and confused, he's diabetic", "he's feeling loads better now and wants to go out on his next run, is that ok")
    expect(last(hypo).text).toMatch(/^Not yet: no driving until 45 minutes/)
    expect((await call("one of the drivers has come back off his route all sweaty and shaky, he's diabetic"))[0]?.text).not.toMatch(/no driving/)
    const head = await call("a woman's fallen off a stepladder and hit her head, she was knocked out for a minute", "she's been sick twice now", 'her manager wants to just drive her to a and e himself, is that alright')
    expect(last(head).text).toMatch(/^No: wait for the ambulance/)
  })

  it('reads Scots heat stroke, and a faint at a blood donation session as a faint, not a bleed', async () => {
    const heat = classify("aye, wan o the boys on the site's collapsed, it's roastin the day, he's awake but he's pure hot and he's no makin any sense, should a gie him water")
    expect(heat.hazards).toContain('heat_illness')
    // Scots "aff" is off: the vocabulary itself now reads the thumb taken clean off.
    expect(classify("the bandsaw in the butcher's has took the boy's thumb clean aff").hazards).toEqual(['amputation'])
    const donor = await call("a young lad just fainted in the queue at the blood donation session we're running at work, he's come round now, is it ok to let him walk it off")
    expect(donor[0]?.text).toMatch(/^Not yet: keep them sitting or lying on the floor/)
    expect(donor[0]?.text).not.toMatch(/tourniquet|start CPR/)
  })
})

describe('the blind re-grade of reviews 97 and 98', () => {
  it('gives sugar for a meter reading of 2.1, and reads heavy period bleeding as bleeding down below, not a wound', async () => {
    const hypo = await call("he's diabetic and he's acting weird, he keeps saying he's fine", "he's got a blood sugar tester, it says 2.1")
    expect(last(hypo).text).toMatch(/^That's very low: sugar now/)
    const period = await call('my colleague at the care home, she is having bad period cramps and bleeding a lot')
    expect(period[0]?.sources).toEqual(['pregnancy-bleeding'])
    expect(period[0]?.text).not.toMatch(/Press hard on the wound/)
  })

  it('puts the blood before the load, the eyes before the wrist, and everyone out when the fire grows', async () => {
    const thigh = await call("my mate's leg is trapped under a pallet of tiles and there's loads of blood coming out", "it's spurting from his thigh just above where the pallet is, do we lift the pallet off first or sort the blood")
    expect(last(thigh).text).toMatch(/^The blood first: press hard with both hands/)
    const eyes = await call('the caustic cleaning pipe burst and it went in my eyes, and i slipped and fell off the platform, my wrist is paining very badly', 'my eyes are burning so much i cannot open them, should i first put ice on my wrist')
    expect(last(eyes).text).toMatch(/No: eyes first/)
    const lab = await call("there's a fire in the lab, a beaker of solvent caught fire and it splashed on my colleague's arm, her sleeve was on fire but we patted it out", "the fire's getting bigger in the fume cupboard now, there's black smoke coming out of it")
    expect(last(lab).text).toMatch(/^Get out now, everyone, and shut the door behind you/)
  })

  it('keeps fingers out of a fitting mouth, with no CPR prompt while she still fits, and reads "trapped half under it" as no long crush', async () => {
    const fit = await call("my coworker's having a fit on the canteen floor and she was eating a sandwich when it started", "should i put my fingers in her mouth and get the food out? she's making gurgling noises")
    expect(last(fit).text).toMatch(/No fingers in the mouth while they're fitting/)
    expect(last(fit).text).not.toMatch(/start CPR/)
    const lpg = await call("a forklift's gone over in the yard and the driver's trapped half under it, the gas bottle's hissing")
    expect(lpg[0]?.text).not.toMatch(/long crush/)
  })

  it('does not put the caller at the reception where the defibrillator is kept', async () => {
    const cpr = await call("one of our forklift drivers has collapsed, he's not breathing, we're doing CPR", "ok someone's gone for the defibrillator, it's in reception. we're at dalton logistics, gateway park, crewe")
    expect(last(cpr).text).not.toMatch(/I have you at the reception/)
  })
})

describe("review 99's leftovers", () => {
  it('tells a caller what to do with a knocked-out tooth, to lean forward, and that the dentist is right', async () => {
    const tooth = await call("one of our gym instructors got smacked in the face with a kettlebell and his front tooth's come right out, what do i do with the tooth",
      "his mouth's bleeding quite a bit, should he tilt his head back", 'does he actually need an ambulance or can i just drive him to the emergency dentist')
    expect(tooth[0]?.text).toMatch(/^Hold the tooth by the white crown, not the root/)
    expect(tooth[1]?.text).toMatch(/^No: head forward, not back/)
    expect(last(tooth).text).toMatch(/^For a knocked-out tooth, an emergency dentist within the hour is right/)
  })

  it('gives no drink to a cold rider with a hurt neck, but does not hear "went in the water" as a drink', async () => {
    const rider = await call("a delivery rider's come off his motorbike, he's talking but he says his neck really hurts", "it's freezing out here and he's shivering", "can i give him some water he keeps saying his mouth's dry")
    expect(last(rider).text).toMatch(/^No drinks: they may need an operation/)
    expect(last(rider).text).not.toMatch(/warm sweet drink/)
    const reservoir = await call("i slipped off the spillway at the reservoir and went in the water ive managed to drag myself out but im soaked through and freezing")
    expect(reservoir[0]?.text).not.toMatch(/No drinks|Don't drink/)
  })
})

describe('care, education and public service (review 102)', () => {
  it('gives antihistamine only as the plan or label says, and answers a wet floor before the defibrillator', async () => {
    const child = await call("a 3 year old at the nursery has eaten something with nuts, her lips are all swollen and she's wheezing", "ok i've done it in her thigh, she's a bit better but she's still wheezy, can i give her some piriton as well")
    expect(last(child).text).toMatch(/^Only as their allergy plan or the label says for their age/)
    const pool = await call("i've just pulled a man out of the deep end, he's not breathing", "my colleague's bringing the defib now, the floor is all wet around him is that ok to use it")
    expect(last(pool).text).toMatch(/^Yes, shock: wipe the chest dry/)
  })

  it('repeats fast sugar while a reading stays under four, and keeps a caller safe from an aggressive casualty', async () => {
    const hypo = await call("one of my pupils is type 1 diabetic and she's gone all shaky and sweaty", 'her meter says 2.8, she has had some jelly babies', "it's been fifteen minutes and it's only gone up to 3.5, she's a bit better, what now")
    expect(last(hypo).text).toMatch(/^Still under four: the same fast sugar again now/)
    const drunk = await call("a man's fallen at the front desk and he's bleeding from the back of his head", "he's trying to get up and leave, he's getting aggressive with me, should i stop him")
    expect(last(drunk).text).toMatch(/^Don't hold or restrain them, and keep yourself safe/)
    expect(last(drunk).text).not.toMatch(/Kneel behind their head/)
    const drain = await call("he's not breathing, we're doing CPR", 'should we hold him upside down to get the water out of him?')
    expect(last(drain).text).not.toMatch(/restrain/)
  })
})

describe('heavy industry and the trades (review 101)', () => {
  it('cools molten metal as a burn under the shower, leaves welded cloth on, and stops at twenty minutes when he shivers', async () => {
    const iron = await call("lad's had a ladle spill and molten iron's gone down his leg", "his overalls have burnt into his shin, it's all black and stuck to him. we've got him under the safety shower",
      "should we peel his trousers off him, they're welded to the skin like", "how long do we keep him under the shower he's starting to shiver now")
    expect(iron[0]?.sources).toEqual(['burn-cool'])
    for (const r of iron) expect(r.text).not.toMatch(/what chemical|safety data sheet|eyewash/)
    expect(iron[2]?.text).toMatch(/^No: leave anything stuck/)
  })

  it('stops a shredder with an arm in it, tourniquets an arm it cannot reach, and refuses reversing it', async () => {
    const shredder = await call('my colleague his arm is in the shredder machine', 'i push the emergency stop, machine is stopped now. his arm is inside to elbow, much blood coming on the floor',
      'my supervisor say we put the machine in reverse to take out his arm, is ok to do this?')
    expect(shredder[0]?.text).toMatch(/^Hit the emergency stop and isolate the shredder now/)
    expect(shredder[1]?.text).toMatch(/^If you can't reach the wound to press, put a tourniquet high on the upper arm now/)
    expect(last(shredder).text).toMatch(/^No: don't reverse or restart it/)
    expect(classify("a lad's had his finger taken off in the mince machine").hazards).toContain('amputation')
  })

  it('puts a tourniquet on a thigh pumping through the trousers, and sends a hydraulic injection to A&E', async () => {
    const saw = await call("our climber's put the chainsaw into his leg", "it's the top of his thigh inside, blood's pumping out proper, it's coming through his chainsaw trousers")
    expect(last(saw).text).toMatch(/^That's life-threatening: a tourniquet high on the limb now/)
    const jet = await call("i've got a hydraulic hose that burst at the garage and it's put a tiny hole in my finger", "my boss says just stick a plaster on it and see the gp tomorrow, that's fine yeah?")
    expect(jet[0]?.text).toMatch(/high-pressure injection/)
    expect(classify("finger's gone a bit swollen and it's throbbing").hazards).not.toContain('amputation')
  })

  it('leaves a disc fragment in a neck with no blast to clear, clears a buried face from the edge, and moves everyone back when the gas alarm sounds', async () => {
    const disc = await call("the grinder disc exploded and a bit's stuck in the young fella's neck", 'will i pull it out of him so i can put pressure on it')
    for (const r of disc) expect(r.text).not.toMatch(/blast|second blast/)
    expect(last(disc).text).toMatch(/don't pull it out/i)
    const trench = await call('trench has caved in on one of our lads, he is buried up to his chest', "more earth's just slid off the side and his face is nearly covered now")
    expect(last(trench).text).toMatch(/^Clear the soil off his face and mouth now, from the edge/)
    const sewer = await call('my colleague he go down in the manhole for the sewer and he fall down, he not moving', 'he smell like rotten egg from the hole, our gas alarm is beeping')
    expect(last(sewer).text).toMatch(/^Move back from the opening now, upwind/)
    const van = await call("my two lads have been in the back of the van with the generator running to keep warm, they're proper out of it, one's been sick", "i've opened the back doors, one of them's talking but confused, the other one won't wake up properly",
      "i've dragged the confused one out onto the tarmac, the other one's still in the van, he's snoring loud")
    expect(last(van).text).toMatch(/^Get them out into fresh air now, fast/)
  })
})

describe('the blind re-grade of reviews 99 and 100', () => {
  it('sits a fainting nosebleed on the floor, says what a blood thinner changes, and reads "warfarin for his heart" as no heart attack', async () => {
    const nose = await call("my colleague's nose has been bleeding for about twenty minutes and it won't stop", "she's on blood thinners, warfarin i think, does that make a difference", "she says she's feeling a bit faint now, can she lie down")
    expect(nose[1]?.text).toMatch(/^On a blood thinner it can keep going/)
    expect(last(nose).text).toMatch(/^Faint: sit them on the floor, leaning forward/)
    expect(classify("he's on warfarin for his heart if that matters").hazards).not.toContain('cardiac')
  })

  it('saves a fingertip that came off completely, and keeps a lone anaphylaxis caller lying down rather than unlocking the door', async () => {
    expect(classify('one of his fingertips has come off completely, what do i do with it').hazards).toContain('amputation')
    const alone = await call("i've been stung by a wasp on my neck, my lips are swelling up and my throat feels tight", "i've done it, should i lie down or sit up, i feel a bit dizzy", 'how long will they be, should i go and unlock the front door for them')
    expect(last(alone).text).toMatch(/No: lie down with your legs raised, and don't stand or walk/)
  })

  it('keeps car-crash lines out of a warehouse fall, tells a caller with the pen to use it, and keeps a reacting woman off her feet', async () => {
    const fall = await call("a bloke's fallen off the step ladder in the warehouse he banged his head on the floor", "he's awake but there's a lump on the back of his head", 'he says his neck hurts, the lads want to sit him up on a chair is that alright')
    expect(last(fall).text).not.toMatch(/stay in her seat|Hazard lights/)
    const pen = await call('my colleague she eat a cake and she have allergy to peanut, her lips is very big now', 'she have difficulty to breathe, she is making noise when she breathe, she have the epipen',
      'ok i give it, five minutes and she is still very bad, she want to stand up and go to toilet')
    expect(pen[1]?.text).toMatch(/^Use it now/)
    expect(last(pen).text).toMatch(/don't let them stand or walk/)
  })
})

describe("review 98's leftovers", () => {
  it('gets a caller cut in an acid spill out of the room before anything else', async () => {
    const spill = await call("i've dropped a winchester of hydrochloric acid in the prep room and it smashed and i've cut my hand on the glass, it's bleeding quite a lot")
    expect(spill[0]?.sources).toEqual(['spill-cut'])
    expect(spill[0]?.text).toMatch(/^Get away from the spill first: out of the room/)
    expect(spill[0]?.text).not.toMatch(/where you are/)
  })
})

describe('a caller who cannot do what is asked (review 103)', () => {
  it('adapts choking help to a rescuer in a wheelchair, and treats a weak cough turning colour as stuck', async () => {
    const choke = await call('my colleague is choking on her sandwich in the staff room she cant talk shes holding her throat', 'im in a wheelchair i cant get up to stand behind her to do the squeezing thing',
      'shes still coughing a bit but its weak now and shes going a funny colour', 'shes bent over the table i managed to hit her back a few times but nothing came out')
    expect(choke[1]?.text).toMatch(/^From where you are: five sharp back blows/)
    expect(choke[2]?.text).toMatch(/^A weak cough or a colour change means it's stuck/)
    for (const r of choke) expect(r.text).not.toMatch(/No slaps yet|Only if they can't cough|emergency stop|Don't move them/)
  })

  it('tells a pregnant rescuer CPR is safe and to stop if faint, and a faint rescuer to stop before falling', async () => {
    const cpr = await call("my manager just collapsed in the office, hes not breathing", 'im 34 weeks pregnant can i still do cpr on him is it safe for the baby', 'my back is killing me and i feel faint')
    expect(cpr[1]?.text).toMatch(/^Yes, it's safe to keep going/)
    expect(cpr[1]?.text).not.toMatch(/Keep her on her left side|For a child/)
    expect(last(cpr).text).toMatch(/^If you're faint, stop before you fall/)
  })

  it('reads a leak with two men down as bad air, and opens a pen for stiff hands', async () => {
    const leak = await call('theres been a leak of something in the mixing room at apex coatings two lads are down')
    expect(leak[0]?.text).toMatch(/^Get out of the gas\. Don't go in after them/)
    const pen = await call("she's ate somethin wi nuts an her face is aw swellin up", "she's got wan o they pens in her bag but ah've got bad arthritis in ma hauns ah cannae get the lid aff", 'right ah got the blue bit aff wi ma teeth, whit end dae ah press')
    expect(pen[1]?.text).toMatch(/^Pull the blue cap straight off with your teeth/)
    expect(last(pen).text).toMatch(/Orange end hard against the outside of the thigh/)
  })

  it('treats a wrist cut on a glass panel as an accident, and shows a tiring lone caller how to keep the pressure on', async () => {
    const wrist = await call("i've cut my wrist really badly on a broken glass panel in the stockroom at the back of boots, its pumping out", 'i cant hold it anymore my hand is slipping')
    expect(wrist[0]?.sources).not.toContain('crisis-keep-safe')
    expect(wrist[0]?.text).not.toMatch(/edge/)
    expect(last(wrist).text).toMatch(/^Lie down and press the wound hard against your thigh or the floor/)
    expect(classify('he says he wants to cut his wrists').hazards).toContain('suicide_risk')
  })

  it('gets a rescuer off a ladder before anything, sends a newcomer for the defibrillator, and guides a helper who can kneel', async () => {
    const ladder = await call('im up a ladder in the barn my workmate has just fallen off the other ladder and hes on the concrete', 'should i jump down the last bit to get to him quicker')
    expect(ladder[0]?.text).toMatch(/^You first: hold on with both hands/)
    expect(last(ladder).text).toMatch(/^No, don't jump/)
    const gym = await call("a client has collapsed on the treadmill and isnt breathing", 'ive started cpr, theres a defibrillator on the wall by reception but thats two floors down', 'ok someone just walked in the door a member, what do i tell them')
    expect(last(gym).text).toMatch(/^Send them for the defibrillator now/)
    expect(last(gym).text).not.toMatch(/Door A/)
    const hall = await call('a man has collapsed on the floor at the coffee morning', 'hes breathing but very noisy snoring like and he wont wake up', 'im 78 and ive got two new knees i cant get down on the floor, is there anything i can do from the chair',
      'theres a young lad here now from the kitchen he can get down, what does he do')
    expect(hall[2]?.text).toMatch(/^Then stay close in the chair/)
    expect(last(hall).text).toMatch(/^They kneel beside them, roll them onto their side/)
    expect(last(hall).text).not.toMatch(/the kitchen/)
    expect(classify('someone fell from the mezzanine').location).toBe('mezzanine')
  })
})

describe('logistics and the road (review 104) and the blind re-grade of 101 and 102', () => {
  it('leaves a gurgling rider\'s helmet on and rolls him, and gets a shaken driver off the road', async () => {
    const bike = await call("one of our company vans has gone into a motorbike at the junction, the bikers on the floor and he's not moving",
      "he's breathing i think, he's making a snoring gurgly noise. he's still got his helmet on, should i take it off him so he can breathe better",
      "our driver's standing here shaking and his nose is bleeding from the airbag but he says he's fine, he's in the way of the traffic")
    expect(bike[1]?.text).toMatch(/^Leave the helmet on\. Noisy breathing: roll them onto their side/)
    expect(bike[1]?.text).not.toMatch(/tilt the head back/)
    expect(last(bike).text).toMatch(/^Get them off the road onto the verge or pavement now/)
  })

  it('puts the airway before the neck, gets a floppy resident out of the chair for CPR, and gets cleaners out of a gassed toilet', async () => {
    const roof = await call("my mate's gone through a cement sheet roof on a barn, dropped about five metre onto concrete", "he's not answering me, he's breathing but it sounds funny, his eyes are shut",
      "i don't want to move him cos of his neck like, is it alright to leave him on his back")
    expect(last(roof).text).toMatch(/^The airway comes first/)
    const chair = await call("one of our residents is choking on her lunch, she's 88", "oh god she's gone floppy in the chair, she's not responding to me")
    expect(last(chair).text).toMatch(/out of the chair/)
    const bleach = await call('my friend she mix the bleach with the toilet cleaner in the bucket and now big smell', 'we are still in the toilet room, it is small room, should i pour water in the bucket to make it weak')
    expect(last(bleach).text).toMatch(/^No, leave it\. Get out of that room now/)
    const ammonia = await call("there's an ammonia leak in the cold store, one of the fitters is still in the engine room we cant see him")
    expect(ammonia[0]?.text).not.toMatch(/leave it/)
  })

  it('keeps a numb scaffolder hanging in his harness moving, not still for his spine', async () => {
    const harness = await call('a scaffolder is hanging in his harness from the scaffold, he fall', 'he is hanging maybe ten minutes, he says his legs are numb and he feel dizzy, we cannot reach him easy')
    expect(last(harness).text).not.toMatch(/don't let them move at all/)
    expect(last(harness).text).toMatch(/Get his legs moving/)
  })
})

describe('phrases that read as one word per alternative', () => {
  it('hears "plaster and GP tomorrow" after a hydraulic injection, and "halfway down" the ladder', async () => {
    const jet = await call("i've got a hydraulic hose that burst at the garage and it's put a tiny hole in my finger", "my boss says just stick a plaster on it and see the gp tomorrow, that's fine yeah?")
    expect(last(jet).text).toMatch(/^That's a high-pressure injection/)
    const tank = await call('a lad went down into the vat and collapsed at the bottom', "his brother's already halfway down the ladder after him")
    expect(last(tank).text).toMatch(/Shout to him to climb straight back up now/)
  })
})

describe('the first minute (review 105)', () => {
  it('gives a limp nursery baby infant CPR, not a birth, and an adult who breathes "once in a while" CPR', async () => {
    const baby = await call("the baby's not breathing, oh god, the baby", "she's nine months, she was having her bottle in the baby room and just went floppy")
    expect(last(baby).text).toMatch(/^Baby face up on something firm\. Five gentle breaths/)
    expect(last(baby).text).not.toMatch(/cord|delivered|born/)
    const gasps = await call("my colleague's on the floor, she's not answering me", "i've turned her over, her eyes are open but she's not really breathing, just sort of once in a while")
    expect(last(gasps).text).toMatch(/^Start CPR now/)
  })

  it('starts CPR for a "fainted" supervisor whose chest is still, and for a choker who falls and will not wake', async () => {
    const faint = await call('hello, my supervisor has fainted, he just fell down in the stock room', 'his chest is not moving, his lips are going grey. should i sit him up so he can breathe')
    expect(last(faint).text).toMatch(/^No, don't sit them up/)
    expect(last(faint).text).toMatch(/Start CPR now/)
    expect(last(faint).text).not.toMatch(/hold it still/)
    const choke = await call('please, he is choke, he eat sandwich and now he cannot speak', 'now he is fall down, he is not wake up')
    expect(last(choke).text).toMatch(/^Start CPR now/)
  })

  it('answers "fetch the defib or stay", and does not stand down a chest "muscle" he says is nothin', async () => {
    const defib = await call("help he's not breathin, he went doon by the racking", "there's a defib on the wall by the office should a gan and get it or stay with him")
    expect(last(defib).text).toMatch(/^If someone else is there, they push while you fetch it/)
    const chest = last(await call("big davie's pulled a muscle in his chest liftin scaffold poles, he's sat doon, says it's nothin"))
    expect(chest.text).not.toMatch(/^Understood, thanks for telling me/)
  })

  it('tells the eyewash how long for caustic, once, and gets soaked overalls off', async () => {
    const eye = await call("something's splashed in his eyes, he's screamin", "it's the caustic stuff, sodium hydroxide, from the tank cleanin",
      'there\'s an eyewash station, how long should he rinse for, he keeps tryin to stop', "it's got on his overalls an all, it's soakin through on his chest")
    expect(eye[2]?.text).toMatch(/^At least twenty minutes, lids held open/)
    expect(eye[2]?.text).not.toMatch(/fifteen minutes/)
    expect(last(eye).text).toMatch(/^Get them off now, under the water/)
  })
})

describe('after the emergency (review 106)', () => {
  it('keeps a fallen farmer out of the Land Rover and a stung caller out of her car', async () => {
    const farm = await call('my dad fell off the back of the trailer about two metres onto the concrete yard, hes lying on his back, says his back really hurts',
      'the ambulance said it could be an hour, shall i just put him in the back of the land rover and drive him in')
    expect(last(farm).text).toMatch(/^No: moving them could make a head, neck or back injury worse/)
    const sting = await call("im phoning for myself, i got stung by a wasp on my neck about 15 minutes ago and im covered in itchy hives",
      "the hives are going down a bit, my breathing's fine, can i just drive myself to the walk in centre instead of waiting")
    expect(last(sting).text).toMatch(/^No driving: a reaction can get worse fast/)
  })

  it('lets a choker whose food is out have sips, and keeps the presser on a thigh bleed', async () => {
    const out = await call('one of the kitchen staff choked on a piece of meat, i did back blows and then abdominal thrusts and it came out, he can breathe now', 'can he have a drink of water to wash it down')
    expect(last(out).text).toMatch(/^It's out, so no more blows or thrusts/)
    expect(last(out).text).not.toMatch(/Five sharp back blows/)
    const stuck = await call("one of the lads is choking on his sandwich, he can't talk", "i've hit him on the back five times and it's not come out", 'somebody says give him some water to wash it down')
    expect(last(stuck).text).toMatch(/^No water: it can't get past/)
    const thigh = await call('a worker cut his thigh with an angle grinder, its bleeding loads, im pressing hard on it with a clean towel',
      'i need to go out to the gate to show the ambulance where we are, can i leave him on his own for a minute')
    expect(last(thigh).text).toMatch(/^No: don't let go or leave them/)
  })

  it('hears a pressed thigh bleed who is cold and thirsty as shock: keep pressing, not move him somewhere warm', async () => {
    const thigh = await call('a worker cut his thigh with an angle grinder, its bleeding loads, im pressing hard on it with a clean towel', 'hes saying hes cold and thirsty and wants some water')
    expect(last(thigh).text).toMatch(/press harder|keep the pressure on the wound/)
    expect(last(thigh).text).not.toMatch(/out of the cold and wind/)
  })

  it('speaks to a caller who says she is phoning for herself as the casualty, though a colleague is with her', async () => {
    const hives = await call("hi im phoning for myself, im at work in the lab, i got stung by a wasp on my neck and im covered in itchy hives, my colleague called you and i've taken an antihistamine",
      'ok, i feel a bit lightheaded actually and my tongue feels a bit thick')
    expect(last(hives).text).toMatch(/^That's serious: I'm telling the crew\. Lie down now with your legs up, or sit if breathing is hard; don't stand\. Your pen now/)
    expect(last(hives).text).not.toMatch(/If they have|Lie them down/)
  })

  it('tells an improving casualty to stay put, keeps the second pen for a relapse, and escalates a head injury that gets harder to wake', async () => {
    const pen = await call('my colleague ate a cereal bar with nuts and her lips swelled up and she was wheezing, she used her epipen in her thigh about five minutes ago',
      'shes breathing much easier now and the swelling is going down, she says she feels fine, can i cancel it', 'she wants to go and lie down on the sofa in the staff room, is that ok')
    expect(pen[1]?.text).not.toMatch(/Second pen now|The second now/)
    expect(last(pen).text).toMatch(/^No: lie them down with their legs raised and don't let them stand or walk/)
    const head = await call('a lad got hit on the head by a falling bit of scaffold pole, he was knocked out for maybe a few seconds, hes awake now', 'hes getting harder to wake up now, he only opens his eyes when i shout at him')
    expect(last(head).text).toMatch(/^They're getting worse: I'm telling the crew now/)
  })
})

describe('the blind re-grade of review 103', () => {
  it('coaches a first-timer\'s hands, keeps a lone rescuer pushing when the defib is two floors down, and cools a burn with bottled water', async () => {
    const first = await call('my colleague just fell down by the lifts, hes not breathing, his lips are going blue, im on my own', 'i never done cpr before, ok im pushing on his chest now is that right')
    expect(last(first).text).toMatch(/^Heel of one hand in the middle of the chest/)
    const gym = await call('a client has collapsed on the treadmill and isnt breathing', 'ive started cpr, theres a defibrillator on the wall by reception but thats two floors down and im alone up here', 'should i leave him and run and get it or keep pushing')
    expect(last(gym).text).toMatch(/^Don't leave them: keep pushing and shout for help/)
    const steam = await call('my friend he burn with steam, big pipe in kitchen, his arm and his chest', 'we have cold water in bottle and also ice in freezer, i put ice on him yes?')
    expect(last(steam).text).toMatch(/^No ice or creams\. Yes, use the bottled water/)
  })

  it('has the caller give the pen when the casualty shakes too much to hold it', async () => {
    const pen = await call("ma pal at the bakery's took a bad turn, she's ate somethin wi nuts an her face is aw swellin up", "she's got wan o they pens in her bag",
      "she's wheezin somethin terrible noo an she cannae haud it hersel she's shakin too much")
    expect(last(pen).text).toMatch(/^You give it for them now: blue cap off/)
  })

  it('keeps a seated rescuer alternating the table edge and back blows, and a carer whose resident sits in a wheelchair on thrusts', async () => {
    const seated = await call('my colleague is choking on her sandwich in the staff room she cant talk', 'im in a wheelchair i cant get up to stand behind her to do the squeezing thing',
      'shes bent over the table i managed to hit her back a few times but nothing came out')
    expect(last(seated).text).toMatch(/^Have them throw their upper belly hard against the table edge/)
    const carer = await call('one of our residents is choking on her lunch', "she can't talk, she's going red, she's in her wheelchair", "i've done five back blows, nothing's come out, she's still choking")
    expect(last(carer).text).toMatch(/five abdominal thrusts/)
  })

  it('does not put an arm tourniquet on a trapped caller\'s leg cut he cannot reach', async () => {
    const leg = await call('a pallet of tiles came off the racking at the warehouse its landed on me my right arm is stuck under it',
      'theres a big cut on my leg its bleeding quite a lot, i cant reach it with my good hand the pallet wont let me twist round')
    expect(last(leg).text).not.toMatch(/upper arm/)
    expect(last(leg).text).toMatch(/^If you can't reach the cut, push a coat or bag under it/)
  })
})

describe('open HIGH turns of reviews 98, 104 and 106', () => {
  it('gives a confused diabetic who hit his head sugar, not nothing to eat or drink', async () => {
    const hypo = await call("our driver's type 1 diabetic and he's went all shaky and confused and he's fell and banged his head on the edge of the loading bay", 'royal mail delivery office on fenwick street')
    expect(hypo[0]?.text).toMatch(/^Keep them still, head and neck in line\. If they're awake and can swallow, give something sugary now/)
    expect(hypo.map((r) => r.text).join(' ')).not.toMatch(/nothing to eat or drink/)
  })

  it('keeps everyone out of a flooded basement with a live lead in it: no broom from the water', async () => {
    const flood = await call("the basement's flooded and the cleaner's lying in the water not moving, there's an extension lead in the water", "it's the basement of the co-op on high street")
    expect(flood[0]?.text).toMatch(/^Don't go into the water or touch them: it may be live/)
    expect(last(flood).text).toMatch(/^If you can't cut it, nobody goes in or reaches in/)
    expect(flood.map((r) => r.text).join(' ')).not.toMatch(/broom/)
  })

  it('lies a faint casualty down with the pen line when a reaction turns light-headed, not the pen alone', async () => {
    const faint = await call('one of the lads got stung on the neck by a wasp and his face is swelling up', 'he says he feels dizzy and faint now')
    expect(last(faint).text).toMatch(/^That's serious: I'm telling the crew\. Lie them down, legs raised/)
    expect(last(faint).urgency).toBe('CRITICAL')
    // Once the pen is in, faintness is the reaction coming back or the second pen: other lines answer it.
    const afterPen = await call('she ate a nut and her throat is swelling', 'we did it in her thigh about five minutes ago, she was a bit better but now her throat is getting tight again and she feels faint')
    expect(last(afterPen).text).not.toMatch(/That's serious: I'm telling the crew/)
  })

  it('keeps a docker who breathed in water from going home', async () => {
    const dock = await call("we've just pulled a lad out of the water at the dock, he fell between the quay and the ship, he was in there a few minutes",
      "he's coughing a lot and he's spewing water up, he's saying he's alright now and he doesnt want an ambulance, he wants to just go home and get changed")
    expect(last(dock).text).toMatch(/^Hospital, not home: anyone who breathed in water and is coughing can get worse over hours/)
    const reservoir = await call('im on my own, i fell in the reservoir and climbed out, im soaked and freezing', 'i might just lie down in the grass for a bit and rest until i warm up')
    expect(last(reservoir).text).not.toMatch(/hospital, not home/i)
  })
})

describe('the read-back of a corrected building (review 95)', () => {
  it('sends help to the freezer at the chilled warehouse once the caller corrects the main one', async () => {
    const freezer = await call("we've found someone collapsed, we're in the main warehouse at brookfield foods",
      "no wait sorry it's not the main warehouse its the other one, the chilled one across the yard, hes been in the freezer the door was stuck")
    expect(last(freezer).text).toMatch(/Help is being alerted to the freezer at the chilled warehouse\./)
    const bay = await call("we've got a driver whos got his foot crushed in the dock leveller at bay 14",
      'its at the distribution centre on junction 10, DC1, no sorry sorry its the other warehouse DC2, the ambient one, bay 14')
    expect(last(bay).text).toMatch(/Help is being alerted to Bay 14 at the ambient warehouse\./)
  })
})

describe('weather and the elements at work (review 107)', () => {
  it('hears dry hot skin with no sweat as heat stroke, and a long wade in floodwater as the cold', async () => {
    const glasshouse = await call('hello please my friend she fall down in the greenhouse very hot today she is shaking', 'she is hot very hot the skin is dry no sweat. she not answer me good she say strange words')
    expect(last(glasshouse).sources.join(',')).toMatch(/heat/)
    const trench = await call('the trench flooded after the storm and one of the lads was stuck down in it up to his chest for about forty minutes we just got him out',
      'hes shaking like mad and hes slurring his words his lips are blue. hes soaking wet and its about four degrees out')
    expect(trench[0]?.text).toMatch(/^Get them out of the cold and wind/)
    // Slurring beside the cold is the cold, not a stroke: no "note the time it started".
    expect(last(trench).text).not.toMatch(/Note the time it started/)
    expect(last(trench).sources.join(',')).not.toMatch(/stroke/)
  })

  it('keeps people out of floodwater with the electrics in it, rubber boots or a switch off upstairs', async () => {
    const flood = ['theres a flash flood come through the underground car park and one of the maintenance blokes is down in the plant room and hes collapsed',
      'waters about knee deep and rising the switchboards down there and the lights are flickering']
    expect(last(await call(...flood)).text).toMatch(/^Keep everyone out of the water: with the electrics in it, it may be live/)
    expect(last(await call(...flood, 'can i just run down with my rubber boots on and grab him')).text).toMatch(/^No: rubber boots won't protect you in live water/)
    expect(last(await call(...flood, 'someones flicked the main switch off upstairs, everythings gone dark down there now can we go in')).text).toMatch(/^Not yet: even with a switch off/)
    // A shock casualty on a dry floor with the breaker off is reached: no "not yet".
    expect(last(await call('a lad got a shock off the drill and hes lying on the workshop floor', 'weve switched it off at the breaker, can we go to him now')).text).not.toMatch(/Not yet/)
  })

  it('treats power cables down across a road as live, and steps back when the fire crew say so', async () => {
    const tree = ['a trees come down on a van on the a38 theres a bloke trapped inside', 'his legs are stuck and theres blood coming off his head. i think theres power cables down across the road as well']
    expect(last(await call(...tree)).text).toMatch(/^Stay at least 18 metres back/)
    expect(last(await call(...tree, 'fire engines here now theyre shouting at us to get back')).text).toMatch(/^Do what they tell you: step back now/)
  })

  it('keeps a grass fire\'s crew off the road past it, and a recovered worker out of the heat', async () => {
    const grass = await call('weve got a grass fire coming at our construction site, the winds pushing it straight at us', 'should we get everyone in the site sheds or all drive out, the only road goes right past the fire')
    expect(last(grass).text).toMatch(/^Don't drive past the fire or into thick smoke\. Shelter in the most solid building/)
    const pour = await call('at the foundry one worker is very dizzy, very hot today, he say he going to pass out', 'he drink some gatorade he feel better now. he say he want to go back out and finish the pour')
    expect(last(pour).text).toMatch(/^No: not back into the heat today/)
    expect(last(pour).text).not.toMatch(/Yard 1/)
  })
})

describe('roads, vehicles and machines in review 107', () => {
  it('reads County Road 12 as where the farm is, a truck into a pickup as a crash, and refuses a tractor on a fallen beam', async () => {
    const barn = await call('the roof on our heifer barn just caved in from all the snow our hired man went down with it were on county road twelve outside alexandria minnesota',
      'my husbands getting the tractor with the loader to lift the beam off him')
    expect(barn[0]?.text).toMatch(/Help is being alerted to the roof on County Road 12\./)
    expect(barn[0]?.text).not.toMatch(/away from Road 12/)
    expect(last(barn).text).toMatch(/^No: a forklift, loader or tractor can drop it on them/)
    const quarry = await call('weve had a collision in thick fog on the haul road a dump truck has gone into the back of a pickup with a fitter in it')
    expect(last(quarry).sources.join(',')).toMatch(/vehicle-strike/)
    expect(last(quarry).text).not.toMatch(/Don't pull it out|Road A|moving them could make/)
  })
})

describe('a hurt caller whose colleague will drive her (review 107)', () => {
  it('still speaks to the caller as the casualty', async () => {
    const wrist = await call('i slipped on ice on the loading ramp at work and landed on my wrist', 'my colleague can drive me to a and e at jimmys is that alright or do i need an ambulance')
    expect(last(wrist).text).not.toMatch(/\bthem\b|\bthey\b/)
  })
})

describe('the blind re-grade of review 107', () => {
  it('sees a deckhand already back aboard as out of the water, and puts a heat-stroke casualty who will not wake on her side', async () => {
    const boat = await call('one of my deckhands went over the side we got him back aboard after maybe ten minutes in the water')
    expect(last(boat).text).toMatch(/^Now they're out: lay them down on their side/)
    const heat = await call('she is hot very hot the skin is dry no sweat and she collapsed, she not answer me', 'we moved her in the shade', 'she is breathing but she sleep she not open eyes')
    expect(heat.map((r) => r.text).join(' ')).toMatch(/Breathing but not waking: on their side, and keep cooling them/)
  })

  it('keeps a caller out of a flooded plant room before the electrics are named, and out of reach of a van under live cables', async () => {
    const flood = await call('theres a flash flood come through the underground car park and one of the maintenance blokes is down in the plant room and hes collapsed')
    expect(last(flood).text).toMatch(/^Don't go into the floodwater: it can hide live electrics/)
    expect(last(flood).text).not.toMatch(/start CPR/)
    const van = await call('a tree came down on a van theres a bloke trapped inside', 'theres blood coming off his head and theres power cables down across the road', 'me and another driver are gonna pull the branches off and drag him out through the window')
    expect(last(van).text).not.toMatch(/keep pressing on the wound/)
  })
})

describe('the casualty\'s known condition and kit (review 108)', () => {
  it('stops a second GTN spray that made him faint, and hears her own defibrillator firing as the heart, safe to touch', async () => {
    const gtn = await call("one of my fitters has got chest pain he's got angina and he's had a puff of his gtn spray but its not shifting",
      "right he's had the second spray under his tongue and now he's gone really dizzy and pale says he feels like he's going to pass out")
    expect(last(gtn).text).toMatch(/^No more spray: it can drop the blood pressure\. Lie them down flat now/)
    const icd = ['my coworker just jumped in her chair and screamed she says her defibrillator thing went off the one in her chest']
    expect(last(await call(...icd)).text).toMatch(/^Their own defibrillator: they're safe to touch/)
    const again = await call(...icd, 'oh my god it went off again she just got shocked again like her whole body jerked')
    expect(last(again).text).not.toMatch(/Cut the power/)
    const down = await call(...icd, "now she's slumped over and she's not answering me, i dont know if shes breathing, if i touch her will it shock me too")
    expect(last(down).text).toMatch(/^It's safe to touch them: their own device can't hurt you\. Start CPR now/)
  })

  it('refuses ibuprofen for a haemophiliac, says yes to his own factor, and to an Addison\'s emergency injection and how to mix it', async () => {
    const fall = 'ive got severe haemophilia a and i just fell off a step ladder landed on my elbow and its swelling up really fast'
    expect(last(await call(fall, 'ive got my factor eight in my bag, shall i just do it here or wait for someone')).text).toMatch(/^Yes: if you give your own factor, do it now/)
    expect(last(await call(fall, "my supervisor's saying just take some ibuprofen and strap it up tight and crack on, is ibuprofen alright for me")).text).toMatch(/^No ibuprofen or aspirin: they make bleeding worse/)
    const addisons = ["my husband's collapsed in the milking shed, he's got addisons disease and hes been vomiting all morning and now he cant get up",
      "he's got one of those steroid emergency cards it says give hydro cortisone 100 milligrams injection in the thigh, should i do it"]
    expect(last(await call(...addisons)).text).toMatch(/Yes, give it now, into the outer thigh muscle as the card says/)
    expect(last(await call(...addisons, 'its a little vial with powder and a water one do i have to mix them')).text).toMatch(/^Draw up the water, squirt it into the powder vial/)
  })

  it('puts a fainted woman eight months pregnant on her left side, and gives a neck breather his breaths through the hole', async () => {
    const pregnant = await call('one of our pickers is pregnant like eight months and she just passed out in the aisle')
    expect(last(pregnant).text).toMatch(/Breathing: roll her onto her left side/)
    const neck = ['theres a man after collapsing on the floor in the factory, hes one of the lads who breathes through the hole in his neck']
    expect((await call(...neck))[0]?.sources.join(',')).toMatch(/unconscious/)
    expect(last(await call(...neck, 'i dont think hes breathing at all, one of the lads is trying to give him the kiss of life on his mouth and pinching his nose')).text)
      .toMatch(/^They breathe through the hole in the neck: breaths go into that hole, not the mouth/)
    expect(last(await call(...neck, "he's not breathing", 'theres a little sponge filter thing stuck over the hole in his neck, like a cover, should we pull that off')).text)
      .toMatch(/^Yes: take the cover off and wipe the hole clear/)
  })

  it('sends a transplant patient with a fever to hospital, not home on the tram, and reads "sorry to bother you" as no stand-down', async () => {
    const fever = ['hi um sorry to bother you im at work, i had a kidney transplant last year and ive come over really shivery and my temperature is 38.6']
    const first = await call(...fever)
    expect(last(first).text).toMatch(/^A fever on transplant or chemo drugs can be a serious infection: you need hospital tonight/)
    expect(last(first).urgency).toBe('CRITICAL')
    expect(last(await call(...fever, 'i was just going to take a couple of panadol and get the tram home and sleep it off')).text).toMatch(/^No: with a fever on those drugs you need hospital tonight/)
    // Hay fever is no fever.
    expect(classify('he wants to put his eye drops in instead, he has them for hay fever').hazards).not.toContain('medical')
  })
})

describe('pens held and pens given, and pumps worn (review 108)', () => {
  it('hears "he\'s got his epi pen" as a pen to use, not one used, and a second pen given as no cue for another', async () => {
    const got = await call("my mate got stung by a wasp on the neck and hes allergic, hes got his epi pen and a plan card thing")
    expect(last(got).text).toMatch(/If they have an adrenaline pen, use it now/)
    const both = await call('my mate got stung and hes allergic, his face is swelling', 'we jammed it in his leg through his jeans', 'okay weve given the second one, he wants to stand up and walk over to the hut')
    expect(last(both).text).not.toMatch(/Yes: use it now/)
    expect(both[1]?.text).not.toMatch(/^Blue cap off/)
  })

  it('reads an insulin pump as kit, not an engine giving off fumes', async () => {
    const pump = await call("one of our drivers has come back off his route and he's all confused and sweaty, he's diabetic he's got one of them insulin pumps on his belly")
    expect(last(pump).text).not.toMatch(/carbon monoxide/)
    expect(last(pump).text).toMatch(/something sugary/)
  })
})

describe('swallowed, breathed in or taken at work (review 109)', () => {
  it('reads a coin battery, magnets and vape liquid as swallowed, and refuses waiting for magnets to pass', async () => {
    const battery = await call('his mum thinks hes swallowed one of them little round batteries out of a musical card', 'hes not choking hes breathing fine just crying, the flat silver one like a coin, it says cr twenty thirty two')
    expect(battery[0]?.text).toMatch(/^A swallowed button battery can burn through the food pipe/)
    expect(last(battery).text).not.toMatch(/stuck in the food pipe/)
    const magnets = ['a little girl about four has swallowed some magnets out of a pack on the shelf']
    expect(last(await call(...magnets)).text).toMatch(/^Two or more magnets can pull together through the gut/)
    expect(last(await call(...magnets, 'dad says theyll just come out the other end and he wants to take her home and keep an eye on it')).text).toMatch(/^No: with more than one magnet/)
    expect(classify('one of our toddlers was sucking on a bottle of vape juice').hazards).toContain('swallowed_chemical')
  })

  it('refuses walking off antifreeze, cold showers for a drunk, and sends a caffeine overdose to sit still, not aspirin or naloxone', async () => {
    const antifreeze = await call('my buddy drank some antifreeze it was in a gatorade bottle', 'he says he feels totally fine, my manager says let him walk it off and get back to work')
    expect(last(antifreeze).text).toMatch(/^No: this poison does its harm hours later/)
    const party = await call('one of the young lads is after drinking loads of shots and hes passed out in the jacks', 'hes very hard to wake, the lads want to put him under a cold shower and get coffee into him')
    expect(last(party).text).toMatch(/No cold shower or coffee/)
    // "Sounds drunk" in a stroke is no party.
    expect(last(await call("his smile's gone crooked on one side and he can't hold his coffee cup, he sounds drunk")).text).not.toMatch(/cold shower/)
    const caffeine = await call('i think ive had way too much caffeine my heart is going crazy fast', 'i took some no doz tablets like six of them and three of the big monster cans')
    expect(caffeine.map((r) => r.text).join(' ')).not.toMatch(/aspirin|naloxone/)
    expect(caffeine[0]?.text).toMatch(/^Too much caffeine can upset the heart's rhythm/)
  })

  it('reads a generator in a cabin with men out of it as carbon monoxide, and CPR once a tank casualty is winched out grey', async () => {
    expect(classify('they had the generator running just inside the door cause of the cold and theyre both really out of it').hazards).toContain('carbon_monoxide')
    const tank = await call('we got a guy down inside a tank we were cleaning out, hes not moving', 'ok the guys cranked him out on the tripod, hes grey and im not sure hes breathing')
    expect(last(tank).text).toMatch(/start CPR now/)
    expect(last(tank).text).not.toMatch(/Only if their harness is already clipped/)
    expect(classify('she crushed them up in her drink').hazards).not.toContain('crush')
  })
})

describe('the blind re-grade of review 108', () => {
  it('keeps CPR going when a chest moves "a tiny bit", and does not press the shock button again once shocked', async () => {
    const neck = await call("a man collapsed, he breathes through the hole in his neck", "he's not breathing", 'we wiped the hole out and his chest is moving a tiny bit now')
    expect(last(neck).sources.join(',')).toMatch(/cpr/)
    const shocked = await call("he's collapsed and he's not breathing", 'the machine said shock advised and we shocked him, hes still not breathing what do we do now')
    expect(last(shocked).text).not.toMatch(/press the shock button/)
    expect(last(shocked).text).toMatch(/^Start pushing on the chest again straight away/)
  })
})

describe('the blind re-grade of review 109', () => {
  it('tells a caffeine overdose to take nothing more, not to use an inhaler or pen, and a floppy poisoned toddler goes on her side', async () => {
    const caffeine = await call('i think ive had way too much caffeine my heart is going crazy fast', 'i took some no doz tablets like six of them and three of the big monster cans')
    expect(last(caffeine).text).toMatch(/^That's a lot of caffeine: take nothing more/)
    expect(last(caffeine).text).not.toMatch(/adrenaline pen/)
    const toddler = await call('a toddler was sucking on a bottle of vape juice', 'shes gone really sleepy and kind of floppy and shes sweaty and pale')
    expect(last(toddler).text).toMatch(/breathing, roll them onto their side; not breathing normally, start CPR/)
  })
})

describe('older workers, volunteers and visitors (review 110)', () => {
  it('keeps a breathless woman with swollen legs and pink froth sitting up, not flat with legs raised, and never an adrenaline pen', async () => {
    const hf = ['my colleague she is cleaner she cannot breathe good, she is sixty nine years',
      'she sit on the chair and she is making noise like bubbles when she breathe. she say she cannot lie down because then no air, she tell me before she sleep with three pillows',
      'her legs are very big swollen. she have tablets for the heart and for the water i think, and the lips is little bit blue colour']
    const third = await call(...hf)
    expect(last(third).text).toMatch(/That sounds like fluid on the lungs: keep them sitting upright, legs down/)
    expect(last(third).text).not.toMatch(/adrenaline pen/)
    expect(last(await call(...hf, 'my manager say we put her on the floor flat with the legs up, is good? the spit is pink with foam')).text).toMatch(/^No: keep them sitting upright with legs down/)
  })

  it('hears an infected cut with red streaks and shivering as sepsis, not heat stroke', async () => {
    const sepsis = await call('its my dad hes seventy six, he cut his hand on barbed wire fencing on tuesday and now hes not right at all',
      'the hand is all swollen and theres red streaks going up his arm. hes shaking with the cold but hes roasting to touch, and hes very confused')
    expect(last(sepsis).text).toMatch(/can be sepsis/)
    expect(last(sepsis).text).not.toMatch(/heat stroke|Cold water all over/)
  })

  it('reads the cold on an older person, "no trouble breathing" as none, a nurse as no ambulance, and tea refused in a stroke', async () => {
    expect(classify('an older guy wandering around the truck yard in his slippers and pajamas, its like minus eighteen out here').hazards).toContain('hypothermia')
    expect(classify("shes breathing but shes real cold to touch and shes mumbling").hazards).toContain('hypothermia')
    const bee = await call('one of our tour group just got stung by a bee on her hand', 'shes fine in herself no trouble breathing, just a red lump')
    expect(last(bee).text).not.toMatch(/adrenaline pen, use it now/)
    const cleaner = await call('one of our residents with dementia just drank some of the cleaning solution off the housekeeping cart',
      'shes getting kind of hoarse now and her breathing sounds a little noisy. the nurse is here, she wants to know is the ambulance coming')
    expect(last(cleaner).text).toMatch(/^The throat may be burnt and can swell/)
    expect(last(cleaner).text).not.toMatch(/help is with you now|help is here\./)
    const stroke = await call('one of our volunteer guides, his face has dropped down on one side', 'the station master says he just needs a lie down in the brake van, and someones brought him a cup of tea')
    expect(last(stroke).text).toMatch(/nothing to eat or drink[\s\S]*don't let them lie down and sleep it off/)
  })
})

describe('a long lie getting drowsier (review 110)', () => {
  it('escalates slower words and drowsiness after a fall with a possible head knock', async () => {
    const lie = await call("shes 78 and weve just found her on the floor in the stock room, shes been there since ten this morning",
      "shes awake but her hip hurts and she cant remember if she hit her head",
      'shes saying shes feeling drowsy and her words are coming out slower than before')
    expect(last(lie).text).toMatch(/They're getting worse: I'm telling the crew now/)
  })
})

describe('the blind re-grade of review 110', () => {
  it('keeps an older woman with a hurt hip where she lies, covered, with no painkillers or trip to the toilet', async () => {
    const hip = await call("an older lady slipped over on the wet tiles at the garden centre, she cant get up",
      "shes about 85, shes got really bad pain in her right hip, her leg looks like its turned out and a bit shorter",
      "shes shivering a bit on the floor now and asking for painkillers, weve got panadol in the staff room")
    expect(last(hip).text).toMatch(/^Keep them where they are with that hip: cover them/)
    expect(last(hip).text).not.toMatch(/get them into shelter/)
    const alone = await call("i slipped on the loading ramp and i think ive done my hip, i cant get up", "it's baltic out here and I'm lying on wet concrete")
    expect(last(alone).text).toMatch(/^Stay where you are with that hip/)
  })
})

describe('a broad everyday mix, told messily (review 111)', () => {
  it('refuses insulin for a low, a lie-down called a migraine, and a drive to a clinic after a 600 volt shock with a fluttering chest', async () => {
    const low = await call('one of our drivers is all over the place, hes diabetic, his sugar is low', 'hes sitting in the smoko room he can still talk sort of should we give him some of his insulin his pens in the truck')
    expect(last(low).text).toMatch(/^No insulin/)
    const stroke = await call('her face has dropped on one side and her arm is weak', 'her manager says she gets migraines and itll just be one of those and we should let her lie down in the quiet room')
    expect(last(stroke).text).toMatch(/don't let them lie down and sleep it off/)
    const shock = await call('one of our electricians got a shock off a 600 volt panel it threw him back and hes on the ground', 'now he says his chest feels kind of fluttery and his arm is numb the foreman says just have someone drive him to the walk in clinic')
    expect(last(shock).text).toMatch(/^No: after a shock like that, a fluttering chest can mean the heart is affected/)
  })
})

describe('a bleeding caller who asks whether to look (review 111)', () => {
  it('hears "don\'t lift it to look" though he also asks to drive', async () => {
    const glass = await call('ive cut my forearm on a pane of glass its bleeding a lot, ive got a rag on it',
      'its kind of pumping when i take the rag off should i keep it on or have a look at it and can i just drive myself to the hospital')
    expect(last(glass).text).toMatch(/No: don't lift it to look/)
  })
})

describe('the blind re-grade of review 111', () => {
  it('refuses a bleeding lone caller his drive, turns soaked-through and light-headed into a tourniquet, and keeps a diabetic with chest pain off sugar', async () => {
    const glass = ['ive cut my arm pretty bad on a sheet of glass at work its deep on the inside of me forearm near the wrist']
    expect(last(await call(...glass, 'its kind of pumping when i take the rag off should i keep it on or have a look at it and can i just drive myself to the hospital')).text).toMatch(/No driving: you could pass out/)
    expect(last(await call(...glass, 'the rags soaked right through now and im feeling a bit light headed')).text).toMatch(/a tourniquet or tight belt above the wound now/)
    const heart = await call('our foreman has a pain in his chest he says it started when he was walking up from the excavation',
      'hes 58 he has sugar diabetes and high blood pressure hes saying the pain is going to his left arm and hes sweating a lot')
    expect(last(heart).text).not.toMatch(/something sugary/)
  })
})

describe('the caller is in danger too (review 112)', () => {
  it('reads a misheard ammonia leak, a stabbing of "my boss", and a bull\'s knock', async () => {
    expect(classify('theres a monia leak at the cold storage plant').hazards).toContain('gas_leak')
    expect(classify('a guy just stabbed my boss with a knife and hes still in the shop').hazards).toContain('violence')
    expect(classify('my father was knocked by the bull in the field and hes lying in the grass').hazards).toContain('injury')
  })

  it('keeps a caller inside a stuck lift, out of a cracking trench, off a motorway lane, and ahead of the tide', async () => {
    const lift = await call("were stuck in the elevator between floors and this older man with me is clutching his chest",
      'im gonna try and climb out through the gap and go get help i think i can fit')
    expect(last(lift).text).toMatch(/No: don't climb out of a stuck lift/)
    expect(last(await call('we got a trench collapse, my buddys buried up to his chest and im down in the trench with him',
      'theres a crack running along the other wall now and little bits keep falling in')).text).toMatch(/Get out of the trench now: that wall can bury you both/)
    expect(last(await call('on the m1 hard shoulder a car has gone into the back of a recovery truck and the driver is lying on the hard shoulder',
      'i was gonna put my warning triangle out behind the truck')).text).toMatch(/On a motorway, no triangle/)
    const slip = await call('a fisherman slipped down the slipway onto the rocks and i think hes broken his leg', 'ive climbed down to him, the tides coming in quick')
    expect(last(slip).text).toMatch(/^(?:The tide comes first|Yes, move them now, before the water reaches them)/)
    // A tail lift, a lift of the verb, and water in a drowned man's lungs are none of these.
    expect(last(await call('his foot is trapped under the tail lift on the wagon', 'should we cut his boot off to get his foot out')).text).not.toMatch(/stuck lift/)
    expect(last(await call('we pulled a lad out of the canal hes not breathing, im doing cpr', "there's canal water coming up out of him")).text).not.toMatch(/tide/)
  })

  it('tells a caller standing in a caustic spill to get out of it too, and a pressed lift alarm is no fire alarm', async () => {
    expect(last(await call('a drum of caustic soda split and splashed all up my mates arm', "its all round my boots and my socks feel kinda wet")).text).toMatch(/And you: step out of the spill now/)
    expect(classify('i pressed the alarm button and nobody answered').hazards).not.toContain('alarm')
    const lift = await call('were stuck in the elevator between floors and this older man with me is clutching his chest', 'the elevator just dropped like a few inches and made a bang, im still inside')
    expect(last(lift).text).not.toMatch(/second blast/)
  })
})

describe('the caller in danger too, second pass (review 112)', () => {
  it('puts the caller first in thickening smoke, off a moving forklift\'s path, inside a van from a loose dog, and down off a swaying scaffold', async () => {
    expect(last(await call('theres smoke coming down the corridor and my colleague has collapsed by the lifts, im kneeling next to him',
      'hes making a snoring noise but he wont wake up. the smokes getting thicker its at head height now and my eyes are stinging')).text).toMatch(/^The smoke comes first/)
    expect(last(await call('a forklift just hit one of our pickers and its still going with the driver slumped',
      'i could jump on the back and turn the key off, its about to reach the end of the racking where im standing')).text).toMatch(/^No: get out of its path now/)
    expect(last(await call('my partner he was bite by big dog on the arm and the dog is still outside', 'the dog is walking around the van and barking at the door',
      'i want to go out and get the first aid kit from the back of the van')).text).toMatch(/^No: stay in the van with the doors shut while the dog's loose/)
    expect(last(await call('my workmate has fallen off the top lift of the scaffold onto the level below', 'the winds picking up and the whole scaffolds swaying side to side')).text).toMatch(/^Get yourself down now if you can do it safely/)
  })
})

describe('the blind re-grade of review 112', () => {
  it('tells a caller digging in a collapsed trench to get out from the first turn', async () => {
    const trench = await call('we got a trench collapse on a sewer job, my buddys buried up to his chest and im down in the trench with him')
    expect(last(trench).text).toMatch(/^Get out of the trench now: that wall can bury you both/)
  })

  it('gets a caller out of live water, and moves on to CPR once the main switch is pulled', async () => {
    const water = await call('my mate got a shock off an extension lead lying in the flooded basement, hes on the floor', 'im stood in the puddle as well and my legs are tingling')
    expect(last(water).text).toMatch(/get out of the water now, small shuffling steps/)
    const cpr = await call('he got a shock from the lead in the puddle and hes not breathing', 'we pulled the main switch at the board, its off now')
    expect(last(cpr).text).toMatch(/push hard and fast/)
    expect(last(cpr).text).not.toMatch(/Cut it at the switch/)
  })

  it('keeps a caller away from someone down in a toxic gas, moves him on when it reaches him, and out of a worsening leak', async () => {
    const down = await call('chlorine is leaking in the pool plant room and the attendant fell off the steps in there')
    expect(last(down).text).toMatch(/^Don't go near them in the gas/)
    expect(last(down).text).not.toMatch(/Keep them still and talk to them/)
    const drift = await call('theres an ammonia leak in the engine room, we are all out in the yard', 'the cloud is drifting over to us now and my chest is burning')
    expect(last(drift).text).toMatch(/move further away now, across the wind then upwind/)
    const worse = await call('im in the boiler house and theres a strong smell of gas, the fitter is on the floor unconscious', 'the smell is getting stronger and its hissing louder')
    expect(last(worse).text).toMatch(/^Get out now, it's getting worse/)
    // Once out, a stronger smell is no reason to send the caller anywhere.
    expect(last(await call('im in the boiler house and theres a strong smell of gas, the fitter is on the floor unconscious', 'im outside now, the smell is getting stronger')).text).not.toMatch(/Get out now/)
  })

  it('says no to going to the wounded while the attacker is still there, and yes once he has gone', async () => {
    const turns = await call('a man just stabbed my workmate in the warehouse and hes still in there, im hiding in the office',
      'shes bleeding on the floor, should i go out to her', 'i saw him run off out the gate, can i go to her now')
    expect(turns[1]?.text).toMatch(/^No: not while the attacker is still there. Stay locked in/)
    expect(last(turns).text).toMatch(/^Yes, go to them now/)
    expect(last(await call('a man attacked the driver with a bat and ran off', 'can i go and help him')).text).not.toMatch(/not while the attacker/)
  })

  it('tells a caller digging in the trench to stop and climb out, with no soil to clear from the edge', async () => {
    const dig = await call('the side of the footings caved in on a lad, im down in the trench with him', 'were digging round him with a shovel, hes buried to the waist')
    expect(last(dig).text).toMatch(/^Stop digging and climb out now/)
    expect(last(dig).text).not.toMatch(/clear soil/)
  })

  it('refuses walking a fallen man down a swaying scaffold, and tells a caller whose own feet sting to rinse them', async () => {
    const scaffold = await call('my mate fell off the top lift of the scaffold onto the boards below', 'the whole scaffolding is rocking in the wind now',
      'we are going to help him up and bring him down the ladder')
    expect(last(scaffold).text).toMatch(/^No: don't get them up or down the ladder/)
    const feet = await call('a drum of caustic soda split and splashed all over my mates face', 'hes under the safety shower now, and my feet have started to burn')
    expect(last(feet).text).toMatch(/And you: step out of the spill now/)
    expect(last(feet).text).not.toMatch(/Get them to the tap now/)
  })

  it('keeps a caller out of the field while the bull is loose, and reads a bleeding man, not a heart, once he is out', async () => {
    expect(last(await call('our stockman was trampled by a cow in the yard and hes lying there')).text).toMatch(/^Don't go in to them while that animal is loose/)
    expect(classify('dads moving his arm and calling me, ill bring the quad with me').hazards).not.toContain('cardiac')
    expect(classify('he is really ill bring him in').hazards).toContain('medical')
    const out = await call('my father was knocked down by the bull in the field', 'im going to go in to him, ill bring the tractor',
      'we got him out the gate, theres a big gash in his thigh pumping blood and hes gone very pale')
    expect(last(out).text).not.toMatch(/defibrillator|Sit them down/)
    expect(last(out).text).toMatch(/lie them flat/)
  })

  it('puts the pads on when the defibrillator comes during CPR in a smoky building, and asks no more who is getting it', async () => {
    const cpr = await call('im doing cpr on a woman in the canteen, shes not breathing', 'theres smoke coming under the kitchen door now',
      'someone fetched the defib from the lobby, its open and talking, we could carry her out the fire exit')
    expect(last(cpr).text).toMatch(/^Pads on now and do what the defibrillator says/)
    expect(last(cpr).text).not.toMatch(/Is someone getting the defibrillator\?/)
  })

  it('gets everyone out of a driverless vehicle\'s path, and a caller out of the smoke tells the wardens where the casualty is', async () => {
    const truck = await call('a telehandler just knocked a lad over in the yard and the driver has passed out, the machine is still rolling towards the gate')
    expect(last(truck).text).toMatch(/^Get yourself and everyone else out of its path now/)
    expect(last(truck).text).not.toMatch(/Stop it now/)
    const smoke = await call('theres smoke in the office and my manager collapsed by the printer, im next to her', 'ok im out on the stairs now, the wardens are here, do i tell them where she is')
    expect(last(smoke).text).toMatch(/^Yes, tell the wardens or fire crew now exactly where the casualty is/)
    expect(last(smoke).text).not.toMatch(/Check their breathing/)
  })
})

describe('a radiography source out of its camera (review 118\'s re-grade)', () => {
  it('reads a source that will not wind back as radiation, not a radiator or radiotherapy', () => {
    expect(classify("pipe yard weve been doing radiography on welds and the source wont wind back into the camera").hazards).toEqual(['radiation'])
    expect(classify('the source is stuck out').hazards).toContain('radiation')
    expect(classify('the radiator is leaking').hazards).not.toContain('radiation')
    expect(classify("she's had radiotherapy for cancer").hazards).not.toContain('radiation')
  })

  it('keeps everyone back, keeps the man who held the tube off work, and lets the dose alarm add no muster', async () => {
    const source = await call('pipe yard weve been doing radiography on welds and the source wont wind back into the camera',
      'one of the lads went over and picked up the guide tube to have a look', 'hes not hurt at all he feels fine can he just go back to work',
      'the radiographer says his dosimeter alarm went off and his hand was on the end of the tube for about a minute')
    expect(source[0]?.text).toMatch(/^Everyone back at least thirty metres from the source and the tube.*radiation protection supervisor/)
    expect(source[0]?.urgency).toBe('CRITICAL')
    expect(source[2]?.text).toMatch(/^No: keep him with you, well away from the source, and off work/)
    expect(source[2]?.text).not.toMatch(/Has anyone touched the source/)
    expect(last(source).text).not.toMatch(/muster point/)
  })
})
