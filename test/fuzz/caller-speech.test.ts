// Whatever a caller says reaches classify() and the playbook responder before anything is
// recorded, so a transcript that makes them throw costs the caller their words and gets them an
// apology instead of help. Fuzzed transcripts mix emergency vocabulary with words that are also
// Object.prototype property names, hostile characters and huge strings.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderReply } from '../../src/calls/twiml.js'
import { classify } from '../../src/triage/classify.js'
import { readNumberWords, readOrdinal } from '../../src/triage/number-words.js'
import { createPlaybookResponder } from '../../src/triage/playbook-responder.js'
import { validateTwiml } from '../../sim/calls/twiml-validator.js'
import { fuzzParameters, fuzzTimeout } from './fuzz-config.js'
import { hostileString } from './hostile-strings.js'

/** Words that are also property names on Object.prototype (after the tokenizer lower-cases them). */
const PROTOTYPE_WORDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'propertyisenumerable', 'tolocalestring', '__proto__', 'prototype'] as const

const VOCABULARY = [
  'fire', 'smoke', 'gas', 'leak', 'valve', 'tank', 'pump', 'zone', 'bay', 'floor', 'level', 'first', 'second', 'third',
  'twenty', 'one', 'four', 'a', 'b', 'bravo', 'near', 'in', 'at', 'the', 'is', 'not', "isn't", 'dont', 'cant', 'but',
  'he', 'fell', 'bleeding', 'unconscious', 'trapped', 'false', 'alarm', 'never', 'mind', '.', ',', '?', '-',
] as const

const speechArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) }), { maxLength: 12 })
      .map((words) => words.join(' ')),
  },
  { weight: 1, arbitrary: hostileString() },
)

/** Text produced from a lookup that fell through to Object.prototype. */
const PROTOTYPE_LEAK = /function|native code|\[object|undefined|NaN/

describe('fuzzed caller speech', () => {
  it(
    'classify() never throws and never reports a place built from a prototype property',
    () => {
      fc.assert(
        fc.property(speechArb, (speech) => {
          const triage = classify(speech)
          expect(Array.isArray(triage.hazards)).toBe(true)
          for (const place of [triage.location, triage.equipment]) {
            if (place !== undefined) expect(place).not.toMatch(PROTOTYPE_LEAK)
          }
        }),
        fuzzParameters(4),
      )
    },
    fuzzTimeout(2, 4),
  )

  it(
    'readNumberWords() and readOrdinal() yield finite numbers or nothing',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...VOCABULARY, ...PROTOTYPE_WORDS), fc.string({ maxLength: 6 })), { maxLength: 4 }), (tokens) => {
          const spoken = readNumberWords(tokens, 0)
          if (spoken !== undefined) expect(Number.isFinite(spoken.value)).toBe(true)
          const ordinal = readOrdinal(tokens[0])
          if (ordinal !== undefined) expect(Number.isFinite(ordinal)).toBe(true)
        }),
        fuzzParameters(4),
      )
    },
    fuzzTimeout(1, 4),
  )

  it(
    'the playbook reply to any conversation is text Twilio can speak',
    async () => {
      const responder = createPlaybookResponder()
      await fc.assert(
        fc.asyncProperty(fc.array(speechArb, { minLength: 1, maxLength: 4 }), async (turns) => {
          const history: Array<{ role: 'user' | 'assistant'; text: string }> = []
          for (const [i, text] of turns.entries()) {
            history.push({ role: 'user', text })
            const reply = await responder.respond({ text, triage: classify(text), callUrgency: 'UNKNOWN', history, turn: i + 1 })
            expect(reply.text.trim()).not.toBe('')
            expect(reply.text).not.toMatch(PROTOTYPE_LEAK)
            validateTwiml(renderReply({ say: [reply.text], nextTurn: i + 2 }, 'https://aurora.example.test'), 'https://aurora.example.test/process-speech')
            history.push({ role: 'assistant', text: reply.text })
          }
        }),
        fuzzParameters(),
      )
    },
    fuzzTimeout(5),
  )

  describe('counterexamples found by fuzzing', () => {
    // tokenize() looked "constructor" up in a plain object of contractions, found
    // Object.prototype.constructor, and called .split on it: every turn containing the word threw.
    it('classifies a transcript containing the word "constructor"', () => {
      expect(() => classify('constructor')).not.toThrow()
      expect(classify('the constructor fell from the scaffold in zone b').hazards.length).toBeGreaterThan(0)
    })

    // Same pattern in number-words.ts: TENS["constructor"] is the Object function, so "zone
    // constructor" would read as the place "Zone function Object() { [native code] }" once the
    // tokenizer stops throwing.
    it('reads no number from the word "constructor"', () => {
      expect(readNumberWords(['constructor'], 0)).toBeUndefined()
      expect(readOrdinal('constructor')).toBeUndefined()
    })
  })
})
