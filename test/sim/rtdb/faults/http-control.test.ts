// The faults are also switchable over HTTP at /.emulator/faults, and those routes keep working
// during the outage they control.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminConnected } from '../../../helpers/rtdb-events.js'

describe.skipIf(skipOnExternal('fault control exists only in our emulator'))('fault control over HTTP', () => {
  let rtdb: RtdbTarget
  let clients: Clients
  let faultsUrl: string

  beforeAll(async () => {
    rtdb = await useRtdb()
    clients = createClients(rtdb)
    faultsUrl = `http://${rtdb.hostPort}/.emulator/faults`
  })
  afterAll(async () => {
    await clients.closeAll()
    await rtdb.stop()
  })

  const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  it('reads, sets, merges and clears the fault state', async () => {
    expect(await (await fetch(faultsUrl)).json()).toEqual({ latencyMs: { in: 0, out: 0 }, stall: false, refuseConnections: false, rejectWrites: false })
    const put = await fetch(faultsUrl, { method: 'PUT', ...json({ latencyMs: { out: 25 } }) })
    expect(await put.json()).toMatchObject({ latencyMs: { in: 0, out: 25 } })
    await fetch(faultsUrl, { method: 'POST', ...json({ rejectWrites: true }) })
    expect(rtdb.faults!.state).toMatchObject({ latencyMs: { out: 25 }, rejectWrites: true })
    const cleared = await fetch(faultsUrl, { method: 'DELETE' })
    expect(await cleared.json()).toMatchObject({ latencyMs: { in: 0, out: 0 }, rejectWrites: false })
  })

  it('rejects bad settings with 400 and the list of problems', async () => {
    const response = await fetch(faultsUrl, { method: 'PUT', ...json({ stall: 'yes', latencyMs: { in: -3 } }) })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: string }
    expect(body.error).toContain('stall must be a boolean')
    expect(body.error).toContain('latencyMs.in')
    expect((await fetch(faultsUrl, { method: 'PUT', body: '{not json' })).status).toBe(400)
  })

  it('drops connections on POST /.emulator/faults/drop and stays reachable while refusing everything else', async () => {
    const admin = clients.admin(rtdb.namespace('http-drop'))
    await adminConnected(admin.db)
    await fetch(faultsUrl, { method: 'PUT', ...json({ refuseConnections: true }) })
    const offline = adminConnected(admin.db, false)
    const dropped = await fetch(`${faultsUrl}/drop`, { method: 'POST' })
    expect(((await dropped.json()) as { dropped: number }).dropped).toBeGreaterThan(0)
    await offline
    expect((await fetch(faultsUrl)).status).toBe(200)
    await fetch(faultsUrl, { method: 'DELETE' })
    await adminConnected(admin.db, true)
  })
})
