import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'

describe('classify: location and equipment', () => {
  it.each([
    ['fire in zone a', 'Zone A'],
    ['smoke in Zone B.', 'Zone B'],
    ['bay four', 'Bay 4'],
    ['bay number 12', 'Bay 12'],
    ['over in building twenty one', 'Building 21'],
    ['tank 2b is leaking', 'Tank 2B'],
    ['third floor', 'Floor 3'],
    ['zone bravo', 'Zone Bravo'],
    ['out by the loading dock', 'loading dock'],
    ['in the boiler room', 'boiler room'],
    ['smoke in the warehouse, bay 4', 'Bay 4'],
  ])('"%s" is at %s', (text, location) => {
    expect(classify(text).location).toBe(location)
  })

  it.each([
    ['valve three', 'Valve 3'],
    ['pump 7 is on fire', 'Pump 7'],
    ['near compressor number two', 'Compressor 2'],
    ['fell off the ladder', 'ladder'],
    ['caught in the hydraulic press', 'hydraulic press'],
    ['a forklift hit him', 'forklift'],
  ])('"%s" involves %s', (text, equipment) => {
    expect(classify(text).equipment).toBe(equipment)
  })

  it('does not mistake articles and verbs for places', () => {
    expect(classify('opened the valve a bit').equipment).toBe('valve')
    expect(classify('press hard on it').equipment).toBeUndefined()
    expect(classify('I saw smoke').equipment).toBeUndefined()
    expect(classify('there is a fire in a zone somewhere').location).toBeUndefined()
  })
})
