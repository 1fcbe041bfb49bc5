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
  /** The street, farm or works a nearer `location` is in: "Mill Lane" for "the yard at 14 Mill Lane". */
  site?: string
}

type Kind = 'location' | 'equipment'
/** assembly: a muster point, gate or exit; gathering: open ground such as a car park. */
type Refuge = 'assembly' | 'gathering' | undefined
interface Candidate {
  readonly kind: Kind; readonly text: string; readonly index: number; readonly length: number; readonly numbered: boolean; readonly refuge: Refuge
  /**
   * The site around a nearer place, though no site word names it: a building a correction picked
   * out ("the ambient one" of the warehouses), a numbered country road ("County Road 12").
   */
  readonly site?: true
}

const NUMBERED: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...NUMBERED_EQUIPMENT.map((n): [string, Kind] => [n, 'equipment']),
  ...NUMBERED_LOCATIONS.map((n): [string, Kind] => [n, 'location']),
])
const ORDINAL_NOUNS: ReadonlySet<string> = new Set(ORDINAL_LOCATIONS)
// "A wind turbine ninety metres up": a measure, not Turbine 90 (review 73).
const UNITS: ReadonlySet<string> = new Set(['metres', 'meters', 'metre', 'meter', 'm', 'feet', 'foot', 'ft', 'minutes', 'mins', 'seconds', 'percent', 'degrees', 'tonnes', 'tons', 'kg', 'kilos', 'mph', 'miles', 'yards', 'hours'])
const SKIPPED_BEFORE_ID: ReadonlySet<string> = new Set(['number', 'no', 'num'])
// "the valve a bit", "area a lot": here the letter is an article, not an identifier.
const ARTICLE_FOLLOWERS: ReadonlySet<string> = new Set(['lot', 'bit', 'little', 'few', 'couple', 'while', 'minute', 'second', 'moment', 'big', 'small', 'huge'])
// "On Dumbarton Road a man's gone down" (review 93); but "Zone A man down" is radio for Zone A.
const ARTICLE_PEOPLE: ReadonlySet<string> = new Set([
  'man', 'woman', 'lad', 'lass', 'lady', 'guy', 'bloke', 'fella', 'girl', 'boy', 'kid', 'child', 'baby', 'person',
  'customer', 'worker', 'colleague', 'driver', 'member', 'client', 'guest', 'visitor', 'resident', 'pupil', 'student', 'patient',
])
const ROAD_KINDS: ReadonlySet<string> = new Set(['county', 'state', 'farm', 'forest', 'rural', 'township', 'ranch', 'regional'])
const ROADS: ReadonlySet<string> = new Set(['road', 'roads', 'lane', 'street', 'track', 'route', 'way'])
const ARTICLE_VEHICLES: ReadonlySet<string> = new Set(['truck', 'dump', 'dumper', 'van', 'car', 'lorry', 'pickup', 'forklift', 'bus', 'tractor', 'digger', 'trailer', 'tanker', 'loader', 'vehicle', 'ute', 'wagon', 'motorbike', 'bike', 'cyclist', 'lorries', 'artic', 'hgv', 'reach'])
// Plurals counted by a number word: "the yard two men are down".
const COUNTED_PEOPLE: ReadonlySet<string> = new Set(['men', 'women', 'lads', 'guys', 'workers', 'people', 'blokes', 'fellas', 'colleagues', 'drivers', 'kids', 'children', 'staff', 'pickers', 'operators'])
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
  // "We've all come out into the car park" (review 71).
  'come', 'came', 'got', 'into',
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
      const road = ROAD_KINDS.has(tokens[i - 1] ?? '') && token === 'road'
      // "County Road 12 outside Alexandria": a road's name, where the farm is, not a place to keep clear (review 107).
      if (id !== undefined && road) candidates.push({ kind, text: `${capitalise(tokens[i - 1] ?? '')} Road ${id}`, index: i - 1, length: j - i + 2, numbered: true, refuge, site: true })
      else if (id !== undefined) candidates.push({ kind, text: `${capitalise(token)} ${id}`, index: i, length: j - i + 1, numbered: true, refuge })
    }
    const ordinal = readOrdinal(token)
    const noun = tokens[i + 1]
    if (ordinal !== undefined && noun !== undefined && ORDINAL_NOUNS.has(noun) && !heightOf(tokens, i)) {
      const label = noun === 'storey' || noun === 'story' ? 'Floor' : capitalise(noun)
      candidates.push({ kind: 'location', text: `${label} ${ordinal}`, index: i, length: 2, numbered: true, refuge: undefined })
    }
    const next = tokens[i + 1]
    if (token === 'outside' && (next === undefined || next === BOUNDARY || OUTSIDE_ENDS.has(next)) && !thingOutside(tokens, i) && !TOLD_TO_GO.has(tokens[i - 1] ?? '')) {
      // Length 0: a named place said alongside ("outside by the gate") is the better answer.
      candidates.push({ kind: 'location', text: 'outside', index: i, length: 0, numbered: false, refuge: 'assembly' })
    }
  }
  addStreetsAndWords(tokens, candidates)
  addAddresses(tokens, candidates)
  let kitPlaceEnd = -1
  for (const m of named.match(tokens)) {
    const single = m.end - m.start === 1
    if (single && !LEAD_INS.has(tokens[m.start - 1] ?? '') && !ALWAYS_PLACES.has(tokens[m.start] ?? '')) continue
    // "Want to lift him onto a pallet": after "to", a word that is also a verb is the verb.
    if (single && tokens[m.start - 1] === 'to' && ALSO_VERBS.has(tokens[m.start] ?? '')) continue
    if ((m.payload === 'location' && refugeAt(tokens, m.start, m.end) && crewIsThere(tokens, m.start)) || (m.payload === 'location' && directionsForCrew(tokens, m.start, m.end)) || ownVehicle(tokens, m.start, m.end)) continue
    if (comparedTo(tokens, m.start) || STREET.has(tokens[m.end] ?? '') || plannedDestination(tokens, m.start) || plannedRest(tokens, m.start) || farFrom(tokens, m.start) || across(tokens, m.start) || passingOn(tokens, m.start) || fetchedFrom(tokens, m.start) || deviceBattery(tokens, m.start, m.end) || personalKit(tokens, m.start, m.end) || seenThrough(tokens, m.start, m.end) || keptIn(tokens, m.start, m.end) || distanceOff(tokens, m.end) || rescuedWith(tokens, m.start)) continue
    if (whereKitIs(tokens, m.start, m.end) || besideKitPlace(tokens, kitPlaceEnd, m.start)) {
      kitPlaceEnd = m.end
      continue
    }
    const text = tokens.slice(m.start, m.end).join(' ')
    const refuge = m.payload !== 'location' ? undefined : ASSEMBLY.has(text) ? 'assembly' : GATHERING.has(text) ? 'gathering' : undefined
    candidates.push({ kind: m.payload, text, index: m.start, length: m.end - m.start, numbered: false, refuge })
  }
  corrected(tokens, candidates)
  nested(tokens, candidates)
  // "I'll stand by the gate to wave them in": where someone meets the crew, not the emergency (review 71).
  const said = tokens.join(' ')
  const meeting = MEETING.test(said)
  // "I'm back at the yard and my guy on the job called me on the radio": where the caller is, and
  // the emergency is somewhere else (review 114).
  const relayed = RELAYED.test(said)
  const callerSide = candidates.filter((c) =>
    (c.refuge === 'assembly' && turn === 'plain') || (c.refuge !== undefined && callerPutsThemselvesAt(tokens, c.index)) || (meeting && c.kind === 'location') ||
    (relayed && c.kind === 'location' && !c.numbered && callerSaysIAmAt(tokens, c.index)))
  const asked = candidates.filter((c) => c.refuge === 'assembly' && turn === 'question')
  const places: Places = {}
  const others = candidates.filter((c) => !callerSide.includes(c) && !asked.includes(c) && c.text !== 'outside')
  // The site ("the print works") only when nothing nearer is named: "the little ink room", "the tank".
  const siteLike = (c: Candidate): boolean => isSite(c.text) || c.site === true
  const location = best(others.filter((c) => !siteLike(c)), 'location') ?? best(others, 'location')
  const equipment = best(others, 'equipment')
  const callerAt = best(callerSide, 'location')
  if (location !== undefined) places.location = location
  if (equipment !== undefined) places.equipment = equipment
  if (callerAt !== undefined) places.callerAt = callerAt
  const site = location === undefined || others.some((c) => c.text === location && siteLike(c)) ? undefined : best(others.filter(siteLike), 'location')
  if (site !== undefined) places.site = site
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
// "There's buccal something in the office" is where the medicine is, not the fit (review 93's re-grade).
const KIT: ReadonlySet<string> = new Set(['defib', 'defibrillator', 'aed', 'stretcher', 'kit', 'kits', 'eyewash', 'tourniquet', 'buccal', 'buccolam', 'midazolam', 'glucagon', 'naloxone', 'epipen', 'epipens'])
const KIT_REACH = 6
function whereKitIs(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - KIT_REACH; i--) {
    if (KIT.has(tokens[i] ?? '')) return true
    // "Someone's gone for the defibrillator, it's in reception": "it" is the kit (review 97's re-grade).
    if (tokens[i] === BOUNDARY && !(tokens[i + 1] === 'it' && tokens[i + 2] === 'is')) break
  }
  for (let i = end; i < tokens.length && i < end + KIT_REACH && tokens[i] !== BOUNDARY; i++) if (KIT.has(tokens[i] ?? '')) return true
  return false
}

