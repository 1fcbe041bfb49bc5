import { readFile } from 'node:fs/promises'
import type { PlayedTurn } from './review-calls.js'

// Review 118 asked of the corpus: when a caller asks something outright ("can we stop now?",
// "should I put it on ice?"), is the question answered? A turn is listed when it asks and the
// reply says none of the playbook's replies (its answers to questions) nor its fallback for a plan
// in doubt. Those turns are not all unanswered: an entry's own line often settles the question
// ("No ice" in the weever-fish line), so a reviewer still judges each one; the count measures
// how many turns are left to the entries' lines alone.

// Asks something of the line: "should I...", "can we...", "is it okay to...", "...yeah?".
const ASKS = /\b(?:should|can|could|shall|must|will|do|does|dont|don't) (?:i|we|he|she|they|you)\b|\bis it (?:ok|okay|alright|safe|fine)\b|\bam i (?:allowed|ok)\b|\bdo (?:i|we|they|he|she) (?:need|have) to\b|\byeah\?|\bright\?|\bis (?:that|this) (?:ok|okay|alright|right|a)\b|\bor (?:can|should|do)\b/i

export function asksOutright(said: string): boolean {
  return ASKS.test(said)
}

interface PlaybookAnswers {
  readonly replies: ReadonlyArray<{ readonly say: string; readonly self?: string }>
  readonly phrases: { readonly unsureDont: string; readonly cprCoach: string }
}

/** Every text the playbook answers a question with: its replies (and their lone-caller forms) and two fallbacks. */
export async function loadAnswerTexts(file = new URL('../../src/triage/playbook.json', import.meta.url)): Promise<readonly string[]> {
  const playbook = JSON.parse(await readFile(file, 'utf8')) as PlaybookAnswers
  return [
    ...playbook.replies.flatMap((r) => (r.self === undefined ? [r.say] : [r.say, r.self])),
    playbook.phrases.unsureDont,
    playbook.phrases.cprCoach,
  ]
}

/** The turns (by index) that ask outright and hear none of the answer texts. */
export function unansweredTurns(played: readonly PlayedTurn[], answers: readonly string[]): number[] {
  const found: number[] = []
  played.forEach(({ said, reply }, i) => {
    if (asksOutright(said) && !answers.some((a) => reply.text.includes(a))) found.push(i)
  })
  return found
}
