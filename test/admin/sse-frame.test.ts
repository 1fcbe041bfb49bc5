import { describe, expect, it } from 'vitest'
import { formatFrame } from '../../src/admin/sse-frame.js'

describe('formatFrame', () => {
  it.each([
    [{ id: 'a.1', event: 'call', data: '{"x":1}' }, 'id: a.1\nevent: call\ndata: {"x":1}\n\n'],
    [{ event: 'reset', data: '{}' }, 'event: reset\ndata: {}\n\n'],
    [{ id: 'a.2', event: 'initial', data: '{}', retryMs: 1000 }, 'id: a.2\nevent: initial\ndata: {}\nretry: 1000\n\n'],
    [{ event: 'm', data: 'one\ntwo\r\nthree\rfour' }, 'event: m\ndata: one\ndata: two\ndata: three\ndata: four\n\n'],
    [{ event: 'm', data: '' }, 'event: m\ndata: \n\n'],
  ])('frames %j', (frame, text) => {
    expect(formatFrame(frame)).toBe(text)
  })

  it('refuses line breaks in names and ids, which would split the frame', () => {
    expect(() => formatFrame({ event: 'a\nb', data: '' })).toThrow(TypeError)
    expect(() => formatFrame({ id: '1\r', event: 'a', data: '' })).toThrow(TypeError)
  })
})
