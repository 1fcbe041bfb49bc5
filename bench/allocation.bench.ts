// Claim: how much memory one webhook makes Aurora's main thread allocate, and where. Garbage is
// what sets how often the collector stops the callers' thread, so KB per webhook is the figure
// to compare between two trees (run this in each, side by side); unlike CPU time it barely
// depends on the machine's load.
//
//   npx tsx bench/allocation.bench.ts            (CALLS=300 WARMUP_CALLS=60 TOP=15)
//   ALLOC_PROFILE=/tmp/a.heapprofile npx tsx bench/allocation.bench.ts   (keeps the profile, for
//                                                                          Chrome DevTools' Memory tab)
//
// One Aurora started as `npm start` starts it, plus bench/lib/allocation-sampler.mjs preloaded
// (V8's sampling heap profiler, collected objects included, between two SIGWINCHs); the emulator
// and its fault proxy in a child process; the same signed call mix as `npm run bench`, one
// webhook at a time over one keep-alive connection, so every sampled byte belongs to a webhook
// and nothing queues. Main thread only: the mirror worker's firebase-admin allocations are not
// counted. Linux or macOS (signals).

import { randomBytes } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPO_ROOT } from '../sim/calls/aurora-process.js'
import { allocationSummaryLines } from './lib/allocation-report.js'
import { CallMix, WEBHOOK_HEADERS, type Webhook } from './lib/call-mix.js'
import { environmentLine, readEnvironment } from './lib/environment.js'
import { startFirebaseSide } from './lib/firebase-side-control.js'
import { startAuroraTarget } from './lib/targets.js'
import { loadSpeechLibrary } from './lib/utterances.js'

const CALLS = Number(process.env.CALLS ?? 300)
const WARMUP_CALLS = Number(process.env.WARMUP_CALLS ?? 60)
const TOP = Number(process.env.TOP ?? 15)
const ALLOC_PROFILE = process.env.ALLOC_PROFILE
const SAMPLER = fileURLToPath(new URL('./lib/allocation-sampler.mjs', import.meta.url))

console.log(`allocation: ${environmentLine(readEnvironment())}`)
console.log(`${WARMUP_CALLS} calls to warm up, then ${CALLS} calls sampled, one webhook at a time\n`)

const firebase = await startFirebaseSide(['aurora'])
const aurora = await startAuroraTarget({ name: 'aurora', mirrorMode: 'background', proxy: 'aurora', proxyHostPort: firebase.proxies['aurora'] as string, instanceId: 'allocation', nodeFlags: ['--import', SAMPLER] })
const mix = new CallMix({ publicUrl: aurora.publicUrl, authToken: aurora.authToken, library: await loadSpeechLibrary(), seed: 'allocation', sidPrefix: randomBytes(7).toString('hex') })
const agent = new Agent({ keepAlive: true, maxSockets: 1 })
const profileFile = join(tmpdir(), `aurora-allocation-${aurora.pid}.json`)

try {
  await callsOneAtATime(WARMUP_CALLS)
  process.kill(aurora.pid, 'SIGWINCH')
  // The sampler starts on the signal's turn of Aurora's event loop: a webhook answered after this one started after it.
  await callsOneAtATime(1)
  const sent = await callsOneAtATime(CALLS)
  process.kill(aurora.pid, 'SIGWINCH')
  const result = await waitForFile(profileFile, 30_000)
  if ('error' in result) throw new Error(`the sampler failed: ${result.error}`)
  if (result.requests < sent) throw new Error(`the sampler saw ${result.requests} requests, the bench sent ${sent}`)
  if (ALLOC_PROFILE) await writeFile(ALLOC_PROFILE, JSON.stringify(result.profile))
  for (const line of allocationSummaryLines(result.profile.head, result.requests, REPO_ROOT, TOP)) console.log(line)
  if (ALLOC_PROFILE) console.log(`\nprofile written to ${ALLOC_PROFILE}`)
} finally {
  agent.destroy()
  await rm(profileFile, { force: true })
  await aurora.stop()
  await aurora.cleanup()
  await firebase.stop()
}

/** Every webhook of `calls` calls, each answered before the next leaves; returns how many were sent. */
async function callsOneAtATime(calls: number): Promise<number> {
  let sent = 0
  for (let i = 0; i < calls; i++) {
    const session = mix.newCall()
    for (let webhook = session.next(); webhook; webhook = session.next()) {
      const { status, body } = await post(webhook)
      if (mix.answered(webhook, status, body) !== 'ok') throw new Error(`${webhook.path} answered ${status}: ${body.slice(0, 200)}`)
      sent++
    }
  }
  return sent
}

function post(webhook: Webhook): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${aurora.origin}${webhook.path}`, { method: 'POST', agent, headers: { ...WEBHOOK_HEADERS, 'content-length': Buffer.byteLength(webhook.body), 'x-twilio-signature': webhook.signature } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end(webhook.body)
  })
}

interface SamplerOutput {
  requests: number
  profile: { head: Parameters<typeof allocationSummaryLines>[0] }
}

async function waitForFile(path: string, timeoutMs: number): Promise<SamplerOutput | { error: string }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as SamplerOutput | { error: string }
    } catch (err) {
      // Not there yet, or still being written.
      if (Date.now() > deadline) throw new Error(`no allocation profile from Aurora within ${timeoutMs} ms: ${(err as Error).message}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}
