import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateTwiml } from '../../../sim/calls/twiml-validator.js'
import { parseXml, type XmlElement } from '../../../sim/calls/xml-parser.js'
import { takenOverCall } from '../../helpers/admin.js'
import { FAKE_ACCOUNT_SID, startFakeTwilioApi, type FakeTwilioApi } from '../../helpers/fake-twilio-api.js'
import { newCallSid, postFallback, signedPost, startAurora, TEST_PUBLIC_URL, twilioParams, type TestAurora } from '../../helpers/aurora.js'

// A site sets the locale its workers speak, its own place and plant names, and a voice: every
// answer Aurora gives (greeting, turn, fallback, a supervisor's pushed line, the goodbye) must
// carry them, and stay TwiML Twilio runs.

const VOICE = 'Polly.Amy-Neural'
let aurora: TestAurora
let plain: TestAurora
let fake: FakeTwilioApi
/** The TwiML of every call update Aurora pushed. */
const pushed = (): string[] => fake.received.flatMap((r) => r.body.get('Twiml') ?? [])

function elements(twiml: string, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const walk = (node: XmlElement): void => {
    if (node.name === name) found.push(node)
    for (const child of node.children) if (child.type === 'element') walk(child)
  }
  walk(parseXml(twiml))
  return found
}

/** The document is TwiML Twilio runs, and every <Say> speaks with the site's voice and no language of its own. */
function spokenWithSiteVoice(twiml: string): void {
  validateTwiml(twiml, `${TEST_PUBLIC_URL}/process-speech`)
  const says = elements(twiml, 'Say')
  expect(says.length).toBeGreaterThan(0)
  for (const say of says) expect(say.attributes).toEqual({ voice: VOICE })
}

function gatherOf(response: LightMyRequestResponse): XmlElement {
  const [gather] = elements(response.body, 'Gather')
  expect(gather).toBeDefined()
  return gather!
}

beforeAll(async () => {
  fake = await startFakeTwilioApi()
  aurora = await startAurora({
    env: {
      SPEECH_LANGUAGE: 'en-GB',
      SAY_VOICE: VOICE,
      SPEECH_HINTS: ' Kiln 4 , bagging   plant, Zone A,,',
      TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID,
      TWILIO_API_BASE_URL: fake.baseUrl,
    },
  })
  plain = await startAurora()
})

afterAll(async () => {
  await aurora.close()
  await plain.close()
  await fake.close()
})

describe('voice settings', () => {
  it('the greeting and every turn listen in the site locale for its words, and speak with its voice', async () => {
    const sid = newCallSid()
    const greeting = await aurora.app.inject(signedPost('/incoming-call', twilioParams(sid)))
    const turn = await aurora.app.inject(signedPost('/process-speech?turn=1', twilioParams(sid, { SpeechResult: 'the kiln 4 burner is on fire' })))
    for (const response of [greeting, turn]) {
      expect(response.statusCode).toBe(200)
      spokenWithSiteVoice(response.body)
      const gather = gatherOf(response)
      expect(gather.attributes.language).toBe('en-GB')
      const hints = gather.attributes.hints!.split(', ')
      expect(hints).toEqual(expect.arrayContaining(['fire', 'not breathing', 'Kiln 4', 'bagging plant']))
      // Spaces tidied, blanks dropped, and a word Aurora already lists is not listed twice.
      expect(hints.filter((hint) => hint === 'Zone A')).toHaveLength(1)
      expect(hints).not.toContain('')
    }
  })

  it('the fallback and the apology speak with the site voice too', async () => {
    const sid = newCallSid()
    await aurora.app.inject(signedPost('/incoming-call', twilioParams(sid)))
    const fallback = await postFallback(aurora.app, sid, { ErrorCode: '11205', ErrorUrl: `${TEST_PUBLIC_URL}/process-speech?turn=1` })
    expect(fallback.statusCode).toBe(200)
    spokenWithSiteVoice(fallback.body)
    expect(gatherOf(fallback).attributes.language).toBe('en-GB')
  })

  it("a supervisor's line pushed over Twilio's REST API, and the goodbye, speak with the site voice", async () => {
    const { sid, convId } = await takenOverCall(aurora.app)
    const before = pushed().length
    expect((await aurora.app.adminActions.sendMessage(convId, 'admin:dana', 'Leave by the east exit.')).delivery).toBe('pushed')
    await aurora.app.adminActions.end(convId, 'admin:dana')
    const updates = pushed().slice(before)
    expect(updates).toHaveLength(2)
    for (const twiml of updates) spokenWithSiteVoice(twiml)
    expect(elements(updates[0]!, 'Gather')[0]!.attributes.language).toBe('en-GB')
    expect(elements(updates[1]!, 'Hangup')).toHaveLength(1)
  })

  it("unconfigured, callers are heard as Twilio's default en-US with Aurora's hints, in Twilio's default voice", async () => {
    const response = await plain.app.inject(signedPost('/incoming-call', twilioParams(newCallSid())))
    validateTwiml(response.body, `${TEST_PUBLIC_URL}/incoming-call`)
    expect(gatherOf(response).attributes.language).toBe('en-US')
    expect(gatherOf(response).attributes.hints).toMatch(/^fire, smoke, gas leak/)
    for (const say of elements(response.body, 'Say')) expect(say.attributes).toEqual({})
  })
})
