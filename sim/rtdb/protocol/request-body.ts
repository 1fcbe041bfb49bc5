// Reading the fields of a request body (§6). Anything malformed becomes a RequestError, which
// dispatch.ts answers with its status; it never escapes to the socket.

import { InvalidDataError, parsePath } from '../tree/path.js'
import type { Path } from '../tree/node.js'
import { STATUS, type Status } from './status.js'

export class RequestError extends Error {
  constructor(
    readonly status: Status,
    message: string,
  ) {
    super(message)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `p` as the client sends it (§5: `/a/b`, root `/`, possibly ending in `/.priority`). */
export function parseRequestPath(raw: unknown): Path {
  if (typeof raw !== 'string') throw new RequestError(STATUS.invalidRequest, 'body needs a string path "p"')
  try {
    return parsePath(raw)
  } catch (error) {
    if (error instanceof InvalidDataError) throw new RequestError(STATUS.invalidData, error.message)
    throw error
  }
}

export function requireField(body: Record<string, unknown>, field: string): unknown {
  if (!(field in body)) throw new RequestError(STATUS.invalidRequest, `body needs "${field}"`)
  return body[field]
}

export function objectField(body: Record<string, unknown>, field: string): Record<string, unknown> {
  const value = requireField(body, field)
  if (!isRecord(value)) throw new RequestError(STATUS.invalidData, `"${field}" must be an object`)
  return value
}
