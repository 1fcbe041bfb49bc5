// The protocol state of one WebSocket connection: its namespace, identity, listens and queued
// onDisconnect writes (§6). The transport feeds it complete messages and closes it exactly once;
// it answers through `sink`. A session never throws back into the transport.

import type { QuerySpec } from '../query/query-spec.js'
import type { Path } from '../tree/node.js'
import type { FaultController } from '../faults/fault-controller.js'
import type { EmulatorLog } from '../log.js'
import { commitWrite, type WriteOp } from '../database/commit.js'
import { ANONYMOUS, OWNER, type Identity } from '../database/identity.js'
import type { ListeningConnection, Namespace } from '../database/namespace.js'
import { mayRead } from '../database/read-access.js'
import { listenFrame, listenValue, SerializationCache } from '../listen/fanout.js'
import type { Listen, ListenSink } from '../listen/listen-registry.js'
import { dispatchRequest } from './dispatch.js'
import { controlErrorFrame, listenRevokedFrame, parseClientMessage, PONG_FRAME, ProtocolError, replyFrame, requestNumberOf } from './envelope.js'
import { STATUS } from './status.js'

export interface SessionServices {
  readonly clock: () => number
  readonly faults: FaultController
  readonly log: EmulatorLog
}

export interface QueuedDisconnectWrite {
  readonly op: WriteOp
}

export class Session implements ListenSink, ListeningConnection {
  identity: Identity = ANONYMOUS
  private readonly listens = new Map<string, Listen>()
  private onDisconnect: QueuedDisconnectWrite[] = []
  private closed = false

  constructor(
    readonly namespace: Namespace,
    private readonly sink: { send(frame: string): void },
    readonly services: SessionServices,
  ) {
    namespace.connections.add(this)
  }

  get isClosed(): boolean {
    return this.closed
  }

  get listenCount(): number {
    return this.listens.size
  }

  sendFrame(frame: string): void {
    if (!this.closed) this.sink.send(frame)
  }

  reply(r: number, status: string, data?: unknown): void {
    this.sendFrame(replyFrame(r, status, data))
  }

  /** One complete client message (framing already undone). */
  receive(text: string): void {
    if (this.closed) return
    let message
    try {
      message = parseClientMessage(text)
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error
      this.services.log.info({ err: error.message }, 'malformed message rejected')
      const r = requestNumberOf(error)
      if (r === null) this.sendFrame(controlErrorFrame(`Invalid message: ${error.message}`))
      else this.reply(r, STATUS.invalidRequest, error.message)
      return
    }
    if (message.kind === 'control') {
      // §3: a ping must be answered, or the client drops the connection after 30 s.
      if (message.type === 'p') this.sendFrame(PONG_FRAME)
      return
    }
    dispatchRequest(this, message.r, message.action, message.body)
  }

  /** Registers a listen and pushes its current value before the caller replies `ok` (§6.5). */
  addListen(path: Path, tag: number | null, spec: QuerySpec | null, query: Readonly<Record<string, unknown>> | null = null): void {
    const pathString = path.join('/')
    const key = listenKey(pathString, tag)
    const previous = this.listens.get(key)
    if (previous) this.namespace.listens.remove(previous)
    const listen: Listen = { path, pathString, tag, spec: tag === null ? null : spec, query: tag === null ? null : query, sink: this, lastWindow: null }
    const value = listenValue(listen, this.namespace.root)
    if (tag !== null) listen.lastWindow = value
    this.listens.set(key, listen)
    this.namespace.listens.add(listen)
    this.sendFrame(listenFrame(listen, value, new SerializationCache()))
  }

  /** §6.5: removes only the matching listen; unknown ones are ignored (shadowing sends many). */
  removeListen(path: Path, tag: number | null): void {
    const key = listenKey(path.join('/'), tag)
    const listen = this.listens.get(key)
    if (listen === undefined) return
    this.listens.delete(key)
    this.namespace.listens.remove(listen)
  }

  /** Whether this connection's identity may read path (with spec's query) under the current rules. */
  mayRead(path: Path, spec: QuerySpec | null): boolean {
    return mayRead(this.namespace, this.identity, path, spec, this.services.clock())
  }

  /**
   * After the connection's identity changed (§6.2 `auth`, `gauth`, `unauth`) or the namespace's
   * rules were replaced: every listen it may no longer read is dropped and revoked (§6.8 `c`), so
   * the client fires its cancel callbacks with permission_denied instead of going on receiving
   * data it is no longer allowed to see.
   */
  revokeUnreadable(): void {
    for (const [key, listen] of this.listens) {
      if (this.mayRead(listen.path, listen.spec)) continue
      this.listens.delete(key)
      this.namespace.listens.remove(listen)
      this.sendFrame(listenRevokedFrame(listen.pathString, listen.query))
    }
  }

  queueOnDisconnect(op: WriteOp): void {
    this.onDisconnect.push({ op })
  }

  /** §6.7 `oc`: cancels queued writes at `path` and below. */
  cancelOnDisconnect(path: Path): void {
    this.onDisconnect = this.onDisconnect.filter(({ op }) => !isAtOrBelow(op.path, path))
  }

  /**
   * The socket is gone, for whatever reason (§6.7): forget the listens, then run the queued
   * onDisconnect writes in order, each with its own timestamp taken now. They were checked
   * against the rules when queued, so they run with owner rights.
   */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.namespace.connections.delete(this)
    for (const listen of this.listens.values()) this.namespace.listens.remove(listen)
    this.listens.clear()
    const queued = this.onDisconnect
    this.onDisconnect = []
    for (const { op } of queued) {
      try {
        const outcome = commitWrite(this.namespace, op, { identity: OWNER, now: this.services.clock() })
        if (!outcome.ok) this.services.log.warn({ path: op.path.join('/'), status: outcome.status }, 'onDisconnect write failed')
      } catch (error) {
        this.services.log.error({ err: error, path: op.path.join('/') }, 'onDisconnect write crashed')
      }
    }
  }
}

function listenKey(pathString: string, tag: number | null): string {
  // §6.5: one connection may hold a default listen and tagged ones on the same path.
  return `${pathString}\u0000${tag ?? 'default'}`
}

function isAtOrBelow(path: Path, ancestor: Path): boolean {
  if (path.length < ancestor.length) return false
  return ancestor.every((key, i) => path[i] === key)
}
