import { ACTION_QUESTION, asksOnly, findsMissing, hintedFirst, isAcknowledgement, namesTheMachine, placeAfter, siteAfter, stillIll, withHinted, isUnsure, readCallContext, readYesNo, stillMissingAfter, type CallContext } from './call-context.js'
import { classify, type Triage } from './classify.js'
import { inCallContext, strokeWasTheLow } from './context-rules.js'
import { HAZARD_INFO, isSubsumed, isVague, outlastsStandDown, STAND_DOWN, type Hazard } from './hazards.js'
import { NAMED_FARM, NUMBERED_ADDRESS, NUMBERED_ROAD, isExactAddress, isHomeRoom, isSite } from './extract-place.js'
import { answeredByTalking } from './caller-question.js'
import { coversAll, onSceneAfter } from './on-scene.js'
import { anyPlaceSentences, endsWithAsk, loadDefaultPlaybook, renderTemplate, type Playbook, type PlaybookAsk, type PlaybookEntry, type Situation } from './playbook.js'
import type { Responder, ResponderInput, ResponderReply } from './responder-types.js'
import { BOUNDARY, tokenize } from './normalize-speech.js'
import { classifyRemembered } from './triage-memo.js'
import { MAX_SPOKEN_CHARS, SENTENCE_BREAK, cutAtSentence } from './spoken-text.js'
import { HAND_TOOLS, UNPOWERED_EQUIPMENT } from './place-vocabulary.js'
import { raiseKnownUrgency, urgencyRank, type KnownUrgency } from './urgency.js'

interface Where {
  /** Where the hazard is: fills {place} in instructions. */
  place?: string
  /** The machine or supply to stop: fills {equipment} ("shut off {equipment|the gas supply}"). */
  equipment?: string
  /** Where help should go: "Valve 7 in the boiler house", "the yard at 14 Mill Lane". */
  alertPlace?: string
  /** The same without the street or works around it ("the yard"), when a turn has no room for both. */
  alertPlaceNear?: string
  /** Where the caller is, away from the hazard, as spoken: "at the main gate", "outside". */
  callerAt?: string
  /** Only a machine is known ("the area around the ladder"): no place a crew could drive to. */
  onlyMachine?: true
  /** Where help goes is a what3words address, though no place inside it is named (review 120). */
  address?: true
}

/** Hazards a word names in another sense ("stuck", "burning", "a shock down his arms"): no one's body. */
const OTHER_SENSE: ReadonlySet<Hazard> = new Set<Hazard>(['trapped', 'caller_trapped', 'crush', 'fire', 'smoke', 'explosion', 'electric_shock', 'confined_space'])

/** `urgency`, raised to each hazard's own. */
function raisedFor(urgency: KnownUrgency, hazards: readonly Hazard[]): KnownUrgency {
  return hazards.reduce((u, h) => raiseKnownUrgency(u, HAZARD_INFO[h].urgency), urgency)
}

/** The offline responder: deterministic, no I/O, well under a millisecond. */
export function createPlaybookResponder(playbook: Playbook = loadDefaultPlaybook()): Responder {
  return {
    name: 'playbook',
    async respond(input) {
      return composePlaybookReply(input, playbook, classifyRemembered)
    },
  }
}

/**
 * Builds the spoken reply: at most two instructions for the most urgent hazards (naming the
 * place when known), "help is being alerted" when it is HIGH or worse, and a question that keeps
 * the caller talking. Later turns move on to the next instruction instead of repeating one.
 */
