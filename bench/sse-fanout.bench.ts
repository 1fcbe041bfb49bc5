// Claim: one instance serves 1,000 concurrent admin SSE connections with
//   - fan-out delay p99 <= 50 ms (message committed -> every admin stream has it),
//   - an admin seeing a caller's words <= 100 ms p95 after the webhook that carried them,
//   - RSS growth <= 150 MB for the 1,000 streams,
//   - caller latency unaffected: webhook p99 with the streams / without <= 1.2.
//
//   npx tsx bench/sse-fanout.bench.ts
//   STREAMS=1000 CONVERSATION_SHARE=0.5 CALLS=10 TURNS=200 THINK_MS=100 ROUNDS=5 JITTER=0 npx tsx bench/sse-fanout.bench.ts
//
// Setup, one process each, as in production where Firebase, callers and admins are elsewhere:
// Aurora (bench/lib/aurora-child.ts: journal + mirror, with its production V8 flags), our RTDB
// emulator, the admin clients (bench/lib/sse-client-group.ts, parsing 1,000 streams), and this
// process, the callers. Half of the streams are overviews, half watch the calls' conversations.
// Callers are CALLS concurrent calls, each posting signed /process-speech webhooks over HTTP
// keep-alive about every THINK_MS (about 1 turn/s per call: far busier than people). People do
// not speak in step, so each call starts at a random point of its first THINK_MS and waits
// 0.5-1.5x THINK_MS between turns; JITTER=0 makes every call speak at once, the worst case for a
// turn's latency (a burst of CALLS webhooks, each waiting for those before it).
// Each round runs a phase without streams and a phase with them, in alternating order, on fresh
// calls each time (old ones end and are archived), so both see the same journal and CPU.
// Fan-out delay is measured from the moment the caller's message is durable (store.onDurable in
// Aurora's process: the hub publishes from the same callback) to its arrival at each client; the
// webhook -> admin delay from the moment the webhook was sent, so it includes the journal's
// fsync. All processes use this machine's epoch clock (bench/lib/epoch-clock.ts).
// Caller percentiles pool every turn of a condition over the rounds (ROUNDS x TURNS samples).
// Aurora's CPU per turn is printed too: unlike latencies, it does not depend on whatever else
// the machine is running.

import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import twilio from 'twilio'
import { startAuroraChild } from './lib/aurora-child.js'
import { startEmulatorProcess } from './lib/emulator-process.js'
import { epochNow as now } from './lib/epoch-clock.js'
import { median as medianOf, percentile as percentileOf } from './lib/percentiles.js'
import { probeText } from './lib/probe-text.js'

