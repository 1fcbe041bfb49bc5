import { describe, expect, it } from 'vitest'
import { loadReviewCalls, playCall } from '../../sim/first-aid/review-calls.js'
import { loadDefaultPlaybook } from '../../src/triage/playbook.js'
import { createResponder } from '../../src/triage/responder.js'
import { MAX_SPOKEN_CHARS } from '../../src/triage/spoken-text.js'
import { urgencyRank } from '../../src/triage/urgency.js'

// Every call the first-aid reviewers wrote (sim/first-aid/README.md), played again: only what
// needs no judge is asserted; whether the first aid is right takes a reviewer.

const ids = new Set(loadDefaultPlaybook().entries.map((e) => e.id))

describe('the first-aid review calls', async () => {
  const sets = await loadReviewCalls()

  it('holds the hundred and fifteen reviews, 2,809 calls and 11,389 caller turns', () => {
    expect(Object.keys(sets)).toEqual(['review6', 'review7', 'review8', 'review9', 'review10', 'review11', 'review12', 'review13', 'review14', 'review15', 'review16', 'review17', 'review18', 'review19', 'review20', 'review21', 'review22', 'review23', 'review24', 'review25', 'review26', 'review27', 'review28', 'review29', 'review30', 'review31', 'review32', 'review33', 'review34', 'review35', 'review36', 'review37', 'review38', 'review39', 'review40', 'review41', 'review42', 'review43', 'review44', 'review45', 'review46', 'review47', 'review48', 'review49', 'review50', 'review51', 'review52', 'review53', 'review54', 'review55', 'review56', 'review57', 'review58', 'review59', 'review60', 'review61', 'review62', 'review63', 'review64', 'review65', 'review66', 'review67', 'review68', 'review69', 'review70', 'review71', 'review72', 'review73', 'review74', 'review75', 'review76', 'review77', 'review78', 'review79', 'review80', 'review81', 'review82', 'review83', 'review84', 'review85', 'review86', 'review87', 'review88', 'review89', 'review90', 'review91', 'review92', 'review93', 'review94', 'review95', 'review96', 'review97', 'review98', 'review99', 'review100', 'review101', 'review102', 'review103', 'review104', 'review105', 'review106', 'review107', 'review108', 'review109', 'review110', 'review111', 'review112', 'review113', 'review114', 'review115', 'review116', 'review117', 'review119', 'review120', 'review121'])
    const calls = Object.values(sets).flat()
    expect(calls).toHaveLength(2809)
    expect(calls.reduce((n, c) => n + c.turns.length, 0)).toBe(11389)
  })

  it('gets a speakable reply citing real entries on every turn, and no supervisor once help is alerted', async () => {
    const responder = createResponder({ kind: 'playbook' })
    for (const [name, calls] of Object.entries(sets)) {
      for (const call of calls) {
        const played = await playCall(call, responder)
        for (const [i, { said, reply }] of played.entries()) {
          const where = `${name} ${call.title} turn ${i + 1}: "${said}"`
          expect(reply.text.trim(), where).not.toBe('')
          expect(reply.text.length, where).toBeLessThanOrEqual(MAX_SPOKEN_CHARS)
          for (const id of reply.sources) expect(ids, where).toContain(id)
          if (urgencyRank(reply.urgency) >= urgencyRank('HIGH')) expect(reply.text, where).not.toMatch(/supervisor or safety officer|Your supervisor can help/)
        }
      }
    }
    // Every turn of every review, played: 16-18 s alone, near 30 s on two cores shared with other suites.
  }, 120_000)
})
