import { existsSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { GREETING, KEEP_TALKING } from '../../../src/calls/call-flow.js'
import { segmentFileName } from '../../../src/store/segments.js'
import { createResponder } from '../../../src/triage/responder.js'
import type { Responder } from '../../../src/triage/responder-types.js'
import { login } from '../../helpers/admin.js'
import { newCallSid, parseTwiml, signedPost, startAurora, twilioParams, type TestAurora } from '../../helpers/aurora.js'

// The journal fails in the middle of a call: the next flush goes to /dev/full (ENOSPC), so the
// commit a webhook makes next is the first that fails, after it was applied in memory. What the
// caller hears then must be what they would have heard, once, and the call must go on from memory.

let aurora: TestAurora | undefined

afterEach(async () => {
  await aurora?.close()
  aurora = undefined
})

async function start(deps: Parameters<typeof startAurora>[0] = {}): Promise<TestAurora> {
  aurora = await startAurora({ ...deps, env: { JOURNAL_SEGMENT_BYTES: '4096' } })
  return aurora
}

/** The next flush rotates onto /dev/full: the next commit is the first failing one. */
async function armDiskFailure(t: TestAurora): Promise<void> {
  await t.app.store.commit([{ path: 'pad/big', value: 'x'.repeat(5000) }])
  const next = t.app.store.lastDurableSeq + 1
  for (let seq = next; seq < next + 200; seq++) symlinkSync('/dev/full', join(t.config.dataDir, 'journal', segmentFileName(seq)))
}

const post = async (t: TestAurora, url: string, sid: string, speech?: string) => {
  const res = await t.app.inject(signedPost(url, twilioParams(sid, speech === undefined ? {} : { SpeechResult: speech, Confidence: '0.9' })))
  expect(res.statusCode).toBe(200)
  return parseTwiml(res)
}

describe.skipIf(!existsSync('/dev/full'))('a journal that fails during a webhook', () => {
  it("says a supervisor's waiting line once: in the turn the failure hit, not again in the next", async () => {
    const t = await start()
    const sid = newCallSid()
    await post(t, '/incoming-call', sid)
    await post(t, '/process-speech?turn=1', sid, 'smoke in bay 2')
    const cookie = await login(t.app, 'dana')
    const line = 'The fire crew is at the north gate.'
    const convId = t.app.calls.callBySid(sid)!.conversation_id
    await t.app.inject({ method: 'POST', url: `/api/conversation/${convId}/messages`, headers: { cookie }, payload: { text: line } })
    await armDiskFailure(t)
    const hit = await post(t, '/process-speech?turn=2', sid, 'the smoke is getting thicker')
    expect(t.app.store.failure).not.toBeNull()
    expect(hit.say.join(' ')).toContain(line)
    const next = await post(t, '/process-speech?turn=3', sid, 'we are moving out')
    expect(next.say.join(' ')).not.toContain(line)
    expect(next.gatherAction).toMatch(/turn=4$/)
  })

  it('greets a call whose first record is the one the failure hit, and one that came after it, and carries both on', async () => {
    const t = await start()
    await armDiskFailure(t)
    const hit = newCallSid()
    expect(await post(t, '/incoming-call', hit)).toMatchObject({ say: [GREETING], gatherAction: expect.stringMatching(/turn=1$/) })
    expect(t.app.store.failure).not.toBeNull()
    const after = newCallSid()
    expect((await post(t, '/incoming-call', after)).say).toEqual([GREETING])
    const first = await post(t, '/process-speech?turn=1', after, 'gas leak at valve 3')
    expect(first.say.join(' ')).toMatch(/upwind|spark/i)
    // Twilio retrying /incoming-call now: carry on at turn 2, not greet again and reuse turn 1.
    expect(await post(t, '/incoming-call', after)).toMatchObject({ say: [KEEP_TALKING], gatherAction: expect.stringMatching(/turn=2$/) })
    expect((await post(t, '/process-speech?turn=1', hit, 'someone collapsed')).gatherAction).toMatch(/turn=2$/)
  })

  it("finds Twilio's re-send of a moved post whose words the failing flush took, and answers it the same", async () => {
    // A responder slower than the flush (an LLM): the words reach memory, the answer never does.
    const playbook = createResponder({ kind: 'playbook' })
    let calls = 0
    const slow: Responder = { name: 'slow', respond: async (input) => (calls++, await new Promise((resolve) => setTimeout(resolve, 300)), playbook.respond(input)) }
    const t = await start({ deps: { responder: slow } })
    const sid = newCallSid()
    await post(t, '/incoming-call', sid)
    await post(t, '/process-speech?turn=1', sid, 'there is a fire in zone A')
    await armDiskFailure(t)
    // Other words under turn 1 (a pushed <Gather> had the number): turn 2, asked as 1.
    const moved = await post(t, '/process-speech?turn=1', sid, 'my colleague collapsed')
    expect(moved.gatherAction).toMatch(/turn=3$/)
    const resent = await post(t, '/process-speech?turn=1', sid, 'my colleague collapsed')
    expect(resent).toEqual(moved)
    const before = calls
    expect(await post(t, '/process-speech?turn=1', sid, 'my colleague collapsed')).toEqual(moved)
    expect(calls).toBe(before)
  })
})
