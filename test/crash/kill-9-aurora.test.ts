import { describe, expect, it } from 'vitest'
import { runCrashTest } from './crash-run.js'

// The short crash test inside `npm test` (≥ 20 kills); `npm run test:crash` runs ≥ 200.
const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const SEED = process.env.CRASH_SEED ?? 'aurora-crash'

describe('Aurora under kill -9', () => {
  it(
    `loses no acknowledged turn and duplicates none across ${KILLS} kills`,
    async () => {
      const result = await runCrashTest({
        kills: KILLS,
        callers: 6,
        seed: SEED,
        uptimeMs: [300, 1200],
        log: process.env.CRASH_VERBOSE ? (line) => console.info(line) : undefined,
      })
      console.info(
        `crash test (seed ${SEED}): kills=${result.kills} calls=${result.callsStarted} turns acknowledged=${result.turnsAcknowledged} ` +
          `found local=${result.turnsFoundLocal} found firebase=${result.turnsFoundFirebase} duplicates=${result.duplicates} lost=${result.lost.length}`,
      )
      expect(result.kills).toBe(KILLS)
      expect(result.turnsAcknowledged).toBeGreaterThan(KILLS)
      expect(result.lost).toEqual([])
      expect(result.duplicates).toBe(0)
      expect(result.turnsFoundLocal).toBe(result.turnsAcknowledged)
      expect(result.turnsFoundFirebase).toBe(result.turnsAcknowledged)
      expect(result.locallyEqualsFirebase).toBe(true)
    },
    KILLS * 15_000 + 120_000,
  )
})
