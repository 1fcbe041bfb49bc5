// `/.emulator/faults`: fault control over HTTP for tests that drive the emulator from another
// process. These routes are exempt from every fault (request-gate.ts), so an outage can be ended
// through the same port it blocks.
//   GET    current state
//   PUT    / POST  JSON settings; only the fields given change (see fault-controller.ts)
//   DELETE clear all faults
//   POST   /.emulator/faults/drop  close every WebSocket client now

import type { FastifyInstance } from 'fastify'
import { ERR_BAD_FAULTS, ERR_BAD_JSON } from '../rest/errors.js'
import type { HttpDeps } from '../rest/rest-deps.js'
import { FaultSettingsError, parseFaultSettings } from './parse-settings.js'

export const FAULTS_URL = '/.emulator/faults'

export function registerFaultRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const { faults } = deps
  app.get(FAULTS_URL, async () => faults.state)
  for (const method of ['PUT', 'POST'] as const) {
    app.route({
      method,
      url: FAULTS_URL,
      handler: async (request) => {
        const settings = parseSettingsBody(request.body)
        const state = faults.set(settings)
        deps.log.info({ faults: state }, 'faults changed')
        return state
      },
    })
  }
  app.delete(FAULTS_URL, async () => {
    const state = faults.clear()
    deps.log.info({ faults: state }, 'faults changed')
    return state
  })
  app.post(`${FAULTS_URL}/drop`, async () => {
    const dropped = faults.dropConnections()
    deps.log.info({ dropped }, 'connections dropped')
    return { dropped }
  })
}

function parseSettingsBody(body: unknown): ReturnType<typeof parseFaultSettings> {
  let json: unknown
  try {
    json = JSON.parse(typeof body === 'string' ? body : '')
  } catch {
    throw new ERR_BAD_JSON()
  }
  try {
    return parseFaultSettings(json)
  } catch (error) {
    if (error instanceof FaultSettingsError) throw new ERR_BAD_FAULTS(error.message)
    throw error
  }
}
