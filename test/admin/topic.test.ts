import { EventEmitter } from 'node:events'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Subscription, Topic, type EventSink } from '../../src/admin/topic.js'

// Delivery and backpressure of one stream topic, with a sink whose socket "fills up" on demand,
// as fastify/sse's backpressure test forces write() to return false.

class FakeSink extends EventEmitter implements EventSink {
  chunks: Buffer[] = []
  blocked = false
  ended = false
  write(chunk: Buffer): void {
    this.chunks.push(chunk)
  }
  /** The events written so far, parsed back from the frames. */
  get written(): { id: string | null; event: string; data: string }[] {
    return Buffer.concat(this.chunks)
      .toString('utf8')
      .split('\n\n')
      .filter(Boolean)
      .map((frame) => {
        const field = (name: string) => frame.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2) ?? null
        return { id: field('id'), event: field('event') ?? '', data: field('data') ?? '' }
      })
  }
  onceDrained(listener: () => void): void {
    this.once('drain', listener)
  }
  end(): void {
    this.ended = true
  }
  drain(): void {
    this.blocked = false
    this.emit('drain')
  }
}

function topic(capacity: number, clock = { now: 0 }): { topic: Topic; n: { value: number }; publish: (event?: string) => void } {
  const t = new Topic('t', 0, { capacity, eventId: (n, final) => `e.${n}${final ? '.end' : ''}`, stallMs: 1000, now: () => clock.now })
  const n = { value: 0 }
  return {
    topic: t,
    n,
    publish(event = 'x') {
      n.value++
      t.append({ n: n.value, event, payload: { n: n.value } })
    },
  }
}

describe('Topic ring', () => {
  it('returns exactly the events after a cursor while they are all still kept (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (capacity, count, cursor) => {
        const { topic: t, publish } = topic(capacity)
        for (let i = 0; i < count; i++) publish()
        const got = t.eventsAfter(cursor)
        const oldestKept = Math.max(1, count - capacity + 1)
        if (cursor < oldestKept - 1) expect(got).toBeNull()
        else expect(got!.map((e) => e.n)).toEqual(Array.from({ length: Math.max(0, count - cursor) }, (_, i) => cursor + 1 + i))
      }),
    )
  })
})

describe('Topic delivery', () => {
  it('writes pending events in one write, the same bytes for every client at the same position', () => {
    const { topic: t, publish } = topic(10)
    const sinks = [new FakeSink(), new FakeSink(), new FakeSink()]
    const subs = sinks.map((sink, i) => new Subscription(t, sink, i === 2 ? 1 : 0))
    for (const sub of subs) t.add(sub)
    publish()
    publish()
    for (const sub of subs) t.deliver(sub)
    expect(sinks[0]!.written.map((w) => [w.id, w.event, w.data])).toEqual([
      ['e.1', 'x', '{"n":1}'],
      ['e.2', 'x', '{"n":2}'],
    ])
    expect(sinks[0]!.chunks).toHaveLength(1)
    expect(sinks[1]!.chunks[0]).toBe(sinks[0]!.chunks[0])
    expect(sinks[2]!.written.map((w) => w.id)).toEqual(['e.2'])
    expect(subs.map((s) => s.cursor)).toEqual([2, 2, 2])
  })

  it('stops writing while the socket is full and catches up on drain, with one drain listener', () => {
    const { topic: t, publish } = topic(10)
    const sink = new FakeSink()
    const sub = new Subscription(t, sink, 0)
    t.add(sub)
    publish()
    t.deliver(sub)
    sink.blocked = true
    for (let i = 0; i < 5; i++) {
      publish()
      t.deliver(sub)
    }
    expect(sink.written).toHaveLength(1)
    expect(sink.listenerCount('drain')).toBe(1)
    sink.drain()
    expect(sink.written.map((w) => w.id)).toEqual(['e.1', 'e.2', 'e.3', 'e.4', 'e.5', 'e.6'])
    expect(sink.listenerCount('drain')).toBe(0)
  })

  it('closes a blocked client the ring has moved past, so it resumes with reset instead of holding memory', () => {
    const { topic: t, publish } = topic(3)
    const sink = new FakeSink()
    const sub = new Subscription(t, sink, 0)
    t.add(sub)
    publish()
    t.deliver(sub)
    sink.blocked = true
    publish()
    t.deliver(sub)
    expect(sink.ended).toBe(false)
    for (let i = 0; i < 3; i++) publish()
    t.deliver(sub)
    expect(sink.ended).toBe(true)
    expect(sink.written.map((w) => w.id)).toEqual(['e.1'])
    expect(t.subscribers.size).toBe(0)
  })

  it('closes a client whose socket stays full longer than stallMs', () => {
    const clock = { now: 0 }
    const { topic: t, publish } = topic(100, clock)
    const sink = new FakeSink()
    const sub = new Subscription(t, sink, 0)
    t.add(sub)
    sink.blocked = true
    publish()
    t.deliver(sub)
    clock.now = 1001
    publish()
    t.deliver(sub)
    expect(sink.ended).toBe(true)
  })

  it('closes subscribers once they have everything of an ended topic', () => {
    const { topic: t, publish } = topic(10)
    const sink = new FakeSink()
    const sub = new Subscription(t, sink, 0)
    t.add(sub)
    publish('status')
    t.append({ n: 2, event: 'ended', payload: {}, final: true })
    t.ended = true
    t.deliver(sub)
    expect(sink.written.map((w) => w.id)).toEqual(['e.1', 'e.2.end'])
    expect(sink.ended).toBe(true)
  })
})

