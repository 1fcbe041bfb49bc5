import { ERR_STORE_INVALID_PATH, ERR_STORE_INVALID_VALUE } from '../errors.js'
import type { Op } from './records.js'

// What Firebase accepts, checked before anything is applied or journaled: the mirror replays
// every op against the Realtime Database, and an op Firebase refuses would jam it forever.
// Limits and rules are the ones the Firebase JS SDK enforces (validation.ts, path.ts).
//
// Every op of every commit passes through here, so keys are checked by one scan over their char
// codes that also counts their UTF-8 bytes (a regex test plus Buffer.byteLength per key cost
// several times more). test/store/validate.test.ts holds the scan to the SDK's regex and to
// Buffer.byteLength.

/** Depth of any node, counting the op's path, as the SDK's ValidationPath counts it. */
export const MAX_DEPTH = 32
/** UTF-8 bytes of "/" + the full path of any node. */
export const MAX_PATH_BYTES = 768
/** UTF-8 bytes of one string value. */
export const MAX_STRING_BYTES = 10 * 1024 * 1024
/**
 * UTF-8 bytes of one encoded journal record. Firebase refuses a write message over 16 MB, and the
 * mirror cannot split a record, so a bigger one would hold it forever; 1 MiB below that leaves
 * room for the message's envelope (the update sends each op's path and value, with less framing
 * than the record's JSON).
 */
export const MAX_RECORD_BYTES = 15 * 1024 * 1024

const SLASH = 0x2f

/** Char codes below 0x80 a key must not contain: . $ # [ ] / and the ASCII control characters. */
const FORBIDDEN = new Uint8Array(0x80)
for (let c = 0; c < 0x20; c++) FORBIDDEN[c] = 1
for (const c of '.$#[]/\u007f') FORBIDDEN[c.charCodeAt(0)] = 1

/**
 * UTF-8 bytes of `key` (as Buffer.byteLength counts them: a lone surrogate is 3), or -1 when it is
 * not a valid key: empty, or holding . $ # [ ] / or an ASCII control character.
 */
