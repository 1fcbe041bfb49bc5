import { ERR_TRIAGE_PLAYBOOK_INVALID } from '../errors.js'
import { askedOfCaller } from './caller-question.js'
import { HAZARDS, isHazard, type Hazard } from './hazards.js'
import rawPlaybook from './playbook.json' with { type: 'json' }
import { lruMemo } from './lru-memo.js'
import { compileAskedBy, compileSpokenAnswers } from './spoken-answers.js'
import { SENTENCE_BREAK } from './spoken-text.js'
import { isKnownUrgency, type KnownUrgency } from './urgency.js'

/**
 * What the caller's words amount to when no hazard entry applies. closing: a short "yes", "okay,
 * thanks", "everyone's fine" once the emergency was stood down or a question answered. handover:
 * responders are with the caller (and what they say after that, or asking to hang up then).
 * stay-on-line: the caller asks to hang up, or must go, before help is there. line-check: the
 * caller checks someone is there ("can you hear me?"). missing: someone is missing ("Dave's not
 * come out"); found: they were found well. guide-in: the responders are on site but cannot find
 * the caller ("they're at the wrong gate"). missing and guide-in join the emergency's own entry
 * rather than replace it.
 */
export const SITUATIONS = ['clarify', 'distress', 'question', 'closing', 'handover', 'stay-on-line', 'line-check', 'missing', 'found', 'guide-in', 'doubt', 'unclear'] as const
export type Situation = typeof SITUATIONS[number]

/**
 * A reply that closes a question for the rest of the call: a yes, a no, "everyone's fine" (the
 * caller said nobody is hurt or in danger), or any reply at all (what was it, how far did they fall).
 */
export const SETTLING_REPLIES = ['yes', 'no', 'all-well', 'any'] as const
export type SettlingReply = typeof SETTLING_REPLIES[number]

export interface PlaybookAsk {
  readonly text: string
  /** The question put to a lone caller who is the casualty (caller-question.ts); its answers are text's. */
  readonly callerText?: string
  /** What a bare "yes" to this question tells us ("Can you see flames?" yes: fire). */
  readonly yes?: Hazard
  readonly no?: Hazard
  /**
   * Not asked again once the caller replied so ("Is everyone out?" "Yes."). Without it the
   * question is asked again in turn, as a check that can change: "Are they breathing?".
   */
  readonly settledBy?: readonly SettlingReply[]
  /**
   * Hazards a reply names to describe what is already known, not to report something new: "it's
   * sulphuric acid" to "Do you know what chemical it is?" is not a second spill.
   */
  readonly describes?: readonly Hazard[]
  /** Phrases that answer it yes, asked or unasked ("the power's off"): see spoken-answers.ts. */
  readonly answeredBy?: readonly string[]
  /**
   * A yes says the first aid worked ("the bleeding has stopped"): from then on the entry's last
   * instruction, the state to hold until help arrives, is said instead of the next step.
   */
  readonly holdOnYes?: true
  /**
   * Indexes of the entry's say lines a yes makes pointless: "Is the power off?" "Yes" and "if you
   * can't cut the power, push them clear" is a step the caller no longer needs before the next.
   */
  readonly skipsOnYes?: readonly number[]
}

export interface PlaybookEntry {
  readonly id: string
  readonly hazards: readonly Hazard[]
  readonly urgency: KnownUrgency
  /** Instructions, first turn first; later turns move on to the next one. */
  readonly say: readonly string[]
  readonly ask: readonly PlaybookAsk[]
  /** Used instead of the single-hazard entries when all its hazards are present together. */
  readonly combo?: boolean
  /**
   * A combo only for the call's first two hazards: "someone's collapsed in the smoke" is not a live
   * panel's flash with a wisp of smoke third.
   */
  readonly firstTwo?: boolean
  /** Answers a question about these hazards when none is happening ("which extinguisher for an electrical fire?"). */
  readonly question?: boolean
  /**
   * The casualty is out of reach (inside a confined space): no entry for another person hazard is
   * added, since "check their breathing" would send the caller in after them.
   */
  readonly handsOff?: boolean
  /**
   * Said only once a holdOnYes question is answered yes ("it came out": stop, sit them down); the
   * say lines, the last one repeated, until then ("still stuck": blows and thrusts again).
   */
  readonly hold?: string
  /**
   * Said instead of the last instruction on the turn after it was said: every other turn a short
   * reminder, not the same sentences word for word ("Keep pushing hard and fast"). Without it,
   * that turn gives no instruction from this entry, only its question.
   */
  readonly keep?: string
  /**
   * Said when the caller says the first aid is not working ("it's soaked through", "still
   * pouring"): the next step up, not the next line.
   */
  readonly worse?: string
  readonly situation?: Situation
  /**
   * The same instructions said to a caller who is the casualty ("I've cut my arm, I'm on my
   * own"): "sit down where you are", not "sit them down". Line for line with say, and with its
   * own hold, keep and worse wherever the entry has them.
   */
  readonly self?: PlaybookSelfLines
}

