import type { ActiveCall } from '../calls/model.js'
import { urgencyRank } from '../triage/urgency.js'

/**
 * The dashboard's order: live calls before ended ones, then most urgent first, then the caller
 * who has waited longest. Ties end on call_id so the order is stable.
 */
export function compareCalls(a: ActiveCall, b: ActiveCall): number {
  const endedA = a.status === 'ENDED' ? 1 : 0
  const endedB = b.status === 'ENDED' ? 1 : 0
  if (endedA !== endedB) return endedA - endedB
  const rank = urgencyRank(b.urgency) - urgencyRank(a.urgency)
  if (rank !== 0) return rank
  if (a.started_at !== b.started_at) return a.started_at < b.started_at ? -1 : 1
  return a.call_id < b.call_id ? -1 : a.call_id > b.call_id ? 1 : 0
}
