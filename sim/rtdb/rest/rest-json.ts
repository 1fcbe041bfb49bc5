// What a REST read answers: plain JSON, with one difference from the wire protocol. Firebase's
// REST API returns an object whose keys are all array indexes, and more than half filled, as a
// JSON array (holes as null): the rule the SDKs apply themselves in val(), so `PUT [1,null,3]`
// reads back as `[1,null,3]`. The WebSocket side always sends objects (the SDK converts).

import { type TreeNode } from '../tree/node.js'

const ARRAY_INDEX = /^(0|[1-9]\d*)$/

export function toRestJSON(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') return node.value
  const out: Record<string, unknown> = {}
  let count = 0
  let maxIndex = -1
  let arrayLike = true
  for (const [key, child] of node.children) {
    if (key === '__proto__') Object.defineProperty(out, key, { value: toRestJSON(child), enumerable: true, writable: true, configurable: true })
    else out[key] = toRestJSON(child)
    count++
    if (arrayLike && ARRAY_INDEX.test(key)) maxIndex = Math.max(maxIndex, Number(key))
    else arrayLike = false
  }
  if (!arrayLike || maxIndex >= 2 * count) return out
  const array: unknown[] = Array.from({ length: maxIndex + 1 }, () => null)
  for (const [key, value] of Object.entries(out)) array[Number(key)] = value
  return array
}
