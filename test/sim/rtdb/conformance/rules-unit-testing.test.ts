// §15 items 27-29 through @firebase/rules-unit-testing, which uploads rules over REST and uses
// namespace = projectId (§11, §12).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing'
import { useRtdb, type RtdbTarget } from '../../../helpers/rtdb.js'

// Comments are part of what is being tested (item 27).
const RULES = `{
  // Profiles: each user writes their own.
  "rules": {
    ".read": true,
    "users": {
      "$uid": {
        /* auth.uid comes from the mock token's sub claim */
        ".write": "auth != null && auth.uid === $uid"
      }
    },
    "staff": {
      ".write": "auth != null && auth.token.role === 'x'"
    }
  }
}`

describe('conformance: rules-unit-testing (§15 items 27-29)', () => {
  let rtdb: RtdbTarget
  let env: RulesTestEnvironment

  beforeAll(async () => {
    rtdb = await useRtdb()
    env = await initializeTestEnvironment({
      projectId: `demo-${rtdb.namespace('rut')}`,
      database: { host: rtdb.host, port: rtdb.port, rules: RULES },
    })
  })
  afterAll(async () => {
    await env?.cleanup()
    await rtdb.stop()
  })

  it('27. initializeTestEnvironment uploads rules with comments, and they apply to its contexts', async () => {
    await assertFails(env.unauthenticatedContext().database().ref('elsewhere').set(1))
  })

  it('28. identities: the owner uid may write, unauthenticated may not, custom claims reach auth.token', async () => {
    const alice = env.authenticatedContext('alice').database()
    await assertSucceeds(alice.ref('users/alice').set({ name: 'Alice' }))
    await assertFails(alice.ref('users/bob').set({ name: 'not Alice' }))
    await assertFails(env.unauthenticatedContext().database().ref('users/alice').set({ name: 'anon' }))
    await assertSucceeds(env.authenticatedContext('carol', { role: 'x' }).database().ref('staff/carol').set(true))
    await assertFails(env.authenticatedContext('dave', { role: 'y' }).database().ref('staff/dave').set(true))
  })

  it('29. withSecurityRulesDisabled bypasses rules and clearDatabase empties the namespace', async () => {
    await env.withSecurityRulesDisabled(async (context) => {
      await context.database().ref('elsewhere/seeded').set('by admin')
    })
    const reader = env.unauthenticatedContext().database()
    expect((await reader.ref('elsewhere/seeded').get()).val()).toBe('by admin')
    await env.clearDatabase()
    expect((await env.unauthenticatedContext().database().ref().get()).exists()).toBe(false)
  })
})