export interface PlaybookSelfLines {
  readonly say: readonly string[]
  readonly hold?: string
  readonly keep?: string
  readonly worse?: string
}

export interface PlaybookPhrases {
  readonly alertAt: string
  readonly alert: string
  readonly noted: string
  readonly askWhere: string
  /** Where the caller is, away from the hazard; {place} is "at the main gate" or "outside". */
  readonly callerAt: string
  /** The alert when only the caller's whereabouts are known. */
  readonly alertCaller: string
  /** Asked when every question for the emergency has been settled. */
  readonly askChange: string
  /** CPR for a caller who does not know how ("I don't know CPR"). */
  readonly cprCoach: string
  /** Said when the defibrillator arrives during CPR. */
  readonly defibOn: string
  /** Said first to a question about doing something that nothing in the playbook answers ("can he get up?"). */
  readonly unsureDont: string
}

/**
 * A direct question during an emergency whose answer is "no" and must be heard at once ("can I
 * throw water on it?" in a fire, "should I pull it out?"): a caller who hears no "no" may go ahead.
 */
export interface PlaybookReply {
  readonly id: string
  /** Asked while one of these is going on... */
  readonly hazards: readonly Hazard[]
  /** ...and none of these ("water on it?" about a burn is right). */
  readonly unless?: readonly Hazard[]
  /** Phrases that ask it, in the pattern language of phrase-matcher.ts. */
  readonly askedBy: readonly string[]
  /** Phrases that say it is about something else ("the sprinklers are putting water on it"). */
  readonly notWhen?: readonly string[]
  /**
   * Phrases one of which must be said too, anywhere in the turn: "my heart's pounding" is the
   * adrenaline only beside "I've done it" (across a comma, where one phrase cannot reach).
   */
  readonly onlyWith?: readonly string[]
  /**
   * notWhen and onlyWith are read on every caller turn of the call so far, not this one alone:
   * "should I give breaths?" is five rescue breaths first once anyone said the water.
   */
  readonly wholeCall?: true
  readonly say: string
  /** Said instead to a caller who is the casualty, alone ("chew one aspirin", not "if they're awake"). */
  readonly self?: string
  /**
   * Said on its own this turn, without the entries' lines: "stand clear while it checks them"
   * beside "don't stop CPR" would contradict the defibrillator.
   */
  readonly alone?: true
  /**
   * Only once one of its hazards was raised on an earlier turn: "he's gone down into the tank" is
   * the casualty on the first turn, a rescuer following him on a later one.
   */
  readonly later?: true
  /**
   * Said once a call: "that's heat stroke, I'm telling the crew" tells them what it is; said again
   * on the next turn it crowds out the next step.
   */
  readonly once?: true
  /** Replies this one silences when both answer a turn: "no aspirin" for tearing pain over the aspirin yes. */
  readonly overrides?: readonly string[]
  /**
   * Entries whose first line this reply stands in for once said: "cool the burn now" to people
   * already out of the fire leaves "if anyone's clothes are on fire" behind for good.
   */
  readonly passes?: readonly string[]
  /** What the call is at least once this is said: "seven minutes and still fitting" is an emergency. */
  readonly urgency?: KnownUrgency
  /**
   * Said while someone is still missing, whatever the hazards (it may name none): "he was last at
   * the blast freezer" sends a pair to look there, not only "tell the responders".
   */
  readonly whileMissing?: true
}

