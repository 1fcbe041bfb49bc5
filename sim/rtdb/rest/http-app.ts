// The HTTP side of the emulator: one Fastify app serving the REST API, the rules endpoint and
// the fault controls, on the server whose `upgrade` events carry the WebSocket clients. Bodies
// are read as text (rules uploads are JSON with comments, §11) and parsed by each route.

import { createServer } from 'node:http'
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
import { gateRequests, isControlUrl, whenNotStalled } from '../faults/request-gate.js'
import { registerFaultRoutes } from '../faults/http-routes.js'
import { registerDataRoutes } from './data-routes.js'
import { registerRulesRoutes } from './rules-routes.js'
import type { HttpDeps } from './rest-deps.js'

export function buildHttpApp(deps: HttpDeps): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: deps.maxRequestBytes,
    // stop() must not wait for idle keep-alive sockets (SDK rules clients keep them open).
    forceCloseConnections: true,
    // Deep paths are legal (32 segments of up to 768 bytes, §5); Fastify's default cap is 100.
    routerOptions: { maxParamLength: 65_536 },
    serverFactory: (handler) => createServer(gateRequests(deps.faults, handler)),
  })

  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body))

  app.addHook('onSend', async (request) => {
    if (isControlUrl(request.url)) return
    const latency = deps.faults.state.latencyMs.out
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency))
    await whenNotStalled(deps.faults)
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500
    if (status >= 500) deps.log.error({ err: error, url: request.url }, 'request failed')
    else deps.log.debug({ code: error.code, url: request.url }, 'request rejected')
    void reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ error: error.message }))
  })
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ error: `Not found: ${request.method} ${request.url.split('?')[0]}` }))
  })

  registerFaultRoutes(app, deps)
  registerRulesRoutes(app, deps)
  registerDataRoutes(app, deps)
  return app
}
