// Which rule nodes govern a path: the root rules, then one node per key for as long as a literal
// child or a `$wildcard` matches. Shared by the read/write checks (evaluate.ts) and the `.indexOn`
// lookup (index-on.ts), so both match wildcards the same way.

import { CompiledRuleSet, type CompiledRules, type RuleNode } from './parse.js'

export interface Level {
  readonly node: RuleNode
  /** How many keys of the path this rule node matched. */
  readonly depth: number
  readonly captures: ReadonlyMap<string, string>
}

/** The rule nodes matched by successive prefixes of `keys`, starting with the root rules. */
export function levelsAlong(tree: RuleNode, keys: readonly string[]): Level[] {
  const levels: Level[] = []
  let current: Omit<Level, 'depth'> | null = { node: tree, captures: new Map() }
  for (let depth = 0; current !== null; depth++) {
    levels.push({ ...current, depth })
    const key = keys[depth]
    current = key === undefined ? null : step(current.node, key, current.captures)
  }
  return levels
}

/** A literal child wins over the `$wildcard`, which then captures the key. */
export function step(
  node: RuleNode,
  key: string,
  captures: ReadonlyMap<string, string>,
): { node: RuleNode; captures: ReadonlyMap<string, string> } | null {
  const literal = node.children.get(key)
  if (literal !== undefined) return { node: literal, captures }
  if (node.wildcard === null) return null
  return { node: node.wildcard.node, captures: new Map([...captures, [node.wildcard.name, key]]) }
}

export function ruleTree(rules: CompiledRules): RuleNode {
  if (!(rules instanceof CompiledRuleSet)) throw new TypeError('rules must come from compileRules()')
  return rules.root
}
