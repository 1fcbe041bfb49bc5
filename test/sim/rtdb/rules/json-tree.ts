// Builds TreeNodes from plain JSON for rules tests. Accepts the export format's `.priority` and
// `.value` keys so priority rules can be tested without the real converter.
import { leaf, objectNode, type Priority, type TreeNode } from '../../../../sim/rtdb/tree/node.js'

export function tree(value: unknown): TreeNode | null {
  if (value === null) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return leaf(value)
  if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`not a tree value: ${String(value)}`)
  const entries = Object.entries(value)
  const priority = priorityOf(entries.find(([key]) => key === '.priority')?.[1])
  const boxed = entries.find(([key]) => key === '.value')
  if (boxed !== undefined) {
    const node = tree(boxed[1])
    if (node?.kind !== 'leaf') throw new TypeError('.value must be a leaf')
    return leaf(node.value, priority)
  }
  const children = new Map<string, TreeNode>()
  for (const [key, child] of entries) {
    if (key === '.priority') continue
    const node = tree(child)
    if (node !== null) children.set(key, node)
  }
  return objectNode(children, priority)
}

function priorityOf(value: unknown): Priority {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  throw new TypeError('.priority must be a string or a number')
}