const STREAMS = Number(process.env.STREAMS ?? 1000)
const CONVERSATION_SHARE = Number(process.env.CONVERSATION_SHARE ?? 0.5)
const CALLS = Number(process.env.CALLS ?? 20)
const TURNS = Number(process.env.TURNS ?? 200)
const THINK_MS = Number(process.env.THINK_MS ?? 1000)
const ROUNDS = Number(process.env.ROUNDS ?? 5)
const JITTER = process.env.JITTER !== '0'
const ROOT = new URL('../', import.meta.url).pathname
const PUBLIC_URL = 'https://bench.aurora.test'
const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef'
const ADMIN_TOKEN = 'bench-admin-token-0123456789'

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
// The bench's one definition of percentiles (nearest rank); NaN prints where a phase had no samples.
const percentile = (values: number[], p: number): number => percentileOf(values, p) ?? Number.NaN
const median = (values: number[]): number => medianOf(values) ?? Number.NaN
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const dataDir = mkdtempSync(join(tmpdir(), 'aurora-sse-bench-'))
// The project's rules, as deployed: Aurora's instance_id queries find their .indexOn.
const emulator = await startEmulatorProcess({ rules: 'database.rules.json' })
const aurora = await startAuroraChild({
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
const base = aurora.base
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

/** probe -> when the record carrying the caller's probe message became durable (in Aurora). */
const durableAt = new Map<number, number>()
async function collectDurables(): Promise<void> {
  for (const [probe, at] of Object.entries(await aurora.ask({ kind: 'durables' }))) durableAt.set(Number(probe), at)
}

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
    const convId = await aurora.ask({ kind: 'conversation', sid })
    if (!convId) throw new Error('call not recorded')
    calls.push({ sid, from, convId, turn: 0 })
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
      if (JITTER) await sleep(Math.random() * THINK_MS)
      while (left > 0) {
        left--
        call.turn++
        const probe = ++probeCounter
        sentAt.set(probe, now())
        const res = await post(`/process-speech?turn=${call.turn}`, {
          CallSid: call.sid,
          From: call.from,
          SpeechResult: probeText(probe, 'fire in zone A near the solvent tank'),
          Confidence: '0.9',
          AccountSid: `AC${'0'.repeat(32)}`,
        })
        if (res.status !== 200) throw new Error(`process-speech answered ${res.status}`)
        latencies.push(res.ms)
        await sleep(JITTER ? THINK_MS * (0.5 + Math.random()) : THINK_MS)
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
  /** Every recorded turn's latency, pooled over the rounds, and each round's p99. */
  without: { latencies: [] as number[], roundP99: [] as number[] },
  with: { latencies: [] as number[], roundP99: [] as number[] },
  fanout: [] as number[],
  fanoutConversation: [] as number[],
  webhookToAdmin: [] as number[],
  webhookToOverview: [] as number[],
  rssGrowth: [] as number[],
  /** Aurora's CPU (user + system) per caller turn, ms: independent of other load on the box. */
  cpuPerTurn: { without: [] as number[], with: [] as number[] },
  openMs: [] as number[],
}

/** The calls talk; returns their latencies and Aurora's CPU per turn meanwhile. */
async function measuredTalk(calls: Call[]): Promise<{ latencies: number[]; cpuPerTurn: number }> {
  const before = await aurora.ask({ kind: 'usage' })
  const latencies = await talk(calls)
  const after = await aurora.ask({ kind: 'usage' })
  return { latencies, cpuPerTurn: (after.cpuMs - before.cpuMs) / TURNS }
}

async function phase(withStreams: boolean, record: boolean): Promise<void> {
  const calls = await dialCalls()
  const condition = withStreams ? results.with : results.without
  let talked: { latencies: number[]; cpuPerTurn: number }
  if (withStreams) {
    const rssBefore = (await aurora.ask({ kind: 'usage' })).rss
    const perConversation = Math.floor((STREAMS * CONVERSATION_SHARE) / CALLS)
    const overview = STREAMS - perConversation * CALLS
    clients.send({ kind: 'open', base, cookie, overview, conversations: calls.map((c) => c.convId), perConversation })
    const opened = await reply<{ ms: number }>('opened')
    talked = await measuredTalk(calls)
    const rssWith = (await aurora.ask({ kind: 'usage' })).rss
    clients.send({ kind: 'close' })
    const { samples } = await reply<{ samples: Record<'conversation' | 'overview', Record<string, number[]>> }>('closed')
    await collectDurables()
    if (record) {
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
      results.openMs.push(opened.ms)
    }
  } else {
    talked = await measuredTalk(calls)
  }
  if (record) {
    condition.latencies.push(...talked.latencies)
    condition.roundP99.push(percentile(talked.latencies, 99))
    results.cpuPerTurn[withStreams ? 'with' : 'without'].push(talked.cpuPerTurn)
  }
  await hangUp(calls)
  // Let the archiver move them out, so the next phase starts from the same active set.
  while ((await aurora.ask({ kind: 'active' })) > 0) await sleep(50)
  await collectDurables()
}

const rssStart = (await aurora.ask({ kind: 'usage' })).rss
await phase(false, false) // warm-up
await phase(true, false)
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? [false, true] : [true, false]
  for (const withStreams of order) await phase(withStreams, true)
  process.stdout.write('.')
}
process.stdout.write('\n')

const fmt = (n: number): string => n.toFixed(1)
const withP99 = percentile(results.with.latencies, 99)
const withoutP99 = percentile(results.without.latencies, 99)
const ratio = withP99 / withoutP99
const fanoutP50 = percentile(results.fanout, 50)
const fanoutP99 = percentile(results.fanout, 99)
const adminP95 = percentile(results.webhookToAdmin, 95)
const growth = Math.max(...results.rssGrowth)
const roundRatios = results.with.roundP99.map((p99, i) => (p99 / (results.without.roundP99[i] ?? Number.NaN)).toFixed(2))
console.log(
  `sse-fanout: ${STREAMS} streams (${Math.round(CONVERSATION_SHARE * 100)}% on conversations), ${CALLS} calls, ${TURNS} turns/phase, think ${THINK_MS} ms${JITTER ? ' (0.5-1.5x, calls out of step)' : ' (calls in step)'}, ${ROUNDS} rounds`,
)
console.log(`  fan-out delay (message durable -> each admin stream), ${results.fanout.length} receipts: p50 ${fmt(fanoutP50)} ms, p99 ${fmt(fanoutP99)} ms  [target p99 <= 50 ms: ${fanoutP99 <= 50 ? 'met' : 'NOT met'}]`)
console.log(`    of which conversation streams: p50 ${fmt(percentile(results.fanoutConversation, 50))} ms, p99 ${fmt(percentile(results.fanoutConversation, 99))} ms`)
console.log(`  webhook sent -> admin sees the words (conversation streams), ${results.webhookToAdmin.length} receipts: p50 ${fmt(percentile(results.webhookToAdmin, 50))} ms, p95 ${fmt(adminP95)} ms  [target p95 <= 100 ms: ${adminP95 <= 100 ? 'met' : 'NOT met'}]`)
console.log(`  webhook sent -> overview shows the words, ${results.webhookToOverview.length} receipts: p50 ${fmt(percentile(results.webhookToOverview, 50))} ms, p95 ${fmt(percentile(results.webhookToOverview, 95))} ms`)
console.log(`  RSS growth with the streams open: max ${mb(growth)} over rounds (${results.rssGrowth.map(mb).join(', ')}); Aurora RSS ${mb(rssStart)} -> ${mb((await aurora.ask({ kind: 'usage' })).rss)}  [target <= 150 MB: ${growth <= 150 * 1024 * 1024 ? 'met' : 'NOT met'}]`)
console.log(
  `  caller webhook latency, ${results.without.latencies.length} turns each: without p50 ${fmt(percentile(results.without.latencies, 50))} ms p99 ${fmt(withoutP99)} ms; with p50 ${fmt(percentile(results.with.latencies, 50))} ms p99 ${fmt(withP99)} ms`,
)
console.log(`  caller p99 with/without = ${ratio.toFixed(2)}x  [target <= 1.2: ${ratio <= 1.2 ? 'met' : 'NOT met'}]  (round by round: ${roundRatios.join(', ')})`)
const pRatio = (p: number): string => (percentile(results.with.latencies, p) / percentile(results.without.latencies, p)).toFixed(2)
console.log(`    the same ratio at p50 ${pRatio(50)}x, p95 ${pRatio(95)}x`)
console.log(
  `  Aurora CPU per caller turn, median: without ${fmt(median(results.cpuPerTurn.without))} ms, with ${fmt(median(results.cpuPerTurn.with))} ms (fan-out to ${STREAMS} streams: ${fmt(median(results.cpuPerTurn.with) - median(results.cpuPerTurn.without))} ms per turn)`,
)
console.log(`  opening ${STREAMS} streams (all initials received): median ${fmt(median(results.openMs))} ms`)
console.log(`  node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} x${cpus().length}, loadavg ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)

clients.kill()
agent.destroy()
await aurora.stop()
emulator.child.kill()
rmSync(dataDir, { recursive: true, force: true })
