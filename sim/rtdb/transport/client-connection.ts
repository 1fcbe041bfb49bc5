// One client WebSocket: RTDB framing (§2) in both directions, injected latency and stall on
// both directions (faults/), and a guard against clients that stop reading. Knows nothing about
// actions; it hands complete messages to the session.

import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { FaultController, FaultState } from '../faults/fault-controller.js'
import { OrderedDelay } from '../faults/ordered-delay.js'
import type { EmulatorLog } from '../log.js'
import { FrameReassembler, requestNumberFromHead, splitMessage } from './framing.js'

export interface ConnectionLimits {
  /** Largest client message after reassembly, in UTF-16 characters. */
  readonly maxMessageChars: number
  /** Server→client messages longer than this are split (§2); 0 sends every message whole. */
  readonly maxFrameChars: number
  /** A client that lets this many bytes pile up unread is cut off, so it cannot hold memory. */
  readonly maxBufferedBytes: number
}

export interface ConnectionEvents {
  message(text: string): void
  /** A counted message went over `maxMessageChars`; `r` if it could be recovered. */
  tooBig(r: number | null): void
  closed(): void
}

export class ClientConnection {
  private readonly reassembler: FrameReassembler
  private readonly inbound: OrderedDelay<string>
  private readonly outbound: OrderedDelay<string>
  private readonly unsubscribe: () => void
  private closed = false
  private corked = false
  /** Cleared by each keepalive round, set by the pong (see websocket-server.ts). */
  alive = true

  constructor(
    private readonly socket: WebSocket,
    /** The TCP socket under `socket`, corked while a tick's frames are written (see write()). */
    private readonly tcp: Duplex,
    private readonly faults: FaultController,
    private readonly limits: ConnectionLimits,
    private readonly events: ConnectionEvents,
    private readonly log: EmulatorLog,
  ) {
    this.reassembler = new FrameReassembler(limits.maxMessageChars)
    this.inbound = new OrderedDelay((frame) => this.handleFrame(frame))
    this.outbound = new OrderedDelay((frame) => this.write(frame))
    this.applyFaults(faults.state)
    this.unsubscribe = faults.onChange((state) => this.applyFaults(state))
    socket.on('message', (data, isBinary) => {
      const frame = isBinary ? null : data.toString()
      if (frame === null) {
        this.log.info({}, 'binary frame rejected')
        this.terminate()
        return
      }
      this.inbound.push(frame, this.faults.state.latencyMs.in)
    })
    socket.on('pong', () => {
      this.alive = true
    })
    socket.on('error', (error) => {
      this.log.info({ err: error.message }, 'client socket error')
    })
    socket.on('close', () => this.handleClose())
  }

  send(message: string): void {
    if (this.closed) return
    const latency = this.faults.state.latencyMs.out
    for (const frame of splitMessage(message, this.limits.maxFrameChars)) this.outbound.push(frame, latency)
  }

  /** Abrupt close (no close handshake), as a dropped network would look to the client. */
  terminate(): void {
    this.socket.terminate()
    this.handleClose()
  }

  ping(): void {
    if (!this.closed) this.socket.ping()
  }

  private applyFaults(state: FaultState): void {
    // Stall freezes both directions: nothing is processed and nothing is answered (not even
    // pongs) until it is cleared; then the held frames go through in order. Reading from the
    // socket stops too, so a client that keeps sending is held back by TCP instead of growing
    // our inbound queue.
    if (state.stall) {
      this.inbound.pause()
      this.outbound.pause()
      if (!this.closed) this.socket.pause()
    } else {
      if (!this.closed) this.socket.resume()
      this.inbound.resume()
      this.outbound.resume()
    }
  }

  private handleFrame(frame: string): void {
    const result = this.reassembler.push(frame)
    switch (result.kind) {
      case 'message':
        // The session answers bad input itself; this only catches emulator bugs, which must
        // cost the one request, not the process and every other client with it.
        try {
          this.events.message(result.text)
        } catch (error) {
          this.log.error({ err: error }, 'message handling crashed')
        }
        return
      case 'too-big':
        this.events.tooBig(requestNumberFromHead(result.head))
        return
      case 'keepalive':
      case 'pending':
        return
    }
  }

  private write(frame: string): void {
    if (this.closed) return
    // Every frame written in this tick leaves in one writev: a burst of pipelined requests (or a
    // fan-out) costs one syscall per connection instead of one per frame, which was ~30% of
    // the server's time in the write benchmark. ws's own cork/uncork nests inside ours.
    if (!this.corked) {
      this.corked = true
      this.tcp.cork()
      process.nextTick(this.uncork)
    }
    this.socket.send(frame)
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.log.warn({ bufferedBytes: this.socket.bufferedAmount }, 'slow client cut off')
      this.terminate()
    }
  }

  private readonly uncork = (): void => {
    this.corked = false
    this.tcp.uncork()
  }

  private handleClose(): void {
    if (this.closed) return
    this.closed = true
    this.unsubscribe()
    this.inbound.close()
    this.outbound.close()
    this.events.closed()
  }
}
