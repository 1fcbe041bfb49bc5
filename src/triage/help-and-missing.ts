import type { Signal } from './hazard-vocabulary.js'
import { BOUNDARY } from './normalize-speech.js'
import type { PhraseMatch } from './phrase-matcher.js'

// What a turn says about who came to help and who is missing, from the signal phrases classify
// matched (hazard-vocabulary.ts). Kept apart from classify: it reads where in the sentence each
// phrase is ("they couldn't find us at first, but the paramedics are with him now").

export interface HelpReading {
  /** Responders are with the caller now. */
  helpArrived?: true
  /** Responders are not with the caller yet, after all; also when lost. */
  helpAwaited?: true
  /** On site, but they cannot find the caller. */
  helpLost?: true
  /** The services named, in order; absent when none ("they", "help"). */
  services?: string[]
}

export interface MissingReading {
  missing?: true
  /** More than one is missing ("two of the lads are unaccounted for"): finding him finds one. */
  missingSeveral?: true
  /** Someone missing is found, however they are ("we found him on the floor"). */
  found?: true
  /** Everyone missing is found ("we found them", "everyone is accounted for"). */
  foundAll?: true
  /** The people named as missing or found ("Dave", "Steve"), as written. */
  names?: string[]
}

/** Signal matches by signal, negated ones left out. */
export type SignalMatches = ReadonlyMap<Signal, ReadonlyArray<PhraseMatch<unknown>>>

// Who came, by the words callers use for them; "help", "they" and "the responders" name nobody.
const SERVICE_OF: ReadonlyMap<string, string> = new Map([
  ...['ambulance', 'ambulances', 'paramedic', 'paramedics', 'medic', 'medics', 'emt', 'emts', 'ems', 'ambo', 'ambos'].map((w) => [w, 'ambulance'] as const),
  ...['firefighter', 'firefighters', 'fireman', 'firemen', 'brigade'].map((w) => [w, 'fire'] as const),
  ...['doctor', 'doctors'].map((w) => [w, 'doctor'] as const),
  // A nurse on site (a care home's, a school's) helps like a first aider: the ambulance still comes (review 110).
  ...['aider', 'aiders', 'nurse', 'nurses'].map((w) => [w, 'first aid'] as const),
  ['hazmat', 'hazmat'], ['police', 'police'], ['cops', 'police'], ['security', 'security'],
])
// "Fire" and "gas" name a service only as part of one: "the fire crew", "the gas engineer".
const SERVICE_FIRST_WORDS: ReadonlyMap<string, string> = new Map([['fire', 'fire'], ['gas', 'gas']])
const SERVICE_SECOND_WORDS: ReadonlySet<string> = new Set([
  'crew', 'crews', 'brigade', 'service', 'services', 'department', 'engine', 'engines', 'truck', 'trucks', 'team', 'teams', 'engineer', 'engineers',
  'man', 'men', 'fitter', 'fitters', 'fighters', 'and', 'rescue', 'board',
])
const ANYONE_WHO_CAME: ReadonlySet<string> = new Set(['they', 'them', 'help', 'responders', 'rescuers', 'services'])
// "We found one of them", "everyone is accounted for except Dave": not everyone is found.
const NOT_ALL = /\b(one|two|three|some|few|half|most) of\b|\b(except|apart from|besides|other than|but|only)\b/i
const FOUND_ALL = /\b(found|got) (them|both|everyone|everybody|all)\b|\baccounted for\b/i
const SEVERAL = /\b(are|were) (still )?missing\b|\b(two|three|four|five|both|several|some) (of|people|men|lads|guys|workers|contractors)\b/i
// "Unaccounted for ... two of them", later on the same line; searched in steps, as one pattern
// with a free gap in it costs time in the square of the text's length.
const UNACCOUNTED = /\bunaccounted\b/i
const HOW_MANY = /\b(two|three|four|both|several)\b/i
const LINE_BREAK = /[\n\r\u2028\u2029]/
// A missing person asked about or supposed: "is anyone missing?", "what do we do if someone is missing?".
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'whether', 'when', 'once', 'until', 'know', 'sure', 'case'])
const TELLING: ReadonlySet<string> = new Set(['meant', 'supposed', 'due', 'last', 'working', 'checking', 'sent', 'told'])
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'what', 'how', 'should', 'do', 'does', 'has', 'have', 'can', 'could'])

