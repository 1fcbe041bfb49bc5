// Claim: one instance serves 1,000 concurrent admin SSE connections with
//   - fan-out delay p99 <= 50 ms (message committed -> every admin stream has it),
//   - an admin seeing a caller's words <= 100 ms p95 after the webhook that carried them,
//   - RSS growth <= 150 MB for the 1,000 streams,
//   - caller latency unaffected: webhook p99 with the streams / without <= 1.2.
//
//   npx tsx bench/sse-fanout.bench.ts
//   STREAMS=1000 CONVERSATION_SHARE=0.5 CALLS=10 TURNS=200 THINK_MS=100 ROUNDS=5 npx tsx bench/sse-fanout.bench.ts
//
// Setup: Aurora in this process (journal + mirror to Firebase), our RTDB emulator in its own
// process (as Firebase is elsewhere in production), and the admin clients in another child
// process (bench/lib/sse-client-group.ts), so parsing 1,000 streams does not run on the server's
// event loop. Half of the streams are overviews, half watch the calls' conversations.
// Callers are CALLS concurrent calls, each posting signed /process-speech webhooks over HTTP
// keep-alive with THINK_MS between turns (about 10 turns/s per call: far busier than people).
// Each round runs a phase without streams and a phase with them, in alternating order, on fresh
// calls each time (old ones end and are archived), so both see the same journal and CPU.
// Fan-out delay is measured from the moment the caller's message is durable (store.onDurable,
// observed in this process: the hub publishes from the same callback) to its arrival at each
// client; the webhook -> admin delay from the moment the webhook was sent, so it includes the
// journal's fsync. Both use this machine's epoch clock (performance.timeOrigin + now()).
// Server CPU per turn (process.cpuUsage) is printed too: unlike latencies, it does not depend on
// whatever else the machine is running.

import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import twilio from 'twilio'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { startEmulatorProcess } from './lib/emulator-process.js'

const STREAMS = Number(process.env.STREAMS ?? 1000)
const CONVERSATION_SHARE = Number(process.env.CONVERSATION_SHARE ?? 0.5)
const CALLS = Number(process.env.CALLS ?? 20)
const TURNS = Number(process.env.TURNS ?? 200)
const THINK_MS = Number(process.env.THINK_MS ?? 1000)
const ROUNDS = Number(process.env.ROUNDS ?? 5)
const ROOT = new URL('../', import.meta.url).pathname
const PUBLIC_URL = 'https://bench.aurora.test'
const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef'
const ADMIN_TOKEN = 'bench-admin-token-0123456789'

const now = (): number => performance.timeOrigin + performance.now()
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}
const median = (values: number[]): number => percentile(values, 50)
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const dataDir = mkdtempSync(join(tmpdir(), 'aurora-sse-bench-'))
const emulator = await startEmulatorProcess()
const config = loadConfig({
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  ADMIN_TOKEN,
  PUBLIC_URL,
  INSTANCE_ID: 'bench',
  AURORA_DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  ARCHIVE_GRACE_MS: '0',
  FIREBASE_DATABASE_EMULATOR_HOST: emulator.hostPort,
  ADMIN_LOGIN_RATE_LIMIT: '1000',
})
const app = await buildApp(config)
await app.listen({ host: '127.0.0.1', port: 0 })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
const agent = new Agent({ keepAlive: true, maxSockets: CALLS * 2 })

function post(path: string, params: Record<string, string>): Promise<{ status: number; ms: number }> {
  const body = new URLSearchParams(params).toString()
  const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL + path, params)
  const started = now()
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-twilio-signature': signature },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: now() - started }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** probe -> when the record carrying the caller's probe message became durable. */
const durableAt = new Map<number, number>()
app.store.onDurable((record) => {
  for (const op of record.ops) {
    const text = (op.value as { text?: unknown } | null)?.text
    if (typeof text === 'string' && text.startsWith('probe:') && op.path.includes('/messages/')) durableAt.set(Number.parseInt(text.slice(6), 10), now())
  }
})

let sidCounter = 0
let probeCounter = 0
const sentAt = new Map<number, number>()

interface Call {
  sid: string
  from: string
  convId: string
  turn: number
}

