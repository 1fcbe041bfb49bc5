// The rules engine's public surface, as the emulator uses it: compile an upload once, then ask
// canRead/canWrite per operation. Owner (admin) connections bypass rules; the caller handles that.
export { authFromToken, type AuthVar, type TokenIdentity } from './auth-context.js'
export { DEFAULT_RULES_TEXT } from './default-rules.js'
export { canRead, canWrite, type RuleContext } from './evaluate.js'
export { hasIndexOn } from './index-on.js'
export { ruleQueryOf, type RuleQuery } from './query-variable.js'
export { compileRules, type CompiledRules } from './parse.js'
export { RulesSyntaxError, type SourcePosition } from './rules-syntax-error.js'
