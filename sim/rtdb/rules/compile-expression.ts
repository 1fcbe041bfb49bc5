// Parses one rule expression with jsep and checks it statically, the way the RTDB server rejects a
// rules upload that names an unknown variable or method instead of failing every request later.
// The checks are deliberately shallow: a static type is only known for snapshots, literals and
// operator results; `val()`, `getPriority()` and custom claims can hold anything, so they pass and
// the evaluator checks them at run time (a wrong type there makes the rule false).

import jsep from 'jsep'
import regexPlugin from '@jsep-plugin/regex'
import type { ArithmeticOperator, ComparisonOperator, Expr, SnapshotMethod, StringMethod } from './expression.js'
import { RULE_QUERY_PROPERTIES } from './query-variable.js'

export type RuleKind = 'read' | 'write' | 'validate'

export interface ExpressionScope {
  readonly kind: RuleKind
  /** `$wildcard` names declared on the rule's path, including `$` itself. */
  readonly captures: ReadonlySet<string>
}

/** An expression the rules language rejects; parse.ts adds the rule's location. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError'
}

type StaticType = 'snapshot' | 'auth' | 'query' | 'boolean' | 'number' | 'string' | 'null' | 'value' | 'dynamic'

interface Typed {
  readonly expr: Expr
  readonly type: StaticType
}

const SNAPSHOT_METHODS: Readonly<Record<SnapshotMethod, { args: readonly 'string'[]; returns: StaticType }>> = {
  val: { args: [], returns: 'value' },
  child: { args: ['string'], returns: 'snapshot' },
  parent: { args: [], returns: 'snapshot' },
  exists: { args: [], returns: 'boolean' },
  hasChild: { args: ['string'], returns: 'boolean' },
  isString: { args: [], returns: 'boolean' },
  isNumber: { args: [], returns: 'boolean' },
  isBoolean: { args: [], returns: 'boolean' },
  getPriority: { args: [], returns: 'value' },
}

const STRING_METHODS: Readonly<Record<StringMethod, { args: readonly 'string'[]; returns: StaticType }>> = {
  contains: { args: ['string'], returns: 'boolean' },
  beginsWith: { args: ['string'], returns: 'boolean' },
  endsWith: { args: ['string'], returns: 'boolean' },
  replace: { args: ['string', 'string'], returns: 'string' },
  toLowerCase: { args: [], returns: 'string' },
  toUpperCase: { args: [], returns: 'string' },
}

function isSnapshotMethod(name: string): name is SnapshotMethod {
  return Object.hasOwn(SNAPSHOT_METHODS, name)
}

function isStringMethod(name: string): name is StringMethod {
  return Object.hasOwn(STRING_METHODS, name)
}

const COMPARISON_OPERATORS: readonly string[] = ['<', '<=', '>', '>=']
const ARITHMETIC_OPERATORS: readonly string[] = ['+', '-', '*', '/', '%']

function isComparison(op: string): op is ComparisonOperator {
  return COMPARISON_OPERATORS.includes(op)
}

function isArithmetic(op: string): op is ArithmeticOperator {
  return ARITHMETIC_OPERATORS.includes(op)
}

export function compileExpression(source: string, scope: ExpressionScope): Expr {
  const typed = compileNode(parse(source), scope)
  requireBoolean(typed, 'a rule')
  return typed.expr
}

function parse(source: string): jsep.Expression {
  // jsep keeps its plugins in its own module state; registering is idempotent (it ignores a plugin
  // name it already has), so doing it per parse keeps our module free of import-time side effects.
  jsep.plugins.register(regexPlugin)
  if (source.trim() === '') throw new ExpressionError('empty expression')
  try {
    return jsep(source)
  } catch (error) {
    throw new ExpressionError(error instanceof Error ? error.message : String(error))
  }
}

function compileNode(raw: jsep.Expression, scope: ExpressionScope): Typed {
  // jsep types every node as an open record; CoreExpression is its closed union of the node types the
  // core parser (and the regex plugin, which emits Literal) produce. Unknown shapes hit `default`.
  const node = raw as jsep.CoreExpression
  switch (node.type) {
    case 'Literal':
      return compileLiteral(node.value)
    case 'Identifier':
      return compileIdentifier(node.name, scope)
    case 'ThisExpression':
      throw new ExpressionError("unknown variable 'this'")
    case 'MemberExpression':
      return compileMember(node, scope)
    case 'CallExpression':
      return compileCall(node, scope)
    case 'UnaryExpression':
      return compileUnary(node, scope)
    case 'BinaryExpression':
      return compileBinary(node, scope)
    case 'ConditionalExpression':
      return compileConditional(node, scope)
    case 'ArrayExpression':
      throw new ExpressionError("array literals are only allowed as the argument of hasChildren([...])")
    case 'Compound':
    case 'SequenceExpression':
      throw new ExpressionError('a rule is a single expression (found several: a missing operator, or a , or ;)')
    default:
      throw new ExpressionError(`unsupported syntax (${(raw as jsep.Expression).type})`)
  }
}

function compileLiteral(value: jsep.Literal['value']): Typed {
  if (value instanceof RegExp) {
    throw new ExpressionError('a regular expression literal may only be the argument of matches()')
  }
  if (value === null) return { expr: { kind: 'literal', value }, type: 'null' }
  const type = typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'boolean'
  return { expr: { kind: 'literal', value }, type }
}

function compileIdentifier(name: string, scope: ExpressionScope): Typed {
  if (scope.captures.has(name)) return { expr: { kind: 'capture', name }, type: 'string' }
  switch (name) {
    case 'auth':
      return { expr: { kind: 'variable', name }, type: 'auth' }
    case 'now':
      return { expr: { kind: 'variable', name }, type: 'number' }
    case 'root':
    case 'data':
      return { expr: { kind: 'variable', name }, type: 'snapshot' }
    case 'newData':
      // The reference (".read": "all rule variables except newData") makes this an upload error.
      if (scope.kind === 'read') throw new ExpressionError('newData is not available in .read rules')
      return { expr: { kind: 'variable', name }, type: 'snapshot' }
    case 'query':
      // Only reads have a query. Whether Google refuses it in .write/.validate at upload or lets it
      // evaluate as a plain read is unverified; refusing points at the mistake.
      if (scope.kind !== 'read') throw new ExpressionError('query is only available in .read rules (a write has no query)')
      return { expr: { kind: 'variable', name }, type: 'query' }
  }
  if (name.startsWith('$')) {
    throw new ExpressionError(`unknown variable '${name}': no ${name} wildcard on the path to this rule`)
  }
  throw new ExpressionError(`unknown variable '${name}'`)
}

function propertyName(node: jsep.MemberExpression): string | null {
  const property = node.property as jsep.CoreExpression
  return !node.computed && property.type === 'Identifier' ? property.name : null
}

function compileMember(node: jsep.MemberExpression, scope: ExpressionScope): Typed {
  if (node.optional) throw new ExpressionError('optional chaining (?.) is not supported in rules')
  const object = compileNode(node.object, scope)
  const name = propertyName(node)

  if (object.type === 'snapshot') {
    const hint = name !== null && (isSnapshotMethod(name) || name === 'hasChildren') ? `; call it: ${name}()` : ''
    throw new ExpressionError(`a snapshot has no property '${name ?? '[...]'}'${hint}`)
  }
  if (object.type === 'auth') {
    if (name === 'uid' || name === 'provider') return member(object, name, 'string')
    if (name === 'token') return member(object, name, 'dynamic')
    throw new ExpressionError(`auth has no property '${name ?? '[...]'}' (it has uid, provider and token)`)
  }
  if (object.type === 'query') {
    const known = RULE_QUERY_PROPERTIES.find((property) => property === name)
    if (known === undefined) {
      throw new ExpressionError(`query has no property '${name ?? '[...]'}' (it has ${RULE_QUERY_PROPERTIES.join(', ')})`)
    }
    const flag = known === 'orderByKey' || known === 'orderByValue' || known === 'orderByPriority'
    return member(object, known, flag ? 'boolean' : 'dynamic')
  }
  if (object.type === 'dynamic') {
    if (name !== null) return member(object, name, 'dynamic')
    const property = compileNode(node.property, scope)
    requireString(property, 'a computed property name')
    return { expr: { kind: 'member', object: object.expr, property: property.expr }, type: 'dynamic' }
  }
  if (object.type === 'string' || object.type === 'value') {
    if (name === 'length') return member(object, name, 'number')
    if (name !== null && (isStringMethod(name) || name === 'matches')) {
      throw new ExpressionError(`${name} is a method; call it: ${name}(...)`)
    }
    if (object.type === 'value') {
      // RTDB forbids reaching into val(): children are read through child() so that rules see the
      // same snapshot semantics (priorities, absence) everywhere.
      throw new ExpressionError(`val() has no property '${name ?? '[...]'}'; use child('${name ?? 'key'}').val()`)
    }
  }
  throw new ExpressionError(`${describeType(object.type)} has no property '${name ?? '[...]'}'`)
}

function member(object: Typed, name: string, type: StaticType): Typed {
  return { expr: { kind: 'member', object: object.expr, property: { kind: 'literal', value: name } }, type }
}

function compileCall(node: jsep.CallExpression, scope: ExpressionScope): Typed {
  const callee = node.callee as jsep.CoreExpression
  if (callee.type === 'Identifier') throw new ExpressionError(`unknown function '${callee.name}'`)
  if (callee.type !== 'MemberExpression' || callee.optional) {
    throw new ExpressionError('only methods can be called, as in data.child(...)')
  }
  const name = propertyName(callee)
  if (name === null) throw new ExpressionError('methods must be called by name, as in data.child(...)')
  const target = compileNode(callee.object, scope)
  const args = node.arguments

  if (target.type === 'snapshot') {
    if (name === 'hasChildren') return compileHasChildren(target, args, scope)
    if (!isSnapshotMethod(name)) throw new ExpressionError(`unknown snapshot method '${name}'`)
    const signature = SNAPSHOT_METHODS[name]
    const compiled = compileArgs(name, signature.args, args, scope)
    return { expr: { kind: 'snapshot-call', method: name, target: target.expr, args: compiled }, type: signature.returns }
  }
  if (target.type === 'string' || target.type === 'value' || target.type === 'dynamic') {
    if (name === 'matches') return compileMatches(target, args)
    if (!isStringMethod(name)) throw new ExpressionError(`unknown method '${name}'`)
    const signature = STRING_METHODS[name]
    const compiled = compileArgs(name, signature.args, args, scope)
    return { expr: { kind: 'string-call', method: name, target: target.expr, args: compiled }, type: signature.returns }
  }
  throw new ExpressionError(`${describeType(target.type)} has no method '${name}'`)
}

function compileArgs(
  method: string,
  expected: readonly 'string'[],
  args: readonly jsep.Expression[],
  scope: ExpressionScope,
): Expr[] {
  if (args.length !== expected.length) {
    throw new ExpressionError(`${method}() takes ${expected.length} argument(s), got ${args.length}`)
  }
  return args.map((arg) => {
    const typed = compileNode(arg, scope)
    requireString(typed, `the argument of ${method}()`)
    return typed.expr
  })
}

function compileHasChildren(target: Typed, args: readonly jsep.Expression[], scope: ExpressionScope): Typed {
  if (args.length === 0) return { expr: { kind: 'has-children', target: target.expr, keys: null }, type: 'boolean' }
  const list = args[0] as jsep.CoreExpression | undefined
  if (args.length > 1 || list?.type !== 'ArrayExpression') {
    throw new ExpressionError("hasChildren() takes no argument or one array of keys, as in hasChildren(['a', 'b'])")
  }
  if (list.elements.length === 0) throw new ExpressionError('hasChildren([]) needs at least one key')
  const keys = list.elements.map((element) => {
    if (element === null) throw new ExpressionError('hasChildren([...]) has an empty slot')
    const typed = compileNode(element, scope)
    requireString(typed, 'a key in hasChildren([...])')
    return typed.expr
  })
  return { expr: { kind: 'has-children', target: target.expr, keys }, type: 'boolean' }
}

function compileMatches(target: Typed, args: readonly jsep.Expression[]): Typed {
  const regex = args.length === 1 ? (args[0] as jsep.CoreExpression) : null
  if (regex?.type !== 'Literal' || !(regex.value instanceof RegExp)) {
    throw new ExpressionError('matches() takes one regular expression literal, as in matches(/^[a-z]+$/)')
  }
  // RTDB accepts only the `i` flag; `g` or `y` would also make RegExp#test stateful.
  if (regex.value.flags !== '' && regex.value.flags !== 'i') {
    throw new ExpressionError(`unsupported regular expression flags '${regex.value.flags}' (only i is allowed)`)
  }
  return { expr: { kind: 'matches', target: target.expr, regex: regex.value }, type: 'boolean' }
}

function compileUnary(node: jsep.UnaryExpression, scope: ExpressionScope): Typed {
  const argument = compileNode(node.argument, scope)
  if (node.operator === '!') {
    requireBoolean(argument, 'the operand of !')
    return { expr: { kind: 'not', argument: argument.expr }, type: 'boolean' }
  }
  if (node.operator === '-') {
    requireNumber(argument, 'the operand of unary -')
    return { expr: { kind: 'negate', argument: argument.expr }, type: 'number' }
  }
  throw new ExpressionError(`operator ${node.operator} is not supported in rules`)
}

function compileBinary(node: jsep.BinaryExpression, scope: ExpressionScope): Typed {
  const op = node.operator
  const left = compileNode(node.left, scope)
  const right = compileNode(node.right, scope)
  for (const side of [left, right]) requireNotSnapshot(side, op)

  if (op === '&&' || op === '||') {
    requireBoolean(left, `the left operand of ${op}`)
    requireBoolean(right, `the right operand of ${op}`)
    return { expr: { kind: op === '&&' ? 'and' : 'or', left: left.expr, right: right.expr }, type: 'boolean' }
  }
  // RTDB has no type coercion, so == behaves as === (and != as !==).
  if (op === '==' || op === '===' || op === '!=' || op === '!==') {
    const operator = op.startsWith('!') ? '!=' : '=='
    return { expr: { kind: 'equality', operator, left: left.expr, right: right.expr }, type: 'boolean' }
  }
  if (isComparison(op)) {
    return { expr: { kind: 'comparison', operator: op, left: left.expr, right: right.expr }, type: 'boolean' }
  }
  if (isArithmetic(op)) {
    if (op !== '+') {
      requireNumber(left, `the left operand of ${op}`)
      requireNumber(right, `the right operand of ${op}`)
    }
    return { expr: { kind: 'arithmetic', operator: op, left: left.expr, right: right.expr }, type: sumType(op, left, right) }
  }
  throw new ExpressionError(`operator ${op} is not supported in rules`)
}

/** `+` adds numbers and concatenates as soon as one side is a string. */
function sumType(op: ArithmeticOperator, left: Typed, right: Typed): StaticType {
  if (op !== '+') return 'number'
  if (left.type === 'string' || right.type === 'string') return 'string'
  return left.type === 'number' && right.type === 'number' ? 'number' : 'dynamic'
}

