// Every REST error the emulator answers with. The error handler (rest-app.ts) turns each into
// `{"error": message}` with its status, the body shape RTDB's REST API uses (§11).

import createError from '@fastify/error'

export const ERR_BAD_PATH = createError<[string]>('RTDB_EMU_ERR_BAD_PATH', 'Invalid path: %s', 400)
export const ERR_NO_NAMESPACE = createError(
  'RTDB_EMU_ERR_NO_NAMESPACE',
  'No namespace: add ?ns=<database name> to the URL',
  400,
)
export const ERR_BAD_NAMESPACE = createError<[string]>('RTDB_EMU_ERR_BAD_NAMESPACE', 'Invalid namespace "%s"', 400)
export const ERR_BAD_JSON = createError(
  'RTDB_EMU_ERR_BAD_JSON',
  "Invalid data; couldn't parse JSON object, array, or value.",
  400,
)
export const ERR_BAD_DATA = createError<[string]>('RTDB_EMU_ERR_BAD_DATA', 'Invalid data: %s', 400)
export const ERR_BAD_QUERY = createError<[string]>('RTDB_EMU_ERR_BAD_QUERY', 'Invalid query: %s', 400)
export const ERR_BAD_CONDITIONAL = createError<[string]>('RTDB_EMU_ERR_BAD_CONDITIONAL', 'if-match is only supported on PUT and DELETE, not %s', 400)
export const ERR_BAD_METHOD_OVERRIDE = createError<[string]>('RTDB_EMU_ERR_BAD_METHOD_OVERRIDE', 'Invalid X-HTTP-Method-Override "%s"', 400)
export const ERR_BAD_RULES = createError<[string]>('RTDB_EMU_ERR_BAD_RULES', '%s', 400)
export const ERR_BAD_FAULTS = createError<[string]>('RTDB_EMU_ERR_BAD_FAULTS', '%s', 400)
export const ERR_INVALID_TOKEN = createError<[string]>('RTDB_EMU_ERR_INVALID_TOKEN', 'Could not parse auth token: %s', 401)
export const ERR_RULES_NEED_TOKEN = createError(
  'RTDB_EMU_ERR_RULES_NEED_TOKEN',
  'Rules uploads need a credential: send Authorization: Bearer <any token>',
  401,
)
export const ERR_PERMISSION_DENIED = createError('RTDB_EMU_ERR_PERMISSION_DENIED', 'Permission denied', 401)
export const ERR_NOT_FOUND = createError<[string]>(
  'RTDB_EMU_ERR_NOT_FOUND',
  'Not found: %s (data lives at /<path>.json?ns=<namespace>)',
  404,
)
export const ERR_WRITES_REJECTED = createError(
  'RTDB_EMU_ERR_WRITES_REJECTED',
  'Writes are being rejected (emulator fault injection: rejectWrites)',
  503,
)
