import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import twilio from 'twilio'
import { buildApp, type AppDeps } from '../../src/app.js'
import { loadConfig, type Config } from '../../src/config.js'
import { startFaultProxy, type FaultProxy } from '../../sim/fault-proxy/proxy.js'
import { connectRtdb, type RtdbConnection } from '../../src/mirror/rtdb.js'
import { useRtdb, type RtdbTarget } from './rtdb.js'
import { putRules } from './rtdb-rest.js'
import { sign as signCookieValue } from '@fastify/cookie'
import { deriveSessionSecret } from '../../src/admin/session.js'

export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789abcdef'
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789'
export const TEST_PUBLIC_URL = 'https://aurora-a.example.test'

/** A session cookie value signed as Aurora signs it for TEST_ADMIN_TOKEN (to forge expired or altered sessions). */
export function signSessionCookie(value: string): string {
  return signCookieValue(value, deriveSessionSecret(TEST_ADMIN_TOKEN))
}

/** A Config for tests: fixed credentials, its own fresh data dir, no Firebase unless asked. */
export async function testConfig(env: Record<string, string> = {}): Promise<Config> {
  const dataDir = await mkdtemp(join(tmpdir(), 'aurora-test-'))
  return loadConfig({
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    PUBLIC_URL: TEST_PUBLIC_URL,
    INSTANCE_ID: 't1',
    AURORA_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...env,
  })
}

export interface TestAurora {
  app: FastifyInstance
  config: Config
  /** The emulator (ours or Google's) the mirror writes to, when started with firebase: true. */
  rtdb: RtdbTarget | null
  /** A separate admin connection for reading what reached Firebase (not through the proxy). */
  reader: RtdbConnection | null
  /** The TCP fault proxy between Aurora's mirror and the emulator, when started with proxy: true. */
  proxy: FaultProxy | null
  /** Builds a fresh app on the same data dir (a restart), closing the current one first. */
  restart(): Promise<FastifyInstance>
  close(): Promise<void>
}

export interface StartOptions {
  env?: Record<string, string>
  firebase?: boolean
  /** With firebase: put a fault proxy between the mirror and the emulator (outages, lag, cuts). */
  proxy?: boolean
  deps?: Partial<AppDeps>
}

export async function startAurora(options: StartOptions = {}): Promise<TestAurora> {
  let config = await testConfig(options.env)
  let rtdb: RtdbTarget | null = null
  let reader: RtdbConnection | null = null
  let proxy: FaultProxy | null = null
  if (options.firebase || options.proxy) {
    rtdb = await useRtdb()
    const namespace = rtdb.namespace('aurora')
    // The project's rules, as deployed: Aurora's queries find the .indexOn they declare.
    await putRules(rtdb, namespace, await readFile(new URL('../../database.rules.json', import.meta.url), 'utf8'))
    if (options.proxy) proxy = await startFaultProxy({ target: { host: rtdb.host, port: rtdb.port } })
    const direct = { kind: 'emulator' as const, projectId: 'demo-aurora', hostPort: rtdb.hostPort, namespace }
    config = { ...config, firebase: { ...direct, hostPort: proxy?.hostPort ?? rtdb.hostPort } }
    reader = connectRtdb(direct, 'test-reader')
  }
  const build = async (): Promise<FastifyInstance> => {
    const app = await buildApp(config, { ...(rtdb ? {} : { rtdb: null }), ...options.deps })
    await app.ready()
    return app
  }
  const handle: TestAurora = {
    app: await build(),
    config,
    rtdb,
    reader,
    proxy,
    async restart() {
      await handle.app.close()
      handle.app = await build()
      return handle.app
    },
    async close() {
      await handle.app.close()
      await reader?.close()
      await proxy?.stop()
      await rtdb?.stop()
      await rm(config.dataDir, { recursive: true, force: true })
    },
  }
  return handle
}

let sidCounter = 0
/** A unique, well-formed Twilio CallSid (CA + 32 hex). */
export function newCallSid(): string {
  sidCounter++
  return `CA${(Date.now().toString(16) + sidCounter.toString(16).padStart(8, '0')).padStart(32, '0').slice(-32)}`
}

/** Form fields as Twilio sends them on a voice webhook. */
export function twilioParams(callSid: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'in-progress',
    Direction: 'inbound',
    From: '+15551230001',
    To: '+15559990000',
    ...extra,
  }
}

/** A POST signed the way Twilio signs it: HMAC over the public URL plus the sorted form fields. */
export function signedPost(
  url: string,
  params: Record<string, string>,
  { authToken = TEST_AUTH_TOKEN, publicUrl = TEST_PUBLIC_URL }: { authToken?: string; publicUrl?: string } = {},
): InjectOptions {
  const signature = twilio.getExpectedTwilioSignature(authToken, publicUrl + url, params)
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    payload: new URLSearchParams(params).toString(),
  }
}

/** Twilio's request to the Fallback URL after a webhook of this call failed (`extra` may carry the failed turn's words). */
export function postFallback(app: FastifyInstance, callSid: string, extra: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject(signedPost('/voice-fallback', twilioParams(callSid, { ErrorCode: '11205', ...extra })))
}

/** The spoken sentences, the Gather action and Redirect targets of a TwiML answer. */
export function parseTwiml(response: LightMyRequestResponse): { say: string[]; gatherAction: string | null; redirect: string | null; hangup: boolean } {
  const body = response.body
  const decode = (s: string): string =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
  const say = [...body.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((m) => decode(m[1] ?? ''))
  const gather = /<Gather[^>]*action="([^"]*)"/.exec(body)
  const redirect = /<Redirect[^>]*>([\s\S]*?)<\/Redirect>/.exec(body)
  return {
    say,
    gatherAction: gather ? decode(gather[1] ?? '') : null,
    redirect: redirect ? decode(redirect[1] ?? '') : null,
    hangup: body.includes('<Hangup'),
  }
}

/** Path and query of an absolute action URL, for app.inject. */
export function pathOf(url: string): string {
  const parsed = new URL(url)
  return parsed.pathname + parsed.search
}