export function keyBytes(key: string): number {
  const length = key.length
  if (length === 0) return -1
  let bytes = length
  for (let i = 0; i < length; i++) {
    const c = key.charCodeAt(i)
    if (c < 0x80) {
      if (FORBIDDEN[c] === 1) return -1
    } else if (c < 0x800) {
      bytes += 1
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && (key.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: 2 UTF-16 units, 4 bytes.
      bytes += 2
      i++
    } else {
      bytes += 2
    }
  }
  return bytes
}

/** Keys must be non-empty and must not contain . $ # [ ] / or ASCII control characters. */
export function isValidKey(key: string): boolean {
  return keyBytes(key) >= 0
}

/** Splits a canonical path ('' or 'a/b/c') into keys; throws ERR_STORE_INVALID_PATH. */
export function parsePath(path: string): string[] {
  if (typeof path !== 'string') throw new ERR_STORE_INVALID_PATH(String(path), 'not a string')
  if (path === '') return []
  checkPath(path)
  return path.split('/')
}

/** The keys of a path parsePath already accepted (a decoded record's: decodeLine checks every op's path). */
export function splitCheckedPath(path: string): string[] {
  return path === '' ? [] : path.split('/')
}

/** Checks a non-empty path as parsePath does and returns its UTF-8 bytes counted as the SDK does ("/" + path). */
function checkPath(path: string): number {
  // One pass: key boundaries, forbidden chars and the byte count together.
  const length = path.length
  let bytes = 1 + length
  let depth = 1
  let keyStart = 0
  for (let i = 0; i < length; i++) {
    const c = path.charCodeAt(i)
    if (c < 0x80) {
      if (c === SLASH) {
        if (i === keyStart) throwPathError(path)
        keyStart = i + 1
        depth++
      } else if (FORBIDDEN[c] === 1) {
        throwPathError(path)
      }
    } else if (c < 0x800) {
      bytes += 1
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && (path.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2
      i++
    } else {
      bytes += 2
    }
  }
  if (keyStart === length) throwPathError(path)
  if (depth > MAX_DEPTH) throw new ERR_STORE_INVALID_PATH(path, `deeper than ${MAX_DEPTH} levels`)
  if (bytes > MAX_PATH_BYTES) throw new ERR_STORE_INVALID_PATH(path, `longer than ${MAX_PATH_BYTES} bytes`)
  return bytes
}

/** The error for the first empty or invalid key of a path the scan refused, in key order. */
function throwPathError(path: string): never {
  for (const key of path.split('/')) {
    if (key === '') throw new ERR_STORE_INVALID_PATH(path, 'empty key: no leading, trailing or doubled "/"')
    if (!isValidKey(key)) throw new ERR_STORE_INVALID_PATH(path, `invalid key ${JSON.stringify(key)}`)
  }
  throw new Error(`parsePath refused ${JSON.stringify(path)} but found no invalid key`)
}

/** Validates every op of a commit and returns their parsed paths, or throws before anything is applied. */
export function validateOps(ops: readonly Op[]): string[][] {
  if (!Array.isArray(ops)) throw new ERR_STORE_INVALID_VALUE('', 'ops is not an array')
  const parsed: string[][] = new Array(ops.length)
  const trail: string[] = []
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Op
    if (op === null || typeof op !== 'object') throw new ERR_STORE_INVALID_VALUE('', 'an op is not an object')
    const path = op.path
    if (typeof path !== 'string') throw new ERR_STORE_INVALID_PATH(String(path), 'not a string')
    if (path === '') {
      validateValue(op.value, path, trail, 0, 1)
      parsed[i] = []
    } else {
      const bytes = checkPath(path)
      const keys = path.split('/')
      validateValue(op.value, path, trail, keys.length, bytes)
      parsed[i] = keys
    }
  }
  return parsed
}

/**
 * Refuses a commit whose encoded record (`bytes`, known once it is serialized for the journal, so
 * counting costs nothing) is over MAX_RECORD_BYTES, naming its largest op.
 */
export function checkRecordBytes(ops: readonly Op[], bytes: number): void {
  if (bytes <= MAX_RECORD_BYTES) return
  let largest = ops[0] as Op
  let largestChars = -1
  for (const op of ops) {
    const chars = JSON.stringify(op.value)?.length ?? 0
    if (chars > largestChars) {
      largest = op
      largestChars = chars
    }
  }
  throw new ERR_STORE_INVALID_VALUE(
    largest.path,
    `the commit is ${bytes} bytes serialized, over the ${MAX_RECORD_BYTES} a Firebase write can carry; split it into smaller commits`,
  )
}

/**
 * "0", "7", "12" but not "01", "-1" or "": the SDK's integer keys (ChildrenNode.INTEGER_REGEXP_,
 * /^(0|[1-9]\d*)$/), which name array elements.
 */
export function isIndexKey(key: string): boolean {
  const length = key.length
  if (length === 0) return false
  const first = key.charCodeAt(0)
  if (first === 0x30) return length === 1
  if (first < 0x31 || first > 0x39) return false
  for (let i = 1; i < length; i++) {
    const c = key.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return false
  }
  return true
}

/**
 * `trail` holds the keys from the op's path down to `value`; the slash-joined path an error names
 * is only built when one is thrown.
 */
function validateValue(value: unknown, opPath: string, trail: string[], depth: number, bytes: number): void {
  switch (typeof value) {
    case 'string':
      if (value.length > MAX_STRING_BYTES / 3 && Buffer.byteLength(value, 'utf8') > MAX_STRING_BYTES) {
        throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), `string longer than ${MAX_STRING_BYTES} bytes`)
      }
      return
    case 'boolean':
      return
    case 'number':
      if (!Number.isFinite(value)) throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), `${value} is not a finite number`)
      return
    case 'object':
      if (value === null) return
      break
    default:
      throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), `${typeof value} is not JSON`)
  }
  const proto: unknown = Object.getPrototypeOf(value)
  const isArray = Array.isArray(value)
  if (!isArray && proto !== Object.prototype && proto !== null) {
    throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), 'only plain objects and arrays can be stored (no Date, Map or class instances)')
  }
  const childDepth = depth + 1
  if (childDepth > MAX_DEPTH) throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), `nested deeper than ${MAX_DEPTH} levels (or a cycle)`)
  // Object.keys skips array holes, which Firebase (like JSON) treats as absent children.
  const keys = Object.keys(value)
  const container = value as Record<string, unknown>
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    trail.push(key)
    if (isArray && !isIndexKey(key)) {
      throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), 'an array carries a non-index property, which JSON would drop')
    }
    const size = keyBytes(key)
    if (size < 0) {
      throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), `invalid key ${JSON.stringify(key)}: no . $ # [ ] / or control characters`)
    }
    // Counted like the SDK: "/" before every key.
    const childBytes = bytes + (depth > 0 ? 1 : 0) + size
    if (childBytes > MAX_PATH_BYTES) throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), `path longer than ${MAX_PATH_BYTES} bytes`)
    const child = container[key]
    if (child === undefined) throw new ERR_STORE_INVALID_VALUE(pathOf(opPath, trail), 'undefined is not JSON; use null to delete')
    validateValue(child, opPath, trail, childDepth, childBytes)
    trail.pop()
  }
}

function pathOf(opPath: string, trail: readonly string[]): string {
  if (trail.length === 0) return opPath
  const below = trail.join('/')
  return opPath === '' ? below : `${opPath}/${below}`
}
