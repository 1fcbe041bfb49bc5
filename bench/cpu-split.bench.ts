// Claim: where the CPU of one webhook goes when Aurora is saturated, process by process and
// thread by thread, so that "Aurora reaches X% of the bare-Fastify ceiling" can be read against
// what each part costs. `npm run bench` reports one CPU/request figure for Aurora's whole
// process; this splits it, and adds the Firebase side and the load generator, which share the
// machine's cores with Aurora.
//
//   npx tsx bench/cpu-split.bench.ts            (ROUNDS=3 SEGMENT_MS=8000 CONNECTIONS=50)
//   RATE=1000 npx tsx bench/cpu-split.bench.ts  (the bench's fixed-rate client instead of saturation:
//                                               what a webhook costs at the rate the latency target is set at)
//   CPU_PROF=/tmp/prof npx tsx bench/cpu-split.bench.ts   (also writes Aurora's V8 CPU profile there,
//                                                         when it exits, for Chrome DevTools)
//   FAULT=lag RATE=1000 npx tsx bench/cpu-split.bench.ts   (Firebase +LAG_MS=500 each way through the
//                                                         fault proxy; FAULT=down refuses connections)
//
// One Aurora started as `npm start` starts it, the emulator and its fault proxy in a child
// process (bench/lib/firebase-side.ts), and autocannon here with the same signed call mix as
// `npm run bench`. Round 1 includes the warm-up (JIT, first allocations); later rounds are the
// steady state. Linux only (/proc).
//
// Aurora's threads carry no names on Node 20. The main thread is the process's own id; of the
// others, the busy one under load is the mirror worker (firebase-admin's writes), then V8's
// helper threads (concurrent GC, compilers) and libuv's pool (journal writes), a few µs each.

import { randomBytes } from 'node:crypto'
import { CallMix } from './lib/call-mix.js'
import { environmentLine, readEnvironment } from './lib/environment.js'
import type { FirebaseFault } from './lib/firebase-side.js'
import { startFirebaseSide } from './lib/firebase-side-control.js'
import { runPacedLoad } from './lib/paced-load.js'
import { runSaturationLoad } from './lib/saturation-load.js'
import { PACED_MAX_SOCKETS } from './lib/segment.js'
import { cpuTimeMs, readHealth, threadCpuTimesMs } from './lib/server-probe.js'
import { startAuroraTarget } from './lib/targets.js'
import { loadSpeechLibrary } from './lib/utterances.js'

const ROUNDS = Number(process.env.ROUNDS ?? 3)
const SEGMENT_MS = Number(process.env.SEGMENT_MS ?? 8000)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50)
const CPU_PROF = process.env.CPU_PROF
const RATE = process.env.RATE ? Number(process.env.RATE) : null
const FAULT = faultFromEnv(process.env.FAULT, Number(process.env.LAG_MS ?? 500))
/** Threads below this many µs per webhook are summed into one line. */
const SMALL_US = 15

if (process.platform !== 'linux') {
  console.error('cpu-split reads /proc: Linux only')
  process.exit(2)
}

console.log(`cpu-split: ${environmentLine(readEnvironment())}`)
console.log(`${ROUNDS} round(s) of ${SEGMENT_MS} ms ${RATE ? `at ${RATE} req/s (open loop)` : `at saturation, ${CONNECTIONS} autocannon connections`}, Firebase ${FAULT.kind === 'lag' ? `+${FAULT.latencyMs} ms each way` : FAULT.kind}\n`)

const firebase = await startFirebaseSide(['aurora'])
const aurora = await startAuroraTarget({ name: 'aurora', mirrorMode: 'background', proxy: 'aurora', proxyHostPort: firebase.proxies['aurora'] as string, instanceId: 'cpusplit', nodeFlags: [...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : []), ...(process.env.AURORA_FLAGS?.split(' ').filter(Boolean) ?? [])], env: Object.fromEntries((process.env.AURORA_ENV?.split(' ').filter(Boolean) ?? []).map((kv) => kv.split('=', 2) as [string, string])) })
const library = await loadSpeechLibrary()
const runId = randomBytes(4).toString('hex')
if (FAULT.kind !== 'none') await firebase.setFault('aurora', FAULT)

