import helmet from '@fastify/helmet'
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Config } from './config.js'
import { createTwilioPush, type PushTwiml } from './calls/twilio-push.js'
import { loadWorkerDirectory } from './calls/worker-directory.js'
import { loggerOptions } from './log.js'
import type { RtdbConnection, ResolvedFirebaseTarget } from './mirror/rtdb.js'
import adminAuth, { type IdTokenVerifier } from './plugins/admin-auth.js'
import adminHub, { type AdminHubOptions } from './plugins/admin-hub.js'
import calls from './plugins/calls.js'
import errorHandler from './plugins/error-handler.js'
import requestLog from './plugins/request-log.js'
import mirror from './plugins/mirror.js'
import observability from './plugins/observability.js'
import store from './plugins/store.js'
import adminRoutes from './routes/admin/index.js'
import voiceRoutes from './routes/voice/index.js'
import { createResponder, type Responder } from './triage/responder.js'

export interface AppDeps {
  /**
   * An open Firebase connection (tests, the simulator): the main thread listens with it and the
   * mirror worker writes to its `target` over a connection of its own; null runs journal-only.
   */
  rtdb: RtdbConnection | null
  responder: Responder
  push: PushTwiml
  now: () => Date
  /** Fastify logger options override (tests pass false or a stream). */
  logger: FastifyServerOptions['logger']
  /** Firebase ID token check for admin login (tests); default: firebase-admin's verifyIdToken. */
  verifyIdToken: IdTokenVerifier
  /** Admin stream tuning (tests, the bench): linger, mirror tick, fan-out slice, timeouts. */
  adminHub: Partial<Omit<AdminHubOptions, 'instanceId' | 'replayEvents'>>
}

/**
 * The whole application as plugins registered in order; it never listens (server.ts does), so
 * tests build exactly what production runs. An `embedded` Firebase target must be resolved to
 * the emulator it started before calling this (server.ts does).
 */
export async function buildApp(config: Config, deps: Partial<AppDeps> = {}): Promise<FastifyInstance> {
  if (config.firebase.kind === 'embedded' && deps.rtdb === undefined) {
    throw new Error('buildApp: the embedded Firebase emulator must be started first (server.ts) or deps.rtdb given')
  }
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    // Twilio and admins are real clients on real networks: don't let a slow one hold a socket forever.
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
    // plugins/request-log.ts logs one line per request instead.
    logController: new LogController({ disableRequestLogging: true }),
  })

  const directory = await loadWorkerDirectory(config.workerDirectory)
  const responder = deps.responder ?? createResponder(config.responder, { log: app.log.child({ component: 'responder' }) })
  const push =
    deps.push ??
    (config.twilio.accountSid
      ? await createTwilioPush({
          accountSid: config.twilio.accountSid,
          authToken: config.twilio.authToken,
          ...(config.twilio.apiBaseUrl ? { apiBaseUrl: config.twilio.apiBaseUrl } : {}),
        })
      : undefined)

  await app.register(errorHandler)
  await app.register(requestLog)
  await app.register(store, { dir: config.dataDir, ...config.journal })
  await app.register(mirror, {
    target: deps.rtdb === null || config.firebase.kind === 'embedded' ? null : (config.firebase as ResolvedFirebaseTarget),
    ...(deps.rtdb ? { connection: deps.rtdb } : {}),
    batchDeadlineMs: config.mirror.batchDeadlineMs,
    maxBatchRecords: config.mirror.maxBatchRecords,
    mode: config.mirror.mode,
  })
  await app.register(calls, {
    instanceId: config.instanceId,
    publicUrl: config.publicUrl,
    voice: config.voice,
    directory,
    responder,
    ...(push ? { push } : {}),
    archiveGraceMs: config.archiveGraceMs,
    staleCallMs: config.staleCallMs,
    historyInMemoryMs: config.historyInMemoryMs,
    silentTurnsBeforeEscalation: config.silentTurnsBeforeEscalation,
    lowConfidenceThreshold: config.lowConfidenceThreshold,
    mirrorMode: config.mirror.mode,
    ...(deps.now ? { now: deps.now } : {}),
  })
  await app.register(observability, { instanceId: config.instanceId })
  await app.register(adminHub, { ...deps.adminHub, instanceId: config.instanceId, replayEvents: config.admin.sseReplayEvents })
  await app.register(voiceRoutes, {
    authToken: config.twilio.authToken,
    publicUrl: config.publicUrl,
    voice: config.voice,
    bodyLimit: config.webhookBodyLimit,
    deadlineMs: config.webhookDeadlineMs,
  })
  // The supervisors' side in a context of its own: its security headers and session cookies cost
  // every request they run on, and Twilio's webhooks, /health and /metrics need neither.
  await app.register(async (admin) => {
    // Security headers on the supervisors' side; the CSP is the dashboard's: its own files only,
    // no inline code, no framing, and network access to this origin only (the API and streams).
    await admin.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // Same-origin dashboard: nobody else may embed or read our responses.
      crossOriginResourcePolicy: { policy: 'same-origin' },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
    })
    await admin.register(adminAuth, {
      token: config.admin.token,
      // A generated token is only ever shown in development (server.ts prints it).
      tokenLogin: !config.admin.tokenGenerated || config.mode === 'development',
      firebaseAuth: config.admin.firebaseAuth,
      sessionTtlMs: config.admin.sessionTtlMs,
      ...(config.admin.sessionSecret ? { sessionSecret: config.admin.sessionSecret } : {}),
      secureCookie: config.publicUrl.startsWith('https:'),
      publicOrigin: new URL(config.publicUrl).origin,
      ...(deps.verifyIdToken ? { verifyIdToken: deps.verifyIdToken } : {}),
      ...(deps.now ? { now: () => (deps.now as () => Date)().getTime() } : {}),
    })
    await admin.register(adminRoutes, { loginRateLimit: config.admin.loginRateLimit, heartbeatMs: config.admin.sseHeartbeatMs })
  })
  return app
}
