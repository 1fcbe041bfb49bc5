import { describe, expect, it } from 'vitest'
import { classify, type Hazard } from '../../src/triage/classify.js'

// Workers name who was hurt ("a forklift hit Tom"); the vocabulary's person words (he, she,
// someone...) never match a name, so these phrases must not need one.
describe('someone hurt, by name', () => {
  it.each([
    ['a forklift just hit Tom in the warehouse', 'vehicle_strike'],
    ['a truck reversed into Dave', 'vehicle_strike'],
    ['a forklift knocked Sam over', 'vehicle_strike'],
    ['a beam fell on Tom', 'crush'],
    ['the load dropped on Sam', 'crush'],
    ["the press caught Raj's hand", 'crush'],
    ["a pallet landed on Jo's foot", 'crush'],
    ['the crane dropped a load on Pete', 'crush'],
    ['the racking came down on Steve', 'crush'],
    ['the forklift hit the brakes too late and hit Dave in the loading bay', 'vehicle_strike'],
  ] as Array<[string, Hazard]>)('"%s" is %s', (text, hazard) => {
    const triage = classify(text)
    expect(triage.hazards[0]).toBe(hazard)
    expect(triage.casualties).toBe(true)
  })

  it.each([
    ['the forklift hit the racking', []],
    ['the forklift just reversed into the wall', []],
    ['the truck drove into the gate', []],
    ['the box fell on the floor', []],
    ['the press caught fire', ['fire']],
    ['he fell on the stairs', ['fall']],
    ['the racking fell on the floor', ['structural_collapse']],
    ['the roof came down', ['structural_collapse']],
  ] as Array<[string, Hazard[]]>)('"%s" hurts nobody by name: %j', (text, hazards) => {
    expect(classify(text).hazards).toEqual(hazards)
  })
})
