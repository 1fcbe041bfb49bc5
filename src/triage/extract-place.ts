import { BOUNDARY } from './normalize-speech.js'
import { readNumberWords, readOrdinal } from './number-words.js'
import { compilePhrases } from './phrase-matcher.js'
import {
  ASSEMBLY_PLACES, GATHERING_PLACES, NAMED_EQUIPMENT, NAMED_LOCATIONS, NUMBERED_ASSEMBLY_PLACES, NUMBERED_EQUIPMENT, NUMBERED_LOCATIONS,
  ORDINAL_LOCATIONS, SITE_NAMES,
} from './place-vocabulary.js'

export interface Places {
  /** "Zone A", "Bay 4", "Floor 3", or a named place as spoken: "loading dock". */
  location?: string
  /** "Valve 3", "Pump 7", or named equipment as spoken: "forklift". */
  equipment?: string
  /** Where the caller is, somewhere away from the hazard: "main gate", "muster point", "outside". */
  callerAt?: string
}

type Kind = 'location' | 'equipment'
/** assembly: a muster point, gate or exit; gathering: open ground such as a car park. */
type Refuge = 'assembly' | 'gathering' | undefined
interface Candidate {
  readonly kind: Kind; readonly text: string; readonly index: number; readonly length: number; readonly numbered: boolean; readonly refuge: Refuge
}

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

// Machines whose name is also a verb: "to lift", "to press", "to pump".
const ALSO_VERBS: ReadonlySet<string> = new Set(['lift', 'press', 'pump', 'saw', 'drill', 'crane', 'mixer', 'fan', 'grinder', 'winch', 'hoist', 'jack', 'skip', 'tank', 'roller', 'ladder'])

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
  ...[...new Set([...NAMED_LOCATIONS, ...ASSEMBLY_PLACES, ...GATHERING_PLACES])].map((phrase) => ({ phrase, payload: 'location' as Kind })),
  ...NAMED_EQUIPMENT.map((phrase) => ({ phrase, payload: 'equipment' as Kind })),
])
const ASSEMBLY: ReadonlySet<string> = new Set(ASSEMBLY_PLACES)
const GATHERING: ReadonlySet<string> = new Set(GATHERING_PLACES)
const NUMBERED_ASSEMBLY: ReadonlySet<string> = new Set(NUMBERED_ASSEMBLY_PLACES)

// "We're by the main gate", "everyone's at the muster point", "I've gone out to the car park":
// someone on our side, then a verb of being or going, before the place in the same clause.
const CALLER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'us', 'me', 'everyone', 'everybody', 'all', 'crew', 'lads', 'guys', 'people', 'staff', 'team'])
const POSITION_VERBS: ReadonlySet<string> = new Set([
  'am', 'are', 'is', 'was', 'were', 'went', 'gone', 'go', 'going', 'moved', 'headed', 'heading', 'waiting', 'standing', 'stood',
  'gathered', 'gathering', 'sat', 'sitting', 'meeting', 'evacuated', 'evacuating', 'ran', 'walked', 'stay', 'staying',
  // "We're all outside at the muster point": where the caller stands, not a place to clear.
  'outside',
])
// Close enough to be about the place: "we are all waiting by the main gate", but not "everyone is
// out there is smoke by the main gate".
const VERB_REACH = 4
const SUBJECT_REACH = 3
// "We're all outside" with nothing after it: outside in general, not "outside building 3".
const OUTSIDE_ENDS: ReadonlySet<string> = new Set(['now', 'and', 'already', 'safely', 'safe', 'together', 'waiting', 'here', 'there', 'too', 'as', 'with'])

/**
 * What the turn does, as far as places go: reports a hazard ("fire by the main gate": the gate is
 * the location), says something plain ("by the main gate": that is where the caller is) or asks
 * ("where's the main gate?": neither).
 */
export type TurnKind = 'report' | 'plain' | 'question'

/**
 * Finds the location and equipment a caller names. A numbered place beats a named one ("the
 * warehouse, bay 4" is Bay 4); among equals the first mentioned wins. An assembly place is where
 * the caller is (callerAt), never the location, when the caller puts themselves there ("we're by
 * the main gate") or the turn is plain; in a question it is only what they ask about.
 */
