import { describe, expect, it } from 'vitest'
import { answeredByTalking, askedOfCaller } from '../../src/triage/caller-question.js'
import { loadDefaultPlaybook } from '../../src/triage/playbook.js'

describe('askedOfCaller', () => {
  it.each([
    ['Are they out of the water?', 'Are you out of the water?'],
    ['Have they had their adrenaline pen?', 'Have you had your adrenaline pen?'],
    ['Is the person awake and talking?', 'Are you awake and talking?'],
    ['What are their symptoms?', 'What are your symptoms?'],
    ['Is the weight off them?', 'Is the weight off you?'],
    ['Are they sweating, sick, or is the pain spreading?', 'Are you sweating, sick, or is the pain spreading?'],
  ])('puts %j to the casualty as %j', (question, asked) => {
    expect(askedOfCaller(question)).toBe(asked)
  })

  it.each(['Are they answering you?', 'Can you reach their face safely?', 'Is the power off?', 'Where exactly are you?'])('leaves %j as it is', (question) => {
    expect(askedOfCaller(question)).toBeUndefined()
  })

  it('knows which questions a caller answers by talking', () => {
    expect(answeredByTalking('Are they awake and making sense?')).toBe(true)
    expect(answeredByTalking('Are they bleeding?')).toBe(false)
  })

  it("gives every question of an entry with a lone caller's lines a wording for them, and no other entry's", () => {
    const playbook = loadDefaultPlaybook()
    for (const entry of playbook.entries) {
      for (const ask of entry.ask) {
        if (entry.self === undefined) expect(ask.callerText, `${entry.id}: ${ask.text}`).toBeUndefined()
        else expect(ask.callerText, `${entry.id}: ${ask.text}`).toBe(askedOfCaller(ask.text))
        if (ask.callerText !== undefined) expect(ask.callerText).toMatch(/\?$/)
      }
    }
  })
})
