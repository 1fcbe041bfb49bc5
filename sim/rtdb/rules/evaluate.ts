// canRead / canWrite: where along a path the rules apply, and in which order.
// - .read/.write cascade downwards: a grant at any level from the root to the path (inclusive)
//   allows the operation, whatever deeper rules say; rules below the path never grant it.
// - .validate does not cascade: after a write is granted, every .validate on the path from the root
//   to the written location and on every node below it must hold, wherever newData is non-null
//   (a deleted location is not validated, but its surviving ancestors are).

import { nodeAt, type TreeNode } from '../tree/node.js'
import type { AuthVar } from './auth-context.js'
import { evaluateRule, type EvaluationScope } from './evaluate-expression.js'
import type { CompiledRules, RuleNode } from './parse.js'
import { levelsAlong, ruleTree, step } from './rule-levels.js'
import { NO_QUERY, type RuleQuery } from './query-variable.js'
import { ClaimMap } from './rule-value.js'
import { RuleSnapshot } from './snapshot.js'

export interface RuleContext {
  /** null when the client is unauthenticated. */
  auth: AuthVar | null
  /** Server time in milliseconds, the `now` variable. */
  now: number
  /** canRead only: the read's query parameters; absent means a plain read (NO_QUERY). */
  query?: RuleQuery
}

export function canRead(rules: CompiledRules, path: readonly string[], root: TreeNode | null, ctx: RuleContext): boolean {
  const keys = rulePath(path)
  const base = baseScope(root, ctx)
  const query = new ClaimMap(ctx.query ?? NO_QUERY)
  return levelsAlong(ruleTree(rules), keys).some(
    (level) =>
      level.node.read !== null &&
      evaluateRule(level.node.read.expr, {
        ...base,
        data: new RuleSnapshot(root, keys.slice(0, level.depth)),
        newData: null,
        query,
        captures: level.captures,
      }),
  )
}

export function canWrite(
  rules: CompiledRules,
  path: readonly string[],
  root: TreeNode | null,
  newRoot: TreeNode | null,
  ctx: RuleContext,
): boolean {
  const keys = rulePath(path)
  const base = baseScope(root, ctx)
  const scopeAt = (at: readonly string[], captures: ReadonlyMap<string, string>): EvaluationScope => ({
    ...base,
    data: new RuleSnapshot(root, at),
    newData: new RuleSnapshot(newRoot, at),
    query: null,
    captures,
  })

  const levels = levelsAlong(ruleTree(rules), keys)
  const granted = levels.some(
    (level) => level.node.write !== null && evaluateRule(level.node.write.expr, scopeAt(keys.slice(0, level.depth), level.captures)),
  )
  if (!granted) return false

  for (const level of levels) {
    if (level.node.validate === null) continue
    const scope = scopeAt(keys.slice(0, level.depth), level.captures)
    if (scope.newData?.exists() && !evaluateRule(level.node.validate.expr, scope)) return false
  }

  const last = levels[levels.length - 1]
  if (last === undefined || last.depth < keys.length) return true
  return descendantsValid(last.node, keys, last.captures, newRoot, scopeAt)
}

/** Validates every node below `path` in the candidate tree that has a matching .validate. */
function descendantsValid(
  node: RuleNode,
  path: readonly string[],
  captures: ReadonlyMap<string, string>,
  newRoot: TreeNode | null,
  scopeAt: (at: readonly string[], captures: ReadonlyMap<string, string>) => EvaluationScope,
): boolean {
  const written = nodeAt(newRoot, path)
  if (written?.kind !== 'object') return true
  for (const key of written.children.keys()) {
    const next = step(node, key, captures)
    if (next === null || !next.node.validates) continue
    const childPath = [...path, key]
    if (next.node.validate !== null && !evaluateRule(next.node.validate.expr, scopeAt(childPath, next.captures))) {
      return false
    }
    if (!descendantsValid(next.node, childPath, next.captures, newRoot, scopeAt)) return false
  }
  return true
}

/** `/a/.priority` is governed by the rules of `/a` (priority is part of the node). */
function rulePath(path: readonly string[]): readonly string[] {
  return path[path.length - 1] === '.priority' ? path.slice(0, -1) : path
}

function baseScope(root: TreeNode | null, ctx: RuleContext): Pick<EvaluationScope, 'auth' | 'now' | 'root'> {
  const auth =
    ctx.auth === null ? null : new ClaimMap({ uid: ctx.auth.uid, provider: ctx.auth.provider ?? null, token: ctx.auth.token })
  return { auth, now: ctx.now, root: new RuleSnapshot(root, []) }
}
