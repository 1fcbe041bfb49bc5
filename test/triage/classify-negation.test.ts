import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'

describe('classify: negation', () => {
  it.each([
    ["there's no fire", 'fire'],
    ['no smoke or fire', 'fire'],
    ['no smoke or fire', 'smoke'],
    ["I don't see any smoke", 'smoke'],
    ["I don't smell gas anymore", 'gas_leak'],
    ["he isn't bleeding", 'injury_bleeding'],
    ["it wasn't a fire", 'fire'],
    ['nobody is hurt', 'injury'],
    ['no sign of fire', 'fire'],
  ] as const)('"%s" rules out %s', (text, hazard) => {
    const t = classify(text)
    expect(t.hazards).not.toContain(hazard)
    expect(t.ruledOut).toContain(hazard)
  })

  it('treats "not breathing" as the emergency, not its absence', () => {
    for (const text of ["he's not breathing", "she isn't breathing", "he aint breathing", 'he stopped breathing', "I don't think he's breathing"]) {
      const t = classify(text)
      expect(t.hazards, text).toContain('not_breathing')
      expect(t.urgency, text).toBe('CRITICAL')
    }
  })

  it('does not raise an alarm for someone who is breathing', () => {
    const t = classify("he's breathing, he's okay")
    expect(t.hazards).not.toContain('not_breathing')
    expect(t.urgency).not.toBe('CRITICAL')
  })

  it('keeps the rest of the sentence when part of it is negated', () => {
    const smokeOnly = classify('no fire, just a lot of smoke')
    expect(smokeOnly.hazards).toEqual(['smoke'])
    expect(smokeOnly.urgency).toBe('HIGH')

    const unconscious = classify("he's not bleeding but he's unconscious")
    expect(unconscious.hazards).toEqual(['unconscious'])
    expect(unconscious.ruledOut).toEqual(['injury_bleeding'])

    // Without the "but" the negator is too far back to reach "unconscious".
    expect(classify("he's not bleeding he's unconscious").hazards).toEqual(['unconscious'])
  })

  it('reads "not sure" as uncertainty, not as "no"', () => {
    expect(classify("I'm not sure if it's a fire").hazards).toEqual(['fire'])
    expect(classify("I don't know if it's gas").hazards).toEqual(['gas_leak'])
  })

  it('does not let "never mind" negate what follows', () => {
    const t = classify("never mind, it's out")
    expect(t.hazards).toEqual(['all_clear'])
    expect(t.falseAlarm).toBe(true)
  })

  it('does not stand down on a negated stand-down', () => {
    const t = classify("this is not a false alarm, there's smoke in bay 2")
    expect(t.falseAlarm).toBeUndefined()
    expect(t.hazards).toEqual(['smoke'])
  })

  it('hides hazard words inside other phrases', () => {
    expect(classify('the fire extinguisher is empty').hazards).toEqual([])
    expect(classify('I was on my smoke break').hazards).toEqual([])
    expect(classify('the breaker tripped').hazards).toEqual(['electrical'])
    expect(classify('the roof collapsed').hazards).toEqual(['structural_collapse'])
    expect(classify("it's out of control").hazards).toEqual(['fire'])
  })
})