try {
  for (let round = 1; round <= ROUNDS; round++) {
    const mix = new CallMix({ publicUrl: aurora.publicUrl, authToken: aurora.authToken, library, seed: `cpu-split/${round}`, sidPrefix: `${runId}${round.toString(16).padStart(6, '0')}` })
    const before = await sample()
    const load = RATE
      ? await runPacedLoad({ origin: aurora.origin, rate: RATE, durationMs: SEGMENT_MS, timeoutMs: 10_000, mix, concurrentCalls: 100, maxSockets: PACED_MAX_SOCKETS })
      : await runSaturationLoad({ origin: aurora.origin, connections: CONNECTIONS, durationMs: SEGMENT_MS, timeoutMs: 10_000, mix })
    const after = await sample()
    const webhooks = load.answered
    if (webhooks === 0) throw new Error('no webhook was answered')
    const us = (ms: number): number => (ms * 1000) / webhooks
    const threads = [...after.threads]
      .map(([tid, ms]) => ({ tid, us: us(ms - (before.threads.get(tid) ?? 0)) }))
      .sort((a, b) => b.us - a.us)
    const main = threads.find((t) => t.tid === aurora.pid)?.us ?? 0
    const others = threads.filter((t) => t.tid !== aurora.pid)
    const shown = others.filter((t) => t.us >= SMALL_US)
    const small = others.filter((t) => t.us < SMALL_US)
    const auroraTotal = us(after.aurora - before.aurora)
    const side = us(after.firebase - before.firebase)
    const client = us(after.client - before.client)
    const batches = after.batches - before.batches
    const records = after.watermark - before.watermark
    const rate = (webhooks / load.windowMs) * 1000

    console.log(`round ${round}${round === 1 ? ' (includes the warm-up)' : ''}: ${webhooks} webhooks, ${rate.toFixed(0)}/s; mirror ${batches} batches, ${batches > 0 ? (records / batches).toFixed(0) : '-'} records each`)
    console.log(`  CPU per webhook, µs`)
    console.log(`    Aurora, whole process        ${auroraTotal.toFixed(0).padStart(6)}`)
    console.log(`      main thread                ${main.toFixed(0).padStart(6)}`)
    for (const t of shown) console.log(`      thread ${String(t.tid).padEnd(20)}${t.us.toFixed(0).padStart(6)}`)
    console.log(`      ${String(small.length).padStart(2)} threads under ${SMALL_US} µs each ${small.reduce((sum, t) => sum + t.us, 0).toFixed(0).padStart(6)}`)
    console.log(`    emulator + fault proxy       ${side.toFixed(0).padStart(6)}`)
    if (RATE) console.log(`    caller latency p50 ${load.latency.p50?.toFixed(2)} ms, p99 ${load.latency.p99?.toFixed(2)} ms; the generator's dispatch lateness p99 ${load.dispatchLateP99Ms?.toFixed(2)} ms`)
    console.log(`    load generator (${RATE ? 'fixed rate' : 'autocannon'})${RATE ? ' ' : ''}  ${client.toFixed(0).padStart(6)}`)
    console.log(`    all of it                    ${(auroraTotal + side + client).toFixed(0).padStart(6)}  (the machine offers ${((1e6 * readEnvironment().cores) / rate).toFixed(0)} per webhook at this rate)\n`)
  }
} finally {
  await aurora.stop()
  await aurora.cleanup()
  await firebase.stop()
}

function faultFromEnv(name: string | undefined, lagMs: number): FirebaseFault {
  if (name === undefined || name === 'none') return { kind: 'none' }
  if (name === 'lag') return { kind: 'lag', latencyMs: lagMs }
  if (name === 'down') return { kind: 'down' }
  throw new Error(`FAULT must be none, lag or down, not ${name}`)
}

async function sample(): Promise<{ threads: Map<number, number>; aurora: number; firebase: number; client: number; batches: number; watermark: number }> {
  const { mirror } = await readHealth(aurora.origin)
  if (!mirror) throw new Error('Aurora reports no mirror')
  const [threads, auroraMs, firebaseMs, clientMs] = await Promise.all([threadCpuTimesMs(aurora.pid), cpuTimeMs(aurora.pid), cpuTimeMs(firebase.pid), cpuTimeMs(process.pid)])
  if (!threads || auroraMs === null || firebaseMs === null || clientMs === null) throw new Error('could not read /proc')
  return { threads, aurora: auroraMs, firebase: firebaseMs, client: clientMs, batches: mirror.batches, watermark: mirror.watermark }
}
