import { AjvCompiler } from '@fastify/ajv-compiler'
import type { FastifyInstance } from 'fastify'

// Fastify's default Ajv coerces types and silently strips unknown properties, which suits
// Twilio's form fields. An admin action is a deliberate JSON request about a caller in danger:
// a typo'd field or a number where text belongs should be a clear 400, not quietly reshaped.
const buildStrict = AjvCompiler()({}, {
  customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: true, allErrors: false },
})
// A query string is text by nature: "?limit=20" is read as the number it spells, nothing else.
const buildQuery = AjvCompiler()({}, {
  customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: false },
})

/** Strict JSON validation for this scope; an absent body counts as {} (takeover, release, end). */
export function useStrictValidation(app: FastifyInstance): void {
  app.setValidatorCompiler((route) => (route.httpPart === 'querystring' ? buildQuery(route) : buildStrict(route)))
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {}
  })
}