export interface Playbook {
  readonly entries: readonly PlaybookEntry[]
  readonly phrases: PlaybookPhrases
  /** The replies to direct questions asked now, given the call's hazards. */
  repliesTo(text: string, hazards: readonly Hazard[], earlier?: readonly string[], missing?: boolean): readonly PlaybookReply[]
  entry(id: string): PlaybookEntry | undefined
  forHazard(hazard: Hazard): PlaybookEntry
  combos: readonly PlaybookEntry[]
  /** The replies that pass entries' lines (PlaybookReply.passes). */
  readonly passing: readonly PlaybookReply[]
  forSituation(situation: Situation): PlaybookEntry
  /**
   * The question entry covering most of these hazards, all of its hazards among them; else the
   * first hazard's own entry (its instructions are the procedure).
   */
  forQuestion(hazards: readonly Hazard[]): PlaybookEntry
  /** The questions (their text) that the caller's words answer, by their answeredBy phrases. */
  answersIn(text: string): ReadonlySet<string>
  /** Every entry's questions, in entry order. */
  readonly asks: readonly PlaybookAsk[]
  /** The question `said` ends with (every reply ends with its question), the first in entry order. */
  askEnding(said: string): PlaybookAsk | undefined
}

// Lines said on live calls whose question askEnding remembers.
const ASK_MEMO_SIZE = 4096

// Template lengths, before a place name is filled in; together they fit MAX_SPOKEN_CHARS.
export const MAX_SAY_CHARS = 160

/** One spoken instruction: a non-blank string of at most MAX_SAY_CHARS. */
function isSpokenLine(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_SAY_CHARS
}
export const MAX_ASK_CHARS = 60
const PLACEHOLDER = /\{(place|equipment)\|([^{}|]+)\}/g

/** The playbook shipped in src/triage/playbook.json, validated. */
export function loadDefaultPlaybook(): Playbook {
  return loadPlaybook(rawPlaybook)
}

/**
 * A question's answers belong to its words, not to the entry asking it ("Are they breathing?" is
 * asked by fifteen entries and answered the same way in each): written once, either under the
 * playbook's "answers" or on the one ask that has them.
 */
function withSharedAnswers(asks: readonly PlaybookAsk[], rawAnswers: unknown, problems: string[]): PlaybookAsk[] {
  const shared = new Map<string, readonly string[]>()
  if (rawAnswers !== undefined) {
    if (!isRecord(rawAnswers)) problems.push('"answers" must map questions to lists of phrases')
    for (const [text, phrases] of Object.entries(isRecord(rawAnswers) ? rawAnswers : {})) {
      if (!Array.isArray(phrases) || phrases.length === 0 || !phrases.every((p) => typeof p === 'string' && p.trim() !== '')) problems.push(`answers "${text}" is not a list of phrases`)
      else if (!asks.some((a) => a.text === text)) problems.push(`answers "${text}": no entry asks it`)
      else shared.set(text, phrases as string[])
    }
  }
  const written = new Set<string>()
  for (const a of asks) {
    if (a.answeredBy === undefined) continue
    if (shared.has(a.text) || written.has(a.text)) problems.push(`the answers to "${a.text}" are written twice: write them once, under "answers"`)
    written.add(a.text)
  }
  return asks.map((a) => {
    const answeredBy = shared.get(a.text)
    return answeredBy === undefined ? a : { ...a, answeredBy }
  })
}

/** A reply of ours ends on this question, as asked of anyone or of a lone caller. */
export function endsWithAsk(said: string, ask: PlaybookAsk): boolean {
  const end = said.trimEnd()
  return end.endsWith(ask.text) || (ask.callerText !== undefined && end.endsWith(ask.callerText))
}

