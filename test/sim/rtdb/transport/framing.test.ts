import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CLIENT_MAX_FRAME_CHARS,
  FrameReassembler,
  requestNumberFromHead,
  splitMessage,
} from '../../../../sim/rtdb/transport/framing.js'

function feed(reassembler: FrameReassembler, frames: string[]) {
  return frames.map((frame) => reassembler.push(frame))
}

// A message is any text that is not itself a short number: the client only ever sends JSON
// objects, and §2 makes short numeric frames counts.
const message = fc.string({ minLength: 1, maxLength: 400 }).filter((text) => !/^\d{1,6}$/.test(text))

describe('FrameReassembler', () => {
  it('treats a bare 0 as the keepalive, not as a count of zero frames (§2)', () => {
    const reassembler = new FrameReassembler(1000)
    expect(reassembler.push('0')).toEqual({ kind: 'keepalive' })
    expect(reassembler.buffering).toBe(false)
    expect(reassembler.push('{"t":"c","d":{"t":"p","d":{}}}')).toEqual({ kind: 'message', text: '{"t":"c","d":{"t":"p","d":{}}}' })
  })

  it('joins the frames announced by a count frame', () => {
    const reassembler = new FrameReassembler(1000)
    expect(feed(reassembler, ['3', '{"a":', '"bc', '"}'])).toEqual([
      { kind: 'pending' },
      { kind: 'pending' },
      { kind: 'pending' },
      { kind: 'message', text: '{"a":"bc"}' },
    ])
  })

  it('takes a numeric piece inside a counted run as data, not as a new count', () => {
    const reassembler = new FrameReassembler(1000)
    expect(feed(reassembler, ['2', '12', '34']).at(-1)).toEqual({ kind: 'message', text: '1234' })
  })

  it('discards an oversized counted run as it arrives and reports its request number', () => {
    const reassembler = new FrameReassembler(10)
    const results = feed(reassembler, ['3', '{"t":"d","d":{"r":42,"a":"p"', 'xxxxxxxxxx', 'yyy'])
    expect(results.at(-1)).toEqual({ kind: 'too-big', head: '{"t":"d","d":{"r":42,"a":"p"' })
    expect(reassembler.buffering).toBe(false)
    // The connection carries on with the next message.
    expect(reassembler.push('{"ok":1}')).toEqual({ kind: 'message', text: '{"ok":1}' })
  })

  it('rejects a single frame above the limit', () => {
    expect(new FrameReassembler(4).push('{"a":1}')).toMatchObject({ kind: 'too-big' })
  })

  it('reassembles anything the client splits, at any frame size (property)', () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 64 }), (messages, size) => {
        const reassembler = new FrameReassembler(10_000)
        const received: string[] = []
        for (const text of messages) {
          for (const frame of ['0', ...splitMessage(text, size)]) {
            const result = reassembler.push(frame)
            if (result.kind === 'message') received.push(result.text)
          }
        }
        expect(received).toEqual(messages)
      }),
    )
  })
})

describe('splitMessage', () => {
  it('sends short messages whole and long ones as count + pieces', () => {
    expect(splitMessage('{"a":1}', CLIENT_MAX_FRAME_CHARS)).toEqual(['{"a":1}'])
    expect(splitMessage('abcdefg', 3)).toEqual(['3', 'abc', 'def', 'g'])
  })

  it('never splits when the frame size is 0', () => {
    expect(splitMessage('x'.repeat(100_000), 0)).toHaveLength(1)
  })

  // Each piece is a text frame of its own, encoded to UTF-8 alone: a surrogate pair cut in two
  // reached the client as two U+FFFD (found by the voice-webhook fuzz at FC_RUNS=2000: an emoji
  // in a caller's number read back from Firebase as "\uFFFD\uFFFD").
  it('never cuts a surrogate pair, so every piece survives UTF-8 on its own', () => {
    expect(splitMessage('ab\u{1F600}cd', 3)).toEqual(['3', 'ab', '\u{1F600}c', 'd'])
    expect(splitMessage('\u{1F600}\u{1F600}', 1)).toEqual(['2', '\u{1F600}', '\u{1F600}'])
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 16 }), (text, size) => {
        const frames = splitMessage(text, size)
        const pieces = frames.length === 1 ? frames : frames.slice(1)
        expect(pieces.join('')).toBe(text)
        for (const piece of pieces) expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece)
        if (frames.length > 1) expect(frames[0]).toBe(String(pieces.length))
      }),
    )
  })
})

describe('requestNumberFromHead', () => {
  it('reads r from the start of a client request and nothing else', () => {
    expect(requestNumberFromHead('{"t":"d","d":{"r":7,"a":"p","b":')).toBe(7)
    expect(requestNumberFromHead('{"t":"c","d":{"t":"p"')).toBeNull()
    expect(requestNumberFromHead('garbage')).toBeNull()
  })
})
