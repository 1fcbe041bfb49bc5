// Query specs: the `q` object of a listen or get (§6.5) and the REST query parameters (§11),
// parsed into one shape that query/window.ts evaluates. Both parsers check what the SDK checks
// before sending (bound types per index, positive integer limits), so anything else is refused
// with InvalidDataError rather than evaluated into a surprising window.

import { InvalidDataError, parsePath, PRIORITY_KEY } from '../tree/path.js'
import { MAX_NAME, MIN_NAME } from '../tree/key-order.js'

export type QueryIndex = { kind: 'priority' } | { kind: 'key' } | { kind: 'value' } | { kind: 'child'; path: string[] }

/**
 * One end of a range, a (value, key) pair (§7). `name` may be MIN_NAME/MAX_NAME; when absent it
 * means "any key" (MIN_NAME for a start, MAX_NAME for an end, as the SDK's QueryParams do). On
 * the key index `value` is the key and `name` is ignored.
 */
export interface QueryBound {
  value: unknown
  name?: string
  inclusive: boolean
}

export interface QuerySpec {
  index: QueryIndex
  start?: QueryBound
  end?: QueryBound
  limit?: number
  /** Set whenever `limit` is: which end the limit counts from ("l"/"r" on the wire). */
  from?: 'left' | 'right'
}

/** §6.5: `sp sn sin ep en ein l vf i`; an absent `i` is the priority index. Unknown keys are ignored. */
export function parseWireQuery(q: unknown): QuerySpec {
  if (typeof q !== 'object' || q === null || Array.isArray(q)) throw new InvalidDataError('Query must be an object')
  const wire: Record<string, unknown> = { ...q }
  const index = parseWireIndex(wire['i'])
  const spec: QuerySpec = { index }
  if ('sp' in wire) {
    spec.start = bound(index, 'start', wire['sp'], wire['sn'], wire['sin'] ?? true)
  } else if ('sn' in wire) {
    throw new InvalidDataError('Query has a start name (sn) but no start value (sp)')
  }
  if ('ep' in wire) {
    spec.end = bound(index, 'end', wire['ep'], wire['en'], wire['ein'] ?? true)
  } else if ('en' in wire) {
    throw new InvalidDataError('Query has an end name (en) but no end value (ep)')
  }
  if ('l' in wire) {
    spec.limit = parseLimit(wire['l'], 'l')
    const vf = wire['vf']
    if (vf !== undefined && vf !== 'l' && vf !== 'r') throw new InvalidDataError(`Query vf must be "l" or "r", not ${show(vf)}`)
    // The SDK's isViewFromLeft: an unanchored limit counts from the start bound's side, else the right.
    spec.from = vf === 'l' ? 'left' : vf === 'r' ? 'right' : spec.start !== undefined ? 'left' : 'right'
  }
  return spec
}

const REST_QUERY_PARAMS = ['orderBy', 'startAt', 'startAfter', 'endAt', 'endBefore', 'equalTo', 'limitToFirst', 'limitToLast']

/**
 * §11 REST query parameters; null when there are none. Values are JSON (`orderBy="$key"`,
 * `startAt="a"`, `equalTo=2,"b"` for a value and a key). `startAfter`/`endBefore` without a key
 * on a non-key index mean "after every key"/"before every key", as the SDK encodes them (§14.12).
 */
