// The proxy's faults as data. Unlike the emulator's own fault controller, these work at the TCP
// level, so they apply in front of any server, Google's emulator included.

export interface ProxyFaultState {
  /** Delay added to each chunk: `in` client→server, `out` server→client. Order is preserved. */
  readonly latencyMs: { readonly in: number; readonly out: number }
  /** Refuse new connections and cut the existing ones (an outage). */
  readonly down: boolean
  /** Accept bytes but forward nothing until cleared (a hung network path). */
  readonly stall: boolean
}

export interface ProxyFaultSettings {
  /** A number sets both directions. */
  latencyMs?: number | { in?: number; out?: number }
  down?: boolean
  stall?: boolean
}

export const NO_PROXY_FAULTS: ProxyFaultState = Object.freeze({
  latencyMs: Object.freeze({ in: 0, out: 0 }),
  down: false,
  stall: false,
})

export function mergeProxyFaults(state: ProxyFaultState, settings: ProxyFaultSettings): ProxyFaultState {
  const latency = settings.latencyMs
  const both = typeof latency === 'number' ? latency : undefined
  const inMs = both ?? (typeof latency === 'object' ? latency.in : undefined) ?? state.latencyMs.in
  const outMs = both ?? (typeof latency === 'object' ? latency.out : undefined) ?? state.latencyMs.out
  for (const value of [inMs, outMs]) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`latencyMs must be a non-negative number, got ${value}`)
  }
  return {
    latencyMs: { in: inMs, out: outMs },
    down: settings.down ?? state.down,
    stall: settings.stall ?? state.stall,
  }
}