const SITES: ReadonlySet<string> = new Set(SITE_NAMES)
/** A whole site ("the water works") or a street, which a place inside it named on another turn says better. */
export function isSite(place: string): boolean {
  return SITES.has(place) || STREET_NAME.test(place)
}
// "The kitchen", "the landing": a room in someone's home, which no crew finds without the street.
const HOME_ROOM = /^(?:the )?(?:kitchen|bathroom|bedroom|living room|lounge|front room|back room|sitting room|hall|hallway|landing|stairs|loft|attic|garden|back garden|front garden|conservatory|toilet|utility room|spare room)$/
/** A room of a home, which a street said on any turn names better for the crew (review 93's re-grade). */
export function isHomeRoom(place: string): boolean {
  return HOME_ROOM.test(place)
}
/** A what3words address: exact, so it stands even when said inside a question ("can I give you a what3words?"). */
export function isExactAddress(place: string): boolean {
  return place.startsWith('what3words ')
}

// "Off the A34 slip road", "on Mill Lane": a street, said to the crew as a place when nothing
// nearer is named; and a what3words address, which beats any other (review 71).
const BEFORE_STREET: ReadonlySet<string> = new Set(['on', 'off', 'in', 'at', 'the', 'a', 'with', 'of', 'to', 'from', 'down', 'up', 'along', 'by', 'near', BOUNDARY])
// "The B road", "the main road", "the access road": a kind of road, not its name.
const ON_STREET: ReadonlySet<string> = new Set(['on', 'off', 'in', 'at', 'along', 'down', 'up'])
const GENERIC_ROAD: ReadonlySet<string> = new Set(['a', 'b', 'main', 'back', 'access', 'service', 'farm', 'private', 'haul', 'site', 'ring', 'link', 'slip', 'dual', 'country', 'side', 'busy', 'some', 'the', 'this', 'that', 'little', 'narrow', 'muddy'])
const SAID_DOT: ReadonlySet<string> = new Set(['.', 'dot', 'point'])
const W3W_FILLER: ReadonlySet<string> = new Set(['it', 'is', 'says', 'say', 'its', 'are', 'they', 'the', 'reads', 'read', 'code', 'my', 'our', 'here', 'we', 'am', 'at'])
function addStreetsAndWords(tokens: readonly string[], candidates: Candidate[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!STREET.has(tokens[i] ?? '') || BEFORE_STREET.has(tokens[i - 1] ?? '')) continue
    // "6 St Helen's Avenue": St before a name is Saint, not Street (review 91).
    if (tokens[i] === 'st' && i + 1 < tokens.length && tokens[i + 1] !== BOUNDARY) continue
    let start = BEFORE_STREET.has(tokens[i - 2] ?? BOUNDARY) ? i - 1 : i - 2
    // "Unit 4 Wharf Road": the 4 is the unit's, not a house number on Wharf Road (review 103).
    const unitsNumber = /^\d+$/.test(tokens[start] ?? '') && NUMBERED_PLACE.has(tokens[start - 1] ?? '') && !GENERIC_ROAD.has(tokens[i - 1] ?? '')
    if (unitsNumber) start = i - 1
    // A name, not a kind: "on Mill Lane", "off the A34 slip road", but not "the cone lane", "the
    // outside lane" or "the B road".
    // "Twenty two fourteen Southeast Salmon Street", "2214 Salmon Street": the house number said
    // before the name, in digits or as words read in pairs (review 114).
    if (!unitsNumber && start < i - 1 && isNumberWord(tokens[start])) start++
    const house = unitsNumber || /\d/.test(tokens[start] ?? '') ? undefined : houseNumberBefore(tokens, start)
    const numbered = house !== undefined || tokens.slice(start, i).some((t) => /\d/.test(t))
    const named = numbered || unitsNumber || ((ON_STREET.has(tokens[start - 1] ?? '') || listedInAddress(tokens, start)) && !GENERIC_ROAD.has(tokens[i - 1] ?? ''))
    if (!named || BEFORE_STREET.has(tokens[start] ?? '')) continue
    const name = tokens.slice(start, i + 1).map(capitalise).join(' ')
    const text = house === undefined ? name : `${house.digits} ${name}`
    const from = house?.index ?? start
    candidates.push({ kind: 'location', text, index: from, length: i + 1 - from, numbered: false, refuge: undefined })
  }
  // "At Drumlean Farm": a farm by its name, not "the dairy farm" (review 94).
  // "At Ty Gwyn Farm", "it's Hollins Farm": two words of name too (review 95).
  const farmName = (w: string | undefined): boolean => w !== undefined && /^[a-z]+$/.test(w) && !FARM_KINDS.has(w) && !BEFORE_STREET.has(w)
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i] !== 'farm' || !farmName(tokens[i - 1])) continue
    const words = AT_FARM.has(tokens[i - 2] ?? '') ? 1 : farmName(tokens[i - 2]) && AT_FARM.has(tokens[i - 3] ?? '') ? 2 : 0
    if (words === 0) continue
    const name = tokens.slice(i - words, i).map((w) => capitalise(w)).join(' ')
    candidates.push({ kind: 'location', text: `${name} Farm`, index: i - words, length: words + 1, numbered: false, refuge: undefined })
  }
  for (let i = 0; i < tokens.length; i++) {
    const road = motorwayAt(tokens, i)
    if (road !== undefined) candidates.push({ kind: 'location', text: road.text, index: i, length: road.length, numbered: true, refuge: undefined })
  }
  for (let i = 0; i < tokens.length; i++) {
    const said = tokens[i] === 'what3words' || tokens[i] === 'w3w' ? i + 1 : tokens[i] === 'what' && (tokens[i + 1] === 'three' || tokens[i + 1] === '3') && tokens[i + 2] === 'words' ? i + 3 : -1
    if (said < 0) continue
    let j = said
    while (j < said + 4 && W3W_FILLER.has(tokens[j] ?? '')) j++
    // "Filled dot count dot soap": the dots said aloud between the words (review 95).
    const words: string[] = []
    for (let k = j; words.length < 3 && k < tokens.length; k++) {
      if (words.length > 0 && SAID_DOT.has(tokens[k] ?? '')) continue
      words.push(tokens[k] ?? '')
    }
    if (words.length === 3 && words.every((w) => /^[a-z]+$/.test(w))) {
      candidates.push({ kind: 'location', text: `what3words ${words.join('.')}`, index: i, length: 10, numbered: true, refuge: undefined })
    }
  }
}

