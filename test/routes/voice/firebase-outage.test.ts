import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderedMessages } from '../../../src/calls/model.js'
import { newCallSid, parseTwiml, signedPost, startAurora, twilioParams, type TestAurora } from '../../helpers/aurora.js'

// A call whose whole middle happens while Firebase is unreachable: every webhook is answered
// from the journal, and Firebase catches up once it is back, with nothing lost.

let aurora: TestAurora

beforeAll(async () => {
  aurora = await startAurora({ proxy: true, env: { MIRROR_BATCH_DEADLINE_MS: '300' } })
})

afterAll(async () => {
  await aurora.close()
})

describe('Firebase down during a call', () => {
  it('answers every turn, and Firebase converges to the journal once it is back', async () => {
    const sid = newCallSid()
    const app = aurora.app
    expect((await app.inject(signedPost('/incoming-call', twilioParams(sid)))).statusCode).toBe(200)
    expect(await app.mirror!.waitForSeq(app.store.lastDurableSeq, 10_000)).toBe(true)

    const proxy = aurora.proxy!
    proxy.set({ down: true })
    const lines = ['Fire in zone A near the spray booth', 'Everyone is out but Marco is missing', 'I can see smoke from bay 3', 'Okay I am at the muster point']
    for (const [i, line] of lines.entries()) {
      const res = await app.inject(signedPost(`/process-speech?turn=${i + 1}`, twilioParams(sid, { SpeechResult: line, Confidence: '0.9' })))
      expect(res.statusCode).toBe(200)
      expect(parseTwiml(res).say.join(' ').length).toBeGreaterThan(0)
    }
    await app.inject(signedPost('/call-status', twilioParams(sid, { CallStatus: 'completed' })))
    const health = (await app.inject({ method: 'GET', url: '/health' })).json()
    expect(health.mirror.pending).toBeGreaterThan(0)
    expect(health.calls.active).toBe(app.calls.listActive().length)
    expect(health.calls.active).toBeGreaterThan(0)

    proxy.set({ down: false })
    expect(await app.mirror!.waitForSeq(app.store.lastDurableSeq, 30_000)).toBe(true)
    const remote = (await aurora.reader!.db.ref().get()).val()
    expect(remote).toEqual(app.store.get(''))
    const call = app.calls.callBySid(sid)!
    const texts = orderedMessages(remote.active_conversations[call.conversation_id]).map((m) => m.text)
    for (const line of lines) expect(texts).toContain(line)
    expect(remote.active_calls[call.call_id].status).toBe('ENDED')
  })
})
