// The `/.ws` endpoint (§1, §3): upgrade on the same HTTP server as REST, read `ns` and `ls`,
// send the hello, and tie a ClientConnection to a protocol Session for the socket's lifetime.

import { randomBytes } from 'node:crypto'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import type { FaultController } from '../faults/fault-controller.js'
import type { EmulatorLog } from '../log.js'
import { isValidNamespaceName, type NamespaceRegistry } from '../database/namespace.js'
import { helloFrame, shutdownFrame } from '../protocol/envelope.js'
import { Session } from '../protocol/session.js'
import { STATUS } from '../protocol/status.js'
import { ClientConnection, type ConnectionLimits } from './client-connection.js'

export interface WebSocketEndpointOptions {
  readonly registry: NamespaceRegistry
  readonly faults: FaultController
  readonly clock: () => number
  readonly log: EmulatorLog
  readonly limits: ConnectionLimits
  /** Interval of WebSocket-level pings; a client that misses one round is dropped (half-open TCP). */
  readonly keepaliveMs: number
}

export interface WebSocketEndpoint {
  readonly connectionCount: number
  /** Terminates every client socket; returns how many there were. */
  dropAll(): number
  close(): Promise<void>
}

interface Live {
  readonly connection: ClientConnection
  readonly session: Session
}

export function attachWebSocketEndpoint(server: Server, options: WebSocketEndpointOptions): WebSocketEndpoint {
  const { registry, faults, clock, log } = options
  // permessage-deflate stays off: the SDK's faye-websocket client does not negotiate it.
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: options.limits.maxMessageChars * 4 })
  const live = new Set<Live>()
  const bySessionId = new Map<string, Live>()

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://emulator')
    if (url.pathname !== '/.ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (faults.state.refuseConnections) {
      // Outage fault: the client sees the connection die, as if nothing listened.
      socket.destroy()
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, socket, url, request))
  }

  const accept = (ws: WebSocket, tcp: Duplex, url: URL, request: IncomingMessage): void => {
    const ns = url.searchParams.get('ns')
    if (ns === null || !isValidNamespaceName(ns)) {
      // §3 shutdown: the client logs the reason and stops reconnecting, which is right for a
      // misconfigured database URL.
      ws.send(shutdownFrame(ns === null ? 'No namespace: connect with ?ns=<database name>' : `Invalid namespace "${ns}"`))
      ws.close(1008, 'invalid namespace')
      return
    }
    // §1/§6.9: `ls` names this client's previous session. If the server still holds it (a
    // half-open connection the client gave up on), close it now so its onDisconnect writes run
    // before the new session's requests.
    const last = url.searchParams.get('ls')
    if (last !== null) bySessionId.get(last)?.connection.terminate()

    const sessionId = randomBytes(12).toString('base64url')
    const connectionLog = log.child({ ns, sessionId })
    let entry: Live | null = null
    const connection = new ClientConnection(
      ws,
      tcp,
      faults,
      options.limits,
      {
        message: (text) => entry?.session.receive(text),
        tooBig: (r) => {
          connectionLog.info({ r }, 'oversized message rejected')
          if (r !== null) entry?.session.reply(r, STATUS.tooBig, `Message exceeds ${options.limits.maxMessageChars} characters`)
        },
        closed: () => {
          if (entry === null) return
          live.delete(entry)
          bySessionId.delete(sessionId)
          entry.session.close()
          connectionLog.debug({}, 'client disconnected')
        },
      },
      connectionLog,
    )
    const session = new Session(registry.get(ns), connection, { clock, faults, log: connectionLog })
    entry = { connection, session }
    live.add(entry)
    bySessionId.set(sessionId, entry)
    connectionLog.debug({ userAgent: request.headers['user-agent'] }, 'client connected')
    // §3: the hello; `h` is the Host the client used (it overrides it in emulator mode anyway).
    connection.send(helloFrame({ ts: clock(), host: request.headers.host ?? '', sessionId }))
  }

  const keepalive = setInterval(() => {
    // A stalled server does nothing, and a client cannot answer pings it is not reading.
    if (faults.state.stall) {
      for (const { connection } of live) connection.alive = true
      return
    }
    for (const { connection } of live) {
      if (!connection.alive) {
        log.info({}, 'unresponsive client dropped')
        connection.terminate()
        continue
      }
      connection.alive = false
      connection.ping()
    }
  }, options.keepaliveMs)
  keepalive.unref()

  server.on('upgrade', onUpgrade)

  return {
    get connectionCount() {
      return live.size
    },
    dropAll() {
      const all = [...live]
      for (const { connection } of all) connection.terminate()
      return all.length
    },
    async close() {
      clearInterval(keepalive)
      server.off('upgrade', onUpgrade)
      for (const { connection } of [...live]) connection.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    },
  }
}
