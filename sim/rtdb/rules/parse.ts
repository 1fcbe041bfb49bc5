// Turns the rules text into a rule tree: JSON with comments (jsonc-parser, whose offsets give the
// line/column of JSON errors), then the structure checks and the compilation of every expression,
// so that a broken upload is refused as a whole with a message naming the offending rule.

import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { compileExpression, ExpressionError, type RuleKind } from './compile-expression.js'
import type { Expr } from './expression.js'
import { positionAt, RulesSyntaxError } from './rules-syntax-error.js'

export interface CompiledRule {
  /** Where the rule came from, e.g. "rules/active_calls/.read", for diagnostics. */
  readonly location: string
  readonly expr: Expr
}

export interface RuleNode {
  readonly read: CompiledRule | null
  readonly write: CompiledRule | null
  readonly validate: CompiledRule | null
  readonly children: ReadonlyMap<string, RuleNode>
  /** The `$name` child matching any key without a literal sibling. */
  readonly wildcard: { readonly name: string; readonly node: RuleNode } | null
  /** Whether this node or any descendant has a .validate, so writes can skip rule-less subtrees. */
  readonly validates: boolean
  /** `.indexOn` entries as child paths without empty segments ("a/b"), or ".value". */
  readonly indexOn: readonly string[]
}

export interface CompiledRules {
  /** The text as uploaded, so GET /.settings/rules.json can hand it back unchanged. */
  readonly source: string
}

export class CompiledRuleSet implements CompiledRules {
  constructor(
    readonly source: string,
    readonly root: RuleNode,
  ) {}
}

const RULE_KINDS: Readonly<Record<string, RuleKind>> = { '.read': 'read', '.write': 'write', '.validate': 'validate' }
// Keys RTDB cannot store can never match data, so a rule under one is a mistake (wire notes §5).
const INVALID_KEY = /[.#$[\]/]/
const WILDCARD = /^\$[A-Za-z_][A-Za-z0-9_]*$/

export function compileRules(text: string): CompiledRules {
  const errors: ParseError[] = []
  // Trailing commas are accepted: the Firebase docs show rules written with them.
  const document = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  const first = errors[0]
  if (first !== undefined) {
    throw new RulesSyntaxError(`invalid JSON: ${words(printParseErrorCode(first.error))}`, {
      position: positionAt(text, first.offset),
    })
  }
  if (document?.type !== 'object') {
    throw new RulesSyntaxError('the rules must be a JSON object like {"rules": {...}}', { position: positionAt(text, 0) })
  }
  const properties = objectProperties(text, document, '')
  const rules = properties.get('rules')
  for (const [key, property] of properties) {
    if (key !== 'rules') {
      throw new RulesSyntaxError(`unexpected top-level key '${key}' (only "rules" is allowed)`, {
        position: positionAt(text, property.offset),
      })
    }
  }
  if (rules === undefined) {
    throw new RulesSyntaxError('missing top-level "rules" object', { position: positionAt(text, document.offset) })
  }
  return new CompiledRuleSet(text, compileNode(text, rules.value, 'rules', []))
}

interface Property {
  readonly offset: number
  readonly value: JsonNode
}

/** The properties of a JSON object node in order, refusing duplicate keys (which JSON.parse would silently resolve). */
function objectProperties(text: string, node: JsonNode, location: string): Map<string, Property> {
  const out = new Map<string, Property>()
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? []
    if (keyNode === undefined || value === undefined || typeof keyNode.value !== 'string') continue
    const key = keyNode.value
    if (out.has(key)) {
      throw new RulesSyntaxError(`duplicate key '${key}'`, {
        position: positionAt(text, keyNode.offset),
        ...(location ? { rulePath: location } : {}),
      })
    }
    out.set(key, { offset: keyNode.offset, value })
  }
  return out
}

function compileNode(text: string, node: JsonNode, location: string, captures: readonly string[]): RuleNode {
  if (node.type !== 'object') {
    throw new RulesSyntaxError(`expected an object of rules, got ${node.type}`, {
      rulePath: location,
      position: positionAt(text, node.offset),
    })
  }
  const compiled: { read: CompiledRule | null; write: CompiledRule | null; validate: CompiledRule | null } = {
    read: null,
    write: null,
    validate: null,
  }
  const children = new Map<string, RuleNode>()
  let wildcard: RuleNode['wildcard'] = null
  let indexOn: readonly string[] = []

  for (const [key, { offset, value }] of objectProperties(text, node, location)) {
    const childLocation = `${location}/${key}`
    const where = { rulePath: childLocation, position: positionAt(text, offset) }
    if (key.startsWith('.')) {
      if (key === '.indexOn') {
        indexOn = parseIndexOn(text, value, childLocation)
        continue
      }
      const kind = RULE_KINDS[key]
      if (kind === undefined) {
        throw new RulesSyntaxError(`unknown rule type '${key}' (expected .read, .write, .validate or .indexOn)`, where)
      }
      compiled[kind] = compileRule(text, value, childLocation, kind, captures)
    } else if (key.startsWith('$')) {
      if (!WILDCARD.test(key)) throw new RulesSyntaxError(`invalid wildcard name '${key}'`, where)
      if (wildcard !== null) {
        throw new RulesSyntaxError(`a second wildcard '${key}' beside '${wildcard.name}' (one per level)`, where)
      }
      if (captures.includes(key)) {
        throw new RulesSyntaxError(`wildcard '${key}' is already declared on this path`, where)
      }
      wildcard = { name: key, node: compileNode(text, value, childLocation, [...captures, key]) }
    } else {
      if (key === '' || INVALID_KEY.test(key)) {
        throw new RulesSyntaxError(`invalid key '${key}' (keys cannot be empty or contain . # $ [ ] /)`, where)
      }
      children.set(key, compileNode(text, value, childLocation, captures))
    }
  }

  const validates =
    compiled.validate !== null ||
    (wildcard?.node.validates ?? false) ||
    [...children.values()].some((child) => child.validates)
  return { ...compiled, children, wildcard, validates, indexOn }
}

function compileRule(
  text: string,
  value: JsonNode,
  location: string,
  kind: RuleKind,
  captures: readonly string[],
): CompiledRule {
  const where = { rulePath: location, position: positionAt(text, value.offset) }
  if (value.type === 'boolean' && typeof value.value === 'boolean') {
    return { location, expr: { kind: 'literal', value: value.value } }
  }
  if (value.type !== 'string' || typeof value.value !== 'string') {
    throw new RulesSyntaxError(`expected a boolean or an expression string, got ${value.type}`, where)
  }
  try {
    return { location, expr: compileExpression(value.value, { kind, captures: new Set(captures) }) }
  } catch (error) {
    if (error instanceof ExpressionError) throw new RulesSyntaxError(error.message, where)
    throw error
  }
}

function parseIndexOn(text: string, value: JsonNode, location: string): string[] {
  const items = value.type === 'array' ? (value.children ?? []) : [value]
  const ok = items.every((item) => item.type === 'string' && typeof item.value === 'string')
  if (!ok || (value.type !== 'string' && value.type !== 'array')) {
    throw new RulesSyntaxError('.indexOn must be a string or an array of strings', {
      rulePath: location,
      position: positionAt(text, value.offset),
    })
  }
  // Normalised like a query's child path, so ".indexOn": "/a/b/" covers orderByChild('a/b').
  return items.map((item) => String(item.value).split('/').filter(Boolean).join('/'))
}

/** "CloseBraceExpected" -> "close brace expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
