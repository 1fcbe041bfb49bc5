// One direction of a proxied connection: chunks read from `source` are written to `sink` after
// the current latency, in order, and held while stalled. Reading pauses when too much is queued,
// so a stalled or slow path pushes back on the sender through TCP instead of buffering forever.

import type { Socket } from 'node:net'
import { OrderedDelay } from '../rtdb/faults/ordered-delay.js'

const HIGH_WATER_BYTES = 1024 * 1024

export class Pipe {
  private readonly queue: OrderedDelay<Buffer>
  private queuedBytes = 0

  constructor(
    private readonly source: Socket,
    private readonly sink: Socket,
    private readonly latencyMs: () => number,
  ) {
    this.queue = new OrderedDelay((chunk) => this.forward(chunk))
    source.on('data', (chunk: Buffer) => {
      this.queuedBytes += chunk.length
      this.queue.push(chunk, this.latencyMs())
      if (this.queuedBytes > HIGH_WATER_BYTES) source.pause()
    })
    sink.on('drain', () => this.maybeResume())
  }

  pause(): void {
    this.queue.pause()
  }

  resume(): void {
    this.queue.resume()
  }

  close(): void {
    this.queue.close()
  }

  private forward(chunk: Buffer): void {
    this.queuedBytes -= chunk.length
    if (this.sink.destroyed) return
    if (!this.sink.write(chunk)) this.source.pause()
    else this.maybeResume()
  }

  private maybeResume(): void {
    if (this.queuedBytes <= HIGH_WATER_BYTES && !this.sink.writableNeedDrain && this.source.isPaused()) this.source.resume()
  }
}
