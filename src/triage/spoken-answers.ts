import { MACROS } from './hazard-vocabulary.js'
import { BOUNDARY, tokenize } from './normalize-speech.js'
import { lruMemo } from './lru-memo.js'
import { compilePhrases } from './phrase-matcher.js'
import { SENTENCE_BREAK } from './spoken-text.js'

// Callers often tell us an answer before we ask ("the power's off, he's breathing"), or answer
// in a sentence a bare yes/no reading gets wrong ("he's breathing but not talking" is not a no).
// Each playbook question can list phrases that answer it yes (PlaybookAsk.answeredBy), in the
// pattern language of phrase-matcher.ts.

/** Texts recently read; a long call re-reads its earlier turns every turn. */
const MEMO_SIZE = 4096
/** Longer than any spoken turn; classify reads no further either. */
const MAX_TEXT_CHARS = 4000
/** Words that turn an answer phrase into its opposite or a doubt: "I can't cut the power", "I don't know if it's off", "keep pressing until it's stopped". */
const DOUBTERS: ReadonlySet<string> = new Set(['not', 'never', 'nobody', 'none', 'if', 'whether', 'unless', 'going', 'trying', 'try', 'should', 'shall', 'need', 'want', 'until', 'till', 'once'])
// A doubt reaches back only within its clause: "not talking but he is breathing" is a yes.
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([BOUNDARY, 'but', 'and', 'so', 'though', 'although'])
const DOUBT_WINDOW = 3
const SMALL: ReadonlySet<string> = new Set(['tiny', 'little', 'wee', 'teeny', 'weeny'])
const HEDGES_AFTER: ReadonlySet<string> = new Set(['kind', 'sort', 'kinda', 'sorta', 'barely', 'sometimes', 'maybe', 'i', 'not'])

/** Compiles every question's answeredBy; throws AURORA_ERR_TRIAGE_VOCABULARY_INVALID naming a bad phrase. */
export function compileSpokenAnswers(asks: Iterable<{ text: string; answeredBy?: readonly string[] }>): (text: string) => ReadonlySet<string> {
  const entries: Array<{ phrase: string; payload: string }> = []
  for (const ask of asks) for (const phrase of ask.answeredBy ?? []) entries.push({ phrase, payload: ask.text })
  const matcher = compilePhrases(entries, MACROS)
  return lruMemo(MEMO_SIZE, (text): ReadonlySet<string> => {
    // "Is the power off?" asks; it answers nothing. Only the question itself: "it's off now,
    // breaker's down. can I touch him now?" still tells us the power is off (review 121).
    const told = statementsOf(text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text)
    if (told === '') return new Set()
    const tokens = tokenize(told)
    return new Set(matcher.match(tokens).filter((m) => !doubted(tokens, m.start, m.end)).map((m) => m.payload))
  })
}

/**
 * Compiles the replies' askedBy: the ids of the questions a turn asks (questions are not doubted),
 * and `!id` for a reply whose notWhen phrases say the words are about something else.
 */
export function compileAskedBy(replies: Iterable<{ id: string; askedBy: readonly string[]; notWhen?: readonly string[]; onlyWith?: readonly string[] }>): (text: string) => ReadonlySet<string> {
  const entries: Array<{ phrase: string; payload: string }> = []
  for (const reply of replies) {
    for (const phrase of reply.askedBy) entries.push({ phrase, payload: reply.id })
    for (const phrase of reply.notWhen ?? []) entries.push({ phrase, payload: `!${reply.id}` })
    for (const phrase of reply.onlyWith ?? []) entries.push({ phrase, payload: `+${reply.id}` })
  }
  // Each reply is asked on its own: one's longer phrase must not hide another's.
  const matcher = compilePhrases(entries, MACROS, { hideAcrossPayloads: false })
  return lruMemo(MEMO_SIZE, (text): ReadonlySet<string> => {
    const tokens = tokenize(text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text)
    return new Set(matcher.match(tokens).map((m) => m.payload))
  })
}

/**
 * A turn that ends in a question, without its closing questions: "it's off now, breaker's down.
 * can I touch him now?" still tells us the power is off. Only questions that start like one are
 * dropped; "the power's off?" or "middle, yeah?" leaves the turn a question, as it always was.
 */
function statementsOf(text: string): string {
  if (!text.trimEnd().endsWith('?')) return text
  const sentences = text.split(SENTENCE_BREAK)
  while (sentences.length > 0 && (sentences[sentences.length - 1] as string).trimEnd().endsWith('?')) {
    if (!QUESTION_LED.test(sentences.pop() as string)) return ''
  }
  return sentences.join(' ')
}
const QUESTION_LED = /^\W*(?:(?:ok|okay|so|and|but|right|now|then)\W+)*(?:can|could|should|shall|do|does|did|is|are|will|would|may|what|how|where|when|who|why|which|have|has)\b/i

function doubted(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (DOUBTERS.has(tokens[i] as string)) return true
  // "She's breathing, kind of": a hedge after the answer takes it back (ERC 2021: unsure is no).
  if (HEDGES_AFTER.has(tokens[end] === BOUNDARY ? tokens[end + 1] ?? '' : tokens[end] ?? '')) return true
  // "His chest is moving a tiny bit": a sign, not breathing normally (review 108's re-grade).
  if (tokens[end] === 'a' && SMALL.has(tokens[end + 1] ?? '') && tokens[end + 2] === 'bit') return true
  for (let i = start - 1; i >= 0 && i >= start - DOUBT_WINDOW; i--) {
    const token = tokens[i] as string
    if (CLAUSE_BREAKS.has(token)) return false
    if (DOUBTERS.has(token)) return true
  }
  return false
}
