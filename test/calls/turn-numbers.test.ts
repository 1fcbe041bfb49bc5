import { describe, expect, it } from 'vitest'
import { turnOfPost, type HeardPost } from '../../src/calls/turn-numbers.js'

// Two <Gather>s live with one turn number (a supervisor's line pushed while the caller's own turn
// was on its way): what each post, and each of Twilio's re-sends, is.

describe('turnOfPost', () => {
  const spill: HeardPost[] = [{ turn: 1, words: 'chemical spill in bay 3' }]

  it('takes a free number as it is, and a re-send of the same words (or silence) as the same turn', () => {
    expect(turnOfPost(spill, 2, 'someone is down', 1)).toEqual({ turn: 2 })
    expect(turnOfPost(spill, 1, 'chemical spill in bay 3', 1)).toEqual({ turn: 1 })
    expect(turnOfPost([{ turn: 2, words: '' }], 2, '', 2)).toEqual({ turn: 2 })
  })

  it('moves other words, or silence, under a number already heard to a new turn that remembers the number', () => {
    const heard = [...spill, { turn: 2, words: 'the smoke is getting thicker' }]
    expect(turnOfPost(heard, 2, 'yes', 2)).toEqual({ turn: 3, askedAs: 2 })
    expect(turnOfPost(heard, 2, '', 2)).toEqual({ turn: 3, askedAs: 2 })
  })

  it('finds a moved post again by the number it came under, and keeps the number it moved onto taken', () => {
    const heard = [...spill, { turn: 2, words: 'the smoke is getting thicker' }, { turn: 3, words: 'yes', askedAs: 2 }]
    // Twilio re-sending the moved "yes" under 2.
    expect(turnOfPost(heard, 2, 'yes', 3)).toEqual({ turn: 3 })
    // The caller's own <Gather> for turn 3 posting "yes" as well: a new answer, not a re-send.
    expect(turnOfPost(heard, 3, 'yes', 3)).toEqual({ turn: 4, askedAs: 3 })
    expect(turnOfPost([...heard, { turn: 4, words: 'yes', askedAs: 3 }], 3, 'yes', 4)).toEqual({ turn: 4 })
  })
})
