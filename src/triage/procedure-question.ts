import { BOUNDARY } from './normalize-speech.js'

/*
 * "Can I use the extinguisher on an electrical fire?" asks how a hazard is handled; it reports
 * none. Read as a report it would send "get everyone out, use the stairs" to someone who asked a
 * question, so triage answers it instead, at MEDIUM, with "is it happening now?" (see classify).
 *
 * The rule errs towards a real emergency: a turn is only a procedure question when every one of
 * these holds, and anything in doubt leaves it a report.
 *   - It is a question: it ends in "?" or starts with a question word.
 *   - It asks how ("can I use", "what do I do if", "which extinguisher", "is it safe to"), and
 *     every hazard it names comes after that opener in the same clause: "fire in zone a. which
 *     extinguisher do I use?" reports a fire first.
 *   - Every hazard is named in general: "an electrical fire", "fires", "in case of fire", never
 *     "the fire" or "this fire" (the one in front of the caller).
 *   - Nothing says it is happening: no "there's", "I can smell", "now", "still", "it's spreading".
 *   - No call for help, nobody hurt or at risk, and no place named ("...on an electrical fire in
 *     the workshop?"). A question about a person's hazard is about that person: "what do I do if
 *     he's not breathing?", "...if someone gets acid in their eyes?" and "can I go into the tank?"
 *     are answered as the emergency. Their instructions are the answer anyway, with help alerted.
 */

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'my', 'his', 'her', 'their', 'your', 'its'])
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'any', 'some'])
// The article search stops here: "use the extinguisher on fires" says nothing definite about the fires.
const PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'with', 'in', 'of', 'about', 'if', 'against', 'to', 'from', 'during', 'near'])
// Far enough back to see the article of "a small electrical fire".
const ARTICLE_WINDOW = 3

export interface ProcedureQuestionInput {
  readonly tokens: readonly string[]
  readonly isQuestion: boolean
  /** Where the opener phrases ("can I use") start. */
  readonly openers: readonly number[]
  /** Where each emergency hazard phrase starts. */
  readonly hazardStarts: readonly number[]
  /** Anything that makes it real: ongoing, distress, people at risk, a person hurt, a place named. */
  readonly reality: boolean
}

export function isProcedureQuestion(input: ProcedureQuestionInput): boolean {
  const { tokens, openers, hazardStarts } = input
  if (!input.isQuestion || input.reality || openers.length === 0 || hazardStarts.length === 0) return false
  return hazardStarts.every((start) => openers.some((o) => o < start && sameClause(tokens, o, start)) && !definite(tokens, start))
}

function sameClause(tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i] === BOUNDARY) return false
  return true
}

function definite(tokens: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - ARTICLE_WINDOW; i--) {
    const token = tokens[i] ?? BOUNDARY
    if (token === BOUNDARY || INDEFINITE.has(token) || PREPOSITIONS.has(token)) return false
    if (DEFINITE.has(token)) return true
  }
  return false
}
