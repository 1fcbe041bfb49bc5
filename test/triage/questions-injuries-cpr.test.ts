import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (injuries and resuscitation).

describe("the caller's own questions about bleeding and tourniquets (review 118)", () => {
  it('presses first before a belt, says yes once pressure fails or to a ratchet strap, and no to twine, a drip, loosening and a finger', async () => {
    const belt = await call("I've caught me leg wi' the strimmer, there's a big flap of skin hanging off and it's bleedin' like mad", "I'm on me own up the embankment", "I've took me belt off, can I tie it round")
    expect(last(belt).text).toMatch(/^Press hard first, with your hand and your weight: that works best\. Only if it still pours, pull it very tight/)
    const failing = await call('in the tile shop a big slab of porcelain slid off the rack and sliced right across his upper leg, there\'s blood spurting out, bab', "I'm pushing down on it with a bath towel and it's coming through, my mate's got his belt off, shall he do it up round his leg above the cut")
    expect(last(failing).text).toMatch(/^Yes: pressing isn't holding it, so the belt now/)
    const ratchet = await call("I'm alone in the workshop, the grinder kicked and bit into my leg just above the knee, it's pumping out through my overalls", "I'm pushing on it with my hand but it's coming through my fingers", "I've got a ratchet strap here, can I use that round my leg?")
    expect(last(ratchet).text).toMatch(/^Yes: round the limb a hand's width above the cut, not on a joint, and crank it tight/)
    const twine = await call("I'm on my own up the top field, a sheet of tin off the shed roof caught the wind and opened up my calf behind, the blood's pouring", "there's baler twine in my pocket, shall I knot it tight above the cut")
    expect(last(twine).text).toMatch(/^No: anything that thin cuts in and won't stop it/)
    const drip = await call("at the cooperage the stave saw's gone through two of the young lad's fingers, they're lying on the bench", "we've picked the fingers up, do they go in a tub packed with ice from the cold box", "it's a steady drip from the stumps, not spurting, he's holding a rag on, do I want a tourniquet on his arm")
    expect(last(drip).text).toMatch(/^No: not for a steady drip/)
    const loosen = await call("nobody else at the boatshed, the chainsaw's bucked and gouged my shin wide open, it's gushing, gert big gash it is", "I've got a windlass tourniquet from the kit here, never put one on, talk me through it", "it's on and twisted tight, it's agony, can I ease it looser")
    expect(last(loosen).text).toMatch(/^No: never loosen a tourniquet once it's on/)
    const fingertip = await call("at the fish smokery the filleting machine's took the tip of her thumb off", "it's still bleeding through the cloth, will we tie something tight round her arm to stop it")
    expect(last(fingertip).text).toMatch(/^No: not for a finger or thumb/)
    const tape = await call("I'm on me own in the carpet shop, the stanley knife's gone deep in me thigh, it's bleeding bad", "there's a roll of duct tape here, do I wrap it round and round me leg")
    expect(last(tape).text).not.toMatch(/pull it very tight/)
  })

  it('keeps a belt off a glass in the groin, the soaked towel on, and the pressure on rather than walking for a tourniquet', async () => {
    const groin = ["the big front window's come in at the greengrocer's and a shard's went into yer man's groin, it's pumping blood so it is", "someone's took their belt off, will we strap it tight up high on his thigh"]
    expect(last(await call(...groin)).text).toMatch(/^No: a belt or tourniquet can't work that high up\. Press hard around the glass/)
    const towel = await call(...groin, "the tea towel's drenched, will I lift it off and put a clean one on")
    expect(last(towel).text).toMatch(/^No: leave it on, put the clean one on top/)
    const truck = await call("there's nobody else up at the arboretum, the chainsaw's kicked back into the top of my leg and the blood's pumping out through my chaps", "I keep a tourniquet in the truck but the truck's a hundred yards off, do I go for it or keep pressing")
    expect(last(truck).text).toMatch(/^No: stay put and keep pressing/)
  })
})

describe('amputated parts, boots and impaled objects (review 118)', () => {
  it('reads a saw gone through two fingers as an amputation, and keeps the part out of the freezer, milk and ice, unscrubbed', async () => {
    expect(classify("at the cooperage the stave saw's gone through two of the young lad's fingers, they're lying on the bench").hazards).toContain('amputation')
    expect(classify("at the pasta factory one of the lassies has had her hand caught in the extruder, two of her fingers have lost their ends").hazards).toContain('amputation')
    const freezer = await call("the bandsaw in the butcher's has took the boy's thumb clean aff, he's got his hand wrapped up in his apron", "we've put the thumb in a freezer bag and stuck it in the chest freezer, is that right")
    expect(last(freezer).text).toMatch(/^No: never in the freezer; if it's in, take it out now/)
    const milk = await call("one of the steel fixers has caught his hand in the bar bender and it's sheared two of his fingers off, the machine's stopped now, la", 'we\'ve found the fingers in the rubble, should we drop them in a cup of milk')
    expect(last(milk).text).toMatch(/^No: not in milk or any liquid/)
    const ice = await call("at the cooperage the stave saw's gone through two of the young lad's fingers, they're lying on the bench", "we've picked the fingers up, do they go in a tub packed with ice from the cold box")
    expect(last(ice).text).toMatch(/^No: never straight on ice/)
    expect(last(ice).text).not.toMatch(/push hard and fast/)
    const scrub = await call("at the wheelwright's the bandsaw has had the ends of two of Dave's fingers off, they're in the sawdust somewhere", "found them, they're all mucky, should I scrub them under the tap and stick them back on him")
    expect(last(scrub).text).toMatch(/^No: don't scrub it or try to put it back/)
  })

  it('leaves the boot on a mangled foot, the gaff in, and the fork handle unsawn', async () => {
    const boot = await call("the ride-on mower's gone over the groundsman's foot and chopped the end of his boot off, his toes have come off with it", 'the toes are still in the bit of boot on the grass', 'should we get his boot off him')
    expect(last(boot).text).toMatch(/^No: leave the boot on/)
    const gaff = await call("I'm a ghillie, on my own down at the river, I've slipped on the rocks and the gaff's gone into the back of my calf, the hook's still stuck in it", "will I just pull it out, it's only in a couple of inches")
    expect(last(gaff).text).toMatch(/^No, don't pull it out/)
    const fork = await call("up the alpaca farm a lad's jumped off the hay trailer and landed on a pitchfork, a prong has gone right in his backside, my 'ansum", "the fork's still on the handle and it's waving about every time he moves, can we saw the handle off")
    expect(last(fork).text).toMatch(/^No: don't saw or snap it/)
  })
})

describe('CPR, the defibrillator and drowning (review 118)', () => {
  it('gets a driver out of his seat for CPR, keeps going through gasps, and works the defib', async () => {
    const seat = await call("the wagon driver's slumped over his wheel in goods in, I've opened the door and he's not with it at all and he's grey", "I've given him a shake, I can't see him breathing", 'can I do the chest pushes with him still behind the wheel')
    expect(last(seat).text).toMatch(/^Get them flat on their back on the floor or ground first/)
    const gasps = await call("a lecturer's collapsed at the lectern, I'm doing compressions, must I do the breaths too, I'm not keen", 'how quick am I supposed to be going', "he's giving these big heaving gasps every so often, do I stop")
    expect(last(gasps).text).toMatch(/^No: keep going\. Gasps now and then aren't normal breathing/)
    const defib = await call("the lollipop lady outside the school has collapsed on the crossing, she's not breathing", "a fella's legged it over from the chemist with a defib, how do I work it")
    expect(last(defib).text).toMatch(/^Switch it on and do what it says: pads on the bare chest/)
  })

  it('reads a pool and a canal as drowning, gives five breaths first, and keeps hands off the belly and out of the water', async () => {
    expect(classify("one of the lodge staff went in the pool while he was cleaning it, we pulled him out, he's floppy and grey and water's coming from his mouth, he's not taking any breaths").hazards).toEqual(expect.arrayContaining(['drowning', 'not_breathing']))
    expect(classify("the lad's slipped off the workboat into the cut and he ain't come back up").hazards).toContain('drowning')
    expect(classify('I went in the pool room and he was on the floor').hazards).not.toContain('drowning')
    const belly = await call("at the hydrotherapy pool the physio's pulled one of the helpers up off the bottom, she's not breathing at all", "her belly's all swollen with water, should we push on it to get it out first")
    expect(last(belly).text).toMatch(/^No: don't push on the belly/)
    const breaths = await call("one of the lodge staff went in the pool while he was cleaning it, we pulled him out, he's floppy and grey and water's coming from his mouth, he's not taking any breaths", 'must we push on his tummy to get the water out of him?', 'how many breaths must I give before I pump?')
    expect(last(breaths).text).toMatch(/^Five rescue breaths first if you can/)
    const jump = await call("the lad's slipped off the workboat into the cut and he ain't come back up", 'I can see him under, can I jump in after him?')
    expect(last(jump).text).toMatch(/^No! Don't go in/)
    const notBelly = await call('our falconry handler dropped mid display, he is not breathing', "do I push on his belly or his chest, I've never done it for real")
    expect(last(notBelly).text).toMatch(/^Not the belly/)
  })
})

describe('people caught in machines or under loads (review 118)', () => {
  it('says yes to the red button, the nearest stop first, and not past a turning shaft', async () => {
    const button = await call("a lad at the pet food factory's got his hand pulled into the mincer, the screw's still turning", "there's a big red mushroom button on the side of it, do I whack it")
    expect(last(button).text).toMatch(/^Yes: hit it now, hard/)
    const which = await call("one of the lads picking off on the potato harvester has got his arm pulled into the web, the tractor's still running", "I'm on the harvester, I don't know do I stop the tractor or the harvester first")
    expect(last(which).text).toMatch(/^The nearest stop first/)
    const shaft = await call("my dad's jacket got caught on the PTO shaft of the muck spreader and it's wrapped him round it, the tractor's still going, marra", "I can't get to the cab without going right past the shaft, what do I do")
    expect(last(shaft).text).toMatch(/^Don't go past the turning shaft/)
    const auger = await call("at the grain dryer a lad's sleeve got grabbed by the auger and it's wound his arm in past the elbow, he's screaming")
    expect(last(auger).text).not.toMatch(/Don't go past the turning shaft/)
  })

  it('lifts a long crush off now, leaves a hand in the rollers, and reads a quad landed on a man as a crush', async () => {
    const press = await call("at the cider press the top plate's come down on the lad's legs while he was clearing the cloths, it's been on him nearly two hours, nobody knew he was there", 'we can wind the plate up now, do we do it straight away')
    expect(last(press).text).toMatch(/^Get it off now, as soon as it's safe to/)
    expect(last(press).text).not.toMatch(/Don't reverse it/)
    const rollers = await call("at the rolling mill a lad's glove has caught in the rollers, his hand's gone in up to the wrist and they're still turning", "there's a pull cord along the side and a big button by the desk, which one", "they've stopped, can we slit the glove and ease his hand back through")
    expect(last(rollers).text).toMatch(/^No: leave the hand where it is and don't pull it back through/)
    expect(classify("the quad's rolled over on the bank and landed on the shepherd in the ditch, the engine's still going").hazards).toContain('crush')
    const quad = await call("the quad's rolled over on the bank and landed on the shepherd in the ditch, the engine's still going", 'his face is right down by the water in the bottom of the ditch', 'three of us are here, can we tip it back off him')
    expect(last(quad).text).toMatch(/^Yes, if it's safe/)
  })
})

describe('falls, spines, pelvises, helmets and births (review 118)', () => {
  it('reads a fall through a ceiling and a burning spine as a fall, and keeps a numb caller flat', async () => {
    const loft = ["I'm by meself on a loft conversion, I stepped off the boards and come straight through the ceiling onto the landing, I'm lying on me back and me feet have gone dead, I can't feel 'em, bab"]
    expect(classify(loft[0]!).hazards).toContain('fall')
    const sitUp = await call(...loft, 'should I try sitting up and giving me toes a wiggle to see if it comes back')
    expect(last(sitUp).text).toMatch(/^No: don't move yourself/)
    const scoot = await call(...loft, "now me fingers are tingling and going dead an' all", "me water bottle's on the stairs, I'm parched, can I scoot down on me bum to get it")
    expect(last(scoot).text).toMatch(/^No: don't move yourself/)
    const clay = ["I'm up the china clay works on me own, I've gone off the conveyor walkway and landed bang on me back in the gravel, there's a burning right down my spine and my hands are all pins and needles, my lover"]
    expect(classify(clay[0]!).hazards).not.toContain('fire')
    const puddle = await call(...clay, "I'm lying in a puddle, shall I try and shuffle up against the wheel of the digger")
    expect(last(puddle).text).toMatch(/^No: don't move yourself/)
    expect(last(puddle).text).not.toMatch(/muster point/)
    const harness = await call("I'm on a tree job by meself in a walled garden, the branch I was stood on snapped and I've dropped about fifteen foot onto my back on the lawn, I can't feel nothing below me belly button", "my harness is still clipped to the rope and it's dragging on me, should I unclip and roll onto my front")
    expect(last(harness).text).toMatch(/^No: don't move yourself/)
    const trying = await call('my mate fell off the ladder and hit his head, he says his neck hurts', 'he keeps trying to sit up')
    expect(last(trying).text).not.toMatch(/^No: don't move them/)
  })

  it("won't roll a broken pelvis, holds a neck still until the tide is close, and leaves the hard hat on", async () => {
    const pelvis = await call('at the tram depot a stack of rail lengths has slid from its rack and pinned a fitter across his hips', "we've levered them off, he's in agony round his hips and his privates and he can't shift his legs", 'do we turn him to look at his back for cuts')
    expect(last(pelvis).text).toMatch(/^No: don't roll or turn him; his pelvis may be broken/)
    const tide = await call("a sand yacht's flipped over on the beach and the instructor went head first into the sand, he's moaning his neck's agony and he's lying dead still, like", "the tide's on its way in, it's maybe fifty yards off him now, how do we handle that")
    expect(last(tide).text).toMatch(/^Keep his head still for now, and tell me if the water gets close/)
    const hat = await call('a guy came off the scaffold and landed on the deck, he is awake but groaning and says he cannae feel his legs right', "the boys are asking should they take his hard hat off cos hes sayin its too tight")
    expect(last(hat).text).toMatch(/^Leave the helmet on, but undo or cut the chin strap, or loosen the headband/)
    const lid = await call("a motorbike courier's come off in the yard and slid under a parked van, he's still got his helmet on", "should we get his lid off, he reckons it's suffocating him")
    expect(last(lid).text).toMatch(/^Leave the helmet on/)
  })

  it('lets a breech baby come hands off, and deals with a cord round the neck', async () => {
    const breech = await call("one of our parachute packers at the skydive centre is having the baby here in the hangar, she's pushing and the waters are gone, Mother of God", "it's the baby's bum coming first, not the head, what do we do")
    expect(last(breech).text).toMatch(/^Hands off, don't pull\. Let her push and the baby come by itself/)
    const cord = await call("one of our mushers at the sled dog kennels is having her baby in the office, the baby's head is coming out now", "the head's out and there's the cord wrapped round the baby's neck, what do I do")
    expect(last(cord).text).toMatch(/^If it's loose, slip it gently over the baby's head/)
  })
})

describe("the caller's smaller questions, answered too (review 118's MEDIUM turns)", () => {
  it('answers a plaster, raising the limb, a paper towel, washing a head wound or a part, and a drink after a crush', async () => {
    const plaster = await call("sliced my palm open on a box cutter, its really deep, I can see inside it", 'what? sorry', "nobody, everyone's on break", 'should I put a plaster on it')
    expect(last(plaster).text).toMatch(/^No: a plaster won't hold it/)
    const minor = await call('i nicked my finger on the key cutting machine, it is only a small cut', "i've washed it with me water bottle and stuck a plaster on, do i need a tetanus shot")
    expect(last(minor).text).not.toMatch(/plaster won't hold/)
    const raise = await call("he's put the Stanley blade right through his wrist, blood's hosing out", "I've got a cloth on it but it's just gushing", 'do I lift his arm up')
    expect(last(raise).text).toMatch(/^Pressing hard matters most\. Raising it is fine if you can keep the pressure on/)
    const towel = await call("hiya, the bandsaw's caught one of the apprentices on his forearm, it's a big open gash and there's blood everywhere, he's sat on the floor holding it", "it's coming out in spurts like, in time with his heart i think. we've got blue paper towel from the roll, shall i wrap that round")
    expect(last(towel).text).toMatch(/^Fold it into a thick pad on the wound and press hard/)
    const wash = await call("there's blood pissing out his head, he walked into the bucket on the digger", "he's sat down, he's talking", "it's all down his face I can't see where it's coming from", 'should I wash it')
    expect(last(wash).text).toMatch(/^Not now: keep pressing on it with a clean cloth/)
    const rinse = await call("the slicer on the deli counter's taken the end of his thumb off, right through the nail", "the tip's still stuck on the blade", 'can we give it a rinse at the sink before it goes in a bag')
    expect(last(rinse).text).toMatch(/^No: don't scrub it/)
    const squash = await call("at the cider press the top plate's come down on the lad's legs while he was clearing the cloths, it's been on him nearly two hours, nobody knew he was there", 'we can wind the plate up now, do we do it straight away', "it's up, his legs are purple and swollen and numb as wood", "he's pleading for a pint of squash, is that alright")
    expect(last(squash).text).toMatch(/^No drinks/)
  })

  it('answers breaths, counting, fetching or sending for the defib, the surface, the head tilt, draining, a chain, a ligature and a bump', async () => {
    const breaths = await call("a bloke's collapsed in the gents, he's slumped against the cubicle door and he's not breathing", "we can only get the door open a few inches, he's wedged against it", "we've got him out on the floor, do I blow in his mouth or just push")
    expect(last(breaths).text).toMatch(/Breaths only if someone's trained and willing/)
    const count = await call("I'm on me own at the station and the guard's gone down on the platform, he's not breathing", "I'm not keen on putting me mouth on a stranger, do I need to", 'the phone\'s on loudspeaker on the platform, will you count me in')
    expect(last(count).text).toMatch(/^Yes: push on each number/)
    const far = await call("I'm on nights alone at the reptile house and my colleague's just gone down and isn't breathing, there's nobody else on site", "the defibrillator's right up at the main gate, five minutes' run, should I go and get it")
    expect(last(far).text).toMatch(/^Don't leave them: keep pushing/)
    const send = await call('a lad collapsed at the packing plant, he is not breathing properly, just a big gasp every now and then', "we've got a defib on the wall by the canteen, should i send someone for it or do i keep pushing on his chest")
    expect(last(send).text).toMatch(/^Both: send someone for it now/)
    const table = await call("in the snooker hall one of the fellas who works the bar has keeled over across the table, he's not breathing", 'can we do the compressions on him on the table or does he need to come down')
    expect(last(table).text).toMatch(/^Get them flat on their back on the floor/)
    const ice = await call("the guy driving the ice machine just slumped over the wheel and it's still crawling across the rink toward the boards", "okay we got it stopped and got him down on the ice, he's not responding, he's kinda doing a gasp every few seconds", "is it okay to do the pumping right there on the ice or do we gotta drag him off to the bench area first")
    expect(last(ice).text).toMatch(/^Do it where they lie unless it's dangerous there/)
    const tilt = await call("our bingo caller's gone down off his chair, he's staring at the ceiling and not answering, he's doing a big hiccupy gasp every ten seconds or so", "I honestly can't tell if he's breathing, his belly's kind of moving", "we've been pushing for five minutes and his face has gone purple, should I tilt his head back")
    expect(last(tilt).text).toMatch(/^Only for breaths: tilt the head back/)
    const drain = await call("a bailiff at the fishing lake went in after a lad and we've pulled the bailiff out, he's not breathing", "water's running out of his mouth, do we tip him over and squeeze it out first")
    expect(last(drain).text).toMatch(/^No: don't drain them/)
    const chain = await call("the manager at the off licence has collapsed behind the till and he's not breathing, eh", "the chemist next door had a defib, I've got it, he's got a big metal chain round his neck, do I take it off")
    expect(last(chain).text).toMatch(/^Just slide it clear of where the pads go/)
    const ligature = await call("we've found a prisoner hanging in his cell, we've cut him down, he's on the floor, he's not breathing and he's gone blue", "i'm worried about his neck, should we be doing anything different because of the ligature")
    expect(last(ligature).text).toMatch(/^No: do normal CPR, exactly the same/)
    const bump = await call("our Jade in dispatch has collapsed and isn't breathing, she's pregnant, about seven month along", 'do I push on her chest the same with the baby in there', 'someone said tilt her over on her side a bit, is that right')
    expect(last(bump).text).toMatch(/^Keep her flat on her back for CPR, and have someone push the bump over to her left/)
  })

  it('answers back blows in a chair, holding a birth in, the head showing, and what to do with hair, a scalp flap, a boot, rollers, a long crush, a mangled hand and a curled-up casualty', async () => {
    const chair = await call("I'm a carer, one of the residents has got meat stuck at dinner, she's in her wheelchair and she's coughing but it's weak", "she's gone silent now, nothing coming out at all, she's eighty eight", "can I hit her on the back while she's still sat in the chair")
    expect(last(chair).text).toMatch(/^Yes: lean them forward in the chair and give up to five sharp back blows/)
    const hold = await call("one of our staff at the toll plaza is expecting and her waters went, she's saying the baby's coming right now", "she wants to push, should I tell her to hold it and cross her legs till the ambulance gets here")
    expect(last(hold).text).toMatch(/^No: don't pull and don't hold it back/)
    const head = await call("one of our cleaners has gone into labour in the waiting room at the bus station, her waters have gone and she's desperate to push", "the head's showing, what do I do")
    expect(last(head).text).toMatch(/^Let it come with her pushes; don't pull\. Support the head gently/)
    const loom = ["one of the weavers has got her hair wound round the loom shaft and it's ripped a chunk of her scalp back, there's claret everywhere", "the loom's off now, shall I get the scissors and cut her hair to free her"]
    expect(last(await call(...loom)).text).toMatch(/^Yes, cut it now/)
    expect(last(await call(...loom, "there's a flap of her scalp hanging down, do I lay it back in place or leave it")).text).toMatch(/^Lay the flap gently back in place/)
    const boot = await call("my brother's foot got caught in the auger under the meal bin on the pig farm and it's pulled his boot in", "I've switched it off at the wall, will I cut the boot off him")
    expect(last(boot).text).toMatch(/^No: leave the boot on and don't reach in/)
    const press = ["a guy's got his hand caught in the rollers of the printing press, we've hit the emergency stop, should we turn the machine back on and run it in reverse to free his hand", "the maintenance engineer says he can release the roller pressure by hand with a bar, is that ok to do"]
    expect(last(await call(...press)).text).toMatch(/^Only if someone who knows the machine is sure it moves off them/)
    expect(last(await call(...press, "his hand's out now, it's mangled and two of his fingers are badly crushed, do i wrap it up")).text).toMatch(/^Yes: cover it loosely with a clean cloth/)
    const reverse = await call("the print rollers have got his hand, we've stopped it", 'can we wind it back the other way to free him')
    expect(last(reverse).text).not.toMatch(/Only if someone who knows the machine/)
    const mould = await call("at the bronze casting workshop a big mould box slid off the rack onto a bloke's legs, he's been stuck beneath it about forty five minutes before anyone noticed", "we've got the forklift, can we get the forks under it and take the weight off")
    expect(last(mould).text).toMatch(/^Get it off now, as soon as it's safe to/)
    const curl = await call("at the topiary nursery a lad's come off the steps and gone down on a metal stake, it's gone into his stomach", "he keeps trying to curl up in a ball on his side, should we let him")
    expect(last(curl).text).toMatch(/^Yes: let them lie however is comfiest/)
  })

  it('keeps a splint and a boot for the crew, allows a sling, and keeps a hard hat on', async () => {
    expect(last(await call("he's fallen off the forklift and his arm is at a funny angle", 'should I put a splint on it')).text).toMatch(/^No need: keep it still as you found it/)
    expect(last(await call("she's come off her bike in the yard, her shoulder's all lumpy, collarbone I think", "she's holding her arm", 'should I make a sling')).text).toMatch(/^Yes, if it's comfortable: support the arm in a sling/)
    expect(last(await call('a hay bale stack came down, he fell onto his back, his legs are numb', 'the boss reckons we should sling him on the pickup and run him up the hospital ourselves')).text).not.toMatch(/in a sling/)
    expect(last(await call('a bolt fell from above and hit him on the head, he has his hard hat on', 'yeah hes talking, says he has a headache', 'should I take his hard hat off')).text).toMatch(/Leave it on unless it stops you getting at a bleeding wound/)
  })
})

describe('a quad on a lone worker, breaths after a tank, ice on a bleed, and CPR after a shock (review 118)', () => {
  it('reads a quad sitting on my legs as a crush, and lets a lone worker lever it only if it lifts easily', async () => {
    expect(classify("I'm on my own out the back paddock, the quad's flipped and it's sitting on my legs, I can't wriggle out from under").hazards).toContain('crush')
    expect(classify('there is a heavy weight sitting on my chest and going to my left jaw, I am sweating').hazards).not.toContain('crush')
    const quad = await call("I'm on my own out the back paddock, the quad's flipped and it's sitting on my legs, I can't wriggle out from under", 'I can reach a fence post, should I try and lever it off myself?')
    expect(last(quad).text).toMatch(/^Only if it slides off easily/)
    expect(last(quad).text).not.toMatch(/Leave it on unless/)
  })

  it('keeps breaths behind a mask after a gassy tank, ice off a spurting wrist, and gives the rate once the power is off', async () => {
    const tank = await call("we got a bloke gone down the ladder into the old water tank, there's about a foot of water in the bottom, he just dropped into it and his mate went down after him and now he's gone down too both face in the water", "fire brigade have winched them both up, one's coughing, the other one isnt breathing", 'do i just do chest pumps or do i need to do the breathing into him as well, hes been in water')
    expect(last(tank).text).toMatch(/^Push hard and fast now\. Breaths only with a face shield or pocket mask/)
    const ice = await call('the glass top of the cake display came down on her arm, it is spurting out in jets by the wrist', 'someone says lift the arm high and put ice from the smoothie machine on it, is that right?')
    expect(last(ice).text).toMatch(/^No ice: keep hard pressure on instead/)
    const shock = await call("my brother was fixing the borehole pump and he's stuck on the wire, he's jerking and he can't let go, there's a buzzing", "ok the switch at the DB board is off now, he's lying on the ground, not moving, he's not taking breaths I think", "how fast must I push? I'm pressing his chest now, nobody else is here")
    expect(last(shock).text).toMatch(/twice a second/)
  })
})