/**
 * Arrived, awaited or lost, and who. `awaited`: the turn asks about or waits for an arrival
 * ("has the ambulance arrived?"), so an arrival phrase in it is none.
 */
export function readHelp(tokens: readonly string[], matches: SignalMatches, awaited: boolean): HelpReading {
  const arrived = matches.get('help_arrived') ?? []
  const arrivedAt = lastStart(arrived)
  // A bare "wrong gate" is about the responders only beside an arrival, or with them in its clause:
  // "they're at the wrong gate", not "a truck came in the wrong gate".
  const besideArrival = (matches.get('help_lost_beside_arrival') ?? []).filter((m) => {
    const clause = clauseOf(tokens, m)
    return arrivedAt >= 0 || servicesIn(tokens, clause.start, clause.end).length > 0 || tokens.slice(clause.start, clause.end).some((t) => ANYONE_WHO_CAME.has(t))
  })
  const lost = [...(matches.get('help_lost') ?? []), ...besideArrival]
  // Said last, it stands: "they couldn't find us at first but the paramedics are with him now" is an arrival.
  if (lost.length > 0 && lastStart(lost) > arrivedAt) {
    const inClauses = unique(lost.flatMap((m) => {
      const clause = clauseOf(tokens, m)
      return servicesIn(tokens, clause.start, clause.end)
    }))
    // "The ambulance is here but at the wrong gate": the arrival names who is lost.
    const services = inClauses.length > 0 ? inClauses : servicesNamed(tokens, arrived)
    return { helpAwaited: true, helpLost: true, ...(services.length > 0 ? { services } : {}) }
  }
  if (arrived.length > 0 && !awaited) return withServices({ helpArrived: true }, tokens, arrived)
  const waits = matches.get('help_awaited') ?? []
  if (waits.length > 0) return withServices({ helpAwaited: true }, tokens, waits)
  return {}
}

