import { extractPlaces } from './extract-place.js'
import { allButSomeone, isServiceWord, readHelp, readMissing } from './help-and-missing.js'
import { HAZARD_INFO, STAND_DOWN, hazardPriority, isSubsumed, isVague, outlastsStandDown, type Hazard } from './hazards.js'
import { MACROS, VOCABULARY, type Signal, type VocabularyRule } from './hazard-vocabulary.js'
import { HINTS, type HintRule } from './hint-vocabulary.js'
import { BOUNDARY, tokenize } from './normalize-speech.js'
import { compilePhrases, type PhraseMatch } from './phrase-matcher.js'
import { isProcedureQuestion } from './procedure-question.js'
import { urgencyRank, type KnownUrgency } from './urgency.js'

export type { Hazard } from './hazards.js'

export interface Triage {
  urgency: KnownUrgency
  /** Active hazards, most urgent first (ties: the one to deal with first). */
  hazards: Hazard[]
  /** "Zone A", "Bay 4", "loading dock", "Tank 2". */
  location?: string
  /** "Valve 3", "Pump 7", "forklift", "conveyor". */
  equipment?: string
  /** Where the caller is, away from the hazard: "main gate", "muster point", "outside". Never the hazard's location. */
  callerAt?: string
  /** The street, farm or works the location is in: "14 Mill Lane" for "the yard at 14 Mill Lane". */
  site?: string
  /** true: someone is hurt or ill; false: the caller said nobody is; absent: not said. */
  casualties?: boolean
  /** The caller stood the whole emergency down ("false alarm", "never mind, it's out"). */
  falseAlarm?: boolean
  /** A question with no emergency in it ("where's the muster point?", or one with asksAbout). */
  question?: boolean
  /**
   * The hazards a question asks how to handle, when it reports none: "can I use the extinguisher
   * on an electrical fire?" asks about fire and electrical (see procedure-question.ts). Such a turn
   * has no hazards, question true and urgency PROCEDURE_QUESTION_URGENCY.
   */
  asksAbout?: Hazard[]
  /** Responders are with the caller now ("the paramedics are here", "they've taken over"). */
  helpArrived?: true
  /**
   * The services an arrival, or a wait for one, names ("ambulance", "fire"), in order; absent when
   * it names none ("they're here", "help has arrived"). See on-scene.ts.
   */
  services?: string[]
  /** The caller asks to end the call, or says they must ("can I hang up?", "I have to go"). */
  hangingUp?: true
  /** The caller checks someone is on the line ("can you hear me?", "is this the emergency line?"). */
  lineCheck?: true
  /** Responders are not with the caller yet, after all ("no, they're not here yet"). */
  helpAwaited?: true
  /** Responders are on site but cannot find the caller ("they're at the wrong gate"); helpAwaited too. */
  helpLost?: true
  /** Someone is missing ("Dave is unaccounted for"); missingSeveral, found and foundAll: see help-and-missing.ts. */
  missing?: true
  missingSeveral?: true
  found?: true
  foundAll?: true
  names?: string[]
  /** The first step has not been taken yet ("no one is doing CPR"): say it again, not the next one. */
  notStarted?: true
  /** The defibrillator has arrived: switched on at once during CPR. */
  defibHere?: true
  /** Hazards the caller explicitly ruled out ("no fire", "he isn't bleeding"). */
  ruledOut?: Hazard[]
  /**
   * What looser words suggest when the vocabulary found no hazard ("I've stabbed meself, it's
   * pouring"), gravest first: taken only while the call has no emergency yet (hint-vocabulary.ts).
   */
  hinted?: Hazard[]
  /**
   * How much of the utterance triage recognised, 0..1: 0 nothing, 0.3 only distress or a
   * question, 0.6 a hazard, 0.8 a hazard and where, 0.9 with corroborating phrases. A heuristic
   * for "ask them to repeat", not a probability.
   */
  confidence?: number
}

const matcher = compilePhrases(
  VOCABULARY.flatMap((rule) => rule.phrases.map((phrase) => ({ phrase, payload: rule }))),
  MACROS,
)

// Each rule stands alone: a loose long phrase must not hide a sharper short one inside it.
const hintMatcher = compilePhrases(HINTS.flatMap((rule) => rule.phrases.map((phrase) => ({ phrase, payload: rule }))), MACROS, { hideAcrossPayloads: false })

