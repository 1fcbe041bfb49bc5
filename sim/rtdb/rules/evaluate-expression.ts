// Evaluates a compiled expression. RTDB rules have no coercion: operators only accept the types they
// make sense for, and anything else (a method on null, 'a' < 1, val().x) is an evaluation error,
// which makes the whole rule false rather than failing the request.

import { isDeepStrictEqual } from 'node:util'
import { toJSON } from '../tree/node.js'
import type { ArithmeticOperator, ComparisonOperator, Expr, StringMethod } from './expression.js'
import { ClaimMap, RuleEvaluationError, StoredObject, type RuleValue } from './rule-value.js'
import { RuleSnapshot } from './snapshot.js'

export interface EvaluationScope {
  /** null when the client is unauthenticated. */
  readonly auth: ClaimMap | null
  readonly now: number
  readonly root: RuleSnapshot
  readonly data: RuleSnapshot
  /** null for .read rules, which compile-expression.ts forbids from naming newData. */
  readonly newData: RuleSnapshot | null
  /** The read's query parameters (query-variable.ts); null for .write/.validate, which cannot name it. */
  readonly query: ClaimMap | null
  readonly captures: ReadonlyMap<string, string>
}

/** True only when the expression evaluates to exactly `true`; errors and non-booleans deny. */
export function evaluateRule(expr: Expr, scope: EvaluationScope): boolean {
  try {
    return evaluate(expr, scope) === true
  } catch (error) {
    if (error instanceof RuleEvaluationError) return false
    throw error
  }
}

function evaluate(expr: Expr, scope: EvaluationScope): RuleValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value
    case 'variable':
      return variable(expr.name, scope)
    case 'capture': {
      const value = scope.captures.get(expr.name)
      if (value === undefined) throw new RuleEvaluationError(`unbound ${expr.name}`)
      return value
    }
    case 'member':
      return member(evaluate(expr.object, scope), evaluate(expr.property, scope))
    case 'snapshot-call':
      return snapshotCall(expr, scope)
    case 'has-children': {
      const target = snapshot(evaluate(expr.target, scope))
      return target.hasChildren(expr.keys?.map((key) => string(evaluate(key, scope), 'hasChildren key')) ?? null)
    }
    case 'string-call':
      return stringCall(
        expr.method,
        string(evaluate(expr.target, scope), `receiver of ${expr.method}()`),
        expr.args.map((arg) => string(evaluate(arg, scope), `argument of ${expr.method}()`)),
      )
    case 'matches':
      return expr.regex.test(string(evaluate(expr.target, scope), 'receiver of matches()'))
    case 'not':
      return !boolean(evaluate(expr.argument, scope), '!')
    case 'negate':
      return -number(evaluate(expr.argument, scope), 'unary -')
    case 'and':
      return boolean(evaluate(expr.left, scope), '&&') && boolean(evaluate(expr.right, scope), '&&')
    case 'or':
      return boolean(evaluate(expr.left, scope), '||') || boolean(evaluate(expr.right, scope), '||')
    case 'equality': {
      const same = equal(evaluate(expr.left, scope), evaluate(expr.right, scope))
      return expr.operator === '==' ? same : !same
    }
    case 'comparison':
      return compare(expr.operator, evaluate(expr.left, scope), evaluate(expr.right, scope))
    case 'arithmetic':
      return arithmetic(expr.operator, evaluate(expr.left, scope), evaluate(expr.right, scope))
    case 'conditional':
      return boolean(evaluate(expr.test, scope), '?:') ? evaluate(expr.consequent, scope) : evaluate(expr.alternate, scope)
  }
}

function variable(name: Extract<Expr, { kind: 'variable' }>['name'], scope: EvaluationScope): RuleValue {
  switch (name) {
    case 'auth':
      return scope.auth
    case 'now':
      return scope.now
    case 'root':
      return scope.root
    case 'data':
      return scope.data
    case 'newData':
      if (scope.newData === null) throw new RuleEvaluationError('newData is not available here')
      return scope.newData
    case 'query':
      if (scope.query === null) throw new RuleEvaluationError('query is not available here')
      return scope.query
  }
}

function member(object: RuleValue, property: RuleValue): RuleValue {
  const key = typeof property === 'number' ? String(property) : string(property, 'property name')
  if (object instanceof ClaimMap) return object.get(key)
  if (typeof object === 'string' && key === 'length') return object.length
  throw new RuleEvaluationError(`cannot read '${key}' of ${describe(object)}`)
}

