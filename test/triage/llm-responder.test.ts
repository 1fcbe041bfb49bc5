import { afterEach, describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { loadDefaultPlaybook } from '../../src/triage/playbook.js'
import { createResponder, type ResponderInput } from '../../src/triage/responder.js'
import { MAX_SPOKEN_CHARS } from '../../src/triage/spoken-text.js'
import { completion, refusedBaseUrl, sendJson, startFakeLlm, type FakeLlm, type FakeLlmHandler } from './fake-llm-server.js'

const API_KEY = 'sk-test-do-not-log-4f9a'
const playbookIds = new Set(loadDefaultPlaybook().entries.map((e) => e.id))

interface Warning { obj: object; msg: string }

let servers: FakeLlm[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

async function fake(handler: FakeLlmHandler): Promise<FakeLlm> {
  const server = await startFakeLlm(handler)
  servers.push(server)
  return server
}

function llmResponder(baseUrl: string, options: { deadlineMs?: number; apiKey?: string } = {}) {
  const warnings: Warning[] = []
  const responder = createResponder(
    { kind: 'llm', llm: { baseUrl, model: 'test-model', apiKey: options.apiKey ?? API_KEY, deadlineMs: options.deadlineMs ?? 1500 } },
    { log: { warn: (obj, msg) => warnings.push({ obj, msg }) } },
  )
  return { responder, warnings }
}

function fireInZoneA(): ResponderInput {
  const text = "There's a fire in Zone A!"
  return {
    text,
    triage: classify(text),
    callUrgency: 'UNKNOWN',
    history: [{ role: 'assistant', text: 'Aurora here. What is your emergency?' }, { role: 'user', text }],
    worker: { name: 'Dana Reyes', site: 'Plant 2' },
    turn: 1,
  }
}

function answer(content: string): FakeLlmHandler {
  return (_req, res) => sendJson(res, 200, completion(content))
}

describe('llm responder', () => {
  it('speaks the model answer and cites the model', async () => {
    const server = await fake(answer(JSON.stringify({ say: 'Leave Zone A now by the stairs. Help is being alerted. Is anyone hurt?', urgency: 'CRITICAL' })))
    const { responder, warnings } = llmResponder(server.baseUrl)
    const reply = await responder.respond(fireInZoneA())
    expect(reply).toEqual({
      text: 'Leave Zone A now by the stairs. Help is being alerted. Is anyone hurt?',
      urgency: 'CRITICAL',
      sources: ['llm:test-model'],
      responder: 'llm',
    })
    expect(responder.name).toBe('llm:test-model')
    expect(warnings).toEqual([])
  })

  it('sends the model, the conversation and the key to /chat/completions', async () => {
    const server = await fake(answer('{"say": "Get out now. Is anyone hurt?", "urgency": "CRITICAL"}'))
    await llmResponder(server.baseUrl).responder.respond(fireInZoneA())
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request).toMatchObject({ method: 'POST', url: '/v1/chat/completions' })
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.body).toMatchObject({ model: 'test-model', response_format: { type: 'json_object' }, stream: false })
    const { messages } = request?.body as { messages: Array<{ role: string; content: string }> }
    expect(messages[0]?.role).toBe('system')
    expect(messages[0]?.content).toMatch(/"say"/)
    expect(messages[0]?.content).toContain('Zone A')
    expect(messages.at(-2)).toEqual({ role: 'assistant', content: 'Aurora here. What is your emergency?' })
    // The caller's words once, last, even though the route already put them in the history.
    expect(messages.at(-1)).toEqual({ role: 'user', content: "There's a fire in Zone A!" })
    expect(messages.filter((m) => m.content === "There's a fire in Zone A!")).toHaveLength(1)
  })

  it('tells the model when responders reached the caller, so it hands over as the playbook does', async () => {
    const server = await fake(answer('{"say": "Good, do what the paramedics tell you. Anything else?", "urgency": "HIGH"}'))
    const text = 'the paramedics have arrived'
    await llmResponder(server.baseUrl).responder.respond({
      text, triage: classify(text), callUrgency: 'CRITICAL', turn: 3,
      history: [{ role: 'user', text: "he's not breathing" }, { role: 'assistant', text: 'Start CPR now.' }, { role: 'user', text }],
    })
    const { messages } = server.requests[0]?.body as { messages: Array<{ role: string; content: string }> }
    expect(messages[0]?.content).toMatch(/responders have reached them: hand over/)
    expect(messages[0]?.content).toMatch(/The site playbook would say: "Good, help is here\./)
  })

  it.each([
    ['the ambulance is here but at the wrong gate', /cannot find the caller: ask for someone to meet them/],
    ["no one's hurt but Dave is missing", /Someone is missing: tell the caller not to go back in/],
  ])('tells the model what "%s" means', async (text, fact) => {
    const server = await fake(answer('{"say": "Send someone to meet them. Can someone go?", "urgency": "HIGH"}'))
    await llmResponder(server.baseUrl).responder.respond({
      text, triage: classify(text), callUrgency: 'CRITICAL', turn: 3,
      history: [{ role: 'user', text: 'fire in the paint store' }, { role: 'assistant', text: 'Get everyone out now.' }, { role: 'user', text }],
    })
    const { messages } = server.requests[0]?.body as { messages: Array<{ role: string; content: string }> }
    expect(messages[0]?.content).toMatch(fact)
  })

  it('sends no Authorization header when no key is configured (a local Ollama)', async () => {
    const server = await fake(answer('{"say": "Get out now. Is anyone hurt?", "urgency": "CRITICAL"}'))
    const responder = createResponder({ kind: 'llm', llm: { baseUrl: server.baseUrl, model: 'llama3.2', deadlineMs: 1500 } })
    await responder.respond(fireInZoneA())
    expect(server.requests[0]?.headers.authorization).toBeUndefined()
  })

  it('copes with a server that ignores response_format and wraps the JSON', async () => {
    const server = await fake(answer('Sure! Here you go:\n```json\n{"say": "Get out of Zone A now. Is everyone out?", "urgency": "critical"}\n```'))
    const reply = await llmResponder(server.baseUrl).responder.respond(fireInZoneA())
    expect(reply).toMatchObject({ responder: 'llm', text: 'Get out of Zone A now. Is everyone out?', urgency: 'CRITICAL' })
  })

  it('never lets the model lower the triage urgency, but lets it raise it', async () => {
    const low = await fake(answer('{"say": "Stay calm. Where are you?", "urgency": "LOW"}'))
    expect((await llmResponder(low.baseUrl).responder.respond(fireInZoneA())).urgency).toBe('CRITICAL')

    const high = await fake(answer('{"say": "Stay with me. What is happening?", "urgency": "HIGH"}'))
    const text = 'where is the muster point?'
    const reply = await llmResponder(high.baseUrl).responder.respond({ text, triage: classify(text), callUrgency: 'UNKNOWN', history: [], turn: 1 })
    expect(reply.urgency).toBe('HIGH')
  })

  it('falls back to the playbook when the model is slower than the deadline, and settles at the deadline', async () => {
    const SLOW_MS = 10_000
    const server = await fake((req, res) => {
      const timer = setTimeout(() => sendJson(res, 200, completion('{"say": "Too late.", "urgency": "LOW"}')), SLOW_MS)
      res.on('close', () => clearTimeout(timer))
    })
    const { responder, warnings } = llmResponder(server.baseUrl, { deadlineMs: 150 })
    const started = performance.now()
    const reply = await responder.respond(fireInZoneA())
    const elapsed = performance.now() - started
    expect(reply).toMatchObject({ responder: 'playbook-fallback', fallbackReason: 'timeout', urgency: 'CRITICAL', sources: ['fire-evacuate'] })
    expect(reply.text).toContain('Zone A')
    expect(elapsed).toBeLessThan(SLOW_MS / 2)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ msg: 'llm responder fell back', obj: { reason: 'timeout', model: 'test-model' } })
  }, 5_000)

  it('settles at the deadline even when the fetch implementation ignores the abort signal', async () => {
    const warnings: Warning[] = []
    const responder = createResponder(
      { kind: 'llm', llm: { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', deadlineMs: 50 } },
      { fetch: () => new Promise<Response>(() => undefined), log: { warn: (obj, msg) => warnings.push({ obj, msg }) } },
    )
    const reply = await responder.respond(fireInZoneA())
    expect(reply).toMatchObject({ responder: 'playbook-fallback', fallbackReason: 'timeout' })
  }, 5_000)

  it.each([
    ['HTTP 500', 'http_error', ((_req, res) => sendJson(res, 500, '{"error": {"message": "overloaded"}}')) as FakeLlmHandler],
    ['HTTP 401', 'http_error', ((_req, res) => sendJson(res, 401, '{"error": {"message": "bad key"}}')) as FakeLlmHandler],
    ['a body that is not JSON', 'bad_output', ((_req, res) => sendJson(res, 200, '<html>gateway</html>')) as FakeLlmHandler],
    ['content that is not JSON', 'bad_output', answer('Get out of the building now!')],
    ['truncated JSON content', 'bad_output', answer('{"say": "Get out of the bui')],
    ['JSON without "say"', 'bad_output', answer('{"text": "Get out now.", "urgency": "CRITICAL"}')],
    ['an empty "say"', 'bad_output', answer('{"say": "   ", "urgency": "CRITICAL"}')],
    ['an invalid urgency', 'bad_output', answer('{"say": "Get out now.", "urgency": "SEVERE"}')],
    ['no choices', 'bad_output', ((_req, res) => sendJson(res, 200, '{"choices": []}')) as FakeLlmHandler],
    ['a huge "say" with no sentence end', 'bad_output', answer(JSON.stringify({ say: 'run '.repeat(500), urgency: 'HIGH' }))],
    ['a body over the size cap', 'bad_output', answer(JSON.stringify({ say: `Get out. ${'x'.repeat(400_000)}`, urgency: 'HIGH' }))],
    ['a dropped connection', 'network', ((req) => req.socket.destroy()) as FakeLlmHandler],
  ])('falls back to the playbook on %s (%s)', async (_what, reason, handler) => {
    const server = await fake(handler)
    const { responder, warnings } = llmResponder(server.baseUrl)
    const reply = await responder.respond(fireInZoneA())
    expect(reply).toMatchObject({ responder: 'playbook-fallback', fallbackReason: reason, urgency: 'CRITICAL' })
    expect(reply.text).toContain('Zone A')
    expect(reply.text.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS)
    for (const s of reply.sources) expect(playbookIds).toContain(s)
    expect(warnings.map((w) => w.obj)).toEqual([expect.objectContaining({ reason, err: expect.objectContaining({ code: expect.stringMatching(/^AURORA_ERR_TRIAGE_LLM_/) }) })])
  })

  it('falls back with reason "network" when the connection is refused', async () => {
    const { responder, warnings } = llmResponder(await refusedBaseUrl())
    const reply = await responder.respond(fireInZoneA())
    expect(reply).toMatchObject({ responder: 'playbook-fallback', fallbackReason: 'network' })
    expect(JSON.stringify(warnings[0]?.obj)).toContain('ECONNREFUSED')
  })

  it('cuts a long answer at a sentence end rather than mid-instruction', async () => {
    const sentence = 'Move everyone well away from Zone A and keep them together at the muster point. '
    const server = await fake(answer(JSON.stringify({ say: sentence.repeat(20), urgency: 'CRITICAL' })))
    const reply = await llmResponder(server.baseUrl).responder.respond(fireInZoneA())
    expect(reply.responder).toBe('llm')
    expect(reply.text.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS)
    expect(reply.text.endsWith('muster point.')).toBe(true)
  })

  it('never logs the API key', async () => {
    const server = await fake((_req, res) => sendJson(res, 401, `{"error": "invalid key ${API_KEY}"}`))
    const keyInUrl = await fake(answer('nope'))
    const refused = await refusedBaseUrl()
    const warnings: Warning[] = []
    for (const baseUrl of [server.baseUrl, keyInUrl.baseUrl.replace('http://', `http://user:${API_KEY}@`), refused]) {
      const responder = createResponder(
        { kind: 'llm', llm: { baseUrl, model: 'test-model', apiKey: API_KEY, deadlineMs: 1500 } },
        { log: { warn: (obj, msg) => warnings.push({ obj, msg }) } },
      )
      await responder.respond(fireInZoneA())
    }
    expect(warnings).toHaveLength(3)
    expect(JSON.stringify(warnings)).not.toContain(API_KEY)
  })
})