const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'without', 'nobody', 'none', 'nothing', 'neither', 'nor'])
// Three words back reaches "don't see any smoke" and "no smoke or fire" but not across
// "he's not bleeding he's unconscious" (the negator is four words before "unconscious").
const NEGATION_WINDOW = 3
// "No flames just smoke": what follows "just" or "only" is what the caller is telling us is there,
// and "not just smoke" says there is smoke and more. Speech-to-text rarely writes the comma.
const NEGATION_STOPS: ReadonlySet<string> = new Set(['just', 'only'])
// "Hello?" on an emergency line is someone checking we are there, not a question to answer.
const FILLERS: ReadonlySet<string> = new Set(['uh', 'um', 'umm', 'er', 'erm', 'ah', 'oh', 'hello', 'hi', 'hey', 'yes', 'no', 'ok', 'okay', 'what', 'huh', 'sorry', 'pardon', BOUNDARY])
// A question about a hazard may come from someone looking at one: worth a look, not a dispatch.
export const PROCEDURE_QUESTION_URGENCY: KnownUrgency = 'MEDIUM'
// Signals that say something about the emergency; 'procedure' and 'ongoing' only serve the question rule.
const ASSESSING_SIGNALS: readonly Signal[] = ['distress', 'missing', 'people_at_risk', 'no_casualties', 'help_arrived', 'help_lost', 'hanging_up', 'line_check']
const QUESTION_STARTERS: ReadonlySet<string> = new Set([
  'what', 'how', 'where', 'when', 'why', 'which', 'who', 'should', 'can', 'could', 'do', 'does', 'is', 'are', 'shall', 'may', 'would', 'will',
])

// An arrival asked about ("have the paramedics arrived yet") or waited for ("tell me when they're here").
const ARRIVAL_QUESTION: ReadonlySet<string> = new Set(['has', 'have', 'did', 'is', 'are'])
const CONDITIONALS: ReadonlySet<string> = new Set(['when', 'once', 'until', 'till', 'if', 'whether', 'before'])

const HELP_SIGNALS: readonly Signal[] = ['help_arrived', 'help_awaited', 'help_lost', 'help_lost_beside_arrival']

// Several minutes of speech. A turn's transcript is a sentence or two; anything this long is not
// a caller talking, and reading all of it would only slow the webhook down.
const MAX_TEXT_CHARS = 4000

