import { readCallContext, readYesNo, type CallContext } from './call-context.js'
import { classify, type Triage } from './classify.js'
import { HAZARD_INFO, STAND_DOWN, type Hazard } from './hazards.js'
import { loadDefaultPlaybook, renderTemplate, type Playbook, type PlaybookAsk, type PlaybookEntry, type Situation } from './playbook.js'
import type { Responder, ResponderInput, ResponderReply } from './responder-types.js'
import { createTriageMemo } from './triage-memo.js'
import { MAX_SPOKEN_CHARS, cutAtSentence } from './spoken-text.js'
import { raiseKnownUrgency, urgencyRank } from './urgency.js'

interface Where { place?: string; equipment?: string }

// Caller turns remembered across all calls: a few hundred live calls of a dozen turns each.
export const TRIAGE_MEMO_SIZE = 4096

/** The offline responder: deterministic, no I/O, well under a millisecond. */
export function createPlaybookResponder(playbook: Playbook = loadDefaultPlaybook()): Responder {
  const classifyTurn = createTriageMemo(TRIAGE_MEMO_SIZE)
  return {
    name: 'playbook',
    async respond(input) {
      return composePlaybookReply(input, playbook, classifyTurn)
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
  const context = readCallContext(input, classifyTurn)
  const where = describeWhere(triage.location ?? context.location, triage.equipment ?? context.equipment)
  const lastSaid = context.said[context.said.length - 1]
  let urgency = raiseKnownUrgency(triage.urgency, input.callUrgency)

  let hazards: Hazard[] = triage.hazards.filter((h) => !STAND_DOWN.includes(h))
  let situation: Situation | 'stand-down' | undefined
  if (hazards.length === 0) {
    const implied = triage.falseAlarm === true ? undefined : impliedByAnswer(lastSaid, input.text, playbook)
    const ruledOut = triage.ruledOut ?? []
    const ongoing = context.hazards.filter((h) => !ruledOut.includes(h) && h !== implied)
    // "Fire's out" while someone is still hurt: keep helping them rather than stand down.
    const stillHurt = ongoing.filter((h) => HAZARD_INFO[h].person)
    if (triage.falseAlarm === true) {
      if (stillHurt.length > 0) hazards = stillHurt
      else situation = 'stand-down'
    } else if (implied !== undefined) {
      hazards = [implied, ...ongoing]
      urgency = raiseKnownUrgency(urgency, playbook.forHazard(implied).urgency)
    } else if (triage.urgency === 'HIGH') situation = 'distress'
    else if (ongoing.length > 0) hazards = ongoing // "okay", "Zone A", "what now?": carry on with the emergency
    else situation = triage.question === true ? 'question' : 'clarify'
  }

  const entries = situation === 'stand-down'
    ? [playbook.forHazard('false_alarm')]
    : situation !== undefined ? [playbook.forSituation(situation)] : chooseEntries(hazards, playbook)
  const instructions = entries.map((e) => pickInstruction(e, context, where))
  const alerting = urgencyRank(urgency) >= urgencyRank('HIGH') && situation !== 'stand-down'
  const notice = alerting
    ? where.place !== undefined ? playbook.phrases.alertAt.replace('{place}', where.place) : playbook.phrases.alert
    : where.place !== undefined && !instructions.some((i) => i.includes(where.place ?? ''))
      ? playbook.phrases.noted.replace('{place}', where.place)
      : undefined

  const questions = questionsFor(entries, hazards, triage.casualties, playbook, where, alerting && situation === undefined, lastSaid)
  let text = assemble(instructions, notice, questions[0] ?? '')
  for (const question of rankQuestions(questions, context.said)) {
    text = assemble(instructions, notice, question)
    if (text !== lastSaid) break
  }
  return { text, urgency, sources: entries.map((e) => e.id), responder: 'playbook' }
}

function describeWhere(location: string | undefined, equipment: string | undefined): Where {
  const where: Where = {}
  const eq = equipment === undefined ? undefined : spokenName(equipment)
  if (eq !== undefined) where.equipment = eq
  if (location !== undefined) where.place = spokenName(location)
  else if (eq !== undefined) where.place = `the area around ${eq}`
  return where
}

// "Zone A" and "Pump 7" are names; "loading dock" needs its article.
function spokenName(name: string): string {
  return /^[A-Z0-9]/.test(name) ? name : `the ${name}`
}

function impliedByAnswer(lastSaid: string | undefined, text: string, playbook: Playbook): Hazard | undefined {
  if (lastSaid === undefined) return undefined
  const answer = readYesNo(text)
  if (answer === undefined) return undefined
  const said = lastSaid.trimEnd()
  for (const entry of playbook.entries) {
    for (const ask of entry.ask) if (said.endsWith(ask.text)) return ask[answer]
  }
  return undefined
}

/** At most two hazards' entries, or one combo entry written for the top two together. */
function chooseEntries(hazards: readonly Hazard[], playbook: Playbook): PlaybookEntry[] {
  const top = hazards.slice(0, 2)
  const combo = playbook.combos.find((c) => c.hazards.length === top.length && c.hazards.every((h) => top.includes(h)))
  if (combo !== undefined) return [combo]
  const entries: PlaybookEntry[] = []
  for (const h of top) {
    const e = playbook.forHazard(h)
    if (!entries.includes(e)) entries.push(e)
  }
  return entries
}

function pickInstruction(entry: PlaybookEntry, context: CallContext, where: Where): string {
  const rendered = entry.say.map((t) => renderTemplate(t, where))
  const fresh = rendered.find((r) => !context.said.some((s) => s.includes(r)))
  if (fresh !== undefined) return fresh
  // All given already: go round them again rather than repeat the first one forever.
  const uses = context.said.filter((s) => rendered.some((r) => s.includes(r))).length
  return rendered[uses % rendered.length] ?? rendered[0] ?? ''
}

function questionsFor(
  entries: readonly PlaybookEntry[], hazards: readonly Hazard[], casualties: boolean | undefined, playbook: Playbook,
  where: Where, askWhereFirst: boolean, lastSaid: string | undefined,
): string[] {
  const asks: PlaybookAsk[] = entries.flatMap((e) => e.ask)
  // Don't ask what we already know: "Are they breathing?" once we know they are not.
  const useful = asks.filter((a) =>
    !(a.yes !== undefined && hazards.includes(a.yes)) && !(a.no !== undefined && hazards.includes(a.no)) &&
    !(a.yes === 'injury' && casualties !== undefined))
  const texts = (useful.length > 0 ? useful : asks).map((a) => a.text)
  const askWhere = playbook.phrases.askWhere
  // Where they are matters most for the people on their way, but asking twice running nags.
  if (askWhereFirst && where.place === undefined && lastSaid?.includes(askWhere) !== true) return [askWhere, ...texts]
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

function assemble(instructions: readonly string[], notice: string | undefined, question: string): string {
  const [first = '', ...rest] = instructions
  const full = [first, ...rest, notice, question].filter((p): p is string => p !== undefined && p !== '').join(' ')
  if (full.length <= MAX_SPOKEN_CHARS) return full
  const short = [first, notice, question].filter((p): p is string => p !== undefined && p !== '').join(' ')
  return cutAtSentence(short) ?? cutAtSentence(`${first} ${question}`) ?? question
}
