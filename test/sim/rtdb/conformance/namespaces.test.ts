// §15 item 31: namespaces are separate databases (§1, §13): `<project>-default-rtdb` and
// `<project>` do not see each other's data.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get, ref, set } from 'firebase/database'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'
import { createClients, type Clients } from '../../../helpers/rtdb-clients.js'

describe('conformance: namespace isolation (§15 item 31)', () => {
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

  it('31. data written to <project>-default-rtdb is invisible at ?ns=<project>, and the other way round', async () => {
    const project = rtdb.namespace('iso')
    const admin = clients.admin(`${project}-default-rtdb`)
    const web = clients.web(project)
    await admin.db.ref('where').set('default-rtdb')
    await set(ref(web.db, 'where'), 'project')
    expect((await admin.db.ref('where').get()).val()).toBe('default-rtdb')
    expect((await get(ref(clients.web(project).db, 'where'))).val()).toBe('project')
    expect((await clients.admin(project).db.ref('where').get()).val()).toBe('project')
  })
})