const NUMBERED_PLACE: ReadonlySet<string> = new Set(NUMBERED_LOCATIONS.filter((w) => w !== 'road'))
const AT_FARM: ReadonlySet<string> = new Set(['at', 'from', 'near', 'by', 'on', 'is', 'its'])
const FARM_KINDS: ReadonlySet<string> = new Set([
  'wind', 'solar', 'dairy', 'pig', 'fish', 'chicken', 'poultry', 'sheep', 'cattle', 'turkey', 'arable', 'family', 'home', 'city', 'our', 'my', 'his',
  'her', 'their', 'salmon', 'trout', 'fruit', 'tree', 'battery', 'server', 'mushroom', 'egg', 'duck', 'goat', 'deer', 'horse', 'pony', 'stud', 'tank',
  'fur', 'mink', 'beef', 'organic', 'hill', 'local', 'big', 'old', 'next', 'neighbour', 'neighbours', 'neighbouring', 'same', 'other', 'this', 'that',
])
// "We're at Kwik Fit, Carlton Road, Nottingham": a street listed after the place the caller is at
// (review 86), where "on" or "in" would otherwise say it is a name.
const AT_VERBS: ReadonlySet<string> = new Set(['are', 'is', 'am'])
const ADDRESS_REACH = 8
const isNumberWord = (token: string | undefined): boolean => token !== undefined && token !== 'a' && readNumberWords([token], 0) !== undefined

function houseNumberBefore(tokens: readonly string[], start: number): { index: number; digits: string } | undefined {
  const before = tokens[start - 1] ?? ''
  if (/^\d{1,5}[a-z]?$/.test(before)) return NUMBERED_PLACE.has(tokens[start - 2] ?? '') ? undefined : { index: start - 1, digits: before }
  let first = start
  while (first > 0 && start - first < 4 && isNumberWord(tokens[first - 1])) first--
  if (first === start) return undefined
  let digits = ''
  for (let k = first; k < start;) {
    const n = readNumberWords(tokens, k)
    if (n === undefined || k + n.used > start) return undefined
    digits += String(n.value)
    k += n.used
  }
  return digits.length <= 5 && !NUMBERED_PLACE.has(tokens[first - 1] ?? '') ? { index: first, digits } : undefined
}

function listedInAddress(tokens: readonly string[], start: number): boolean {
  if (tokens[start - 1] !== BOUNDARY) return false
  for (let i = start - 2; i >= 1 && i >= start - ADDRESS_REACH; i--) {
    if (tokens[i] === 'at' && AT_VERBS.has(tokens[i - 1] ?? '')) return true
    if (tokens[i] === 'address') return true
    // "It's St Michael's school, Church Road, Netherton" (review 89): an address said as what it is.
    if (tokens[i] === 'is' && (tokens[i - 1] === 'it' || tokens[i - 1] === 'this') && (i === 1 || tokens[i - 2] === BOUNDARY)) return true
  }
  return false
}