async function dialCalls(): Promise<Call[]> {
  const calls: Call[] = []
  for (let i = 0; i < CALLS; i++) {
    sidCounter++
    const sid = `CA${sidCounter.toString(16).padStart(32, '0')}`
    const from = `+1555${String(sidCounter).padStart(7, '0')}`
    const res = await post('/incoming-call', { CallSid: sid, From: from, To: '+15559990000', CallStatus: 'ringing', AccountSid: `AC${'0'.repeat(32)}` })
    if (res.status !== 200) throw new Error(`incoming-call answered ${res.status}`)
    const call = app.calls.callBySid(sid)
    if (!call) throw new Error('call not recorded')
    calls.push({ sid, from, convId: call.conversation_id, turn: 0 })
  }
  return calls
}

async function hangUp(calls: Call[]): Promise<void> {
  await Promise.all(calls.map((call) => post('/call-status', { CallSid: call.sid, From: call.from, CallStatus: 'completed', AccountSid: `AC${'0'.repeat(32)}` })))
}

/** Every call talks until TURNS turns are spent; returns each webhook's latency. */
async function talk(calls: Call[]): Promise<number[]> {
  const latencies: number[] = []
  let left = TURNS
  await Promise.all(
    calls.map(async (call) => {
      while (left > 0) {
        left--
        call.turn++
        const probe = ++probeCounter
        sentAt.set(probe, now())
        const res = await post(`/process-speech?turn=${call.turn}`, {
          CallSid: call.sid,
          From: call.from,
          SpeechResult: `probe:${probe} fire in zone A near the solvent tank`,
          Confidence: '0.9',
          AccountSid: `AC${'0'.repeat(32)}`,
        })
        if (res.status !== 200) throw new Error(`process-speech answered ${res.status}`)
        latencies.push(res.ms)
        await sleep(THINK_MS)
      }
    }),
  )
  return latencies
}

const clients = fork(`${ROOT}bench/lib/sse-client-group.ts`, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
const reply = <T>(kind: string): Promise<T> =>
  new Promise((resolve) => {
    const listener = (message: { kind: string }): void => {
      if (message.kind !== kind) return
      clients.off('message', listener)
      resolve(message as T)
    }
    clients.on('message', listener)
  })

const loginRes = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: ADMIN_TOKEN, name: 'bench' }) })
const cookie = (loginRes.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''

const results = {
  without: { p50: [] as number[], p99: [] as number[] },
  with: { p50: [] as number[], p99: [] as number[] },
  fanout: [] as number[],
  fanoutConversation: [] as number[],
  webhookToAdmin: [] as number[],
  webhookToOverview: [] as number[],
  rssGrowth: [] as number[],
  /** Server process CPU (user + system) per caller turn, ms: independent of other load on the box. */
  cpuPerTurn: { without: [] as number[], with: [] as number[] },
  openMs: [] as number[],
}

async function phase(withStreams: boolean, record: boolean): Promise<void> {
  const calls = await dialCalls()
  if (withStreams) {
    const rssBefore = process.memoryUsage().rss
    const perConversation = Math.floor((STREAMS * CONVERSATION_SHARE) / CALLS)
    const overview = STREAMS - perConversation * CALLS
    clients.send({ kind: 'open', base, cookie, overview, conversations: calls.map((c) => c.convId), perConversation })
    const opened = await reply<{ ms: number }>('opened')
    const cpu = process.cpuUsage()
    const latencies = await talk(calls)
    const used = process.cpuUsage(cpu)
    const rssWith = process.memoryUsage().rss
    clients.send({ kind: 'close' })
    const { samples } = await reply<{ samples: Record<'conversation' | 'overview', Record<string, number[]>> }>('closed')
    if (record) {
      results.with.p50.push(percentile(latencies, 50))
      results.with.p99.push(percentile(latencies, 99))
      for (const [kind, byProbe] of Object.entries(samples)) {
        for (const [probe, times] of Object.entries(byProbe)) {
          const sent = sentAt.get(Number(probe))
          const durable = durableAt.get(Number(probe))
          for (const at of times) {
            if (durable !== undefined) {
              results.fanout.push(at - durable)
              if (kind === 'conversation') results.fanoutConversation.push(at - durable)
            }
            if (sent !== undefined) (kind === 'conversation' ? results.webhookToAdmin : results.webhookToOverview).push(at - sent)
          }
        }
      }
      results.rssGrowth.push(rssWith - rssBefore)
      results.cpuPerTurn.with.push((used.user + used.system) / 1000 / TURNS)
      results.openMs.push(opened.ms)
    }
  } else {
    const cpu = process.cpuUsage()
    const latencies = await talk(calls)
    const used = process.cpuUsage(cpu)
    if (record) {
      results.cpuPerTurn.without.push((used.user + used.system) / 1000 / TURNS)
      results.without.p50.push(percentile(latencies, 50))
      results.without.p99.push(percentile(latencies, 99))
    }
  }
  await hangUp(calls)
  // Let the archiver move them out, so the next phase starts from the same active set.
  while (app.calls.listActive().length > 0) await sleep(50)
}

const rssStart = process.memoryUsage().rss
await phase(false, false) // warm-up
await phase(true, false)
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? [false, true] : [true, false]
  for (const withStreams of order) await phase(withStreams, true)
  process.stdout.write('.')
}
process.stdout.write('\n')

