import sseModule, { type SSEPluginOptions } from '@fastify/sse'
import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import callRoutes from './calls.js'
import dashboardRoutes from './dashboard.js'
import eventRoutes from './events.js'
import sessionRoutes from './session.js'
import { useStrictValidation } from './strict-validation.js'

// @fastify/sse is CommonJS: its module.exports is the fastify-plugin-wrapped plugin (what we need,
// so its onRoute hook reaches our sibling route plugins), while its typings only describe the
// unwrapped `default` export. This names the runtime value with its real type.
const sse = sseModule as unknown as FastifyPluginAsync<SSEPluginOptions>

export interface AdminRoutesOptions {
  loginRateLimit: number
  /** SSE comment heartbeat interval (ADMIN_SSE_HEARTBEAT_MS). */
  heartbeatMs: number
}

/**
 * Everything a supervisor uses: the page (/admin, public: it holds no data), the session routes,
 * and, behind the session check, the JSON API and the event streams. JSON errors come from the
 * app's error handler; no CORS anywhere (the dashboard is same-origin).
 */
export default async function adminRoutes(app: FastifyInstance, options: AdminRoutesOptions): Promise<void> {
  useStrictValidation(app)
  await app.register(dashboardRoutes)
  await app.register(sessionRoutes, { loginRateLimit: options.loginRateLimit })
  await app.register(async (api) => {
    api.addHook('onRequest', app.adminAuth.requireAdmin)
    await api.register(sse, { heartbeatInterval: options.heartbeatMs })
    await api.register(callRoutes)
    await api.register(eventRoutes)
  })
}