export function composePlaybookReply(input: ResponderInput, playbook: Playbook, classifyTurn: (text: string) => Triage = classify): ResponderReply {
  const { triage } = input
  const context = readCallContext(input, classifyTurn, {
    described: (said, reply) => describedBy(playbook, said, reply),
    implied: (said, reply, turnTriage) => impliedByAnswer(said, reply, playbook, turnTriage),
    ruledOut: (reply) => ruledOutByYes(playbook, reply),
  })
  // What the turn asks, read once: each shapes both the situation and the instructions.
  const actionQuestion = ACTION_QUESTION.test(input.text)
  // "His mates want to carry him up the steps": about to do something risky, asked or not.
  // Read in the words tokenize() leaves, as the phrase tables are: "gan doon" is "go down" here too.
  const words = tokenize(input.text).join(' ')
  const riskyAction = RISKY_ACTION.exec(words)?.[0]
  const riskyPlan = riskyAction !== undefined && STATED_PLAN.test(words)
  const whatNext = WHAT_NEXT.test(input.text)
  // A place named in a question ("should we move him out of the road?") or a machine named in
  // passing ("there's a ladder") is not where help goes when the call already has one.
  const lastSaid = context.said[context.said.length - 1]
  const asked = asksOnly(triage, actionQuestion)
  const machine = namesTheMachine(triage, asked, lastSaid)
  const place = placeAfter(context.location, triage.location, asked)
  const site = siteAfter(context.site, place, triage)
  const where = describeWhere(
    place,
    (machine ? triage.equipment ?? context.equipment : context.equipment ?? (context.location === undefined ? triage.equipment : undefined)),
    triage.callerAt ?? context.callerAt,
    site)
  const askingWhatToDo = WHAT_TO_DO.test(input.text)
  const callerTurns = [input.text, ...context.replies.map((r) => r.reply)]

  const ruledOut = [...(triage.ruledOut ?? []), ...ruledOutByYes(playbook, input.text),
    ...(strokeWasTheLow(triage.hazards, context.hazards, input.text, () => callerTurns) ? ['stroke' as const] : [])]
  const described = lastSaid === undefined ? [] : describedBy(playbook, lastSaid, input.text)
  const read = triage.hazards.filter((h) => !STAND_DOWN.includes(h) && !described.includes(h))
  const turnHazards = inCallContext(read, context.hazards.filter((h) => !ruledOut.includes(h)), input.text)
  // What the call took back of the words' reading takes its urgency with it ("the head's still
  // stuck in there" after a tick is no one crushed): the rest is as urgent as its own hazards. Beside
  // a hazard the call keeps, only a word's other sense goes ("it's stuck on his head" of a tick is
  // no one trapped); a heart read beside a fall stays as urgent as it was read. A hazard read as
  // another (slurring after a head injury) is raised below, to what it became.
  const kept = read.filter((h) => turnHazards.includes(h))
  const dropped = read.filter((h) => !turnHazards.includes(h))
  const readUrgency = dropped.length === 0 || (kept.length > 0 && !dropped.every((h) => OTHER_SENSE.has(h))) ? triage.urgency : raisedFor(triage.missing === true ? 'HIGH' : 'LOW', kept)
  // A hazard taken from beyond the turn's own reading raises the reply to its urgency: what the call
  // made of the words ("his face is swelling" after a sting is anaphylaxis), or what looser words name.
  let urgency = raisedFor(raiseKnownUrgency(readUrgency, input.callUrgency), turnHazards.filter((h) => !triage.hazards.includes(h)))
  let hazards: Hazard[] = graverOngoingFirst(turnHazards, triage.urgency, context.hazards, ruledOut, playbook)
  let situation: Situation | 'stand-down' | 'answer' | undefined
  // What looser words name while the call has no emergency yet.
  const hintsOver = (ongoing: readonly Hazard[]): Hazard[] => hintedFirst(triage, ongoing, input.text).filter((h) => !ruledOut.includes(h) && !described.includes(h))
  // Someone hurt or ill, and looser words say how ("he's screaming, the hot wort's gone down his wellies").
  if (hazards.length > 0 && hazards.every(isVague)) {
    const hinted = hintsOver(context.hazards)
    hazards = withHinted(hinted, hazards)
    urgency = raisedFor(urgency, hinted)
  }
  // Naming the chemical ("it was sodium hydroxide") reads as a spill or an exposure, whichever the call already has.
  // "The ambulance is here, what do I tell them? It was sodium hydroxide": help arriving while the
  // caller only names again what the call already has is a handover, as if nothing were named (review 74).
  const restatedOnArrival = triage.helpArrived === true && (triage.services ?? []).some((x) => x !== 'first aid') && context.hazards.length > 0 && hazards.length > 0 && hazards.every((h) => context.hazards.includes(h) || (CHEMICAL.includes(h) && context.hazards.some((c) => CHEMICAL.includes(c)))) && !context.hazards.includes('high_voltage')
  if (restatedOnArrival) situation = 'handover'
  if (hazards.length === 0) {
    // "Yes, Dave is missing" to "Is anyone hurt or missing?" reports someone missing, not hurt.
    // "They can't find us" is not a no to "Are they awake and talking?".
    const implied = triage.falseAlarm === true || triage.missing === true || triage.helpLost === true ? undefined : impliedByAnswer(lastSaid, input.text, playbook, triage, context.callerAlone)
    // Gravest first, then the most recent: an alarm heard during CPR does not lead the next reply.
    // Without what another ongoing hazard covers: choking once they went limp, now breathing again.
    const carriedOn = stillIll(context.hazards, context.hazards.filter((h) => !ruledOut.includes(h) && h !== implied), ruledOut)
    const ongoing = byGravity(carriedOn.filter((h) => !isSubsumed(h, carriedOn)))
    // "Fire's out" while someone is still hurt: keep helping them rather than stand down.
    const stillHurt = ongoing.filter(outlastsStandDown)
    const hinted = implied === undefined ? hintsOver(ongoing) : []
    if (triage.falseAlarm === true) {
      if (stillHurt.length > 0) hazards = stillHurt
      else situation = 'stand-down'
    } else if (
      // Paramedics cannot go near a casualty on a live high-voltage line: the keep-back goes on.
      !ongoing.includes('high_voltage') && (
        triage.helpArrived === true ||
        // "The fire brigade isn't here yet" while the paramedics are with the caller: they still lead.
        // Only if those with them can deal with what is going on: the paramedics cannot shut off the gas.
        (context.helpArrived && triage.helpAwaited === true && triage.helpLost !== true && coversAll(onSceneAfter(context.onScene, triage), ongoing)) ||
        (context.helpArrived && triage.helpAwaited !== true && (triage.hangingUp === true || isAcknowledgement(input.text, triage))))
    ) {
      // The responders with the caller take it from here; instructions from the phone would compete with theirs.
      situation = 'handover'
    } else if (triage.hangingUp === true) {
      situation = context.settled && ongoing.length === 0 ? 'closing' : 'stay-on-line'
    } else if (findsMissing(context, triage) && ongoing.length === 0) {
      situation = 'found' // and nothing else is going on: are they hurt, is anyone else missing?
    } else if (triage.lineCheck === true && ongoing.length === 0) {
      situation = 'line-check'
    } else if (implied !== undefined) {
      const first = graverOngoingFirst([implied], playbook.forHazard(implied).urgency, ongoing, ruledOut, playbook)
      hazards = [...first, ...ongoing.filter((h) => !first.includes(h))]
      urgency = raiseKnownUrgency(urgency, playbook.forHazard(implied).urgency)
    // Nothing known yet and looser words name one ("I've stabbed meself, it's pouring"): better
    // than the generic lines.
    } else if (hinted.length > 0) {
      hazards = hinted
      urgency = raisedFor(urgency, hinted)
    // "Hurry!" in the middle of a known emergency is more of the same, not a new unknown one.
    } else if (triage.urgency === 'HIGH' && ongoing.length === 0) situation = 'distress'
    // "Which extinguisher for an electrical fire?": answer it, even in the middle of a real fire.
    else if ((triage.asksAbout ?? []).length > 0) situation = 'answer'
    else if (ongoing.length > 0) hazards = ongoing // "okay", "Zone A", "what now?": carry on with the emergency
    else if (context.settled && isAcknowledgement(input.text, triage)) situation = 'closing'
    // Stood down, then "no, he's fine, sat here laughing" or "nobody hurt": still nothing wrong.
    else if (context.settled && (triage.casualties === false || triage.found === true) && !actionQuestion && !riskyPlan) situation = 'stand-down'
    // Nothing understood: "should we lift her onto a chair?" gets "if in doubt, don't"; "what do I
    // do?", "what now?" and any other question once help is being alerted ("where would a
    // defibrillator be?") get the life-saving prompts. Neither goes to the supervisor.
    else if (!askingWhatToDo && !whatNext && (actionQuestion || riskyPlan)) situation = 'doubt'
    else if (askingWhatToDo || whatNext || (triage.question === true && urgencyRank(input.callUrgency) >= urgencyRank('HIGH'))) situation = 'unclear'
    else if (triage.question === true) situation = 'question'
    // Words we cannot read are still someone calling an emergency line: alert, keep them safe, ask
    // again. Only a sound or two ("uh", "hello") is asked again without an alert.
    else situation = tokenize(input.text).filter((t) => t !== BOUNDARY).length >= SAYS_SOMETHING ? 'unclear' : 'clarify'
  }

  // Responders who cannot find the caller, or someone missing until found (whatever else was
  // stood down or asked): their lines join the emergency's, after them so that a cut for length
  // keeps the emergency's; their questions come first.
  const stillMissing = stillMissingAfter(context, triage)
  const companions = situation === undefined || COMPANION_REPLACES.includes(situation)
    ? [...(triage.helpLost === true ? [playbook.forSituation('guide-in')] : []), ...(stillMissing ? [playbook.forSituation('missing')] : [])]
    : []
  if (companions.length > 0) situation = undefined
  // Not understood, or unsure what to do: someone on an emergency line is alerted for, not left at LOW.
  if (situation === 'unclear' || situation === 'doubt') urgency = raiseKnownUrgency(urgency, playbook.forSituation(situation).urgency)
  const entries = situation === 'stand-down'
    ? [playbook.forHazard('false_alarm')]
    : situation === 'answer'
      ? [playbook.forQuestion(triage.asksAbout ?? [])]
      : situation !== undefined
        ? [playbook.forSituation(situation)]
        : [...chooseEntries(hazards, playbook), ...companions]
  // Two hazards together can be graver than either: a fit after a blow to the head is an emergency.
  for (const e of entries) if (e.combo === true) urgency = raiseKnownUrgency(urgency, e.urgency)
  // "No one is doing CPR", "what do I do?": CPR's first instruction again, not "keep pushing".
  const restart = (e: PlaybookEntry): boolean => (triage.notStarted === true || askingWhatToDo) && e.hazards.includes('not_breathing')
  // Read once: each reading goes back through the call's replies.
  const held = new Set(entries.filter((e) => e.ask.some((a) => a.holdOnYes === true && saidItWorked(a, e, context, playbook, classifyTurn))))
  // Answers the caller gave unasked: any turn's closes a question that settles; this turn's at
  // least keeps a check that can change from being asked straight back ("he's breathing").
  const answeredBefore = new Set(context.replies.flatMap((r) => [...(QUALIFIED.test(r.reply) ? answeredBeforeTheirState(r.reply, playbook) : playbook.answersIn(r.reply))]))
  const answeredNow = QUALIFIED.test(input.text) ? answeredBeforeTheirState(input.text, playbook) : playbook.answersIn(input.text)
  // "He's not trapped", said on any turn, answers "Are they trapped under it?".
  const ruledOutEver = [...ruledOut, ...context.ruledOut]
  const settled = (ask: PlaybookAsk): boolean =>
    (context.callerAlone && ABOUT_THE_CALLER_TALKING.includes(ask.no as Hazard)) || answeredNow.has(ask.text) || (settlesOnYes(ask) && answeredBefore.has(ask.text)) || (ask.holdOnYes === true && entries.some((e) => e.ask.includes(ask) && held.has(e))) ||
    (ask.yes !== undefined && ruledOutEver.includes(ask.yes) && !ABOUT_ANYONE.test(ask.text)) || isSettled(ask, context, classifyTurn)
  const saidBefore = context.said.map((s) => s.toLowerCase())
  const passed = new Set(playbook.passing.filter((r) => saidBefore.some((s) => s.includes(r.say.toLowerCase()) || (r.self !== undefined && s.includes(r.self.toLowerCase())))).flatMap((r) => r.passes ?? []))
  const skippedIn = (e: PlaybookEntry): ReadonlySet<number> => new Set([
    ...e.ask.filter((a) => a.skipsOnYes !== undefined && settled(a)).flatMap((a) => a.skipsOnYes ?? []),
    ...(passed.has(e.id) ? [0] : []),
  ])
  const worse = saysNotWorking(input.text)
  // "He's getting really sleepy" after a blow to the head is the head getting worse, not the
  // bleeding: no "press harder, both hands and your weight" on a skull (review 120).
  const headWorse = (hazards.includes('head_injury') || context.hazards.includes('head_injury')) && !BLEED_SAID.test(input.text)
  const headNotBleed = (e: PlaybookEntry): boolean => headWorse && e.hazards.some((h) => BLEED_HAZARDS.includes(h))
  // Only an "okay" gets no instruction between two standing ones: anything else the caller says
  // (news, a question, "I feel dizzy") is not answered with a bare question.
  const onlyAcknowledged = triage.hazards.length === 0 && isAcknowledgement(input.text, triage)
  // Not understood yet, "what now?" gets the life-saving prompts again, not the next line.
  const again = askingWhatToDo || (situation === 'unclear' && whatNext)
  // "I don't know CPR", "how do I do CPR?", "what do I do?": how, hand by hand, not only "start CPR".
  const instructions = entries.map((e) => {
    if (!restart(e)) {
      return pickInstruction(e, context, where, held.has(e), skippedIn(e), { worse: worse && !headNotBleed(e), lastSaid, again, reported: !onlyAcknowledged, saidBefore }, playbook.combos)
    }
    const skipped = skippedIn(e)
    const first = e.say.findIndex((_, i) => !skipped.has(i))
    // Only where nothing stands between the rescuer and the chest: a combo's first line keeps them
    // off a live or unreachable casualty until the caller said that danger is cleared ("the power's off").
    const clear = e.hazards.length === 1 || first > 0
    return (TEACHES_CPR.test(input.text) || askingWhatToDo) && clear ? playbook.phrases.cprCoach : renderTemplate(e.say[Math.max(0, first)] ?? '', where)
  })
  // A held state said on the turn before gives way to another entry's next step: "now they're out:
  // lay them down..." word for word on every turn of a cold-water rescue crowded out the warming (review 120).
  if (instructions.filter((i) => i !== '').length > 1) {
    entries.forEach((e, i) => {
      const hold = held.has(e) ? (context.callerAlone && e.self !== undefined ? e.self : e).hold : undefined
      if (hold !== undefined && instructions[i] === renderTemplate(hold, where) && lastSaid?.includes(instructions[i] ?? '') === true) instructions[i] = ''
    })
  }
  // What is still going on: not what this turn stood down ("it's all clear, can we go back in?").
  const going = [...hazards, ...context.hazards.filter((h) => !ruledOut.includes(h))].filter((h) => triage.falseAlarm !== true || outlastsStandDown(h))
  // The defibrillator arriving during CPR, then the "no" to a direct question ("can I throw water
  // on it?", "should I pull it out?"), before the entries' own lines.
  const answering = playbook.repliesTo(input.text, going, context.replies.map((r) => r.reply), stillMissing)
    .filter((r) => (r.later !== true || r.hazards.some((h) => context.hazards.includes(h))) && !(r.once === true && saidBefore.some((s) => s.includes((context.callerAlone && r.self !== undefined ? r.self : r.say).toLowerCase()))))
  const overridden = new Set(answering.flatMap((r) => r.overrides ?? []))
  const replies = answering.filter((r) => !overridden.has(r.id))
  // A reply that must be heard on its own ("stand clear while it checks them", where the pads go)
  // replaces the lines, the defibrillator's first prompt among them.
  const alone = replies.some((r) => r.alone === true)
  if (alone) instructions.splice(0, instructions.length)
  for (const r of replies) if (r.urgency !== undefined) urgency = raiseKnownUrgency(urgency, r.urgency)
  instructions.unshift(
    ...(triage.defibHere === true && going.includes('not_breathing') && !alone ? [playbook.phrases.defibOn] : []),
    ...replies.map((r) => (context.callerAlone && r.self !== undefined ? r.self : r.say)),
  )
  // "Can he get up?", "can I go in to him?", or the plan said outright ("I'll run in and pull him
  // out", "his mate's gonna climb down") on a known emergency that no reply answers: the entry's
  // next line alone leaves it standing, and a caller hears that as a yes. Unless that line does
  // what was asked ("should we roll him over?" beside "roll them onto their side").
  // Not during CPR: the one answer there is to keep pushing, and a "don't" would read as stop.
  if (riskyAction !== undefined && (actionQuestion || riskyPlan) && situation === undefined && replies.length === 0 && !askingWhatToDo && !whatNext && !hazards.includes('not_breathing') && !instructionsDo(riskyAction, instructions)) {
    instructions.unshift(playbook.phrases.unsureDont)
  }
  // Handing over, or asking the caller to stay on, never drops what keeps someone alive until the
  // responders take over: "Don't stop CPR until they start breathing or help takes over."
  if (situation === 'handover' || situation === 'stay-on-line') {
    // Only CPR: other entries' last lines still ask the caller to act, and the responders now lead.
    // Not once they came round: "don't stop CPR" at the door to a man breathing again (review 120).
    const cpr = context.hazards.includes('not_breathing') && !revivedSinceCpr(saidBefore) ? playbook.forHazard('not_breathing').say : undefined
    if (cpr !== undefined) instructions.push(renderTemplate(cpr[cpr.length - 1] ?? '', where))
    // The responders most need to hear who is missing.
    if (stillMissing) instructions.push(playbook.forSituation('missing').say[0] ?? '')
  }
  const over = situation === 'stand-down' || situation === 'closing' || situation === 'handover' || situation === 'found'
  const alerting = urgencyRank(urgency) >= urgencyRank('HIGH') && !over
  const notice = over ? undefined : describeNotice(alerting, instructions, where, triage.callerAt !== undefined, playbook)

  // "Where were they last seen?" before "Is everyone out?".
  const asking = [...companions, ...entries.filter((e) => !companions.includes(e))]
  // Or a house number read from words: "twenty two fourteen Salmon Street" is 2214 (review 114).
  // Or a site by its name or a numbered road, read on any turn: "Big Creek Mine off Route 52" (review 120).
  const addressGiven = callerTurns.some((t) => ADDRESS_SAID.test(t)) || (where.alertPlace !== undefined && NUMBERED_STREET.test(where.alertPlace)) || [site, place].some((p) => p !== undefined && NAMED_SITE.test(p))
  const atHome = callerTurns.some((t) => HOME_SAID.test(t))
  // Paracetamol or an antidepressant, and no opioid named: naloxone would do nothing (review 91).
  const noOpioid = callerTurns.some((t) => NON_OPIOID.test(t)) && !callerTurns.some((t) => OPIOID_SAID.test(t))
  const questions = questionsFor(asking, hazards, triage.casualties ?? context.casualties, playbook, where, alerting && situation === undefined, lastSaid, settled, context.callerAlone, addressGiven, atHome)
    .filter((q) => !(noOpioid && NALOXONE.test(q)))
  // The notice may give way to an instruction unless it is what names the place for the caller.
  const noticeNamesPlace = where.place !== undefined && notice?.includes(where.place) === true && !instructions.some((i) => i.includes(where.place ?? ''))
  // Once, not per question tried below.
  // Once we said to stop cooling a burn (twenty minutes done, or shivering), no line says to keep
  // cooling it: "keep cooling the burn" after "stop now, they're shivering" restarts it (review 120).
  const coolingStopped = going.includes('burn') && ([...saidBefore, ...instructions].some((s) => COOLING_STOPPED.test(s)) || callerTurns.some((t) => COOLED_FULL.test(t) && !NOT_YET.test(t)))
  const covered = context.callerAlone ? 'Keep the burn loosely covered, and the rest of you warm.' : 'Keep the burn loosely covered, and the rest of them warm.'
  const consistent = coolingStopped ? withSentencesAs(instructions, KEEP_COOLING, covered) : instructions
  const spoken = withoutRepeatedSentences(noOpioid ? withoutSentences(consistent, NALOXONE) : consistent)
  const notices = [notice, ...(notice === undefined || where.alertPlaceNear === undefined ? [] : [describeNotice(alerting, instructions, { ...where, alertPlace: where.alertPlaceNear }, triage.callerAt !== undefined, playbook)])]
  let text = assemble(spoken, notices, questions[0] ?? '', noticeNamesPlace)
  for (const question of rankQuestions(questions, context.said)) {
    text = assemble(spoken, notices, question, noticeNamesPlace)
    // Not the question just asked either: with the standing instruction left out on alternate
    // turns, a different text could still end on the same question.
    if (text !== lastSaid && lastSaid?.endsWith(question) !== true) break
  }
  // "What?", "say that again": the caller missed it, so the same words, not the next step.
  // Only our own words as they were: not an empty or overlong turn, nor one from before the place was known.
  const repeatable = lastSaid !== undefined && lastSaid.trim() !== '' && lastSaid.length <= MAX_SPOKEN_CHARS && (where.place === undefined || lastSaid.includes(where.place))
  if (repeatable && REPEAT_REQUEST.test(input.text.trim())) text = lastSaid
  // What the call record keeps of the turn: what the reply is about, or, when the reply is about
  // the call's situation rather than a hazard (a handover, a closing), what the turn was read as;
  // and a stand-down as the words said it, for the supervisors.
  const about = [...(situation === undefined ? hazards : turnHazards), ...triage.hazards.filter((h) => STAND_DOWN.includes(h))]
  return { text, urgency, sources: entries.map((e) => e.id), responder: 'playbook', hazards: about }
}

