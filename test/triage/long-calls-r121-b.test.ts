import { describe, expect, it } from 'vitest'
import { call, last } from '../helpers/playbook-call.js'

// Review 121: a brewery tank with two men down, and a man impaled on rebar after a fall.

describe('two men down in a fermentation tank (review 121)', () => {
  const TANK = ["hello, there's a man down inside the tank, the fermentation tank, he went in to clean and he just collapsed at the bottom",
    "ag no, another guy has gone in after him, he climbed down and he's fallen over at the bottom too"]

  it('says yes to blowing air in from outside, not "don\'t touch any switch", when the gas is not flammable', async () => {
    const blower = await call(...TANK, "there's the fan blower thing here, the ventilation one. should we put it in the hole and switch it on?")
    expect(last(blower).text).toMatch(/^Yes, blow air in from outside, switched on back from the opening\. Nobody goes in/)
    expect(last(blower).text).not.toMatch(/don't touch any switch/)
    const methane = await call('the sewer is full of methane, a man has collapsed down in the manhole', 'we have a big fan here, can we blow air down the manhole?')
    expect(last(methane).text).not.toMatch(/^Yes, blow air in/)
  })

  it('answers a lone entry with a breathing set from the store: only trained, on a line, with a second rescuer', async () => {
    const ba = await call(...TANK, 'the safety officer has got a harness and a breathing set from the store. he wants to go in with it, is that ok?')
    expect(last(ba).text).toMatch(/^Only if he's trained in that set, on a line held by someone outside, with a second rescuer ready\. If not, no: wait for the fire service\./)
    const crew = await call(...TANK, "the fire brigade are here now, they're putting on breathing apparatus to go in")
    expect(last(crew).text).not.toMatch(/Only if he's trained in that set/)
  })

  it('answers "how long for the fire brigade?" and a hook on a rope without smoke advice', async () => {
    const hook = await call(...TANK, 'how long for the fire brigade? the guys here are saying we can hook him with a rope and pull him')
    expect(last(hook).text).toMatch(/I can't give (you )?a time/)
    expect(last(hook).text).toMatch(/No: a hook could badly injure them/)
    expect(last(hook).text).not.toMatch(/smoke/)
  })
})

describe('impaled on a bar after a fall (review 121)', () => {
  const BAR = ['hello, emergency, my colleague fall from scaffold on the rebar, the steel bar is going in his leg, through the thigh, he is stuck on it']

  it('says a flat no to pulling him off the bar, not "if you\'re not sure it\'s safe"', async () => {
    const off = await call(...BAR, 'yes he is awake, he is screaming. blood is coming around the bar, not so much, but coming. can we pull him off?')
    expect(last(off).text).toMatch(/^No: don't lift them off it, it may be plugging a big bleed\. Support their weight where they are/)
    expect(last(off).text).not.toMatch(/If you're not sure it's safe/)
  })

  it('hears shock in an impaled man without "lie them flat, legs raised"', async () => {
    const pale = await call(...BAR, 'I put the jackets around the bar like you said, pressing around it. he is very pale now and cold, sweating')
    expect(last(pale).text).toMatch(/^That's shock from blood loss\. Lie them down if it won't move the object/)
    const thirsty = await call(...BAR, 'he is saying he is thirsty, very thirsty, can I give him water? also he is feeling sleepy')
    expect(last(thirsty).text).toMatch(/That's shock from blood loss/)
    expect(last(thirsty).text).toMatch(/No drinks/)
    expect(last(thirsty).text).not.toMatch(/legs raised/)
  })

  it('does not say "leave the bar for the fire service to cut" once they are there cutting', async () => {
    const here = await call(...BAR, 'ok they are here, fire brigade also with the big cutter, they say step back')
    expect(last(here).text).not.toMatch(/leave the bar for the fire service/)
    const before = await call(...BAR, 'my foreman wants to cut the bar with the angle grinder so we can carry him. is good idea?')
    expect(last(before).text).toMatch(/leave the bar for the fire service to cut/)
  })
})

describe('a bus driver brought round with glucagon (review 121)', () => {
  const HYPO = ["hiya, one of our drivers, Gareth, he's diabetic and he's gone all weird, sweating loads and shaking, he's not making sense",
    "we got him out the cab onto the floor, he's not answering at all now, breathing though, heavy",
    "his bag's got an orange box in it, says glucagon, hypo kit. do I use that? I've never done it"]

  it('answers how long glucagon takes, and no driving with sugar before food once he comes round', async () => {
    const wait = await call(...HYPO, 'ok done it in his thigh, like the leaflet says. how long does it take to work?')
    expect(last(wait).text).toMatch(/^Glucagon usually works in ten to fifteen minutes\./)
    const bus = await call(...HYPO, "he's coming round, he's asking where he is, he's trying to get up and take his bus out. can he have a sandwich now?")
    expect(last(bus).text).toMatch(/^No driving today\. Once they're fully awake and swallowing: a sugary drink first, then something starchy\./)
    expect(last(bus).text).not.toMatch(/legs raised/)
  })
})

describe('stroke signs in a warehouse (review 121)', () => {
  const STROKE = ["aye hello, it's one of our pickers, Margaret, her face has gone all droopy on the one side and she's talking funny, like slurry",
    "she cannae lift her right arm, it just flops down. she's sat on a stack of boxes, she's no making much sense"]

  it('takes the time she was last seen well, and answers "she wants to lie down, is that ok?"', async () => {
    const time = await call(...STROKE, 'when did it start? em she was fine at the tea break at ten, then Jim found her like this at, what, half ten?')
    expect(last(time).text).toMatch(/^Thanks: I'm passing that time to the crew; it decides the treatment\./)
    const lie = await call(...STROKE, "she wants to lie down on the floor, she says she's that tired. is that ok?")
    expect(last(lie).text).toMatch(/^Not flat: keep them sitting or half lying, head and shoulders raised\./)
  })
})

describe('a bee sting with two pens given (review 121)', () => {
  it('answers "do I scrape the stinger off?" after the pens', async () => {
    const sting = await call("my mate's been stung by a bee on the neck and his lips are swelling up, he's wheezing, he has an epipen in the ute",
      "done the second one in the other leg. he's breathing a bit easier, still wheezy. the stinger's still in his neck, do I scrape it off?")
    expect(last(sting).text).toMatch(/^Yes: scrape the sting off sideways with a card or fingernail; don't squeeze it\. Note the time of each pen for the crew\./)
  })
})