function compileConditional(node: jsep.ConditionalExpression, scope: ExpressionScope): Typed {
  const test = compileNode(node.test, scope)
  requireBoolean(test, 'the condition of ?:')
  const consequent = compileNode(node.consequent, scope)
  const alternate = compileNode(node.alternate, scope)
  if ((consequent.type === 'snapshot') !== (alternate.type === 'snapshot')) {
    throw new ExpressionError('both branches of ?: must be snapshots, or neither')
  }
  const type = consequent.type === alternate.type ? consequent.type : 'dynamic'
  return { expr: { kind: 'conditional', test: test.expr, consequent: consequent.expr, alternate: alternate.expr }, type }
}

const MAYBE_BOOLEAN: ReadonlySet<StaticType> = new Set(['boolean', 'value', 'dynamic'])
const MAYBE_STRING: ReadonlySet<StaticType> = new Set(['string', 'value', 'dynamic'])
const MAYBE_NUMBER: ReadonlySet<StaticType> = new Set(['number', 'value', 'dynamic'])

function requireBoolean(typed: Typed, what: string): void {
  if (!MAYBE_BOOLEAN.has(typed.type)) {
    const hint = typed.type === 'auth' ? ' (compare it: auth != null)' : typed.type === 'query' ? ' (use one of its properties, e.g. query.orderByKey)' : typed.type === 'snapshot' ? ' (use exists() or val())' : ''
    throw new ExpressionError(`${what} must be a boolean, but this is ${describeType(typed.type)}${hint}`)
  }
}

function requireString(typed: Typed, what: string): void {
  if (!MAYBE_STRING.has(typed.type)) {
    throw new ExpressionError(`${what} must be a string, but this is ${describeType(typed.type)}`)
  }
}

function requireNumber(typed: Typed, what: string): void {
  if (!MAYBE_NUMBER.has(typed.type)) {
    throw new ExpressionError(`${what} must be a number, but this is ${describeType(typed.type)}`)
  }
}

function requireNotSnapshot(typed: Typed, op: string): void {
  if (typed.type === 'snapshot') {
    throw new ExpressionError(`a snapshot cannot be an operand of ${op}; use val() or exists()`)
  }
}

function describeType(type: StaticType): string {
  switch (type) {
    case 'snapshot':
      return 'a snapshot'
    case 'auth':
      return 'auth'
    case 'query':
      return 'query'
    case 'value':
    case 'dynamic':
      return 'a value'
    case 'null':
      return 'null'
    default:
      return `a ${type}`
  }
}
