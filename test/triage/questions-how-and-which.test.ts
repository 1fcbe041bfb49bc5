import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (how, which and how long).

describe("the caller's own questions, answered (review 118)", () => {
  it('reads a slack side and mixed-up words as a stroke, refuses the tablets and the all-clear, and a lone potter hears it is no pins and needles', async () => {
    const aunty = ['mi aunty at the till, the whole of her right side just gone slack, she cyaan hold the pen and her words a come out all mix up',
      'she seh she just tired, she want go lie down upstairs inna the flat']
    expect(classify(aunty[0]!).hazards).toContain('stroke')
    const tablets = await call(...aunty, 'mek mi give her some of her pressure tablets? she never tek them this morning')
    expect(last(tablets).text).toMatch(/^No, nothing to eat or drink, not even water or tablets/)
    const better = await call(...aunty, 'mek mi give her some of her pressure tablets? she never tek them this morning',
      'now she seem better, she a talk proper again and she can hold the cup, so we nuh need nobody to come?')
    expect(last(better).text).toMatch(/^Even if it's getting better, it's still an emergency/)
    expect(last(better).text).not.toMatch(/check their breathing for ten seconds/)
    const potter = await call("I'm on my own in the pottery and my right hand's gone all useless, I keep dropping the clay, and my face feels funny, like it's sliding",
      'could it just be from the wheel, pins and needles like? I been throwing pots all morning')
    expect(last(potter).text).toMatch(/^Don't put it down to that: a weak hand and a face that feels odd can be a stroke/)
  })

  it('reads a bleed like a fountain, and answers where the tourniquet goes and whether a tied apron string is enough', async () => {
    const strap = await call('the steel band on the bundle snap and whip across my colleague arm inside the elbow, it is coming out like a fountain, jumping every second',
      'I hold my jacket on it but the jacket is already full and it still come through',
      'we have ratchet strap in the truck, I can make it tight round his arm up high? how tight?')
    expect(strap[0]!.urgency).toBe('CRITICAL')
    expect(last(strap).text).toMatch(/^Yes: round the limb a hand's width above the cut/)
    const where = await call('abeg come quick, the chain for the saw jump and catch my colleague for him upper leg, the red is shooting out like tap, the whole sawdust don red',
      'I dey press am with my two hand but e still dey come out through my fingers',
      'we get one tourniquet for the box, where I go put am, on top of the cut or below am?')
    expect(last(where).text).toMatch(/^Above it: between the wound and the heart, a hand's width above, not on a joint/)
    const apron = await call('hello my cousin was working the big bending machine for the metal sheets and the top came down, his hand is gone, it is still inside under the blade',
      'the machine is still on, can I push the pedal to lift the blade and take out the hand',
      'from the arm is coming very much, I tied the string of the apron round the arm up high, is enough?')
    expect(last(apron).text).toMatch(/^Leave it on: pull it tighter until the bleeding stops/)
  })

  it('reads fingertips taken by a planer, and keeps a lone joiner pressing, not searching the shavings', async () => {
    const planer = await call('I am alone in the joinery and the planer take the tops of two of my fingers, I hold my hand but it is a lot of red',
      'the pieces are in the machine, inside the shavings, I should look for them?')
    expect(planer[0]!.sources).toContain('amputation-save-part')
    expect(last(planer).text).toMatch(/^Keep pressing on your hand first, and don't reach into the machine/)
  })

  it('reads glass standing in a stomach, never pulled, and says to press around it, not on it', async () => {
    const glass = ['a big sheet of glass broke on the cutting table and a long piece is standing in my colleague stomach, just under the ribs']
    const pull = await call(...glass, 'he is begging me take it out, it hurts him very much, I can pull it slowly slowly?')
    expect(last(pull).text).toMatch(/^No, don't pull it out: it may be plugging the wound/)
    const press = await call(...glass, 'he is begging me take it out, it hurts him very much, I can pull it slowly slowly?',
      'around the glass it is coming more red now, I press on the glass to stop it?')
    expect(last(press).text).toMatch(/^No, not on it: press firmly around it/)
    const spear = await call('in the dive shop a speargun went off by accident and the spear gone right through the fella calf, it sticking out both sides',
      'he begging me to pull it out, it hurting him bad, I could pull it out?', 'it have red coming out round it, I must press right on it?')
    expect(last(spear).text).toMatch(/^No, not on it: press firmly around it/)
  })

  it('reads arms caught by flames and steam on a back as burns: no toothpaste, sea water will do, stuck uniform left on, twenty minutes', async () => {
    const ship = ['sir the fuel line spray on the hot exhaust in the engine room and flames catch our oiler on both arms, we put it out with the blanket already',
      'the skin is hanging and some parts white, the cook says put toothpaste, is ok?']
    const paste = await call(...ship)
    expect(last(paste).text).toMatch(/^No ice, creams or butter. Cool running water only, for twenty minutes/)
    const sea = await call(...ship, 'we are at sea, we have only sea water from the hose, we can use?')
    expect(last(sea).text).toMatch(/^Yes, if it's all you have: cool the burns with it for twenty minutes/)
    const laundry = ['in the laundry one pipe on the big washing machine broke and the hot steam came on my colleague back and neck, she is crying very much',
      'her uniform is stuck on the back, we pull it off?']
    expect(classify(laundry[0]!).hazards).toContain('burn')
    const stuck = await call(...laundry)
    expect(last(stuck).text).toMatch(/^No: leave anything stuck to the burn/)
    expect(last(stuck).text).not.toMatch(/danger to reach them/)
    const long = await call(...laundry, 'we have only cold water in a bucket and a cloth, how long we do it')
    expect(last(long).text).toMatch(/^Twenty minutes/)
  })

  it('tells which stop to hit, refuses reversing the ironer, and which defib pads a fifteen-year-old gets', async () => {
    const hauler = await call("one of the deckhands on the crabber's had his arm dragged round the pot hauler with the rope, it's still hauling, my lover",
      "the skipper's in the wheelhouse shouting, there's a lever and a big red knob, which one")
    expect(last(hauler).text).toMatch(/^The emergency stop: the big red knob or button, or the pull cord/)
    const mill = await call("at the rolling mill a lad's glove has caught in the rollers, his hand's gone in up to the wrist and they're still turning",
      "there's a pull cord along the side and a big button by the desk, which one")
    expect(last(mill).text).toMatch(/^The emergency stop/)
    const ironer = await call('hello please my colleague her hand is gone inside the big ironing machine the roller one in hotel laundry she is screaming',
      'i pressed the red stop button. my manager say we make the machine go reverse to take out the hand, it is good?')
    expect(last(ironer).text).toMatch(/^No: don't reverse or restart it/)
    const pads = await call("our work experience lad, he's fifteen, he was kicking a ball about at dinner and he just dropped, he was jerking a bit and now he's gone still",
      "he's not breathing right, just the odd gasp now and then", "the defib's got adult pads and a child key thing, which one for him")
    expect(last(pads).text).toMatch(/^Eight or older: adult pads, and leave the child key out/)
    expect(last(pads).text).not.toMatch(/When the defibrillator arrives/)
  })

  it('answers a hypo: how long the sugar takes, juice before the mince pie, and yes to a full-sugar Irn Bru', async () => {
    const coke = await call("one of our drivers has come back into the depot all shaky and sweaty and confused, he's diabetic, should i give him a sugary drink",
      "he's had a full can of coke, how long before he should feel better")
    expect(last(coke).text).toMatch(/^It usually takes ten to fifteen minutes/)
    const elf = await call("at the Santa's grotto one of our elves is diabetic and she's gone sweaty, shaky and snappy with everyone",
      "we've got a mince pie and a carton of orange juice, which is better")
    expect(last(elf).text).toMatch(/^The juice or sugary drink first: it works fastest/)
    expect(last(elf).text).not.toMatch(/^Good\./)
    const cab = await call("I'm in the harvester cab on my own up the forestry, my hands are trembling that bad I can hardly hold the wheel, I'm drenched in sweat and my eyes are going funny, I've no had my piece since the morning, I'm on the insulin",
      "there's a can of Irn Bru in the door, the full sugar one, will that do?")
    expect(last(cab).text).toMatch(/^Yes, the full-sugar one is right: drink it now/)
  })

  it('answers heat: muddled is heat stroke (no climbing), and not back on the furnace today', async () => {
    const viaduct = await call("I'm painting the railings up on the viaduct on my own and it's roasting, my head's pounding and I'm feeling sick",
      "the sweat's dried up and my skin's all hot and dry, should I neck my energy drink",
      'there\'s a sheep trough down below, should I go down and dunk my head in it', "my head's muddled, I can't remember which end I came up")
    expect(last(viaduct).text).toMatch(/^Muddled in this heat is heat stroke: I'm telling the crew. Stay where you are, don't climb anywhere/)
    expect(last(viaduct).text).not.toMatch(/Tell me if you feel confused/)
    const foundry = await call('its roasting in the foundry today and one of the lads is dizzy and feeling sick and sweating buckets hes got a banging headache',
      'ive took him out into the shade and hes drinking water, how long till he can go back in on the furnace')
    expect(last(foundry).text).toMatch(/^No: not back into the heat today/)
  })

  it('answers the helper at a birth, squash or tap for an acid eye, brush or water for pool granules, and no flame to test for gas', async () => {
    const birth = await call("a girl who works at the music shop's in labour in the back, her waters have broke and she's saying it's coming now", "the head's coming, where should my hands be")
    expect(last(birth).text).toMatch(/^As the head comes, just support it/)
    expect(last(birth).text).not.toMatch(/Unlock the door/)
    const squash = await call("the parlour wash, the acid stuff, it's splashed up when I was pourin it and it's gone right in Jim's eyes, he's hollerin",
      "he's got 'em scrunched up tight, he won't let us open 'em", 'all we got is a bottle of orange squash and the trough tap, which one?')
    expect(last(squash).text).toMatch(/^Get them to the tap now .* Plain water only/)
    const granules = await call('in the swimming pool plant room my colleague put water in the bucket with the pool granules and it spit up hot over his arms and his face, the skin is very red',
      'there is still white powder on his arms, we brush it off first or put water?')
    expect(last(granules).text).toMatch(/^Brush the dry powder off first/)
    const burner = await call("I'm alone in the hotel kitchen at 5 in the morning, when I open the door the smell like rotten eggs is very big, I think the tap on the big stove was left open all night",
      'I switch on the lights and the extractor fan to clear it, yes?', 'I close the valve on the wall, then I light one burner to check it is ok?')
    expect(last(burner).text).toMatch(/^No: don't light anything, not even to check/)
  })

  it('reads a fridge shock, a petrol flashback and a cage trolley on the legs, and answers the doctor tomorrow, the aloe and the lift', async () => {
    const fridge = await call('I was fixing the back of the drinks fridge in my shop and something grab my hand, my whole arm jump, now it is numb and my heart is going very fast, I am alone here',
      'there is small black mark on my two fingers and on my palm, is nothing much no?', 'I will just close the shop and go to the doctor tomorrow inshallah, is okay?')
    expect(last(fridge).text).toMatch(/^No: after an electric shock you must be checked in hospital/)
    const grill = await call('I am alone closing the restaurant, I put petrol on the charcoal of the grill and the flame come back on my face and my hands',
      'my voice is going strange, like hoarse, and my nose hairs are gone', 'there is aloe vera plant in the kitchen, I can put it on the face?')
    expect(last(grill).text).toMatch(/^No ice, creams or butter. Cool running water only/)
    const trolley = await call('hello please, worker is under the cage trolley, it fall on him from the ramp of lorry, his legs under it, he is shouting',
      'we are in the back, goods in, loading bay number 2, behind the shop', 'my manager say we lift it off him now quick, we are four people, it is very heavy, is ok?')
    expect(last(trolley).text).toMatch(/^Yes, if it's safe: enough people or a jack, lift it steadily/)
  })

  it('answers how long: CPR until help takes over, the pen within minutes, a burn twenty minutes, a bleach eye more than five', async () => {
    const cpr = await call("doing CPR on my mate, ambulance isn't here", 'how long have I got to keep this up')
    expect(last(cpr).text).toMatch(/^Keep going until they start breathing normally or help takes over/)
    const pen = await call("something's gone in her can and stung her on the lip when she took a swig out in the yard",
      "her whole face is puffing up and she's struggling to get her breath, she's got her own pen in her bag", "I've jabbed it in her leg, how long till it works")
    expect(last(pen).text).toMatch(/^It usually starts to work within a few minutes/)
    const jam = await call("I'm by myself on the late batch at the jam factory and a big gob of boiling jam has spat onto my knuckles and it's welded itself on",
      "how many minutes does it need under the cold tap, it's flipping murder")
    expect(last(jam).text).toMatch(/^Twenty minutes under cool running water/)
    const bleach = await call('I am alone in the lab, when I opened the bottle the hypochlorite solution splashed in my eye, it is burning too much',
      'the eyewash station is not working, only the sink tap is there', 'I am wearing contact lens, should I remove?', 'I have washed five minutes now, is it enough? it is still burning')
    expect(last(bleach).text).toMatch(/^At least twenty minutes of running water, longer for bleach/)
  })

  it('answers which and whether: the cleanest cloth, no tap to look, the hose will do, no hot coffee, the cool place first, no milk, no fingers down the throat', async () => {
    const rag = await call("I'm alone at the forge, the angle grinder kicked and ripped right through my forearm, there's blood everywhere, I'm a blacksmith, butt",
      "I've only got a greasy rag and a tea towel, which one")
    expect(last(rag).text).toMatch(/^The cleanest one: fold it onto the cut/)
    const tap = await call("in the glass blowing studio a vase shattered and a big shard's opened up her wrist, the blood's pumping out, mun",
      "she's panicking and wants to hold it under the tap to see how deep it goes")
    expect(last(tap).text).toMatch(/^No: keep pressing, don't take it off to look or rinse it/)
    const hose = await call("I'm on me own in the workshop, a lump of slag went down the front of me overalls and stuck to me chest, the skin's gone white and leathery",
      "there's no shower, just the hose pipe out the yard, will that do?")
    expect(last(hose).text).toMatch(/^Yes: run it gently over the burn, cool not icy, for twenty minutes/)
    const peas = await call("at the candle factory a vat of hot wax has gone over her legs", "someone's fetched frozen peas out the freezer, will that do instead of water")
    expect(last(peas).text).not.toMatch(/Yes: run it gently/)
    const coffee = await call("I'm on me own unloading a shipping container in the yard, it's baking in there, I've got a blinding headache and I keep retching",
      "both me calves are cramping and the sweat's pouring off me", "there's hot coffee in me flask, any good?")
    expect(last(coffee).text).toMatch(/^No hot coffee: small sips of cool water instead/)
    const club = await call("I'm the groundsman up at the cricket club, I've been rolling the pitch all day in the sun with nobody about, I've got cramps everywhere",
      "I'm dizzy and me head's thumping, I've not had much to drink", "there's a hosepipe and the clubhouse is cool, which first")
    expect(last(club).text).toMatch(/^The cool place first: out of the sun and lie down/)
    const milk = await call('one of the housekeepers drink from a bottle she think was water but it was the oven degreaser, she mouth burning she crying', 'she want to drink some milk, that good?')
    expect(last(milk).text).toMatch(/^No, don't make them sick, and give them nothing to drink/)
    const finger = await call('one of our kitchen porters drink from a jug he think is water but it is the sanitiser we use for the tables, his mouth is paining him',
      'make I put my finger for him throat make he vomit am out?')
    expect(last(finger).text).toMatch(/^No, don't make them sick/)
  })

  it('answers the rest: unequal pupils, locked shutters, an inhaler in the car, the gas meter, a stroke kept upstairs, a nurse taking over CPR', async () => {
    const pupils = await call('at the maltings one of the maltsters has come off the ladder onto the kiln floor, he\'s not coming round but he is breathing, he\'s sprawled face up, together',
      "his eyes don't match now, one's gone wide and dark and the other's shrunk to a speck, what does that mean")
    expect(last(pupils).text).toMatch(/^That can mean pressure building inside the head: I'm telling the crew/)
    const shutters = await call("I'm in the warehouse on me tod, the step ladder went from under me and I've landed on me back on the concrete, proper pain in me neck and me hands are all pins and needles",
      'the shutters are all locked, how are your lot gonna get in?')
    expect(last(shutters).text).toMatch(/^Don't move to open it/)
    const inhaler = await call('I work alone night shift in duvet factory, the feather dust make my asthma very bad, I cannot stop coughing', 'my inhaler is in my car outside in car park, I can go?')
    expect(last(inhaler).text).toMatch(/^Yes, if it's close: walk slowly, resting on the way/)
    const meter = await call('there is very big smell of gas in the kitchen of restaurant, like rotten egg, very strong, wallahi',
      'where is the valve for close the gas, I think near the meter in the back yard. I go close it?')
    expect(last(meter).text).toMatch(/^Turn the lever a quarter turn so it's across the pipe, only if it's on your way out/)
    const stroke = await call('meu Deus, my friend her face is falling on one side and she talk strange, the words is all mixed',
      'we are in office building Kingsway House, the seventh floor from the street. the lift is working, I bring her down to the door?')
    expect(last(stroke).text).toMatch(/^No: keep them where they are, sitting comfortably. Send someone down to meet the crew/)
    const nurse = await call('hello, i am porter at the royal hospital, i am in car park b, a man is fall down next to his car, he not breathing i think',
      'ok i push the chest. how fast i push', 'a lady come now, she say she is nurse, she can take over?')
    expect(last(nurse).text).toMatch(/^Yes: let them take over without a pause in the pushing/)
  })

  it('reads screenwash in a pop bottle as swallowed (no milk), and keeps a caller from going back in for a colleague when the alarm may be real', async () => {
    const screenwash = await call("the wee apprentice has took a big swally oot an Irn Bru bottle but it had screenwash in it, he's spitting and greetin",
      'should we make him sick, stick our fingers doon his throat?', 'will a pint of milk help settle it?')
    expect(screenwash[0]!.sources).toContain('swallowed-chemical')
    expect(last(screenwash).text).toMatch(/^No, don't make them sick, and give them nothing to drink/)
    const agent = await call("ma'am there's a smell like melting plastic on our floor and the ceiling tiles over the server racks are getting dark grey, the alarm is not ringing yet",
      "our team leader says finish the calls first, it's just the aircon", "one agent is still in the CR, I'll go back and get her?")
    expect(last(agent).text).toMatch(/^No: don't go back in. Tell the fire warden and the crew who is still inside/)
  })

  it('tells a farmer waiting for firemen at a slurry tank to send someone to the gate', async () => {
    const slurry = await call('on the farm my brother go inside the tank for clean, the slurry tank, now he is lying on bottom not moving',
      'firemen are coming, where I wait? the farm is after the village Little Hadham, second gate after the church, there is no number')
    expect(last(slurry).text).toMatch(/Send someone to the gate or the road end to wave the crew in/)
  })

  it('hears a late period with pain into the shoulder as a possible bleed inside: flat, legs up, not the late-pregnancy left side', async () => {
    const ectopic = await call("hi sorry i work at the co-op and i've got really bad period pain, like really sharp on one side, my manager said to ring because i nearly passed out",
      "my period's actually late, about six weeks, i didn't think anything of it. the pain is going into my shoulder too which is weird")
    expect(last(ectopic).text).toMatch(/^Pregnant with one-sided pain, fainting or shoulder-tip pain can be bleeding inside/)
    expect(last(ectopic).text).not.toMatch(/left side/)
  })
})