// "On the M5 southbound between junction 23 and 24": the motorway, its direction and the junction,
// as a crew is sent to it (review 87). A-roads too ("the A34 northbound").
const MOTORWAY = /^[ma]\d{1,4}(?:m)?$/
const BEARINGS: ReadonlySet<string> = new Set(['northbound', 'southbound', 'eastbound', 'westbound', 'clockwise', 'anticlockwise'])
const ROAD_LEAD_INS: ReadonlySet<string> = new Set(['on', 'off', 'the', 'along', 'down', 'up', 'near', 'by', 'of'])
function motorwayAt(tokens: readonly string[], i: number): { text: string; length: number } | undefined {
  const token = tokens[i] ?? ''
  if (!MOTORWAY.test(token) || !(i === 0 || tokens[i - 1] === BOUNDARY || ROAD_LEAD_INS.has(tokens[i - 1] ?? ''))) return undefined
  // "The A34 slip road", "the A38 Bristol Road": the street says it better.
  for (let j = i + 1; j <= i + 3 && tokens[j] !== BOUNDARY && j < tokens.length; j++) if (STREET.has(tokens[j] ?? '')) return undefined
  const parts = [token.toUpperCase()]
  let end = i + 1
  if (BEARINGS.has(tokens[end] ?? '')) parts.push(tokens[end++] ?? '')
  else {
    // "The A38 roadworks by the Marsh Lane bridge, northbound side": the bearing said a little later (review 120).
    for (let j = end; j < tokens.length && j < end + 10; j++) {
      if (MOTORWAY.test(tokens[j] ?? '')) break
      if (BEARINGS.has(tokens[j] ?? '')) {
        parts.push(tokens[j] ?? '')
        break
      }
    }
  }
  for (let j = end; j < tokens.length && j < end + 4 && tokens[j] !== BOUNDARY; j++) {
    if ((tokens[j] === 'junction' || tokens[j] === 'j') && /^\d{1,3}[a-z]?$/.test(tokens[j + 1] ?? '')) {
      parts.push(`junction ${tokens[j + 1]}`)
      end = j + 2
      break
    }
  }
  return { text: parts.join(' '), length: end - i }
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
const MOTION: ReadonlySet<string> = new Set(['walk', 'go', 'get', 'carry', 'take', 'drive', 'bring', 'move', 'run', 'head', 'drag', 'wheel', 'nip', 'pop', 'crawl', 'limp', 'hobble'])
// "Should I crawl out to the road": the way, said between the motion and the place.
const PARTICLES: ReadonlySet<string> = new Set(['out', 'over', 'back', 'down', 'up', 'across'])
// "Carry him to the gatehouse": who is moved, between the motion and the place (review 77).
const MOVED: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'me', 'us'])
const PLANNING: ReadonlySet<string> = new Set(['wants', 'want', 'wanting', 'tries', 'trying', 'try', 'insists', 'reckons', 'should', 'shall', 'can', 'could', 'gonna', 'going', 'will', 'would'])
function plannedDestination(tokens: readonly string[], start: number): boolean {
  let i = start - 1
  if (ARTICLES.has(tokens[i] ?? '')) i--
  // "Want to carry her into the canteen" as well as "to the canteen" (review 89).
  if (tokens[i] !== 'to' && tokens[i] !== 'into' && tokens[i] !== 'onto') return false
  let verb = PARTICLES.has(tokens[i - 1] ?? '') ? i - 2 : i - 1
  if (MOVED.has(tokens[verb] ?? '')) verb--
  if (!MOTION.has(tokens[verb] ?? '')) return false
  for (let j = verb - 1; j >= 0 && j >= verb - 10 && tokens[j] !== BOUNDARY; j--) if (PLANNING.has(tokens[j] ?? '')) return true
  return false
}

// "I might just have a lie down on the sofa in the staff room": where they mean to rest, not where
// they are (review 94's re-grade). Said as done ("he's lying in the office") it is where they are.
const REST: ReadonlySet<string> = new Set(['lie', 'lay', 'kip', 'nap', 'sleep', 'rest', 'sit'])
const MEANING: ReadonlySet<string> = new Set([...PLANNING, 'might', 'may', 'need', 'needs'])
function plannedRest(tokens: readonly string[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 8 && tokens[j] !== BOUNDARY; j--) {
    if (!REST.has(tokens[j] ?? '')) continue
    for (let k = j - 1; k >= 0 && k >= j - 6 && tokens[k] !== BOUNDARY; k--) if (MEANING.has(tokens[k] ?? '')) return true
  }
  return false
}

// "I can hear a car on the road over the hedge": where the traffic is, not the caller (review 76).
const TRAFFIC: ReadonlySet<string> = new Set(['car', 'cars', 'van', 'vans', 'lorry', 'lorries', 'truck', 'trucks', 'traffic', 'bus', 'buses', 'motorbike', 'bikes'])
const ROADWAY: ReadonlySet<string> = new Set(['road', 'roads', 'street', 'lane', 'motorway', 'track'])
function passingOn(tokens: readonly string[], start: number): boolean {
  const on = ARTICLES.has(tokens[start - 1] ?? '') ? start - 2 : start - 1
  return ROADWAY.has(tokens[start] ?? '') && (tokens[on] === 'on' || tokens[on] === 'along' || tokens[on] === 'down') && TRAFFIC.has(tokens[on - 1] ?? '')
}

// "Ice packs from the freezer": where a thing is fetched from, not where help goes (review 83).
// "She ate something from the canteen": where the food came from, not where she is (review 95).
const SUPPLIES: ReadonlySet<string> = new Set(['something', 'food', 'sandwich', 'cake', 'lunch', 'snack', 'curry', 'ice', 'packs', 'pack', 'butter', 'blanket', 'blankets', 'towel', 'towels', 'water', 'bag', 'box', 'honey', 'milk', 'sugar', 'coke', 'cloth', 'cloths', 'tea'])
// "A young lad from the kitchen": where someone came from, not where help goes (review 103).
const FROM_PEOPLE: ReadonlySet<string> = new Set(['lad', 'lads', 'man', 'woman', 'girl', 'guy', 'bloke', 'someone', 'somebody', 'chef', 'cook', 'fella', 'lass', 'lady'])
function fetchedFrom(tokens: readonly string[], start: number): boolean {
  const from = ARTICLES.has(tokens[start - 1] ?? '') ? start - 2 : start - 1
  if (tokens[from] !== 'from') return false
  if (SUPPLIES.has(tokens[from - 1] ?? '')) return true
  let i = from - 1
  while (i >= 0 && i >= from - 3 && (tokens[i] === 'here' || tokens[i] === 'now' || tokens[i] === 'just')) i--
  return FROM_PEOPLE.has(tokens[i] ?? '')
}

// "We thought the battery was going": the alarm's own battery, not a place (review 83).
function deviceBattery(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1 || tokens[start] !== 'battery') return false
  const next = tokens[end] === 'was' || tokens[end] === 'is' ? end + 1 : end
  return ['going', 'low', 'dead', 'flat', 'dying', 'running'].includes(tokens[next] ?? '')
}

