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
