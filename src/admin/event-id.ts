import { randomBytes } from 'node:crypto'

// SSE event ids: `<epoch>.<n>`. n is one counter per hub (every topic draws from it, so ids within
// a stream always increase), and the epoch names the hub's process: a restart or another instance
// behind the same dashboard has a different epoch, so an id from there can never be mistaken for
// a position here (it gets reset + initial instead of a silent skip).

export function newEpoch(instanceId: string): string {
  return `${instanceId}-${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`
}

// The `ended` event's id carries a `.end` suffix: a client reconnecting with it has seen its
// conversation end, whatever instance or process it reaches, and is told 204 (stop reconnecting).
const END = '.end'

export function formatEventId(epoch: string, n: number, final = false): string {
  return final ? `${epoch}.${n}${END}` : `${epoch}.${n}`
}

/** True for the id of an `ended` event. */
export function isFinalEventId(id: string): boolean {
  return id.endsWith(END)
}

/** The position a Last-Event-ID names in this epoch; null when it is malformed or from another epoch. */
export function parseEventId(id: string, epoch: string): number | null {
  const bare = isFinalEventId(id) ? id.slice(0, -END.length) : id
  const dot = bare.lastIndexOf('.')
  if (dot <= 0 || bare.slice(0, dot) !== epoch) return null
  const digits = bare.slice(dot + 1)
  if (!/^(0|[1-9][0-9]{0,15})$/.test(digits)) return null
  const n = Number(digits)
  return Number.isSafeInteger(n) ? n : null
}
