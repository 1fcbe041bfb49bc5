import { crc32 } from 'node:zlib'
import { parsePath } from './validate.js'

// The journal's record types and its line format.
//
// One record per line:  <crc32: 8 lowercase hex> SP <byte length: decimal> SP <json> LF
//   e.g.  3b1c0a7f 61 {"seq":7,"ts":1733000000000,"ops":[{"path":"a/b","value":1}]}\n
// The crc32 (zlib polynomial) covers exactly the <json> bytes and <byte length> counts them, so a
// line cut anywhere (a crash mid-write) never parses as a shorter valid line. JSON.stringify never
// emits a raw LF, so LF only ever ends a record: a tail with no LF is always an unfinished write.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** SET semantics at path: replaces the subtree; null deletes; '' is the root. */
export interface Op {
  path: string
  value: Json | null
}

/** seq is 1, 2, 3 ... without gaps; ts is the commit's wall-clock time in ms since the epoch. */
export interface CommittedRecord {
  seq: number
  ts: number
  ops: readonly Op[]
}

const SPACE = 0x20
const LF = 0x0a
/** "ffffffff 4294967295 " */
const MAX_HEADER_BYTES = 8 + 1 + 10 + 1

export interface EncodedRecord {
  /** The record as readers get it (equal to what decodeLine() gives back from `line`), deep-frozen. */
  record: CommittedRecord
  line: Buffer
}

/**
 * Copies the ops into a deep-frozen record and serialises that copy, so the record kept in memory
 * (tree, cache, listeners) is exactly what a reader will later parse from disk, and callers
 * mutating their op values after commit() cannot change it.
 */
export function encodeRecord(seq: number, ts: number, ops: readonly Op[]): EncodedRecord {
  const record = freezeRecord(seq, ts, ops)
  return { record, line: encodeLine(JSON.stringify(record)) }
}

/** `{ seq, ts, ops: [{ path, value }] }` as JSON.parse(JSON.stringify(...)) would give it, deep-frozen. */
function freezeRecord(seq: number, ts: number, ops: readonly Op[]): CommittedRecord {
  const copies: Op[] = new Array(ops.length)
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Op
    const value = op.value === undefined ? NOT_PLAIN : copyPlain(op.value, 0)
    if (value === NOT_PLAIN || typeof op.path !== 'string') {
      // Anything JSON would transform (holes, toJSON, class instances...) goes the long way.
      return deepFreeze(JSON.parse(JSON.stringify({ seq, ts, ops: ops.map((o) => ({ path: o.path, value: o.value })) })) as CommittedRecord)
    }
    copies[i] = Object.freeze({ path: op.path, value })
  }
  return Object.freeze({ seq, ts, ops: Object.freeze(copies) })
}

const NOT_PLAIN: unique symbol = Symbol('not plain JSON')
/** Deeper than validate.ts allows; only unvalidated input (tests) gets here, and then goes the long way. */
const MAX_COPY_DEPTH = 64

/**
 * A deep-frozen copy of a value that JSON round-trips unchanged (null, booleans, strings, finite
 * numbers, dense arrays and plain objects of those), or NOT_PLAIN. -0 becomes 0 as in JSON.
 */
function copyPlain(value: unknown, depth: number): Json | typeof NOT_PLAIN {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (!Number.isFinite(value)) return NOT_PLAIN
      return value === 0 ? 0 : value
    case 'object':
      break
    default:
      return NOT_PLAIN
  }
  if (value === null) return null
  if (depth >= MAX_COPY_DEPTH) return NOT_PLAIN
  if (Array.isArray(value)) {
    const length = value.length
    const out: Json[] = new Array(length)
    for (let i = 0; i < length; i++) {
      if (!(i in value)) return NOT_PLAIN
      const child = copyPlain(value[i], depth + 1)
      if (child === NOT_PLAIN) return NOT_PLAIN
      out[i] = child
    }
    return Object.freeze(out) as Json
  }
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN
  const source = value as Record<string, unknown>
  const keys = Object.keys(source)
  const out: Record<string, Json> = {}
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    const child = copyPlain(source[key], depth + 1)
    if (child === NOT_PLAIN) return NOT_PLAIN
    // "__proto__" is a valid key; plain assignment would set the prototype instead.
    if (key === '__proto__') Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true })
    else out[key] = child
  }
  return Object.freeze(out) as Json
}

