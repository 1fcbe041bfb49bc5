// The read check of every way in: a listen (`q`, §6.5 step 1), a get (`g`, §6.6) and a REST GET.
// Owner credentials bypass rules (§12). `spec` is the read's query, for `query.*` in .read rules;
// null for a plain read.

import type { QuerySpec } from '../query/query-spec.js'
import { canRead, ruleQueryOf } from '../rules/index.js'
import type { Path } from '../tree/node.js'
import { ruleAuth, type Identity } from './identity.js'
import type { Namespace } from './namespace.js'

export function mayRead(namespace: Namespace, identity: Identity, path: Path, spec: QuerySpec | null, now: number): boolean {
  if (identity.kind === 'owner') return true
  return canRead(namespace.rules, path, namespace.root, { auth: ruleAuth(identity), now, query: ruleQueryOf(spec) })
}
