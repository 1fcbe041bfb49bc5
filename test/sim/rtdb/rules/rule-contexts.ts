// Rule contexts for tests: the `auth` variable as authFromToken builds it for a mock user token.
import type { RuleContext } from '../../../../sim/rtdb/rules/index.js'

export const NOW = 1_700_000_000_000

export const anonymous: RuleContext = { auth: null, now: NOW }

export function user(uid: string, claims: Record<string, unknown> = {}, provider = 'custom'): RuleContext {
  return {
    auth: { uid, provider, token: { sub: uid, user_id: uid, firebase: { sign_in_provider: provider }, ...claims } },
    now: NOW,
  }
}
