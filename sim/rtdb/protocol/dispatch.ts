// The table from action (§6) to handler, and the one place where a request's failure is turned
// into a reply. An unknown action or a handler error answers the request; it never closes the
// socket or reaches other clients.

import { InvalidDataError } from '../tree/path.js'
import type { Session } from './session.js'
import { RequestError } from './request-body.js'
import { STATUS } from './status.js'
import { handleStats } from './handlers/stats.js'
import { handleAppCheck, handleAuth, handleUnauth } from './handlers/auth.js'
import { handlePut } from './handlers/put.js'
import { handleMerge } from './handlers/merge.js'
import { handleListen } from './handlers/listen.js'
import { handleUnlisten } from './handlers/unlisten.js'
import { handleGet } from './handlers/get.js'
import { handleOnDisconnectCancel, handleOnDisconnectMerge, handleOnDisconnectPut } from './handlers/on-disconnect.js'

export interface RequestContext {
  readonly session: Session
  readonly body: Record<string, unknown>
  /** Answers the request; a no-op when the client sent no request number. */
  reply(status: string, data?: unknown): void
}

export type RequestHandler = (context: RequestContext) => void

export const HANDLERS: ReadonlyMap<string, RequestHandler> = new Map<string, RequestHandler>([
  ['s', handleStats],
  ['auth', handleAuth],
  ['gauth', handleAuth],
  ['unauth', handleUnauth],
  ['appcheck', handleAppCheck],
  ['unappeck', handleAppCheck],
  ['p', handlePut],
  ['m', handleMerge],
  ['q', handleListen],
  ['n', handleUnlisten],
  ['g', handleGet],
  ['o', handleOnDisconnectPut],
  ['om', handleOnDisconnectMerge],
  ['oc', handleOnDisconnectCancel],
])

export function dispatchRequest(session: Session, r: number | null, action: string, body: Record<string, unknown>): void {
  const reply = r === null ? () => {} : (status: string, data?: unknown) => session.reply(r, status, data)
  const handler = HANDLERS.get(action)
  if (handler === undefined) {
    session.services.log.info({ action }, 'unknown action rejected')
    reply(STATUS.invalidRequest, `Unknown action "${action}"`)
    return
  }
  try {
    handler({ session, body, reply })
  } catch (error) {
    if (error instanceof RequestError) {
      reply(error.status, error.message)
    } else if (error instanceof InvalidDataError) {
      reply(STATUS.invalidData, error.message)
    } else {
      session.services.log.error({ err: error, action }, 'request handler crashed')
      reply(STATUS.internalError, 'Internal emulator error')
    }
  }
}
