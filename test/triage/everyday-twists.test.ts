import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 115: the everyday emergencies, each with one complication a real call has.

describe('an everyday mix with one twist each (review 115)', () => {
  it('reads CPR being done as CPR, a steam-wand burn as a burn, and a pallet on the legs as a crush', () => {
    expect(classify('the lassie from the office is pressing on his chest now').hazards).not.toContain('crush')
    expect(classify("i've just burnt me hand on the steam want on the coffee machine").hazards).not.toContain('leak')
    expect(classify("there's steam everywhere from a burst pipe").hazards).toContain('leak')
    expect(classify('a pallet fall from forklift on my colleague on his legs he is under it').hazards).toContain('crush')
  })

  it('hears a hiss and a sweet smell by a man down in a cold room as gas, and stops a wet-towel rescue', async () => {
    expect(classify('the kitchen porter he is on the floor inside the cold room he not move').hazards).toContain('unconscious')
    const fridge = await call('the kitchen porter is on the floor inside the cold room, he not move',
      'there is a noise like psss from the machine and a strange sweet smell, the chef went in and came out very dizzy',
      'the other boy wants to go inside with the wet towel on his face to pull him out')
    expect(last(fridge).text).toMatch(/^Stop him! A cloth does nothing against the gas/)
  })
})
