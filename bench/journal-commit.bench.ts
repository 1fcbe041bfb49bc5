// Claim: a caller's turn costs the same durable commit whether Aurora holds 10 conversations or
// 10,000 (target: p50 and p99 within 1.5x), unlike the seed design, which rewrote the whole tree
// to total.json on every turn. Also printed: group-commit throughput with 50 concurrent
// committers, and how long a background snapshot of 10,000 conversations blocks the main thread.
//
//   npx tsx bench/journal-commit.bench.ts            (ROUNDS=10 TURNS=200 by default)
//
// Both sizes run in this process, in alternating rounds after a warm-up round, so they share the
// disk's and the CPU's mood of the moment: compare the ratio, not absolute numbers across runs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { openStore, type Json, type LocalStore, type Op } from '../src/store/index.js'

const ROUNDS = Number(process.env.ROUNDS ?? 10)
const TURNS = Number(process.env.TURNS ?? 200)
const SEED_TURNS_LARGE = Number(process.env.SEED_TURNS ?? 20)
const MESSAGES_PER_CONVERSATION = 6

const scratch = mkdtempSync(join(tmpdir(), 'aurora-bench-'))
const iso = (ms: number): string => new Date(ms).toISOString()

function conversation(i: number): { call: Json; conv: Json } {
  const convId = `conv_1555123${String(i).padStart(4, '0')}_20251004_143000_a`
  const callId = convId.replace('conv_', 'call_')
  const messages: Record<string, Json> = {}
  for (let m = 1; m <= MESSAGES_PER_CONVERSATION; m++) {
    const id = `msg_${String(m).padStart(6, '0')}`
    messages[id] = {
      id,
      seq: m,
      role: m % 2 === 1 ? 'user' : 'assistant',
      text: m % 2 === 1 ? 'There is a gas smell near compressor 4, I feel dizzy' : 'Move upwind now and away from the compressor. Are you able to walk?',
      created_at: iso(1_759_588_200_000 + m * 7000),
      urgency: 'HIGH',
    }
  }
  const call = {
    call_id: callId,
    conversation_id: convId,
    call_sid: `CA${String(i).padStart(32, '0')}`,
    worker_id: `W-${1000 + (i % 15)}`,
    worker_name: 'Priya Shah',
    site: 'Plant 2',
    mobile_no: `+1555123${String(i).padStart(4, '0')}`,
    urgency: 'HIGH',
    status: 'ACTIVE',
    started_at: iso(1_759_588_200_000),
    last_message_at: iso(1_759_588_242_000),
    instance_id: 'a',
    instance_url: 'https://a.aurora.example',
  }
  const conv = { conversation_id: convId, call_id: callId, worker_id: call.worker_id, urgency: 'HIGH', status: 'ACTIVE', created_at: call.started_at, last_message_at: call.last_message_at, message_count: MESSAGES_PER_CONVERSATION, messages }
  return { call, conv }
}

/** One caller turn, as the call repository records it: a message plus the timestamps and count. */
function turnOps(i: number, n: number): Op[] {
  const convId = `conv_1555123${String(i).padStart(4, '0')}_20251004_143000_a`
  const callId = convId.replace('conv_', 'call_')
  const seq = MESSAGES_PER_CONVERSATION + n
  const at = iso(1_759_588_300_000 + n * 1000)
  const id = `msg_${String(seq).padStart(6, '0')}`
  return [
    { path: `active_conversations/${convId}/messages/${id}`, value: { id, seq, role: 'user', text: `Still here, turn ${n}. The alarm is sounding.`, created_at: at } },
    { path: `active_conversations/${convId}/message_count`, value: seq },
    { path: `active_conversations/${convId}/last_message_at`, value: at },
    { path: `active_calls/${callId}/last_message_at`, value: at },
  ]
}