/** Pure and sub-millisecond: the voice webhook calls it on every caller turn. */
export function classify(text: string): Triage {
  const read = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text
  const tokens = tokenize(read)
  const matches = matcher.match(tokens)
  const consumed = new Uint8Array(tokens.length)
  for (const m of matches) consumed.fill(1, m.start, m.end)

  const found = new Map<Hazard, { urgency: KnownUrgency; lastAt: number }>()
  const negated = new Set<Hazard>()
  const signals = new Set<Signal>()
  const signalMatches = new Map<Signal, Array<PhraseMatch<VocabularyRule>>>()
  const openers: number[] = []
  const hazardMatches: Array<PhraseMatch<VocabularyRule>> = []
  let standDownAt = -1
  let hazardPhrases = 0

  const isNegated = matches.map((m) => m.payload.negationProof !== true && negatedAt(tokens, consumed, m))
  // What firm phrases say, so a loose one can be explained away ("it's burning" after "caustic in my eyes").
  const firm = new Set<Hazard>()
  matches.forEach((m, i) => {
    if (isNegated[i] !== true && m.payload.explainedBy === undefined && m.payload.onlyBeside !== true && m.payload.besides === undefined) for (const h of m.payload.hazards ?? []) firm.add(h)
  })
  const explainedAway = (rule: VocabularyRule): boolean => rule.explainedBy?.some((h) => firm.has(h)) === true
  const besideIll = (rule: VocabularyRule): boolean => rule.besides === undefined || rule.besides.some((h) => firm.has(h))
  // "We're at the acid store" says where the caller is; "the acid store is on fire" is a fire among acids.
  const besideAnother = matches.some((m, i) => isNegated[i] !== true && m.payload.onlyBeside !== true && !explainedAway(m.payload) && besideIll(m.payload) &&
    (m.payload.hazards ?? []).some((h) => !STAND_DOWN.includes(h)))

  for (const [i, m] of matches.entries()) {
    const rule: VocabularyRule = m.payload
    // "I got out through the window", "we got him down": what was going on is over.
    if (rule.rulesOut !== undefined && isNegated[i] !== true) for (const h of rule.rulesOut) negated.add(h)
    if (rule.signal === 'neutral') continue
    if (rule.signal !== undefined) {
      if (isNegated[i] !== true) signals.add(rule.signal)
      if (isNegated[i] !== true) signalMatches.set(rule.signal, [...(signalMatches.get(rule.signal) ?? []), m])
      if (isNegated[i] !== true && rule.signal === 'procedure') openers.push(m.start)
      continue
    }
    // "A generator running in the basement" is carbon monoxide only beside someone taken ill.
    if (explainedAway(rule) || (rule.onlyBeside === true && !besideAnother) || !besideIll(rule)) continue
    if (isNegated[i] !== true) hazardMatches.push(m)
    for (const hazard of rule.hazards ?? []) {
      if (isNegated[i] === true) {
        negated.add(hazard)
        continue
      }
      hazardPhrases++
      const urgency = rule.urgency ?? HAZARD_INFO[hazard].urgency
      const seen = found.get(hazard)
      found.set(hazard, {
        urgency: seen !== undefined && urgencyRank(seen.urgency) > urgencyRank(urgency) ? seen.urgency : urgency,
        lastAt: Math.max(seen?.lastAt ?? -1, m.start),
      })
      if (STAND_DOWN.includes(hazard)) standDownAt = Math.max(standDownAt, m.start)
    }
  }

  // "The ambulance is at the wrong gate" is about the ambulance, not someone needing one.
  if (HELP_SIGNALS.some((sig) => signals.has(sig))) {
    for (const hazard of [...found.keys()]) {
      const raisedBy = hazardMatches.filter((m) => m.payload.hazards?.includes(hazard) === true)
      if (raisedBy.every((m) => m.end - m.start === 1 && isServiceWord(tokens[m.start]))) found.delete(hazard)
    }
  }

  // "There was a fire but we put it out": a stand-down cancels the hazards to the place mentioned
  // before it. Never a person: "it's out but he's not breathing" stays critical.
  if (standDownAt >= 0) {
    for (const [hazard, f] of found) {
      if (!outlastsStandDown(hazard) && !STAND_DOWN.includes(hazard) && f.lastAt < standDownAt) found.delete(hazard)
    }
  }
  // "Something's gone in my eye off the washer, the one with the chemical in": the chemical is in
  // the eye, rinsed the long way, not a speck to leave alone.
  const eye = found.get('eye_injury')
  if (eye !== undefined && found.has('chemical_spill') && !found.has('chemical_exposure')) found.set('chemical_exposure', eye)
  // Against what the turn said, whatever the order: "choking" in smoke is the smoke, and does not
  // take "coughing" with it.
  const subsumed = (hazard: Hazard): boolean => HAZARD_INFO[hazard].subsumedBy?.some((other) => found.has(other) && !subsumed(other)) === true
  for (const hazard of [...found.keys()].filter(subsumed)) found.delete(hazard)

  const active = [...found.keys()]
  const emergencies = active.filter((h) => !STAND_DOWN.includes(h))
  const allBut = allButSomeone(read)
  const casualties = emergencies.some((h) => HAZARD_INFO[h].person)
    ? true
    // "Everyone is out except Dave" says nothing of Dave.
    : (signals.has('no_casualties') && !allBut) || [...negated].some((h) => HAZARD_INFO[h].person && h !== 'confined_space')
      ? false
      : undefined

  const effective = new Map<Hazard, KnownUrgency>()
  for (const [hazard, f] of found) {
    let urgency = f.urgency
    // A danger to the place becomes a danger to people when people are there.
    if (!HAZARD_INFO[hazard].person && urgency === 'MEDIUM' && (signals.has('people_at_risk') || casualties === true)) urgency = 'HIGH'
    if (hazard === 'structural_collapse' && casualties === false && !signals.has('people_at_risk')) urgency = 'MEDIUM'
    effective.set(hazard, urgency)
  }

  const hazards = active.sort((a, b) =>
    urgencyRank(effective.get(b) ?? 'LOW') - urgencyRank(effective.get(a) ?? 'LOW') || hazardPriority(a) - hazardPriority(b))
  // Only someone really missing: "is anyone missing?" asks (help-and-missing.ts).
  const missing = readMissing(tokens, read, signalMatches, allBut)
  const distress = signals.has('distress') || missing.missing === true
  let urgency: KnownUrgency = 'LOW'
  for (const u of effective.values()) if (urgencyRank(u) > urgencyRank(urgency)) urgency = u
  if (emergencies.length === 0 && distress) urgency = 'HIGH'

  const asking = !tokens.every((t) => FILLERS.has(t)) && (text.trimEnd().endsWith('?') || QUESTION_STARTERS.has(tokens[0] ?? ''))
  const places = extractPlaces(tokens, emergencies.length > 0 ? 'report' : asking ? 'question' : 'plain')
  const triage: Triage = { urgency, hazards, ...places }
  if (casualties !== undefined) triage.casualties = casualties
  if (emergencies.length === 0 && hazards.length > 0) triage.falseAlarm = true
  // "Has the ambulance arrived?", "tell me when the paramedics are here": asked or awaited, not arrived.
  // Only the arrival itself asked or waited for: "the paramedics are here, can I hang up?" is an arrival.
  const oneClause = !tokens.includes(BOUNDARY) || tokens.indexOf(BOUNDARY) === tokens.length - 1
  const awaited = (asking && oneClause) || ARRIVAL_QUESTION.has(tokens[0] ?? '') || tokens.slice(0, 3).some((t) => CONDITIONALS.has(t))
  Object.assign(triage, readHelp(tokens, signalMatches, awaited), missing)
  if (signals.has('hanging_up')) triage.hangingUp = true
  if (signals.has('line_check')) triage.lineCheck = true
  if (signals.has('not_started')) triage.notStarted = true
  if (signals.has('defib_here')) triage.defibHere = true
  const question = emergencies.length === 0 && !distress && hazards.length === 0 && asking && !signals.has('hanging_up') && !signals.has('line_check')
  if (question) triage.question = true
  // "Not wheezing any more, she can't talk": a silent chest, the breathing worse, not cleared (review 91).
  const ruledOut = [...negated].filter((h) => !found.has(h) && !STAND_DOWN.includes(h) && !(h === 'breathing_difficulty' && SILENT_CHEST.test(read)))
  if (ruledOut.length > 0) triage.ruledOut = ruledOut

  const procedure = emergencies.length > 0 && isProcedureQuestion({
    tokens,
    isQuestion: asking,
    openers,
    hazardStarts: hazardMatches.filter((m) => m.payload.hazards?.some((h) => emergencies.includes(h)) === true).map((m) => m.start),
    reality: signals.has('ongoing') || distress || signals.has('people_at_risk') || casualties === true || places.location !== undefined,
  })
  if (procedure) {
    triage.asksAbout = hazards.filter((h) => !STAND_DOWN.includes(h))
    triage.hazards = []
    triage.urgency = PROCEDURE_QUESTION_URGENCY
    triage.question = true
    delete triage.falseAlarm
  }

  // Only where nothing firmer than someone hurt or ill was said, nothing stood down and no arrival
  // reported: the hot path of a recognised turn never pays for it.
  if (hazards.every(isVague) && !procedure && triage.helpArrived !== true) {
    const hinted = readHints(tokens, negated)
    if (hinted.length > 0) triage.hinted = hinted
  }

  const place = triage.location !== undefined || triage.equipment !== undefined
  const assessed = ASSESSING_SIGNALS.some((sig) => signals.has(sig))
  triage.confidence = hazards.length > 0
    ? Math.min(0.9, 0.6 + (place ? 0.2 : 0) + (hazardPhrases > hazards.length ? 0.1 : 0))
    : distress || question || ruledOut.length > 0 || assessed ? 0.3 : 0
  return triage
}

