// What the bench's callers say: every turn of every call in the simulator's scenario library
// (sim/scenarios/*.yaml), so the webhooks carry the same varied, realistic speech the simulator
// plays (fires, gas, falls, silence, low-confidence noise) and each one does the real triage work.

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { REPO_ROOT } from '../../sim/calls/aurora-process.js'
import { loadScenarios } from '../../sim/calls/scenario-loader.js'
import type { Utterance } from '../../sim/calls/script.js'

export interface CallerScript {
  /** The number this caller rings from in the scenario (a known worker or a stranger). */
  from: string
  utterances: Utterance[]
}

export interface SpeechLibrary {
  scripts: CallerScript[]
  /** Every utterance of every script, for padding short scripts to the turn count a call needs. */
  all: Utterance[]
  source: string
}

/**
 * A few lines used only when the scenario library cannot be loaded (it is another helper's work
 * in progress), so `npm run bench` never fails for a reason that has nothing to do with speed.
 */
const FALLBACK: Utterance[] = [
  { kind: 'speech', text: "There's a fire in Zone A! The conveyor motor's gone up in flames", confidence: 0.87 },
  { kind: 'speech', text: 'I can smell gas near valve three, it is really strong', confidence: 0.9 },
  { kind: 'speech', text: "He fell off the scaffold in bay four, he's not moving", confidence: 0.82 },
  { kind: 'speech', text: 'Acid spilled everywhere by the loading dock', confidence: 0.78 },
  { kind: 'speech', text: 'Yeah we are all out, everyone is at the muster point', confidence: 0.91 },
  { kind: 'speech', text: 'uh', confidence: 0.12 },
  { kind: 'silence' },
]

export async function loadSpeechLibrary(dir = join(REPO_ROOT, 'sim', 'scenarios')): Promise<SpeechLibrary> {
  try {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f))
    const scenarios = await loadScenarios(files)
    const scripts = scenarios.flatMap((s) => s.calls.map((c) => ({ from: c.from, utterances: c.turns.map((t) => t.utterance) })))
    const all = scripts.flatMap((s) => s.utterances)
    if (all.length === 0) throw new Error('no turns in the scenario library')
    return { scripts: scripts.filter((s) => s.utterances.length > 0), all, source: `${files.length} scenario files in sim/scenarios (${all.length} utterances)` }
  } catch (err) {
    return {
      scripts: [{ from: '+15551230001', utterances: FALLBACK }],
      all: FALLBACK,
      source: `built-in fallback lines (sim/scenarios not loadable: ${(err as Error).message.split('\n')[0]})`,
    }
  }
}
