import { BOUNDARY } from './normalize-speech.js'
import { readNumberWords, readOrdinal } from './number-words.js'
import { compilePhrases } from './phrase-matcher.js'
import { NAMED_EQUIPMENT, NAMED_LOCATIONS, NUMBERED_EQUIPMENT, NUMBERED_LOCATIONS, ORDINAL_LOCATIONS } from './place-vocabulary.js'

export interface Places {
  /** "Zone A", "Bay 4", "Floor 3", or a named place as spoken: "loading dock". */
  location?: string
  /** "Valve 3", "Pump 7", or named equipment as spoken: "forklift". */
  equipment?: string
}

type Kind = 'location' | 'equipment'
interface Candidate { readonly kind: Kind; readonly text: string; readonly index: number; readonly length: number; readonly numbered: boolean }

const NUMBERED: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...NUMBERED_EQUIPMENT.map((n): [string, Kind] => [n, 'equipment']),
  ...NUMBERED_LOCATIONS.map((n): [string, Kind] => [n, 'location']),
])
const ORDINAL_NOUNS: ReadonlySet<string> = new Set(ORDINAL_LOCATIONS)
const SKIPPED_BEFORE_ID: ReadonlySet<string> = new Set(['number', 'no', 'num'])
// "the valve a bit", "area a lot": here the letter is an article, not an identifier.
const ARTICLE_FOLLOWERS: ReadonlySet<string> = new Set(['lot', 'bit', 'little', 'few', 'couple', 'while', 'minute', 'second', 'moment', 'big', 'small', 'huge'])
// A bare one-word place only counts after one of these: "the press", "off the scaffold", not "press hard".
const LEAD_INS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'that', 'this', 'his', 'her', 'my', 'our', 'their', 'your', 'its', 'in', 'on', 'at', 'near', 'by',
  'from', 'off', 'inside', 'into', 'under', 'behind', 'beside', 'around', 'onto', 'of', 'to', 'up', 'down', 'outside',
])

// Nouns that name a place or machine however they are used, so need no lead-in ("forklift hit him").
const ALWAYS_PLACES: ReadonlySet<string> = new Set([
  'forklift', 'scaffold', 'scaffolding', 'conveyor', 'boiler', 'compressor', 'generator', 'furnace', 'kiln', 'excavator',
  'chainsaw', 'mezzanine', 'warehouse', 'basement', 'stairwell', 'canteen', 'substation', 'transformer', 'extruder',
])

const NATO: ReadonlySet<string> = new Set([
  'alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo', 'lima',
  'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu',
])

const named = compilePhrases([
  ...NAMED_LOCATIONS.map((phrase) => ({ phrase, payload: 'location' as Kind })),
  ...NAMED_EQUIPMENT.map((phrase) => ({ phrase, payload: 'equipment' as Kind })),
])

/**
 * Finds the location and equipment a caller names. A numbered place beats a named one ("the
 * warehouse, bay 4" is Bay 4); among equals the first mentioned wins.
 */
export function extractPlaces(tokens: readonly string[]): Places {
  const candidates: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    const kind = NUMBERED.get(token)
    if (kind !== undefined) {
      let j = i + 1
      if (SKIPPED_BEFORE_ID.has(tokens[j] ?? '')) j++
      const id = readIdentifier(tokens, j)
      if (id !== undefined) candidates.push({ kind, text: `${capitalise(token)} ${id}`, index: i, length: j - i + 1, numbered: true })
    }
    const ordinal = readOrdinal(token)
    const noun = tokens[i + 1]
    if (ordinal !== undefined && noun !== undefined && ORDINAL_NOUNS.has(noun)) {
      const label = noun === 'storey' || noun === 'story' ? 'Floor' : capitalise(noun)
      candidates.push({ kind: 'location', text: `${label} ${ordinal}`, index: i, length: 2, numbered: true })
    }
  }
  for (const m of named.match(tokens)) {
    const single = m.end - m.start === 1
    if (single && !LEAD_INS.has(tokens[m.start - 1] ?? '') && !ALWAYS_PLACES.has(tokens[m.start] ?? '')) continue
    candidates.push({ kind: m.payload, text: tokens.slice(m.start, m.end).join(' '), index: m.start, length: m.end - m.start, numbered: false })
  }
  const places: Places = {}
  const location = best(candidates, 'location')
  const equipment = best(candidates, 'equipment')
  if (location !== undefined) places.location = location
  if (equipment !== undefined) places.equipment = equipment
  return places
}

function best(candidates: readonly Candidate[], kind: Kind): string | undefined {
  let chosen: Candidate | undefined
  for (const c of candidates) {
    if (c.kind !== kind) continue
    if (chosen === undefined || better(c, chosen)) chosen = c
  }
  return chosen?.text
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.numbered !== b.numbered) return a.numbered
  if (!a.numbered && a.length !== b.length) return a.length > b.length
  return a.index < b.index
}

function readIdentifier(tokens: readonly string[], j: number): string | undefined {
  const token = tokens[j]
  if (token === undefined || token === BOUNDARY) return undefined
  if (/^\d{1,4}[a-z]?$/.test(token) || /^[a-z]\d{1,3}$/.test(token)) return token.toUpperCase()
  if (/^[a-z]$/.test(token) && token !== 'i') {
    if (token === 'a' && ARTICLE_FOLLOWERS.has(tokens[j + 1] ?? '')) return undefined
    return token.toUpperCase()
  }
  // Radio habits: "Zone Bravo" is reported as said, since a site may really name it that way.
  if (NATO.has(token)) return capitalise(token)
  const spoken = readNumberWords(tokens, j)
  return spoken === undefined ? undefined : String(spoken.value)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