/** Validates a parsed playbook; throws AURORA_ERR_TRIAGE_PLAYBOOK_INVALID listing every problem. */
export function loadPlaybook(raw: unknown): Playbook {
  const problems: string[] = []
  const entries: PlaybookEntry[] = []
  const rawEntries = isRecord(raw) && Array.isArray(raw.entries) ? raw.entries : undefined
  if (rawEntries === undefined) problems.push('"entries" must be an array')
  for (const [i, e] of (rawEntries ?? []).entries()) {
    const entry = readEntry(e, `entries[${i}]`, problems)
    if (entry !== undefined) entries.push(entry)
  }
  const phrases = readPhrases(isRecord(raw) ? raw.phrases : undefined, problems)
  const replies = readReplies(isRecord(raw) ? raw.replies : undefined, problems)
  for (const r of replies) for (const id of r.passes ?? []) if (!entries.some((e) => e.id === id)) problems.push(`reply "${r.id}" passes "${id}", which is no entry`)
  let askedIn: ((text: string) => ReadonlySet<string>) | undefined
  try {
    askedIn = compileAskedBy(replies)
  } catch (err) {
    problems.push(`replies: ${err instanceof Error ? err.message : String(err)}`)
  }

  // A reply's id is what the matcher reports: two replies with one id answer as one.
  const ids = new Set<string>()
  for (const e of [...entries, ...replies]) {
    if (ids.has(e.id)) problems.push(`duplicate id "${e.id}"`)
    ids.add(e.id)
  }
  const single = new Map<Hazard, PlaybookEntry>()
  for (const e of entries) if (e.combo !== true && e.question !== true) for (const h of e.hazards) if (!single.has(h)) single.set(h, e)
  for (const h of HAZARDS) if (!single.has(h)) problems.push(`no entry covers hazard "${h}"`)
  const situations = new Map<Situation, PlaybookEntry>()
  for (const e of entries) {
    if (e.situation === undefined) continue
    if (situations.has(e.situation)) problems.push(`two entries for situation "${e.situation}"`)
    situations.set(e.situation, e)
  }
  for (const s of SITUATIONS) if (!situations.has(s)) problems.push(`no entry for situation "${s}"`)
  const asks = withSharedAnswers(entries.flatMap((e) => e.ask), isRecord(raw) ? raw.answers : undefined, problems)
  let answersIn: ((text: string) => ReadonlySet<string>) | undefined
  try {
    answersIn = compileSpokenAnswers(asks)
  } catch (err) {
    problems.push(`answeredBy: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (problems.length > 0 || phrases === undefined || answersIn === undefined || askedIn === undefined) throw new ERR_TRIAGE_PLAYBOOK_INVALID(problems.join('; '))
  const asked = askedIn

  const byId = new Map(entries.map((e) => [e.id, e]))
  const replyIndex = new Map(replies.map((r, i) => [r.id, i]))
  const forHazard = (hazard: Hazard): PlaybookEntry => single.get(hazard) as PlaybookEntry
  const questions = entries.filter((e) => e.question === true)
  return {
    entries,
    phrases,
    repliesTo: (text, hazards, earlier = [], missing = false) => {
      const ids = asked(text)
      if (ids.size === 0) return []
      let before: ReadonlySet<string> | undefined
      const said = (r: PlaybookReply, key: string): boolean =>
        ids.has(key) || (r.wholeCall === true && (before ??= new Set(earlier.flatMap((t) => [...asked(t)]))).has(key))
      // Only the replies the turn's words ask, in the playbook's order: not a pass over every reply.
      const at: number[] = []
      for (const id of ids) {
        const i = replyIndex.get(id)
        if (i !== undefined) at.push(i)
      }
      return at.sort((a, b) => a - b).map((i) => replies[i] as PlaybookReply).filter((r) => !said(r, `!${r.id}`) && (r.onlyWith === undefined || said(r, `+${r.id}`)) &&
        (r.hazards.some((h) => hazards.includes(h)) || (r.whileMissing === true && missing)) && !(r.unless ?? []).some((h) => hazards.includes(h)))
    },
    combos: entries.filter((e) => e.combo === true),
    passing: replies.filter((r) => r.passes !== undefined),
    entry: (id) => byId.get(id),
    forHazard,
    forSituation: (situation) => situations.get(situation) as PlaybookEntry,
    answersIn,
    asks,
    // Each turn re-reads what was said on every earlier one: remembered, it is one lookup.
    askEnding: lruMemo(ASK_MEMO_SIZE, (said) => {
      const end = said.trimEnd()
      return asks.find((a) => endsWithAsk(end, a))
    }),
    forQuestion(hazards) {
      let chosen: PlaybookEntry | undefined
      for (const e of questions) {
        if (e.hazards.every((h) => hazards.includes(h)) && (chosen === undefined || e.hazards.length > chosen.hazards.length)) chosen = e
      }
      return chosen ?? forHazard(hazards[0] ?? 'alarm')
    },
  }
}

function readEntry(e: unknown, at: string, problems: string[]): PlaybookEntry | undefined {
  if (!isRecord(e)) {
    problems.push(`${at} must be an object`)
    return undefined
  }
  const before = problems.length
  const id = typeof e.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id) ? e.id : undefined
  if (id === undefined) problems.push(`${at}.id must be a kebab-case string`)
  const where = id === undefined ? at : `"${id}"`
  const hazards = Array.isArray(e.hazards) && e.hazards.every(isHazard) ? (e.hazards as Hazard[]) : undefined
  if (hazards === undefined) problems.push(`${where}.hazards must list known hazards`)
  const urgency = isKnownUrgency(e.urgency) ? e.urgency : undefined
  if (urgency === undefined) problems.push(`${where}.urgency must be CRITICAL, HIGH, MEDIUM or LOW`)
  const situation = e.situation === undefined || (SITUATIONS as readonly unknown[]).includes(e.situation) ? (e.situation as Situation | undefined) : undefined
  if (e.situation !== undefined && situation === undefined) problems.push(`${where}.situation must be one of ${SITUATIONS.join(', ')}`)
  if (hazards !== undefined && (hazards.length === 0) !== (situation !== undefined)) problems.push(`${where} needs hazards or a situation, not both`)
  const combo = e.combo === true
  if (combo && (hazards?.length ?? 0) < 2) problems.push(`${where} is a combo with fewer than two hazards`)
  const firstTwo = e.firstTwo === true
  if (firstTwo && !combo) problems.push(`${where}.firstTwo is for combos`)
  const question = e.question === true
  if (question && (combo || (hazards?.length ?? 0) === 0)) problems.push(`${where} is a question entry: it needs hazards and cannot be a combo`)
  const handsOff = e.handsOff === true
  const [hold, keep, worse] = (['hold', 'keep', 'worse'] as const).map((field) => {
    const line = e[field]
    if (line === undefined) return undefined
    if (isSpokenLine(line)) return line
    problems.push(`${where}.${field} must be an instruction of at most ${MAX_SAY_CHARS} characters`)
    return undefined
  })

  const say = Array.isArray(e.say) ? e.say : []
  if (say.length === 0) problems.push(`${where}.say must list at least one instruction`)
  checkLines(say, `${where}.say`, problems)
  const self = readSelfLines(e.self, { say, hold, keep, worse }, where, problems)
  const ask: PlaybookAsk[] = []
  if (!Array.isArray(e.ask) || e.ask.length === 0) problems.push(`${where}.ask must list at least one question`)
  for (const a of Array.isArray(e.ask) ? e.ask : []) {
    if (!isRecord(a) || typeof a.text !== 'string' || !a.text.endsWith('?') || a.text.length > MAX_ASK_CHARS) {
      problems.push(`${where}.ask items need a "text" question ending in "?" of at most ${MAX_ASK_CHARS} characters`)
      continue
    }
    if ((a.yes !== undefined && !isHazard(a.yes)) || (a.no !== undefined && !isHazard(a.no)) ||
      (a.describes !== undefined && (!Array.isArray(a.describes) || !a.describes.every(isHazard)))) {
      problems.push(`${where}.ask "${a.text}" has a yes/no or describes that is not a hazard`)
      continue
    }
    if (a.answeredBy !== undefined && (!Array.isArray(a.answeredBy) || !a.answeredBy.every((p) => typeof p === 'string' && p.trim() !== ''))) {
      problems.push(`${where}.ask "${a.text}" has an answeredBy that is not a list of phrases`)
      continue
    }
    const settledBy = a.settledBy
    if (settledBy !== undefined && (!Array.isArray(settledBy) || settledBy.length === 0 || !settledBy.every((r) => (SETTLING_REPLIES as readonly unknown[]).includes(r)))) {
      problems.push(`${where}.ask "${a.text}" has a settledBy that is not a list of ${SETTLING_REPLIES.join(', ')}`)
      continue
    }
    const skips = a.skipsOnYes
    if (skips !== undefined && (!Array.isArray(skips) || skips.length >= say.length || !skips.every((i) => Number.isInteger(i) && i >= 0 && i < say.length))) {
      problems.push(`${where}.ask "${a.text}" has a skipsOnYes that is not a list of some of its entry's say indexes`)
      continue
    }
    const callerText = e.self === undefined ? undefined : askedOfCaller(a.text)
    ask.push({
      text: a.text,
      ...(callerText !== undefined ? { callerText } : {}),
      ...(isHazard(a.yes) ? { yes: a.yes } : {}),
      ...(isHazard(a.no) ? { no: a.no } : {}),
      ...(settledBy !== undefined ? { settledBy: settledBy as SettlingReply[] } : {}),
      ...(Array.isArray(a.describes) ? { describes: a.describes as Hazard[] } : {}),
      ...(Array.isArray(a.answeredBy) ? { answeredBy: a.answeredBy as string[] } : {}),
      ...(a.holdOnYes === true ? { holdOnYes: true as const } : {}),
      ...(Array.isArray(skips) ? { skipsOnYes: skips as number[] } : {}),
    })
  }
  if (problems.length > before || id === undefined || hazards === undefined || urgency === undefined) return undefined
  return {
    id, hazards, urgency, say: say as string[], ask,
    ...(combo ? { combo } : {}), ...(firstTwo ? { firstTwo } : {}), ...(question ? { question } : {}), ...(handsOff ? { handsOff } : {}), ...(hold !== undefined ? { hold } : {}),
    ...(keep !== undefined ? { keep } : {}), ...(worse !== undefined ? { worse } : {}), ...(situation !== undefined ? { situation } : {}),
    ...(self !== undefined ? { self } : {}),
  }
}

