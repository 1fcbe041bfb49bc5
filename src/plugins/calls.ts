import fp from 'fastify-plugin'
import { AdminActions } from '../calls/admin-actions.js'
import { CallFlow } from '../calls/call-flow.js'
import { CallRepository } from '../calls/call-repository.js'
import { createIdGenerator } from '../calls/ids.js'
import type { PushTwiml } from '../calls/twilio-push.js'
import type { VoiceSettings } from '../calls/voice-settings.js'
import type { WorkerDirectory } from '../calls/worker-directory.js'
import type { Op } from '../store/index.js'
import type { Responder } from '../triage/responder.js'

declare module 'fastify' {
  interface FastifyInstance {
    calls: CallRepository
    callFlow: CallFlow
    adminActions: AdminActions
  }
}

export interface CallsPluginOptions {
  instanceId: string
  publicUrl: string
  /** How a pushed admin line is spoken (config.voice). */
  voice?: VoiceSettings
  directory: WorkerDirectory
  responder: Responder
  push?: PushTwiml
  archiveGraceMs: number
  /** Calls untouched this long are ended as stale (CallRepository.endStale); 0: never. */
  staleCallMs: number
  /** Archived calls leave memory this long after archiving (CallRepository.forgetArchived). */
  historyInMemoryMs: number
  silentTurnsBeforeEscalation: number
  lowConfidenceThreshold: number
  /** 'inline' is the bench's naive design: every commit also waits for Firebase's acknowledgement. */
  mirrorMode: 'background' | 'inline'
  now?: () => Date
}

/** Twilio gives up on a webhook after 15 s; the naive design answers the apology then. */
const INLINE_WAIT_MS = 15_000

export default fp<CallsPluginOptions>(
  async (app, options) => {
    const { store, mirror } = app
    const commit =
      options.mirrorMode === 'inline' && mirror
        ? async (ops: readonly Op[]) => {
            const record = await store.commit(ops)
            if (!(await mirror.waitForSeq(record.seq, INLINE_WAIT_MS))) throw new Error(`firebase did not acknowledge seq ${record.seq} within ${INLINE_WAIT_MS} ms`)
            return record
          }
        : undefined
    const repo = new CallRepository({
      store,
      ids: createIdGenerator({ instanceId: options.instanceId }),
      directory: options.directory,
      instanceId: options.instanceId,
      instanceUrl: options.publicUrl,
      ...(commit ? { commit } : {}),
      ...(options.now ? { now: options.now } : {}),
    })
    const log = app.log.child({ component: 'calls' })
    app.decorate('calls', repo)
    app.decorate(
      'callFlow',
      new CallFlow({
        repo,
        responder: options.responder,
        log,
        silentTurnsBeforeEscalation: options.silentTurnsBeforeEscalation,
        lowConfidenceThreshold: options.lowConfidenceThreshold,
      }),
    )
    app.decorate(
      'adminActions',
      new AdminActions({ repo, baseUrl: options.publicUrl, ...(options.voice ? { voice: options.voice } : {}), log, ...(options.push ? { push: options.push } : {}) }),
    )

    // Calls whose end never came are ended; ended calls move to call_history after the grace
    // period, and out of memory some time after that; check often enough that the delay past
    // either stays small relative to it.
    const shortest = Math.min(options.archiveGraceMs, options.historyInMemoryMs)
    const every = Math.max(250, Math.min(30_000, Math.floor(shortest / 4) || 250))
    // Without a mirror nothing will ever reach Firebase: the retention alone decides.
    const mirrored = (): number => mirror?.watermark ?? Number.POSITIVE_INFINITY
    repo.forgetArchived(options.historyInMemoryMs, mirrored())
    let archiving: Promise<unknown> | null = null
    const timer = setInterval(() => {
      if (archiving) return
      archiving = (options.staleCallMs > 0 ? repo.endStale(options.staleCallMs) : Promise.resolve([]))
        .then((stale) => {
          if (stale.length > 0) log.warn({ calls: stale.length }, 'calls without a webhook for too long were ended as stale')
          return repo.archiveEnded(options.archiveGraceMs)
        })
        .then(() => repo.forgetArchived(options.historyInMemoryMs, mirrored()))
        .catch((err: unknown) => log.error({ err }, 'archiving ended calls failed'))
        .finally(() => (archiving = null))
    }, every)
    timer.unref()
    app.addHook('preClose', async () => {
      clearInterval(timer)
      await archiving
    })
  },
  { name: 'calls', dependencies: ['store', 'mirror'] },
)
