// The in-process API of startEmulator: reading namespaces, reset, rules, import/export files.
// Always runs against our own emulator (it is what is being tested), whatever the environment.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ref } from 'firebase/database'
import { startEmulator, type Emulator } from '../../../sim/rtdb/emulator.js'
import { EXPORT_FORMAT } from '../../../sim/rtdb/persistence/export-file.js'
import { RulesSyntaxError } from '../../../sim/rtdb/rules/index.js'
import { createClients, type Clients } from '../../helpers/rtdb-clients.js'
import { adminValues, waitFor, webValues } from '../../helpers/rtdb-events.js'
import type { RtdbTarget } from '../../helpers/rtdb.js'

function asTarget(emulator: Emulator): RtdbTarget {
  return {
    host: emulator.host,
    port: emulator.port,
    hostPort: emulator.hostPort,
    external: false,
    faults: emulator.faults,
    emulator,
    namespace: (label) => label,
    databaseURL: (ns) => `${emulator.url}?ns=${ns}`,
    stop: () => emulator.stop(),
  }
}

describe('startEmulator', () => {
  let emulator: Emulator
  let clients: Clients
  let dir: string

  beforeAll(async () => {
    emulator = await startEmulator()
    clients = createClients(asTarget(emulator))
    dir = await mkdtemp(join(tmpdir(), 'rtdb-emulator-test-'))
  })
  afterAll(async () => {
    await clients.closeAll()
    await emulator.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('binds 127.0.0.1 on a free port by default and reports where', () => {
    expect(emulator.host).toBe('127.0.0.1')
    expect(emulator.port).toBeGreaterThan(0)
    expect(emulator.hostPort).toBe(`127.0.0.1:${emulator.port}`)
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`)
  })

  it('exposes namespace data in process and resets it so listeners see the deletion', async () => {
    const admin = clients.admin('api-reset')
    await admin.db.ref('a').setWithPriority({ b: 1 }, 3)
    expect(emulator.namespaces.exportJSON('api-reset')).toEqual({ a: { b: 1, '.priority': 3 } })
    expect(emulator.namespaces.get('api-reset')?.kind).toBe('object')
    expect(emulator.namespaces.get('never-used')).toBeNull()
    const cleared = waitFor(adminValues(clients.admin('api-reset').db.ref('a')), (v) => v === null, 'the reset')
    emulator.namespaces.reset('api-reset')
    await cleared
    expect(emulator.namespaces.exportJSON('api-reset')).toBeNull()
  })

  it('sets rules per namespace and refuses rules that do not compile', async () => {
    emulator.setRules('api-rules', '{"rules": {".read": false, ".write": false}}')
    const denied = await fetch(`${emulator.url}/x.json?ns=api-rules`)
    expect(denied.status).toBe(401)
    expect((await fetch(`${emulator.url}/x.json?ns=api-other`)).status).toBe(200)
    expect(() => emulator.setRules('api-rules', '{"rules": {".read": "nope("}}')).toThrow(RulesSyntaxError)
    emulator.namespaces.reset('api-rules')
    expect((await fetch(`${emulator.url}/x.json?ns=api-rules`)).status).toBe(200)
  })

  it('revokes the listens that rules replaced by setRules or reset deny (§6.8 c)', async () => {
    // Started with deny-all rules, so reset (which restores them) closes everything.
    const restricted = await startEmulator({ rules: '{"rules": {".read": false}}' })
    const restrictedClients = createClients(asTarget(restricted))
    try {
      restricted.setRules('api-revoke', '{"rules": {".read": true}}')
      await restrictedClients.admin('api-revoke').db.ref().set({ a: 1, b: 1 })
      const web = restrictedClients.web('api-revoke').db
      const revocation = (path: string) => waitFor(webValues(ref(web, path)), () => false, `the revocation of ${path}`)
      const [a, b] = [revocation('a'), revocation('b')]
      b.catch(() => {}) // awaited below; if `a` fails first, `b` must not also fail as unhandled
      // A second registration on the same listen sees data only once the server has granted it.
      for (const path of ['a', 'b']) await waitFor(webValues(ref(web, path)), (value) => value === 1, `the value of ${path}`)

      restricted.setRules('api-revoke', '{"rules": {"b": {".read": true}}}')
      await expect(a).rejects.toHaveProperty('code', 'PERMISSION_DENIED')
      restricted.namespaces.reset('api-revoke')
      await expect(b).rejects.toHaveProperty('code', 'PERMISSION_DENIED')
    } finally {
      await restrictedClients.closeAll()
      await restricted.stop()
    }
  })

  it('round-trips data and rules through an export file', async () => {
    const admin = clients.admin('api-export')
    await admin.db.ref().set({ calls: { c1: { '.value': 'open', '.priority': 1 } } })
    emulator.setRules('api-export', '{"rules": {".read": true, ".write": false}}')
    const file = join(dir, 'export.json')
    await writeFile(file, JSON.stringify(emulator.namespaces.exportAll()))
    const saved = JSON.parse(await readFile(file, 'utf8')) as { format: string; namespaces: Record<string, unknown> }
    expect(saved.format).toBe(EXPORT_FORMAT)
    expect(saved.namespaces['api-export']).toEqual({
      data: { calls: { c1: { '.value': 'open', '.priority': 1 } } },
      rules: '{"rules": {".read": true, ".write": false}}',
    })

    const restored = await startEmulator({ importFile: file })
    try {
      expect(restored.namespaces.exportJSON('api-export')).toEqual({ calls: { c1: { '.value': 'open', '.priority': 1 } } })
      expect((await fetch(`${restored.url}/calls.json?ns=api-export`, { method: 'PUT', body: '1' })).status).toBe(401)
    } finally {
      await restored.stop()
    }
  })

  it('fails to start on an unreadable or malformed import file, naming the problem', async () => {
    await expect(startEmulator({ importFile: join(dir, 'missing.json') })).rejects.toThrow(/cannot read/)
    const wrong = join(dir, 'wrong.json')
    await writeFile(wrong, '{"some": "data"}')
    await expect(startEmulator({ importFile: wrong })).rejects.toThrow(/aurora-rtdb-emulator-export/)
  })

  it('keeps listeners of different namespaces apart', async () => {
    const seenInOther: unknown[] = []
    const other = clients.admin('iso-b')
    const ref = other.db.ref('shared')
    ref.on('value', (snapshot) => seenInOther.push(snapshot.val()))
    await waitFor(adminValues(ref), () => true, 'the initial value')
    await clients.admin('iso-a').db.ref('shared').set('only in a')
    await other.db.ref('marker').set(1)
    expect(seenInOther.every((value) => value === null)).toBe(true)
    ref.off('value')
  })
})