function checkLines(lines: readonly unknown[], at: string, problems: string[]): void {
  for (const s of lines) {
    if (typeof s !== 'string' || s.trim() === '') problems.push(`${at} has an empty or non-string instruction`)
    else if (s.length > MAX_SAY_CHARS) problems.push(`${at} "${s.slice(0, 30)}..." is over ${MAX_SAY_CHARS} characters`)
    else if (s.replace(PLACEHOLDER, '').includes('{') || /^\{/.test(s)) problems.push(`${at} "${s.slice(0, 30)}..." has a bad placeholder (use {place|default} or {equipment|default}, not at the start)`)
  }
}

/** An entry's lines for a caller who is the casualty: one for each of its own, so none is left in the third person. */
function readSelfLines(raw: unknown, entry: { say: readonly unknown[]; hold?: string; keep?: string; worse?: string }, where: string, problems: string[]): PlaybookSelfLines | undefined {
  if (raw === undefined) return undefined
  const before = problems.length
  if (!isRecord(raw) || !Array.isArray(raw.say) || raw.say.length !== entry.say.length) {
    problems.push(`${where}.self must be an object whose say has one line for each of the entry's`)
    return undefined
  }
  checkLines(raw.say, `${where}.self.say`, problems)
  const lines: { say: string[]; hold?: string; keep?: string; worse?: string } = { say: raw.say as string[] }
  for (const field of ['hold', 'keep', 'worse'] as const) {
    const line = raw[field]
    if (entry[field] === undefined && line === undefined) continue
    if (!isSpokenLine(line)) problems.push(`${where}.self.${field} must be an instruction of at most ${MAX_SAY_CHARS} characters, as the entry has a ${field}`)
    else lines[field] = line
  }
  return problems.length > before ? undefined : lines
}

function readReplies(raw: unknown, problems: string[]): PlaybookReply[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) {
    problems.push('"replies" must be an array')
    return []
  }
  const replies: PlaybookReply[] = []
  for (const [i, r] of raw.entries()) {
    const where = `replies[${i}]`
    const hazardList = (v: unknown, orNone = false): v is Hazard[] => Array.isArray(v) && (v.length > 0 || orNone) && v.every(isHazard)
    if (!isRecord(r) || typeof r.id !== 'string' || !hazardList(r.hazards, r.whileMissing === true) || (r.unless !== undefined && !hazardList(r.unless)) ||
      !isPhraseList(r.askedBy) || !optionalPhrases(r.notWhen) || !optionalPhrases(r.onlyWith) ||
      !isSpokenLine(r.say) || (r.self !== undefined && !isSpokenLine(r.self)) || (r.urgency !== undefined && !isKnownUrgency(r.urgency))) {
      problems.push(`${where} needs an id, hazards (and optional unless) that are hazards, askedBy phrases, a say (and optional self) of at most ${MAX_SAY_CHARS} characters, and an optional urgency`)
      continue
    }
    replies.push({
      id: r.id, hazards: r.hazards, ...(r.unless !== undefined ? { unless: r.unless as Hazard[] } : {}), askedBy: r.askedBy as string[],
      ...(r.notWhen !== undefined ? { notWhen: r.notWhen as string[] } : {}), ...(r.onlyWith !== undefined ? { onlyWith: r.onlyWith as string[] } : {}), say: r.say, ...(typeof r.self === 'string' ? { self: r.self } : {}), ...(r.alone === true ? { alone: true as const } : {}), ...(r.later === true ? { later: true as const } : {}),
      ...(r.once === true ? { once: true as const } : {}),
      ...(Array.isArray(r.overrides) && r.overrides.every((x) => typeof x === 'string') ? { overrides: r.overrides as string[] } : {}),
      ...(Array.isArray(r.passes) && r.passes.every((x) => typeof x === 'string') ? { passes: r.passes as string[] } : {}),
      ...(r.wholeCall === true ? { wholeCall: true as const } : {}), ...(isKnownUrgency(r.urgency) ? { urgency: r.urgency } : {}),
      ...(r.whileMissing === true ? { whileMissing: true as const } : {}),
    })
  }
  return replies
}