async function populate(store: LocalStore, count: number): Promise<void> {
  const batch = 200
  for (let start = 0; start < count; start += batch) {
    const commits: Promise<unknown>[] = []
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const { call, conv } = conversation(i)
      commits.push(store.commit([
        { path: `active_calls/${(call as { call_id: string }).call_id}`, value: call },
        { path: `active_conversations/${(conv as { conversation_id: string }).conversation_id}`, value: conv },
      ]))
    }
    await Promise.all(commits)
  }
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number
const summary = (samples: readonly number[]): { p50: number; p99: number } => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) }
}
const ms = (n: number): string => `${n.toFixed(3)} ms`

interface Contender {
  name: string
  conversations: number
  store: LocalStore
  turn: number
  samples: number[]
}

async function commitRound(c: Contender, turns: number, record: boolean): Promise<void> {
  for (let t = 0; t < turns; t++) {
    const ops = turnOps(c.turn % c.conversations, c.turn)
    c.turn++
    const started = performance.now()
    await c.store.commit(ops)
    if (record) c.samples.push(performance.now() - started)
  }
}

/** The seed design: the whole tree, re-serialised and rewritten with fsync, on every turn. */
interface SeedContender {
  name: string
  conversations: number
  tree: Record<string, Record<string, Json>>
  path: string
  turn: number
  samples: number[]
}

function seedTree(conversations: number): Record<string, Record<string, Json>> {
  const tree: Record<string, Record<string, Json>> = { active_calls: {}, active_conversations: {} }
  for (let i = 0; i < conversations; i++) {
    const { call, conv } = conversation(i)
    ;(tree.active_calls as Record<string, Json>)[(call as { call_id: string }).call_id] = call
    ;(tree.active_conversations as Record<string, Json>)[(conv as { conversation_id: string }).conversation_id] = conv
  }
  return tree
}

async function seedRound(c: SeedContender, turns: number, record: boolean): Promise<void> {
  for (let t = 0; t < turns; t++) {
    const started = performance.now()
    for (const op of turnOps(c.turn % c.conversations, c.turn)) {
      const keys = op.path.split('/')
      let node = c.tree as Record<string, Json>
      for (const key of keys.slice(0, -1)) node = ((node[key] ??= {}) as Record<string, Json>)
      node[keys[keys.length - 1] as string] = op.value as Json
    }
    c.turn++
    const handle = await open(c.path, 'w')
    await handle.writeFile(JSON.stringify(c.tree))
    await handle.sync()
    await handle.close()
    if (record) c.samples.push(performance.now() - started)
  }
}

interface MainThreadObservation {
  wallMs: number
  loopDelayMaxMs: number
  /** CPU time of the main thread alone (Linux /proc), null elsewhere. */
  cpuMs: number | null
  /** Time the main thread was runnable but not running (another thread or process had the CPU). */
  waitMs: number | null
  commits: number[]
}

/**
 * The main thread's own CPU time and its time spent runnable but waiting for a CPU (its tid is
 * the pid), in ns precision from /proc/self/task/<pid>/schedstat; null off Linux. Wall-clock
 * stalls mix both: work done on the main thread, and the OS running something else.
 */
function mainThreadSched(): { cpuMs: number; waitMs: number } | null {
  try {
    const [runNs, waitNs] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'latin1').split(' ')
    return { cpuMs: Number(runNs) / 1e6, waitMs: Number(waitNs) / 1e6 }
  } catch {
    return null
  }
}

/**
 * Sequential commits until `until` settles (or for minMs). Stalls are seen by
 * monitorEventLoopDelay (a 1 ms timer, so it costs the main thread almost nothing itself).
 */
async function observeMainThread(store: LocalStore, conversations: number, firstTurn: number, until: Promise<void> | null, minMs = 2000): Promise<MainThreadObservation> {
  const delay = monitorEventLoopDelay({ resolution: 1 })
  let done = false
  void until?.then(() => (done = true))
  const before = mainThreadSched()
  delay.enable()
  const started = performance.now()
  const commits: number[] = []
  for (let n = 0; until ? !done : performance.now() - started < minMs; n++) {
    const t0 = performance.now()
    await store.commit(turnOps(n % conversations, firstTurn + n))
    commits.push(performance.now() - t0)
  }
  const wallMs = performance.now() - started
  delay.disable()
  const after = mainThreadSched()
  const cpuMs = before && after ? after.cpuMs - before.cpuMs : null
  const waitMs = before && after ? after.waitMs - before.waitMs : null
  return { wallMs, loopDelayMaxMs: delay.max / 1e6, cpuMs, waitMs, commits }
}

