import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERR_STORE_INVALID_PATH, ERR_STORE_INVALID_VALUE } from '../../src/errors.js'
import type { Op } from '../../src/store/index.js'
import { isIndexKey, isValidKey, keyBytes, MAX_DEPTH, MAX_PATH_BYTES, parsePath, validateOps } from '../../src/store/validate.js'

const runs = Number(process.env.FC_RUNS ?? 300)

// ---- reference: the regex-based validator validate.ts used before its char-code scan ----------
// Kept here as the oracle: the scan must accept exactly what it accepted and name the same
// problem, because the mirror replays every accepted op against Firebase.

const INVALID_KEY = /[[\].#$/\u0000-\u001F\u007F]/
const refIsValidKey = (key: string): boolean => key.length > 0 && !INVALID_KEY.test(key)

function refPathBytes(keys: readonly string[]): number {
  let bytes = Math.max(1, keys.length)
  for (const key of keys) bytes += Buffer.byteLength(key, 'utf8')
  return bytes
}

function refParsePath(path: string): string[] {
  if (typeof path !== 'string') throw new ERR_STORE_INVALID_PATH(String(path), 'not a string')
  if (path === '') return []
  const keys = path.split('/')
  for (const key of keys) {
    if (key === '') throw new ERR_STORE_INVALID_PATH(path, 'empty key: no leading, trailing or doubled "/"')
    if (!refIsValidKey(key)) throw new ERR_STORE_INVALID_PATH(path, `invalid key ${JSON.stringify(key)}`)
  }
  if (keys.length > MAX_DEPTH) throw new ERR_STORE_INVALID_PATH(path, `deeper than ${MAX_DEPTH} levels`)
  if (refPathBytes(keys) > MAX_PATH_BYTES) throw new ERR_STORE_INVALID_PATH(path, `longer than ${MAX_PATH_BYTES} bytes`)
  return keys
}

function refValidateOps(ops: readonly Op[]): string[][] {
  if (!Array.isArray(ops)) throw new ERR_STORE_INVALID_VALUE('', 'ops is not an array')
  return ops.map((op) => {
    if (op === null || typeof op !== 'object') throw new ERR_STORE_INVALID_VALUE('', 'an op is not an object')
    const keys = refParsePath(op.path)
    refValidateValue(op.value, op.path, keys.length, refPathBytes(keys))
    return keys
  })
}

function refValidateValue(value: unknown, path: string, depth: number, bytes: number): void {
  switch (typeof value) {
    case 'string':
      if (value.length > (10 * 1024 * 1024) / 3 && Buffer.byteLength(value, 'utf8') > 10 * 1024 * 1024) {
        throw new ERR_STORE_INVALID_VALUE(path, `string longer than ${10 * 1024 * 1024} bytes`)
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
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}/${key}`
    if (isArray && !/^(0|[1-9]\d*)$/.test(key)) {
      throw new ERR_STORE_INVALID_VALUE(childPath, 'an array carries a non-index property, which JSON would drop')
    }
    if (!refIsValidKey(key)) {
      throw new ERR_STORE_INVALID_VALUE(childPath, `invalid key ${JSON.stringify(key)}: no . $ # [ ] / or control characters`)
    }
    const childBytes = bytes + (depth > 0 ? 1 : 0) + Buffer.byteLength(key, 'utf8')
    if (childBytes > MAX_PATH_BYTES) throw new ERR_STORE_INVALID_VALUE(childPath, `path longer than ${MAX_PATH_BYTES} bytes`)
    if (child === undefined) throw new ERR_STORE_INVALID_VALUE(childPath, 'undefined is not JSON; use null to delete')
    refValidateValue(child, childPath, childDepth, childBytes)
  }
}

/** What a call returned or threw, in a form toEqual can compare (coded errors by code and message). */
function outcome(run: () => unknown): unknown {
  try {
    return { returned: run() }
  } catch (err) {
    const { code, message } = err as { code?: string; message: string }
    return { threw: code ?? 'uncoded', message }
  }
}

// ---- arbitraries: biased toward what the rules are about ---------------------------------------

