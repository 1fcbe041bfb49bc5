import { describe, expect, it } from 'vitest'
import { call, last } from '../helpers/playbook-call.js'

// Review 114: the caller is not beside the casualty, and what its first play showed besides.

describe('the back-to-work line says only what fits the call (review 114)', () => {
  it('keeps a scalded hand off the phones without talk of shocks and blows to the head', async () => {
    const burn = await call('she spilled the hot water from the kettle on her hand', 'she held it under the tap and wants to go back to her desk and take calls')
    expect(last(burn).text).toMatch(/Not back to work, and no driving, until a first aider or medic has checked them/)
    expect(last(burn).text).not.toMatch(/After a shock, a blow to the head/)
  })

  it('sends someone shocked who wants to crack on to hospital, and a pen-treated allergy too', async () => {
    const shock = await call('he got a belt off the distribution board', "it's off at the isolator, he says he's fine and wants to get back to work")
    expect(last(shock).text).toMatch(/^No: after an electric shock they must be checked in hospital/)
    const pen = await call('she is having a reaction to nuts, we used her epipen', 'she feels better now, can she go back to work')
    expect(last(pen).text).toMatch(/^No: after the pen they go to hospital by ambulance/)
    expect(last(pen).text).not.toMatch(/Not back to work, and no driving/)
  })

  it('reads a syringe beside a man barely breathing as an overdose, not a needlestick', async () => {
    const od = await call('i found him in the gents on the floor, his lips are blue and he is breathing very slow like snoring, there is a syringe near his hand')
    expect(last(od).text).not.toMatch(/Let it bleed, don't suck it/)
  })
})