// "He's left his pump at home", "a round flat battery he swallowed": an inhaler and a swallowed
// battery, not where help goes (review 89); "a cable tie in me pocket" is no cable (review 118).
const ASTHMA = /^(?:asthma\w*|sthmatic|inhalers?|wheez\w*|puffers?|breath\w*|puffs?|spacer)$/
const SWALLOWED = /^(?:swallow\w*|ate|eaten|mouth|choking|toddler|baby|child|kid)$/
function personalKit(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1) return false
  if (tokens[start] === 'cable') return tokens[end] === 'tie' || tokens[end] === 'ties'
  if (tokens[start] === 'pump') return ['his', 'her', 'my', 'their', 'your', 'blue'].includes(tokens[start - 1] ?? '') || tokens.some((t) => ASTHMA.test(t))
  return (tokens[start] === 'battery' || tokens[start] === 'batteries') && tokens.some((t) => SWALLOWED.test(t))
}

// "Loads of ice in the freezer": where the ice is, not where the caller is (review 94); "he's
// collapsed in the walk-in freezer" stays a place.
const COLD_STORES: ReadonlySet<string> = new Set(['freezer', 'fridge', 'freezers', 'fridges'])
const CHILLED: ReadonlySet<string> = new Set(['ice', 'peas', 'icepack', 'icepacks', 'frozen', 'milk', 'butter', 'pack', 'packs'])
function keptIn(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1 || !COLD_STORES.has(tokens[start] ?? '')) return false
  for (let i = start - 1; i >= 0 && i >= start - 4 && tokens[i] !== BOUNDARY; i--) if (CHILLED.has(tokens[i] ?? '')) return true
  return false
}

// "We're in the forest miles from the road": the place they are far from (review 76).
const FAR: ReadonlySet<string> = new Set(['miles', 'mile', 'far', 'way', 'kilometres', 'kilometers', 'km'])
const NEARBY: ReadonlySet<string> = new Set(['up', 'down', 'along', 'round', 'across'])
/**
 * "The chilled one across the yard", "a hotel across the road": the way to something else, not
 * where help goes (review 95). Something done across it ("wheeling a dinghy across the yard",
 * "he fell across the road") happened there.
 */
function across(tokens: readonly string[], start: number): boolean {
  const before = ARTICLES.has(tokens[start - 1] ?? '') ? start - 2 : start - 1
  if (tokens[before] !== 'across') return false
  for (let i = before - 1; i >= 0 && i >= before - 3; i--) {
    const doing = tokens[i] ?? ''
    if (doing === BOUNDARY) break
    if (doing.endsWith('ing') || DONE_ACROSS.has(doing)) return false
  }
  return true
}
const DONE_ACROSS: ReadonlySet<string> = new Set(['fell', 'fallen', 'slipped', 'tripped', 'ran', 'walked', 'lay', 'collapsed', 'went', 'came', 'drove', 'reversed', 'skidded', 'blew', 'spread', 'spilled', 'spilt', 'sprayed'])

function farFrom(tokens: readonly string[], start: number): boolean {
  const from = ARTICLES.has(tokens[start - 1] ?? '') ? start - 2 : start - 1
  // "It's only up the road": how far, not where.
  if (NEARBY.has(tokens[from] ?? '') && (tokens[from - 1] === 'only' || tokens[from - 1] === 'just')) return true
  return tokens[from] === 'from' && FAR.has(tokens[from - 1] ?? '')
}

// "The truck's a hundred yards off": said after the place, where the caller is not (review 118).
const DISTANCES: ReadonlySet<string> = new Set(['yards', 'yard', 'metres', 'meters', 'metre', 'meter', 'feet', 'foot', 'miles', 'mile'])
function distanceOff(tokens: readonly string[], end: number): boolean {
  for (let i = end; i < tokens.length && i < end + 7 && tokens[i] !== BOUNDARY; i++) {
    if (DISTANCES.has(tokens[i] ?? '') && (tokens[i + 1] === 'off' || tokens[i + 1] === 'away')) return true
  }
  return false
}

// "We've just pulled him out with a ladder": what the rescuers used, not where he is (review 120).
const RESCUE_VERBS: ReadonlySet<string> = new Set(['pulled', 'pull', 'dragged', 'drag', 'hauled', 'haul', 'fished', 'hooked', 'lifted', 'lift', 'heaved', 'reached', 'reach', 'rescued'])
function rescuedWith(tokens: readonly string[], start: number): boolean {
  const before = ARTICLES.has(tokens[start - 1] ?? '') ? start - 2 : start - 1
  if (tokens[before] !== 'with') return false
  for (let i = before - 1; i >= 0 && i >= before - 5 && tokens[i] !== BOUNDARY; i--) if (RESCUE_VERBS.has(tokens[i] ?? '')) return true
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

// The words between "I am" and the place: "I am back at the yard", "I am still in the office".
const I_AM_AT: ReadonlySet<string> = new Set(['back', 'at', 'in', 'the', 'up', 'down', 'over', 'still', 'here', 'on'])
const RELAYED = /\b(?:on the (?:radio|phone|walkie|cctv|camera|cameras)|(?:called|rang|phoned|messaged|texted|radioed) me|sent me)\b/
/** "I am back at the yard", "I'm in the office": the caller's own whereabouts, said of themselves. */
function callerSaysIAmAt(tokens: readonly string[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 5), index)
  const am = before.lastIndexOf('am')
  return am > 0 && before[am - 1] === 'i' && !before.slice(am).includes(BOUNDARY) && before.slice(am + 1).every((t) => I_AM_AT.has(t))
}
const MEETING = /\b(?:wave|waving|flag|flagging|bring|show|showing|meet|meeting|guide|lead|direct) (?:them|the (?:ambulance|crew|paramedics|fire|firemen|firefighters|police|responders))\b/

