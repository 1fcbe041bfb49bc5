// Most urgent first: the index doubles as the ordering used everywhere else.
export const URGENCIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const
export type Urgency = typeof URGENCIES[number]
/** An urgency that triage has actually decided on. */
export type KnownUrgency = Exclude<Urgency, 'UNKNOWN'>

const RANK: Readonly<Record<Urgency, number>> = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 }

/** Higher is more urgent; UNKNOWN is 0 so any real assessment outranks "not assessed yet". */
export function urgencyRank(u: Urgency): number {
  return RANK[u]
}

/**
 * Within a call urgency only goes up: a caller saying "it's fine now" after "he's not breathing"
 * must not quietly drop the call off a supervisor's radar. Admins lower it elsewhere, explicitly.
 */
export function raiseUrgency(current: Urgency, proposed: Urgency): Urgency {
  return urgencyRank(proposed) > urgencyRank(current) ? proposed : current
}

/** raiseUrgency for callers that already hold an assessed urgency and must keep one. */
export function raiseKnownUrgency(current: KnownUrgency, proposed: Urgency): KnownUrgency {
  return proposed !== 'UNKNOWN' && urgencyRank(proposed) > urgencyRank(current) ? proposed : current
}

export function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && (URGENCIES as readonly string[]).includes(value)
}

export function isKnownUrgency(value: unknown): value is KnownUrgency {
  return isUrgency(value) && value !== 'UNKNOWN'
}
