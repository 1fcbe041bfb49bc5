import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { fileURLToPath } from 'node:url'
import envSchema from 'env-schema'
import { parseVoiceSettings, type VoiceSettings } from './calls/voice-settings.js'

// Every environment variable Aurora reads, validated once at boot (server.ts is the only caller
// that passes process.env; tests build Config objects directly). Problems are reported all at once.
const schema = {
  type: 'object',
  properties: {
    AURORA_MODE: { type: 'string', enum: ['development', 'production'], default: 'development' },
    PORT: { type: 'integer', minimum: 0, maximum: 65535, default: 3000 },
    HOST: { type: 'string', minLength: 1, default: '127.0.0.1' },
    PUBLIC_URL: { type: 'string', pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$' },
    INSTANCE_ID: { type: 'string', pattern: '^[a-z0-9]{1,16}$' },
    LOG_LEVEL: { type: 'string', enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' },
    TRUST_PROXY: { type: 'string', pattern: '^[0-9A-Za-z.:/, ]+$', default: 'loopback' },

    TWILIO_AUTH_TOKEN: { type: 'string', minLength: 8 },
    TWILIO_ACCOUNT_SID: { type: 'string', pattern: '^AC[0-9a-fA-F]{32}$' },
    TWILIO_API_BASE_URL: { type: 'string', pattern: '^https?://' },

    AURORA_DATA_DIR: { type: 'string', minLength: 1, default: './data' },
    JOURNAL_SEGMENT_BYTES: { type: 'integer', minimum: 4096, default: 16 * 1024 * 1024 },
    SNAPSHOT_EVERY_RECORDS: { type: 'integer', minimum: 1, default: 10_000 },
    WORKER_DIRECTORY: { type: 'string', minLength: 1 },
    ARCHIVE_GRACE_MS: { type: 'integer', minimum: 0, default: 600_000 },
    STALE_CALL_MS: { type: 'integer', minimum: 0, default: 900_000 },
    HISTORY_IN_MEMORY_MS: { type: 'integer', minimum: 0, default: 60_000 },
    SILENT_TURNS_BEFORE_ESCALATION: { type: 'integer', minimum: 1, maximum: 10, default: 2 },
    LOW_CONFIDENCE_THRESHOLD: { type: 'number', minimum: 0, maximum: 1, default: 0.3 },

    RESPONDER: { type: 'string', enum: ['playbook', 'llm'], default: 'playbook' },
    LLM_BASE_URL: { type: 'string', pattern: '^https?://' },
    LLM_MODEL: { type: 'string', minLength: 1 },
    LLM_API_KEY: { type: 'string' },
    LLM_DEADLINE_MS: { type: 'integer', minimum: 100, maximum: 10_000, default: 1500 },

    SPEECH_LANGUAGE: { type: 'string' },
    SPEECH_HINTS: { type: 'string' },
    SAY_VOICE: { type: 'string' },

    FIREBASE_PROJECT_ID: { type: 'string', pattern: '^[a-z0-9-]{4,40}$', default: 'demo-aurora' },
    FIREBASE_DATABASE_EMULATOR_HOST: { type: 'string', pattern: '^[^\\s/:]+:[0-9]{1,5}$' },
    FIREBASE_DATABASE_URL: { type: 'string', pattern: '^https?://' },
    MIRROR_BATCH_DEADLINE_MS: { type: 'integer', minimum: 100, default: 5000 },
    // One batch is in flight at a time, so the mirror sends at most this many records per round
    // trip: at 1,000 turns/s (about 2,000 records/s) over a link with 500 ms each way, 500 fell
    // behind for as long as the load lasted (bench: 5 batches of 500 in 6 s); 5,000 keeps up.
    // A batch Firebase refuses as too big is halved (batch-loop.ts), so a large cap is safe.
    MIRROR_MAX_BATCH_RECORDS: { type: 'integer', minimum: 1, default: 5000 },
    MIRROR_MODE: { type: 'string', enum: ['background', 'inline'], default: 'background' },

    ADMIN_TOKEN: { type: 'string', minLength: 16 },
    ADMIN_FIREBASE_AUTH: { type: 'boolean', default: false },
    SESSION_TTL_MS: { type: 'integer', minimum: 60_000, default: 12 * 3600_000 },
    ADMIN_SESSION_SECRET: { type: 'string', minLength: 32 },
    ADMIN_LOGIN_RATE_LIMIT: { type: 'integer', minimum: 1, maximum: 10_000, default: 10 },
    ADMIN_SSE_HEARTBEAT_MS: { type: 'integer', minimum: 10, maximum: 25_000, default: 15_000 },
    ADMIN_SSE_REPLAY_EVENTS: { type: 'integer', minimum: 10, maximum: 1_000_000, default: 2000 },
    WEBHOOK_BODY_LIMIT: { type: 'integer', minimum: 1024, maximum: 1_048_576, default: 32_768 },
    // At most 12 s: a turn passed on to the instance holding the call may take this plus 1 s for the
    // trip, and a local answer after a failed forward 1 s more, inside Twilio's 15 s.
    WEBHOOK_DEADLINE_MS: { type: 'integer', minimum: 500, maximum: 12_000, default: 10_000 },
  },
} as const

interface RawEnv {
  AURORA_MODE: 'development' | 'production'
  PORT: number
  HOST: string
  PUBLIC_URL?: string
  INSTANCE_ID?: string
  LOG_LEVEL: string
  TRUST_PROXY: string
  TWILIO_AUTH_TOKEN?: string
  TWILIO_ACCOUNT_SID?: string
  TWILIO_API_BASE_URL?: string
  AURORA_DATA_DIR: string
  JOURNAL_SEGMENT_BYTES: number
  SNAPSHOT_EVERY_RECORDS: number
  WORKER_DIRECTORY?: string
  ARCHIVE_GRACE_MS: number
  STALE_CALL_MS: number
  HISTORY_IN_MEMORY_MS: number
  SILENT_TURNS_BEFORE_ESCALATION: number
  LOW_CONFIDENCE_THRESHOLD: number
  RESPONDER: 'playbook' | 'llm'
  LLM_BASE_URL?: string
  LLM_MODEL?: string
  LLM_API_KEY?: string
  LLM_DEADLINE_MS: number
  SPEECH_LANGUAGE?: string
  SPEECH_HINTS?: string
  SAY_VOICE?: string
  FIREBASE_PROJECT_ID: string
  FIREBASE_DATABASE_EMULATOR_HOST?: string
  FIREBASE_DATABASE_URL?: string
  MIRROR_BATCH_DEADLINE_MS: number
  MIRROR_MAX_BATCH_RECORDS: number
  MIRROR_MODE: 'background' | 'inline'
  ADMIN_TOKEN?: string
  ADMIN_FIREBASE_AUTH: boolean
  SESSION_TTL_MS: number
  ADMIN_SESSION_SECRET?: string
  ADMIN_LOGIN_RATE_LIMIT: number
  ADMIN_SSE_HEARTBEAT_MS: number
  ADMIN_SSE_REPLAY_EVENTS: number
  WEBHOOK_BODY_LIMIT: number
  WEBHOOK_DEADLINE_MS: number
}

/** Where the mirror sends changes: an emulator (ours or Google's) or a real project. */
export type FirebaseTarget =
  | { kind: 'emulator'; projectId: string; hostPort: string; namespace: string }
  | { kind: 'project'; projectId: string; databaseURL: string }
  /** Neither configured: server.ts boots the embedded emulator and turns this into `emulator`. */
  | { kind: 'embedded'; projectId: string; namespace: string }

export interface Config {
  mode: 'development' | 'production'
  port: number
  host: string
  /** Base URL Twilio reaches this instance at; signatures are checked against it and action URLs point to it. */
  publicUrl: string
  instanceId: string
  logLevel: string
  /**
   * Which peers' X-Forwarded-* headers are believed (Fastify's trustProxy): the client address
   * that login's rate limit counts, and the host the cross-origin check compares. Only a proxy
   * in front of Aurora may say who the client is; anyone else could name a new address per try.
   */
  trustProxy: boolean | string
  twilio: {
    authToken: string
    /** True when the token was generated at start-up (development only) and must be shown to the developer. */
    authTokenGenerated: boolean
    accountSid?: string
    apiBaseUrl?: string
  }
  dataDir: string
  /** Journal segment size and how many records between background snapshots. */
  journal: { segmentBytes: number; snapshotEveryRecords: number }
  workerDirectory: string
  archiveGraceMs: number
  /**
   * A call no webhook or admin has touched for this long is ended (end_reason "stale"): its end
   * never reached this instance (a lost status callback). A live call posts a turn every few
   * seconds, silence included. 0: never.
   */
  staleCallMs: number
  /** How long an archived call stays in memory before only the journal, total.json and Firebase hold it. */
  historyInMemoryMs: number
  silentTurnsBeforeEscalation: number
  lowConfidenceThreshold: number
  responder: {
    kind: 'playbook' | 'llm'
    llm?: { baseUrl: string; model: string; apiKey?: string; deadlineMs: number }
  }
  /** The recognition locale and hints of every <Gather>, the voice of every <Say>. */
  voice: VoiceSettings
  firebase: FirebaseTarget
  mirror: { batchDeadlineMs: number; maxBatchRecords: number; mode: 'background' | 'inline' }
  admin: {
    token: string
    tokenGenerated: boolean
    firebaseAuth: boolean
    sessionTtlMs: number
    /**
     * Signs session cookies. Absent: derived from the admin token, so every instance sharing
     * ADMIN_TOKEN accepts the same sessions and rotating the token logs everyone out.
     */
    sessionSecret?: string
    /** Login attempts per minute per client address. */
    loginRateLimit: number
    /** SSE comment heartbeat interval: below the 30 s socket idle timeout and typical proxy limits. */
    sseHeartbeatMs: number
    /** Events kept per stream topic for Last-Event-ID resume; older ids get reset + initial. */
    sseReplayEvents: number
  }
  webhookBodyLimit: number
  /**
   * A voice webhook not answered by then (a stalled disk, say) gets the apology and Twilio goes
   * to /voice-fallback, well inside Twilio's own 15 s timeout, so the caller hears a voice, not
   * Twilio's error message.
   */
  webhookDeadlineMs: number
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
    this.name = 'ConfigError'
  }
}

export const EXAMPLE_WORKER_DIRECTORY = fileURLToPath(new URL('./calls/workers.example.json', import.meta.url))

/** Pure: reads only `env`; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = []
  const data = Object.fromEntries(
    Object.keys(schema.properties).flatMap((key) => {
      const value = env[key]
      return value === undefined || value === '' ? [] : [[key, value]]
    }),
  )
  let raw: RawEnv
  try {
    raw = envSchema<RawEnv>({ schema: structuredClone(schema), data, env: false })
  } catch (err) {
    throw new ConfigError(String((err as Error).message).split(', ').map((p) => p.replace(/^env\//, '')))
  }

  const production = raw.AURORA_MODE === 'production'
  if (production && !raw.TWILIO_AUTH_TOKEN) problems.push('TWILIO_AUTH_TOKEN is required when AURORA_MODE=production')
  if (production && !raw.ADMIN_TOKEN && !raw.ADMIN_FIREBASE_AUTH) {
    problems.push('ADMIN_TOKEN (or ADMIN_FIREBASE_AUTH=true) is required when AURORA_MODE=production')
  }
  if (production && raw.ADMIN_FIREBASE_AUTH && !raw.ADMIN_TOKEN && !raw.ADMIN_SESSION_SECRET) {
    problems.push('ADMIN_SESSION_SECRET (or ADMIN_TOKEN) is required with ADMIN_FIREBASE_AUTH in production, so sessions work on every instance')
  }
  if (production && !raw.PUBLIC_URL) problems.push('PUBLIC_URL is required when AURORA_MODE=production (Twilio signs the public URL)')
  if (production && raw.PUBLIC_URL?.startsWith('http:')) {
    problems.push('PUBLIC_URL must be https when AURORA_MODE=production (admin session cookies are Secure only over https; terminate TLS at a proxy if need be)')
  }
  if (raw.RESPONDER === 'llm' && (!raw.LLM_BASE_URL || !raw.LLM_MODEL)) {
    problems.push('RESPONDER=llm needs LLM_BASE_URL and LLM_MODEL')
  }
  if (raw.RESPONDER === 'llm' && raw.LLM_DEADLINE_MS >= raw.WEBHOOK_DEADLINE_MS) {
    problems.push(`LLM_DEADLINE_MS (${raw.LLM_DEADLINE_MS}) must be below WEBHOOK_DEADLINE_MS (${raw.WEBHOOK_DEADLINE_MS}), or every slow answer becomes an apology`)
  }
  const voice = parseVoiceSettings({
    ...(raw.SPEECH_LANGUAGE ? { language: raw.SPEECH_LANGUAGE } : {}),
    ...(raw.SPEECH_HINTS ? { hints: raw.SPEECH_HINTS } : {}),
    ...(raw.SAY_VOICE ? { voice: raw.SAY_VOICE } : {}),
  })
  problems.push(...voice.problems)
  if (raw.FIREBASE_DATABASE_EMULATOR_HOST && raw.FIREBASE_DATABASE_URL) {
    problems.push('set FIREBASE_DATABASE_EMULATOR_HOST or FIREBASE_DATABASE_URL, not both')
  }
  if (problems.length > 0) throw new ConfigError(problems)

  const projectId = raw.FIREBASE_PROJECT_ID
  // The SDKs' default database for a project is `<projectId>-default-rtdb` (wire-protocol notes §1).
  const namespace = `${projectId}-default-rtdb`
  const firebase: FirebaseTarget = raw.FIREBASE_DATABASE_EMULATOR_HOST
    ? { kind: 'emulator', projectId, hostPort: raw.FIREBASE_DATABASE_EMULATOR_HOST, namespace }
    : raw.FIREBASE_DATABASE_URL
      ? { kind: 'project', projectId, databaseURL: raw.FIREBASE_DATABASE_URL }
      : { kind: 'embedded', projectId, namespace }

  const llm =
    raw.LLM_BASE_URL && raw.LLM_MODEL
      ? {
          baseUrl: raw.LLM_BASE_URL.replace(/\/+$/, ''),
          model: raw.LLM_MODEL,
          deadlineMs: raw.LLM_DEADLINE_MS,
          ...(raw.LLM_API_KEY ? { apiKey: raw.LLM_API_KEY } : {}),
        }
      : undefined

  return {
    mode: raw.AURORA_MODE,
    port: raw.PORT,
    host: raw.HOST,
    publicUrl: (raw.PUBLIC_URL ?? `http://${localHost(raw.HOST)}:${raw.PORT}`).replace(/\/+$/, ''),
    instanceId: raw.INSTANCE_ID ?? defaultInstanceId(),
    logLevel: raw.LOG_LEVEL,
    trustProxy: parseTrustProxy(raw.TRUST_PROXY),
    twilio: {
      authToken: raw.TWILIO_AUTH_TOKEN ?? randomBytes(16).toString('hex'),
      authTokenGenerated: !raw.TWILIO_AUTH_TOKEN,
      ...(raw.TWILIO_ACCOUNT_SID ? { accountSid: raw.TWILIO_ACCOUNT_SID } : {}),
      ...(raw.TWILIO_API_BASE_URL ? { apiBaseUrl: raw.TWILIO_API_BASE_URL } : {}),
    },
    dataDir: raw.AURORA_DATA_DIR,
    journal: { segmentBytes: raw.JOURNAL_SEGMENT_BYTES, snapshotEveryRecords: raw.SNAPSHOT_EVERY_RECORDS },
    workerDirectory: raw.WORKER_DIRECTORY ?? EXAMPLE_WORKER_DIRECTORY,
    archiveGraceMs: raw.ARCHIVE_GRACE_MS,
    staleCallMs: raw.STALE_CALL_MS,
    historyInMemoryMs: raw.HISTORY_IN_MEMORY_MS,
    silentTurnsBeforeEscalation: raw.SILENT_TURNS_BEFORE_ESCALATION,
    lowConfidenceThreshold: raw.LOW_CONFIDENCE_THRESHOLD,
    responder: { kind: raw.RESPONDER, ...(llm ? { llm } : {}) },
    voice: voice.settings,
    firebase,
    mirror: {
      batchDeadlineMs: raw.MIRROR_BATCH_DEADLINE_MS,
      maxBatchRecords: raw.MIRROR_MAX_BATCH_RECORDS,
      mode: raw.MIRROR_MODE,
    },
    admin: {
      token: raw.ADMIN_TOKEN ?? randomBytes(18).toString('base64url'),
      tokenGenerated: !raw.ADMIN_TOKEN,
      firebaseAuth: raw.ADMIN_FIREBASE_AUTH,
      sessionTtlMs: raw.SESSION_TTL_MS,
      ...(raw.ADMIN_SESSION_SECRET ? { sessionSecret: raw.ADMIN_SESSION_SECRET } : {}),
      loginRateLimit: raw.ADMIN_LOGIN_RATE_LIMIT,
      sseHeartbeatMs: raw.ADMIN_SSE_HEARTBEAT_MS,
      sseReplayEvents: raw.ADMIN_SSE_REPLAY_EVENTS,
    },
    webhookBodyLimit: raw.WEBHOOK_BODY_LIMIT,
    webhookDeadlineMs: raw.WEBHOOK_DEADLINE_MS,
  }
}

/** Where a local client reaches HOST: a wildcard address means this machine; IPv6 goes in brackets. */
function localHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') ? `[${host}]` : host
}

/** "true" (every peer), "false" (none), or addresses, CIDR ranges and proxy-addr's names (loopback, linklocal, uniquelocal). */
function parseTrustProxy(value: string): boolean | string {
  const trimmed = value.trim()
  if (trimmed === 'true') return true
  if (trimmed === 'false' || trimmed === '') return false
  return trimmed
}

// Call ids carry the instance id, so two hosts running with defaults must not collide:
// derive it from the host name (stable across restarts of the same host).
function defaultInstanceId(): string {
  const slug = hostname().toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8)
  return slug || 'local'
}