const fmt = (n: number): string => n.toFixed(1)
const withP99 = median(results.with.p99)
const withoutP99 = median(results.without.p99)
const ratio = withP99 / withoutP99
const fanoutP50 = percentile(results.fanout, 50)
const fanoutP99 = percentile(results.fanout, 99)
const adminP95 = percentile(results.webhookToAdmin, 95)
const growth = Math.max(...results.rssGrowth)
console.log(`sse-fanout: ${STREAMS} streams (${Math.round(CONVERSATION_SHARE * 100)}% on conversations), ${CALLS} calls, ${TURNS} turns/phase, think ${THINK_MS} ms, ${ROUNDS} rounds`)
console.log(`  fan-out delay (message durable -> each admin stream), ${results.fanout.length} receipts: p50 ${fmt(fanoutP50)} ms, p99 ${fmt(fanoutP99)} ms  [target p99 <= 50 ms: ${fanoutP99 <= 50 ? 'met' : 'NOT met'}]`)
console.log(`    of which conversation streams: p50 ${fmt(percentile(results.fanoutConversation, 50))} ms, p99 ${fmt(percentile(results.fanoutConversation, 99))} ms`)
console.log(`  webhook sent -> admin sees the words (conversation streams), ${results.webhookToAdmin.length} receipts: p50 ${fmt(percentile(results.webhookToAdmin, 50))} ms, p95 ${fmt(adminP95)} ms  [target p95 <= 100 ms: ${adminP95 <= 100 ? 'met' : 'NOT met'}]`)
console.log(`  webhook sent -> overview shows the words, ${results.webhookToOverview.length} receipts: p50 ${fmt(percentile(results.webhookToOverview, 50))} ms, p95 ${fmt(percentile(results.webhookToOverview, 95))} ms`)
console.log(`  RSS growth with the streams open: max ${mb(growth)} over rounds (${results.rssGrowth.map(mb).join(', ')}); process RSS ${mb(rssStart)} -> ${mb(process.memoryUsage().rss)}  [target <= 150 MB: ${growth <= 150 * 1024 * 1024 ? 'met' : 'NOT met'}]`)
console.log(`  caller webhook latency, median over rounds: without p50 ${fmt(median(results.without.p50))} ms p99 ${fmt(withoutP99)} ms; with p50 ${fmt(median(results.with.p50))} ms p99 ${fmt(withP99)} ms`)
console.log(`  caller p99 with/without = ${ratio.toFixed(2)}x  [target <= 1.2: ${ratio <= 1.2 ? 'met' : 'NOT met'}]`)
console.log(
  `  server CPU per caller turn, median: without ${fmt(median(results.cpuPerTurn.without))} ms, with ${fmt(median(results.cpuPerTurn.with))} ms (fan-out to ${STREAMS} streams: ${fmt(median(results.cpuPerTurn.with) - median(results.cpuPerTurn.without))} ms per turn)`,
)
console.log(`  opening ${STREAMS} streams (all initials received): median ${fmt(median(results.openMs))} ms`)
console.log(`  node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, loadavg ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)

clients.kill()
agent.destroy()
await app.close()
emulator.child.kill()
rmSync(dataDir, { recursive: true, force: true })
