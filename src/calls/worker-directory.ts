import { readFile } from 'node:fs/promises'
import { ERR_CALLS_WORKER_DIRECTORY_INVALID } from '../errors.js'
import { normalizePhone } from '../phone.js'

// Who is calling: the worker directory maps phone numbers to workers. File format (JSON):
//   { "workers": [ { "phone": "+15551230001", "worker_id": "W-1001", "name": "Priya Shah", "site": "Plant 2" } ] }
// phone is matched after normalisation to E.164 ('+1 555 123 0001' and '5551230001' are the same
// number); every field is a required non-empty string; unknown fields and duplicate numbers are
// errors (they are typos waiting to misidentify a caller). See workers.example.json.

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
    throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `cannot read it (${(err as Error).message})`, { cause: err })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `not JSON (${(err as Error).message})`)
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
  if (!Array.isArray(workers)) throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, 'the top level must be an object with a "workers" array')
  const seen = new Map<string, number>()
  return workers.map((entry: unknown, index) => {
    const where = `workers[${index}]`
    if (!isObject(entry)) throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `${where} is not an object`)
    const unknown = Object.keys(entry).filter((key) => !(FIELDS as readonly string[]).includes(key))
    if (unknown.length > 0) {
      throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `${where} has unknown field(s) ${unknown.join(', ')} (allowed: ${FIELDS.join(', ')})`)
    }
    for (const field of FIELDS) {
      const value = entry[field]
      if (typeof value !== 'string' || value.trim() === '') {
        throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `${where}.${field} must be a non-empty string`)
      }
    }
    const { phone, worker_id, name, site } = entry as Record<(typeof FIELDS)[number], string>
    const normalized = normalizePhone(phone)
    if (!normalized) throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `${where}.phone ${JSON.stringify(phone)} is not a phone number (use E.164, e.g. +15551230001)`)
    const first = seen.get(normalized)
    if (first !== undefined) {
      throw new ERR_CALLS_WORKER_DIRECTORY_INVALID(path, `${where}.phone is ${normalized} again (already workers[${first}]); one worker per number`)
    }
    seen.set(normalized, index)
    return { phone: normalized, worker_id: worker_id.trim(), name: name.trim(), site: site.trim() }
  })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
