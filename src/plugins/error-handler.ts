import { STATUS_CODES } from 'node:http'
import type { FastifyError } from 'fastify'
import fp from 'fastify-plugin'

/**
 * JSON errors for every scope that does not set its own (the voice scope answers in TwiML):
 * 4xx say what was wrong; 5xx hide internals and are logged.
 */
export default fp(
  async (app) => {
    app.setErrorHandler(async (error: FastifyError, request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed')
        return reply.code(status).send({ statusCode: status, error: STATUS_CODES[status], message: 'Internal error; see the server log' })
      }
      request.log.info({ err: error }, 'request refused')
      return reply.code(status).send({ statusCode: status, code: error.code, error: STATUS_CODES[status], message: error.message })
    })
    app.setNotFoundHandler(async (request, reply) =>
      reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `No route ${request.method} ${request.url.split('?')[0]}` }),
    )
  },
  { name: 'error-handler' },
)
