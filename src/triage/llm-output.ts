import { ERR_TRIAGE_LLM_BAD_OUTPUT } from '../errors.js'
import { MAX_SPOKEN_CHARS, cleanSpoken, cutAtSentence } from './spoken-text.js'
import { isKnownUrgency, type KnownUrgency } from './urgency.js'

export interface LlmAnswer { say: string; urgency: KnownUrgency }

/**
 * Reads the model's message content as {"say", "urgency"}. Servers that ignore response_format
 * wrap the JSON in prose or a ``` fence, so the outermost {...} is taken. A "say" longer than a
 * spoken reply is cut at a sentence end; with no sentence end in range it is rejected, because
 * half an instruction is worse than the playbook's whole one.
 * Throws AURORA_ERR_TRIAGE_LLM_BAD_OUTPUT.
 */
export function parseLlmAnswer(content: string): LlmAnswer {
  const start = content.indexOf('{')
  const end = content.lastIndexOf('}')
  if (start < 0 || end < start) throw new ERR_TRIAGE_LLM_BAD_OUTPUT('content holds no JSON object')
  let parsed: unknown
  try {
    parsed = JSON.parse(content.slice(start, end + 1))
  } catch {
    throw new ERR_TRIAGE_LLM_BAD_OUTPUT('content is not valid JSON')
  }
  if (!isRecord(parsed)) throw new ERR_TRIAGE_LLM_BAD_OUTPUT('content is not a JSON object')
  const { say, urgency } = parsed
  if (typeof say !== 'string' || cleanSpoken(say) === '') throw new ERR_TRIAGE_LLM_BAD_OUTPUT('"say" is missing or empty')
  const level = typeof urgency === 'string' ? urgency.trim().toUpperCase() : ''
  if (!isKnownUrgency(level)) throw new ERR_TRIAGE_LLM_BAD_OUTPUT('"urgency" is not CRITICAL, HIGH, MEDIUM or LOW')
  const spoken = cutAtSentence(cleanSpoken(say), MAX_SPOKEN_CHARS)
  if (spoken === undefined) throw new ERR_TRIAGE_LLM_BAD_OUTPUT(`"say" is ${say.length} characters with no sentence end within ${MAX_SPOKEN_CHARS}`)
  return { say: spoken, urgency: level }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