/** Nothing but waiting for `until`: the main thread's CPU time is then the awaited work's own. */
async function observeIdle(until: Promise<void>): Promise<MainThreadObservation> {
  const delay = monitorEventLoopDelay({ resolution: 1 })
  const before = mainThreadSched()
  delay.enable()
  const started = performance.now()
  await until
  const wallMs = performance.now() - started
  delay.disable()
  const after = mainThreadSched()
  return {
    wallMs,
    loopDelayMaxMs: delay.max / 1e6,
    cpuMs: before && after ? after.cpuMs - before.cpuMs : null,
    waitMs: before && after ? after.waitMs - before.waitMs : null,
    commits: [],
  }
}

async function main(): Promise<void> {
  console.log(`journal-commit: per-turn durable commit at 10 vs 10,000 conversations (${ROUNDS} rounds x ${TURNS} turns, alternating)`)
  const big = 10_000
  const stores: Contender[] = []
  for (const conversations of [10, big]) {
    const store = await openStore({ dir: join(scratch, `store-${conversations}`), snapshotEveryRecords: 10_000_000, snapshotOnClose: false })
    const started = performance.now()
    await populate(store, conversations)
    console.log(`  populated ${conversations} conversations (${MESSAGES_PER_CONVERSATION} messages each) in ${(performance.now() - started).toFixed(0)} ms`)
    stores.push({ name: `journal @ ${conversations}`, conversations, store, turn: 0, samples: [] })
  }

  for (const c of stores) await commitRound(c, TURNS, false) // warm-up
  for (let round = 0; round < ROUNDS; round++) for (const c of stores) await commitRound(c, TURNS, true)
  const [small, large] = stores.map((c) => ({ c, s: summary(c.samples) })) as [{ c: Contender; s: { p50: number; p99: number } }, { c: Contender; s: { p50: number; p99: number } }]
  for (const { c, s } of [small, large]) console.log(`  ${c.name.padEnd(22)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (${c.samples.length} turns)`)
  console.log(`  ratio 10,000 / 10: p50 ${(large.s.p50 / small.s.p50).toFixed(2)}x, p99 ${(large.s.p99 / small.s.p99).toFixed(2)}x (target <= 1.5x)`)

  // The seed design at both sizes, also alternating; far fewer turns at 10,000 (each one is slow).
  const seeds: SeedContender[] = [10, big].map((conversations) => ({
    name: `seed total.json @ ${conversations}`,
    conversations,
    tree: seedTree(conversations),
    path: join(scratch, `seed-${conversations}.json`),
    turn: 0,
    samples: [],
  }))
  for (const c of seeds) await seedRound(c, 2, false)
  const seedRounds = Math.max(1, Math.ceil(SEED_TURNS_LARGE / 5))
  for (let round = 0; round < seedRounds; round++) {
    for (const c of seeds) await seedRound(c, c.conversations === big ? 5 : TURNS / 4, true)
  }
  for (const c of seeds) {
    const s = summary(c.samples)
    console.log(`  ${c.name.padEnd(22)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (${c.samples.length} turns; stringify + write + fsync of the whole tree)`)
  }
  const seedLarge = summary((seeds[1] as SeedContender).samples)
  console.log(`  seed / journal at 10,000: p50 ${(seedLarge.p50 / large.s.p50).toFixed(1)}x slower`)

  // Group commit: 50 callers committing turns as fast as the disk lets them.
  const committers = 50
  const perCommitter = 40
  const store = large.c.store
  const flushesBefore = store.stats().flushes
  const started = performance.now()
  await Promise.all(
    Array.from({ length: committers }, async (_, k) => {
      for (let n = 0; n < perCommitter; n++) await store.commit(turnOps((k * 97) % big, 10_000 + k * perCommitter + n))
    }),
  )
  const elapsed = performance.now() - started
  const flushes = store.stats().flushes - flushesBefore
  const commits = committers * perCommitter
  console.log(
    `group commit, ${committers} concurrent committers @ 10,000: ${Math.round((commits / elapsed) * 1000)} commits/s, ` +
      `${flushes} write+fdatasync for ${commits} commits (${(commits / flushes).toFixed(1)} per flush)`,
  )

  // Background snapshot at 10,000 conversations: how long is the main thread unavailable? The
  // same sequential commit loop runs once without and once with a snapshot in flight; compare the
  // main thread's own CPU time (the snapshot's cost to it) and the longest event-loop stall
  // (which on a loaded machine also includes time the OS ran something else).
  seeds.length = 0 // the seed design's trees are not part of Aurora's heap
  const stringifyStarted = performance.now()
  const onMainThreadBytes = JSON.stringify(store.get('')).length
  const onMainThreadMs = performance.now() - stringifyStarted
  const baseline = await observeMainThread(store, big, 30_000, null)
  const withSnapshot = await observeMainThread(store, big, 40_000, store.snapshot())
  const snapshotStats = store.stats().snapshots
  // And with nothing else on the main thread: all it does then is the snapshot's own share.
  await store.commit(turnOps(0, 60_000))
  const idleSnapshot = await observeIdle(store.snapshot())
  const idleBaseline = await observeIdle(new Promise((resolve) => setTimeout(resolve, idleSnapshot.wallMs)))
  console.log(
    `background snapshot @ 10,000: ${((snapshotStats.lastBytes ?? 0) / 1e6).toFixed(1)} MB total.json in ${withSnapshot.wallMs.toFixed(0)} ms ` +
      `(worker load+replay+write ${snapshotStats.lastBuildMs} ms), ${withSnapshot.commits.length} commits meanwhile`,
  )
  for (const [name, o] of [['without snapshot', baseline], ['during snapshot', withSnapshot]] as const) {
    const s = summary(o.commits)
    const cpu = o.cpuMs === null ? 'n/a' : `${o.cpuMs.toFixed(0)} ms, ${((o.cpuMs / o.commits.length) * 1000).toFixed(0)} us/commit`
    console.log(
      `  ${name.padEnd(17)} ${o.commits.length} commits in ${o.wallMs.toFixed(0)} ms: p50 ${ms(s.p50)} p99 ${ms(s.p99)}; ` +
        `main-thread CPU ${cpu}, waiting for a CPU ${o.waitMs?.toFixed(0) ?? 'n/a'} ms; longest event-loop stall ${o.loopDelayMaxMs.toFixed(1)} ms`,
    )
  }
  if (baseline.cpuMs !== null && withSnapshot.cpuMs !== null) {
    const extra = withSnapshot.cpuMs - (baseline.cpuMs / baseline.commits.length) * withSnapshot.commits.length
    console.log(`  main-thread CPU attributable to the snapshot: ${extra.toFixed(1)} ms (during minus the same number of commits at the baseline rate); load average now ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`)
  }
  for (const [name, o] of [['idle, during a snapshot', idleSnapshot], ['idle, no snapshot', idleBaseline]] as const) {
    console.log(
      `  ${name.padEnd(24)} ${o.wallMs.toFixed(0)} ms: main-thread CPU ${o.cpuMs?.toFixed(1) ?? 'n/a'} ms, ` +
        `waiting for a CPU ${o.waitMs?.toFixed(1) ?? 'n/a'} ms, longest event-loop stall ${o.loopDelayMaxMs.toFixed(1)} ms`,
    )
  }
  console.log(`  for comparison, JSON.stringify of the same tree on the main thread: ${onMainThreadMs.toFixed(1)} ms (${(onMainThreadBytes / 1e6).toFixed(1)} MB)`)

  for (const c of stores) await c.store.close()
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`node ${process.version}, ${cpu} x${cpus().length}, ${process.platform} ${process.arch}, data in ${tmpdir()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
}

main()
  .catch((err: unknown) => {
    console.error(err)
    process.exitCode = 1
  })
  .finally(() => rmSync(scratch, { recursive: true, force: true }))