export function extractPlaces(tokens: readonly string[], turn: TurnKind = 'report'): Places {
  const candidates: Candidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    const kind = NUMBERED.get(token)
    if (kind !== undefined) {
      let j = i + 1
      if (SKIPPED_BEFORE_ID.has(tokens[j] ?? '')) j++
      const id = readIdentifier(tokens, j)
      const refuge = NUMBERED_ASSEMBLY.has(token) ? 'assembly' : undefined
      if (id !== undefined) candidates.push({ kind, text: `${capitalise(token)} ${id}`, index: i, length: j - i + 1, numbered: true, refuge })
    }
    const ordinal = readOrdinal(token)
    const noun = tokens[i + 1]
    if (ordinal !== undefined && noun !== undefined && ORDINAL_NOUNS.has(noun)) {
      const label = noun === 'storey' || noun === 'story' ? 'Floor' : capitalise(noun)
      candidates.push({ kind: 'location', text: `${label} ${ordinal}`, index: i, length: 2, numbered: true, refuge: undefined })
    }
    const next = tokens[i + 1]
    if (token === 'outside' && (next === undefined || next === BOUNDARY || OUTSIDE_ENDS.has(next))) {
      // Length 0: a named place said alongside ("outside by the gate") is the better answer.
      candidates.push({ kind: 'location', text: 'outside', index: i, length: 0, numbered: false, refuge: 'assembly' })
    }
  }
  let kitPlaceEnd = -1
  for (const m of named.match(tokens)) {
    const single = m.end - m.start === 1
    if (single && !LEAD_INS.has(tokens[m.start - 1] ?? '') && !ALWAYS_PLACES.has(tokens[m.start] ?? '')) continue
    // "Want to lift him onto a pallet": after "to", a word that is also a verb is the verb.
    if (single && tokens[m.start - 1] === 'to' && ALSO_VERBS.has(tokens[m.start] ?? '')) continue
    if (comparedTo(tokens, m.start) || STREET.has(tokens[m.end] ?? '') || plannedDestination(tokens, m.start) || seenThrough(tokens, m.start, m.end)) continue
    if (whereKitIs(tokens, m.start, m.end) || besideKitPlace(tokens, kitPlaceEnd, m.start)) {
      kitPlaceEnd = m.end
      continue
    }
    const text = tokens.slice(m.start, m.end).join(' ')
    const refuge = m.payload !== 'location' ? undefined : ASSEMBLY.has(text) ? 'assembly' : GATHERING.has(text) ? 'gathering' : undefined
    candidates.push({ kind: m.payload, text, index: m.start, length: m.end - m.start, numbered: false, refuge })
  }
  const callerSide = candidates.filter((c) =>
    (c.refuge === 'assembly' && turn === 'plain') || (c.refuge !== undefined && callerPutsThemselvesAt(tokens, c.index)))
  const asked = candidates.filter((c) => c.refuge === 'assembly' && turn === 'question')
  const places: Places = {}
  const others = candidates.filter((c) => !callerSide.includes(c) && !asked.includes(c) && c.text !== 'outside')
  // The site ("the print works") only when nothing nearer is named: "the little ink room", "the tank".
  const location = best(others.filter((c) => !SITES.has(c.text)), 'location') ?? best(others, 'location')
  const equipment = best(others, 'equipment')
  const callerAt = best(callerSide, 'location')
  if (location !== undefined) places.location = location
  if (equipment !== undefined) places.equipment = equipment
  if (callerAt !== undefined) places.callerAt = callerAt
  return places
}

// "He's like a furnace", "hot as an oven": a comparison, not where anything is.
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'])
function comparedTo(tokens: readonly string[], index: number): boolean {
  const before = ARTICLES.has(tokens[index - 1] ?? '') ? index - 2 : index - 1
  return tokens[before] === 'like' || tokens[before] === 'as'
}