const SILENT_CHEST = /\b(?:quiet|quieter|can'?t (?:really )?(?:talk|speak)|can not (?:really )?(?:talk|speak)|cannot (?:talk|speak)|tired|tiring|sleepy|drowsy|floppy|blue|grey|gray)\b/i

function readHints(tokens: readonly string[], ruledOut: ReadonlySet<Hazard>): Hazard[] {
  const matches = hintMatcher.match(tokens)
  const consumed = new Uint8Array(tokens.length)
  for (const m of matches) consumed.fill(1, m.start, m.end)
  const hinted = new Set<Hazard>()
  for (const m of matches) {
    const rule: HintRule = m.payload
    if (negatedAt(tokens, consumed, m) || (rule.with !== undefined && !rule.with.some((w) => tokens.includes(w))) || rule.unless?.some((w) => tokens.includes(w)) === true) continue
    for (const h of rule.hazards) if (!ruledOut.has(h)) hinted.add(h)
  }
  // "Stripped the skin off his finger" is the part kept, not a second instruction to press.
  const all = [...hinted]
  return all.filter((h) => !isSubsumed(h, all)).sort((a, b) => urgencyRank(HAZARD_INFO[b].urgency) - urgencyRank(HAZARD_INFO[a].urgency) || hazardPriority(a) - hazardPriority(b))
}

// "No, he's stopped sweating": a "no" that opens a clause and is followed by its subject answers
// the question asked; it negates nothing after it ("no fire", "no one hurt" still do).
const ANSWER_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its', 'this', 'that', 'my', 'our'])

function isAnswerNo(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'no' && (i === 0 || tokens[i - 1] === BOUNDARY) && ANSWER_SUBJECTS.has(tokens[i + 1] ?? '')
}

function negatedAt(tokens: readonly string[], consumed: Uint8Array, m: PhraseMatch<unknown>): boolean {
  // A phrase that carries its own negator ("can not cough", "can not get out") is the emergency;
  // "no, he can't cough" answers a question with it, not a double negative.
  for (let i = m.start; i < m.end; i++) if (NEGATORS.has(tokens[i] ?? '')) return false
  for (let i = m.start - 1; i >= 0 && i >= m.start - NEGATION_WINDOW; i--) {
    const token = tokens[i]
    if (token === undefined || token === BOUNDARY || NEGATION_STOPS.has(token)) return false
    // A negator inside another recognised phrase belongs to it: "never mind", "not sure".
    if (consumed[i] === 0 && NEGATORS.has(token) && !isAnswerNo(tokens, i)) return true
  }
  return false
}
