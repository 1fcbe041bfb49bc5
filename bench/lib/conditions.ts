// The conditions of `npm run bench` as data: which server, what Firebase is doing, and which load.
// Most alternate in rounds so machine noise hits them alike; the naive design's slow conditions
// run once, because their answers take seconds and a few percent of noise cannot change that.

import type { FirebaseFault } from './firebase-side.js'
import type { BenchSettings } from './settings.js'

export type TargetName = 'aurora' | 'naive' | 'ceiling'

export interface Condition {
  id: string
  label: string
  target: TargetName
  fault: FirebaseFault
  load: 'paced' | 'saturation'
  /** Run once after the rounds instead of in every round. */
  once: boolean
}

export function planConditions(settings: BenchSettings): Condition[] {
  const none: FirebaseFault = { kind: 'none' }
  const lag: FirebaseFault = { kind: 'lag', latencyMs: settings.lagMs }
  const down: FirebaseFault = { kind: 'down' }
  const lagLabel = `+${settings.lagMs} ms each way`
  const paced = (id: string, label: string, target: TargetName, fault: FirebaseFault, once = false): Condition => ({ id, label, target, fault, load: 'paced', once })
  const saturation = (id: string, label: string, target: TargetName): Condition => ({ id, label, target, fault: none, load: 'saturation', once: false })
  return [
    paced('healthy', 'Aurora, Firebase healthy', 'aurora', none),
    paced('lag', `Aurora, Firebase ${lagLabel}`, 'aurora', lag),
    paced('down', 'Aurora, Firebase down (refused)', 'aurora', down),
    paced('flap', `Aurora, Firebase flapping (${settings.flapMs} ms down/up)`, 'aurora', { kind: 'flap', periodMs: settings.flapMs }),
    paced('naive', 'naive (inline), Firebase healthy', 'naive', none),
    paced('ceiling', 'bare Fastify ceiling', 'ceiling', none),
    saturation('sat-aurora', 'Aurora, Firebase healthy', 'aurora'),
    saturation('sat-naive', 'naive (inline), Firebase healthy', 'naive'),
    saturation('sat-ceiling', 'bare Fastify ceiling', 'ceiling'),
    ...(settings.naiveSlow
      ? [paced('naive-lag', `naive (inline), Firebase ${lagLabel}`, 'naive', lag, true), paced('naive-down', 'naive (inline), Firebase down', 'naive', down, true)]
      : []),
  ]
}

/** Round r runs the alternating conditions rotated by r, so no condition always goes first. */
export function roundOrder(conditions: readonly Condition[], round: number): Condition[] {
  const alternating = conditions.filter((c) => !c.once)
  const shift = round % alternating.length
  return [...alternating.slice(shift), ...alternating.slice(0, shift)]
}
