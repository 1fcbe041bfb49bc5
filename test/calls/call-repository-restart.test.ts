import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CallRepository } from '../../src/calls/call-repository.js'
import { createIdGenerator } from '../../src/calls/ids.js'
import { createWorkerDirectory } from '../../src/calls/worker-directory.js'
import { openStore, type LocalStore } from '../../src/store/index.js'

// Found by the store + mirror property (CI, seed -979059275): start a call, restart, start
// another call from the same number within the same second. The fresh id generator remembered
// nothing, reissued the first call's id, and the second call overwrote the first.

const directory = createWorkerDirectory([{ phone: '+15551230001', worker_id: 'W-1', name: 'Ana', site: 'Plant 1' }])
const frozen = new Date('2026-11-30T01:00:00.000Z')
let dir: string
let store: LocalStore | null = null

const repository = (opened: LocalStore): CallRepository =>
  new CallRepository({
    store: opened,
    ids: createIdGenerator({ instanceId: 'p1' }),
    directory,
    instanceId: 'p1',
    instanceUrl: 'http://p1.test',
    now: () => frozen,
  })

/** The restart: the store is closed and opened again, and a new repository (and id generator) reads it. */
async function restart(): Promise<CallRepository> {
  await store?.close()
  store = await openStore({ dir })
  return repository(store)
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aurora-repo-restart-'))
})
afterEach(async () => {
  await store?.close()
  store = null
  await rm(dir, { recursive: true, force: true })
})

describe('call ids across a restart within the same second', () => {
  it('gives a new call its own id instead of overwriting a live call', async () => {
    const first = await (await restart()).startCall({ callSid: 'CA01', from: '+15551230001' })
    const repo = await restart()
    const second = await repo.startCall({ callSid: 'CA02', from: '+15551230001' })

    expect(second.call.call_id).not.toBe(first.call.call_id)
    expect(second.call.conversation_id).not.toBe(first.call.conversation_id)
    expect(repo.listActive().map((c) => c.call_sid).sort()).toEqual(['CA01', 'CA02'])
    expect(repo.call(first.call.call_id)?.call_sid).toBe('CA01')
  })

  it('does not reuse the id of a call archived before the restart', async () => {
    const before = await restart()
    const first = await before.startCall({ callSid: 'CA01', from: '+15551230001' })
    await before.setStatus(first.call.call_id, 'ENDED', [], { ended_at: frozen.toISOString() })
    expect(await before.archiveEnded(0)).toEqual([first.call.call_id])

    const repo = await restart()
    const second = await repo.startCall({ callSid: 'CA02', from: '+15551230001' })
    expect(second.call.call_id).not.toBe(first.call.call_id)
    expect(repo.archived(first.call.call_id)?.call_sid).toBe('CA01')
  })
})