// "Everyone is out except Dave", "we all got out but Steve": someone is not out. Speech-to-text
// writes names capitalised; "but" only with a name or one word closing the sentence, since
// "everyone's fine but Dave is hurt" is someone hurt, not missing.
// Searched in steps (see UNACCOUNTED): all of them, then how they are, then the catch.
const ALL_OF_US = /\b([Ee]veryone|[Ee]verybody|[Aa]ll|[Ww]e)\b/
const ALL_WELL = /\b(out|accounted for|here|safe|fine|okay|ok|alright)\b/
const EXCEPT = /\b([Ee]xcept|apart from|other than|besides)\b/
const BUT_SOMEONE_AT_THE_END = /\bbut( for)? ([A-Z][a-z]+|him|her|one|two)\W*$/
// Found by name: "we found Dave", "Dave's turned up", "Steve is safe" (not "we found Dave's helmet").
const NOT_NAMES = new RegExp('^(' + [
  'It|That|This|There|Here|Everything|Everyone|Everybody|Nobody|Someone|Somebody|We|They|You|What|All|The|I|He|She|His|Her|Their|Our|My',
  'Help|Ambulance|Paramedics?|Medics?|Fire|Police|Security|Doctor|Nurse|Gas|Yes|No|Okay|Ok|Well|So|Oh|Please|Thanks|Sorry|Hello',
  'One|Two|Three|Four|Five|Both|Some|Mr|Mrs|Ms',
  // Places say where, not who: "he was in Zone A".
  'Zone|Bay|Tank|Pump|Valve|Building|Plant|Unit|Block|Gate|Hall|Room|Level|Floor|Line|Dock|Shed|Store|Yard|Site|Area|Warehouse|Workshop',
].join('|') + ')$')
// "We can't find Dave": someone missing, by the capital speech-to-text gives a name ("we can't
// find the breaker" is a thing, lower case, and stays out).
const CANNOT_FIND_NAME = /\b(?:can(?:'|no)?t|can not|could(?:n't|nt| not)) find ([A-Z][a-z]+)\b(?!'s)/
const FOUND_BY_NAME = /\bfound ([A-Z][a-z]+)\b(?!'s)|\b([A-Z][a-z]+)(?:'s| has| is)? (?:just |now )?(?:turned|showed) up\b|\b([A-Z][a-z]+)(?:'s| is) (?:now )?(?:here|back|safe|fine|okay|ok|alright|unhurt)\b/

/**
 * Whether the caller says all are well or out but someone ("everyone is out except Dave"): all
 * of them, how they are and the catch on one line, in that order, or the line closing on "but
 * Dave".
 */
export function allButSomeone(text: string): boolean {
  if (text.split(LINE_BREAK).some((line) => after(EXCEPT, line, wellFrom(line)) >= 0)) return true
  const but = BUT_SOMEONE_AT_THE_END.exec(text)
  if (but === null) return false
  // The line up to the "b" of "but", so that how they are must end before it.
  const lineStart = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((c) => text.lastIndexOf(c, but.index))) + 1
  return wellFrom(text.slice(lineStart, but.index + 1)) >= 0
}

/** Where "everyone ... is out" ends in a line, or -1. */
function wellFrom(line: string): number {
  return after(ALL_WELL, line, after(ALL_OF_US, line, 0))
}

/** Where the first match of `pattern` at or after `from` ends, or -1 (also when `from` is -1). */
function after(pattern: RegExp, text: string, from: number): number {
  if (from < 0) return -1
  const match = pattern.exec(text.slice(from))
  return match === null ? -1 : from + match.index + match[0].length
}

function several(text: string): boolean {
  return SEVERAL.test(text) || text.split(LINE_BREAK).some((line) => after(HOW_MANY, line, after(UNACCOUNTED, line, 0)) >= 0)
}

/**
 * Missing, found, and whether it is more than one. `text` is what the caller said, cut where
 * classify cuts it; `allBut` is allButSomeone(text), which classify has already read.
 */
export function readMissing(tokens: readonly string[], text: string, matches: SignalMatches, allBut: boolean): MissingReading {
  const missing = (matches.get('missing') ?? []).filter((m) => !supposed(tokens, m) && !helpAwaited(tokens, m))
  const unfound = CANNOT_FIND_NAME.exec(text)
  const nameUnfound = unfound !== null && !NOT_NAMES.test(unfound[1] ?? '')
  if (missing.length > 0 || allBut || nameUnfound) return { missing: true, ...(several(text) ? { missingSeveral: true } : {}), ...namesOf(text) }
  const named = FOUND_BY_NAME.exec(text)
  const foundByName = named !== null && !NOT_NAMES.test(named[1] ?? named[2] ?? named[3] ?? '')
  const found = foundByName || (matches.get('found') ?? []).length > 0 || ((matches.get('no_casualties') ?? []).length > 0 && FOUND_ALL.test(text))
  if (!found || NOT_ALL.test(text)) return {}
  return { found: true, ...(FOUND_ALL.test(text) ? { foundAll: true } : {}), ...namesOf(text) }
}

function namesOf(text: string): Pick<MissingReading, 'names'> {
  const names = namesIn(text)
  return names.length > 0 ? { names } : {}
}

// A capitalised word that opens a sentence is a name only when something is said of it next:
// "Dave is missing", "Steve's turned up", not "Two of the lads" or "Found him".
const NAME = /(^|[.!?]\s+|\s)([A-Z][a-z]+)\b('s)?(\s+\S+)?/g
const SAID_OF_A_NAME = /^\s+(is|was|has|hasn't|isn't|and|just|still|turned|showed|wasn't|had)$/

/** The names in what was said ("Dave", "Steve"), from their capitals: speech-to-text writes them so. */
function namesIn(text: string): string[] {
  const names: string[] = []
  for (const [, before, word, possessive, next] of text.matchAll(NAME)) {
    if (word === undefined || NOT_NAMES.test(word) || names.includes(word)) continue
    const opensSentence = before === '' || /[.!?]/.test(before ?? '')
    if (opensSentence && possessive === undefined && !SAID_OF_A_NAME.test(next ?? '')) continue
    names.push(word)
  }
  return names
}

/** Whether a one-word match is only a service's name ("ambulance" in "the ambulance is at the wrong gate"). */
export function isServiceWord(token: string | undefined): boolean {
  return token !== undefined && SERVICE_OF.has(token)
}

// "The ambulance still isn't here" is help awaited, not someone missing.
function helpAwaited(tokens: readonly string[], m: PhraseMatch<unknown>): boolean {
  if (!tokens.slice(m.start, m.end).includes('here')) return false
  const from = Math.max(clauseOf(tokens, m).start, m.start - 3)
  return servicesIn(tokens, from, m.start).length > 0 || tokens.slice(from, m.start).some((t) => ANYONE_WHO_CAME.has(t))
}

function supposed(tokens: readonly string[], m: PhraseMatch<unknown>): boolean {
  const { start } = clauseOf(tokens, m)
  // "Is anyone missing?" asks; "..., was meant to be checking the freezer and nobody's seen him" tells.
  if (QUESTION_OPENERS.has(tokens[start] ?? '') && !TELLING.has(tokens[start + 1] ?? '')) return true
  for (let i = start; i < m.start; i++) if (SUPPOSING.has(tokens[i] as string)) return true
  return false
}

function withServices<T extends HelpReading>(reading: T, tokens: readonly string[], matches: ReadonlyArray<PhraseMatch<unknown>>): T {
  const services = servicesNamed(tokens, matches)
  return services.length > 0 ? { ...reading, services } : reading
}

/** The services the matches name; none when one of them is about nobody in particular ("they're not here yet, we're waiting for the ambulance"). */
function servicesNamed(tokens: readonly string[], matches: ReadonlyArray<PhraseMatch<unknown>>): string[] {
  const services: string[] = []
  for (const m of matches) {
    const inMatch = servicesIn(tokens, m.start, m.end)
    if (inMatch.length === 0 && tokens.slice(m.start, m.end).some((t) => ANYONE_WHO_CAME.has(t))) return []
    for (const service of inMatch) if (!services.includes(service)) services.push(service)
  }
  return services
}

/** Where the clause holding a match starts and ends ("the medics are at the wrong entrance"). */
function clauseOf(tokens: readonly string[], m: PhraseMatch<unknown>): { start: number; end: number } {
  let start = m.start
  while (start > 0 && tokens[start - 1] !== BOUNDARY) start--
  let end = m.end
  while (end < tokens.length && tokens[end] !== BOUNDARY) end++
  return { start, end }
}

function servicesIn(tokens: readonly string[], start: number, end: number): string[] {
  const services: string[] = []
  for (let i = start; i < end; i++) {
    const token = tokens[i] as string
    const service = SERVICE_OF.get(token) ?? (SERVICE_SECOND_WORDS.has(tokens[i + 1] ?? '') ? SERVICE_FIRST_WORDS.get(token) : undefined)
    if (service !== undefined && !services.includes(service)) services.push(service)
  }
  return services
}

function lastStart(matches: ReadonlyArray<PhraseMatch<unknown>>): number {
  return matches.reduce((at, m) => Math.max(at, m.start), -1)
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