// "Someone's gone for the defib off the wall by reception", "legging it to the gatehouse for the
// defib": where the kit is fetched from, not where the casualty is or the caller stands (review 59).
const KIT: ReadonlySet<string> = new Set(['defib', 'defibrillator', 'aed', 'stretcher'])
const KIT_REACH = 6
function whereKitIs(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - KIT_REACH && tokens[i] !== BOUNDARY; i--) if (KIT.has(tokens[i] ?? '')) return true
  for (let i = end; i < tokens.length && i < end + KIT_REACH && tokens[i] !== BOUNDARY; i++) if (KIT.has(tokens[i] ?? '')) return true
  return false
}

const SITES: ReadonlySet<string> = new Set(SITE_NAMES)
/** A whole site ("the water works"), which a place inside it named on another turn says better. */
export function isSite(place: string): boolean {
  return SITES.has(place)
}

// "Smoke coming out the roof": where the fire shows from outside, not where it is (review 60's
// call, replayed: "get everyone out of the roof").
const SHELL: ReadonlySet<string> = new Set(['roof', 'rooftop'])
const OUT_OF: ReadonlySet<string> = new Set(['out', 'through', 'from', 'above', 'over'])
function seenThrough(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1 || !SHELL.has(tokens[start] ?? '')) return false
  let i = start - 1
  if (ARTICLES.has(tokens[i] ?? '')) i--
  if (tokens[i] === 'of') i--
  return OUT_OF.has(tokens[i] ?? '')
}

// "She wants to stand up and walk to the first aid room": where a plan would take them, not
// where they are (review 67). Said as done ("we carried him to the office") it is where they are.
const MOTION: ReadonlySet<string> = new Set(['walk', 'go', 'get', 'carry', 'take', 'drive', 'bring', 'move', 'run', 'head', 'drag', 'wheel', 'nip', 'pop'])
const PLANNING: ReadonlySet<string> = new Set(['wants', 'want', 'wanting', 'tries', 'trying', 'try', 'insists', 'reckons', 'should', 'shall', 'can', 'could', 'gonna', 'going', 'will', 'would'])
function plannedDestination(tokens: readonly string[], start: number): boolean {
  let i = start - 1
  if (ARTICLES.has(tokens[i] ?? '')) i--
  if (tokens[i] !== 'to' || !MOTION.has(tokens[i - 1] ?? '')) return false
  for (let j = i - 2; j >= 0 && j >= i - 7 && tokens[j] !== BOUNDARY; j--) if (PLANNING.has(tokens[j] ?? '')) return true
  return false
}

// "The site on Mill Lane", "Factory Road": a street's name, not a mill or a factory (review 67).
const STREET: ReadonlySet<string> = new Set(['lane', 'road', 'street', 'avenue', 'rd', 'st'])

// "The defib's in the office by the canteen": the canteen only says where the office is.
const BESIDE: ReadonlySet<string> = new Set(['by', 'near', 'beside', 'next', 'to', 'opposite', 'behind', 'the', 'a', 'of'])
function besideKitPlace(tokens: readonly string[], kitPlaceEnd: number, start: number): boolean {
  if (kitPlaceEnd < 0 || start <= kitPlaceEnd || start - kitPlaceEnd > 3) return false
  for (let i = kitPlaceEnd; i < start; i++) if (!BESIDE.has(tokens[i] ?? '')) return false
  return true
}

function callerPutsThemselvesAt(tokens: readonly string[], index: number): boolean {
  for (let v = index - 1; v >= 0 && v >= index - VERB_REACH; v--) {
    if (tokens[v] === BOUNDARY) return false
    if (!POSITION_VERBS.has(tokens[v] ?? '')) continue
    for (let s = v - 1; s >= 0 && s >= v - SUBJECT_REACH; s--) {
      if (tokens[s] === BOUNDARY) return false
      if (CALLER_SUBJECTS.has(tokens[s] ?? '')) return true
    }
  }
  return false
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
  // "At the warehouse one of the pickers": one of them, not Warehouse 1 (review 69).
  if (spoken !== undefined && tokens[j + spoken.used] === 'of') return undefined
  return spoken === undefined ? undefined : String(spoken.value)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
