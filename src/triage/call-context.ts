import { classify, type Triage } from './classify.js'
import { isExactAddress, isHomeRoom, isSite } from './extract-place.js'
import { inCallContext, strokeWasTheLow } from './context-rules.js'
import { HAZARD_INFO, isSubsumed, isVague, outlastsStandDown, STAND_DOWN, type Hazard } from './hazards.js'
import { lruMemo } from './lru-memo.js'
import { BOUNDARY, tokenize } from './normalize-speech.js'
import { NOBODY_ON_SCENE, onSceneAfter, type OnScene } from './on-scene.js'
import type { ResponderInput } from './responder-types.js'

export interface CallContext {
  location?: string
  /** The street, farm or works the location is in, said on any turn ("14 Mill Lane"). */
  site?: string
  equipment?: string
  /** Where the caller said they are, away from the hazard ("main gate"), latest first. */
  callerAt?: string
  /** Hazards raised on earlier turns and not stood down since, most recent first. */
  hazards: Hazard[]
  /**
   * The emergency was stood down, or a question answered, and nothing raised since: a short "yes",
   * "thanks" or "everyone's fine" now closes the conversation rather than puzzling us.
   */
  settled: boolean
  /** The caller said responders are with them, and has raised no new hazard since. */
  helpArrived: boolean
  /** Who the caller said is with them, whatever was raised since (on-scene.ts). */
  onScene: OnScene
  /** Hazards the caller ruled out on an earlier turn ("he's not trapped") and has not raised since. */
  ruledOut: Hazard[]
  /** Someone was said to be missing, and not found since. */
  missing: boolean
  /** More than one was missing: finding one is not finding all. */
  missingSeveral: boolean
  /** Who is missing, by the names the caller gave ("Dave"), not yet found. */
  missingNames: string[]
  /** Whether anyone is hurt, as the caller last said it on any turn. */
  casualties?: boolean
  /**
   * The caller is the casualty and has spoken of no one else ("I fell off the ladder, I think I
   * broke my arm"): someone talking to us is awake and breathing, and "no, I'm on my own" to "Are
   * they awake?" is not someone unconscious.
   */
  callerAlone: boolean
  /** What we said before, oldest first. */
  said: string[]
  /** What the caller said straight after each thing we said ('' before anything), this turn's words included. */
  replies: Array<{ said: string; reply: string }>
}

// The emergency lasts until it is stood down, however many updates the caller gives: with only
// the last 8 turns, a chemical spill named on turn 1 was forgotten by turn 10, and "okay, we're
// still here" was answered "glad everyone's safe". The bound only stops a pathological call from
// costing a classify per remembered turn once the triage memo has let its texts go.
const USER_TURNS_REMEMBERED = 200

/** How the playbook reads a caller's reply to what we said before it. */
export interface ReplyReading {
  /** Hazards the reply names only to describe ("it's sulphuric acid" to "what chemical is it?"). */
  described?: (said: string, reply: string, triage: Triage) => readonly Hazard[]
  /** The hazard a yes or no to our question tells us ("no" to "Are they breathing?": not breathing). */
  implied?: (said: string, reply: string, triage: Triage) => Hazard | undefined
  /** Hazards the words rule out by answering yes ("he's breathing again": not not-breathing). */
  ruledOut?: (reply: string) => readonly Hazard[]
}

