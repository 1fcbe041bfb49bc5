// Stall: the emulator accepts frames and requests but answers nothing until cleared; then the
// held work goes through in order.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipOnExternal, useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'
import { adminConnected } from '../../../helpers/rtdb-events.js'
import { restUrl } from '../../../helpers/rtdb-rest.js'

const QUIET_WINDOW_MS = 300

describe.skipIf(skipOnExternal('fault injection exists only in our emulator'))('fault: stall', () => {
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

  it('holds SDK writes and REST requests until cleared, then answers them in order', async () => {
    const faults = rtdb.faults!
    const ns = rtdb.namespace('stall')
    const admin = clients.admin(ns)
    await adminConnected(admin.db)
    faults.set({ stall: true })
    const answered: string[] = []
    const first = admin.db.ref('n').set(1).then(() => answered.push('set 1'))
    const second = admin.db.ref('n').set(2).then(() => answered.push('set 2'))
    const rest = fetch(restUrl(rtdb, 'r.json', ns), { method: 'PUT', body: '"x"', headers: { authorization: 'Bearer owner' } }).then((r) => {
      answered.push('rest')
      return r.status
    })
    // Nothing is supposed to happen while stalled, so this waits out a quiet window.
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS))
    expect(answered).toEqual([])
    expect(rtdb.emulator!.namespaces.get(ns)).toBeNull()

    faults.set({ stall: false })
    await Promise.all([first, second])
    expect(await rest).toBe(200)
    expect(answered.indexOf('set 1')).toBeLessThan(answered.indexOf('set 2'))
    expect(rtdb.emulator!.namespaces.exportJSON(ns)).toEqual({ n: 2, r: 'x' })
  })
})
