// Validates fault settings received over HTTP; every problem is reported at once.

import type { FaultSettings } from './fault-controller.js'

export class FaultSettingsError extends Error {}

const MAX_LATENCY_MS = 600_000

export function parseFaultSettings(json: unknown): FaultSettings {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FaultSettingsError('fault settings must be a JSON object')
  }
  const input = json as Record<string, unknown>
  const problems: string[] = []
  const settings: FaultSettings = {}
  const known = new Set(['latencyMs', 'stall', 'refuseConnections', 'rejectWrites'])
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push(`unknown setting "${key}" (known: ${[...known].join(', ')})`)
  }
  for (const key of ['stall', 'refuseConnections', 'rejectWrites'] as const) {
    const value = input[key]
    if (value === undefined) continue
    if (typeof value === 'boolean') settings[key] = value
    else problems.push(`${key} must be a boolean`)
  }
  const latency = input['latencyMs']
  if (latency !== undefined) {
    if (typeof latency === 'object' && latency !== null && !Array.isArray(latency)) {
      const out: { in?: number; out?: number } = {}
      for (const [direction, value] of Object.entries(latency as Record<string, unknown>)) {
        if (direction !== 'in' && direction !== 'out') {
          problems.push(`latencyMs.${direction} is unknown (use "in" and "out")`)
        } else if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_LATENCY_MS) {
          out[direction] = value
        } else {
          problems.push(`latencyMs.${direction} must be a number of ms between 0 and ${MAX_LATENCY_MS}`)
        }
      }
      settings.latencyMs = out
    } else {
      problems.push('latencyMs must be an object like {"in": 0, "out": 100}')
    }
  }
  if (problems.length > 0) throw new FaultSettingsError(problems.join('; '))
  return settings
}
