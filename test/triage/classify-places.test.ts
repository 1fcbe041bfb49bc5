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
    ['in the rail yard', 'rail yard'],
    ['out in the goods yard by the sidings', 'goods yard'],
    ['in the boiler house', 'boiler house'],
    ['I can smell gas near valve 7 in the boiler house', 'boiler house'],
    ['at the loading bay', 'loading bay'],
    ['in the paint shop', 'paint shop'],
    ['on the mezzanine', 'mezzanine'],
    ['up on the mezzanine floor', 'mezzanine floor'],
    ['in the car park', 'car park'],
    ['there is a car on fire in the car park', 'car park'],
    ['in the engine room', 'engine room'],
    ['by the weighbridge', 'weighbridge'],
    ['at the tanker bay', 'tanker bay'],
    ['in the welding shop', 'welding shop'],
    ['on the catwalk above line 2', 'Line 2'],
    // A muster point or gate is the hazard's location when the hazard is reported there.
    ["there's a fire by the main gate", 'main gate'],
    ["we've got a fire by the main gate", 'main gate'],
    ['everyone is out there is smoke by the main gate', 'main gate'],
    // Outside a building that is not a refuge: the building is still the place.
    ["we're outside building 3", 'Building 3'],
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
    ['got hit by a wagon', 'wagon'],
    ['the telehandler reversed into him', 'telehandler'],
  ])('"%s" involves %s', (text, equipment) => {
    expect(classify(text).equipment).toBe(equipment)
  })

  it('does not mistake articles and verbs for places', () => {
    expect(classify('opened the valve a bit').equipment).toBe('valve')
    expect(classify('press hard on it').equipment).toBeUndefined()
    expect(classify('I saw smoke').equipment).toBeUndefined()
    expect(classify('there is a fire in a zone somewhere').location).toBeUndefined()
  })

  // "Get everyone out of the main gate" came from reading where the caller stood as the hazard's place.
  it.each([
    ["we're by the main gate", 'main gate'],
    ["I've cleared everyone out, we're by the main gate", 'main gate'],
    ['by the main gate', 'main gate'],
    ["we're all at the muster point", 'muster point'],
    ["everyone's at the assembly point now", 'assembly point'],
    ["we're standing by the fire exit", 'fire exit'],
    ['at gate 3', 'Gate 3'],
    ["I'm outside", 'outside'],
    ["we're all outside now", 'outside'],
    ["we're in the car park", 'car park'],
    ["there's a gas leak, I'm at the main gate", 'main gate'],
    ["we're all outside at the muster point", 'muster point'],
    ["I'm outside by the main gate", 'main gate'],
  ])('"%s" says the caller is at %s, not where the hazard is', (text, callerAt) => {
    const t = classify(text)
    expect(t.callerAt).toBe(callerAt)
    expect(t.location).toBeUndefined()
  })

  it('keeps the hazard location and the caller apart in one turn', () => {
    expect(classify("fire in zone a, we're at the muster point")).toMatchObject({ location: 'Zone A', callerAt: 'muster point' })
    // Not "Get everyone out of the muster point now".
    expect(classify("fire in the workshop, we're all outside at the muster point")).toMatchObject({ location: 'workshop', callerAt: 'muster point' })
    expect(classify("we're in bay 4 and there's smoke")).toMatchObject({ location: 'Bay 4' })
    expect(classify("we're in bay 4 and there's smoke").callerAt).toBeUndefined()
  })

  it('does not put the caller at a place they ask about', () => {
    const t = classify("where's the muster point?")
    expect(t.callerAt).toBeUndefined()
    expect(t.location).toBeUndefined()
  })
})

// Review 71 (a twenty-fifth helper: where it is happening): places said the way callers say them.
describe('classify: places as callers say them (review 71)', () => {
  it.each([
    ['my mates just dropped in bay four no sorry not bay four bay fourteen', 'Bay 14'],
    ['the leak is not in the boiler room it is in the pump room', 'pump room'],
    ['in zone a i mean zone b', 'Zone B'],
    ["help we're at unit two b on the trading estate", 'Unit 2B'],
    ['a bloke fell off a ladder down on level minus one of the car park', 'Level -1'],
    ['a worker has been pinned on the roadworks off the a34 slip road', 'A34 Slip Road'],
    ['there is a gas leak on the dig on mill lane', 'Mill Lane'],
    ['could i give you a what3words it says filled dots tonight', 'what3words filled.dots.tonight'],
    // A street listed after where the caller is, and a motorway with its direction and junction (reviews 86, 87).
    ["he's gone drowsy again. we're at kwik fit, carlton road, nottingham", 'Carlton Road'],
    ['were on the m5 southbound between junction 23 and 24, near marker post 210', 'M5 southbound junction 23'],
    ['i was on the a34 near the services when he collapsed', 'A34'],
    ["we're on the roadworks off the a34 slip road northbound", 'A34 Slip Road'],
  ])('reads %j as %j', (said, where) => {
    expect(classify(said).location).toBe(where)
  })

  it.each([
    "we've got the eye wash bottles from the first aid kit in reception",
    'the lad on the stop go board is lying in the cone lane',
    'the farm track comes in off the b road by the red phone box',
    "he wants to finish his round first, there's only the one street left",
    "i'm going to stand by the lorry at the top of the ramp to wave them in",
    "we're at the depot, back road",
  ])('finds no place for the emergency in %j', (said) => {
    expect(classify(said).location).toBeUndefined()
  })

  it('reads a meeting point or a place the caller came out to as where the caller is', () => {
    expect(classify('the security guard will wait up at street level on the ramp to bring them down').callerAt).toBe('street')
    expect(classify("we've all come out into the car park").callerAt).toBe('car park')
  })
})

describe('a unit number before a street (re-grade of review 103)', () => {
  it('keeps the unit\'s number off the street', () => {
    const places = classify('im at brackley tile supplies unit 4 wharf road, im on my own') as { location?: string, site?: string }
    expect(places.location).toBe('Unit 4')
    expect(places.site).toBe('Wharf Road')
    expect((classify("we're at 12 mill lane, he's fallen") as { location?: string }).location).toBe('12 Mill Lane')
  })
})

describe('a building corrected mid-sentence (review 95)', () => {
  it('reads "the chilled one" after "not the main warehouse" as the chilled warehouse, and a way across a yard as no place', () => {
    const chilled = classify("no wait sorry it's not the main warehouse its the other one, the chilled one across the yard, hes been in the freezer the door was stuck")
    expect(chilled.location).toBe('freezer')
    expect(chilled.site).toBe('chilled warehouse')
    const ambient = classify('its at the distribution centre on junction 10, DC1, no sorry sorry its the other warehouse DC2, the ambient one, bay 14')
    expect(ambient.location).toBe('Bay 14')
    expect(ambient.site).toBe('ambient warehouse')
    // Without a correction "the big one" describes, it does not replace.
    expect(classify('the big one in the warehouse has tipped over').site).toBeUndefined()
    expect(classify("there's a hotel across the road, should we get him in a hot bath there").location).toBeUndefined()
    // What happened across it happened there.
    expect(classify("we were wheeling a dinghy across the yard with the mast up and it's hit the overhead line").location).toContain('yard')
  })
})
