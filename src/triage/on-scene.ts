import type { Triage } from './classify.js'
import { HAZARD_INFO, type Hazard } from './hazards.js'

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
export function onSceneAfter(before: OnScene, triage: Pick<Triage, 'helpArrived' | 'helpAwaited' | 'helpLost' | 'services'>): OnScene {
  const named = triage.services ?? []
  if (triage.helpArrived === true) return { here: true, services: [...before.services, ...named.filter((s) => !before.services.includes(s))] }
  if (triage.helpAwaited !== true || !before.here) return before
  // "They can't find us" while the paramedics are here is about whoever else is coming.
  if (triage.helpLost === true && named.length === 0 && before.services.length > 0) return before
  if (named.length === 0 || before.services.length === 0) return NOBODY_ON_SCENE
  const staying = before.services.filter((s) => !named.includes(s))
  return staying.length > 0 ? { here: true, services: staying } : NOBODY_ON_SCENE
}

// Who deals with what. A first aider or security cannot take over from an ambulance.
const PEOPLE_CARE: readonly string[] = ['ambulance', 'doctor']
const PLACE_CARE: Readonly<Partial<Record<Hazard, readonly string[]>>> = {
  gas_leak: ['fire', 'gas'],
  chemical_spill: ['fire', 'hazmat'],
  leak: ['fire', 'gas'],
}

/**
 * Whether those on scene can take over every one of these hazards: the paramedics for a casualty,
 * the fire brigade for a fire. Unnamed help ("help is here") is taken to cover them all.
 */
export function coversAll(onScene: OnScene, hazards: readonly Hazard[]): boolean {
  if (!onScene.here) return false
  if (onScene.services.length === 0) return true
  return hazards.every((h) => (HAZARD_INFO[h].person ? PEOPLE_CARE : PLACE_CARE[h] ?? ['fire']).some((s) => onScene.services.includes(s)))
}
