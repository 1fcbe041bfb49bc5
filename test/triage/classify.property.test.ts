import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { HAZARDS } from '../../src/triage/hazards.js'
import { URGENCIES } from '../../src/triage/urgency.js'

function expectWellFormed(text: string): void {
  const t = classify(text)
  expect(URGENCIES).toContain(t.urgency)
  expect(t.urgency).not.toBe('UNKNOWN')
  for (const h of t.hazards) expect(HAZARDS).toContain(h)
  expect(new Set(t.hazards).size).toBe(t.hazards.length)
  expect(t.confidence).toBeGreaterThanOrEqual(0)
  expect(t.confidence).toBeLessThanOrEqual(1)
  if (t.location !== undefined) expect(t.location.length).toBeLessThanOrEqual(40)
  if (t.equipment !== undefined) expect(t.equipment.length).toBeLessThanOrEqual(40)
}

// Words the tables care about, so random sentences exercise the matcher, negation and places.
const WORDS = [
  'fire', 'smoke', 'gas', 'no', 'not', 'never', 'mind', 'is', 'he', 'she', 'breathing', 'bleeding', 'bad', 'in', 'the',
  'zone', 'bay', 'a', 'four', 'twenty', 'valve', 'stuck', 'tank', 'fell', 'off', 'scaffold', 'false', 'alarm', 'out',
  'it', 'but', 'help', 'on', 'him', 'collapsed', 'roof', 'third', 'floor', '3', "isn't", "it's", ',', '.', '?', '!', '~',
  '@person', '[the]', '*', '|', 'everyone', 'hurt', 'just', 'steam',
  'caustic', 'burning', 'eyes', 'splashed', 'hit', 'by', 'wagon', 'main', 'gate', 'outside', "we're", 'muster', 'point', 'can', 'i',
  'use', 'extinguisher', 'electrical', 'what', 'do', 'if', 'there', 'down', 'into', 'manhole', 'rail', 'yard', 'now', 'answering',
]

describe('classify: properties', () => {
  it('never throws and always returns a valid triage for arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectWellFormed), { numRuns: 500 })
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), expectWellFormed), { numRuns: 300 })
  })

  it('copes with lone surrogates, control characters and very long input', () => {
    expectWellFormed('\uD800fire in zone a\uDFFF')
    expectWellFormed('\u0000\u0007smoke\u202Ein bay 4')
    expectWellFormed('fire '.repeat(5000))
  })

  it('never throws on sentences made of the words it knows', () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' '))
    fc.assert(fc.property(sentence, expectWellFormed), { numRuns: 1000 })
  })

  it('ignores letter case, surrounding whitespace and trailing punctuation', () => {
    const utterance = fc.constantFrom(
      "There's a fire in Zone A", 'smoke coming out of bay four', 'gas, I can smell gas near valve 3', "he's bleeding bad",
      "she collapsed and isn't breathing", 'guy fell off the scaffold', 'stuck in the tank', 'false alarm, it was just steam',
    )
    const casing = fc.array(fc.boolean(), { minLength: 60, maxLength: 60 })
    const noise = fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('', '!', '.', '?!', '...', ' !!'))
    fc.assert(fc.property(utterance, casing, noise, (text, upper, [pad, end]) => {
      const varied = pad + [...text].map((ch, i) => (upper[i % upper.length] === true ? ch.toUpperCase() : ch.toLowerCase())).join('') + end + pad
      const a = classify(text)
      const b = classify(varied)
      expect({ urgency: b.urgency, hazards: b.hazards, location: b.location, equipment: b.equipment })
        .toEqual({ urgency: a.urgency, hazards: a.hazards, location: a.location, equipment: a.equipment })
    }))
  })

  // "We're by the main gate" once turned "get everyone out of Zone A" into "...out of the main gate".
  it('never lets where the caller stands replace where the hazard is', () => {
    const report = fc.constantFrom(
      "There's a fire in Zone A", 'smoke coming out of bay four', 'gas leak in the boiler house', 'acid spilled in the chemical store',
      "he's bleeding bad in aisle 3", 'sparks coming off the panel in building 2',
    )
    const caller = fc.constantFrom(
      "we're by the main gate", "we're all at the muster point", "I'm outside", "everyone's at the assembly point now",
      "we're all outside now", "we're standing by the fire exit", "I'm at gate 3", "we're in the car park",
    )
    fc.assert(fc.property(report, caller, fc.constantFrom(', ', '. ', ' and '), (r, c, join) => {
      const alone = classify(r)
      const both = classify(`${r}${join}${c}`)
      expect(both.location).toBe(alone.location)
      expect(both.hazards).toEqual(alone.hazards)
      expect(both.callerAt).toBeDefined()
    }))
  })

  it('is deterministic', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(classify(text)).toEqual(classify(text))
    }))
  })
})