// "Bay four, no sorry, not bay four, bay fourteen": the place said after the correction stands, and
// one said after "not" never does (review 71).
const CORRECTION: ReadonlySet<string> = new Set(['sorry', 'actually', 'correction', 'mean'])
const NOT_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'by', 'on', 'near', 'inside'])
function corrected(tokens: readonly string[], candidates: Candidate[]): void {
  let marker = -1
  for (let i = 0; i < tokens.length; i++) if (CORRECTION.has(tokens[i] ?? '') && (tokens[i] !== 'mean' || tokens[i - 1] === 'i')) marker = i
  const negated = (c: Candidate): boolean => {
    for (let i = c.index - 1; i >= 0 && i >= c.index - 3; i--) {
      if (tokens[i] === 'not') return true
      if (!ARTICLES.has(tokens[i] ?? '') && !NOT_BEFORE.has(tokens[i] ?? '')) return false
    }
    return false
  }
  const replaced = correctedOnes(tokens, candidates, marker)
  const stale = (c: Candidate): boolean =>
    negated(c) || replaced.has(c) || (marker >= 0 && c.index < marker && candidates.some((later) => later.kind === c.kind && later.index > marker && !negated(later)))
  for (let i = candidates.length - 1; i >= 0; i--) if (stale(candidates[i] as Candidate)) candidates.splice(i, 1)
}

// "Not the main warehouse, the other one, the chilled one": "one" stands for the place the
// correction replaces, so the crew hears "the chilled warehouse" (review 95).
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['other', 'same', 'right', 'wrong', 'only', 'last', 'first', 'next', 'this', 'that', 'each', 'every', 'no', 'any'])
// Buildings a site is made of: the one picked out is where a nearer place ("bay 14") is.
const BUILDINGS: ReadonlySet<string> = new Set(['warehouse', 'building', 'block', 'unit', 'factory', 'plant', 'depot', 'shed', 'site', 'store', 'barn', 'mill', 'workshop'])

/** Adds "the chilled one" as "chilled warehouse" after a correction; returns the candidates it replaces. */
function correctedOnes(tokens: readonly string[], candidates: Candidate[], marker: number): Set<Candidate> {
  const replaced = new Set<Candidate>()
  const correcting = (at: number): boolean => (marker >= 0 && marker < at) || tokens.slice(0, at).includes('not')
  for (let i = 2; i < tokens.length; i++) {
    const describing = tokens[i - 1] ?? ''
    if (tokens[i] !== 'one' || tokens[i - 2] !== 'the' || !/^[a-z]{3,}$/.test(describing) || NOT_DESCRIBING.has(describing) || !correcting(i)) continue
    let before: Candidate | undefined
    for (const c of candidates) if (c.kind === 'location' && !c.numbered && c.index < i - 2 && (before === undefined || c.index > before.index)) before = c
    const noun = before?.text.split(' ').at(-1)
    if (before === undefined || noun === undefined || noun === describing) continue
    replaced.add(before)
    candidates.push({ kind: 'location', text: `${describing} ${noun}`, index: i - 2, length: 2, numbered: false, refuge: undefined, ...(BUILDINGS.has(noun) ? { site: true as const } : {}) })
  }
  return replaced
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

// "My car's outside": the car is, not the caller (review 94); "we're outside" is the caller.
// "Manager say everybody go outside": where they are told to go, not where they are yet (review 96).
const TOLD_TO_GO: ReadonlySet<string> = new Set(['go', 'going', 'move', 'head', 'run', 'leave'])
// "About the height of a first floor window": how far they fell, not the floor they are on (review 95).
function heightOf(tokens: readonly string[], i: number): boolean {
  if (tokens[i + 2] === 'height' || tokens[i + 2] === 'high') return true
  for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j] !== BOUNDARY; j--) if (tokens[j] === 'height' || tokens[j] === 'high') return true
  return false
}
const PEOPLE_OUTSIDE: ReadonlySet<string> = new Set(['i', 'we', 'everyone', 'everybody', 'all', 'they', 'you', 'both'])
function thingOutside(tokens: readonly string[], i: number): boolean {
  return (tokens[i - 1] === 'is' || tokens[i - 1] === 'are') && !PEOPLE_OUTSIDE.has(tokens[i - 2] ?? '')
}

function best(candidates: readonly Candidate[], kind: Kind): string | undefined {
  let chosen: Candidate | undefined
  for (const c of candidates) {
    if (c.kind !== kind) continue
    if (chosen === undefined || better(c, chosen)) chosen = c
  }
  return chosen?.text
}

const rank = (c: Candidate): number => (NAMED_FARM.test(c.text) ? 2 : c.numbered ? 1 : 0)
function better(a: Candidate, b: Candidate): boolean {
  if (rank(a) !== rank(b)) return rank(a) > rank(b)
  if (!a.numbered && a.length !== b.length) return a.length > b.length
  return a.index < b.index
}

