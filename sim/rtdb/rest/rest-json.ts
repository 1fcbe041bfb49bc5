// What a REST read answers: plain JSON, with one difference from the wire protocol. Firebase's
// REST API returns an object whose keys are all array indexes, and more than half filled, as a
// JSON array (holes as null): the rule the SDKs apply themselves in val(), so `PUT [1,null,3]`
// reads back as `[1,null,3]`. The WebSocket side always sends objects (the SDK converts).

import { assignKey, type TreeNode } from '../tree/node.js'

const ARRAY_INDEX = /^(0|[1-9]\d*)$/

export function toRestJSON(node: TreeNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'leaf') return node.value
  if (isArrayLike(node.children)) {
    const array: unknown[] = []
    for (const [key, child] of node.children) array[Number(key)] = toRestJSON(child)
    return Array.from(array, (value) => value ?? null)
  }
  const out: Record<string, unknown> = {}
  for (const [key, child] of node.children) assignKey(out, key, toRestJSON(child))
  return out
}

/** Every key an array index, and the largest below twice the count (the SDKs' val() rule). */
function isArrayLike(children: ReadonlyMap<string, TreeNode>): boolean {
  let maxIndex = -1
  for (const key of children.keys()) {
    if (!ARRAY_INDEX.test(key)) return false
    maxIndex = Math.max(maxIndex, Number(key))
  }
  return maxIndex < 2 * children.size
}
