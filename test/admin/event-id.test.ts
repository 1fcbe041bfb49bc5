import { describe, expect, it } from 'vitest'
import { formatEventId, isFinalEventId, newEpoch, parseEventId } from '../../src/admin/event-id.js'

describe('event ids', () => {
  const epoch = newEpoch('t1')
  it.each([
    [formatEventId(epoch, 0), 0],
    [formatEventId(epoch, 41), 41],
    [formatEventId(epoch, 41, true), 41],
    [`${epoch}.`, null],
    [`${epoch}.01`, null],
    [`${epoch}.-1`, null],
    [`${epoch}.1e3`, null],
    [`${epoch}.99999999999999999`, null],
    [`${newEpoch('t1')}.5`, null],
    ['5', null],
    ['', null],
  ])('parses %j as %j', (id, n) => {
    expect(parseEventId(id, epoch)).toBe(n)
  })

  it('marks the ended event', () => {
    expect(isFinalEventId(formatEventId(epoch, 3, true))).toBe(true)
    expect(isFinalEventId(formatEventId(epoch, 3))).toBe(false)
  })

  it('gives every process its own epoch', () => {
    expect(newEpoch('t1')).not.toBe(newEpoch('t1'))
    expect(newEpoch('t1')).toMatch(/^t1-[A-Za-z0-9]+$/)
  })
})
