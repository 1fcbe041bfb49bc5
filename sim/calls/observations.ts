// After the mirror drained: when each acknowledged turn became visible in Firebase and on the
// admin streams (briefly waiting for the watchers to report the last ones), and the local layer
// as the admin API shows it when the simulator cannot read Aurora's store itself (--target).

import { setTimeout as sleep } from 'node:timers/promises'
import type { AdminChannel } from './admin-watcher.js'
import type { CallView } from './final-check.js'
import type { FirebaseWatcher } from './firebase-watcher.js'
import type { CallRecord } from './run-record.js'

const VISIBILITY_WAIT_MS = 10_000
const ADMIN_WAIT_MS = 5_000
const POLL_MS = 50

function measuredTurns(calls: readonly CallRecord[]): { call: CallRecord; turn: number; index: number }[] {
  const out: { call: CallRecord; turn: number; index: number }[] = []
  for (const call of calls) {
    call.webhooks.forEach((w, index) => {
      if (w.acknowledged && w.turn !== null && w.kind !== 'status') out.push({ call, turn: w.turn, index })
    })
  }
  return out
}

/** Firebase lag: waits (briefly) for the listeners to report every acknowledged turn, then records when each became visible. */
export async function fillFirebaseTimes(watcher: FirebaseWatcher, calls: readonly CallRecord[], now: () => number): Promise<void> {
  const turns = measuredTurns(calls)
  const deadline = now() + VISIBILITY_WAIT_MS
  for (;;) {
    let missing = 0
    for (const { call, turn, index } of turns) {
      const webhook = call.webhooks[index]
      if (!webhook || webhook.firebaseAt !== null) continue
      const convId = call.convId ?? watcher.conversationOf(call.callSid)
      if (convId !== undefined && convId !== null) call.convId = convId
      const seen = convId ? watcher.turnVisible(convId, turn) : null
      if (seen === null) missing++
      else {
        webhook.firebaseAt = seen.at
        webhook.firebaseLagMs = seen.lagMs
      }
    }
    if (missing === 0 || now() > deadline) return
    await sleep(POLL_MS)
  }
}

export async function fillAdminTimes(channel: AdminChannel, watcher: FirebaseWatcher | null, calls: readonly CallRecord[], now: () => number): Promise<void> {
  const turns = measuredTurns(calls)
  const deadline = now() + ADMIN_WAIT_MS
  for (;;) {
    let missing = 0
    for (const { call, turn, index } of turns) {
      const webhook = call.webhooks[index]
      if (!webhook || webhook.adminAt !== null) continue
      const convId = call.convId ?? (await channel.conversationOf(call.callSid, 0)) ?? watcher?.conversationOf(call.callSid) ?? null
      if (convId !== null) call.convId = convId
      const at = turn === 0 ? channel.callSeenAt(call.callSid) : convId ? channel.turnSeenAt(convId, turn) : undefined
      if (at === undefined) missing++
      else webhook.adminAt = at
    }
    if (missing === 0 || now() > deadline) return
    await sleep(POLL_MS)
  }
}

export async function viewsViaAdmin(channel: AdminChannel, watcher: FirebaseWatcher | null, calls: readonly CallRecord[]): Promise<Map<string, CallView>> {
  const views = new Map<string, CallView>()
  for (const call of calls) {
    const convId = call.convId ?? (await channel.conversationOf(call.callSid, 0)) ?? watcher?.conversationOf(call.callSid) ?? null
    if (convId === null) continue
    const view = await channel.conversation(convId)
    if (view?.call) views.set(call.callSid, { call: view.call, messages: view.messages })
  }
  return views
}
