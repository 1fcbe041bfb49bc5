import { ERR_TRIAGE_LLM_BAD_OUTPUT, ERR_TRIAGE_LLM_HTTP, ERR_TRIAGE_LLM_NETWORK, ERR_TRIAGE_LLM_TIMEOUT } from '../errors.js'

export interface ChatMessage { role: 'system' | 'user' | 'assistant'; content: string }

export interface ChatRequest {
  /** OpenAI-compatible API root, e.g. https://api.cerebras.ai/v1 or http://localhost:11434/v1. */
  baseUrl: string
  model: string
  apiKey?: string
  messages: ChatMessage[]
  temperature: number
  maxTokens: number
  /** Everything (connect, answer, body) must be done by then. */
  deadlineMs: number
}

// A spoken answer is a few hundred bytes of JSON; anything near this is a runaway generation.
const MAX_RESPONSE_BYTES = 256 * 1024

/**
 * POSTs {baseUrl}/chat/completions and returns choices[0].message.content. Settles by the
 * deadline even if the fetch implementation ignores its abort signal. Throws
 * AURORA_ERR_TRIAGE_LLM_TIMEOUT, _HTTP, _NETWORK or _BAD_OUTPUT.
 */
export async function requestChatCompletion(req: ChatRequest, fetchImpl: typeof fetch): Promise<string> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const err = new ERR_TRIAGE_LLM_TIMEOUT(req.deadlineMs)
      controller.abort(err)
      reject(err)
    }, req.deadlineMs)
  })
  try {
    return await Promise.race([exchange(req, fetchImpl, controller.signal), deadline])
  } finally {
    clearTimeout(timer)
  }
}

async function exchange(req: ChatRequest, fetchImpl: typeof fetch, signal: AbortSignal): Promise<string> {
  const url = `${req.baseUrl.replace(/\/+$/, '')}/chat/completions`
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (req.apiKey !== undefined && req.apiKey !== '') headers.authorization = `Bearer ${req.apiKey}`
  const body = JSON.stringify({
    model: req.model,
    messages: req.messages,
    temperature: req.temperature,
    max_tokens: req.maxTokens,
    stream: false,
    // Honoured by OpenAI, Cerebras, Groq and Ollama; parseLlmAnswer copes when a server ignores it.
    response_format: { type: 'json_object' },
  })

  let res: Response
  try {
    res = await fetchImpl(url, { method: 'POST', headers, body, signal })
  } catch (err) {
    if (signal.aborted) throw signal.reason
    throw withCause(new ERR_TRIAGE_LLM_NETWORK(hostOf(req.baseUrl), describe(err)), err)
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined)
    throw new ERR_TRIAGE_LLM_HTTP(res.status, res.statusText === '' ? 'no reason given' : res.statusText)
  }
  const text = await readCapped(res, signal, req.baseUrl)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ERR_TRIAGE_LLM_BAD_OUTPUT('the response body is not JSON')
  }
  const content = contentOf(json)
  if (content === undefined) throw new ERR_TRIAGE_LLM_BAD_OUTPUT('the response has no choices[0].message.content')
  return content
}

async function readCapped(res: Response, signal: AbortSignal, baseUrl: string): Promise<string> {
  if (res.body === null) return ''
  const reader = res.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > MAX_RESPONSE_BYTES) {
        await reader.cancel().catch(() => undefined)
        throw new ERR_TRIAGE_LLM_BAD_OUTPUT(`the response is larger than ${MAX_RESPONSE_BYTES} bytes`)
      }
      text += decoder.decode(value, { stream: true })
    }
  } catch (err) {
    if (signal.aborted) throw signal.reason
    if (err instanceof ERR_TRIAGE_LLM_BAD_OUTPUT) throw err
    throw withCause(new ERR_TRIAGE_LLM_NETWORK(hostOf(baseUrl), describe(err)), err)
  }
  return text + decoder.decode()
}

function contentOf(json: unknown): string | undefined {
  if (!isRecord(json) || !Array.isArray(json.choices)) return undefined
  const first: unknown = json.choices[0]
  if (!isRecord(first) || !isRecord(first.message)) return undefined
  const content = first.message.content
  return typeof content === 'string' ? content : undefined
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** host:port only: a base URL may carry credentials, and those never reach a log or an error. */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host
  } catch {
    return 'an invalid URL'
  }
}

// fetch reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`.
function describe(err: unknown): string {
  const cause = isRecord(err) ? err.cause : undefined
  const code = isRecord(cause) && typeof cause.code === 'string' ? cause.code : undefined
  if (code !== undefined) return code
  return err instanceof Error ? err.message : String(err)
}

function withCause<E extends Error>(err: E, cause: unknown): E {
  Object.defineProperty(err, 'cause', { value: cause, enumerable: false, configurable: true, writable: true })
  return err
}
