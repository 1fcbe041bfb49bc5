// The §10 node hash, which the server must reproduce bit for bit: a transaction's put carries the
// client's hash of its cached copy (§6.3), and any difference is answered with `datastale`. So this
// file follows what the SDK *computes*, including two places where that differs from the textbook
// encodings §10 names; both are pinned by tests against the SDK itself.

import { hash } from 'node:crypto'
import { comparePriorities } from '../query/ordering.js'
import { ChildMap } from './child-map.js'
import type { Priority, TreeNode } from './node.js'
import { compareKeys } from './key-order.js'

/** "" for null; otherwise sha1 (base64, 28 chars) of the §10 hash text. */
export function hashNode(node: TreeNode | null): string {
  if (node === null) return ''
  let text = ''
  if (node.priority !== null) text += 'priority:' + priorityHashText(node.priority) + ':'
  if (node.kind === 'leaf') {
    const type = typeof node.value
    text += type + ':' + (typeof node.value === 'number' ? sdkDoubleHex(node.value) : String(node.value))
    return sha1Base64(text)
  }
  for (const [key, child] of priorityOrder(node.children)) {
    const childHash = hashNode(child)
    if (childHash !== '') text += ':' + key + ':' + childHash
  }
  return text === '' ? '' : sha1Base64(text)
}

function priorityHashText(priority: Exclude<Priority, null>): string {
  return typeof priority === 'number' ? 'number:' + sdkDoubleHex(priority) : 'string:' + priority
}

/** §10: children in priority-index order (no priority, numbers, strings; ties by key order). */
function priorityOrder(children: ReadonlyMap<string, TreeNode>): Iterable<[string, TreeNode]> {
  let anyPriority = false
  for (const child of children.values()) {
    if (child.priority !== null) {
      anyPriority = true
      break
    }
  }
  // A ChildMap iterates in key order, which is the priority order when no child has a priority.
  if (!anyPriority && children instanceof ChildMap) return children
  // Array sort is stable, so key order survives among equal priorities.
  const entries = children instanceof ChildMap ? [...children] : [...children].sort((a, b) => compareKeys(a[0], b[0]))
  return anyPriority ? entries.sort((a, b) => comparePriorities(a[1].priority, b[1].priority)) : entries
}

/**
 * The SDK's doubleToIEEE754String, ported operation for operation. It is *not* always the IEEE-754
 * bit pattern (`Buffer.writeDoubleBE`): it derives the exponent from Math.log(v)/Math.LN2, which
 * rounds the wrong way next to powers of two (0.000030517578124999993 = 2^-15 - ε gives
 * 3f0fffffffffffff, the true bits are 3efffffffffffffe), and its mantissa arithmetic overflows
 * below ~1e-290. Clients hash with this function, so the server must too (§10, §6.3).
 */
export function sdkDoubleHex(input: number): string {
  // Fast path: when the SDK's exponent estimate is right and v·2^(52-ln) cannot overflow, every
  // step of its arithmetic is exact and it yields the IEEE bits, so read those directly.
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, input)
  const high = view.getUint32(0)
  const exponent = ((high >>> 20) & 0x7ff) - 1023
  const magnitude = Math.abs(input)
  if (exponent >= -970 && exponent < 1024 && Math.floor(Math.log(magnitude) / Math.LN2) === exponent) {
    return high.toString(16).padStart(8, '0') + view.getUint32(4).toString(16).padStart(8, '0')
  }
  return sdkDoubleHexSlow(input)
}

function sdkDoubleHexSlow(input: number): string {
  const ebits = 11
  const fbits = 52
  const bias = (1 << (ebits - 1)) - 1
  let v = input
  let s: boolean
  let e: number
  let f: number
  if (v === 0) {
    e = 0
    f = 0
    s = 1 / v === -Infinity
  } else {
    s = v < 0
    v = Math.abs(v)
    if (v >= Math.pow(2, 1 - bias)) {
      const ln = Math.min(Math.floor(Math.log(v) / Math.LN2), bias)
      e = ln + bias
      f = Math.round(v * Math.pow(2, fbits - ln) - Math.pow(2, fbits))
    } else {
      e = 0
      f = Math.round(v / Math.pow(2, 1 - bias - fbits))
    }
  }
  const bits: number[] = []
  for (let i = fbits; i; i -= 1) {
    bits.push(f % 2 ? 1 : 0)
    f = Math.floor(f / 2)
  }
  for (let i = ebits; i; i -= 1) {
    bits.push(e % 2 ? 1 : 0)
    e = Math.floor(e / 2)
  }
  bits.push(s ? 1 : 0)
  bits.reverse()
  const str = bits.join('')
  let hex = ''
  for (let i = 0; i < 64; i += 8) {
    const byte = parseInt(str.substring(i, i + 8), 2).toString(16)
    hex += byte.length === 1 ? '0' + byte : byte
  }
  return hex.toLowerCase()
}

// Any UTF-16 surrogate. Strings without one encode the same under Node's UTF-8 and the SDK's.
const SURROGATE = /[\uD800-\uDFFF]/

function sha1Base64(text: string): string {
  // One-shot crypto.hash (Node ≥ 20.12) hashes a string as UTF-8.
  return hash('sha1', SURROGATE.test(text) ? sdkUtf8(text) : text, 'base64')
}

/**
 * @firebase/util's stringToByteArray, which the SDK's sha1 uses: a lead surrogate always swallows
 * the next code unit as its trail (Node would write U+FFFD for an unpaired one), and a lone trail
 * surrogate is encoded as its own 3 bytes. The SDK asserts on a lead surrogate at the very end;
 * no client can send a hash for such data, so we encode it like a lone trail.
 */
function sdkUtf8(text: string): Buffer {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      i++
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i) - 0xdc00)
    }
    if (c < 128) {
      out.push(c)
    } else if (c < 2048) {
      out.push((c >> 6) | 192, (c & 63) | 128)
    } else if (c < 65536) {
      out.push((c >> 12) | 224, ((c >> 6) & 63) | 128, (c & 63) | 128)
    } else {
      out.push((c >> 18) | 240, ((c >> 12) & 63) | 128, ((c >> 6) & 63) | 128, (c & 63) | 128)
    }
  }
  return Buffer.from(out)
}
