// Values an expression can produce at run time. Snapshots and stored objects wrap tree nodes so the
// evaluator never converts a subtree to JSON unless a rule actually compares two objects.

import type { ObjectNode } from '../tree/node.js'
import type { RuleSnapshot } from './snapshot.js'

/** A failure while evaluating a rule (null receiver, wrong type...). The rule counts as false. */
export class RuleEvaluationError extends Error {
  override readonly name = 'RuleEvaluationError'
}

/** `val()` of a non-leaf: comparable with == but opaque otherwise (RTDB reads children via child()). */
export class StoredObject {
  constructor(readonly node: ObjectNode) {}
}

/** `auth`, `auth.token` and any object-valued claim: read-only, missing keys read as null. */
export class ClaimMap {
  constructor(readonly raw: Readonly<Record<string, unknown>> | readonly unknown[]) {}

  get(key: string): RuleValue {
    if (!Object.hasOwn(this.raw, key)) return null
    const value: unknown = Reflect.get(this.raw, key)
    return claimValue(value)
  }
}

export type RuleValue = string | number | boolean | null | RuleSnapshot | StoredObject | ClaimMap

/** Wraps a decoded JSON value (a token claim) as a rule value. */
export function claimValue(value: unknown): RuleValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return new ClaimMap(value)
  if (typeof value === 'object') return new ClaimMap(value as Readonly<Record<string, unknown>>)
  throw new RuleEvaluationError(`claim of unsupported type ${typeof value}`)
}
