import { ERR_STORE_INVALID_PATH, ERR_STORE_INVALID_VALUE } from '../errors.js'
import type { Op } from './records.js'

// What Firebase accepts, checked before anything is applied or journaled: the mirror replays
// every op against the Realtime Database, and an op Firebase refuses would jam it forever.
// Limits and regexes are the ones the Firebase JS SDK enforces (validation.ts, path.ts).

/** Keys must be non-empty and must not contain . $ # [ ] / or ASCII control characters. */
const INVALID_KEY = /[[\].#$/\u0000-\u001F\u007F]/
/** Depth of any node, counting the op's path, as the SDK's ValidationPath counts it. */
export const MAX_DEPTH = 32
/** UTF-8 bytes of "/" + the full path of any node. */
export const MAX_PATH_BYTES = 768
/** UTF-8 bytes of one string value. */
export const MAX_STRING_BYTES = 10 * 1024 * 1024

export function isValidKey(key: string): boolean {
  return key.length > 0 && !INVALID_KEY.test(key)
}

/** Splits a canonical path ('' or 'a/b/c') into keys; throws ERR_STORE_INVALID_PATH. */
export function parsePath(path: string): string[] {
  if (typeof path !== 'string') throw new ERR_STORE_INVALID_PATH(String(path), 'not a string')
  if (path === '') return []
  const keys = path.split('/')
  for (const key of keys) {
    if (key === '') throw new ERR_STORE_INVALID_PATH(path, 'empty key: no leading, trailing or doubled "/"')
    if (!isValidKey(key)) throw new ERR_STORE_INVALID_PATH(path, `invalid key ${JSON.stringify(key)}`)
  }
  if (keys.length > MAX_DEPTH) throw new ERR_STORE_INVALID_PATH(path, `deeper than ${MAX_DEPTH} levels`)
  if (pathBytes(keys) > MAX_PATH_BYTES) throw new ERR_STORE_INVALID_PATH(path, `longer than ${MAX_PATH_BYTES} bytes`)
  return keys
}

/** Validates every op of a commit and returns their parsed paths, or throws before anything is applied. */
export function validateOps(ops: readonly Op[]): string[][] {
  if (!Array.isArray(ops)) throw new ERR_STORE_INVALID_VALUE('', 'ops is not an array')
  return ops.map((op) => {
    if (op === null || typeof op !== 'object') throw new ERR_STORE_INVALID_VALUE('', 'an op is not an object')
    const keys = parsePath(op.path)
    validateValue(op.value, op.path, keys.length, pathBytes(keys))
    return keys
  })
}

function pathBytes(keys: readonly string[]): number {
  let bytes = Math.max(1, keys.length)
  for (const key of keys) bytes += Buffer.byteLength(key, 'utf8')
  return bytes
}

function validateValue(value: unknown, path: string, depth: number, bytes: number): void {
  switch (typeof value) {
    case 'string':
      if (value.length > MAX_STRING_BYTES / 3 && Buffer.byteLength(value, 'utf8') > MAX_STRING_BYTES) {
        throw new ERR_STORE_INVALID_VALUE(path, `string longer than ${MAX_STRING_BYTES} bytes`)
      }
      return
    case 'boolean':
      return
    case 'number':
      if (!Number.isFinite(value)) throw new ERR_STORE_INVALID_VALUE(path, `${value} is not a finite number`)
      return
    case 'object':
      if (value === null) return
      break
    default:
      throw new ERR_STORE_INVALID_VALUE(path, `${typeof value} is not JSON`)
  }
  const proto: unknown = Object.getPrototypeOf(value)
  const isArray = Array.isArray(value)
  if (!isArray && proto !== Object.prototype && proto !== null) {
    throw new ERR_STORE_INVALID_VALUE(path, 'only plain objects and arrays can be stored (no Date, Map or class instances)')
  }
  const childDepth = depth + 1
  if (childDepth > MAX_DEPTH) throw new ERR_STORE_INVALID_VALUE(path, `nested deeper than ${MAX_DEPTH} levels (or a cycle)`)
  // Object.entries skips array holes, which Firebase (like JSON) treats as absent children.
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}/${key}`
    if (isArray && !/^(0|[1-9]\d*)$/.test(key)) {
      throw new ERR_STORE_INVALID_VALUE(childPath, 'an array carries a non-index property, which JSON would drop')
    }
    if (!isValidKey(key)) {
      throw new ERR_STORE_INVALID_VALUE(childPath, `invalid key ${JSON.stringify(key)}: no . $ # [ ] / or control characters`)
    }
    // Counted like the SDK: "/" before every key.
    const childBytes = bytes + (depth > 0 ? 1 : 0) + Buffer.byteLength(key, 'utf8')
    if (childBytes > MAX_PATH_BYTES) throw new ERR_STORE_INVALID_VALUE(childPath, `path longer than ${MAX_PATH_BYTES} bytes`)
    if (child === undefined) throw new ERR_STORE_INVALID_VALUE(childPath, 'undefined is not JSON; use null to delete')
    validateValue(child, childPath, childDepth, childBytes)
  }
}
