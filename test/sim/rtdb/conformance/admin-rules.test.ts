// §15 items 30 and 34: the admin credential bypasses rules (§12), and db.setRules/getRules
// round-trip through /.settings/rules.json (§11).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, ref } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { putRules } from '../../../helpers/rtdb-rest.js'

describe('conformance: admin and rules (§15 items 30, 34)', () => {
  let rtdb: RtdbTarget
  let clients: Clients

  beforeAll(async () => {
    rtdb = await useRtdb()
    clients = createClients(rtdb)
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  it('30. firebase-admin reads and writes under deny-all rules', async () => {
    const ns = rtdb.namespace('admin-bypass')
    await putRules(rtdb, ns, '{"rules": {".read": false, ".write": false}}')
    const admin = clients.admin(ns)
    await admin.db.ref('x').set({ y: 1 })
    await admin.db.ref('x').update({ z: 2 })
    expect((await admin.db.ref('x').get()).val()).toEqual({ y: 1, z: 2 })
    // The same data is invisible to an unauthenticated client, so the rules were in force.
    await expect(get(ref(clients.web(ns).db, 'x'))).rejects.toThrow(/permission denied/i)
  })

  it('databaseAuthVariableOverride makes admin act as that user, and null as unauthenticated (§6.2)', async () => {
    const ns = rtdb.namespace('admin-override')
    await putRules(rtdb, ns, '{"rules": {".read": true, "users": {"$uid": {".write": "auth != null && auth.uid == $uid"}}, "open": {".write": "auth == null"}}}')
    const alice = clients.admin(ns, { authOverride: { uid: 'alice' } })
    await alice.db.ref('users/alice').set(1)
    await expect(alice.db.ref('users/bob').set(1)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' })
    const anonymous = clients.admin(ns, { authOverride: null })
    await anonymous.db.ref('open/x').set(1)
    await expect(anonymous.db.ref('users/alice').set(2)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' })
    expect((await clients.admin(ns).db.ref().get()).val()).toEqual({ users: { alice: 1 }, open: { x: 1 } })
  })

  it('34. db.setRules(source) then db.getRules() returns the same text; getRulesJSON() parses it', async () => {
    const ns = rtdb.namespace('admin-rules-api')
    const admin = clients.admin(ns)
    const source = `{
  // kept verbatim
  "rules": { ".read": true, ".write": "auth != null" }
}`
    await admin.db.setRules(source)
    expect(await admin.db.getRules()).toBe(source)
    expect(await admin.db.getRulesJSON()).toEqual({ rules: { '.read': true, '.write': 'auth != null' } })
  })
})