function readPhrases(p: unknown, problems: string[]): PlaybookPhrases | undefined {
  const keys = ['alertAt', 'alert', 'noted', 'askWhere', 'callerAt', 'alertCaller', 'askChange', 'cprCoach', 'defibOn', 'unsureDont'] as const
  if (!isRecord(p) || !keys.every((k) => typeof p[k] === 'string' && p[k] !== '')) {
    problems.push(`"phrases" must hold non-empty strings ${keys.join(', ')}`)
    return undefined
  }
  const phrases = {
    alertAt: String(p.alertAt), alert: String(p.alert), noted: String(p.noted), askWhere: String(p.askWhere),
    callerAt: String(p.callerAt), alertCaller: String(p.alertCaller), askChange: String(p.askChange), cprCoach: String(p.cprCoach), defibOn: String(p.defibOn),
    unsureDont: String(p.unsureDont),
  }
  if (!phrases.askChange.endsWith('?')) problems.push('"phrases.askChange" must be a question')
  for (const k of ['alertAt', 'noted', 'callerAt', 'alertCaller'] as const) {
    if (!phrases[k].includes('{place}')) problems.push(`"phrases.${k}" must contain {place}`)
  }
  return phrases
}

/** A non-empty list of non-blank phrases. */
function isPhraseList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === 'string' && p.trim() !== '')
}