function snapshotCall(expr: Extract<Expr, { kind: 'snapshot-call' }>, scope: EvaluationScope): RuleValue {
  const target = snapshot(evaluate(expr.target, scope))
  const arg = (): string => {
    const first = expr.args[0]
    if (first === undefined) throw new RuleEvaluationError(`${expr.method}() needs an argument`)
    return string(evaluate(first, scope), `argument of ${expr.method}()`)
  }
  switch (expr.method) {
    case 'val':
      return target.val()
    case 'child':
      return target.child(arg())
    case 'parent':
      return target.parent()
    case 'exists':
      return target.exists()
    case 'hasChild':
      return target.hasChild(arg())
    case 'isString':
      return target.isString()
    case 'isNumber':
      return target.isNumber()
    case 'isBoolean':
      return target.isBoolean()
    case 'getPriority':
      return target.getPriority()
  }
}

function stringCall(method: StringMethod, target: string, args: readonly string[]): RuleValue {
  const [first = '', second = ''] = args
  switch (method) {
    case 'contains':
      return target.includes(first)
    case 'beginsWith':
      return target.startsWith(first)
    case 'endsWith':
      return target.endsWith(first)
    case 'replace':
      // RTDB replaces every occurrence, literally; a function replacer keeps `$&` in the
      // replacement from being read as a substitution pattern.
      return target.replaceAll(first, () => second)
    case 'toLowerCase':
      return target.toLowerCase()
    case 'toUpperCase':
      return target.toUpperCase()
  }
}

function equal(left: RuleValue, right: RuleValue): boolean {
  if (left instanceof RuleSnapshot || right instanceof RuleSnapshot) {
    throw new RuleEvaluationError('snapshots cannot be compared; compare val()')
  }
  const isObject = (v: RuleValue) => v instanceof StoredObject || v instanceof ClaimMap
  if (!isObject(left) || !isObject(right)) return left === right
  return isDeepStrictEqual(plain(left), plain(right))
}

function plain(value: RuleValue): unknown {
  if (value instanceof StoredObject) return toJSON(value.node)
  if (value instanceof ClaimMap) return value.raw
  return value
}

function compare(operator: ComparisonOperator, left: RuleValue, right: RuleValue): boolean {
  const bothNumbers = typeof left === 'number' && typeof right === 'number'
  const bothStrings = typeof left === 'string' && typeof right === 'string'
  if (!bothNumbers && !bothStrings) {
    throw new RuleEvaluationError(`cannot compare ${describe(left)} ${operator} ${describe(right)}`)
  }
  switch (operator) {
    case '<':
      return left < right
    case '<=':
      return left <= right
    case '>':
      return left > right
    case '>=':
      return left >= right
  }
}

function arithmetic(operator: ArithmeticOperator, left: RuleValue, right: RuleValue): RuleValue {
  if (operator === '+') {
    if (typeof left === 'number' && typeof right === 'number') return left + right
    const concatenable = (v: RuleValue) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    if ((typeof left === 'string' || typeof right === 'string') && concatenable(left) && concatenable(right)) {
      return `${String(left)}${String(right)}`
    }
    throw new RuleEvaluationError(`cannot add ${describe(left)} and ${describe(right)}`)
  }
  const a = number(left, operator)
  const b = number(right, operator)
  switch (operator) {
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      return a / b
    case '%':
      return a % b
  }
}

function snapshot(value: RuleValue): RuleSnapshot {
  if (value instanceof RuleSnapshot) return value
  throw new RuleEvaluationError(`expected a snapshot, got ${describe(value)}`)
}

function string(value: RuleValue, what: string): string {
  if (typeof value === 'string') return value
  throw new RuleEvaluationError(`${what}: expected a string, got ${describe(value)}`)
}

function number(value: RuleValue, what: string): number {
  if (typeof value === 'number') return value
  throw new RuleEvaluationError(`${what}: expected a number, got ${describe(value)}`)
}

function boolean(value: RuleValue, what: string): boolean {
  if (typeof value === 'boolean') return value
  throw new RuleEvaluationError(`${what}: expected a boolean, got ${describe(value)}`)
}

function describe(value: RuleValue): string {
  if (value === null) return 'null'
  if (value instanceof RuleSnapshot) return 'a snapshot'
  if (value instanceof StoredObject) return 'an object'
  if (value instanceof ClaimMap) return 'a map'
  return `a ${typeof value}`
}
