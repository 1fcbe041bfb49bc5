import type { CommittedRecord } from '../store/index.js'

// @firebase/database (1.1.5, in firebase-admin 13) sends a message longer than 16,384 UTF-16
// units as several WebSocket frames cut at fixed offsets (splitStringBySize), each encoded to
// UTF-8 on its own. A character outside the Basic Multilingual Plane (an emoji) that straddles a
// cut reaches Firebase as two U+FFFD, and the write is still acknowledged: Firebase would keep a
// wrong copy of a turn that the journal has right. So a batch that could be cut there is sent as
// several smaller ones, each a run of whole records, each fitting one frame.

const SDK_FRAME_UNITS = 16_384
/** The SDK's envelope around the data ({"t":"d","d":{"r":N,"a":"m","b":{"p":"/","d":...}}}) is about 50 units. */
export const FRAME_SAFE_UNITS = SDK_FRAME_UNITS - 256
const HIGH_SURROGATE = /[\uD800-\uDBFF]/

/**
 * `records` as one group when the SDK will send it whole or no cut can split a character, else
 * consecutive runs of records whose ops, serialised one by one, fit `FRAME_SAFE_UNITS`. A
 * run's coalesced write is shorter than that (each op's path and value once, without the
 * "path"/"value" keys; folding a deeper op into a pending value adds a few braces, which the
 * margin covers). A single record over the bound stays a group of its own: a record is one
 * atomic write. A turn's text is capped at 4,000 characters, so only text made mostly of
 * control characters (six units each in JSON) could take a record there.
 */
export function frameSafeGroups(records: readonly CommittedRecord[], payload: unknown): (readonly CommittedRecord[])[] {
  // Nearly every batch has no such character: finding that out by walking its strings costs a
  // fraction of serialising it (which the SDK does again anyway).
  if (!hasHighSurrogate(payload)) return [records]
  const json = JSON.stringify(payload) ?? ''
  if (json.length <= FRAME_SAFE_UNITS || !HIGH_SURROGATE.test(json)) return [records]
  const groups: CommittedRecord[][] = []
  let group: CommittedRecord[] = []
  let units = 0
  for (const record of records) {
    const size = JSON.stringify(record.ops).length
    if (group.length > 0 && units + size > FRAME_SAFE_UNITS) {
      groups.push(group)
      group = []
      units = 0
    }
    group.push(record)
    units += size
  }
  if (group.length > 0) groups.push(group)
  return groups
}

/** Whether any key or string in a JSON value holds a high surrogate (a lone one too: then the check above decides). */
function hasHighSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return HIGH_SURROGATE.test(value)
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some(hasHighSurrogate)
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    if (HIGH_SURROGATE.test(key) || hasHighSurrogate((value as Record<string, unknown>)[key])) return true
  }
  return false
}
