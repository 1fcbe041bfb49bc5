// A TCP proxy that injects faults between clients and an RTDB emulator (ours or Google's).
// Each accepted connection is paired with a fresh upstream connection; the two Pipes carry the
// bytes. Faults can change at any time and apply to connections already open.

import { EventEmitter } from 'node:events'
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'
import { mergeProxyFaults, NO_PROXY_FAULTS, type ProxyFaultSettings, type ProxyFaultState } from './faults.js'
import { Pipe } from './pipe.js'

export interface FaultProxyOptions {
  target: { host: string; port: number }
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0: a free port. */
  port?: number
}

export interface FaultProxy {
  readonly host: string
  readonly port: number
  /** "127.0.0.1:PORT": what to give the SDK instead of the emulator's address. */
  readonly hostPort: string
  readonly state: ProxyFaultState
  /** Number of proxied connections currently open. */
  readonly connectionCount: number
  /** Emits 'accepted' and 'refused' per incoming connection, so tests can wait for a reconnect attempt. */
  readonly events: EventEmitter
  /** Changes only the fields given. `down: true` also cuts every open connection. */
  set(settings: ProxyFaultSettings): ProxyFaultState
  /** Destroys every open connection on both sides (client sees a reset, server a close). */
  cutConnections(): number
  clear(): ProxyFaultState
  stop(): Promise<void>
}

interface Pair {
  readonly client: Socket
  readonly server: Socket
  readonly toServer: Pipe
  readonly toClient: Pipe
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let state = NO_PROXY_FAULTS
  const pairs = new Set<Pair>()
  const events = new EventEmitter()

  const cut = (pair: Pair): void => {
    pair.toServer.close()
    pair.toClient.close()
    pair.client.destroy()
    pair.server.destroy()
    pairs.delete(pair)
  }

  const server = createServer((client) => {
    if (state.down) {
      client.destroy()
      events.emit('refused')
      return
    }
    events.emit('accepted')
    client.setNoDelay(true)
    const upstream = connect({ host: options.target.host, port: options.target.port })
    upstream.setNoDelay(true)
    const pair: Pair = {
      client,
      server: upstream,
      toServer: new Pipe(client, upstream, () => state.latencyMs.in),
      toClient: new Pipe(upstream, client, () => state.latencyMs.out),
    }
    if (state.stall) {
      pair.toServer.pause()
      pair.toClient.pause()
    }
    pairs.add(pair)
    // Either side ending or failing ends the pair; the other side sees the connection die.
    for (const socket of [client, upstream]) {
      socket.on('error', () => cut(pair))
      socket.on('close', () => cut(pair))
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo

  const cutAll = (): number => {
    const all = [...pairs]
    for (const pair of all) cut(pair)
    return all.length
  }

  return {
    host: address.address,
    port: address.port,
    hostPort: `${address.address}:${address.port}`,
    get state() {
      return state
    },
    get connectionCount() {
      return pairs.size
    },
    events,
    set(settings) {
      state = mergeProxyFaults(state, settings)
      if (state.down) cutAll()
      for (const pair of pairs) {
        if (state.stall) {
          pair.toServer.pause()
          pair.toClient.pause()
        } else {
          pair.toServer.resume()
          pair.toClient.resume()
        }
      }
      return state
    },
    cutConnections: cutAll,
    clear() {
      state = NO_PROXY_FAULTS
      for (const pair of pairs) {
        pair.toServer.resume()
        pair.toClient.resume()
      }
      return state
    },
    async stop() {
      cutAll()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
