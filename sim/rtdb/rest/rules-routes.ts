// `/.settings/rules.json` (§11): the rules upload used by rules-unit-testing and firebase-admin's
// setRules/getRules. Uploads are accepted from any bearer token: firebase-admin sends its real
// OAuth token here, not `owner`.

import type { FastifyInstance } from 'fastify'
import { parse as parseJsonc } from 'jsonc-parser'
import { compileRules, RulesSyntaxError } from '../rules/index.js'
import { ERR_BAD_RULES, ERR_RULES_NEED_TOKEN } from './errors.js'
import { requestToken } from './request-identity.js'
import { namespaceFrom, splitUrl } from './rest-target.js'
import type { HttpDeps } from './rest-deps.js'

const RULES_URL = '/.settings/rules.json'

export function registerRulesRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(RULES_URL, async (request, reply) => {
    const { params } = splitUrl(request.url)
    const namespace = deps.registry.get(namespaceFrom(params))
    const source = namespace.rules.source
    reply.type('application/json; charset=utf-8')
    // firebase-admin's getRulesJSON() asks for format=strict: the same rules without comments.
    if (params.get('format') === 'strict') return JSON.stringify(parseJsonc(source, [], { allowTrailingComma: true }))
    return source
  })

  app.put(RULES_URL, async (request, reply) => {
    const { params } = splitUrl(request.url)
    const namespace = deps.registry.get(namespaceFrom(params))
    if (requestToken(params, request.headers) === null) throw new ERR_RULES_NEED_TOKEN()
    const text = typeof request.body === 'string' ? request.body : ''
    let rules
    try {
      rules = compileRules(text)
    } catch (error) {
      if (error instanceof RulesSyntaxError) throw new ERR_BAD_RULES(error.message)
      throw error
    }
    namespace.replaceRules(rules)
    deps.log.info({ ns: namespace.name }, 'rules updated')
    return reply.type('application/json; charset=utf-8').send('{"status":"ok"}')
  })
}
