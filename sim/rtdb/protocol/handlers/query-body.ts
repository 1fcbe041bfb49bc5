// The `q` query object of a listen or get (§6.5 table), parsed by query/query-spec.ts. Its
// failures are the client's fault, so they become `invalid_request` replies.

import { parseWireQuery, type QuerySpec } from '../../query/query-spec.js'
import { isRecord, RequestError } from '../request-body.js'
import { STATUS } from '../status.js'

export function parseQueryBody(raw: unknown): QuerySpec {
  if (!isRecord(raw)) throw new RequestError(STATUS.invalidRequest, '"q" must be an object')
  try {
    return parseWireQuery(raw)
  } catch (error) {
    throw new RequestError(STATUS.invalidRequest, `invalid query: ${error instanceof Error ? error.message : String(error)}`)
  }
}
