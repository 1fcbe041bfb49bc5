import { MACROS } from './hazard-vocabulary.js'
import { tokenize } from './normalize-speech.js'
import { compilePhrases } from './phrase-matcher.js'

// Callers often tell us an answer before we ask ("the power's off, he's breathing"), or answer
// in a sentence a bare yes/no reading gets wrong ("he's breathing but not talking" is not a no).
// Each playbook question can list phrases that answer it yes (PlaybookAsk.answeredBy), in the
// pattern language of phrase-matcher.ts.

/** Texts recently read; a long call re-reads its earlier turns every turn. */
const MEMO_SIZE = 4096

/** Compiles every question's answeredBy; throws AURORA_ERR_TRIAGE_VOCABULARY_INVALID naming a bad phrase. */
export function compileSpokenAnswers(asks: Iterable<{ text: string; answeredBy?: readonly string[] }>): (text: string) => ReadonlySet<string> {
  const entries: Array<{ phrase: string; payload: string }> = []
  for (const ask of asks) for (const phrase of ask.answeredBy ?? []) entries.push({ phrase, payload: ask.text })
  const matcher = compilePhrases(entries, MACROS)
  const memo = new Map<string, ReadonlySet<string>>()
  return (text) => {
    const known = memo.get(text)
    if (known !== undefined) return known
    const answered: ReadonlySet<string> = new Set(matcher.match(tokenize(text)).map((m) => m.payload))
    memo.set(text, answered)
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string)
    return answered
  }
}
