import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderReply } from '../../src/calls/twiml.js'
import { validateTwiml, type Verb } from '../../sim/calls/twiml-validator.js'

// renderReply keeps what it has rendered (src/calls/twiml.ts): whatever came before, a reply must
// say exactly its own sentences and point at its own turn on its own instance.

function spoken(twiml: string, baseUrl: string, nextTurn: number | undefined): { texts: string[]; action: string } {
  const verbs = validateTwiml(twiml, `${baseUrl}/process-speech`)
  const gather = verbs[0] as Extract<Verb, { verb: 'Gather' }>
  return { texts: gather.prompts.map((p) => (p as { text: string }).text), action: gather.action ?? '' }
}

const sentence = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 ,.'&<>?!-]{0,40}[A-Za-z0-9.?!])?$/)
const reply = fc.record({
  say: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  nextTurn: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  baseUrl: fc.constantFrom('https://a.aurora.test', 'https://b.aurora.test'),
})

describe('renderReply', () => {
  it('answers each reply with its own sentences, turn and instance, however many replies came before', () => {
    // Few distinct values, so the same and nearly the same replies recur in one run.
    fc.assert(
      fc.property(fc.array(reply, { minLength: 1, maxLength: 30 }), (replies) => {
        for (const { say, nextTurn, baseUrl } of replies) {
          const { texts, action } = spoken(renderReply({ say, ...(nextTurn === undefined ? {} : { nextTurn }) }, baseUrl), baseUrl, nextTurn)
          // The validator reads text as a speech engine would: runs of spaces collapsed.
          expect(texts).toEqual(say.map((text) => text.replace(/\s+/g, ' ')))
          expect(action).toBe(nextTurn === undefined ? `${baseUrl}/process-speech` : `${baseUrl}/process-speech?turn=${nextTurn}`)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('tells apart replies whose sentences run together the same way', () => {
    const base = 'https://a.aurora.test'
    const variants = [['Leave now.', 'Go left.'], ['Leave now. Go left.'], ['Leave now.Go left.'], ['Leave now.', 'Go', 'left.']]
    for (let round = 0; round < 2; round++) {
      for (const say of variants) expect(spoken(renderReply({ say, nextTurn: 1 }, base), base, 1).texts).toEqual(say)
    }
  })

  it('still renders correctly once more replies than it keeps have gone by', () => {
    const first = renderReply({ say: ['Leave Zone A now.'], nextTurn: 2 }, 'https://a.aurora.test')
    for (let i = 0; i < 3000; i++) renderReply({ say: [`Sentence number ${i}.`], nextTurn: 2 }, 'https://a.aurora.test')
    expect(renderReply({ say: ['Leave Zone A now.'], nextTurn: 2 }, 'https://a.aurora.test')).toBe(first)
    expect(spoken(first, 'https://a.aurora.test', 2).texts).toEqual(['Leave Zone A now.'])
  })
})