const UNPOWERED = new Set(UNPOWERED_EQUIPMENT)
const HAND_TOOL = new Set(HAND_TOOLS)
// What a bleeding entry's "worse" line is for; and the bleeding said to be worse (review 120).
const BLEED_HAZARDS: readonly Hazard[] = ['injury_bleeding', 'amputation', 'open_fracture', 'embedded_object']
const BLEED_SAID = /\b(?:blood\w*|bleed\w*|pouring|gushing|spurting|pumping|soak\w*|dripping|oozing|coming through|wound|cut|gash)\b/i
// "27 Ashby Road", "Church Road, Netherton", a postcode, "M6 northbound between junction 15 and 16":
// enough for a crew to find a lone caller.
const ADDRESS_SAID = /\b[ma]\d{1,4}m? (?:north|south|east|west)bound (?:[a-z]+ ){0,3}junctions? \d+|\bmarker post\b|\b\d+[a-z]?,? [a-z']+ (?:road|street|lane|avenue|drive|close|crescent|terrace|way|place|row|walk|gardens|park)\b|(?:^|[,.] ?)(?:it'?s |it is )?(?!the |a |main |back |access |service |slip |farm )[a-z']+ (?:road|street|lane|avenue)\b|\b[a-z]{1,2}\d{1,2}[a-z]? ?\d[a-z]{2}\b|\b(?!the |a |an |this |our )[a-z']+ (?:industrial estate|business park|retail park|trading estate)\b/i

