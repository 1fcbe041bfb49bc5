// Applies faults to REST requests before Fastify sees them: the outage destroys the socket (the
// client sees a reset, as with nothing listening), stall holds the request, and inbound latency
// delays it. Control routes under `/.emulator/` pass untouched.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultController } from './fault-controller.js'

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

export function isControlUrl(url: string | undefined): boolean {
  return url?.startsWith('/.emulator/') === true
}

export function gateRequests(faults: FaultController, handler: RequestHandler): RequestHandler {
  return (request, response) => {
    if (isControlUrl(request.url)) {
      handler(request, response)
      return
    }
    const { refuseConnections, latencyMs, stall } = faults.state
    if (refuseConnections) {
      request.socket.destroy()
      return
    }
    if (latencyMs.in === 0 && !stall) {
      handler(request, response)
      return
    }
    void delay(latencyMs.in)
      .then(() => whenNotStalled(faults))
      .then(() => {
        if (!request.socket.destroyed) handler(request, response)
      })
  }
}

/** Resolves once the stall fault is off (at once when it is). */
export function whenNotStalled(faults: FaultController): Promise<void> {
  if (!faults.state.stall) return Promise.resolve()
  return new Promise((resolve) => {
    const unsubscribe = faults.onChange((state) => {
      if (state.stall) return
      unsubscribe()
      resolve()
    })
  })
}

function delay(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms))
}
