// Status strings the server puts in `b.s` (wire-protocol notes §9) and the message texts that go
// with them. The SDK upper-cases `s` into the error code (`PERMISSION_DENIED: Permission denied`).

export const STATUS = {
  ok: 'ok',
  /** §9: rules denied the operation. */
  permissionDenied: 'permission_denied',
  /** §6.3: transaction hash did not match the server's current value. */
  dataStale: 'datastale',
  /** §9: the message or the requested data is too large. */
  tooBig: 'too_big',
  /** §9: used for the `rejectWrites` fault; the SDK rejects the write with `UNAVAILABLE`. */
  unavailable: 'unavailable',
  /** §6.2: the auth token could not be used. The SDK reconnects and gives up after 3 failures. */
  invalidToken: 'invalid_token',
  /**
   * Not one of the statuses the SDK names: a request whose path, key or value is invalid. The SDK
   * validates before sending, so only raw clients see it (as `INVALID_DATA: ...` on a write).
   */
  invalidData: 'invalid_data',
  /** Not named by the SDK either: an unknown action or a body of the wrong shape. */
  invalidRequest: 'invalid_request',
  /** A bug in the emulator while handling the request; logged at `error`. The client is still answered. */
  internalError: 'internal_error',
} as const

export type Status = (typeof STATUS)[keyof typeof STATUS]

/** §9: the real server's denial text; `assertFails` matches "permission denied" in it. */
export const PERMISSION_DENIED_MESSAGE = 'Permission denied'
export const STALE_MESSAGE = 'Transaction hash does not match the current value'
export const UNAVAILABLE_MESSAGE = 'Writes are being rejected (emulator fault injection: rejectWrites)'
