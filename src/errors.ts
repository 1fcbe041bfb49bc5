import { createError } from '@fastify/error'

// Every Aurora error code, one table grouped by area. Codes are AURORA_ERR_<AREA>_<WHAT>; each
// message says what happened and what to do next. Domain code throws these; the error handler of
// each scope turns them into a response.

/** Optional last argument of any error: the underlying error, kept as `err.cause`. */
type Cause = { cause: unknown }

// --- store: the local journal and snapshot (src/store/) ---------------------------------------
export const ERR_STORE_INVALID_PATH = createError<[string, string]>(
  'AURORA_ERR_STORE_INVALID_PATH',
  'Store path %j is not a valid Firebase path (%s); use "/"-separated non-empty keys without . $ # [ ] or control characters, or "" for the root',
  400,
)
export const ERR_STORE_INVALID_VALUE = createError<[string, string]>(
  'AURORA_ERR_STORE_INVALID_VALUE',
  'Value at %j cannot be stored (%s); store only what Firebase accepts: finite numbers, strings, booleans, null, plain objects and arrays with valid keys',
  400,
)
export const ERR_STORE_INVALID_OPTION = createError<[string, string]>(
  'AURORA_ERR_STORE_INVALID_OPTION',
  'Store option %s is invalid (%s); fix the value passed to openStore()',
  500,
)
export const ERR_STORE_CLOSED = createError<[string]>(
  'AURORA_ERR_STORE_CLOSED',
  'Store at %s is closed; commits after close() are refused (was the app shut down before this request finished?)',
  503,
)
export const ERR_STORE_FAILED = createError<[string, string, Cause?]>(
  'AURORA_ERR_STORE_FAILED',
  'Store at %s cannot make writes durable (%s); it refuses every commit from now on: fix the disk (space, permissions, I/O errors) and restart the process',
  503,
)
export const ERR_STORE_LOCKED = createError<[string, string]>(
  'AURORA_ERR_STORE_LOCKED',
  'Data dir %s is locked by %s; stop that process or give this one its own AURORA_DATA_DIR',
  500,
)
export const ERR_STORE_LOCK_LOST = createError<[string, string]>(
  'AURORA_ERR_STORE_LOCK_LOST',
  'Data dir %s is no longer locked by this process (now held by %s: this process was stalled long enough for it to look dead); it refuses every commit from now on so two writers never share a journal: restart this process',
  503,
)
export const ERR_STORE_DATA_DIR_UNUSABLE = createError<[string, string, Cause?]>(
  'AURORA_ERR_STORE_DATA_DIR_UNUSABLE',
  'Data dir %s (AURORA_DATA_DIR) cannot be used: %s; start-up stopped: point AURORA_DATA_DIR at a directory the user Aurora runs as can create and write, or fix that directory\'s owner and permissions',
  500,
)
export const ERR_STORE_JOURNAL_CORRUPT = createError<[string, number, string, Cause?]>(
  'AURORA_ERR_STORE_JOURNAL_CORRUPT',
  'Journal file %s is corrupt at byte offset %d (%s); this is not a torn tail, so nothing was dropped and start-up stopped: inspect the file and restore it from a backup',
  500,
)
export const ERR_STORE_SNAPSHOT_CORRUPT = createError<[string, number, string, Cause?]>(
  'AURORA_ERR_STORE_SNAPSHOT_CORRUPT',
  'Snapshot %s is unreadable at byte offset %d (%s); start-up stopped: restore it from a backup (the journal alone cannot rebuild the records it covers)',
  500,
)
export const ERR_STORE_SNAPSHOT_FAILED = createError<[string, string, Cause?]>(
  'AURORA_ERR_STORE_SNAPSHOT_FAILED',
  'Snapshot of %s failed (%s); the journal still holds every record, so nothing is lost: check disk space and the log, the next snapshot will retry',
  500,
)

// --- calls: call ids and the worker directory (src/calls/) ------------------------------------
export const ERR_CALLS_INVALID_INSTANCE_ID = createError<[string]>(
  'AURORA_ERR_CALLS_INVALID_INSTANCE_ID',
  'Instance id %j is invalid; use 1 to 16 characters of a-z and 0-9 (INSTANCE_ID)',
  500,
)
export const ERR_CALLS_INVALID_TIME = createError<[string]>(
  'AURORA_ERR_CALLS_INVALID_TIME',
  'Cannot build a call id for time %s; pass a valid Date',
  500,
)
export const ERR_CALLS_INVALID_MESSAGE_SEQ = createError<[string]>(
  'AURORA_ERR_CALLS_INVALID_MESSAGE_SEQ',
  'Message seq %s is invalid; message ids are numbered from 1 with safe integers',
  500,
)
export const ERR_CALLS_WORKER_DIRECTORY_INVALID = createError<[string, string, Cause?]>(
  'AURORA_ERR_CALLS_WORKER_DIRECTORY_INVALID',
  'Worker directory %s is invalid: %s; fix the file (format: { "workers": [ { "phone", "worker_id", "name", "site" } ] }) or unset WORKER_DIRECTORY',
  500,
)

