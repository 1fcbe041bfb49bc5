import { describe, expect, it } from 'vitest'
import { CONTEXT_RULES, readInCallContext } from '../../src/triage/context-rules.js'
import { classify } from '../../src/triage/classify.js'
import type { Hazard } from '../../src/triage/hazards.js'

// The rules that read a turn against the call so far, through the reading the responder uses.
function read(text: string, ongoing: readonly Hazard[]) {
  return readInCallContext(classify(text).hazards, ongoing, text)
}

describe('context rules', () => {
  it('have one id each', () => {
    const ids = CONTEXT_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^[a-z]+(?:-[a-z]+)*$/.test(id))).toBe(true)
  })

  it('name the rules that changed a reading, and only those', () => {
    const gasping = read("he's still not answering, just big gasps", ['unconscious'])
    expect(gasping.hazards[0]).toBe('not_breathing')
    expect(gasping.rules).toContain('agonal-gasps-unresponsive')

    const snoring = read("he's still not answering, snoring loud", ['unconscious'])
    expect(snoring.hazards).not.toContain('not_breathing')
    expect(snoring.rules).not.toContain('agonal-gasps-unresponsive')

    const calm = read('the fire is out and everyone is at the muster point', ['fire'])
    expect(calm.rules).toEqual([])
  })

  it('run in order, each on the reading the rules before it left', () => {
    // "Stung" with a wheeze makes the breathing trouble anaphylaxis; only then is the tight chest
    // the reaction's and not the heart's.
    const r = read('he was stung, now his chest is tight and he is wheezing', [])
    expect(r.hazards).toEqual(['anaphylaxis'])
    expect(r.rules).toEqual(['allergic-breathing', 'allergy-tight-chest'])
  })
})