// The caller's own injury, in the words tokenize() leaves ("I'm" is "i am", "can't" is "can not"):
// "me chest" is the caller's chest, and "on me own" says nobody is with them.
// "Hi, I'm phoning for myself... my colleague called you": the caller is the casualty, whoever else is there (review 106).
const SELF_DECLARED = /\b(?:phoning|calling|ringing) (?:for|about) myself\b|\bi am the (?:casualty|patient|one (?:hurt|injured|stung|bitten|burnt|burned))\b/
const SELF_IN_LABOUR = /\b(?:i am in labou?r|i have gone into labou?r|my waters)\b/
// "Alone up in the nacelle of a wind turbine", said first, is the caller on their own too (review 118).
// "I work alone night shift in duvet factory" (review 118).
const ON_MY_OWN = /\b(?:on (?:my|me) (?:own|tod)|by myself|i (?:work|am working) alone|nobody else|no one else|i am (?:all )?alone|(?:there is|it is) (?:only|just) me|(?:only|just) me (?:here|in|on|at)|i am the only (?:one|person|bloke|lad|worker)|(?:there is )?(?:no one|nobody|noone) (?:with|near|around) me|^alone (?:up|out|down|in|on))\b/
const SELF_HURT = new RegExp(String.raw`\bi (?:do not|dont) want to (?:be here|live|go on|do this)\b|\bi (?:want|wanted) to die\b|\bi am (?:going|gonna) to (?:jump|end it|kill myself)\b|\bi am (?:stood|standing|sat|sitting) (?:on )?the (?:wrong side|edge|ledge)\b|\bkill myself\b|\bend (?:it all|my life)\b|\bi (?:took|have taken|swallowed) (?:about |like )?(?:\w+ )?(?:paracetamol|tablets|pills)\b|\b(?:bit|bitten|stung|nipped) me\b|\bi am after (?:falling|fell|cutting|burning|slipping|tripping|getting|being)\b|\bi (?:have |just |think i |might have )?(?:fell|fallen|slipped|tripped|(?:cut|burnt|burned|broke|broken|twisted|sprained|banged|hurt|crushed|trapped|caught|stabbed|scalded) (?:my|myself)|got (?:shocked|electrocuted|burnt|burned|a shock|stung|bitten|splashed))\b|\bi am (?:bleeding|hurt|injured|burnt|burned|having|stuck|trapped|choking|dizzy|going to faint)\b|\bi can not (?:breathe|breath|move|feel|see|stand)\b|\bi think i am having\b|\bin my (?:eyes?|chest|arm|head|back|neck)\b|\bi (?:have |have got |got )?(?:this |a |some )?(?:pain|pressure|tightness) in\b|\bmy (?:chest|heart) (?:is|hurts)\b|\b(?:cut|burnt|burned|broke|twisted|sprained|banged|crushed|scalded|stabbed|slashed|sliced|gashed|caught|trapped|smashed) (?:my|me)\b|\bi (?:have |have got |got |have had |had )?(?:a |this |some )?(?:tight |bad |sharp |funny )?(?:pain|pains|ache|tightness|pressure|band|weight)\b|\b(?:my|me) (?:chest|heart|arm|arms|forearm|elbow|shoulder|leg|legs|thigh|shin|head|back|neck|hand|hands|foot|feet|toe|toes|eye|eyes|face|jaw|hip|wrist|ankle|knee|finger|fingers|thumb|skin|throat|stomach|belly|ribs|side|ear|nose|mouth|lip|lips|cheek|cheeks|eyelid|eyelids|tongue|chin|forehead)\b|\bi (?:have |just |have just )?(?:had|got|took) (?:a |an )?(?:\w+ )?(?:shock|jolt|zap|belt)\b|\b(?:threw|thrown|flung|chucked|knocked) me\b|\bi am (?:getting |feeling |going )?(?:all |really |a bit )?(?:faint|dizzy|sick|grey|cold|weak|shaky)\b|\bi feel (?:all |really |a bit )?(?:faint|dizzy|sick|weak|shaky|cold)\b|\bi (?:have |have just )?come over (?:all |really |a bit )?\w+|\bmy (?:temperature|temp|fever) is\b` + '|' + ON_MY_OWN.source)
// A caller who said they are on their own keeps "they" for things and the crew ("will they do?",
// "how will they get in?"): only a person named or "he"/"she" puts someone else beside them.
const NAMED_PEOPLE = 'he|she|him|her|his|hers|guy|man|woman|lad|lads|mate|colleague|coworker|worker|workers|bloke'
const SOMEONE_NAMED = new RegExp(String.raw`\b(?:${NAMED_PEOPLE})\b`)
// Anyone else spoken of: then "they" may be someone else, and the questions stay. Not "them" after
// "of": "how many of them should I take" counts tablets.
const SOMEONE_ELSE = new RegExp(String.raw`\b(?:${NAMED_PEOPLE}|they|(?<!\bof )them|their|people)\b`)
// A mother giving birth alone speaks of the baby as "he" or "she": only someone named by what they are is beside her.
// "A girl at the music shop is in labour... her waters have broke", then "where should my hands be": a helper, not the mother (review 118).
const SOMEONE_BESIDE_MOTHER = /\b(?:guy|man|woman|lad|lads|mate|colleague|coworker|worker|workers|bloke|people|lady|wife|girlfriend|partner|daughter|sister)\b|\bher waters\b/

