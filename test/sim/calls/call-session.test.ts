import { describe, expect, it } from 'vitest'
import { playCall } from '../../../sim/calls/call-session.js'
import { createRng } from '../../../sim/calls/prng.js'
import { newCallRecord, type Failure } from '../../../sim/calls/run-record.js'
import { parseScenario } from '../../../sim/calls/scenario-loader.js'
import type { TwilioClient } from '../../../sim/calls/twilio-client.js'
import { renderApology, renderReply } from '../../../src/calls/twiml.js'

// The simulator's caller against scripted answers rendered by Aurora's own TwiML code: valid
// TwiML is not enough, an answer that is Aurora's apology is a failure of the call.

const BASE = 'https://aurora.sim.test'
const SCENARIO = `name: apology-probe
description: a call whose first turn fails inside Aurora
calls:
  - from: "+15551230001"
    turns:
      - say: "There's a fire in Zone A"
      - say: "We're all out"
`

/** Answers like Aurora, except that the first /process-speech fails with the apology. */
function client(posted: string[]): TwilioClient {
  let speeches = 0
  const answer = (url: string, body: string) => ({ url, status: 200, contentType: 'text/xml', body, sentAt: 0, receivedAt: 1 })
  return {
    voiceUrl: `${BASE}/incoming-call`,
    statusCallbackUrl: `${BASE}/call-status`,
    async post(url: string, params: Record<string, string>) {
      const { pathname, searchParams } = new URL(url)
      posted.push(`${pathname} ${params['SpeechResult'] ?? ''}`.trim())
      if (pathname === '/incoming-call') return answer(url, renderReply({ say: ['Aurora here.'], nextTurn: 1 }, BASE))
      if (pathname === '/process-speech' && speeches++ === 0) return answer(url, renderApology(BASE))
      if (pathname === '/voice-fallback') return answer(url, renderReply({ say: ['Tell me what is happening.'], nextTurn: 1 }, BASE))
      if (pathname === '/process-speech') return answer(url, renderReply({ say: ['Get out of Zone A.'], nextTurn: Number(searchParams.get('turn')) + 1 }, BASE))
      return { url, status: 204, contentType: null, body: '', sentAt: 0, receivedAt: 1 }
    },
  } as unknown as TwilioClient
}

describe('a simulated call', () => {
  it('fails when Aurora answers a turn with its apology, and does not count that turn as acknowledged', async () => {
    const script = parseScenario(SCENARIO, 'apology-probe.yaml').calls[0]!
    const record = newCallRecord({ index: 0, job: 0, scenario: 'apology-probe', label: 'probe', callSid: 'CA1', from: script.from, script, startedAt: 0 })
    const failures: Failure[] = []
    const posted: string[] = []
    await playCall({ client: client(posted), now: () => 0, pace: 0, accountSid: 'AC1', admin: null, adminUnavailable: 'none', onFailure: (f) => failures.push(f) }, record, createRng('s'))
    expect(posted).toEqual(['/incoming-call', "/process-speech There's a fire in Zone A", '/voice-fallback', "/process-speech We're all out", '/call-status'])
    expect(failures.map((f) => [f.kind, f.turn, f.message])).toEqual([['webhook', 1, expect.stringMatching(/Aurora apologised/)]])
    const apology = record.webhooks.find((w) => w.speech === "There's a fire in Zone A")
    expect(apology?.acknowledged).toBe(false)
  })
})