/** Single UTF-16 units, including the forbidden ASCII, DEL, 2- and 3-byte chars and both surrogate halves. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '0', '_', '-', ' ', 'é', '€', '\u07ff', '\u0800', '\uffff') },
  { weight: 2, arbitrary: fc.constantFrom('.', '$', '#', '[', ']', '/', '\u0000', '\u001f', '\u007f', '\u0080') },
  { weight: 2, arbitrary: fc.constantFrom('\ud83d', '\ude00', '\ud800', '\udfff', '\ud83d\ude00') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
)
const anyKey = fc.array(unit, { maxLength: 12 }).map((units) => units.join(''))
const longKey = fc.integer({ min: 1, max: 400 }).chain((n) => fc.constantFrom('k', 'é', '😀').map((c) => c.repeat(n)))
const key = fc.oneof({ weight: 6, arbitrary: anyKey }, { weight: 1, arbitrary: longKey })
const path = fc.oneof(
  fc.array(key, { maxLength: 6 }).map((keys) => keys.join('/')),
  fc.array(fc.constantFrom('a', 'b', 'é'), { minLength: 30, maxLength: 34 }).map((keys) => keys.join('/')),
)

describe('key scan', () => {
  it('accepts exactly the keys the SDK regex accepts, and counts bytes as Buffer.byteLength does', () => {
    fc.assert(
      fc.property(key, (k) => {
        expect(isValidKey(k)).toBe(refIsValidKey(k))
        expect(keyBytes(k)).toBe(refIsValidKey(k) ? Buffer.byteLength(k, 'utf8') : -1)
      }),
      { numRuns: runs * 10 },
    )
  })

  it('tells integer keys apart as the SDK regex does', () => {
    const digits = fc.array(fc.constantFrom('0', '1', '9', 'a', '-', ' '), { maxLength: 5 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.oneof(digits, key), (k) => {
        expect(isIndexKey(k)).toBe(/^(0|[1-9]\d*)$/.test(k))
      }),
      { numRuns: runs * 10 },
    )
  })

  it('counts surrogate pairs as 4 bytes and lone surrogates as 3', () => {
    expect(keyBytes('😀')).toBe(4)
    expect(keyBytes('\ud83d')).toBe(3)
    expect(keyBytes('\ude00\ud83d')).toBe(6)
    expect(keyBytes('a\ud83d')).toBe(4)
  })
})

describe('parsePath and validateOps against the regex-based reference', () => {
  it('parsePath returns the same keys or throws the same coded error', () => {
    fc.assert(
      fc.property(path, (p) => {
        expect(outcome(() => parsePath(p))).toEqual(outcome(() => refParsePath(p)))
      }),
      { numRuns: runs * 10 },
    )
  })

  it('validateOps accepts the same ops and names the same first problem', () => {
    const leaf = fc.oneof(
      fc.constantFrom<unknown>(null, true, 0, -0, 1.5, '', 'text', Number.NaN, Number.POSITIVE_INFINITY, undefined),
      fc.constantFrom<unknown>(new Date(0), new Map(), () => 1, 10n),
    )
    const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.dictionary(key, tie('value'), { maxKeys: 4 }),
        fc.array(tie('value'), { maxLength: 4 }),
        // An array carrying a named property, which JSON would drop.
        fc.tuple(fc.array(tie('value'), { maxLength: 2 }), key).map(([array, k]) => Object.assign([...array], { [k]: 1 })),
      ),
    })).value
    const op = fc.record({ path, value }) as fc.Arbitrary<Op>
    fc.assert(
      fc.property(fc.array(op, { maxLength: 4 }), (ops) => {
        expect(outcome(() => validateOps(ops))).toEqual(outcome(() => refValidateOps(ops)))
      }),
      { numRuns: runs * 5 },
    )
  })

  it('names the nested path of a bad value, built only when it throws', () => {
    expect(() => validateOps([{ path: 'a/b', value: { c: [1, { 'd.e': 1 }] } }])).toThrow(/a\/b\/c\/1\/d\.e/)
    expect(() => validateOps([{ path: '', value: { c: { d: undefined } } } as unknown as Op])).toThrow(/c\/d/)
    expect(outcome(() => validateOps([{ path: '', value: { c: { d: undefined } } } as unknown as Op]))).toEqual(
      outcome(() => refValidateOps([{ path: '', value: { c: { d: undefined } } } as unknown as Op])),
    )
  })

  it('rejects a cycle with a coded error', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(() => validateOps([{ path: 'x', value: cyclic } as unknown as Op])).toThrow(expect.objectContaining({ code: 'AURORA_ERR_STORE_INVALID_VALUE' }))
  })
})