const NAMED_SITE = new RegExp(`${NAMED_FARM.source}|${NUMBERED_ROAD.source}|^\\d+[A-Z]? (?:[A-Z][a-z']+ )+[A-Z][a-z]+$`)
const NUMBERED_STREET = /\b\d+[a-z]? (?:[A-Z][a-z']+ )+(?:Road|Street|Lane|Avenue)\b/

// "Me nan's fell in the kitchen": a home, where the room alone finds no one.
const HOME_SAID = /\b(?:(?:my|me|our) (?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|wife|husband|partner|son|daughter|baby|house|flat|home)|at home|at (?:my|me|our) (?:nan|gran|mum|mam|dad)s?)\b/i

function describeWhere(location: string | undefined, equipment: string | undefined, callerAt: string | undefined, site?: string): Where {
  const where: Where = {}
  const eq = equipment === undefined ? undefined : spokenName(equipment)
  if (equipment !== undefined && eq !== undefined && !UNPOWERED.has(equipment.toLowerCase())) where.equipment = eq
  // A street or a what3words address is where help goes, not a room to clear: "get everyone out of the area".
  const addressOnly = location !== undefined && (isExactAddress(location) || STREET_PLACE.test(location))
  if (location !== undefined && !addressOnly) where.place = spokenName(location)
  // A hand tool alone is no place a crew could find: "the area around the angle grinder" (review 120).
  else if (eq !== undefined && !HAND_TOOL.has(equipment?.toLowerCase() ?? '')) {
    where.place = `the area around ${eq}`
    where.onlyMachine = true
  }
  // "The digger on A34 Slip Road", "the chainsaw at what3words filled.dots.tonight".
  const joiner = location === undefined ? 'in' : isExactAddress(location) ? 'at' : STREET_PLACE.test(location) ? 'on' : 'in'
  // Nor does a hand tool or a ladder join the place: "the angle grinder in the gate", "the ladder in the quay" (review 120).
  // A torch too, a light as often as a cutting torch ("the torch in the manhole").
  const carried = equipment !== undefined && (HAND_TOOL.has(equipment.toLowerCase()) || UNPOWERED.has(equipment.toLowerCase()) || equipment.toLowerCase() === 'torch')
  if (where.place !== undefined) where.alertPlace = location !== undefined && eq !== undefined && !carried ? `${eq} ${joiner} ${where.place}` : where.place
  // A ladder or a trailer at a street address says nothing the crew needs: "42 Harehills Lane", not "the ladder on 42 Harehills Lane" (review 89).
  if (addressOnly && location !== undefined) {
    where.alertPlace = where.equipment !== undefined && !carried ? `${where.equipment} ${joiner} ${spokenName(location)}` : spokenName(location)
    // A what3words address finds the caller to the metre: no need to ask where (review 120).
    if (isExactAddress(location)) where.address = true
  }
  if (callerAt !== undefined) where.callerAt = callerAt === 'outside' ? 'outside' : `at ${spokenName(callerAt)}`
  // "Level 3 on Castle Street", "the yard at 14 Mill Lane": the room alone finds no one from outside (review 95).
  // Not "the warehouse on M1": a building is off a motorway, not on it. "The road on Dock Road" is Dock Road.
  if (site !== undefined && where.alertPlace !== undefined && location !== undefined && !addressOnly && !isSite(location) && (!MOTORWAY.test(site) || ROADSIDE.test(location)) && !where.alertPlace.includes(spokenName(site))) {
    where.alertPlaceNear = where.alertPlace
    // "The quarry, Tarmac Quarry on the B6049": the site by its name says it, not "the quarry at Tarmac Quarry" (review 120).
    where.alertPlace = ROADWAY.test(location) || site.toLowerCase().endsWith(` ${location.toLowerCase()}`) ? spokenName(site) : `${where.alertPlace} ${STREET_PLACE.test(site) && !/^\d/.test(site) ? 'on' : 'at'} ${spokenName(site)}`
  }
  return where
}

/**
 * "Help is being alerted to Zone A." when it is HIGH or worse (to the caller, "to you at the main
 * gate", when only that is known), else "I have you at Zone A." when no instruction names the
 * place; then "I have you at the main gate." on the turn the caller says where they are standing.
 */
function describeNotice(alerting: boolean, instructions: readonly string[], where: Where, callerSpoke: boolean, playbook: Playbook): string | undefined {
  const { phrases } = playbook
  const parts: string[] = []
  if (alerting) {
    if (where.alertPlace !== undefined) parts.push(phrases.alertAt.replace('{place}', where.alertPlace))
    else if (where.callerAt !== undefined) parts.push(phrases.alertCaller.replace('{place}', where.callerAt))
    else parts.push(phrases.alert)
  } else if (where.place !== undefined && !instructions.some((i) => i.includes(where.place ?? ''))) {
    parts.push(phrases.noted.replace('{place}', where.place))
  }
  if (callerSpoke && where.callerAt !== undefined && !parts.some((p) => p.includes(where.callerAt ?? ''))) {
    parts.push(phrases.callerAt.replace('{place}', where.callerAt))
  }
  return parts.length > 0 ? parts.join(' ') : undefined
}

// "Zone A" and "Pump 7" are names; "loading dock" needs its article.
const MOTORWAY = /^[MA]\d{1,4}M?(?: |$)/
// But a roadworks compound or a lay-by is on the road itself: "the compound on A38" (review 120).
const ROADSIDE = /^(?:compound|site compound|roadworks|lay-by|layby|hard shoulder|verge|central reservation)$/
const ROADWAY = /^(?:road|street|lane|pavement|kerb|roadside|the road)$/
// Review 120: "3 Canal Side", "1480 Mitchell Highway", "Route 52" too.
const STREET_PLACE = new RegExp(`[a-z0-9] (?:Lane|Road|Street|Avenue)$|^[MA]\\d{1,4}M?(?: |$)|^[A-Z][a-z]+ Road \\d+$|${NUMBERED_ADDRESS.source}|${NUMBERED_ROAD.source}`)

function spokenName(name: string): string {
  return /^[A-Z0-9]/.test(name) || isExactAddress(name) ? name : `the ${name}`
}

// "He was but now he's not", "not any more": a yes that has just turned into a no (review 78).
const NO_LONGER = /\b(?:was|were|did)\b[^.?!]{0,24}\bbut\b[^.?!]{0,16}\b(?:not|isn'?t|aren'?t|stopped)\b|\bnot any ?more\b|\bno longer\b/i

function impliedByAnswer(lastSaid: string | undefined, text: string, playbook: Playbook, triage: Triage, callerAlone = false): Hazard | undefined {
  const ask = lastSaid === undefined ? undefined : playbook.askEnding(lastSaid)
  if (ask === undefined) return undefined
  // "No, I'm on my own" from a hurt caller, to a question about "them" asked before we knew.
  if (callerAlone && ABOUT_THE_CALLER_TALKING.includes(ask.no as Hazard)) return undefined
  // "It won't stop" tells of the first aid, not "no" to "Are they awake and talking?".
  if (saysNotWorking(text) && !NO_LONGER.test(text)) return undefined
  // "He's breathing but not talking" says yes to "Are they breathing?", whatever its "not".
  // Not sure whether someone unresponsive is breathing: treat it as not breathing (ERC 2021).
  const answers = playbook.answersIn(text)
  // "Yeah, he's talking" to "Are they bleeding?" answers another question, not this one.
  if (!answers.has(ask.text) && answers.size > 0) return undefined
  const answer = answers.has(ask.text) ? 'yes' : NO_LONGER.test(text) ? 'no' : readYesNo(text) ?? (ask.no === 'not_breathing' && isUnsure(text) ? 'no' : undefined)
  if (answer === undefined) return undefined
  const implied = ask[answer]
  // "Is anyone hurt or missing?" "Yeah, everyone's fine": the yes agrees, it does not report someone hurt.
  if (implied !== undefined && HAZARD_INFO[implied].person && triage.casualties === false) return undefined
  return implied
}

/**
 * This turn's hazards, after any earlier one still going on that is graver than all of them (a
 * lesser alarm in the middle of CPR must not push CPR out of the reply), and before the ongoing
 * ones as grave ("there's a fire in the next room" during CPR gives both).
 */
function graverOngoingFirst(hazards: readonly Hazard[], urgency: KnownUrgency, ongoing: readonly Hazard[], ruledOut: readonly Hazard[], playbook: Playbook): Hazard[] {
  if (hazards.length === 0) return []
  // A lesser hazard stays when a combo was written for it with this turn's ("he's not moving" after
  // a fall: the fall's neck care and the breathing check together, not the recovery position).
  const partner = (h: Hazard): boolean => playbook.combos.some((c) => c.firstTwo !== true && c.hazards.includes(h) && c.hazards.some((o) => o !== h && hazards.includes(o)))
  const carried = ongoing.filter((h) =>
    !hazards.includes(h) && !ruledOut.includes(h) && (urgencyRank(HAZARD_INFO[h].urgency) >= urgencyRank(urgency) || partner(h)) &&
    !isSubsumed(h, hazards))
  // One graver hazard leads, no more: the turn's own news stays in the top two.
  const graver = byGravity(carried.filter((h) => urgencyRank(HAZARD_INFO[h].urgency) > urgencyRank(urgency))).slice(0, 1)
  return [...graver, ...hazards, ...carried.filter((h) => !graver.includes(h))]
}

/** Most urgent first; among equals, the order given (most recent first). */
function byGravity(hazards: readonly Hazard[]): Hazard[] {
  return [...hazards].sort((a, b) => urgencyRank(HAZARD_INFO[b].urgency) - urgencyRank(HAZARD_INFO[a].urgency))
}

/** At most two hazards' entries, or one combo entry written for the top two together. */
function chooseEntries(given: readonly Hazard[], playbook: Playbook): PlaybookEntry[] {
  // Someone out of reach in a confined space: only dangers to the place join its instructions.
  // CPR covers someone unresponsive who is not breathing: no recovery position beside it.
  const hazards = given.includes('not_breathing') ? given.filter((h) => !GIVE_WAY_TO_CPR.includes(h)) : given
  const handsOff = hazards.filter((h) => playbook.forHazard(h).handsOff === true)
  // "He's not breathing" about someone in the tank: CPR for when they are out, never "go in".
  // The same words said of someone outside it get CPR from the same entry.
  const reaching = playbook.combos.find((c) => c.hazards.every((h) => hazards.includes(h)) && c.hazards.some((h) => handsOff.includes(h)))
  if (reaching !== undefined) return [reaching]
  const candidates = handsOff.length > 0 ? hazards.filter((h) => handsOff.includes(h) || !HAZARD_INFO[h].person) : hazards
  const top = candidates.slice(0, 2)
  // Written for the top two; else for the top one with the third ("I'm trapped, I can't breathe,
  // there's smoke": the shelter, not fresh air for "them").
  const combo =
    playbook.combos.find((c) => c.hazards.length === top.length && c.hazards.every((h) => top.includes(h))) ??
    playbook.combos.find((c) => c.firstTwo !== true && c.hazards.length === 2 && c.hazards.includes(candidates[0] as Hazard) && c.hazards.every((h) => candidates.slice(0, 3).includes(h)))
  if (combo !== undefined) return [combo]
  const entries: PlaybookEntry[] = []
  for (const h of top) {
    const e = playbook.forHazard(h)
    if (!entries.includes(e)) entries.push(e)
  }
  return entries
}

interface TurnAsks {
  /** The caller says the first aid is not working ("still pouring"). */
  readonly worse: boolean
  readonly lastSaid: string | undefined
  /** "What do I do?": the step they are on again, not the next one. */
  readonly again: boolean
  /** The caller said more than "okay" (news, a question): never no instruction. */
  readonly reported: boolean
  /** What we said before, lower case: "No, nothing to eat or drink" said the entry's "Nothing to eat or drink". */
  readonly saidBefore: readonly string[]
}

function pickInstruction(entry: PlaybookEntry, context: CallContext, where: Where, holding: boolean, skipped: ReadonlySet<number>, turn: TurnAsks, combos: readonly PlaybookEntry[]): string {
  const lines = context.callerAlone && entry.self !== undefined ? entry.self : entry
  if (holding && lines.hold !== undefined) return renderTemplate(lines.hold, where)
  const rendered = lines.say.map((t) => renderTemplate(t, where))
  // Sentence by sentence: a reply may have said one of the line's sentences, which the line then left out.
  const said = (r: string): boolean => r.split(SENTENCE_BREAK).every((sentence) => turn.saidBefore.some((s) => s.includes(sentence.toLowerCase())))
  // Only once the first aid was given: "blood spurting" in the first words needs the pressure first.
  // A combo written with this hazard gave it too ("knocked out by a blow", then "her headache's worse").
  // Looked for only when the caller says it is getting worse: this runs for every entry on every turn.
  const givenByCombo = (): boolean => entry.combo !== true &&
    combos.some((c) => c.hazards.some((h) => entry.hazards.includes(h)) && c.say.some((t) => said(renderTemplate(t, where))))
  if (turn.worse && !holding && lines.worse !== undefined && (rendered.some(said) || givenByCombo())) return renderTemplate(lines.worse, where)
  if (turn.again) {
    const current = rendered.findLast((r, i) => !skipped.has(i) && turn.lastSaid?.includes(r) === true)
    if (current !== undefined) return current
  }
  // A line said before for another place was said: a new place is no new step.
  const saidElsewhere = (i: number): boolean => {
    const template = lines.say[i] ?? ''
    return template.includes('{') && anyPlaceSentences(template).every((re) => turn.saidBefore.some((s) => re.test(s)))
  }
  const fresh = holding ? undefined : rendered.find((r, i) => !skipped.has(i) && !said(r) && !saidElsewhere(i))
  if (fresh !== undefined) return fresh
  // All given already: an entry's instructions run from the first action to the state to hold
  // until help arrives, so the last one stands. Going round again told a caller already at the
  // muster point to "get everyone out now". Said every other turn: word for word on every turn,
  // it drowned out what the caller had just said (a review found 55% of late turns repeating).
  const standing = rendered[rendered.length - 1] ?? ''
  if (turn.again || turn.reported || turn.lastSaid?.includes(standing) !== true) return standing
  return lines.keep === undefined ? '' : renderTemplate(lines.keep, where)
}

// What a companion entry (missing, guide-in) stands in for: a reply that would only puzzle, close
// or stand down while someone is still missing or the responders are lost.
const COMPANION_REPLACES: ReadonlyArray<Situation | 'stand-down' | 'answer'> = ['distress', 'clarify', 'unclear', 'question', 'doubt', 'closing', 'stand-down']

// What CPR replaces once someone is not breathing: the recovery position, back blows, fresh air.
const GIVE_WAY_TO_CPR: readonly Hazard[] = ['unconscious', 'choking', 'breathing_difficulty', 'swallowed_chemical', 'fall', 'cardiac', 'seizure', 'heat_illness', 'medical', 'injury']
// The caller cannot do CPR, as opposed to nobody having started it.
const TEACHES_CPR = /\b(know|knows|trained|how|can ?not do|can't do)\b/i
// What a caller talking to us about their own injury plainly is not.
const ABOUT_THE_CALLER_TALKING: readonly Hazard[] = ['unconscious', 'not_breathing']
// "They've got him out now, he's breathing but he won't wake up": the "but" is how he is, not an
// exception to the answer before it (reviews 68 and 72). Only a "but" followed by the casualty's
// own state; "everyone's out but Dave" stays qualified.
const CHEMICAL: readonly Hazard[] = ['chemical_spill', 'chemical_exposure', 'leak']
// "We are outside now but my mother is not waking": the one the question was about (review 90).
// "The generator's off now, he's breathing but not waking up": their state too (review 95).
const BUT_THEIR_STATE = /^(.*?)\bbut\s+(?:(?:he|she|they)(?:'s|'re| is| are)?|really|very|so|quite|not (?:really |properly )?(?:waking|responding|moving|answering|talking|awake|conscious|making sense|with it)|(?:my|his|her|our|your)\s+(?:mother|mum|mam|father|dad|son|daughter|wife|husband|brother|sister|friend|mate|nan|gran|grandad|boss|colleague))\b/i
function answeredBeforeTheirState(text: string, playbook: Playbook): ReadonlySet<string> {
  const head = BUT_THEIR_STATE.exec(text)?.[1]
  return head === undefined || QUALIFIED.test(head) ? new Set<string>() : playbook.answersIn(head)
}
// "He's not trapped" says nothing of whether anyone else is under the racking.
const ABOUT_ANYONE = /\b(anyone|anybody|someone|somebody|everyone)\b/i
// "Yeah, except Dave", "no one's hurt but Dave is missing": an answer with a catch closes nothing.
const QUALIFIED = /\b(but|except|apart|besides|other than|only|missing|unaccounted|well not)\b/i

/** The caller says, in any words tokenize() leaves, that the first aid is not working. */
function saysNotWorking(text: string): boolean {
  return NOT_WORKING_NOW.test(tokenize(text).join(' '))
}

/** "He's breathing again" answers "Are they breathing?" yes: what its "no" would have meant is over. */
function ruledOutByYes(playbook: Playbook, text: string): Hazard[] {
  const answered = playbook.answersIn(text)
  if (answered.size === 0) return []
  return playbook.asks.filter((a) => a.no !== undefined && answered.has(a.text)).map((a) => a.no as Hazard)
}

// "What now?", "what next?", "what else?": the caller wants the next step.
const WHAT_NEXT = /\bwhat (?:now|next|else|then)\b/i
// Words enough to be telling us something, not a sound or a "hello".
const SAYS_SOMETHING = 3
// "Should we lift her?", "can I give him...", "is it OK to...": the caller is about to act.
// A casualty getting worse whatever the first aid: "he's going really white and sleepy".
const GOING_DOWNHILL = String.raw`going (?:really |very )?(?:white|pale|grey|gray|sleepy|drowsy|floppy)`
// The caller says, unasked, that what they are doing is not working: a bare "no" only counts as
// an answer to the entry's own question (NOT_WORKING, in saidItWorked).
const NOT_WORKING_NOW = new RegExp(String.raw`\b(soak\w*|(?<!(?:stopped|not|longer|less) )(?:pouring|gushing|spurting)|still bleeding|(?:not|never) stop(?:ped|ping)?|keeps? (?:bleeding|coming)|not working|nothing is working|(?:is|are|has|have) not worked|getting worse|still stuck|not helping|no better|not (?:any |much )?better|still (?:a bit |really |very )?(?:out of it|confused|shaky|drowsy|the same|leaking|oozing|dripping)|not doing (?:anything|owt|nothing|much)|wringing|not fighting|blue tinge|pressing (?:on|against)|only get (?:one or two )?words? out|one or two words|(?:two )?words at a time|sucking in|(?:gone|going|getting) (?:really |very |awful |awfully |so |all |that )?(?:quiet|sleepy|drowsy|dozy)|(?:two or three|a few) words|a word or two|(?:it is|it has) (?:come|coming) back|(?:gone|going|getting) (?:funny|tight|tighter|worse|bad|blue|swollen) again|(?:shaky|shaking|trembly|trembling|wobbly|sweaty|dizzy) again|jumbled|nothing is (?:shifted|shifting|budged|moved|come out)|(?:will|does|did) not (?:shift|budge|come out|come up)|(?:not|never) (?:shifted|budged)|can not finish (?:a|his|her|my|their) sentence|(?:going|turning|gone) (?:a |all )?(?:blue\w*|bluish|grey|gray|purple)|knackered|exhausted|worn out|too tired|that tired|so tired|floaty|going to (?:go|pass out|faint|black out|keel over)|swimmy|(?:not|isn't|is not) saying (?:much|anything)|(?:trying|wants|wanting) to (?:get|stand) up|(?:my |his |her )?legs (?:are |is )?(?:going|gone|giving way|buckling)|${GOING_DOWNHILL})\b`, 'i')
// "What do I do?", "what should we do now?": the caller has not got the step they are on.
const WHAT_TO_DO = /\bwhat (?:do|should|shall|can|must) (?:i|we|he|she) do\b(?! with| about)|\bhow do (?:i|we|you) do (?:it|that|cpr|compressions)\b|\bhow do (?:i|we) (?:do|give) cpr\b|\bwhat do i do\b/i
// The whole turn asks for the last reply again.
const REPEAT_REQUEST = /^(?:(?:sorry|what|pardon|uh|um|er|hello)\W+)*(?:what|sorry|pardon|huh|eh|come again|what did you say|say (?:that|it) again|(?:can you |could you |please )?repeat(?: that| it)?(?: please)?|i did(?:n't| not) (?:hear|catch|get) (?:that|you|it))\W*$/i

// "It's soaking through again", "it hasn't stopped", "it's getting worse": what worked no longer does.
// Not "he's soaked and frozen" of someone pulled from the water: the person wet, not a dressing (review 120).
const NOT_WORKING = new RegExp(String.raw`\b(${GOING_DOWNHILL}|(?<!breathing )again|still stuck|not working|nothing is working|(?:is|are|has|have) not worked|worse|soak\w*(?! (?:with|in) (?:the |a )?(?:solvent|solvents|water|rain|diesel|petrol|chemical|chemicals|xylene|thinners|oil|sweat|acid|slurry))(?!(?<=\b(?:he|she|they|i|we)(?:'s|'re|'m| is| are| am| was| were)(?: \w+)? soak\w*)(?! (?:with|in|through with) (?:the )?blood))|pouring|gushing|spurting|heavily|still (going|coming|flowing)|(not|n't|never) stopped|no|not really)\b`, 'i')

/**
 * The caller said a holdOnYes question's yes ("the bleeding has stopped"), and has not since
 * reported the entry's hazard again ("it's bleeding again") or said it no longer works. A bare
 * "yes" gives way to the hazard said with it ("yes, it's still bleeding").
 */
function saidItWorked(ask: PlaybookAsk, entry: PlaybookEntry, context: CallContext, playbook: Playbook, classifyTurn: (text: string) => Triage): boolean {
  for (let i = context.replies.length - 1; i >= 0; i--) {
    const { said, reply } = context.replies[i] as CallContext['replies'][number]
    const undone = NOT_WORKING.test(reply)
    // "Is the bleeding slowing down? No, not really": the caller repeating the question answers nothing.
    // "It's flown out, but his stomach's sore": what comes before the catch still says it worked.
    const beforeCatch = QUALIFIED.test(reply) ? reply.slice(0, reply.search(QUALIFIED)) : reply
    if (!undone && !reply.includes('?') && playbook.answersIn(beforeCatch).has(ask.text)) return true
    if (undone || classifyTurn(reply).hazards.some((h) => entry.hazards.includes(h))) return false
    if (!QUALIFIED.test(reply) && endsWithAsk(said, ask) && readYesNo(reply) === 'yes') return true
  }
  return false
}

/** answeredBy phrases answer yes: they close a question only if a yes (or any answer) does. */
function settlesOnYes(ask: PlaybookAsk): boolean {
  return ask.settledBy?.some((r) => r === 'yes' || r === 'any') === true
}

// A name is a few words; "sulphuric acid, the drum split and it's spreading" reports a spill too.
const MAX_DESCRIBING_TOKENS = 6

/** Hazards the caller's reply to `said` only names (PlaybookAsk.describes), e.g. "it's sulphuric acid". */
function describedBy(playbook: Playbook, said: string, reply: string): readonly Hazard[] {
  if (reply.split(/\s+/).length > MAX_DESCRIBING_TOKENS) return []
  return playbook.askEnding(said)?.describes ?? []
}

/** The caller already answered this question in a way that closes it (PlaybookAsk.settledBy). */
function isSettled(ask: PlaybookAsk, context: CallContext, classifyTurn: (text: string) => Triage): boolean {
  const settledBy = ask.settledBy
  if (settledBy === undefined) return false
  return context.replies.some(({ said, reply }) => {
    if (!endsWithAsk(said, ask)) return false
    if (settledBy.includes('any')) return true
    if (QUALIFIED.test(reply)) return false
    // "Yeah, it smells of gas" to "Are they out of there with you?" says yes to something else.
    if (classifyTurn(reply).hazards.some((h) => h !== ask.yes && h !== ask.no && !STAND_DOWN.includes(h))) return false
    const yesNo = readYesNo(reply)
    if (yesNo !== undefined && settledBy.includes(yesNo)) return true
    return settledBy.includes('all-well') && classifyTurn(reply).casualties === false
  })
}

function questionsFor(
  entries: readonly PlaybookEntry[], hazards: readonly Hazard[], casualties: boolean | undefined, playbook: Playbook,
  where: Where, askWhereFirst: boolean, lastSaid: string | undefined, settled: (ask: PlaybookAsk) => boolean, callerAlone: boolean,
  addressGiven = false,
  atHome = false,
): string[] {
  const asks: PlaybookAsk[] = entries.flatMap((e) => e.ask)
  // Don't ask what we already know: "Are they breathing?" once we know they are not, "Is
  // everyone out?" once the caller said yes.
  const useful = asks.filter((a) =>
    !(a.yes !== undefined && hazards.includes(a.yes)) && !(a.no !== undefined && hazards.includes(a.no)) &&
    !(a.yes === 'injury' && casualties !== undefined) && !settled(a) &&
    // "Are you awake and making sense?" to the casualty on the phone answers itself.
    !(callerAlone && a.callerText !== undefined && answeredByTalking(a.text)) &&
    // "Is someone bringing the defibrillator?" to a caller alone with chest pain (review 94).
    !(callerAlone && /\bsomeone\b/.test(a.text)) &&
    // "Can you see or hear them?" to a caller trapped alone has no "them".
    !(callerAlone && a.callerText === undefined && /\byou\b/.test(a.text) && /\b(?:they|them)\b/.test(a.text)))
  // Last, so that it is asked when the others were just asked: one open question asked every
  // turn ("Are they awake and talking?") nags.
  const texts = [...useful.map((a) => (callerAlone ? a.callerText ?? a.text : a.text)), playbook.phrases.askChange]
  const askWhere = playbook.phrases.askWhere
  // Where they are matters most for the people on their way, but asking twice running nags.
  // A caller alone with only a machine named ("the ladder") still needs finding (review 55).
  // Alone, "the gate" or "the yard" finds no one: a crew needs a street, a number or a site name
  // (review 87), unless the entry asks where in its own words ("Which floor and room are you in?").
  // A street said on any turn finds them, though "the plant room" is what the read-back names (review 89).
  // "The kitchen" in someone's home is as vague, whoever is calling (review 93's re-grade).
  const vague = !addressGiven && where.place !== undefined && (callerAlone || (atHome && isHomeRoom(where.place))) && !/[A-Z0-9]/.test(where.place) && !texts.some((t) => /^(?:Which|Where)\b/.test(t))
  // "22 Anfield Road" is found without a room (review 93's re-grade).
  const placeKnown = (where.place !== undefined && !(callerAlone && where.onlyMachine === true) && !vague) || (addressGiven && where.alertPlace !== undefined) || where.address === true
  if (askWhereFirst && !placeKnown && where.callerAt === undefined && lastSaid?.includes(askWhere) !== true) return [askWhere, ...texts]
  return texts
}

/** Questions not asked in the last two replies first, so follow-up turns vary. */
function rankQuestions(questions: readonly string[], said: readonly string[]): string[] {
  const recent = said.slice(-2)
  const fresh = questions.filter((q) => !recent.some((s) => s.includes(q)))
  const asked = said.filter((s) => questions.some((q) => s.includes(q))).length
  const rotated = questions.length === 0 ? [] : [...questions.slice(asked % questions.length), ...questions.slice(0, asked % questions.length)]
  return [...new Set([...fresh, ...rotated])]
}

// What a bystander asks to do that can hurt the casualty or themselves when it is not what the
// entry says: moving or lifting the hurt, pulling or picking at a wound, medicines or drink the
// responders did not ask for, going back in, carrying on. Not "can I give him water?" in the heat.
const RISKY_ACTION = /\b(?:gets?|getting) (?:(?:him|her|them|me) )?up\b|\bmove(?! (?:my|me|his|her|their|your) (?:toes|fingers|feet|legs|arms|hands|leg|arm|hand|foot|head|neck|eyes))\b|\b(?:stand|walk|drive|lift|shift|carry(?! on)|drag|pull|yank|tug|straighten|pin|climb|finish|crack on|pick|peel|burst|pop|sew|stitch|glue|rub|squeeze|aspirin|paracetamol|ibuprofen|tablets?|painkillers?|brandy|whisky|vodka|alcohol)\b|\b(?:go|run|nip|climb) (?:back )?(?:in|down|up|inside|over)\b|\blight (?:the|a|it|up|his|her|my)\b|\bchuck (?:him|her|them)\b|\btake (?:him|her|them|me) (?:home|to)\b|\b(?:prop|sit) (?:him|her|them) (?:up|sat)\b|\bpush (?:it|them|the)\b|\bhold (?:him|her|them) down\b|\bpress (?:it )?(?:down|in)\b|\bmake (?:him|her|them|me) (?:sick|throw up|vomit)\b|\bfingers? down\b|\bin (?:his|her|their|my|me) mouth\b/i

// Someone about to act, in the words tokenize() leaves ("I'll" is "i will"): "we're going to carry
// him", "he wants to drive home", "the lads reckon they can lift it".
const STATED_PLAN = /\b(?:i|we|he|she|they|you) (?:will(?! not)|are going to|am going to|is going to|are gonna|am gonna|is gonna)\b|\b(?:gonna|going to|wants to|want to|wanting to|about to|planning to|thinking of|keen to|insists on|insisting on|reckons? (?:he|she|we|they|i) (?:can|could|will|should)|says? (?:he|she|they|i) (?:can|could|will|is going to)|(?<!not think )(?:i|we) can (?!not))\b/

/** An instruction already does what the caller means to do: the action's verb is in it ("move", "lift"). */
function instructionsDo(action: string, instructions: readonly string[]): boolean {
  const verb = tokenize(action).find((t) => t !== BOUNDARY)?.slice(0, 4)
  return verb !== undefined && tokenize(instructions.join(' ')).some((t) => t.slice(0, 4) === verb)
}

const NON_OPIOID = /\b(?:paracetamol|panadol|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|antidepressants?|ibuprofen|aspirin|iron tablets|sleeping (?:pills|tablets)|diazepam|zopiclone|sedative|medetomidine|domitor|dexdomitor|xylazine|acepromazine|ketamine)\b/i
const OPIOID_SAID = /\b(?:heroin|fentanyl|methadone|morphine|oxycodone|codeine|co-?codamol|tramadol|opioids?|opiates?|needles?|syringes?|injected|injecting|naloxone|narcan|gear|smack)\b/i
// Our own words stopping a burn's cooling, and those that would start it again.
const COOLING_STOPPED = /\b(?:enough cooling|no more cooling|stop cooling|(?:twenty|20) minutes is enough: stop)\b/i
// The caller says the twenty minutes are done: "we've cooled it twenty minutes", "it's been under half an hour".
const COOLED_FULL = /\b(?:been|had it|done|cooled)\b[^.?!]{0,30}\b(?:twenty|20|twenty five|25|thirty|30|forty|40) ?(?:minutes|mins)\b|\b(?:been|had it|done|cooled)\b[^.?!]{0,30}\bhalf an hour\b/i
const NOT_YET = /\b(?:not|nearly|almost|yet|going on|about to|under|less than)\b[^.?!]{0,12}\b(?:twenty|20|half)\b|\bhow long\b|\bshould (?:i|we)\b/i
const KEEP_COOLING = /\bkeep (?:on )?cooling\b|\bkeep it under (?:the )?(?:cool|cold)\b/i
// The naloxone lines and what follows from them: a second dose, needles to mind.
const NALOXONE = /\bnaloxone\b|\banother dose\b|\bany needles\b/i

/** Each sentence that says `unwanted` said as `instead`: a step the call has moved past gives way to the state to hold. */
function withSentencesAs(lines: readonly string[], unwanted: RegExp, instead: string): string[] {
  return lines.map((line) => line.split(SENTENCE_BREAK).map((sentence) => (unwanted.test(sentence) ? instead : sentence)).join(' '))
}

function withoutSentences(lines: readonly string[], unwanted: RegExp): string[] {
  return lines.map((line) => line.split(SENTENCE_BREAK).filter((sentence) => !unwanted.test(sentence)).join(' ')).filter((line) => line.length > 0)
}

/** A reply and an entry, or two entries, can share a sentence ("Don't go back in."): it is said once. */
function withoutRepeatedSentences(lines: readonly string[]): string[] {
  const said = new Set<string>()
  const kept: string[] = []
  for (const line of lines) {
    const fresh = line.split(SENTENCE_BREAK).filter((sentence) => {
      // "No, nothing to eat or drink..." answering a question already says the entry's "Nothing to eat or drink...".
      const key = sentence.replace(ANSWER_OPENING, '').toLowerCase()
      if (said.has(key)) return false
      said.add(key)
      return true
    })
    if (fresh.length > 0) kept.push(fresh.join(' '))
  }
  return kept
}
const ANSWER_OPENING = /^(?:no|yes)[,:]\s*/i

function assemble(instructions: readonly string[], notices: ReadonlyArray<string | undefined>, question: string, keepNotice: boolean): string {
  const notice = notices[0]
  const join = (parts: ReadonlyArray<string | undefined>): string => parts.filter((p): p is string => p !== undefined && p !== '').join(' ')
  // Too long: the alert notice goes before an instruction does ("help is being alerted" was said
  // on an earlier turn, or will be on the next), then the last instructions, down to the first one.
  for (let kept = Math.max(1, instructions.length); kept >= 1; kept--) {
    // The shorter notice ("the yard", not "the yard at 14 Mill Lane") before an instruction goes.
    for (const withNotice of keepNotice ? notices : [...notices, undefined]) {
      const text = join([...instructions.slice(0, kept), withNotice, question])
      if (text.length <= MAX_SPOKEN_CHARS) return text
    }
  }
  const first = instructions[0] ?? ''
  return cutAtSentence(join([first, notice, question])) ?? cutAtSentence(`${first} ${question}`) ?? question
}

const REVIVED = /\bsigns of life\b/
const PUSHING = /\b(?:keep pushing|start cpr now|don't stop cpr|push hard)\b/
/** Our last word on CPR was the signs-of-life line, not a push since: CPR is over unless they say otherwise. */
function revivedSinceCpr(saidBefore: readonly string[]): boolean {
  for (let i = saidBefore.length - 1; i >= 0; i--) {
    const said = saidBefore[i] ?? ''
    if (REVIVED.test(said)) return true
    if (PUSHING.test(said)) return false
  }
  return false
}