function readIdentifier(tokens: readonly string[], j: number): string | undefined {
  const token = tokens[j]
  if (token === undefined || token === BOUNDARY) return undefined
  if (/^\d{1,4}[a-z]?$/.test(token) || /^[a-z]\d{1,3}$/.test(token)) return token.toUpperCase()
  if (/^[a-z]$/.test(token) && token !== 'i') {
    if (token === 'a' && ARTICLE_FOLLOWERS.has(tokens[j + 1] ?? '')) return undefined
    if (token === 'a' && ARTICLE_PEOPLE.has(tokens[j + 1] ?? '') && tokens[j + 2] !== 'down') return undefined
    // "On the haul road a dump truck has gone into...": an article before a vehicle (review 107).
    if (token === 'a' && ARTICLE_VEHICLES.has(tokens[j + 1] ?? '') && ROADS.has(tokens[j - 1] ?? '')) return undefined
    return token.toUpperCase()
  }
  // Radio habits: "Zone Bravo" is reported as said, since a site may really name it that way.
  if (NATO.has(token)) return capitalise(token)
  // "Level minus one": a basement level (review 71).
  if (token === 'minus') {
    const below = /^\d{1,2}$/.test(tokens[j + 1] ?? '') ? Number(tokens[j + 1]) : readNumberWords(tokens, j + 1)?.value
    return below === undefined ? undefined : `-${below}`
  }
  const spoken = readNumberWords(tokens, j)
  // "At the warehouse one of the pickers": one of them, not Warehouse 1 (review 69).
  // "In the yard one worker he is very dizzy": a count of people, not Yard 1 (review 107).
  if (spoken === undefined) return undefined
  const after = tokens[j + spoken.used] ?? ''
  if (after === 'of' || UNITS.has(after) || ARTICLE_PEOPLE.has(after) || COUNTED_PEOPLE.has(after)) return undefined
  // "Unit two b": the letter is part of the name (review 71); not "a" or "i", which are words.
  return /^[b-h]$/.test(after) ? `${spoken.value}${after.toUpperCase()}` : String(spoken.value)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

// Review 120: addresses said the way long calls give them. "3 Canal Side", "400 Commerce Drive",
// "1480 Mitchell Highway": a house number, a name and a street word other than road, lane, street
// or avenue (which are common words, so only with the number before them).
const MORE_STREET_KINDS: ReadonlySet<string> = new Set(['highway', 'drive', 'side', 'close', 'crescent', 'terrace', 'way', 'place', 'parade', 'row', 'walk', 'gardens', 'grove', 'boulevard', 'parkway', 'pike'])
// Not a street's name: "a 3 mile walk", "the 2 way valve", "1 other side".
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters', 'yard', 'yards', 'foot', 'feet', 'minute', 'minutes',
  'hour', 'hours', 'way', 'big', 'long', 'short', 'other', 'one', 'left', 'right', 'far', 'near', 'back', 'front', 'north', 'south', 'east', 'west', 'wrong', 'same', 'each',
  'car', 'lorry', 'truck', 'van', 'bus', 'point', 'storey', 'story', 'floor', 'man', 'men', 'lads', 'people', 'more', 'less', 'hand', 'hands', 'tonne', 'tonnes', 'ton', 'tons',
  'inch', 'inches', 'cm', 'mm', 'km', 'second', 'seconds', 'day', 'days', 'week', 'weeks', 'year', 'years', 'degree', 'degrees', 'percent', 'litre', 'litres', 'gallon',
  'gallons', 'kilo', 'kilos', 'pound', 'pounds', 'times', 'lane', 'lanes', 'bar', 'volt', 'volts',
])
// "Route 52", "Highway 12", "Interstate 64": a numbered road, where a nearer place is (review 120); not an escape route.
const NUMBERED_ROADS: ReadonlySet<string> = new Set(['route', 'highway', 'interstate', 'hwy'])
const NOT_A_ROAD: ReadonlySet<string> = new Set(['escape', 'fire', 'evacuation', 'bus', 'delivery', 'walking', 'exit'])
// "Kooringa Station", "Big Creek Mine", "Dublin Port": a site by its name, said where an address
// starts (a clause's first words) and ended there, not "the first aid station" or "at the mine".
const NAMED_SITE_KINDS: ReadonlySet<string> = new Set(['station', 'mine', 'colliery', 'quarry', 'port', 'harbour', 'harbor', 'docks'])
// The place names these words make, as read back (capitalised), for isSite, the ranking of
// candidates and the responder: one list each, so the readings cannot drift apart (review 120).
const alternation = (words: ReadonlySet<string>): string => [...words].map(capitalise).join('|')
/** "3 Canal Side", "1480 Mitchell Highway". */
export const NUMBERED_ADDRESS = new RegExp(`^\\d+[A-Z]? (?:[A-Z][a-z']+ ){1,2}(?:${alternation(MORE_STREET_KINDS)})$`)
/** "Route 52", "Highway 6", "Interstate 64". */
export const NUMBERED_ROAD = /^(?:Route|Highway|Interstate) \d+$/
// A farm by its name says more than the road it is off ("off the A39 ... it's Hollins Farm", review 95).
// A station, mine or port by its name too ("Kooringa Station, 1480 Mitchell Highway", review 120).
export const NAMED_FARM = new RegExp(`^(?:[A-Z][a-z']+ )+(?:Farm|${alternation(NAMED_SITE_KINDS)})$`)
const STREET_NAME = new RegExp(`^[A-Z0-9][\\w ]* (?:Lane|Road|Street|Avenue|Farm)$|^[MA]\\d{1,4}M?(?: |$)|${NUMBERED_ADDRESS.source}|${NUMBERED_ROAD.source}|^(?:[A-Z][a-z']+ ){1,3}(?:${alternation(NAMED_SITE_KINDS)})$`)
// "Big Creek Mine", "North Shields Docks": these start names.
const NAME_STARTS: ReadonlySet<string> = new Set(['big', 'long', 'north', 'south', 'east', 'west', 'far'])
const NOT_A_SITE_NAME: ReadonlySet<string> = new Set([
  ...[...NOT_A_NAME].filter((w) => !NAME_STARTS.has(w)), 'first', 'aid', 'eyewash', 'wash', 'muster', 'pump', 'pumping', 'train', 'railway', 'police', 'petrol', 'gas', 'power', 'filling', 'service', 'charging',
  'docking', 'lifting', 'work', 'base', 'weather', 'coal', 'gold', 'salt', 'tin', 'open', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'its', 'it', 'but', 'so',
  'then', 'now', 'yes', 'yeah', 'no', 'ok', 'okay', 'hello', 'hi', 'um', 'er', 'erm', 'uh', 'well', 'just', 'we', 'i', 'you', 'he', 'she', 'they', 'is', 'are', 'was', 'at',
  'lifeboat', 'coastguard', 'ambulance', 'tube', 'underground', 'metro', 'bus', 'radio', 'tv', 'space', 'nursing', 'work', 'whole', 'old', 'new', 'abandoned', 'disused',
  'working', 'quarry', 'mine', 'station', 'port', 'sea', 'air', 'home', 'from', 'for', 'with', 'by', 'near', 'off', 'into', 'inside', 'outside', 'up', 'down',
  'nurses', 'nurse', 'ticket', 'welding', 'loading', 'fuel', 'compressor', 'booster', 'cleaning', 'test', 'testing', 'lift', 'relay', 'goods', 'copper', 'iron',
  'diamond', 'strip', 'lead', 'usb', 'charger', 'ethernet', 'bike', 'taxi', 'coach', 'ferry', 'rail', 'underground', 'control', 'monitoring', 'operator', 'operators',
])
const AFTER_SITE: ReadonlySet<string> = new Set([BOUNDARY, 'off', 'on', 'near', 'outside', 'in', 'just', 'about'])
const isWord = (t: string | undefined): boolean => t !== undefined && /^[a-z][a-z']{2,}$/.test(t)
function addAddresses(tokens: readonly string[], candidates: Candidate[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const kind = tokens[i] ?? ''
    if (MORE_STREET_KINDS.has(kind) && i >= 2) {
      const words = isWord(tokens[i - 1]) && !NOT_A_NAME.has(tokens[i - 1] ?? '') ? (isWord(tokens[i - 2]) && !NOT_A_NAME.has(tokens[i - 2] ?? '') ? 2 : 1) : 0
      const number = tokens[i - 1 - words] ?? ''
      if (words > 0 && /^\d{1,5}[a-z]?$/.test(number) && !NUMBERED.has(tokens[i - 2 - words] ?? '') && !SKIPPED_BEFORE_ID.has(tokens[i - 2 - words] ?? '')) {
        const from = i - 1 - words
        const text = `${number.toUpperCase()} ${tokens.slice(from + 1, i + 1).map(capitalise).join(' ')}`
        candidates.push({ kind: 'location', text, index: from, length: i + 1 - from, numbered: false, refuge: undefined, site: true })
      }
    }
    if (NAMED_SITE_KINDS.has(kind)) {
      let start = i
      while (start > 0 && i - start < 3 && isWord(tokens[start - 1]) && !NOT_A_SITE_NAME.has(tokens[start - 1] ?? '')) start--
      const opens = start === 0 || tokens[start - 1] === BOUNDARY || tokens[start - 1] === 'at'
      if (start < i && opens && (i + 1 >= tokens.length || AFTER_SITE.has(tokens[i + 1] ?? ''))) {
        candidates.push({ kind: 'location', text: tokens.slice(start, i + 1).map(capitalise).join(' '), index: start, length: i + 1 - start, numbered: false, refuge: undefined, site: true })
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!NUMBERED_ROADS.has(tokens[i] ?? '') || NOT_A_ROAD.has(tokens[i - 1] ?? '') || !/^\d{1,4}$/.test(tokens[i + 1] ?? '')) continue
    const name = tokens[i] === 'hwy' ? 'Highway' : capitalise(tokens[i] ?? '')
    candidates.push({ kind: 'location', text: `${name} ${tokens[i + 1]}`, index: i, length: 2, numbered: false, refuge: undefined, site: true })
  }
}

// "The ambulance is at the gate", "paramedics coming across from the gate", "I can hear the siren
// coming up the road": where the crew is, not the caller nor the emergency (review 120).
const RESPONDERS: ReadonlySet<string> = new Set(['ambulance', 'ambulances', 'paramedics', 'paramedic', 'medics', 'emts', 'ems', 'firemen', 'firefighters', 'engines', 'police', 'chopper', 'helicopter', 'siren', 'sirens', 'coastguard', 'lifeboat'])
// Only where a crew arrives (a gate, an entrance, the road, the car park): "the paramedics are in the canteen with him" is still where he is.
function refugeAt(tokens: readonly string[], start: number, end: number): boolean {
  const text = tokens.slice(start, end).join(' ')
  return ASSEMBLY.has(text) || GATHERING.has(text)
}
const CREW_DOING: ReadonlySet<string> = new Set(['is', 'are', 'has', 'have', 'just', 'now', 'coming', 'landing', 'landed', 'arriving', 'arrived', 'pulling', 'pulled', 'turning', 'parked', 'waiting', 'here', 'driving', 'going', 'heading', 'on', 'at', 'in'])
const MEET_VERBS: ReadonlySet<string> = new Set(['meet', 'meeting', 'wave', 'waving', 'flag', 'flagging', 'guide', 'show', 'bring', 'bringing', 'let', 'letting'])
function crewIsThere(tokens: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 7 && tokens[i] !== BOUNDARY; i--) {
    if (!RESPONDERS.has(tokens[i] ?? '')) continue
    // "I need to go down to meet the ambulance at the gate": where the caller will be.
    if (MEET_VERBS.has(tokens[i - 1] ?? '') || MEET_VERBS.has(tokens[i - 2] ?? '')) return false
    // "The ambulance is", "paramedics coming", "the flying doctor is landing": said of the crew.
    return CREW_DOING.has(tokens[i + 1] ?? '')
  }
  return false
}

// "Come in the gate on Station Lane": the way in, said to the crew, not where anyone is (review 120).
const DIRECTING: ReadonlySet<string> = new Set(['come', 'drive', 'turn', 'follow', 'use', 'enter'])
function directionsForCrew(tokens: readonly string[], start: number, end: number): boolean {
  if (!refugeAt(tokens, start, end)) return false
  let i = start - 1
  while (i >= 0 && i >= start - 4 && tokens[i] !== BOUNDARY && !DIRECTING.has(tokens[i] ?? '')) i--
  return DIRECTING.has(tokens[i] ?? '') && (i === 0 || tokens[i - 1] === BOUNDARY)
}

// "Nitro pills in his truck": someone's own vehicle, where something is kept, not the emergency (review 120).
const OWN: ReadonlySet<string> = new Set(['his', 'her', 'my', 'me', 'their', 'your', 'our'])
const VEHICLES: ReadonlySet<string> = new Set(['truck', 'van', 'car', 'lorry', 'ute', 'pickup', 'wagon'])
function ownVehicle(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1 || !VEHICLES.has(tokens[start] ?? '') || !OWN.has(tokens[start - 1] ?? '')) return false
  return ['in', 'from', 'out', 'inside'].includes(tokens[start - 2] ?? '')
}