describe('Topic retention', () => {
  const watched = (retainMs: number) => {
    const clock = { now: 0 }
    const t = new Topic('t', 0, { capacity: 10, eventId: (n) => `e.${n}`, stallMs: 1000, now: () => clock.now, retainMs })
    let n = 0
    const publish = (): void => t.append({ n: ++n, event: 'x', payload: { n } })
    return { t, clock, publish }
  }

  it('keeps nothing for replay while nobody has watched: any cursor from before is answered with null (reset)', () => {
    const { t, publish } = watched(60_000)
    publish()
    publish()
    expect(t.size).toBe(0)
    expect(t.eventsAfter(0)).toBeNull()
    expect(t.canResume(1, 2)).toBe(false)
    expect(t.canResume(2, 2)).toBe(true)
  })

  it('keeps events for a client that left within retainMs, exactly, then stops keeping them', () => {
    const { t, clock, publish } = watched(60_000)
    const sink = new FakeSink()
    const sub = new Subscription(t, sink, 0)
    t.add(sub)
    publish()
    t.deliver(sub)
    sub.close(false)
    clock.now = 59_000
    publish()
    publish()
    expect(t.eventsAfter(1)!.map((e) => e.n)).toEqual([2, 3])
    clock.now = 121_000
    publish()
    expect(t.size).toBe(0)
    expect(t.eventsAfter(1)).toBeNull()
    // Watched again: kept from there on.
    const again = new Subscription(t, new FakeSink(), 4)
    t.add(again)
    publish()
    expect(t.eventsAfter(4)!.map((e) => e.n)).toEqual([5])
  })

  it('replays exactly after the ring wrapped, was dropped while unwatched and filled again', () => {
    const clock = { now: 0 }
    const t = new Topic('t', 0, { capacity: 3, eventId: (n) => `e.${n}`, stallMs: 1000, now: () => clock.now, retainMs: 1000 })
    let n = 0
    const publish = (): void => t.append({ n: ++n, event: 'x', payload: { n } })
    const first = new Subscription(t, new FakeSink(), 0)
    t.add(first)
    for (let i = 0; i < 5; i++) publish()
    expect(t.eventsAfter(2)!.map((e) => e.n)).toEqual([3, 4, 5])
    expect(t.eventsAfter(1)).toBeNull()
    first.close(false)
    clock.now = 5000
    publish()
    expect(t.size).toBe(0)
    t.add(new Subscription(t, new FakeSink(), 6))
    for (let i = 0; i < 4; i++) publish()
    expect(t.size).toBe(3)
    expect(t.eventsAfter(7)!.map((e) => e.n)).toEqual([8, 9, 10])
    expect(t.eventsAfter(8)!.map((e) => e.n)).toEqual([9, 10])
    expect(t.eventsAfter(6)).toBeNull()
  })
})
