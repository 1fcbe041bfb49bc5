import { describe, expect, it } from 'vitest'
import { SseParser, type SseEvent } from '../../../sim/calls/sse-reader.js'

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = []
  const parser = new SseParser((e) => events.push(e))
  for (const chunk of chunks) parser.push(chunk)
  parser.end()
  return events
}

describe('SseParser', () => {
  const stream = 'retry: 1000\nid: 1.1\nevent: initial\ndata: {"a":1}\n\n: heartbeat\n\nevent: new_messages\ndata: line one\ndata: line two\n\ndata: plain\n\n'
  const expected: SseEvent[] = [
    { event: 'initial', data: '{"a":1}', id: '1.1' },
    { event: 'new_messages', data: 'line one\nline two', id: '1.1' },
    { event: 'message', data: 'plain', id: '1.1' },
  ]

  it('parses events, multi-line data, comments and the last event id', () => {
    expect(parse([stream])).toEqual(expected)
  })

  it('gives the same events however the stream is split, with any line ending', () => {
    for (const text of [stream, stream.replace(/\n/g, '\r\n'), stream.replace(/\n/g, '\r')]) {
      for (let cut = 1; cut < text.length; cut += 3) expect(parse([text.slice(0, cut), text.slice(cut)])).toEqual(expected)
    }
  })
})
