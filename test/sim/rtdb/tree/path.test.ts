import { describe, expect, test } from 'vitest'
import {
  InvalidDataError,
  parsePath,
  pathByteLength,
  priorityTarget,
  validateKey,
  validatePath,
} from '../../../../sim/rtdb/tree/path.js'

describe('parsePath (§5)', () => {
  test.each([
    ['/a/b', ['a', 'b']],
    ['a/b/', ['a', 'b']],
    ['//a///b//', ['a', 'b']],
    ['/', []],
    ['', []],
    ['/users/-Nabc_12', ['users', '-Nabc_12']],
    ['/a/.priority', ['a', '.priority']],
    ['/.priority', ['.priority']],
  ])('%j -> %j', (raw, segments) => {
    expect(parsePath(raw)).toEqual(segments)
  })

  test.each(['/a.b', '/a/#', '/$x', '/a[0]', '/a]', '/a/\u0000', '/a/\u001f', '/a/\u007f', '/.priority/a', '/.value', '/.info/connected'])(
    '%j is refused',
    (raw) => {
      expect(() => parsePath(raw)).toThrow(InvalidDataError)
    },
  )

  test('32 segments are allowed, 33 are not', () => {
    expect(parsePath('/x'.repeat(32))).toHaveLength(32)
    expect(() => parsePath('/x'.repeat(33))).toThrow(/maximum depth is 32/)
  })

  test('the byte limit counts one "/" per segment plus UTF-8 bytes: 768 allowed, 769 not', () => {
    // One segment: 1 + 767 bytes.
    expect(parsePath('/' + 'a'.repeat(767))).toHaveLength(1)
    expect(() => parsePath('/' + 'a'.repeat(768))).toThrow(/769 bytes/)
    // 'é' is 2 UTF-8 bytes: 1 + 2·383 = 767, 1 + 2·384 = 769.
    expect(() => parsePath('/' + 'é'.repeat(383))).not.toThrow()
    expect(() => parsePath('/' + 'é'.repeat(384))).toThrow(InvalidDataError)
  })

  test('the message names the key and the rule (it is what REST returns as {"error": ...})', () => {
    expect(() => parsePath('/ok/bad.key')).toThrow('Invalid key "bad.key"')
  })
})

describe('validateKey', () => {
  test.each(['a', '-1', '__proto__', 'with space', 'ünïcödé', '😀', '\uD800', '~!@%^&*()'])('%j is valid', (key) => {
    expect(() => validateKey(key)).not.toThrow()
  })

  test.each(['', '.', 'a.b', '#', '$', '[', ']', '/', '\n', '\t', '\u007f', '.priority'])('%j is invalid', (key) => {
    expect(() => validateKey(key)).toThrow(InvalidDataError)
  })
})

describe('helpers', () => {
  test('pathByteLength: root is 1 byte', () => {
    expect(pathByteLength([])).toBe(1)
    expect(pathByteLength(['ab', 'c'])).toBe(2 + 3)
  })

  test('validatePath checks split paths like parsePath', () => {
    expect(() => validatePath(['a', '.priority'])).not.toThrow()
    expect(() => validatePath(['.priority', 'a'])).toThrow(InvalidDataError)
    expect(() => validatePath(['a', ''])).toThrow(InvalidDataError)
  })

  test('priorityTarget', () => {
    expect(priorityTarget(['a', '.priority'])).toEqual(['a'])
    expect(priorityTarget(['.priority'])).toEqual([])
    expect(priorityTarget(['a'])).toBeNull()
  })
})