// "Should I go and open it for them", "to let them in": the crew, not someone hurt beside the caller (review 87).
// "How long will they be?": the crew too (review 99's re-grade).
const THE_CREW = /\b(?:for|let|meet|guide|show|wave|flag|direct) them\b|\bthem in\b|\bwill they be\b|\bare they (?:coming|long|far|here|on their way)\b/g
const WHAT_I_AM = /\bi am (?:a|an|the) (?:\w+ ){0,2}(?:worker|guy|man|woman|lad|bloke|colleague|coworker)\b/g
// "My mate's spray, he left his GTN in the locker": his things, not him beside the caller (review 94).
const THEIR_THINGS = /\b(?:my )?(?:mate|colleague|coworker|boss|husband|wife|partner|friend) is (?:spray|inhaler|pen|tablets|pills|medicine|bag|locker|car|van)\b|\b(?:he|she) (?:left|leaves|keeps|forgot) (?:his|her)\b/g

// "Can a lass here give me one of her tablets": someone helping the caller, who is still the casualty (review 94's re-grade).
// "My colleague can drive me to A and E" (review 107).
const RESCUING_ME = /\b(?:get|getting|help|helping|pull|pulling|lift|lifting|carry|carrying|reach|reaching|winch|winching|drag|dragging|rescue|rescuing) me (?:out|up|free)?\b|\b(?:give|giving|pass|passing|lend|fetch|fetching|bring|bringing) me (?:one|some|a|an|her|his|their)\b|\bcome (?:in |down )?(?:and )?(?:get|for) me\b|\b(?:drive|driving|take|taking|run|running|give|giving) me (?:to|in|home|up|down|over|a lift)\b/
// Read once per text, not once per turn of the call: every turn re-reads all the earlier ones.
const PEOPLE_MEMO_SIZE = 4096
const peopleIn = lruMemo(PEOPLE_MEMO_SIZE, (text: string): { selfHurt: boolean; selfDeclared: boolean; someoneElse: boolean; someoneNamed: boolean; beside: boolean; onMyOwn: boolean } => {
  const words = tokenize(text).join(' ')
  // "I'm a forestry worker, I'm on my own": the caller's own job, not someone beside them (review 88).
  const others = words.replace(WHAT_I_AM, ' ').replace(THE_CREW, ' ').replace(THEIR_THINGS, ' ')
  // "My mate wants to climb in and get me": a would-be rescuer, and the caller still the casualty (review 94).
  const rescuer = RESCUING_ME.test(words)
  return {
    selfHurt: SELF_HURT.test(words) || SELF_IN_LABOUR.test(words), selfDeclared: SELF_DECLARED.test(words), someoneElse: !rescuer && SOMEONE_ELSE.test(others), someoneNamed: !rescuer && SOMEONE_NAMED.test(others),
    beside: SOMEONE_BESIDE_MOTHER.test(others), onMyOwn: ON_MY_OWN.test(words),
  }
})

