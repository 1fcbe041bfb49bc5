// The read check shared by `q` and `g` (§6.5 step 1, §6.6). Owner credentials bypass rules (§12).
// `spec` is the read's query, for `query.*` in .read rules; null for a plain read.

import type { QuerySpec } from '../../query/query-spec.js'
import { canRead, ruleQueryOf } from '../../rules/index.js'
import type { Path } from '../../tree/node.js'
import { ruleAuth } from '../../database/identity.js'
import type { Session } from '../session.js'

export function mayRead(session: Session, path: Path, spec: QuerySpec | null): boolean {
  if (session.identity.kind === 'owner') return true
  return canRead(session.namespace.rules, path, session.namespace.root, {
    auth: ruleAuth(session.identity),
    now: session.services.clock(),
    query: ruleQueryOf(spec),
  })
}