/** Absent, or a list of non-blank phrases. */
function optionalPhrases(v: unknown): boolean {
  return v === undefined || isPhraseList(v)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Fills {place|default} and {equipment|default} from what the caller told us. */
export function renderTemplate(template: string, where: { place?: string; equipment?: string }): string {
  return template.replace(PLACEHOLDER, (_m, key: string, fallback: string) => (key === 'place' ? where.place : where.equipment) ?? fallback)
}

const anyPlaceCache = new Map<string, readonly RegExp[]>()

/**
 * A template's sentences as patterns that take any place or equipment, lower case: "Get everyone
 * out of the area now" said on the first turn is said again by "Get everyone out of Line 2 now"
 * once the caller names where a missing worker was last seen (review 86).
 */
export function anyPlaceSentences(template: string): readonly RegExp[] {
  let patterns = anyPlaceCache.get(template)
  if (patterns === undefined) {
    patterns = template.toLowerCase().split(SENTENCE_BREAK).map((sentence) =>
      new RegExp(sentence.split(PLACEHOLDER_LOWER).map((part, i) => (i % 3 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : i % 3 === 1 ? '.+?' : '')).join('')))
    anyPlaceCache.set(template, patterns)
  }
  return patterns
}
const PLACEHOLDER_LOWER = /\{(place|equipment)\|([^{}|]+)\}/