// "Building C, second floor, lab 214", "Block B, ground floor": one place said from the outside
// in, which the crew needs whole, not only its first part (review 120).
const CHAINED_GAP: ReadonlySet<string> = new Set([BOUNDARY, 'on', 'in', 'the', 'of', 'at', 'and'])
const FLOOR_NAMES: ReadonlySet<string> = new Set(['ground floor', 'top floor', 'first floor', 'basement'])
function nested(tokens: readonly string[], candidates: Candidate[]): void {
  const parts = candidates
    .filter((c) => c.kind === 'location' && c.refuge === undefined && c.site !== true && !isSite(c.text) && (c.numbered || FLOOR_NAMES.has(c.text)))
    .sort((a, b) => a.index - b.index)
  let chain: Candidate[] = []
  const flush = (): void => {
    const nouns = new Set(chain.map((c) => c.text.split(' ')[0]?.toLowerCase()))
    if (chain.length > 1 && nouns.size === chain.length && chain.some((c) => c.numbered && !/^(?:Floor|Level) /.test(c.text))) {
      const first = chain[0] as Candidate
      const lastOne = chain[chain.length - 1] as Candidate
      candidates.push({ kind: 'location', text: chain.map((c) => c.text).join(', '), index: first.index, length: lastOne.index + lastOne.length - first.index, numbered: true, refuge: undefined })
      for (const c of chain) candidates.splice(candidates.indexOf(c), 1)
    }
    chain = []
  }
  for (const c of parts) {
    const prev = chain[chain.length - 1]
    if (prev !== undefined) {
      const gap = tokens.slice(prev.index + prev.length, c.index)
      if (c.index < prev.index + prev.length || gap.length > 3 || !gap.every((t) => CHAINED_GAP.has(t))) flush()
    }
    chain.push(c)
  }
  flush()
}
