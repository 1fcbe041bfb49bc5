import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 119: sixteen unseen calls in which the caller asks things, written blind after review 118.

describe('the unseen calls of review 119', () => {
  it('reads a man still holding a cable in a panel as a shock: power off first, nobody pulls him', async () => {
    expect(classify('my colleague touch the cable in the panel and he is shaking, he still holding it!').hazards).toContain('electric_shock')
    const shock = await call('my colleague touch the cable in the panel and he is shaking, he still holding it!', 'can I pull him with my hands? he is my friend please')
    expect(shock[0]?.text).toMatch(/^Don't touch them while they may still be live\. Cut the power/)
    expect(last(shock).text).toMatch(/^No! Don't touch them: the current will go through you too/)
  })

  it('gives one answer, no, to going into a gas-filled room for a man down', async () => {
    const gas = await call("there's a massive smell of gas in the boiler house and Dave's on the floor in there", "should I go in and drag him out? it's only a few metres")
    expect(last(gas).text).toMatch(/^No\. Don't go back in, for anyone or anything/)
    expect(last(gas).text).not.toMatch(/Only if you can do it in seconds/)
  })

  it('keeps a fallen roofer with a bad back still in the rain, with no faint-at-height line', async () => {
    const roofer = await call("roofer's come off the scaffold, second lift, about three metres, landed on his back on the concrete",
      "he's awake and swearing, says his back's killing him and his legs feel funny. it's pissing down, can we carry him inside?")
    expect(last(roofer).text).not.toMatch(/keep them sitting/)
    const puddle = await call('scaffolder fell off the second lift onto the ground, he says his back hurts', "It's lashing rain and he's lying in a puddle getting frozen, can we at least roll him onto a board and carry him under the canopy?")
    expect(last(puddle).text).toMatch(/^No: don't move them for the rain\. Keep them still where they lie and keep them dry/)
  })

  it('sends someone given abdominal thrusts to hospital when asked, and answers a vehicle fire\'s extinguisher question', async () => {
    const choke = await call("a woman in the canteen is choking, she's holding her throat, can't talk, she's pregnant like eight months",
      'do I do the heimlich thing? is it safe with the baby?', "it came out! a bit of chicken. she's coughing and breathing now, is she ok to go back to work?",
      'she says her chest hurts a bit where I pushed, should she still go to hospital?')
    expect(last(choke).text).toMatch(/^Yes: after abdominal thrusts they need checking in hospital/)
    expect(last(choke).text).not.toMatch(/don't drive and don't walk anywhere/)
    const van = await call('a delivery van has hit the loading bay wall, the driver is stuck in the seat, there is smoke from the front',
      'the smoke stopped, now small flames under the bonnet, we have extinguisher, which one do I use, the red or the black?')
    expect(last(van).text).toMatch(/^Only if it's small: the black CO2 or a powder one, not the red water one/)
    expect(last(van).text).not.toMatch(/Use the stairs, not the lift/)
  })

  it('answers "is the Heimlich safe with the baby?" with chest thrusts, from the blind re-grade', async () => {
    const choke = await call("a woman in the canteen is choking, she's holding her throat, can't talk, she's pregnant like eight months", 'do I do the heimlich thing? is it safe with the baby?')
    expect(last(choke).text).toMatch(/^Not the belly when she's pregnant: chest thrusts instead/)
  })

  it('reads "breathing but not talking" and "out now but breathing" as unresponsive, whatever the clause break', async () => {
    const shock = await call('my colleague touch the cable in the panel and he is shaking, he still holding it!', 'can I pull him with my hands? he is my friend please',
      'ok breaker is off now, he fell down, he is breathing but not talking. should I give him water?')
    expect(last(shock).text).toMatch(/^No, nothing in their mouth while they're not fully awake/)
    expect(last(shock).text).toMatch(/breathing normally, keep them still, head and neck in line/)
    expect(last(shock).text).not.toMatch(/they may need an operation/)
    expect(classify('he is breathing but not talking properly').hazards).not.toContain('unconscious')
    const hypo = await call("my workmate is diabetic, he's sweating and shaking and acting drunk, he's not drunk",
      "he's getting really sleepy now, barely answering, should I still try to get him to drink?",
      "he's out now but breathing. he has an insulin pen in his bag, should I give him that?")
    expect(last(hypo).text).toMatch(/^No insulin: it would drop their sugar further/)
    expect(last(hypo).text).toMatch(/Nothing by mouth, not even sugar/)
    expect(last(hypo).text).not.toMatch(/Sugar first|give more sugar/)
    // Out of a tank or the water, "out" is the rescue, not the casualty passing out.
    const tank = await call("my mate's collapsed down in the sump, there's fumes", "the fire lads got him out, he's out now but breathing fast")
    expect(last(tank).text).not.toMatch(/Nothing by mouth/)
  })

  it('keeps a drowsy man pulled out of gas in the fresh air, on his side if hard to wake, and says what to tell the crew', async () => {
    const gas = await call("there's a massive smell of gas in the boiler house and Dave's on the floor in there", "should I go in and drag him out? it's only a few metres",
      "we've got him out the door now, he's breathing but really drowsy, what do I tell the ambulance when they come?")
    expect(last(gas).text).toMatch(/^Keep them out in the fresh air, away from the door\. Hard to wake: on their side/)
    expect(last(gas).text).not.toMatch(/I can't give you a time/)
    const awake = await call('the boiler is giving off fumes, we all feel sick and dizzy', "we're outside now, he's awake but a bit drowsy")
    expect(last(awake).text).not.toMatch(/on their side/)
    const heart = await call('my chest is crushing and it goes down my arm', 'what shall i tell them when they get here, i take tablets for blood pressure')
    expect(last(heart).text).toMatch(/what you take: have the tablets or the box ready for them|a list of their medicines ready/)
    expect(last(heart).text).not.toMatch(/I can't give you a time/)
  })

  it('keeps a fallen man with numb or funny legs lying still, with no "sitting comfortably" line', async () => {
    const roofer = await call("roofer's come off the scaffold, second lift, about three metres, landed on his back on the concrete",
      "he's awake and swearing, says his back's killing him and his legs feel funny. it's pissing down, can we carry him inside?",
      "should we take his helmet off? the strap's choking him he says", 'he keeps trying to sit up, do I let him?')
    for (const turn of roofer) expect(turn.text).not.toMatch(/sitting or lying comfortably|What are their symptoms/)
    expect(last(roofer).text).toMatch(/^Tell them to stay lying still/)
    // Numb legs with no fall or crush are an illness to stay with.
    expect(classify('my legs have gone numb and tingly, I feel awful').hazards).toContain('medical')
  })
})