/** What earlier turns of the call tell us, so a reply can build on them. */
export function readCallContext(
  input: Pick<ResponderInput, 'text' | 'history'>,
  classifyTurn: (text: string) => Triage = classify,
  replyReading: ReplyReading = {},
): CallContext {
  const history = [...input.history]
  const last = history[history.length - 1]
  // The voice route records the caller's words before asking for a reply.
  if (last?.role === 'user' && last.text.trim() === input.text.trim()) history.pop()

  const said = history.filter((m) => m.role === 'assistant' || m.role === 'admin').map((m) => m.text)
  const replies: CallContext['replies'] = []
  const userTurns: Array<{ text: string; saidBefore?: string }> = []
  // System notes (a silent turn, a takeover) sit between a question and what the caller said to it.
  const spoken = [...history.filter((m) => m.role !== 'system'), { role: 'user', text: input.text }]
  for (let i = 0; i < spoken.length; i++) {
    const before = spoken[i - 1]
    const after = spoken[i] as (typeof spoken)[number]
    if (after.role !== 'user') continue
    const saidBefore = before !== undefined && (before.role === 'assistant' || before.role === 'admin') ? before.text : undefined
    // A first turn with nothing said before it (no greeting recorded) still answers questions unasked.
    if (i >= spoken.length - 2 * USER_TURNS_REMEMBERED) replies.push({ said: saidBefore ?? '', reply: after.text })
    if (i < spoken.length - 1) userTurns.push(saidBefore === undefined ? { text: after.text } : { text: after.text, saidBefore })
  }
  const context: CallContext = { hazards: [], said, settled: false, helpArrived: false, onScene: NOBODY_ON_SCENE, missing: false, missingSeveral: false, missingNames: [], replies, ruledOut: [], callerAlone: false }
  let active: Hazard[] = []
  const saidSoFar = (turn: (typeof userTurns)[number]): string[] => userTurns.slice(0, userTurns.indexOf(turn) + 1).map((u) => u.text)
  for (const turn of userTurns.slice(-USER_TURNS_REMEMBERED)) {
    const t = classifyTurn(turn.text)
    const described = turn.saidBefore === undefined ? [] : replyReading.described?.(turn.saidBefore, turn.text, t) ?? []
    // A machine named in passing ("there's a ladder") does not join a place already known.
    const asked = asksOnly(t, ACTION_QUESTION.test(turn.text))
    const place = placeAfter(context.location, t.location, asked)
    context.site = siteAfter(context.site, place, t)
    context.location = place
    if (t.equipment !== undefined && (namesTheMachine(t, asked, turn.saidBefore) || (context.location === undefined && context.equipment === undefined))) context.equipment = t.equipment
    if (t.callerAt !== undefined) context.callerAt = t.callerAt
    if (t.casualties !== undefined) context.casualties = t.casualties
    const found = context.missing && t.missing !== true && findsMissing(context, t)
    if (t.missing === true) {
      // "Steve is missing too": a second one.
      context.missingSeveral = context.missing || context.missingSeveral || t.missingSeveral === true
      context.missing = true
      context.missingNames = [...context.missingNames, ...(t.names ?? []).filter((n) => !context.missingNames.includes(n))]
    } else if (found && !stillMissingAfter(context, t)) {
      context.missing = false
      context.missingSeveral = false
      context.missingNames = []
    } else if (found) {
      context.missingNames = context.missingNames.filter((n) => !(t.names ?? []).includes(n))
    }
    // Stood down: what threatened the place is over; a hurt person still needs care.
    if (t.falseAlarm === true) active = active.filter(outlastsStandDown)
    const ruledOut = [...(t.ruledOut ?? []), ...(replyReading.ruledOut?.(turn.text) ?? []), ...(strokeWasTheLow(t.hazards, active, turn.text, () => saidSoFar(turn)) ? ['stroke' as const] : [])]
    if (ruledOut.includes('stroke')) active = active.filter((h) => h !== 'stroke')
    let raised = inCallContext(t.hazards.filter((h) => !STAND_DOWN.includes(h) && !described.includes(h)), active, turn.text)
    // "No" to "Are they breathing?" raised not-breathing then, and it lasts as any hazard does.
    const implied = raised.length === 0 && t.falseAlarm !== true && turn.saidBefore !== undefined ? replyReading.implied?.(turn.saidBefore, turn.text, t) : undefined
    if (implied !== undefined) raised = [implied]
    else if (raised.every(isVague)) raised = withHinted(hintedFirst(t, active, turn.text).filter((h) => !described.includes(h)), raised)
    active = stillIll(active, [...raised, ...active.filter((h) => !raised.includes(h) && !ruledOut.includes(h))], ruledOut)
    context.ruledOut = [...ruledOut, ...context.ruledOut.filter((h) => !raised.includes(h) && !ruledOut.includes(h))]
    context.onScene = onSceneAfter(context.onScene, t)
    if (t.helpArrived === true) context.helpArrived = true
    else if (raised.length > 0 || !context.onScene.here) context.helpArrived = false
    if (raised.length > 0) context.settled = false
    else if (t.falseAlarm === true || t.question === true || found) context.settled = active.length === 0 && !context.missing
  }
  context.hazards = active
  const people = [...userTurns.map((t) => t.text), input.text].map(peopleIn)
  // Someone unconscious or not breathing is never the caller talking to us: "Dave collapsed".
  const unresponsive = [...context.hazards, ...classifyTurn(input.text).hazards].some((h) => h === 'unconscious' || h === 'not_breathing')
  const onMyOwn = people.some((p) => p.onMyOwn)
  const selfHurt = people.some((p) => p.selfHurt)
  const birthAlone = selfHurt && context.hazards.includes('childbirth')
  context.callerAlone = !unresponsive && (people.some((p) => p.selfDeclared) || (selfHurt && !people.some((p) => (birthAlone ? p.beside : onMyOwn ? p.someoneNamed : p.someoneElse))))
  return context
}

