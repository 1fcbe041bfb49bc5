// RuleDataSnapshot: the `root`, `data` and `newData` variables. A snapshot is a (tree, path) pair
// rather than a node, because parent() must climb within the same tree (old or candidate root).

import { nodeAt, type TreeNode } from '../tree/node.js'
import { RuleEvaluationError, StoredObject, type RuleValue } from './rule-value.js'

// Characters RTDB forbids in keys (see wire-protocol notes §5); a child() path containing them is
// a rule error rather than a lookup that silently finds nothing.
const INVALID_KEY = /[.#$[\]]/

export class RuleSnapshot {
  readonly node: TreeNode | null

  constructor(
    readonly tree: TreeNode | null,
    readonly path: readonly string[],
  ) {
    this.node = nodeAt(tree, path)
  }

  val(): RuleValue {
    const node = this.node
    if (node === null) return null
    return node.kind === 'leaf' ? node.value : new StoredObject(node)
  }

  child(path: string): RuleSnapshot {
    return new RuleSnapshot(this.tree, [...this.path, ...splitChildPath(path)])
  }

  parent(): RuleSnapshot {
    if (this.path.length === 0) throw new RuleEvaluationError('parent() of the root')
    return new RuleSnapshot(this.tree, this.path.slice(0, -1))
  }

  exists(): boolean {
    return this.node !== null
  }

  hasChild(path: string): boolean {
    return this.child(path).exists()
  }

  /** keys null: true when the node has any child; otherwise true when it has every key. */
  hasChildren(keys: readonly string[] | null): boolean {
    if (keys === null) return this.node?.kind === 'object'
    return keys.every((key) => this.hasChild(key))
  }

  isString(): boolean {
    return this.node?.kind === 'leaf' && typeof this.node.value === 'string'
  }

  isNumber(): boolean {
    return this.node?.kind === 'leaf' && typeof this.node.value === 'number'
  }

  isBoolean(): boolean {
    return this.node?.kind === 'leaf' && typeof this.node.value === 'boolean'
  }

  getPriority(): RuleValue {
    return this.node?.priority ?? null
  }
}

function splitChildPath(path: string): string[] {
  const keys = path.split('/').filter((key) => key !== '')
  if (keys.length === 0) throw new RuleEvaluationError('child() needs a non-empty path')
  const invalid = keys.find((key) => INVALID_KEY.test(key))
  if (invalid !== undefined) throw new RuleEvaluationError(`invalid key '${invalid}' in child()`)
  return keys
}