// --- admin: actions on a call (src/calls/admin-actions.ts, routes/admin) ----------------------
export const ERR_ADMIN_CONVERSATION_NOT_FOUND = createError<[string]>(
  'AURORA_ERR_ADMIN_CONVERSATION_NOT_FOUND',
  'No conversation %s among active or archived calls; check the id (GET /api/calls lists the active ones)',
  404,
)
export const ERR_ADMIN_CALL_ELSEWHERE = createError<[string, string, string]>(
  'AURORA_ERR_ADMIN_CALL_ELSEWHERE',
  'Call %s is held by instance %s; send this action to %s, which holds its live state',
  409,
)
export const ERR_ADMIN_INVALID_STATE = createError<[string, string, string]>(
  'AURORA_ERR_ADMIN_INVALID_STATE',
  'Cannot %s call %s while it is %s',
  409,
)
export const ERR_ADMIN_UNAUTHENTICATED = createError(
  'AURORA_ERR_ADMIN_UNAUTHENTICATED',
  'No valid admin session (missing, expired or forged cookie); log in with POST /api/login',
  401,
)
export const ERR_ADMIN_LOGIN_REFUSED = createError<[string]>(
  'AURORA_ERR_ADMIN_LOGIN_REFUSED',
  'Login refused: %s',
  401,
)
export const ERR_ADMIN_LOGIN_METHOD_DISABLED = createError<[string, string]>(
  'AURORA_ERR_ADMIN_LOGIN_METHOD_DISABLED',
  'Login with %s is not enabled on this instance; %s',
  400,
)
export const ERR_ADMIN_CROSS_ORIGIN = createError<[string]>(
  'AURORA_ERR_ADMIN_CROSS_ORIGIN',
  'Cross-origin admin request refused (Origin %s); the admin API only answers the dashboard served from this host',
  403,
)
export const ERR_ADMIN_UNSUPPORTED_MEDIA_TYPE = createError<[string]>(
  'AURORA_ERR_ADMIN_UNSUPPORTED_MEDIA_TYPE',
  'Admin actions take application/json bodies, not %s',
  415,
)
export const ERR_ADMIN_MESSAGE_UNSPEAKABLE = createError<[number]>(
  'AURORA_ERR_ADMIN_MESSAGE_UNSPEAKABLE',
  'Message text has a character that cannot be spoken to the caller at index %d (a control character or broken Unicode); remove it and send again',
  400,
)
export const ERR_ADMIN_FIREBASE_UNAVAILABLE = createError<[string]>(
  'AURORA_ERR_ADMIN_FIREBASE_UNAVAILABLE',
  'Conversation %s is held by another instance and Firebase did not answer in time; retry shortly, or open it on the instance that holds it',
  503,
)

// --- triage: classification and the responder (src/triage/) ----------------------------------
export const ERR_TRIAGE_VOCABULARY_INVALID = createError<[string]>(
  'AURORA_ERR_TRIAGE_VOCABULARY_INVALID',
  'Triage vocabulary is invalid: %s; fix the phrase tables in src/triage/ (see the pattern language in phrase-matcher.ts)',
  500,
)
export const ERR_TRIAGE_PLAYBOOK_INVALID = createError<[string]>(
  'AURORA_ERR_TRIAGE_PLAYBOOK_INVALID',
  'src/triage/playbook.json is invalid: %s; fix the entry (every hazard needs an entry, ids are unique, texts fit in a spoken reply)',
  500,
)
export const ERR_TRIAGE_CONFIG_INVALID = createError<[string]>(
  'AURORA_ERR_TRIAGE_CONFIG_INVALID',
  'Responder config is invalid: %s; check RESPONDER and the LLM_* settings',
  500,
)
export const ERR_TRIAGE_LLM_TIMEOUT = createError<[number]>(
  'AURORA_ERR_TRIAGE_LLM_TIMEOUT',
  'LLM gave no answer within %d ms; the playbook answered instead (raise LLM_DEADLINE_MS only if callers can wait, or use a faster model)',
  504,
)
export const ERR_TRIAGE_LLM_HTTP = createError<[number, string]>(
  'AURORA_ERR_TRIAGE_LLM_HTTP',
  'LLM server answered HTTP %d (%s); the playbook answered instead: check LLM_BASE_URL, LLM_MODEL and LLM_API_KEY',
  502,
)
export const ERR_TRIAGE_LLM_NETWORK = createError<[string, string]>(
  'AURORA_ERR_TRIAGE_LLM_NETWORK',
  'Could not reach the LLM server at %s (%s); the playbook answered instead: is it running and reachable from here?',
  502,
)
export const ERR_TRIAGE_LLM_BAD_OUTPUT = createError<[string]>(
  'AURORA_ERR_TRIAGE_LLM_BAD_OUTPUT',
  'LLM output was unusable (%s); the playbook answered instead: the model must reply with JSON {"say": "...", "urgency": "CRITICAL|HIGH|MEDIUM|LOW"}',
  502,
)