/** `<crc32 hex> <length> <json>\n` in one buffer. */
function encodeLine(json: string): Buffer {
  const bodyLength = Buffer.byteLength(json, 'utf8')
  const lengthText = String(bodyLength)
  const bodyStart = 8 + 1 + lengthText.length + 1
  const line = Buffer.allocUnsafe(bodyStart + bodyLength + 1)
  line.write(json, bodyStart, bodyLength, 'utf8')
  const crc = crc32(line.subarray(bodyStart, bodyStart + bodyLength))
  for (let i = 0; i < 8; i++) line[i] = HEX[(crc >>> (28 - 4 * i)) & 0xf] as number
  line[8] = SPACE
  line.write(lengthText, 9, 'latin1')
  line[bodyStart - 1] = SPACE
  line[line.length - 1] = LF
  return line
}

const HEX = Buffer.from('0123456789abcdef', 'latin1')

export type LineResult =
  | { kind: 'record'; record: CommittedRecord; end: number }
  /** Not a well-formed line with a matching checksum: torn write or corruption (the caller decides). */
  | { kind: 'bad-line'; reason: string }
  /** The checksum matched but the content is not a record: written wrong, never a torn write. */
  | { kind: 'bad-record'; reason: string }

/** Parses the line starting at `start` (which must be < buf.length). */
export function decodeLine(buf: Buffer, start: number): LineResult {
  const crcEnd = start + 8
  if (crcEnd >= buf.length) return { kind: 'bad-line', reason: 'incomplete line header' }
  if (buf[crcEnd] !== SPACE) return { kind: 'bad-line', reason: 'malformed checksum field' }
  const crcText = buf.toString('latin1', start, crcEnd)
  if (!/^[0-9a-f]{8}$/.test(crcText)) return { kind: 'bad-line', reason: 'malformed checksum field' }
  let pos = crcEnd + 1
  let length = 0
  const lengthStart = pos
  while (pos < buf.length && pos - start < MAX_HEADER_BYTES) {
    const byte = buf[pos] as number
    if (byte === SPACE) break
    if (byte < 0x30 || byte > 0x39) return { kind: 'bad-line', reason: 'malformed length field' }
    length = length * 10 + (byte - 0x30)
    pos++
  }
  if (pos >= buf.length) return { kind: 'bad-line', reason: 'incomplete line header' }
  if (buf[pos] !== SPACE || pos === lengthStart) return { kind: 'bad-line', reason: 'malformed length field' }
  const bodyStart = pos + 1
  const bodyEnd = bodyStart + length
  if (bodyEnd >= buf.length) return { kind: 'bad-line', reason: 'incomplete record' }
  if (buf[bodyEnd] !== LF) return { kind: 'bad-line', reason: 'record does not end where its length says' }
  const body = buf.subarray(bodyStart, bodyEnd)
  if (crc32(body) !== Number.parseInt(crcText, 16)) return { kind: 'bad-line', reason: 'checksum mismatch' }
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch (err) {
    return { kind: 'bad-record', reason: `checksum matches but JSON does not parse: ${(err as Error).message}` }
  }
  const problem = recordShapeProblem(parsed)
  if (problem) return { kind: 'bad-record', reason: `checksum matches but ${problem}` }
  return { kind: 'record', record: deepFreeze(parsed as CommittedRecord), end: bodyEnd + 1 }
}

function recordShapeProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'the line is not a record object'
  const { seq, ts, ops } = value as { seq?: unknown; ts?: unknown; ops?: unknown }
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return 'seq is not a positive integer'
  if (typeof ts !== 'number' || !Number.isFinite(ts)) return 'ts is not a number'
  if (!Array.isArray(ops)) return 'ops is not an array'
  for (const op of ops as unknown[]) {
    if (op === null || typeof op !== 'object') return 'an op is not an object'
    const { path, value: opValue } = op as { path?: unknown; value?: unknown }
    if (typeof path !== 'string') return 'an op has no string path'
    try {
      parsePath(path)
    } catch {
      return `an op has an invalid path ${JSON.stringify(path)}`
    }
    if (opValue === undefined) return 'an op has no value'
  }
  return null
}

/** Freezes a parsed JSON value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
