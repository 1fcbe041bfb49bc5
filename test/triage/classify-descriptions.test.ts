import { describe, expect, it } from 'vitest'
import { classify, type Hazard, type Triage } from '../../src/triage/classify.js'

// What callers see before they know what it is: someone going grey, water coming through a
// ceiling. Each once read as nothing, and Aurora said "Sorry, I didn't catch that".
describe('an emergency described rather than named', () => {
  it.each([
    ["something's wrong with Dave, he's gone all grey and sweaty", 'medical', 'HIGH'],
    ['he feels funny', 'medical', 'HIGH'],
    ["there's water pouring through the ceiling in the server room", 'leak', 'MEDIUM'],
    ['oil is coming out of the press', 'leak', 'MEDIUM'],
    ['water is coming in under the door', 'leak', 'MEDIUM'],
    ['blood is pouring out of his arm', 'injury_bleeding', 'CRITICAL'],
  ] as Array<[string, Hazard, Triage['urgency']]>)('"%s" is %s, %s', (text, hazard, urgency) => {
    const triage = classify(text)
    expect(triage.hazards).toEqual([hazard])
    expect(triage.urgency).toBe(urgency)
  })

  it.each(['something is wrong with the machine', "it's coming in", 'the water is running', "it's running fine now"])('"%s" is no emergency', (text) => {
    expect(classify(text).hazards).toEqual([])
  })
})
