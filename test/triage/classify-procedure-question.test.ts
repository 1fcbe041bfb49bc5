import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROCEDURE_QUESTION_URGENCY, classify, type Hazard } from '../../src/triage/classify.js'
import { HAZARD_INFO } from '../../src/triage/hazards.js'
import { urgencyRank } from '../../src/triage/urgency.js'

// The rule, and why it errs towards a real emergency, is in src/triage/procedure-question.ts.
describe('classify: questions about procedure', () => {
  it.each([
    // Read as a CRITICAL fire while the simulator's scenarios were written.
    ['can I use the extinguisher on an electrical fire?', ['fire', 'electrical']],
    ['can I use water on an electrical fire?', ['fire', 'electrical']],
    ['which extinguisher do I use on electrical fires?', ['fire', 'electrical']],
    ['what extinguisher for an electrical fire', ['fire', 'electrical']],
    ['is water ok on an electrical fire?', ['fire', 'electrical']],
    ['can we use foam on an electrical fire or only co2?', ['fire', 'electrical']],
    ["what do I do if there's a gas leak?", ['gas_leak']],
    ['what should we do in case of fire?', ['fire']],
    ['is it safe to use the lift in a fire?', ['fire']],
    ['do I need to evacuate for a small fire?', ['fire']],
  ] as Array<[string, Hazard[]]>)('"%s" asks about %j and reports nothing', (text, asksAbout) => {
    const t = classify(text)
    expect(t.asksAbout).toEqual(asksAbout)
    expect(t.hazards).toEqual([])
    expect(t.question).toBe(true)
    expect(t.urgency).toBe(PROCEDURE_QUESTION_URGENCY)
  })

  it.each([
    ["can someone come, there's a fire", 'fire'],
    ["can you send someone there's a fire", 'fire'],
    // The fire in front of them: "the", "this".
    ['can I use the extinguisher on the fire?', 'fire'],
    ['can I put the fire out with water?', 'fire'],
    ['can I use water on this fire?', 'fire'],
    // Reported first, asked about second.
    ["there's an electrical fire, can I use water on it?", 'fire'],
    ['fire in zone a. which extinguisher do I use?', 'fire'],
    // Happening now, or somewhere named.
    ['can I use water on an electrical fire right now?', 'fire'],
    ['I can smell gas, what do I do?', 'gas_leak'],
    ['what do I do, the fire is spreading', 'fire'],
    ['can I use water on an electrical fire in the workshop?', 'fire'],
    // About a person: answered as that person's emergency.
    ["what do I do if he's not breathing?", 'not_breathing'],
    ['what do I do if someone gets acid in their eyes?', 'chemical_exposure'],
    ['is it a fire?', 'fire'],
  ] as Array<[string, Hazard]>)('"%s" is still a report of %s', (text, hazard) => {
    const t = classify(text)
    expect(t.hazards).toContain(hazard)
    expect(t.asksAbout).toBeUndefined()
    expect(urgencyRank(t.urgency)).toBeGreaterThanOrEqual(urgencyRank('HIGH'))
  })

  it('leaves questions without a hazard as plain questions', () => {
    expect(classify('how do I use the fire extinguisher')).toMatchObject({ urgency: 'LOW', hazards: [], question: true })
    expect(classify('how do I use the fire extinguisher').asksAbout).toBeUndefined()
  })

  it('never lowers a report when a procedure question is said with it', () => {
    const reports = fc.constantFrom(
      "There's a fire in Zone A!", 'gas, I can smell gas near valve 3', "he's bleeding bad", 'smoke coming out of bay four',
      'acid spilled everywhere', 'got hit by a wagon', "he's gone down into the tank", 'the panel is on fire', 'fire in the paint shop',
    )
    const questions = fc.constantFrom(
      'can I use the extinguisher on an electrical fire?', 'what do I do if there is a gas leak?', 'which extinguisher for fires?',
      'is it safe to use water on a fire?',
    )
    fc.assert(fc.property(reports, questions, fc.boolean(), (report, question, first) => {
      const alone = classify(report)
      const both = classify(first ? `${question} ${report}` : `${report}. ${question}`)
      expect(urgencyRank(both.urgency)).toBeGreaterThanOrEqual(urgencyRank(alone.urgency))
      // Still there, or folded into a bigger one the question named ("smoke" into "fire").
      for (const h of alone.hazards) expect(both.hazards.includes(h) || HAZARD_INFO[h].subsumedBy?.some((o) => both.hazards.includes(o))).toBe(true)
    }))
  })
})
