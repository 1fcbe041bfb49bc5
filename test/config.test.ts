import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'

describe('loadConfig', () => {
  it('runs on embedded defaults with generated development credentials', () => {
    const config = loadConfig({})
    expect(config.mode).toBe('development')
    expect(config.port).toBe(3000)
    expect(config.publicUrl).toBe('http://127.0.0.1:3000')
    expect(config.firebase).toEqual({ kind: 'embedded', projectId: 'demo-aurora', namespace: 'demo-aurora-default-rtdb' })
    expect(config.twilio.authTokenGenerated).toBe(true)
    expect(config.twilio.authToken).toMatch(/^[0-9a-f]{32}$/)
    expect(config.admin.tokenGenerated).toBe(true)
    expect(config.responder.kind).toBe('playbook')
    expect(config.instanceId).toMatch(/^[a-z0-9]{1,16}$/)
  })

  it('coerces numbers and targets an emulator host', () => {
    const config = loadConfig({ PORT: '8080', FIREBASE_DATABASE_EMULATOR_HOST: '127.0.0.1:9000', PUBLIC_URL: 'https://aurora.example.com/' })
    expect(config.port).toBe(8080)
    expect(config.publicUrl).toBe('https://aurora.example.com')
    expect(config.firebase).toEqual({ kind: 'emulator', projectId: 'demo-aurora', hostPort: '127.0.0.1:9000', namespace: 'demo-aurora-default-rtdb' })
  })

  it('lists every problem at once', () => {
    let error: unknown
    try {
      loadConfig({ PORT: 'eighty', INSTANCE_ID: 'Bad Id!', RESPONDER: 'oracle' })
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems.join('\n')
    expect(problems).toMatch(/PORT/)
    expect(problems).toMatch(/INSTANCE_ID/)
    expect(problems).toMatch(/RESPONDER/)
  })

  it('requires real credentials and a public URL in production', () => {
    expect(() => loadConfig({ AURORA_MODE: 'production' })).toThrow(/TWILIO_AUTH_TOKEN[\s\S]*ADMIN_TOKEN[\s\S]*PUBLIC_URL/)
    const config = loadConfig({
      AURORA_MODE: 'production',
      TWILIO_AUTH_TOKEN: 'a'.repeat(32),
      ADMIN_TOKEN: 'b'.repeat(24),
      PUBLIC_URL: 'https://aurora.example.com',
    })
    expect(config.twilio.authTokenGenerated).toBe(false)
    expect(config.admin.tokenGenerated).toBe(false)
    const plain = { AURORA_MODE: 'production', TWILIO_AUTH_TOKEN: 'a'.repeat(32), ADMIN_TOKEN: 'b'.repeat(24), PUBLIC_URL: 'http://aurora.example.com' }
    expect(() => loadConfig(plain)).toThrow(/PUBLIC_URL must be https/)
  })

  it('takes the speech locale, extra hints and voice a site sets, and says plainly what Twilio would not take', () => {
    expect(loadConfig({}).voice).toEqual({ language: 'en-US', hints: expect.stringMatching(/^fire, smoke, .*Zone B, valve, tank, bay$/) })
    const site = loadConfig({ SPEECH_LANGUAGE: 'en-IE', SPEECH_HINTS: 'Kiln 4, bagging plant, fire', SAY_VOICE: 'Google.en-GB-Standard-A' })
    expect(site.voice.language).toBe('en-IE')
    expect(site.voice.hints).toMatch(/, bay, Kiln 4, bagging plant$/)
    expect(site.voice.voice).toBe('Google.en-GB-Standard-A')
    for (const voice of ['man', 'woman', 'Polly.Amy', 'Polly.Brian-Neural', 'ElevenLabs.abc123']) expect(loadConfig({ SAY_VOICE: voice }).voice.voice).toBe(voice)

    expect(() => loadConfig({ SPEECH_LANGUAGE: 'fr-FR' })).toThrow(/SPEECH_LANGUAGE "fr-FR" is not one of en-AU, .*en-GB.*\(the playbook responder reads English\)/)
    expect(() => loadConfig({ SPEECH_LANGUAGE: 'en-gb' })).toThrow(/SPEECH_LANGUAGE "en-gb"/)
    expect(() => loadConfig({ SPEECH_HINTS: `fire, ${'x'.repeat(101)}` })).toThrow(/SPEECH_HINTS entries must be at most 100 characters/)
    expect(() => loadConfig({ SPEECH_HINTS: Array.from({ length: 490 }, (_, i) => `bay ${i}`).join(',') })).toThrow(/SPEECH_HINTS has 490 entries; with Aurora's \d+ that is over Twilio's 500/)
    expect(() => loadConfig({ SAY_VOICE: 'Amy' })).toThrow(/SAY_VOICE "Amy" is not a Twilio voice name/)
    expect(() => loadConfig({ SAY_VOICE: 'Google.de-DE-Standard-A' })).toThrow(/SAY_VOICE "Google.de-DE-Standard-A" is not an English voice/)
  })

  it('derives a usable public URL from any HOST, and keeps the LLM deadline inside the webhook deadline', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '3000' }).publicUrl).toBe('http://127.0.0.1:3000')
    expect(loadConfig({ HOST: '::', PORT: '3000' }).publicUrl).toBe('http://[::1]:3000')
    expect(loadConfig({ HOST: 'fe80::1', PORT: '3000' }).publicUrl).toBe('http://[fe80::1]:3000')
    const llm = { RESPONDER: 'llm', LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3' }
    expect(() => loadConfig({ ...llm, LLM_DEADLINE_MS: '9000', WEBHOOK_DEADLINE_MS: '9000' })).toThrow(/LLM_DEADLINE_MS \(9000\) must be below WEBHOOK_DEADLINE_MS/)
    expect(loadConfig({ ...llm, LLM_DEADLINE_MS: '9000' }).webhookDeadlineMs).toBe(10_000)
  })

  it('believes X-Forwarded-* from loopback proxies only, unless TRUST_PROXY says otherwise', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback')
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false)
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback')
    expect(() => loadConfig({ TRUST_PROXY: 'x;y' })).toThrow(/TRUST_PROXY/)
    // A forwarded turn gets the deadline plus 1 s, a local answer after it 1 s more: 12 s keeps both inside Twilio's 15 s.
    expect(() => loadConfig({ WEBHOOK_DEADLINE_MS: '13000' })).toThrow(/WEBHOOK_DEADLINE_MS/)
    expect(loadConfig({ WEBHOOK_DEADLINE_MS: '12000' }).webhookDeadlineMs).toBe(12_000)
  })

  it('needs an endpoint and model for the LLM responder, and one Firebase target', () => {
    expect(() => loadConfig({ RESPONDER: 'llm' })).toThrow(/LLM_BASE_URL and LLM_MODEL/)
    expect(() => loadConfig({ FIREBASE_DATABASE_EMULATOR_HOST: 'h:1', FIREBASE_DATABASE_URL: 'https://x.firebaseio.com' })).toThrow(/not both/)
    const config = loadConfig({ RESPONDER: 'llm', LLM_BASE_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'llama3', LLM_DEADLINE_MS: '900' })
    expect(config.responder).toEqual({ kind: 'llm', llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3', deadlineMs: 900 } })
  })
})
