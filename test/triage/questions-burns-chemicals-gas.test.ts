import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (burns, chemicals, gas and fire).

describe('burns: what goes on a burn, and what comes off (review 118)', () => {
  it('says no to frozen peas, ice packs, an ice basin and a freezer full of ice on a burn', async () => {
    const peas = await call("I took the cap off the radiator on the dumper while it was still hot and it's blown up into me face and neck", "there's an outside tap by the site cabin about fifty yards off", 'one of the lads has brought a bag of frozen peas, can I hold that on it')
    expect(last(peas).text).toMatch(/^No: no ice or anything frozen, it damages burnt skin/)
    const packs = await call('a pan of gravy went over her legs through her trousers, she is screaming', 'can we put the ice packs from the freezer on her legs')
    expect(last(packs).text).toMatch(/^No: no ice or anything frozen/)
    const basin = await call("I'm by masel closing up the laundrette and the big roller ironer's caught the back of my hand, it's pure scalded", "the cold tap's just a dribble, will I plunge my hand in a basin of ice fae the freezer")
    expect(last(basin).text).toMatch(/^No: no ice or anything frozen.*keep the rest of you warm/)
    const back = await call("I'm on my ain in the dairy and the hot wash line for the milking pipes has burst, near boiling water sprayed right across my back and shoulders", "my shirt's stuck to my back, should I rip it off?", 'there\'s ice in the bulk tank room, can I pack ice on my back?')
    expect(last(back).text).toMatch(/^No: no ice or anything frozen/)
    expect(last(back).text).not.toMatch(/Shut off the supply/)
  })

  it('reads steam blasted up an arm as a scald, and keeps its arm out of the chest freezer', async () => {
    expect(classify("a retort door let go and steam's blasted all up my arm, it's bright red and throbbing").hazards).toContain('burn')
    const steam = await call("Just me on the late shift at the cannery, a retort door let go and steam's blasted all up my arm, it's bright red and throbbing", 'there\'s a chest freezer here, can I shove my arm in among the ice')
    expect(steam[0]?.text).toMatch(/^Cool the burn under cool running water/)
    expect(last(steam).text).toMatch(/^No: no ice or anything frozen/)
  })

  it('still answers butter and yoghurt with no creams, not the frozen-peas line', async () => {
    const yoghurt = await call("at the tallow works a vat of hot fat slopped over and it's gone down a bloke's arm and chest, he's screaming", 'a girl from the office has brought a pot of yoghurt from the fridge to smear on it, should she')
    expect(last(yoghurt).text).toMatch(/^No ice, creams or butter/)
    const both = await call('hot oil went over his arm at the fryer', 'the head chef says put butter on it is that alright or should i put some ice on it out the freezer')
    expect(last(both).text).toMatch(/^No ice, creams or butter/)
  })

  it('leaves the loose skin, the blisters, set tar and set sugar alone', async () => {
    const skin = await call("I'm by masel closing up the laundrette and the big roller ironer's caught the back of my hand, it's pure scalded", "the cold tap's just a dribble, will I plunge my hand in a basin of ice fae the freezer", "there's a loose bit of skin dangling and big blisters, will I snip it off wi' the scissors")
    expect(last(skin).text).toMatch(/^No: don't cut the loose skin or burst the blisters/)
    const tar = await call("we're doing a flat roof and the tar boiler's spat all over a young lad, he's hot tar up his arm and down one side of his neck", "should we be picking the tar off him, it's set hard")
    expect(last(tar).text).toMatch(/don't peel the tar off/)
    const sugar = await call("there's just me at the rock candy works and a pan of boiling sugar's slopped across my hand and wrist, clinging on like glue, och", "will I peel off the sugar now, it's set hard as glass")
    expect(last(sugar).text).toMatch(/^No: leave it on, peeling it tears the burnt skin/)
    const stuck = await call('hot oil went over his arm at the fryer', "his top's stuck to him, should we pull it away from his skin")
    expect(last(stuck).text).not.toMatch(/loose skin/)
  })

  it('keeps cooling a burn that was cooled for only five or ten minutes', async () => {
    const ten = await call('a flash fire in the paint booth, his face and both hands are burnt', "we've been cooling it with water about ten minutes now is that enough? and the nurse says put cling film on, should i wrap it right round his hands")
    expect(last(ten).text).toMatch(/^Twenty minutes under cool running water, even if it feels better sooner. Yes: once it's cooled for twenty minutes/)
    const early = await call('hot soup went over her forearm in the canteen', "we've had it under the cold tap for about five minutes now, it feels better, can we stop")
    expect(last(early).text).toMatch(/^Twenty minutes under cool running water/)
  })

  it('says yes to cling film, laid loosely, and stops the cooling once they shiver', async () => {
    const film = await call("I'm on me own in the workshop, a lump of slag went down the front of me overalls and stuck to me chest, the skin's gone white and leathery", "there's no shower, just the hose pipe out the yard, will that do?", "should I peel off the bit of the overalls that's stuck on it?", 'can I put some of the cling film off me sandwiches on it?')
    expect(last(film).text).toMatch(/^Yes: once it's cooled for twenty minutes, lay a clean piece loosely over the burn/)
    expect(last(film).text).not.toMatch(/Press firmly around it/)
    const cold = await call("hello love, one of the cooks in the school kitchen has tipped the big pot of pasta water down herself, it's gone all over her arm and the front of her legs, she's screaming", "we've got her at the sink running cold over her arm but her legs are burnt too and her trousers are stuck to her. one of the dinner ladies says put butter on it, it's what her mam did", "it's been about ten minutes under the water now and she's shaking and shivering, her teeth are chattering. the skin's gone white and peeling in big bits on her shin", "we're at st mary's primary on canal street, the kitchen is round the back past the bins. should i wrap it in the cling film from the kitchen or leave it")
    expect(last(cold).text).toMatch(/^Lay the cling film loosely over the burns.*No more cooling now they're shivering/)
  })

  it('takes the watch and ring off a man burnt in a switch-room blast, and the ring off a swelling scalded hand', async () => {
    const blast = await call('there was a big bang in the switch room and Kofi came out with his face all black and his shirt is smoking, he is just walking round and round', 'we poured water from the sachets on his face, the skin is peeling on his hands, shall I remove his watch and ring?')
    expect(last(blast).text).toMatch(/^Yes: watch and rings off now, before it swells/)
    const ring = await call("Just me on the late shift at the cannery, a retort door let go and steam's blasted all up my arm, it's bright red and throbbing", "my finger's swelling round my wedding band")
    expect(last(ring).text).toMatch(/^Rings and watch off now/)
  })
})

describe('chemicals: what to rinse with, for how long, and what comes off (review 118)', () => {
  it('rinses a chemical eye with bottled or trough water now, never a drink or fish-tank water, and soda water only if nothing else', async () => {
    const bottled = await call("a splash of the floor stripper's gone in the cleaner's eye, she wears glasses but it went round the side", "the eyewash station's up two flights of stairs, she can't see where she's going", 'can we use bottled water from the fridge')
    expect(last(bottled).text).toMatch(/^Yes: use it now if it's all there is, lids held open/)
    const trough = await call("the farmer's young lad was dehorning the calves and he's got the dehorning paste in his eye, he's roaring with it", 'the only water out here is the cattle trough, is that alright to use on it')
    expect(last(trough).text).toMatch(/^Yes: use it now/)
    const lucozade = await call("I'm by meself treating a wasp nest in somebody's loft and the powder's blown back in me face, me eyes won't stop watering and I can hardly see", "the loft hatch and the ladder are somewhere behind me, I can't see them properly", 'the only thing in me bag is Lucozade, can I wash me eyes out with that')
    expect(last(lucozade).text).toMatch(/^Plain water only in the eye, nothing else.*stay still, don't rub/)
    const tank = await call("I'm on my own in the pet shop and I've splashed the pH down stuff for the fish tanks right in my eye, it's acid", "I can't open my eye at all, it's screwed shut and it's roaring", 'the only tap\'s in the back by the stockroom, can I use the water out of the fish tank')
    expect(tank[0]?.text).not.toMatch(/tank water/)
    expect(last(tank).text).toMatch(/^No: not tank water, it's dirty. Get to the tap now/)
    expect(classify("I've been topping up the glasswasher stuff behind the bar and it's glugged back and splashed right up in Kayleigh's eye, she's screaming").hazards).toContain('chemical_exposure')
    const soda = await call("I've been topping up the glasswasher stuff behind the bar and it's glugged back and splashed right up in Kayleigh's eye, she's screaming", 'we\'ve only got the soda water from the gun, can we use that')
    expect(last(soda).text).toMatch(/^Plain tap water if you can get to it; soda water only if there's nothing else/)
  })

  it('wants steady rinsing, not a few splashes, and keeps it going past five minutes however much better it feels', async () => {
    const splash = await call("I'm on my own cleaning an office at night and I've squirted limescale remover straight in my eye, the nozzle was pointing the wrong way", "I'm at the sink in the toilets but the tap only runs hot", 'can I not just splash it a few times and hold a wet paper towel on it')
    expect(last(splash).text).toMatch(/^No: a few splashes aren't enough/)
    const eye = await call("I've been topping up the glasswasher stuff behind the bar and it's glugged back and splashed right up in Kayleigh's eye, she's screaming", "we've only got the soda water from the gun, can we use that", "she's got contacts in, do I take them out first or what", "we done it five minutes and she says it's alright now, so we can stop yeah?")
    expect(eye[2]?.text).toMatch(/^Take the contact lens out only if it slides out easily/)
    expect(last(eye).text).toMatch(/^No: keep rinsing at least twenty minutes, even if it feels better/)
    const caustic = await call('at the indigo dye workshop the vat tipped and the caustic soda solution has gone all down the legs of my coworker, his trousers are soaked through, yaar', 'our manager is saying we should pour vinegar on it so the two neutralise, shall I do that', 'we are hosing his legs but the skin is going slippery and soapy feeling and he is screaming more', "it's been five minutes of washing, can we stop now and put some cream")
    expect(last(caustic).text).toMatch(/^No: keep rinsing at least twenty minutes.*No creams/)
  })

  it('gets soaked overalls and trousers off, cut not over the head, and washes wet cement and caustic foam off rather than wiping', async () => {
    const overalls = await call("at the dairy a young fella's been splashed with caustic off the cleaning line, it's all down his chest and arm and his overalls are soaked in it", "someone's saying chuck vinegar on it to cancel it out", "he's stood in the emergency shower now, does he keep his overalls on")
    expect(last(overalls).text).toMatch(/^Get them off now, under the water/)
    const head = await call("in the crisp factory a hose on the clean-in-place line has burst and sprayed acid over a lad from the hygiene team, it's all over his chest and arms", 'his overalls are sopping with it, do we pull them off over his head')
    expect(last(head).text).toMatch(/^Yes, off now, gloves on: cut them off rather than over the head/)
    const trousers = await call("I'm on me own in the tannery, one of the drums of the lime liquor split and it's gone all down me legs, me trousers are soaked with it and it's starting to sting", 'should I hose meself down or will water make it worse?', "can I keep the trousers on till I get home, I've no spare ones here")
    expect(last(trousers).text).toMatch(/^Get them off now, under the water/)
    const cement = await call("a young fella's got his hand caught up in the cement mixer on the site and the drum's still going round", "it's a petrol one, there's no button on it, how do I stop the bleedin' thing", "we got it stopped and his arm out, there's a bone poking out of the forearm", "his arm's plastered in wet cement too, do we leave that on him till the ambulance comes")
    expect(last(cement).text).toMatch(/^No: wet cement burns skin/)
    const foam = await call('the foam for cleaning the lines, the very strong one, it spray out the hose on my colleague neck and chest, he is red and says it is biting him', 'should we wipe it off first with dry paper towel?')
    expect(last(foam).text).toMatch(/^Don't waste time wiping: rinse it off/)
  })

  it('reads quicklime in wellies as lime on skin, brushed off before the hose', async () => {
    expect(classify("at the limekiln restoration a bag of quicklime has split and the powder's gone down inside his wellies, his shins are burning, proper job").hazards).not.toContain('fire')
    const lime = await call("at the limekiln restoration a bag of quicklime has split and the powder's gone down inside his wellies, his shins are burning, proper job", 'should we turn the hose straight on his legs')
    expect(last(lime).text).toMatch(/^Yes, once their boots are off and the dry powder brushed off/)
    expect(last(lime).text).not.toMatch(/muster point/)
  })

  it('sends a chemical eye and an HF burn to hospital, not back to work', async () => {
    const calves = await call("the farmer's young lad was dehorning the calves and he's got the dehorning paste in his eye, he's roaring with it", 'the only water out here is the cattle trough, is that alright to use on it', 'his mam wants to put the eye drops from the bathroom cabinet in to soothe it', "he's stopped crying and says it feels grand now, can he go back out to the calves")
    expect(last(calves).text).toMatch(/^No: a chemical in the eye can keep doing damage/)
    const hf = await call("at the university lab a postdoc's spilled hydrofluoric acid on her gloves and it's got through onto her fingers, love", "it doesn't hurt much yet, should she just wash her hands and carry on")
    expect(last(hf).text).toMatch(/^No: HF burns deep before it hurts/)
    const back = await call('acid splashed in his eyes at the plant room', 'the room smells really strong and my eyes are stinging, should i go back in and drag the other one out')
    expect(last(back).text).not.toMatch(/chemical in the eye can keep doing damage/)
  })

  it('does not rinse a wound in the eye', async () => {
    const wire = await call("up at the plantation a strand of the deer fence wire's whipped back and gone right into Donnie's eye, there's blood and clear stuff running out of it", "can we rinse it with what's in my water bottle")
    expect(last(wire).text).toMatch(/^No: don't rinse a wound in the eye/)
    expect(last(wire).text).not.toMatch(/rinse it with clean water/)
  })
})

describe('gas and carbon monoxide: switches, staying in, engines and going back in (review 118)', () => {
  it('says no to flicking lights, fans, extractors, dryers and plugs on or off in a gas leak', async () => {
    const lights = await call("there's a proper whiff of gas in the plant room, and a hiss from the pipework", 'should I flick the lights off')
    expect(last(lights).text).toMatch(/^No: don't touch any switch, on or off/)
    const fan = await call('the church hall kitchen reeks of gas where we do the lunch club, one of the hob knobs was left on with no flame', 'should I switch the big extractor fan on to clear it out')
    expect(last(fan).text).toMatch(/^No: don't touch any switch/)
    const dryers = await call("there's a right stink of gas in the launderette, all the dryers are going", 'should I switch the dryers off at the plug')
    expect(last(dryers).text).toMatch(/^No: don't touch any switch/)
    const bakery = await call('there is strong smell of cooking gas inside the bakery and the cylinder is making shhhh sound', 'can I put off the light switch and the fan before we go out?')
    expect(last(bakery).text).toMatch(/^No: don't touch any switch/)
    const wash = await call('at the car wash the big bottle for the hot water machine is making loud hissing and the smell is very strong like rotten eggs, some boys are smoking outside', 'should I turn off the hot water machine at the switch?')
    expect(last(wash).text).toMatch(/^No: don't touch any switch/)
  })

  it('clears the whole building, bar and all, and knocks on the neighbours\' doors', async () => {
    const bar = await call("the kitchen in our rugby clubhouse is full of the stink of gas, the tea lady says her head's spinning", 'there\'s a bar full of people watching the match next door, do we really have to clear them all out')
    expect(last(bar).text).toMatch(/^Yes: get everyone out of the building now/)
    const street = await call("we've hit the gas main with the mini digger, it's roaring out the hole, you can smell it down the whole street, we're on the corner of station road and elm grove", "the digger driver's still sat in the cab wanting to start it back up and move it off, and two of the lads are having a fag over by the van", "there's houses right next to the hole, an old lady's come to her door to see what the noise is, should we knock on all the doors")
    expect(last(street).text).toMatch(/^Yes: knock, don't ring doorbells/)
  })

  it('gets people out of carbon monoxide rather than staying in with the windows open, and keeps them out of running vehicles', async () => {
    const laundry = await call("the boiler flue in the laundry's come apart and the ladies in there have all got splitting heads, one's fainted", "there's a funny smell but it's not like gas", 'should we open all the windows and stay put')
    expect(last(laundry).text).toMatch(/^No: don't stay in there, open windows or not/)
    const kiln = await call("in the pottery the kiln's gas fired, the extractor's packed in and one of the throwers has keeled over in the kiln room, another says her head's banging", 'should I prop the windows open and stop in there with her till help comes')
    expect(last(kiln).text).toMatch(/^No: don't stay in there/)
    const outside = await call('there was smoke from the generator in the shed and I felt dizzy', "I've got myself outside by the pitch now, I'm coughing non stop and there's a rattle in my chest")
    expect(last(outside).text).not.toMatch(/don't stay in there/)
    const car = await call('we have small heater on diesel in the workshop because is very cold, now three of us have very heavy head and want to vomit', 'we open the window, now is ok to stay and finish?', "my friend is sleeping on the chair, I shake him and he don't open his eyes properly", 'we are outside now, can we sit in the car with engine on for warm?')
    expect(last(car).text).toMatch(/^No: not in a running vehicle, that's more fumes/)
    const van = await call('morning, we had two lads kipping in the marquee overnight minding the kit for the wedding, they had the patio heater going with all the flaps zipped up, and one of them won\'t wake up proper', 'the other lad\'s got a splitting head and keeps throwing up, is it just a bug?', "we've dragged the dozy one out on the grass, he's breathing but like a rag doll, shall we sit him in my van with the heater and engine on to warm him")
    expect(last(van).text).toMatch(/^No: not in a running vehicle/)
    expect(van[0]?.text).not.toMatch(/running vehicle/)
  })

  it('reads a yellow, lazy boiler flame beside a splitting head as carbon monoxide, not a fire', async () => {
    const said = "I'm on my own down in the plant room of the hotel, me head's splitting, the room's spinning and I want to get sick, the flame on the boiler's gone all yellow and lazy"
    expect(classify(said).hazards).toContain('carbon_monoxide')
    expect(classify(said).hazards).not.toContain('fire')
    const boiler = await call(said, 'should I try and turn the boiler off before I go?')
    expect(last(boiler).text).toMatch(/^Only if it's right by you on your way out/)
    expect(last(boiler).text).not.toMatch(/muster point|fire alarm/)
  })

  it('keeps people out of chlorine, fumes and a frosted leaking valve', async () => {
    const door = await call("I'm on me own cleaning at the squash club and I've tipped bleach into a bucket that had the toilet acid in, there's a greeny fog and it's catching my throat something awful", 'can I dash in and prop the fire door and windows open to let it out')
    expect(last(door).text).toMatch(/^No: nobody goes back in/)
    const pump = await call("at the seal sanctuary one of the keepers went into the plant room for the pools and she's collapsed in there, there's a horrible smell", "it's like bleach, it's catching my throat from the door, will I go in and switch the pump off")
    expect(last(pump).text).toMatch(/^No: nobody goes back in/)
    const fogger = await call("I'm on my own fogging the hen shed at the egg farm with the disinfectant and my mask strap snapped, I've breathed in loads of it and my throat's burning", "I've left the fogger going in there, will I pop in again and knock it off")
    expect(last(fogger).text).toMatch(/^No: don't go back in/)
    const valve = await call("hey we got a food truck at the county fair and the big tank on the back is hissing real loud, there's frost on the valve and it stinks like rotten eggs", 'my buddy wants to fire up the grill so we can finish the orders quick', "should I try to crank the valve shut? it's freezing to touch")
    expect(last(valve).text).toMatch(/^No: don't go back to it; it can freeze-burn you/)
  })
})

describe('fire and electricity: towels, buckets, extinguishers, warning people and dead-looking cables (review 118)', () => {
  it('tells a caller cut off by smoke to seal a room with a wet towel, and not to jump yet', async () => {
    const towel = await call("I can't get down the stairwell, the smoke's coming up, I'm on the third floor", "there's a fire door I came through", 'should I wet a towel')
    expect(last(towel).text).toMatch(/^Yes: get into a room away from the smoke, shut the door, wet towel along the gap/)
    expect(last(towel).text).not.toMatch(/muster point/)
    const jump = await call("I'm stuck in the office upstairs at the printworks, there's smoke coming up through the gaps in the floorboards and the stairs are full of it", 'should I open the window?', "it's getting proper hot in here, can I jump? it's only the first floor")
    // Review 118's re-grade (R2-123): from the first floor, a hang-and-drop is the last resort, not a flat no.
    expect(last(jump).text).toMatch(/^Not yet, while you can breathe at the window/)
  })

  it('leaves the fire: no buckets with a mate on the ladder, no extinguisher at smoky stairs, no red one on a fat fire', async () => {
    const thatch = await call("the roof we're thatching has caught fire by the chimney and my mate's still up top on the ladder with the smoke rolling over him", 'should I chuck buckets of water up at it from the water butt')
    expect(last(thatch).text).toMatch(/^No: leave the fire. Shout to whoever's up there to come down now/)
    const stairs = await call("I'm up on the mezz in the packhouse on me own doing the night clean and there's thick black smoke coming up the stairs, the alarms are screaming", "there's an extinguisher up here, should I give it a go from the top of the stairs?")
    expect(last(stairs).text).toMatch(/^No: don't fight it. Get out another way/)
    const fat = await call("i turned the gas off at the wall and put the lid on it and the flames have gone", "it's still smoking a lot can i take the lid off to check it's out", 'one of the girls wants to throw a jug of water on it just to be sure', "oh god it's flared up again flames are coming up the side of the extractor hood", 'there\'s a red fire extinguisher on the wall should i use that')
    expect(last(fat).text).toMatch(/^No: a red one is water, and on a fat fire that's a fireball/)
  })

  it('has the projectionist warn the audience if the way is clear', async () => {
    const cinema = await call("hello love, i'm the projectionist at the picture house, there's smoke pouring out the back of the projector in the booth and a burning plasticky smell", "there's a water extinguisher on the landing, i'm going to give it a blast, it's all still plugged in mind", "right i've got out, the audience is still in screen two and the film's still running, do i go and tell them or what")
    expect(last(cinema).text).toMatch(/^Yes, if the way is clear of smoke: sound the fire alarm/)
  })

  it('sends an electric shock with a burn mark or confusion to hospital, and hears no ambulance request as that question', async () => {
    const zap = await call("I touched the back of the oven and got a right zap, my hand's tingling", "no I'm alright just shaky", 'there\'s a little black mark on my finger', 'do I have to go hospital')
    expect(last(zap).text).toMatch(/^Yes: after an electric shock you need checking in hospital even if you feel fine, more so with a burn mark/)
    const confused = await call("someone's had an electric shock in the second shed past the weighbridge he's still holding the cable", "ok i think the power's off now someone pulled the isolator", "he's lying there his eyes are open but he's confused and there's a burn on his hand", "do we need an ambulance he says he's fine")
    expect(last(confused).text).toMatch(/^Yes: after an electric shock they need checking in hospital even if they feel fine/)
    const first = await call("hello we need an ambulance, a lad's fell off the scaffold on the building site and he's landed on some cables on the floor, there were a big bang and a flash, i think they're live")
    expect(last(first).text).not.toMatch(/need checking in hospital/)
  })

  it('keeps hands off a basket that may be live, and a cable that only looks dead', async () => {
    const basket = await call("the cherry picker's gone up too far in the shed and the operator's jammed between the basket rail and the roof beam", "the basket's touching the crane rail and there's sparks spitting off it", 'the ground controls are down the bottom, can I bring it down from there')
    expect(last(basket).text).toMatch(/^Not while it may be live: nobody touches the machine/)
    const cable = await call('the digger has just hit a cable in the trench there was a massive bang and a flash and smoke', "the driver is still in the cab hes slumped over the controls, the ground is smoking round the bucket", 'im going to climb up on the tracks and pull him out he needs help', 'the lads say the power is off now the street lights went out, can we go to him now is it safe')
    expect(last(cable).text).toMatch(/^No: street lights going out doesn't prove the cable is dead/)
  })

  it('moves people across the wind, then upwind, when a cloud turns on them', async () => {
    const ammonia = await call("theres a big white cloud coming off the ammonia plant at the cold store the smell is unreal my eyes are streaming we all ran out to the car park", "dave is still in there by the compressor room i can see the door from here im gonna hold my breath and run in and get him its only like thirty metres", 'ok ok im not going in but the wind has just changed its blowing right at us now in the car park where do we go how far back')
    expect(last(ammonia).text).toMatch(/^Move now, across the wind out of the cloud, then upwind/)
  })
})

describe('heat and cold: how to cool and how to warm (review 118)', () => {
  it('keeps direct heat and saunas off a cold casualty', async () => {
    const oven = await call("we've found a fella in the walk-in chiller, he's been locked in since this morning, he's blue and barely mumbling", 'should we stick him in front of the ovens to warm him up')
    expect(last(oven).text).toMatch(/^No: no direct heat/)
    const sauna = await call("at the salmon farm one of the boys slipped off the cage walkway into the voe, he's out now, dripping wet and shivering like mad", 'there\'s a sauna in the bothy, will we get him in it to heat him up')
    expect(last(sauna).text).toMatch(/^No: no direct heat/)
  })

  it('pours water over a confused hot casualty instead of lowering him into a butt', async () => {
    const butt = await call("at the incinerator one of the lads raking out the clinker has collapsed, he's red hot to the touch, babbling, and he can't tell us his name", 'there\'s a big water butt outside, could we lower him into it')
    expect(last(butt).text).toMatch(/^No: not into deep water/)
    const cabin = await call("at the incinerator one of the lads raking out the clinker has collapsed, he's red hot to the touch, babbling, and he can't tell us his name", 'we put him in the AC cabin with wet cloths and the fan, how long we do this?')
    expect(last(cabin).text).not.toMatch(/deep water/)
  })

  it('reads 112 and chills while cooking as heat illness, and a lone caller hoses down, lies down, and does not hike back', async () => {
    expect(classify("I'm up on a roof out in Mesa by myself, it's like 112, I got goosebumps and chills even though I'm cooking, my head's pounding and I feel like I'm gonna puke").hazards).toContain('heat_illness')
    const roof = await call("I'm up on a roof out in Mesa by myself, it's like 112, I got goosebumps and chills even though I'm cooking, my head's pounding and I feel like I'm gonna puke", "I'm gonna climb down the ladder and get to the truck", 'made it down, I got a Gatorade and the hose, do I just spray myself?')
    expect(last(roof).text).toMatch(/^Yes: pour it over your head and body now/)
    const wharf = await call("working on my tod relaying setts on the wharf, it's a proper scorcher, I've got a thumping head, I'm lightheaded and my skin's gone hot and dry", "there's a standpipe and a hose here, should I soak myself with it", "I'm on the verge of fainting, can I lie down here on the cobbles")
    expect(last(wharf).text).toMatch(/^Yes: lie down now before you fall/)
    const tunnel = await call("I'm picking on my own in the strawberry tunnels, it's sweltering under the plastic, my head's thumping, my legs have gone to string and my heart's hammering", "there's only a tin of lager and some cola in my cool box, which do I drink", "should I hike back to the farmhouse, it's a good mile over the fields")
    expect(last(tunnel).text).toMatch(/^No: don't walk back/)
  })
})

describe('swallowed fuel and asbestos dust (review 118)', () => {
  it('does not make a man sick after swallowing diesel, and keeps asbestos-covered workers out of the staff shower', async () => {
    const diesel = await call("at the haulage yard one of the drivers was siphoning diesel with a bit of pipe and he's got a gobful and swallowed some", 'should we get him to throw it up')
    expect(last(diesel).text).toMatch(/^No, don't make them sick/)
    const dust = await call('we were drilling out an old ceiling in a school refurb and a board broke and theres dust everywhere the survey says amosite asbestos', 'the two lads who were drilling are covered in the dust should they go and have a shower in the staff room')
    expect(last(dust).text).toMatch(/^No: don't walk the dust through the building/)
  })
})

describe('the medium-graded questions in these themes (review 118)', () => {
  it('says what goes on a burn, before and after the twenty minutes, and what to do with no water', async () => {
    const what = await call('hot oil splashed on his arm, bad burn', 'about the size of his hand', 'what do i put on it')
    expect(last(what).text).toMatch(/^Nothing yet: keep it under cool running water for twenty minutes, then lay cling film loosely/)
    const after = await call('i opened the combi oven on full steam and it blasted me, my both hands and arms are burning so bad, what do i do', 'ok my hands are under the tap now, a lot of blisters coming, the kp wants to pop them with a needle so they go down', "it's been twenty minutes under the water, both palms and the back of my hands and up to the wrists, blisters are big, what now, what do i cover it with")
    expect(last(after).text).toMatch(/^Lay cling film loosely over the burns, not wrapped tight/)
    const ae = await call('just burnt me wrist on the steam wand thing, hurts like hell', 'about the size of a 50p', "I've got it under the cold tap", 'do I need to go to A&E')
    expect(last(ae).text).toMatch(/^Blisters on your hand, face, feet, a joint or the groin/)
    const dry = await call('fire in the workshop and one guy got burned on his arms', 'yes we are all outside', 'its a big burn', 'no water outside, what do I do')
    expect(last(dry).text).toMatch(/^Use any cool clean water you can get/)
  })

  it('cools a burnt face too, warns that a numb burn is deep, keeps clinging jeans on, and puts the foil blanket round a shivering casualty', async () => {
    const face = await call("I'm on me own doing the garden at the big house, I threw a drop of petrol on the bonfire and it went up in me face, me hands and face are roasting", "I've got the hose going on me hands, but me face is smarting too, will I put the hose on me face")
    expect(last(face).text).toMatch(/^Yes: cool your face too/)
    const numb = await call("at the glass studio a gather of molten glass dropped off the pipe onto a glassblower's forearm, the skin's gone all white and leathery", "he can't feel it at all, is that a good sign")
    expect(last(numb).text).toMatch(/^No: no feeling can mean a deep burn/)
    const jeans = await call("the brewer's had hot wort gush out of the mash tun over his legs, his jeans are sodden with it", "do we rip his jeans off him, they're clinging to his skin")
    expect(last(jeans).text).toMatch(/^No: leave anything stuck to the skin. Cut the cloth around it/)
    const foil = await call('at the lantern festival a steward has leant over a lantern and her fleece has gone up, she\'s screaming', 'there\'s a bucket of sand by the stage, do we throw it on her', "it's out, her neck and her chin are burnt and the fleece has stuck to her", "she's shivering, should we wrap her up in the foil blanket")
    expect(last(foil).text).toMatch(/^Yes: wrap them in it to keep them warm, but keep it off the burns/)
  })

  it('warms liquid-nitrogen fingers gently, not under the hot tap', async () => {
    const cold = await call("one of the lab techs was filling a dewar and the liquid nitrogen's gone down inside his glove", "he's whipped the glove off and the ends of his fingers look white and waxy and he can't feel them", 'should we run them under the hot tap to thaw them out')
    expect(last(cold).text).toMatch(/^No rubbing and no direct heat. Warm them gently in lukewarm water/)
  })

  it('gets caustic wellies off and hands the data sheet over', async () => {
    const wellies = await call("at the hatchery one of the lads was washing out the incubators with caustic and the hose has come off, it's gone all down his arms and into his wellies", "his legs are burning, should he keep his wellies on till he's under the shower")
    expect(last(wellies).text).toMatch(/^Get them off now, under the water/)
    const sds = await call('hi i got a worker here who got caustic in her eye we were doing the clean in place on line two and a hose popped off', 'shes at the eye wash station now been maybe a minute she wants to stop cause its cold and it stings how long does she have to stay on it', 'were at northern dairy co op on 8th line in guelph ontario just off highway 6 oh and she wears contacts by the way', 'paramedics are pulling in now should i bring the safety data sheet out to them its sodium hydro side about two percent')
    expect(last(sds).text).toMatch(/^Yes: have someone hand it to them, but keep the rinsing going/)
  })

  it('answers the gas caller: ring it in from outside, no call point by the gas, how to turn the meter lever, no reaching into the cage', async () => {
    const ring = await call("there's a smell like rotten cabbage round the gas meter and I can hear it whistling", 'should I ring it in from my mobile out here')
    expect(last(ring).text).toMatch(/^Yes, once you're well away from the smell: ring the gas emergency line, 0800 111 999/)
    const point = await call("I'm the science technician, there's a really strong smell of gas in the chemistry lab and one of the bunsens at the front is still lit", 'the kids are all out but should I go back and open the windows', 'can I switch the lights off and hit the big red gas button by the door', "the fire alarm call point's right outside the lab, do I smash it")
    expect(last(point).text).toMatch(/^Not by the gas: raise the alarm by shouting/)
    const lever = await call("the kitchen in our rugby clubhouse is full of the stink of gas, the tea lady says her head's spinning", "there's a bar full of people watching the match next door, do we really have to clear them all out", 'one of the committee wants to flick the kitchen fan on and shift the smell', "how do I shut the gas off, there's a yellow lever on the pipe by the meter")
    expect(last(lever).text).toMatch(/^Turn the lever a quarter turn so it's across the pipe/)
    const hose = await call("at the ice hockey arena there's a hissing from the plant room and the ice tech's come out choking, eyes streaming, and it stinks of cat wee", "the other tech's still in there, I can see him lying on the floor through the glass in the door", 'should we hose the one that came out down with water')
    expect(last(hose).text).toMatch(/^Yes, gently: rinse their eyes and skin with lots of clean water/)
    const cage = await call('at the caravan park the big gas bottle cage by the shop is hissing and there\'s frost on the pipe, the whole site reeks of it', 'will I nip into the cage and shut the valve on the bottle')
    expect(last(cage).text).toMatch(/^No: don't go in or reach in to it/)
  })

  it('answers the fire and heat callers: no foam on lithium, open the window if no smoke outside, sit in the air-conditioned cab, soak the head at the trough', async () => {
    const lithium = await call('the lithium batteries on the charging bench are smoking and popping', 'should I use the foam one')
    expect(last(lithium).text).toMatch(/^No: don't fight a battery fire/)
    const window = await call("I'm stuck in the office upstairs at the printworks, there's smoke coming up through the gaps in the floorboards and the stairs are full of it", 'should I open the window?')
    expect(last(window).text).toMatch(/^Yes, if there's no smoke outside it: open it/)
    const cab = await call("I'm painting the white lines on the car park at the retail park on my own, there's no shade anywhere, I've got cramps in both calves and I'm dizzy", 'should I sit in the cab with the engine on for the air con')
    expect(last(cab).text).toMatch(/^Yes: sit in the cab with the air con on.*Don't drive/)
    const trough = await call("I'm up the mountain on my own doing a bit of walling, there's no shade and the sun's been beating down all day, I've come over all funny, head's thumping, I've been sick, and I've no water left", "there's a cattle trough down by the gate, can I stick my head in that")
    expect(last(trough).text).toMatch(/^Yes: wet your head, neck and arms to cool down/)
  })
})

describe('water on a fire that is neither oil nor electrical (review 118, the lead\'s check)', () => {
  it('gives the small-fire conditions for a hose reel on an ordinary fire, and keeps "no water" for a fryer', async () => {
    const office = await call('theres a fire in zone a', 'can we use the hose reel')
    expect(last(office).text).toMatch(/^Only if it's small, not oil or electrical, and your way out is behind you/)
    expect(last(office).text).not.toMatch(/burning oil/)
    const fryer = await call("the chip fryer in the kitchen's gone up, flames up the wall", 'should I chuck water on it')
    expect(last(fryer).text).not.toMatch(/^Only if it's small/)
  })
})
