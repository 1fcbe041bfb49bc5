import { describe, expect, it } from 'vitest'
import { playCall, type PlayedTurn } from '../../sim/first-aid/review-calls.js'
import { asksOutright, loadAnswerTexts, unansweredTurns } from '../../sim/first-aid/unanswered.js'

describe('the corpus audit of questions no reply answers (npm run first-aid -- --unanswered)', () => {
  it('tells a question from a report', () => {
    expect(asksOutright('should I put ice on it')).toBe(true)
    expect(asksOutright("she's fine to drive herself yeah?")).toBe(true)
    expect(asksOutright('is it okay to give him water')).toBe(true)
    expect(asksOutright("he's fallen off the ladder")).toBe(false)
  })

  it('lists a question only the entry lines met, not one a playbook reply answered', async () => {
    const answers = await loadAnswerTexts()
    const played = await playCall({ title: 'burn', turns: ['he spilled boiling water from the kettle on his arm', 'should I put ice on it'] })
    expect(played[1]?.reply.text).toMatch(/No ice/)
    // A question met by an entry's line alone, whatever the playbook answers today.
    const first = played[0] as PlayedTurn
    const entryOnly: PlayedTurn = { said: 'can we stop now', reply: { ...first.reply, text: 'Keep cooling the burn and keep them warm otherwise. Has anything changed?' } }
    expect(unansweredTurns([...played, entryOnly], answers)).toEqual([2])
  })
})