export function parseRestQuery(params: URLSearchParams): QuerySpec | null {
  if (!REST_QUERY_PARAMS.some((name) => params.has(name))) return null
  const orderBy = params.get('orderBy')
  if (orderBy === null) throw new InvalidDataError('orderBy must be defined when other query parameters are defined')
  const index = parseRestIndex(orderBy)
  exclusive(params, 'startAt', 'startAfter')
  exclusive(params, 'endAt', 'endBefore')
  exclusive(params, 'limitToFirst', 'limitToLast')
  for (const other of ['startAt', 'startAfter', 'endAt', 'endBefore']) exclusive(params, 'equalTo', other)

  const spec: QuerySpec = { index }
  const param = (name: string): string | null => params.get(name)
  const equalTo = param('equalTo')
  if (equalTo !== null) {
    const [value, name] = restBound('equalTo', equalTo)
    spec.start = bound(index, 'start', value, name, true)
    spec.end = bound(index, 'end', value, name, true)
  }
  const startAt = param('startAt')
  const startAfter = param('startAfter')
  if (startAt !== null) {
    const [value, name] = restBound('startAt', startAt)
    spec.start = bound(index, 'start', value, name, true)
  } else if (startAfter !== null) {
    const [value, name] = restBound('startAfter', startAfter)
    spec.start = bound(index, 'start', value, name ?? (index.kind === 'key' ? undefined : MAX_NAME), false)
  }
  const endAt = param('endAt')
  const endBefore = param('endBefore')
  if (endAt !== null) {
    const [value, name] = restBound('endAt', endAt)
    spec.end = bound(index, 'end', value, name, true)
  } else if (endBefore !== null) {
    const [value, name] = restBound('endBefore', endBefore)
    spec.end = bound(index, 'end', value, name ?? (index.kind === 'key' ? undefined : MIN_NAME), false)
  }
  const first = param('limitToFirst')
  const last = param('limitToLast')
  if (first !== null) {
    spec.limit = parseRestLimit('limitToFirst', first)
    spec.from = 'left'
  } else if (last !== null) {
    spec.limit = parseRestLimit('limitToLast', last)
    spec.from = 'right'
  }
  return spec
}

/** No bounds and no limit: the whole location, whatever the index (§6.5: sent untagged). */
export function loadsAllData(spec: QuerySpec): boolean {
  return spec.start === undefined && spec.end === undefined && spec.limit === undefined
}

/** The `q` object the SDK would send for this spec (§6.5), the inverse of parseWireQuery. */
export function toWireQuery(spec: QuerySpec): Record<string, unknown> {
  const q: Record<string, unknown> = {}
  if (spec.start !== undefined) {
    q['sp'] = spec.start.value
    if (spec.start.name !== undefined) q['sn'] = spec.start.name
    q['sin'] = spec.start.inclusive
  }
  if (spec.end !== undefined) {
    q['ep'] = spec.end.value
    if (spec.end.name !== undefined) q['en'] = spec.end.name
    q['ein'] = spec.end.inclusive
  }
  if (spec.limit !== undefined) {
    q['l'] = spec.limit
    q['vf'] = (spec.from ?? (spec.start !== undefined ? 'left' : 'right')) === 'left' ? 'l' : 'r'
  }
  if (spec.index.kind !== 'priority') q['i'] = indexToWire(spec.index)
  return q
}

/**
 * A stable identity: the SDK's `_queryIdentifier` for the same query (its ObjectToUniqueKey of
 * the wire object: keys sorted, values JSON), and "default" for the plain priority-index query.
 */
export function querySpecKey(spec: QuerySpec): string {
  const key = uniqueKey(toWireQuery(spec))
  return key === '{}' ? 'default' : key
}

export function indexToWire(index: QueryIndex): string {
  switch (index.kind) {
    case 'priority':
      return PRIORITY_KEY
    case 'key':
      return '.key'
    case 'value':
      return '.value'
    case 'child':
      return index.path.join('/')
  }
}

function uniqueKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const record: Record<string, unknown> = { ...value }
  const keys = Object.keys(record).sort()
  return '{' + keys.map((key) => JSON.stringify(key) + ':' + uniqueKey(record[key])).join(',') + '}'
}

function parseWireIndex(raw: unknown): QueryIndex {
  if (raw === undefined || raw === PRIORITY_KEY) return { kind: 'priority' }
  if (raw === '.key') return { kind: 'key' }
  if (raw === '.value') return { kind: 'value' }
  if (typeof raw !== 'string') throw new InvalidDataError(`Query index (i) must be a string, not ${show(raw)}`)
  return childIndex(raw)
}

