import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (the crew, minor injuries and what was left open).

describe("the caller's own questions (review 118)", () => {
  it('keeps a wife with her trapped husband while the air ambulance lands, and names who went back in to the fire brigade', async () => {
    const heli = await call('its my husband the tractors gone over on the bank by the top field and hes underneath it his legs are trapped, its hillcrest farm on the b road out of ashby',
      'ive got the other tractor and a chain here ill pull it off him myself',
      'hes been under it about forty minutes now hes pale and cold and clammy and his talking is going funny',
      'the air ambulance is coming down in the field now shall i go and wave them in')
    expect(last(heli).text).toMatch(/^No: stay with them, and keep everyone well clear of the helicopter/)
    expect(last(heli).text).not.toMatch(/Never force a machine open/)
    const fryer = await call('the fryer in the bakery has caught fire, the oil is in flames',
      'one of the girls wants to throw a jug of water on it just to be sure',
      "we're all outside now at the assembly point but my manager's gone back in for the cash tin",
      'the fire brigade just pulled up what do i tell them')
    expect(last(fryer).text).toMatch(/^Tell them first that someone has gone back in/)
  })

  it('sits up a crushed chest that gets worse, keeps pressing on a stopped thigh bleed, and keeps a faint nosebleed company', async () => {
    const chest = await call('forklift pinned a guy against the wall by the chest hes struggling to breathe', 'should we reverse the forklift off him now',
      'ok its off now hes breathing fast and one side of chest not moving, and the young girl who saw it just fainted and hit her head',
      'the girl is awake now crying, the man is getting worse lips blue what do i do for him')
    expect(last(chest).text).toMatch(/^Keep them sitting half up, leaning to the hurt side/)
    const thigh = await call("my mate's caught his thigh on the bandsaw there's blood pumping out everywhere", "i've got a towel on it and i'm pressing hard with both hands it's soaking through",
      "ok i put another towel on top and kept pressing it's slowed right down i think it's stopped", "he's sitting up against the bench he's gone really pale and sweaty and says he feels sick",
      "he's lying down now with his legs up can i let go of the towel now it's not bleeding")
    expect(last(thigh).text).toMatch(/^No: keep pressing, or tie the cloth on firmly/)
    expect(last(thigh).text).not.toMatch(/If you're not sure it's safe/)
    const nose = await call("hi there my colleague's nose has been bleeding for about twenty minutes and it won't stop, do i tilt her head back",
      "she's on blood thinners, warfarin i think, does that make a difference", "she says she's feeling a bit faint now, can she lie down",
      'do i need to stay on the phone or can i go and get her handbag from her desk')
    expect(last(nose).text).toMatch(/^Stay with her: she's faint and could fall/)
  })

  it('answers an early pregnancy "is it the baby", a driver on the hard shoulder, a pallet on the legs and CPR in a dental chair', async () => {
    const preg = await call("hello we're at a wedding at the church and one of the guests has fainted, she just went down in the pew",
      "we've sat her up on a chair and given her a drop of brandy cos she's gone so pale, she's awake now",
      "oh she's just said she's pregnant, about eight weeks she thinks, and she's saying her tummy hurts down one side and her shoulder hurts",
      "what do you mean where are we, it's st mawgan church, the one by the airport, newquay way. is it the baby")
    expect(last(preg).text).toMatch(/^It may be a pregnancy outside the womb/)
    expect(last(preg).text).not.toMatch(/left side/)
    const cab = await call("yeah i'm a lorry driver, i've pulled onto the hard shoulder, i've got this really bad pain in my chest, like a weight on it",
      "m6 northbound between junction 10 and 11, theres a marker post just by me says 12 point 3, i'm in a white scania with a blue curtain trailer",
      "its going down my left arm and into my jaw, i'm sweating like mad. i've got some aspirin in my bag, can i take one",
      "should i stay sat in the cab or get out, the traffic's flying past me")
    expect(last(cab).text).toMatch(/^Stay in the cab, belt on, hazard lights on/)
    expect(last(cab).text).not.toMatch(/lie down on the floor/)
    const pallet = await call("hi yeah i'm at the distribution centre, unit 4 brackmills industrial estate northampton NN4 7PB, a pallet's fallen on a guy's legs, he's trapped, he's awake and screaming and there's blood coming through his jeans, what do i do")
    expect(last(pallet).text).toMatch(/^Get the pallet off them if you can do it safely/)
    expect(last(pallet).text).not.toMatch(/emergency stop/)
    const dental = await call('hello we are dental practice one patient in the chair she is collapse she was having the injection of anaesthetic and she go floppy',
      'she is not responding when i shout her name and she is making like a snoring sound a few times and now it stop',
      'we have the defibrillator and the oxygen the nurse is bringing them should we put her on the floor or we do it in the chair')
    expect(last(dental).text).toMatch(/^Do it in the dental chair: lay it fully flat/)
    expect(last(dental).text).not.toMatch(/on the floor or ground first/)
  })

  it('tells the caller what the crew most needs to hear: the CPR, the burial, the tank, the trapped hand, the fall and the stroke', async () => {
    const cpr = await call('the defib is here it\'s open and it\'s talking do i stop compressions', 'it says shock advised everyone stand clear ok i pressed the button it shocked him',
      "he just coughed and his arm moved and he's sort of breathing now what do i do", "he's breathing on his own now but he's not really awake should i take the pads off",
      "the ambulance crew is here they're taking over what do i tell them")
    expect(last(cpr).text).toMatch(/^Tell them when they collapsed, when CPR started, how many shocks/)
    const grain = await call("my brother's gone into the grain bin to clear a blockage and the wheat's pulled him under he's up to his chest and sinking",
      'the auger is still running at the bottom should i climb in and grab him and pull him out',
      "i've shut the auger off at the switch he's still up to his chest he says he can't breathe properly it's squeezing him", "the fire brigade's here what else do they need to know")
    expect(last(grain).text).toMatch(/^Tell them how long they've been buried and how deep/)
    const tank = await call('worker went into the tank to clean it and fell down not moving', 'his mate jumped in after him to pull him out and now he also fell down',
      'i got a dust mask i can go in quick and hold my breath and grab them', 'the rescue team is here now with the breathing sets what do i tell them')
    expect(last(tank).text).toMatch(/^Tell them how many are still inside and exactly where/)
    const mixer = await call("its the bakery on station road, one of the girls has got her hand caught in the big dough mixer, weve hit the stop button but her hands still wrapped in the hook",
      "shes screaming, theres blood in the dough, should we put the mixer in reverse to get her hand out", "shes gone really pale and sweaty and now shes sort of flopping about, shes not making sense",
      'the fire brigade has just walked in what do i tell them')
    expect(last(mixer).text).toMatch(/^Tell them what they're caught in, whether it's stopped and isolated/)
    const stroke = await call('hi im a team leader at the call centre in sunderland, one of my agents the side of his face dropped and his arm went weak and his speech went slurred about ten minutes ago, weve called you and sat him down',
      "the thing is its all gone back to normal now, his face looks fine and hes talking properly, hes saying its nothing and to cancel it",
      "he says hes got a headache and wants to take a couple of paracetamol and have a coffee, is that ok", 'what should i tell the ambulance crew when they get here')
    expect(last(stroke).text).toMatch(/^Tell them the exact time it started/)
    const newcomer = await call("i'm on my own in the gym, a man collapsed and he's not breathing, i'm doing cpr", 'the defibrillator is in reception but i cannot leave him', 'ok someone just walked in the door a member, what do i tell them')
    expect(last(newcomer).text).not.toMatch(/^Tell them when they collapsed/)
  })

  it('says a rope is no use to someone out cold in a tank, and brings a cherry picker with chest pain down on the ground controls', async () => {
    const rope = await call('worker went into the tank to clean it and fell down not moving', "okay nobody's going in we've got the fan going on the hatch, can i at least throw him a rope")
    expect(last(rope).text).toMatch(/^A rope won't help: out cold, they can't hold it/)
    const mewp = await call("we've got a cherry picker stuck about fifteen metres up the controls in the basket won't work and the lad in it says he's got chest pains",
      "he says it's like a tight band across his chest and down his left arm he's sweating loads he's forty eight",
      "there's ground controls at the base i've never used them before should i have a go at bringing it down")
    expect(last(mewp).text).toMatch(/^Yes, bring them down: use the ground controls/)
    expect(last(mewp).text).not.toMatch(/defibrillator ready beside them/)
  })

  it('answers the minor injuries: a plaster or A&E, a finger shut in a door, an ankle, arc eye, a sore wrist, how long to pinch, and tetanus', async () => {
    const cut = await call('hi erm not really an emergency i just nicked my finger with a stanley knife opening boxes', 'its a small cut on the tip bleeding a bit not much',
      'ive put pressure on it for like 5 minutes and it has stopped now', 'do i need to go a and e or is a plaster fine')
    expect(last(cut).text).toMatch(/^A plaster is fine: rinse it under the tap/)
    const door = await call("hi um bit silly really i've just shut my finger in the fire door at work, it really hurts", "it's swollen and the nail's gone a bit purple but i can still bend it", 'should i go to a&e or am i being dramatic')
    expect(last(door).text).toMatch(/^You're not being dramatic, but no ambulance needed/)
    expect(last(await call("i've just shut my finger in the fire door at work, it really hurts", 'is it ok to put an ice pack straight on it')).text).toMatch(/^Ice wrapped in a cloth/)
    const ankle = await call("yeah hi i've gone over on me ankle on the stockroom step, it's killin", "it's a bit swollen on the outside but i can put some weight on it and walk a few steps", 'what should i do for it')
    expect(last(ankle).text).toMatch(/^Rest it and raise it, with ice wrapped in a cloth/)
    const arc = await call('aye hiya, no sure if i should be phoning yous, i was welding the day without my mask for a bit and now my eyes are murder',
      "feels like there's sand in them, they're streaming and i cannae stand the light, both eyes. i'm at hame now in govan", 'do i need an ambulance or can i just go to the eye place in the morning')
    expect(last(arc).text).toMatch(/^No ambulance needed: it sounds like welder's flash/)
    const wrist = await call('hiya um i dont know if this is really an emergency i slipped on ice on the loading ramp at work at the depot in leeds and landed on my wrist',
      'no i didnt bang my head i landed on my hand and my bum. my wrist is swollen and it hurts to move it but i can wiggle my fingers',
      'my colleague can drive me to a and e at jimmys is that alright or do i need an ambulance')
    expect(last(wrist).text).toMatch(/^Yes, a colleague can drive you to A&E/)
    const nose = await call("a lass just come in with a nosebleed, she's like sixteen, it's dripping all over the counter",
      "right she's leaning forward now and pinching it, how long does she have to hold it for, it's been like two minutes and it's still going when she lets go to look")
    expect(last(nose).text).toMatch(/^Ten to fifteen minutes by the clock, without letting go/)
    const jab = await call("g'day i'm a locksmith and i've nicked my finger on the key cutting machine in the back of the van",
      "i've washed it with me water bottle and stuck a plaster on when was my last tetanus shot uh probably school honestly do i need one")
    expect(last(jab).text).toMatch(/^Not urgently for a small clean cut/)
    const manure = await call("we had a sow bite one of our guys in the farrowing barn, got him on the thigh, it's a deep gash, blood coming out pretty good", "there's pig manure all in the wound, will he need shots or something")
    expect(last(manure).text).toMatch(/^Likely yes: a dirty wound needs checking at hospital/)
  })

  it('answers what was left open: hot water for a sandbar spike, urchin spines, a tick, a tick during an adder bite, the ED in the building, a fingertip by car, sitting up after a faint', async () => {
    const ray = await call("my buddy was wading out by the sandbar and something whipped him on the back of the ankle, he's bleeding pretty good and there's like a jagged piece of something stuck in there",
      "Okay I left it, pressed a towel on it and the bleeding's slowed down a lot. Lifeguard says put his foot in hot water, is that right? How long?")
    expect(last(ray).text).toMatch(/^Once the bleeding is under control, the foot or hand in hot water/)
    const kina = ["Kia ora, my daughter's just knelt on a heap of kina on the rocks down at the harbour in Paihia, she's got all these little black bits stuck in her knee and shin, dozens of them",
      'Her nana says to pee on it, and my husband wants to get them all out with a sewing needle. Should we?']
    expect(last(await call(...kina)).text).toMatch(/^No digging with a needle, and no pee/)
    expect(last(await call(...kina, 'Some were poking out and came out easy with tweezers, but a lot have broken off under the skin, little black dots. Do we keep digging?')).text).toMatch(/^No, stop digging/)
    const tick = await call("Hey, I'm hiking a section of the Appalachian Trail in Vermont and I just found a little dark bug burrowed into the back of my knee, I think it's been there maybe a couple days, it's kind of swollen up", 'Got it out. Should I save it? And should I be taking antibiotics, like do I need to get off the trail to an ER?')
    expect(last(tick).text).toMatch(/^Bag or photograph the tick. No ER needed tonight/)
    const adder = await call("i've been bitten on the ankle by an adder i think i saw it go off in the bracken on the moor", 'also i found a tick on my leg yesterday should i burn it off')
    expect(last(adder).text).toMatch(/^No, don't burn the tick. The snake bite comes first/)
    const ed = await call('hello i am calling from the kitchen at the hospital in galway, our kitchen porter he cut his hand on the meat slicer and it will not stop bleeding',
      'a nurse from the ward upstairs came down now, she ask should she take him to the emergency department herself in the wheelchair or wait for the ambulance')
    expect(last(ed).text).toMatch(/^Yes, if the emergency department is in this hospital/)
    const tip = await call("my colleague's just trapped her hand in the fire door, her middle finger's all squashed and there's blood coming out from under the nail",
      "she feels a bit better, the tip of the finger looks kind of flattened and there's maybe a bit of bone showing, should we just take her up the heath ourselves or do we need an ambulance")
    expect(last(tip).text).toMatch(/^A fingertip can go to A&E by car today/)
    const faint = await call("a young lad just fainted in the queue at the blood donation session we're running at work, he's come round now, is it ok to let him walk it off", 'he says he feels fine now, can he sit up')
    expect(last(faint).text).toMatch(/^Yes, slowly, sitting on the floor/)
    const arrest = await call('my supervisor fainted, he is not waking', 'his chest is not moving, his lips are going grey. should i sit him up so he can breathe')
    expect(last(arrest).text).not.toMatch(/^Yes, slowly/)
  })

  it('answers washing a pouring scalp cut, a tongue stung from a can, keeping the spider, who first, the barrier, the other cold kids, the clots and an acid spill', async () => {
    const scalp = await call('I am alone in the bus depot workshop, I stood up under the bus and hit my head on a sharp bracket, it is pouring down my face into my eyes', 'I put tissue, it soak, should I wash it under the tap?')
    expect(last(scalp).text).toMatch(/^No, don't wash it: press a clean cloth firmly on the cut/)
    const tongue = await call("ey up, our lad's swallowed a wasp, it were in his can of pop, it's stung him in his mouth, on his tongue, we're up on a roof on a job in Barnsley", "he says his tongue's going fat, what do we do")
    expect(last(tongue).text).toMatch(/^Sit them up and let them suck an ice cube or sip cold water/)
    expect(last(await call("i've eaten a prawn sandwich and i'm allergic to shellfish", "me tongue feels too big and I can't swallow properly")).text).not.toMatch(/ice cube/)
    const spider = await call('Hiya, I work at a fruit warehouse in Leicester and a spider came out of a crate of bananas and bit me on the wrist', "We've trapped the spider under a tub, do we need to keep it?")
    expect(last(spider).text).toMatch(/^Yes, leave it trapped under the tub/)
    const surge = ["yeah im a steward at the festival main stage, theres been a massive surge at the front barrier, people going down, we've pulled two out over the barrier",
      "one girl shes out of it, breathing but not waking up at all, and a lad whos holding his ribs saying he cant get a breath properly, who do i do first"]
    expect(last(await call(...surge)).text).toMatch(/^The one not waking first: onto their side/)
    expect(last(await call(...surge, "the medics from the medical tent are here now, should i go back to the barrier its still pushing and the band's still playing")).text).toMatch(/^Hand over to the medics first. Radio control to stop the show/)
    const kayak = await call("im a kayak instructor the whole group capsized in the wind, i've got them to the shore but one of the kids is not responding", 'shes about 11, shes not breathing properly, just gasping every now and then',
      "theres only me and the other kids here, they're all soaked and cold and crying, what do I do with them")
    expect(last(kayak).text).toMatch(/^Keep doing CPR. Tell the others to huddle together/)
    const clots = await call('hello please, my colleague at the care home, she is having bad period cramps and bleeding a lot', 'she said to me now she is pregnant, maybe ten weeks. the blood is soaking through the towels, and there are clots',
      'she is asking me to keep it secret from the manager, she does not want them to know. what should i do with the blood, the clots, should i flush it')
    expect(last(clots).text).toMatch(/^Don't flush them: put the clots and pads in a bag for the crew/)
    const acid = await call("i've dropped a winchester of hydrochloric acid in the prep room and it smashed and i've cut my hand on the glass, it's bleeding quite a lot and stinging like mad",
      "the fumes are making me cough a lot, should i stay and clear it up so the kids don't come in")
    expect(last(acid).text).toMatch(/^No, don't clear it: get out into fresh air now/)
  })

  it('reads steaming in to harbour as a boat, hears "spinny" as shock, drinks the last water in the heat, and sends everyone 300 metres from burning tyres', async () => {
    expect(classify("should I steam in to the harbour, it's twenty minutes").hazards).not.toContain('leak')
    const saw = await call("Saw kicked back on me, it's gone into my thigh, I'm on my own up the plantation above Aberfoyle and blood's pumping out through my chaps",
      "The signal's coming and going, if I lose you how will they find me? I'm feeling cold and a bit spinny")
    expect(last(saw).text).toMatch(/^That's shock from the blood loss/)
    const karoo = await call("I'm by myself out at the borehole fixing the pump, it's forty degrees, I grabbed the pipe and it's burnt my whole palm, the skin's lifting off, and I feel dizzy and sick with a pounding head",
      "I've only got about two litres of warm water in the bakkie, do I pour it on my hand or drink it?")
    expect(last(karoo).text).toMatch(/^Drink it, in sips: the heat is the bigger danger/)
    const tyres = await call("our tipper's raised its body into the overhead power line at the quarry there's sparks and the tyres are smoking", "the driver's still in the cab he's alright he's asking if he should climb down",
      "the tyres have actually caught fire now and there's smoke getting into the cab he's panicking", "he jumped clear with his feet together and he's shuffled away he's ok where do we all go now")
    expect(last(tyres).text).toMatch(/^Everyone well back and upwind, at least 300 metres/)
    expect(last(tyres).text).not.toMatch(/stairs/)
  })

  it('says no to the biscuit as well as the chai after a thumb came off', async () => {
    const thumb = await call('Madam, in our marble shop the tile cutting machine went over my helper\'s hand and his thumb is not with the hand now, it is lying on the floor',
      'his hand is wrapped with cloth and still dripping, he is asking for chai and biscuit, can I give?')
    expect(last(thumb).text).toMatch(/^No food or drink, not even a biscuit/)
  })
})
