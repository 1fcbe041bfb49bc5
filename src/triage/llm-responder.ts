import { hostOf, requestChatCompletion } from './llm-client.js'
import { parseLlmAnswer } from './llm-output.js'
import { buildChatMessages } from './llm-prompt.js'
import type { Playbook } from './playbook.js'
import { composePlaybookReply } from './playbook-responder.js'
import type { FallbackReason, Responder, ResponderReply } from './responder-types.js'
import { classifyRemembered } from './triage-memo.js'
import { raiseKnownUrgency } from './urgency.js'

export interface LlmSettings {
  baseUrl: string
  model: string
  apiKey?: string
  deadlineMs: number
  temperature: number
}

export interface LlmResponderDeps {
  fetch: typeof fetch
  log: { warn(obj: object, msg: string): void }
  playbook: Playbook
}

// A spoken reply is ~80 tokens; the cap stops a runaway model from eating the deadline.
const MAX_TOKENS = 200

const REASONS: Readonly<Record<string, FallbackReason>> = {
  AURORA_ERR_TRIAGE_LLM_TIMEOUT: 'timeout',
  AURORA_ERR_TRIAGE_LLM_HTTP: 'http_error',
  AURORA_ERR_TRIAGE_LLM_NETWORK: 'network',
  AURORA_ERR_TRIAGE_LLM_BAD_OUTPUT: 'bad_output',
}

/**
 * Asks an OpenAI-compatible model for the reply, within a hard deadline. Whatever goes wrong the
 * caller still hears the playbook, marked 'playbook-fallback' with the reason. The model may
 * raise the urgency, never lower it.
 */
export function createLlmResponder(settings: LlmSettings, deps: LlmResponderDeps): Responder {
  const name = `llm:${settings.model}`
  return {
    name,
    async respond(input) {
      const playbookReply = composePlaybookReply(input, deps.playbook, classifyRemembered)
      const started = performance.now()
      try {
        const content = await requestChatCompletion({
          baseUrl: settings.baseUrl,
          model: settings.model,
          ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
          messages: buildChatMessages(input, playbookReply),
          temperature: settings.temperature,
          maxTokens: MAX_TOKENS,
          deadlineMs: settings.deadlineMs,
        }, deps.fetch)
        const answer = parseLlmAnswer(content)
        return { text: answer.say, urgency: raiseKnownUrgency(playbookReply.urgency, answer.urgency), sources: [name], responder: 'llm' }
      } catch (err) {
        const code = err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined
        const reason: FallbackReason = (code !== undefined ? REASONS[code] : undefined) ?? 'bad_output'
        deps.log.warn({
          reason,
          model: settings.model,
          llmHost: hostOf(settings.baseUrl),
          elapsedMs: Math.round(performance.now() - started),
          err: { code, message: redact(err instanceof Error ? err.message : String(err), settings.apiKey) },
        }, 'llm responder fell back')
        const reply: ResponderReply = { ...playbookReply, responder: 'playbook-fallback', fallbackReason: reason }
        return reply
      }
    },
  }
}

function redact(message: string, apiKey: string | undefined): string {
  return apiKey === undefined || apiKey === '' ? message : message.split(apiKey).join('[redacted]')
}
