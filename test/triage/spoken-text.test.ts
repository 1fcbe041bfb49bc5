import { describe, expect, it } from 'vitest'
import { parseLlmAnswer } from '../../src/triage/llm-output.js'
import { cleanSpoken, cutAtSentence } from '../../src/triage/spoken-text.js'

describe('cutAtSentence', () => {
  it('keeps text that fits, and cuts longer text after the last whole sentence', () => {
    expect(cutAtSentence('Get out. Now.', 100)).toBe('Get out. Now.')
    expect(cutAtSentence('Get out now. Use the stairs. Close the doors behind you.', 30)).toBe('Get out now. Use the stairs.')
    expect(cutAtSentence('Is anyone hurt? Tell me where you are.', 20)).toBe('Is anyone hurt?')
  })

  it('gives up when not even one sentence fits', () => {
    expect(cutAtSentence('Get everyone out of the building right now', 20)).toBeUndefined()
    // A dot inside a number is not a sentence end.
    expect(cutAtSentence('Valve 3.5 is leaking badly over there', 12)).toBeUndefined()
  })
})

describe('cleanSpoken', () => {
  it('removes markup a voice would read out and collapses whitespace', () => {
    expect(cleanSpoken('**Get out** now!\n\n# Stay low')).toBe('Get out now! Stay low')
  })
})

describe('parseLlmAnswer', () => {
  it('accepts strict JSON and tolerates lower-case urgency and surrounding prose', () => {
    expect(parseLlmAnswer('{"say": "Get out.", "urgency": "HIGH"}')).toEqual({ say: 'Get out.', urgency: 'HIGH' })
    expect(parseLlmAnswer('Answer: {"say": "Get out.", "urgency": " low "} hope that helps')).toEqual({ say: 'Get out.', urgency: 'LOW' })
  })

  it.each([
    ['no JSON', 'Get out now.'],
    ['an array', '[{"say": "Get out."}]'],
    ['"say" not a string', '{"say": 42, "urgency": "HIGH"}'],
    ['UNKNOWN urgency', '{"say": "Get out.", "urgency": "UNKNOWN"}'],
  ])('rejects %s with a coded error', (_what, content) => {
    expect(() => parseLlmAnswer(content)).toThrow(expect.objectContaining({ code: 'AURORA_ERR_TRIAGE_LLM_BAD_OUTPUT' }))
  })
})
