// What the HTTP side of the emulator needs from the rest of it.

import type { FaultController } from '../faults/fault-controller.js'
import type { EmulatorLog } from '../log.js'
import type { NamespaceRegistry } from '../database/namespace.js'

export interface HttpDeps {
  readonly registry: NamespaceRegistry
  readonly faults: FaultController
  readonly clock: () => number
  readonly pushId: () => string
  readonly log: EmulatorLog
  /** Largest request body accepted, in bytes (413 above it). */
  readonly maxRequestBytes: number
  /** Closes every WebSocket client; used by `POST /.emulator/faults/drop`. */
  readonly dropConnections: () => number
}
