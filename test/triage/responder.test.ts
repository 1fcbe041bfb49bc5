import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { createResponder, type ResponderConfig } from '../../src/triage/responder.js'

const invalidConfig = expect.objectContaining({ code: 'AURORA_ERR_TRIAGE_CONFIG_INVALID' })

describe('createResponder', () => {
  it('builds the offline playbook responder by default', async () => {
    const responder = createResponder({ kind: 'playbook' })
    expect(responder.name).toBe('playbook')
    const text = 'smoke in bay 4'
    const reply = await responder.respond({ text, triage: classify(text), callUrgency: 'UNKNOWN', history: [], turn: 1 })
    expect(reply).toMatchObject({ responder: 'playbook', urgency: 'HIGH', sources: ['smoke-leave'] })
  })

  it('refuses an llm config it cannot use, naming the problem', () => {
    const bad: Array<[ResponderConfig, RegExp]> = [
      [{ kind: 'llm' }, /needs llm.baseUrl/],
      [{ kind: 'llm', llm: { baseUrl: 'localhost:11434', model: 'llama3.2' } }, /baseUrl/],
      [{ kind: 'llm', llm: { baseUrl: 'http://localhost:11434/v1', model: ' ' } }, /model/],
      [{ kind: 'llm', llm: { baseUrl: 'http://localhost:11434/v1', model: 'm', deadlineMs: 0 } }, /deadlineMs/],
      [{ kind: 'llm', llm: { baseUrl: 'http://localhost:11434/v1', model: 'm', temperature: 7 } }, /temperature/],
    ]
    for (const [config, message] of bad) {
      expect(() => createResponder(config)).toThrow(invalidConfig)
      expect(() => createResponder(config)).toThrow(message)
    }
  })

  it('refuses an unknown kind from an untyped config', () => {
    const config: ResponderConfig = JSON.parse('{"kind": "oracle"}')
    expect(() => createResponder(config)).toThrow(invalidConfig)
  })
})
