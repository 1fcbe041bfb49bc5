// Whether the rules declare an index for a query (`.indexOn` at the queried location, matched
// through `$wildcards` like .read/.write). RTDB serves unindexed queries anyway; the answer only
// decides the `no_index` listen warning (§6.5 step 2) that makes the SDK suggest an .indexOn.

import type { CompiledRules } from './parse.js'
import { levelsAlong, ruleTree } from './rule-levels.js'

/** `childPath`: the segments of a child index (the parsed query's, already without empty ones). */
export function hasIndexOn(rules: CompiledRules, path: readonly string[], childPath: readonly string[]): boolean {
  const levels = levelsAlong(ruleTree(rules), path)
  const last = levels[levels.length - 1]
  if (last === undefined || last.depth < path.length) return false
  // parse.ts stores .indexOn entries joined the same way.
  return last.node.indexOn.includes(childPath.join('/'))
}
