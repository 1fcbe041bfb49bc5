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
