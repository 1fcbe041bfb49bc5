// rejectWrites: writes fail with status `unavailable`, which the SDK surfaces as code
// UNAVAILABLE (§9); REST writes get 503. Reads keep working.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

describe.skipIf(skipOnExternal('fault injection exists only in our emulator'))('fault: rejectWrites', () => {
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

  it('fails SDK and REST writes while set, and lets them through once cleared', async () => {
    const ns = rtdb.namespace('reject')
    const admin = clients.admin(ns)
    await admin.db.ref('v').set('kept')
    rtdb.faults!.set({ rejectWrites: true })

    const error = await admin.db.ref('v').set('lost').then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    )
    expect(error?.code).toBe('UNAVAILABLE')
    expect(error?.message).toMatch(/^UNAVAILABLE: /)
    await expect(admin.db.ref().update({ v: 'lost' })).rejects.toMatchObject({ code: 'UNAVAILABLE' })
    const rest = await fetch(restUrl(rtdb, 'v.json', ns), { method: 'PUT', body: '"lost"', headers: { authorization: 'Bearer owner' } })
    expect(rest.status).toBe(503)
    expect((await admin.db.ref('v').get()).val()).toBe('kept')

    rtdb.faults!.clear()
    await admin.db.ref('v').set('written')
    expect(rtdb.emulator!.namespaces.exportJSON(ns)).toEqual({ v: 'written' })
  })
})
