import { readFile } from 'node:fs/promises'
import { ERR_CALLS_WORKER_DIRECTORY_INVALID } from '../errors.js'
import { maskText } from '../log.js'
import { normalizePhone } from '../phone.js'

// Who is calling: the worker directory maps phone numbers to workers. File format (JSON):
//   { "workers": [ { "phone": "+15551230001", "worker_id": "W-1001", "name": "Priya Shah", "site": "Plant 2" } ] }
// phone is matched after normalisation to E.164 ('+1 555 123 0001' and '5551230001' are the same
// number); every field is a required non-empty string; unknown fields and duplicate numbers are
// errors (they are typos waiting to misidentify a caller). See workers.example.json.
// Its errors end up in the service log (start-up stops on them): they name an entry by its index
// and worker_id, never by its number, and pass through maskText like any log line.

export interface WorkerInfo {
  worker_id: string
  name: string
  site: string
}

export interface WorkerDirectory {
  /** The worker for this number (any format normalizePhone accepts), or the unknown caller. */
  lookup(phone: string): WorkerInfo
  readonly size: number
}

export const UNKNOWN_WORKER: Readonly<WorkerInfo> = Object.freeze({ worker_id: 'unknown', name: 'Unknown caller', site: 'unknown' })

const FIELDS = ['phone', 'worker_id', 'name', 'site'] as const

/** Loads and validates the directory file; no path gives an empty directory (every caller unknown). */
export async function loadWorkerDirectory(path: string | undefined): Promise<WorkerDirectory> {
  if (path === undefined) return createWorkerDirectory([])
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw invalid(path, `cannot read it (${(err as Error).message})`, err)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw invalid(path, `not JSON (${jsonError(text, err)})`)
  }
  return createWorkerDirectory(parseEntries(parsed, path))
}

export function createWorkerDirectory(entries: readonly (WorkerInfo & { phone: string })[]): WorkerDirectory {
  const byPhone = new Map<string, WorkerInfo>()
  for (const { phone, worker_id, name, site } of entries) {
    const normalized = normalizePhone(phone)
    if (normalized) byPhone.set(normalized, Object.freeze({ worker_id, name, site }))
  }
  return {
    size: byPhone.size,
    lookup(phone: string): WorkerInfo {
      const normalized = normalizePhone(phone)
      const worker = normalized ? byPhone.get(normalized) : undefined
      return { ...(worker ?? UNKNOWN_WORKER) }
    },
  }
}

function parseEntries(parsed: unknown, path: string): (WorkerInfo & { phone: string })[] {
  const workers = isObject(parsed) ? parsed.workers : undefined
  if (!Array.isArray(workers)) throw invalid(path, 'the top level must be an object with a "workers" array')
  const seen = new Map<string, string>()
  return workers.map((entry: unknown, index) => {
    if (!isObject(entry)) throw invalid(path, `workers[${index}] is not an object`)
    const where = entryName(entry, index)
    const unknown = Object.keys(entry).filter((key) => !(FIELDS as readonly string[]).includes(key))
    if (unknown.length > 0) {
      throw invalid(path, `${where} has unknown field(s) ${unknown.join(', ')} (allowed: ${FIELDS.join(', ')})`)
    }
    for (const field of FIELDS) {
      const value = entry[field]
      if (typeof value !== 'string' || value.trim() === '') throw invalid(path, `${where}: ${field} must be a non-empty string`)
    }
    const { phone, worker_id, name, site } = entry as Record<(typeof FIELDS)[number], string>
    const normalized = normalizePhone(phone)
    // The number itself stays out of the message: the entry's index and worker_id find it.
    if (!normalized) throw invalid(path, `${where}: phone is not a phone number`, undefined, ' (use E.164, e.g. +15551230001)')
    const first = seen.get(normalized)
    if (first !== undefined) throw invalid(path, `${where}: phone is the same number as ${first}; one worker per number`)
    seen.set(normalized, where)
    return { phone: normalized, worker_id: worker_id.trim(), name: name.trim(), site: site.trim() }
  })
}

/** 'workers[3] (worker_id "W-1004")', or 'workers[3]' when the entry has no usable worker_id. */
function entryName(entry: Record<string, unknown>, index: number): string {
  const id = entry.worker_id
  return typeof id === 'string' && id.trim() !== '' ? `workers[${index}] (worker_id ${JSON.stringify(id.trim())})` : `workers[${index}]`
}

/** The error, its detail masked (a worker_id, a field name or a read error can hold a number); hint is our own text. */
function invalid(path: string, detail: string, cause?: unknown, hint = ''): Error {
  const message = maskText(detail) + hint
  // (no third argument without a cause: the error's format would print it as "undefined")
  return cause === undefined ? new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, message) : new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, message, { cause })
}

/**
 * What JSON.parse refused and where, without V8's excerpt of the text around it (up to 10
 * characters either side, enough for a phone number): "Unexpected token ']' at position 94
 * (line 3, column 1)". The position is V8's when its message has one, ours otherwise (V8 gives
 * none with an excerpt).
 */
function jsonError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  const what = message.split(/, (?:\.\.\.)?"/)[0]!.replace(/ in JSON at position \d+.*$|\s*\(line \d+ column \d+\)$/s, '')
  const v8Position = /at position (\d+)/.exec(message)?.[1]
  const position = v8Position !== undefined ? Number(v8Position) : jsonErrorPosition(text)
  if (position < 0) return what
  const line = text.slice(0, position).split('\n').length
  const column = position - (text.lastIndexOf('\n', position - 1) + 1) + 1
  return `${what} at position ${position} (line ${line}, column ${column})`
}

/** Offset of the first character of text that is not JSON (text.length if it ends too early), or -1. */
function jsonErrorPosition(text: string): number {
  let i = 0
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string): boolean => {
    if (!text.startsWith(word, i)) return false
    i += word.length
    return true
  }
  const string = (): boolean => {
    i++ // the opening quote
    for (;;) {
      const c = text[i]
      if (c === undefined || c < ' ') return false
      if (c === '"') return literal('"')
      if (c !== '\\') i++
      else if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) i += 2
      else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6
      else return false
    }
  }
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
  const value = (depth: number): boolean => {
    space()
    const c = text[i]
    if (c === '"') return string()
    if (c === '{' || c === '[') {
      if (depth > 1000) return false
      const close = c === '{' ? '}' : ']'
      i++
      space()
      if (literal(close)) return true
      for (;;) {
        if (c === '{') {
          space()
          if (text[i] !== '"' || !string()) return false
          space()
          if (!literal(':')) return false
        }
        if (!value(depth + 1)) return false
        space()
        if (literal(close)) return true
        if (!literal(',')) return false
      }
    }
    if (literal('true') || literal('false') || literal('null')) return true
    number.lastIndex = i
    if (!number.test(text)) return false
    i = number.lastIndex
    return true
  }
  if (!value(0)) return i
  space()
  return i < text.length ? i : -1
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