/**
 * Where help goes once a turn named `said`: a place asked about ("should I drag myself to the
 * office?") is not it; a site or street said after a place inside it ("men down in the tank",
 * then "the effluent tank at the water works") leaves the tank, but not a room of a home ("in the
 * kitchen", then "we're at 22 Anfield Road": the crew needs the street). A what3words address beats all.
 */
export function placeAfter(known: string | undefined, said: string | undefined, asked: boolean): string | undefined {
  if (said === undefined) return known
  if (known === undefined || isExactAddress(said)) return said
  if (asked || (isSite(said) && !isHomeRoom(known))) return known
  return said
}

/**
 * The street, farm or works around the place help goes: said beside it ("the yard at 14 Mill
 * Lane"), or said on its own after it ("the kitchen", then "it's on Castle Street") (review 95).
 */
export function siteAfter(known: string | undefined, place: string | undefined, said: Pick<Triage, 'location' | 'site'>): string | undefined {
  const site = said.site ?? (said.location !== undefined && said.location !== place && isSite(said.location) ? said.location : undefined)
  return site ?? known
}

/**
 * "She's opening her eyes now, she's talking": whoever fainted has come round, and is still someone
 * taken ill until the crew say otherwise, not an emergency that has gone away (review 100).
 */
export function stillIll(before: readonly Hazard[], after: Hazard[], ruledOut: readonly Hazard[]): Hazard[] {
  const cameRound = ruledOut.includes('unconscious') && before.includes('unconscious')
  return cameRound && !after.some((h) => HAZARD_INFO[h].person) ? [...after, 'medical'] : after
}

/**
 * What a turn's looser words suggest, taken as the call's emergency only while it has none yet
 * (hint-vocabulary.ts): on a known emergency, even one only known as someone hurt or ill, they
 * are updates to it ("it's pouring", "he's under it", "can he have some water, he's gasping").
 */
export function hintedFirst(triage: Pick<Triage, 'hinted' | 'falseAlarm' | 'helpArrived'>, ongoing: readonly Hazard[], text: string): Hazard[] {
  if (ongoing.length > 0 || triage.hinted === undefined || triage.falseAlarm === true || triage.helpArrived === true) return []
  return inCallContext(triage.hinted, [], text)
}

/** A turn's hazards with what its looser words name first: "someone hurt" says less than "a burn". */
export function withHinted(hinted: readonly Hazard[], raised: readonly Hazard[]): Hazard[] {
  return [...hinted, ...raised.filter((h) => !isSubsumed(h, hinted))]
}

type MissingState = Pick<CallContext, 'missing' | 'missingSeveral' | 'missingNames'>
type MissingNews = Pick<Triage, 'missing' | 'found' | 'foundAll' | 'names'>

/** The turn finds someone who was missing: by name when both were named ("Steve turned up" does not find Dave). */
export function findsMissing(context: MissingState, triage: MissingNews): boolean {
  if (triage.found !== true || !context.missing) return false
  const named = triage.names ?? []
  return named.length === 0 || context.missingNames.length === 0 || named.some((n) => context.missingNames.includes(n))
}

/** Whether someone is still missing after this turn: found ones end it, unless others are left. */
export function stillMissingAfter(context: MissingState, triage: MissingNews): boolean {
  if (triage.missing === true) return true
  if (!context.missing) return false
  if (!findsMissing(context, triage)) return true
  const named = triage.names ?? []
  // By name: whoever is left. Otherwise one of several found is not all of them.
  if (named.length > 0 && context.missingNames.length > 0) return context.missingNames.some((n) => !named.includes(n))
  return context.missingSeveral && triage.foundAll !== true
}