function parseRestIndex(raw: string): QueryIndex {
  let orderBy: unknown
  try {
    orderBy = JSON.parse(raw)
  } catch {
    throw new InvalidDataError(`orderBy must be a valid JSON encoded path, e.g. orderBy="$key", not ${raw}`)
  }
  if (typeof orderBy !== 'string') throw new InvalidDataError(`orderBy must be a JSON string, not ${raw}`)
  if (orderBy === '$key') return { kind: 'key' }
  if (orderBy === '$value') return { kind: 'value' }
  if (orderBy === '$priority') return { kind: 'priority' }
  return childIndex(orderBy)
}

function childIndex(raw: string): QueryIndex {
  const path = parsePath(raw)
  // The SDK's PathIndex refuses an empty path and `.priority` (orderByChild('.priority') is orderByPriority).
  if (path.length === 0) throw new InvalidDataError('Query index path must not be empty')
  if (path.includes(PRIORITY_KEY)) throw new InvalidDataError('Query index path must not contain .priority')
  return { kind: 'child', path }
}

function bound(index: QueryIndex, side: 'start' | 'end', value: unknown, name: unknown, inclusive: unknown): QueryBound {
  if (typeof inclusive !== 'boolean') throw new InvalidDataError(`Query ${side} inclusiveness must be a boolean, not ${show(inclusive)}`)
  if (name !== undefined && typeof name !== 'string') throw new InvalidDataError(`Query ${side} name must be a string, not ${show(name)}`)
  checkBoundValue(index, side, value)
  return name === undefined ? { value, inclusive } : { value, name, inclusive }
}

/** The SDK's validateQueryEndpoints: what each index can be bounded by. */
function checkBoundValue(index: QueryIndex, side: string, value: unknown): void {
  const refuse = (expected: string): never => {
    throw new InvalidDataError(`Query ${side} value for the ${index.kind} index must be ${expected}, not ${show(value)}`)
  }
  if (typeof value === 'number' && !Number.isFinite(value)) refuse('a finite number')
  switch (index.kind) {
    case 'key':
      if (typeof value !== 'string') refuse('a string (a key)')
      return
    case 'priority':
      if (value !== null && typeof value !== 'number' && typeof value !== 'string') refuse('null, a number or a string')
      return
    case 'value':
    case 'child':
      if (value !== null && typeof value !== 'boolean' && typeof value !== 'number' && typeof value !== 'string') {
        refuse('null, a boolean, a number or a string')
      }
  }
}

function parseLimit(raw: unknown, what: string): number {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw <= 0) {
    throw new InvalidDataError(`Query ${what} must be a positive integer, not ${show(raw)}`)
  }
  return raw
}

function parseRestLimit(name: string, raw: string): number {
  if (!/^\d+$/.test(raw)) throw new InvalidDataError(`${name} must be a positive integer, not ${raw}`)
  return parseLimit(Number(raw), name)
}

/** `v` or `v,"key"`: a JSON value optionally followed by a JSON string key. */
function restBound(name: string, raw: string): [unknown, string | undefined] {
  let parts: unknown
  try {
    parts = JSON.parse('[' + raw + ']')
  } catch {
    throw new InvalidDataError(`${name} must be a JSON value, optionally followed by ,"key"; got ${raw}`)
  }
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > 2) {
    throw new InvalidDataError(`${name} must be a JSON value, optionally followed by ,"key"; got ${raw}`)
  }
  const [value, key] = parts
  if (key !== undefined && typeof key !== 'string') throw new InvalidDataError(`${name} key must be a JSON string; got ${raw}`)
  return [value, key]
}

function exclusive(params: URLSearchParams, a: string, b: string): void {
  if (params.has(a) && params.has(b)) throw new InvalidDataError(`${a} and ${b} cannot be combined`)
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return typeof value
  }
}
