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

  it('keeps cooling a burn that was cooled for only five minutes', async () => {
    const early = await call('hot soup went over her forearm in the canteen', "we've had it under the cold tap for about five minutes now, it feels better, can we stop")
    expect(last(early).text).toMatch(/^Twenty minutes under cool running water/)
  })

  it('says yes to cling film, laid loosely, and stops the cooling once they shiver', async () => {
    const film = await call("I'm on me own in the workshop, a lump of slag went down the front of me overalls and stuck to me chest, the skin's gone white and leathery", "there's no shower, just the hose pipe out the yard, will that do?", "should I peel off the bit of the overalls that's stuck on it?", 'can I put some of the cling film off me sandwiches on it?')
    expect(last(film).text).toMatch(/^Yes: once it's cooled for twenty minutes, lay a clean piece loosely over the burn/)
    expect(last(film).text).not.toMatch(/Press firmly around it/)
    const cold = await call("hello love, one of the cooks in the school kitchen has tipped the big pot of pasta water down herself, it's gone all over her arm and the front of her legs, she's screaming", "we've got her at the sink running cold over her arm but her legs are burnt too and her trousers are stuck to her. one of the dinner ladies says put butter on it, it's what her mam did", "it's been about ten minutes under the water now and she's shaking and shivering, her teeth are chattering. the skin's gone white and peeling in big bits on her shin", "we're at st mary's primary on canal street, the kitchen is round the back past the bins. should i wrap it in the cling film from the kitchen or leave it")
    expect(last(cold).text).toMatch(/^Yes: lay the cling film loosely over the burns.*No more cooling now they're shivering/)
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
