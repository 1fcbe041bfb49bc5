// The compiled form of one rule expression. compile-expression.ts builds it from jsep's loose AST
// after the static checks, so the evaluator can switch over a closed set of shapes and never meets
// an identifier, method or operator the rules language does not have.

export type Variable = 'auth' | 'now' | 'root' | 'data' | 'newData' | 'query'

export type SnapshotMethod =
  | 'val'
  | 'child'
  | 'parent'
  | 'exists'
  | 'hasChild'
  | 'isString'
  | 'isNumber'
  | 'isBoolean'
  | 'getPriority'

export type StringMethod = 'contains' | 'beginsWith' | 'endsWith' | 'replace' | 'toLowerCase' | 'toUpperCase'

export type EqualityOperator = '==' | '!='
export type ComparisonOperator = '<' | '<=' | '>' | '>='
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%'

export type Expr =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'variable'; readonly name: Variable }
  /** A `$wildcard` captured from the path; always a string. */
  | { readonly kind: 'capture'; readonly name: string }
  /** `a.b` or `a[b]` on anything but a snapshot (those only have methods). */
  | { readonly kind: 'member'; readonly object: Expr; readonly property: Expr }
  | { readonly kind: 'snapshot-call'; readonly method: SnapshotMethod; readonly target: Expr; readonly args: readonly Expr[] }
  /** `hasChildren()` (keys null: any child) or `hasChildren([...])` (every key). */
  | { readonly kind: 'has-children'; readonly target: Expr; readonly keys: readonly Expr[] | null }
  | { readonly kind: 'string-call'; readonly method: StringMethod; readonly target: Expr; readonly args: readonly Expr[] }
  | { readonly kind: 'matches'; readonly target: Expr; readonly regex: RegExp }
  | { readonly kind: 'not'; readonly argument: Expr }
  | { readonly kind: 'negate'; readonly argument: Expr }
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'equality'; readonly operator: EqualityOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'comparison'; readonly operator: ComparisonOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'arithmetic'; readonly operator: ArithmeticOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'conditional'; readonly test: Expr; readonly consequent: Expr; readonly alternate: Expr }
