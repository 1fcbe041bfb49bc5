import { readFile } from 'node:fs/promises'
import { assertFails, assertSucceeds, initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useRtdb, type RtdbTarget } from '../helpers/rtdb.js'

// The project's database.rules.json, as deployed: admins (custom claim admin == true) read the
// three call trees; nobody writes except the server (the admin SDK bypasses rules); everyone
// else is denied. Runs against our emulator, or Google's with FIREBASE_DATABASE_EMULATOR_HOST.

const TREES = ['active_calls', 'active_conversations', 'call_history'] as const
const SEED = {
  active_calls: { call_1: { call_id: 'call_1', conversation_id: 'conv_1', status: 'ACTIVE', urgency: 'CRITICAL' } },
  active_conversations: { conv_1: { urgency: 'CRITICAL', messages: { msg_000001: { id: 'msg_000001', seq: 1, role: 'user', text: 'fire' } } } },
  call_history: { call_0: { call_id: 'call_0', status: 'ENDED' } },
  elsewhere: { secret: 'not for anyone' },
}

let rtdb: RtdbTarget
let env: RulesTestEnvironment

beforeAll(async () => {
  rtdb = await useRtdb()
  const rules = await readFile(new URL('../../database.rules.json', import.meta.url), 'utf8')
  env = await initializeTestEnvironment({
    projectId: `demo-${rtdb.namespace('rules')}`,
    database: { host: rtdb.host, port: rtdb.port, rules },
  })
  await env.withSecurityRulesDisabled(async (context) => {
    await context.database().ref().set(SEED)
  })
})
afterAll(async () => {
  await env?.cleanup()
  await rtdb?.stop()
})

const admin = () => env.authenticatedContext('dana', { admin: true }).database()

describe('database.rules.json', () => {
  it('lets admins read the call trees, whole and in part', async () => {
    for (const tree of TREES) await assertSucceeds(admin().ref(tree).get())
    await assertSucceeds(admin().ref('active_calls/call_1/urgency').get())
    await assertSucceeds(admin().ref('active_conversations/conv_1/messages').orderByKey().limitToLast(10).get())
  })

  it('lets admins read nothing else, not even the root', async () => {
    await assertFails(admin().ref().get())
    await assertFails(admin().ref('elsewhere').get())
    await assertFails(admin().ref('elsewhere/secret').get())
  })

  it('lets nobody write through the client SDK, admins included', async () => {
    for (const db of [admin(), env.authenticatedContext('worker').database(), env.unauthenticatedContext().database()]) {
      for (const tree of TREES) {
        await assertFails(db.ref(`${tree}/forged`).set({ status: 'ENDED' }))
        await assertFails(db.ref(tree).remove())
      }
      await assertFails(db.ref('active_calls/call_1/status').set('ENDED'))
      await assertFails(db.ref('elsewhere/new').set(1))
      await assertFails(db.ref().update({ 'active_calls/call_1/urgency': 'LOW' }))
    }
  })

  it('denies reads to users without the admin claim, or with a claim that is not exactly true', async () => {
    const contexts = [
      env.unauthenticatedContext(),
      env.authenticatedContext('worker'),
      env.authenticatedContext('eve', { admin: false }),
      env.authenticatedContext('mallory', { admin: 'true' }),
      env.authenticatedContext('trent', { role: 'admin' }),
    ]
    for (const context of contexts) {
      for (const tree of TREES) await assertFails(context.database().ref(tree).get())
      await assertFails(context.database().ref('active_conversations/conv_1/messages/msg_000001').get())
    }
  })

  it('still holds the seeded data (the server writes with rules bypassed)', async () => {
    await env.withSecurityRulesDisabled(async (context) => {
      expect((await context.database().ref().get()).val()).toEqual(SEED)
    })
  })
})
