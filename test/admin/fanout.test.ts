import { once } from 'node:events'
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { Fanout } from '../../src/admin/fanout.js'
import { Subscription, Topic, type EventSink } from '../../src/admin/topic.js'

// A fan-out to many admin streams must not hold the event loop: a webhook's socket I/O that
// becomes ready while it runs is handled between its slices, not after the last stream.

class CountingSink implements EventSink {
  readonly blocked = false
  constructor(private readonly onWrite: () => void) {}
  write(): void {
    this.onWrite()
  }
  onceDrained(): void {}
  end(): void {}
}

const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

/** A loopback connection: bytes written by `client` arrive as 'data' on the server side, in the poll phase. */
async function loopback(): Promise<{ client: Socket; server: Socket }> {
  const listener = createServer()
  listener.listen(0, '127.0.0.1')
  await once(listener, 'listening')
  const accepted = once(listener, 'connection') as Promise<[Socket]>
  const client = connect((listener.address() as AddressInfo).port, '127.0.0.1')
  // Both listened for before either is awaited: the two ends connect in no fixed order.
  const [[server]] = await Promise.all([accepted, once(client, 'connect')])
  closers.push(() => {
    client.destroy()
    server.destroy()
    listener.close()
  })
  return { client, server }
}

async function deliveriesBeforeIo(slice: number, streams: number): Promise<{ atIo: number; total: number }> {
  const { client, server } = await loopback()
  const topic = new Topic('t', 0, { capacity: 10, eventId: (n) => `e.${n}`, stallMs: 60_000, now: () => 0 })
  let delivered = 0
  let atIo = -1
  for (let i = 0; i < streams; i++) {
    topic.add(
      new Subscription(
        topic,
        new CountingSink(() => {
          delivered++
          // The caller's request arrives while the first slice is being written.
          if (delivered === 1) client.write('POST /process-speech')
        }),
        0,
      ),
    )
  }
  server.once('data', () => (atIo = delivered))
  topic.append({ n: 1, event: 'new_messages', payload: { n: 1 } })
  const fanout = new Fanout({ slice, coalesceMs: 0 })
  fanout.schedule(topic)
  while (delivered < streams || atIo < 0) await new Promise((resolve) => setTimeout(resolve, 5))
  return { atIo, total: delivered }
}

describe('Fanout', () => {
  it('lets socket I/O that arrives during a delivery run between its slices', async () => {
    const { atIo, total } = await deliveriesBeforeIo(25, 1000)
    expect(total).toBe(1000)
    // At most a slice or two had been written when the webhook's bytes were read.
    expect(atIo).toBeGreaterThanOrEqual(25)
    expect(atIo).toBeLessThanOrEqual(50)
  })

  it('would read them only after every stream without slicing (the contrast the first test relies on)', async () => {
    const { atIo } = await deliveriesBeforeIo(1000, 1000)
    expect(atIo).toBe(1000)
  })
})
