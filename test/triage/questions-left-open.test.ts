import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (what the first round left open).

describe('rescues: ropes, hooks, climbers and jumps (review 118)', () => {
  it('throws a sinking man in grain a rope to hold, and says no to fishing a man up a well with a hook', async () => {
    const grain = await call('someone is stuck in the grain silo', 'he is sinking in the grain', 'yes he is talking', 'should I throw him a rope')
    expect(last(grain).text).toMatch(/^Yes, from the opening only, for them to hold/)
    const well = await call("one of the lads went down the old well in the yard on a ladder to get at the pump and he's keeled over down there and isn't answering us", "I'll tie a rope round myself and go down after him, it's only twenty foot", 'we have a leaf blower, could we blow fresh air down to him', 'the fire brigade are twenty minutes away, can we not fish him up with a hook on a rope')
    expect(last(well).text).toMatch(/^No: a hook could badly injure them/)
  })

  it('lets a trained climber lower a man hanging limp in his harness, and a first-floor caller hang and drop only as a last resort', async () => {
    const tree = await call("one of the tree surgeons got hit by a limb coming down and now he's hanging off the oak in his harness, he's hardly moving", "he's about six metre up just dangling there, his head's flopped forward", 'the climber off the other crew can go up and let him down on the rope, is that alright')
    expect(last(tree).text).toMatch(/^Yes, if the climber is trained, on their own kit and clipped on: get them down now/)
    const jump = await call("I'm stuck in the office upstairs at the printworks, there's smoke coming up through the gaps in the floorboards and the stairs are full of it", 'should I open the window?', "it's getting proper hot in here, can I jump? it's only the first floor")
    expect(last(jump).text).toMatch(/^Not yet, while you can breathe at the window/)
    expect(last(jump).text).not.toMatch(/Don't jump/)
  })
})

describe('leave it and get out, or stay put (review 118)', () => {
  it('gets night cleaners out of the fumes without stopping for the polisher, and cools an arc-flash burn at the mess-room tap', async () => {
    const co = await call("we're the night cleaners at the supermarket, we've had the gas floor polisher going for hours with the shutters down and two of us have got pounding heads and we're queasy", "the other girl's sat down in the freezer aisle and she's drowsy, she won't keep her eyes open", 'can I switch the polisher off and get the shutters up first')
    expect(last(co).text).toMatch(/^No: don't stop for it. Get out into fresh air now/)
    expect(last(co).text).not.toMatch(/inhaler/)
    const flash = await call("the switchgear's gone bang when I racked the breaker in and it's flashed me face and hands", "everything's gone white, I can't see properly and me face is stinging", "I'm on me own in the substation, should I go find a tap in the mess room")
    expect(last(flash).text).toMatch(/^Yes, if you can get there safely, away from the switchgear: cool your face and hands/)
    expect(last(flash).text).not.toMatch(/muster point/)
  })

  it('keeps a lone asthmatic from fetching oxygen, and a beekeeper off the chair after his pen', async () => {
    const asthma = await call("by myself in the monastery bakehouse and the flour's set my asthma off, I can hardly draw a breath, my blue inhaler's almost out", "four goes on it and it's not doing much", "my mouth's numb and tingly, I'm frightened, I can't get a sentence out", "there's an oxygen bottle in the infirmary, should I use it")
    expect(last(asthma).text).toMatch(/^Not if you'd have to go and get it: stay sat upright and keep using your blue inhaler/)
    const bees = await call("at the apiary a beekeeper's been stung loads of times, his face is swelling up and he's wheezy", "there's a pen in his bag but it went out of date last month, is it any use", "we've done it, he's a bit better, can he sit up in a chair instead of lying on the grass")
    expect(last(bees).text).toMatch(/^No: lie them down with their legs raised and don't let them stand or walk/)
  })

  it('takes a shivering heat-stroke man out of the paddling pool, and sends an allergic climber down to his pen', async () => {
    const pool = await call("at the model village a gardener's been cutting the hedges in this heat and collapsed, he's red hot and dry and talking nonsense", "there's a paddling pool for the kids' area, could he go in that", "he's in the water and he's started shivering, should we take him out")
    expect(last(pool).text).toMatch(/^Yes, take them out now, dry them and keep them in the shade; stop cooling while they shiver/)
    const tower = await call("I'm alone up the zipline tower checking the cables and a wasp stung my neck, I react badly to them, my face is burning and itchy and big welts are coming up", 'my pen is in my rucksack down below the tower, do I climb down to fetch it')
    expect(last(tower).text).toMatch(/^Yes, climb down now while you feel steady, clipped on all the way/)
    expect(last(tower).text).not.toMatch(/burn|cling film/)
  })

  it("reads a burst vein as a bleed, not a leak", async () => {
    expect(classify("I've knocked me leg on a pallet and a vein's burst, it's pumping out me shin").hazards).not.toContain('leak')
    const vein = await call("I've knocked me leg on a pallet and a vein's burst, it's pumping out me shin", "I'm on me own on nights in the gatehouse", 'should I stick me leg up on the chair')
    expect(last(vein).text).toMatch(/^Pressing hard matters most. Lie down and raise it/)
    expect(last(vein).text).not.toMatch(/leak|Block off the area/)
  })
})

describe("the medical questions: a long fit, a latex rash, a stroke lying down, a faint's jerks (review 118)", () => {
  it("keeps a six-minute fit safe, and says yes to an antihistamine for a glove rash", async () => {
    const fit = await call("shes fitting on the floor by the machine", "it has been going for like six minutes", "she is still shaking", "what do I do")
    expect(last(fit).text).toMatch(/^Keep cushioning their head and don't hold them down/)
    const rash = await call("my mate's come out in a rash all over after putting latex gloves on, it's itchy", "no his breathing's fine", "should he take an antihistamine")
    expect(last(rash).text).toMatch(/^Yes, one tablet as the packet says/)
  })

  it("keeps a stroke propped up, not flat, and on the side only once unresponsive", async () => {
    const pat = await call("Pat's talking gibberish and her mouth's gone lopsided", "she was fine at break, twenty minutes ago", "she wants a cup of tea", "should she lie down")
    expect(last(pat).text).toMatch(/^Not flat: keep them sitting or half lying/)
    const settee = await call("one of the team leaders at the call centre, his smile's gone crooked on one side and he can't hold his coffee cup, he sounds drunk and he's stone cold sober", "he's diabetic, could it be his sugar, should I give him a Mars bar", "it's gone off now, he's talking normal again and he says he'll drive home", "he's going to lie down on the settee in the break room, do I turn him on his side")
    expect(last(settee).text).toMatch(/^Not while they're awake: let them sit or lie propped up/)
    expect(last(settee).text).not.toMatch(/sleep it off/)
  })

  it("says a few jerks in a faint are probably no fit, and lets a chest-pain casualty lie if it eases him", async () => {
    const faint = await call("one of the girls on the picking line has fainted, she's fasting for Ramadan and she's had nothing since before dawn", "she jerked a few times when she went down, is that a fit")
    expect(last(faint).text).toMatch(/^Probably not: a few jerks are common when someone faints/)
    const heart = await call("our manager's come over all grey and sweaty in the office, he says it's like a belt being pulled tight round his chest and it's going down his arm", "he's got some aspirin in his drawer, can he have one?", "he wants to lie flat out on the floor, is that alright?")
    expect(last(heart).text).toMatch(/^Yes, if that's comfiest: let them lie or half-sit/)
  })

  it("says no to a bag or cupped hands, and no tablets by mouth with a broken-looking hip", async () => {
    const hands = await call("I don't know what's happening, me heart's going like the clappers and me hands and lips are tingling, I'm hiding in the loos at work", "I'm twenty six, nothing wrong with me heart that I know of, it's been a proper stressful morning", "should I breathe into me cupped hands")
    expect(last(hands).text).toMatch(/^No, not into your hands or a bag: breathe slowly/)
    const hip = await call("I've come off me ladder putting a sign up over a shop that's shut down, I'm round the back on me own and I can't get up", "me right foot's flopped out sideways and the whole leg's sat a good inch up from the other, the pain's something else", "me van's only twenty yards off, I reckon I could drag meself over to it and get warm", "I've got co-codamol in me pocket, can I take a couple, I'm shaking like a leaf")
    expect(last(hip).text).toMatch(/^No: no tablets, food or drink for now, you may need an operation/)
  })
})

describe('false alarms: no burn in burnt toast, no standing the brigade down, the muster point, the paperwork (review 118)', () => {
  it("reads burnt toast as no burn, and cannot stand the fire brigade down", async () => {
    const toast = await call("ah sorry it's a false alarm, the fire alarm went off cos someone burnt toast in the staff room", "no fire, we've checked, it's just the toaster", "everyone's stood out in the car park, can they go back in")
    expect(last(toast).text).not.toMatch(/burn|cooling/)
    const brigade = await call("ah sorry it's a false alarm, the fire alarm went off cos someone burnt toast in the staff room", "no fire, we've checked, it's just the toaster", "everyone's stood out in the car park, can they go back in", "can you tell the fire brigade not to bother coming")
    expect(last(brigade).text).toMatch(/^I can't stand them down/)
    expect(last(brigade).text).not.toMatch(/burn/)
    const valve = await call("sorry it's nothing, one of the engineers set the sprinkler alarm off testing the valve", "no one's hurt, it's just a bit of water on the floor", "do I need to get everyone out", "can you call them off, we're all fine")
    expect(last(valve).text).toMatch(/^I can't stand them down/)
  })

  it("gets everyone out for a sprinkler alarm until the warden says, and sends the paperwork to the supervisor", async () => {
    const out = await call("sorry it's nothing, one of the engineers set the sprinkler alarm off testing the valve", "no one's hurt, it's just a bit of water on the floor", "do I need to get everyone out")
    expect(last(out).text).toMatch(/^Yes: treat it as real and get everyone to the muster point/)
    const form = await call("sorry, the cleaner's caught the lift alarm with her mop handle, nobody's stuck or anything", "the lift's fine, the doors are open and there's no one in it", "is somebody still gonna come out anyway", "alright, do I need to fill anything in")
    expect(last(form).text).toMatch(/^Not with me. Tell your supervisor/)
  })
})

describe('hands-on questions: hoses, harness ropes, phones, sweets, brews, cigarettes and a broom (review 118)', () => {
  it("hoses down a sheep-dip casualty, and tells a man on his back not to roll to unclip", async () => {
    const dip = await call("the sheep dip's splashed all over the shepherd's arms and legs", "he's pouring with sweat and dribbling and his pupils are like pinpricks", "should we hose him down in the yard")
    expect(last(dip).text).toMatch(/^Yes: gloves on, contaminated clothes off, and hose them down/)
    expect(last(dip).text).not.toMatch(/inhaler/)
    const harness = await call("I'm on a tree job by meself in a walled garden, the branch I was stood on snapped and I've dropped about fifteen foot onto my back on the lawn, I can't feel nothing below me belly button, my lover", "my harness is still clipped to the rope and it's dragging on me, should I unclip and roll onto my front")
    expect(last(harness).text).toMatch(/^No: don't move yourself or roll over. If the rope's pulling on you, unclip only if/)
  })

  it("puts the phone on speaker for lone CPR, and does not force sweets on an aggressive hypo", async () => {
    const phone = await call("there's nobody here but me and the head lad at the racing stables, he's collapsed in the tack room and he's not breathing, ar", "I've only got the one phone, do I put you on speaker and lay the phone by his head")
    expect(last(phone).text).toMatch(/^Yes: put me on speaker by their head and keep pushing/)
    const hypo = await call("at the coastguard training on the cliff a volunteer who's diabetic has gone all sweaty and confused and he's getting aggressive with us", "he's refusing the sweets and swearing at us, what do we do")
    expect(last(hypo).text).toMatch(/^Don't force it or hold them/)
  })

  it("keeps a rescued, confused man from a canteen brew, and a man with fingers off from a cigarette", async () => {
    const brew = await call("at the sweet factory a lad's gone down into the big mixing vessel to scrape it out and he's slumped down the bottom, not answering", "his mate's tied a rope round his own waist and he's starting down the ladder to him", "we can hear him snoring down there, should we drop a dust mask down to him", "the brigade have got him out, he's awake but confused, can we sit him in the canteen with a brew")
    expect(last(brew).text).toMatch(/^No: keep them here in fresh air, on their side if drowsy, and nothing to drink/)
    const fag = await call("one of the steel fixers has caught his hand in the bar bender and it's sheared two of his fingers off, the machine's stopped now, la", "we've found the fingers in the rubble, should we drop them in a cup of milk", "he's gagging for a ciggie to calm his nerves, can he have one")
    expect(last(fag).text).toMatch(/^No: no smoking, and nothing to eat or drink/)
  })

  it("lets a lone caller under a shutter lever it only if it lifts easily, with no engine to switch off", async () => {
    const shutter = await call("the shutter door's dropped on my leg in the unit and I can't shift it, I'm on my own, it's pressing right across my shin", "the remote's on the bench, I can't reach it, should I have a go levering it up with a broom?")
    expect(last(shutter).text).toMatch(/^Only if it lifts easily and you can wedge it/)
    expect(last(shutter).text).not.toMatch(/engine/)
  })
})

describe('bleeds: no tie without room above the cut, and no place made of a cable tie or a far-off truck (review 118)', () => {
  it('keeps pressing on a cut near the top of the thigh, where a tie has no room', async () => {
    const thigh = await call("at the perfumery a big glass display bottle shattered and a jagged bit has gone deep into the inside of her thigh near the top, blood's coming in spurts", "my colleague wants to knot his tie round her upper leg really tight, is that alright")
    expect(last(thigh).text).toMatch(/^Press hard with both hands and your weight first. A tie needs a hand's width of leg above the cut/)
    expect(last(thigh).text).not.toMatch(/pull it very tight/)
  })

  it('sends help to no "area around the cable" or truck the caller is not at', async () => {
    const tie = await call("I'm on me own at the firewood yard, the bandsaw's snatched me glove and laid me wrist open, it's squirting out, marra", "I've got a cable tie in me pocket, will I pull it tight round me arm above the cut")
    expect(last(tie).text).toMatch(/^No: anything that thin cuts in/)
    expect(last(tie).text).not.toMatch(/around the cable/)
    const truck = await call("there's nobody else up at the arboretum, the chainsaw's kicked back into the top of my leg and the blood's pumping out through my chaps", "I keep a tourniquet in the truck but the truck's a hundred yards off, do I go for it or keep pressing")
    expect(last(truck).text).toMatch(/^No: stay put and keep pressing/)
    expect(last(truck).text).not.toMatch(/around the truck/)
  })
})

describe('what to tell the fire brigade at a tank (review 118)', () => {
  it('tells the arriving crew how many are down, how long, what the vat held and who else went in', async () => {
    const vat = await call("at the cider farm a lad climbed down the ladder into an empty vat to scrub it out and he's crumpled at the bottom and isn't moving, gert big vat", "his brother's already halfway down the ladder after him", "his brother's come back up, he reckons it's only cider, the fumes can't hurt, he'll hold his breath and nip down", "the fire engine's arrived, what do we need to tell them")
    expect(last(vat).text).toMatch(/^Tell them how many are still inside and exactly where, how long since they went down, what the space held/)
  })
})
