// Fuzzing the emulator's REST API (issue 9) over real HTTP (fetch), in one namespace while
// firebase-admin uses others. Per case:
//   - no 5xx for client input; every 4xx is `{"error": "<message>"}`; a 2xx body is JSON (or
//     empty for print=silent);
//   - another namespace's data never changes and its listener hears nothing;
//   - the fuzzed namespace only ever holds Firebase-legal keys;
//   - firebase-admin can still set and get, and no built-in prototype changed.

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toJSON } from '../../sim/rtdb/tree/node.js'
import { createClients, type AdminClient, type Clients } from '../helpers/rtdb-clients.js'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../helpers/rtdb.js'
import { FUZZ_RUNS, fuzzParameters, fuzzTimeout } from './fuzz-config.js'
import { firebaseKeyProblems } from './journal-watch.js'
import { prototypeChanges, snapshotPrototypes } from './prototype-guard.js'
import { restCaseArb, type RestCase } from './rtdb-inputs.js'

const VICTIM_DATA = { users: { alice: { name: 'Alice', score: 10 }, bob: { name: 'Bob', '.priority': 2 } }, a: { b: 'keep' } }

let rtdb: RtdbTarget
let clients: Clients
let victim: AdminClient
let health: AdminClient
let victimNs: string
let victimBefore: unknown
let victimEvents = 0
let healthRound = 0
let prototypes: ReturnType<typeof snapshotPrototypes>
const seen = new Map<string, number>()

// The harness reads the fuzzed emulator's namespaces in process, so it needs our own emulator.
const external = skipOnExternal('the fuzz harness inspects our emulator in process')

beforeAll(async () => {
  if (external) return
  rtdb = await useRtdb({ maxRequestBytes: 64 * 1024 })
  clients = createClients(rtdb)
  victimNs = rtdb.namespace('victim')
  victim = clients.admin(victimNs)
  health = clients.admin(rtdb.namespace('health'))
  await victim.db.ref().set(VICTIM_DATA)
  victimBefore = rtdb.emulator!.namespaces.exportJSON(victimNs)
  await new Promise<void>((resolve) => {
    victim.db.ref().on('value', () => {
      victimEvents++
      resolve()
    })
  })
  prototypes = snapshotPrototypes()
})
afterAll(async () => {
  victim?.db.ref().off()
  await clients?.closeAll()
  await rtdb?.stop()
})

/** The request line's path and query: built by hand so odd encodings reach the server as generated. */
function urlOf(c: RestCase, ns: string): string {
  const query: string[] = []
  if (c.nsMode === 'own' || c.nsMode === 'doubled') query.push(`ns=${ns}`)
  if (c.nsMode === 'invalid') query.push(`ns=${encodeURIComponent(c.invalidNs.replace(/[\ud800-\udfff]/g, '\ufffd'))}`)
  if (c.nsMode === 'doubled') query.push(`ns=${ns}-other`)
  for (const [k, v] of c.params) query.push(`${encodeURIComponent(k.replace(/[\ud800-\udfff]/g, '\ufffd'))}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '\ufffd'))}`)
  return `http://${rtdb.hostPort}${c.path}${c.json ? '.json' : ''}${query.length > 0 ? `?${query.join('&')}` : ''}`
}

async function runCase(c: RestCase): Promise<string[]> {
  const emulator = rtdb.emulator!
  const ns = rtdb.namespace('fuzz')
  const problems: string[] = []
  const url = urlOf(c, ns)
  const method = c.method
  const withBody = c.body !== null && method !== 'GET' && method !== 'HEAD'
  let response: Response
  try {
    response = await fetch(url, { method, headers: c.headers, ...(withBody ? { body: c.body } : {}) })
  } catch (err) {
    // fetch itself refuses some methods (TRACE) and header values; that is not the server's answer.
    if (err instanceof TypeError && !String(err.cause ?? '').includes('ECONNRESET')) return []
    throw err
  }
  const text = await response.text()
  const status = response.status
  seen.set(`${method} ${status}`, (seen.get(`${method} ${status}`) ?? 0) + 1)
  const say = (what: string) => problems.push(`${method} ${url.slice(0, 200)}: ${status} ${what}`)
  if (status >= 500) say(`server error: ${text.slice(0, 200)}`)
  if (status === 412) {
    // A conditional write that lost: Firebase answers with the value that is there and its ETag.
    if (!response.headers.get('etag')) say('412 without an ETag')
  } else if (status >= 400 && status < 500 && method !== 'HEAD') {
    let error: unknown
    try {
      error = (JSON.parse(text) as { error?: unknown }).error
    } catch {
      error = undefined
    }
    if (typeof error !== 'string' || error === '') say(`4xx without {"error": "..."}: ${text.slice(0, 200)}`)
  }
  if (status >= 200 && status < 300 && method !== 'HEAD' && text !== '' && !c.path.startsWith('/.settings/rules')) {
    try {
      JSON.parse(text)
    } catch {
      say(`2xx body is not JSON: ${text.slice(0, 200)}`)
    }
  }

  problems.push(...firebaseKeyProblems(toJSON(emulator.namespaces.get(ns))).map((p) => `fuzzed namespace: ${p}`))
  const victimNow = emulator.namespaces.exportJSON(victimNs)
  if (JSON.stringify(victimNow) !== JSON.stringify(victimBefore)) problems.push(`another namespace changed: ${JSON.stringify(victimNow).slice(0, 200)}`)
  if (victimEvents !== 1) problems.push(`another namespace's listener fired ${victimEvents} times`)

  const round = ++healthRound
  await health.db.ref(`rounds/${round % 8}`).set({ round })
  const read = (await health.db.ref(`rounds/${round % 8}`).get()).val() as unknown
  if ((read as { round?: unknown } | null)?.round !== round) problems.push(`firebase-admin read back ${JSON.stringify(read)}`)
  problems.push(...prototypeChanges(prototypes))
  emulator.namespaces.reset(ns)
  return problems
}

describe.skipIf(external)('fuzzed emulator REST input', () => {
  it(
    'answers client input with 2xx or a 4xx {"error"}, never 5xx, and never touches another namespace',
    async () => {
      await fc.assert(
        fc.asyncProperty(restCaseArb, async (c) => {
          expect((await runCase(c)).map((p) => p.slice(0, 400))).toEqual([])
        }),
        fuzzParameters(),
      )
      // The fuzzer must have got writes and reads through, or it only tested the refusals.
      if (FUZZ_RUNS >= 100) {
        const summary = JSON.stringify(Object.fromEntries([...seen].sort()))
        for (const method of ['GET', 'PUT', 'PATCH', 'POST', 'DELETE']) {
          expect([...seen.keys()].some((k) => k.startsWith(`${method} 2`)), `no 2xx for ${method}: ${summary}`).toBe(true)
        }
      }
    },
    fuzzTimeout(20),
  )
})
