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
