import { describe, expect, it } from 'vitest'
import { speakable, unspeakableIndex } from '../../src/triage/spoken-text.js'

describe('unspeakableIndex', () => {
  it.each([
    ['Fire crew is two minutes out.', -1],
    ['Tabs\tand\nline\r\nbreaks are fine', -1],
    ['Émojis 🚒 and accents are fine', -1],
    ['bell\u0007', 4],
    ['nul\u0000', 3],
    ['del\u007f', 3],
    ['lone high \ud83d end', 10],
    ['lone low \ude92 end', 9],
    ['noncharacter \uffff', 13],
  ])('%j -> %d', (text, index) => {
    expect(unspeakableIndex(text)).toBe(index)
  })
})

describe('speakable', () => {
  it('turns every character TwiML cannot carry into a space, and leaves the rest alone', () => {
    expect(speakable('Leave the area now\u0007.')).toBe('Leave the area now .')
    expect(speakable('a\u0000b\ud83dc\uffffd')).toBe('a b c d')
    const fine = 'Émojis 🚒, tabs\tand breaks\n are fine'
    expect(speakable(fine)).toBe(fine)
  })
})
