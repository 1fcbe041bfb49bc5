// Fault injection state for one emulator, switchable at runtime in-process or over HTTP
// (`/.emulator/faults`, see faults/http-routes.ts). The transports read it on every frame and
// request; they subscribe to changes so a cleared stall resumes at once instead of on a poll.

export interface FaultState {
  /** Added delay in ms: `in` before a received frame/request is processed, `out` before a frame/reply is sent. */
  readonly latencyMs: { readonly in: number; readonly out: number }
  /** Accept frames and requests but answer nothing until cleared; held work resumes in order. */
  readonly stall: boolean
  /** Outage: new WebSocket upgrades and REST requests have their TCP socket destroyed. */
  readonly refuseConnections: boolean
  /** Writes (`p`, `m`, REST PUT/PATCH/POST/DELETE) fail with status `unavailable` / HTTP 503. */
  readonly rejectWrites: boolean
}

export interface FaultSettings {
  latencyMs?: { in?: number; out?: number }
  stall?: boolean
  refuseConnections?: boolean
  rejectWrites?: boolean
}

export const NO_FAULTS: FaultState = Object.freeze({
  latencyMs: Object.freeze({ in: 0, out: 0 }),
  stall: false,
  refuseConnections: false,
  rejectWrites: false,
})

export interface FaultController {
  readonly state: FaultState
  /** Changes only the fields given; returns the new state. */
  set(settings: FaultSettings): FaultState
  clear(): FaultState
  /** Closes every client socket abruptly (onDisconnect operations run). Returns how many were closed. */
  dropConnections(): number
  /** Called after every change; returns an unsubscribe function. */
  onChange(listener: (state: FaultState) => void): () => void
}

export interface FaultControllerHooks {
  dropConnections: () => number
}

export function createFaultController(hooks: FaultControllerHooks): FaultController {
  let state: FaultState = NO_FAULTS
  const listeners = new Set<(state: FaultState) => void>()

  const publish = (next: FaultState): FaultState => {
    state = next
    for (const listener of [...listeners]) listener(state)
    return state
  }

  return {
    get state() {
      return state
    },
    set(settings) {
      return publish({
        latencyMs: {
          in: settings.latencyMs?.in ?? state.latencyMs.in,
          out: settings.latencyMs?.out ?? state.latencyMs.out,
        },
        stall: settings.stall ?? state.stall,
        refuseConnections: settings.refuseConnections ?? state.refuseConnections,
        rejectWrites: settings.rejectWrites ?? state.rejectWrites,
      })
    },
    clear() {
      return publish(NO_FAULTS)
    },
    dropConnections() {
      return hooks.dropConnections()
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
