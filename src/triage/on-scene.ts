import type { Triage } from './classify.js'

/** Who the caller said is with them: anyone at all, and the services they named. */
export interface OnScene {
  readonly here: boolean
  /** Services by name ("ambulance", "fire"); empty when the caller named none ("help is here"). */
  readonly services: readonly string[]
}

export const NOBODY_ON_SCENE: OnScene = { here: false, services: [] }

/**
 * Who is on scene after a caller turn. An arrival adds who came. A wait ("they're not here yet")
 * undoes the arrival, unless it names only services other than those that came: after "the
 * paramedics are here", "the fire brigade isn't here yet" leaves the paramedics with the caller.
 * Read by the responder (to keep handing over) and by the call flow (the dashboard's "Help on scene").
 */
export function onSceneAfter(before: OnScene, triage: Pick<Triage, 'helpArrived' | 'helpAwaited' | 'services'>): OnScene {
  const named = triage.services ?? []
  if (triage.helpArrived === true) return { here: true, services: [...before.services, ...named.filter((s) => !before.services.includes(s))] }
  if (triage.helpAwaited !== true || !before.here) return before
  if (named.length === 0 || before.services.length === 0) return NOBODY_ON_SCENE
  const staying = before.services.filter((s) => !named.includes(s))
  return staying.length > 0 ? { here: true, services: staying } : NOBODY_ON_SCENE
}