const YES: ReadonlySet<string> = new Set(['yes', 'yeah', 'yep', 'yup', 'yea', 'ya', 'correct', 'affirmative', 'definitely', 'sure'])
const NO: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'negative', 'not'])
const INABLE: ReadonlySet<string> = new Set(['can', 'could', 'cannot'])
const SENSING = /^(hear|see|feel|tell|pulse|breath\w*|chest)$/
const CANNOT_TELL_WORDS = 'not sure|unsure|do not know|no idea|can not tell|can not see|could not tell|hard to tell'
const UNSURE = new RegExp(`\\b(${CANNOT_TELL_WORDS}|maybe)\\b`)
// Not "maybe": unsure whether someone unresponsive breathes is the caller unable to tell.
const CANNOT_TELL = new RegExp(`\\b(${CANNOT_TELL_WORDS})\\b`)
// "He don't know where he is": the casualty confused, not the caller unable to tell (review 120).
const CASUALTY_UNSURE = /\b(?:he|she|they) (?:is |are |does |do )?(?:not sure|do not know|does not know|no idea)\b/g

const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'thanks', 'thank', 'cheers', 'great', 'good', 'fine', 'alright', 'right', 'understood', 'bye', 'goodbye', 'brilliant',
  'perfect', 'lovely', 'cool', 'safe', 'noted', 'roger', 'will',
])
// Longer than this is telling us something, not acknowledging.
const MAX_ACKNOWLEDGEMENT_TOKENS = 8

/**
 * A short confirmation ("yeah everyone's fine", "okay thanks", "no"): what a caller says once the
 * emergency is over. triage is classify(text); a caller saying nobody is hurt counts too.
 */
export function isAcknowledgement(text: string, triage: Pick<Triage, 'casualties'>): boolean {
  const tokens = tokenize(text).filter((t) => t !== BOUNDARY)
  if (tokens.length === 0 || tokens.length > MAX_ACKNOWLEDGEMENT_TOKENS) return false
  return triage.casualties === false || readYesNo(text) !== undefined || tokens.some((t) => ACKNOWLEDGEMENTS.has(t))
}

/** The caller cannot say ("I'm not sure if he's breathing", "I can't tell"). */
export function isUnsure(text: string): boolean {
  return CANNOT_TELL.test(tokenize(text).filter((t) => t !== BOUNDARY).join(' ').replace(CASUALTY_UNSURE, ''))
}

/** A short yes or no, as said to a question ("No, he's not", "yeah"); undefined otherwise. */
export function readYesNo(text: string): 'yes' | 'no' | undefined {
  const tokens = tokenize(text).filter((t) => t !== BOUNDARY)
  if (tokens.length === 0 || tokens.length > 6 || UNSURE.test(tokens.join(' '))) return undefined
  // "I can't find the breaker" says what the caller cannot do, not no to the question; "I can't
  // hear him breathing" is a no.
  const inability = (i: number): boolean => INABLE.has(tokens[i - 1] ?? '') && !tokens.some((t) => SENSING.test(t))
  if (tokens.some((t, i) => NO.has(t) && !(t === 'not' && inability(i)))) return 'no'
  if (tokens.some((t) => YES.has(t))) return 'yes'
  return undefined
}

export const ACTION_QUESTION = /\b(?:should|can|could|shall|must) (?:i|we|he|she|they|you)\b|\bis it (?:ok|okay|alright|safe|fine)\b|\bam i (?:allowed|ok)\b/i

/**
 * A turn that asks ("should we carry him to the office?"): the places in it are not news.
 * actionQuestion: ACTION_QUESTION tested on the turn, which the responder reads for more besides.
 */
export function asksOnly(triage: Triage, actionQuestion: boolean): boolean {
  return triage.question === true || actionQuestion
}

/**
 * Whether the machine a turn names is where help goes: a numbered unit ("Pump 7"), or one named
 * in a turn that reports something happening or answers "where?". "There's a ladder", "he's got
 * the hose on it" name a thing at hand, not the place of the emergency.
 */
export function namesTheMachine(triage: Triage, asked: boolean, saidBefore: string | undefined): boolean {
  if (isNumbered(triage.equipment)) return true
  if (asked) return false
  return triage.hazards.length > 0 || (saidBefore !== undefined && /\bwhere\b/i.test(saidBefore))
}

/** "Pump 7", "Tank B": a named unit, never named in passing. */
function isNumbered(name: string | undefined): boolean {
  return name !== undefined && /\d|\b[A-Z]\b/.test(name)
}
