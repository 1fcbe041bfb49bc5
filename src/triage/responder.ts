import { ERR_TRIAGE_CONFIG_INVALID } from '../errors.js'
import { createLlmResponder } from './llm-responder.js'
import { loadDefaultPlaybook } from './playbook.js'
import { createPlaybookResponder } from './playbook-responder.js'
import type { Responder } from './responder-types.js'

export type { FallbackReason, HistoryRole, Responder, ResponderInput, ResponderReply } from './responder-types.js'

export interface ResponderConfig {
  kind: 'playbook' | 'llm'
  llm?: {
    /** OpenAI-compatible API root: https://api.cerebras.ai/v1, https://api.openai.com/v1, http://localhost:11434/v1. */
    baseUrl: string
    model: string
    apiKey?: string
    /** Default 1500: far inside Twilio's 15 s webhook timeout, and about as long as a caller waits in silence. */
    deadlineMs?: number
    /** Default 0.2: safety instructions should not be creative. */
    temperature?: number
  }
}

export interface ResponderDeps {
  fetch?: typeof fetch
  log?: { warn(obj: object, msg: string): void }
}

export const DEFAULT_LLM_DEADLINE_MS = 1500
const DEFAULT_TEMPERATURE = 0.2

/**
 * The responder the voice routes ask for each reply. Validates the config and the playbook up
 * front, so a bad setting stops start-up rather than a call. Throws
 * AURORA_ERR_TRIAGE_CONFIG_INVALID or AURORA_ERR_TRIAGE_PLAYBOOK_INVALID.
 */
export function createResponder(config: ResponderConfig, deps: ResponderDeps = {}): Responder {
  const playbook = loadDefaultPlaybook()
  if (config.kind === 'playbook') return createPlaybookResponder(playbook)
  if (config.kind !== 'llm') throw new ERR_TRIAGE_CONFIG_INVALID(`kind must be "playbook" or "llm", not ${JSON.stringify(config.kind)}`)

  const llm = config.llm
  if (llm === undefined) throw new ERR_TRIAGE_CONFIG_INVALID('kind "llm" needs llm.baseUrl and llm.model')
  const problems: string[] = []
  if (!isHttpUrl(llm.baseUrl)) problems.push('llm.baseUrl must be an http(s) URL')
  if (typeof llm.model !== 'string' || llm.model.trim() === '') problems.push('llm.model must be a non-empty string')
  const deadlineMs = llm.deadlineMs ?? DEFAULT_LLM_DEADLINE_MS
  if (!Number.isFinite(deadlineMs) || deadlineMs <= 0) problems.push('llm.deadlineMs must be a positive number of milliseconds')
  const temperature = llm.temperature ?? DEFAULT_TEMPERATURE
  if (!Number.isFinite(temperature) || temperature < 0 || temperature > 2) problems.push('llm.temperature must be between 0 and 2')
  if (problems.length > 0) throw new ERR_TRIAGE_CONFIG_INVALID(problems.join('; '))

  return createLlmResponder(
    { baseUrl: llm.baseUrl, model: llm.model, ...(llm.apiKey !== undefined ? { apiKey: llm.apiKey } : {}), deadlineMs, temperature },
    { fetch: deps.fetch ?? globalThis.fetch, log: deps.log ?? { warn: () => undefined }, playbook },
  )
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
