import { ERR_TRIAGE_VOCABULARY_INVALID } from '../errors.js'
import { BOUNDARY, tokenize } from './normalize-speech.js'

/*
 * A tiny pattern language over word tokens, so the vocabulary can stay data:
 *   word          that token
 *   a|b|c         any of them
 *   bleed*        a token starting with "bleed"
 *   [the|a]       optional token
 *   ~             a gap of 0 to GAP_MAX tokens ("bleeding really bad")
 *   @person       a macro, expanded to its alternatives
 * Patterns never match across a BOUNDARY token.
 */
const GAP_MAX = 2
// Prefix patterns must be at least this long, and are indexed by their first PREFIX_KEY letters.
const PREFIX_KEY = 3

interface WordElement { readonly kind: 'word'; readonly words: ReadonlySet<string>; readonly prefixes: readonly string[]; readonly optional: boolean }
type Element = WordElement | { readonly kind: 'gap' }

interface Compiled<T> {
  readonly elements: readonly Element[]
  readonly payload: T
  readonly source: string
  /** The words of its most selective required element after the first: one must be in the text. */
  readonly gate: readonly string[] | undefined
  /** Its place among the phrases: matches at one start keep the order the phrases were written in. */
  readonly order: number
  /** The last start it was tried at, so a phrase filed under two gate words is tried once. */
  tried: number
}

/**
 * The phrases that can start with one word (or prefix key). Those with a gate are filed under each
 * gate word, so a token tries only the phrases whose gate word is in the text: a lookup per word
 * of the text instead of a gate check per phrase ("he" starts hundreds of phrases).
 */
interface Bucket<T> {
  readonly open: Compiled<T>[]
  readonly gated: Map<string, Compiled<T>[]>
}

interface Found<T> extends PhraseMatch<T> { readonly rank: number }

export interface PhraseMatch<T> { readonly start: number; readonly end: number; readonly payload: T; readonly source: string }

export interface PhraseMatcher<T> {
  /** Every match, minus those lying wholly inside a longer one ("fire" inside "fire alarm"). */
  match(tokens: readonly string[]): PhraseMatch<T>[]
}

export type Macros = Readonly<Record<string, string>>

export interface CompileOptions {
  /**
   * Hide a match inside a longer one only when both carry the same payload: for tables whose
   * entries are independent questions ("give him some water" asks two replies at once).
   */
  readonly hideAcrossPayloads?: boolean
}

/** Throws AURORA_ERR_TRIAGE_VOCABULARY_INVALID naming the bad pattern. */
export function compilePhrases<T>(entries: Iterable<{ phrase: string; payload: T }>, macros: Macros = {}, options: CompileOptions = {}): PhraseMatcher<T> {
  // Phrases indexed by what their first token can be, so each token only tries the phrases that
  // could start there: by the whole word, or by its first PREFIX_KEY letters for "bleed*".
  const byFirstWord = new Map<string, Bucket<T>>()
  const byPrefixKey = new Map<string, Bucket<T>>()
  let order = 0
  for (const { phrase, payload } of entries) {
    const elements = compilePattern(phrase, macros)
    const compiled: Compiled<T> = { elements, payload, source: phrase, gate: gateOf(elements), order: order++, tried: -1 }
    const first = compiled.elements[0]
    if (first?.kind !== 'word') continue // compilePattern guarantees it is
    for (const w of first.words) file(byFirstWord, w, compiled)
    for (const p of new Set(first.prefixes.map((x) => x.slice(0, PREFIX_KEY)))) file(byPrefixKey, p, compiled)
  }
  // Counts starts across calls: a phrase's `tried` equal to it means tried at this start already.
  let clock = 0

  return {
    match(tokens) {
      const found: Found<T>[] = []
      // Most phrases tried at a token fail on a word that is nowhere in the text: only those whose
      // gate word is in it are tried (the matcher was a third of a turn's triage, profiled).
      const presentSet = new Set(tokens)
      const present = [...presentSet]
      for (let start = 0; start < tokens.length; start++) {
        const token = tokens[start]
        if (token === undefined || token === BOUNDARY) continue
        const at = ++clock
        const exact = byFirstWord.get(token)
        if (exact !== undefined) tryBucket(exact, start, at, 0)
        const prefixed = byPrefixKey.get(token.slice(0, PREFIX_KEY))
        if (prefixed !== undefined) tryBucket(prefixed, start, at, 1)
      }
      // In the order a pass over each start's phrases, as written, would find them.
      if (found.length > 1) found.sort((a, b) => a.start - b.start || a.rank - b.rank)
      const matches: PhraseMatch<T>[] = found.map(({ start, end, payload, source }) => ({ start, end, payload, source }))
      if (options.hideAcrossPayloads !== false) return withoutContained(matches)
      const byPayload = new Map<T, PhraseMatch<T>[]>()
      for (const m of matches) addTo(byPayload, m.payload, m)
      return [...byPayload.values()].flatMap(withoutContained)

      function tryBucket(bucket: Bucket<T>, start: number, at: number, kind: number): void {
        for (const c of bucket.open) tryAt(c, start, at, kind)
        // Whichever is shorter: the text's words, or the gate words filed here (a long transcript).
        if (bucket.gated.size === 0) return
        if (present.length <= bucket.gated.size) {
          for (const w of present) {
            const gated = bucket.gated.get(w)
            if (gated !== undefined) for (const c of gated) tryAt(c, start, at, kind)
          }
        } else {
          for (const [w, gated] of bucket.gated) if (presentSet.has(w)) for (const c of gated) tryAt(c, start, at, kind)
        }
      }

      function tryAt(c: Compiled<T>, start: number, at: number, kind: number): void {
        if (c.tried === at) return
        c.tried = at
        const end = matchFrom(c.elements, 0, tokens, start)
        // Exact words before prefixes, then the phrases' own order: what the old pass produced.
        if (end > start) found.push({ start, end, payload: c.payload, source: c.source, rank: kind * order + c.order })
      }
    },
  }
}

/**
 * Drops every match lying inside a longer one; matches with the very same span all stay. Sorted
 * by start, longest first, a match is inside an earlier one exactly when some earlier span ends at
 * or after it: O(n log n), so a runaway transcript cannot make this quadratic.
 */
function withoutContained<T>(found: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: PhraseMatch<T>[] = []
  let maxEnd = -1
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i]
    if (first === undefined) break
    let j = i
    while (j < sorted.length && sorted[j]?.start === first.start && sorted[j]?.end === first.end) j++
    if (maxEnd < first.end) kept.push(...sorted.slice(i, j))
    maxEnd = Math.max(maxEnd, first.end)
    i = j
  }
  return kept
}

/** The required word-only element after the first with the fewest alternatives, if any. */
function gateOf(elements: readonly Element[]): readonly string[] | undefined {
  let best: ReadonlySet<string> | undefined
  for (const el of elements.slice(1)) {
    if (el.kind !== 'word' || el.optional || el.prefixes.length > 0) continue
    if (best === undefined || el.words.size < best.size) best = el.words
  }
  return best === undefined ? undefined : [...best]
}

function file<T>(index: Map<string, Bucket<T>>, key: string, c: Compiled<T>): void {
  let bucket = index.get(key)
  if (bucket === undefined) index.set(key, bucket = { open: [], gated: new Map() })
  if (c.gate === undefined) addToList(bucket.open, c)
  else for (const w of c.gate) addTo(bucket.gated, w, c)
}

function addToList<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value)
}

function addTo<K, T>(index: Map<K, T[]>, key: K, value: T): void {
  const list = index.get(key)
  if (list === undefined) index.set(key, [value])
  else addToList(list, value)
}

function matchFrom(els: readonly Element[], ei: number, tokens: readonly string[], ti: number): number {
  const el = els[ei]
  if (el === undefined) return ti
  if (el.kind === 'gap') {
    for (let g = 0; g <= GAP_MAX; g++) {
      if (g > 0 && (tokens[ti + g - 1] === undefined || tokens[ti + g - 1] === BOUNDARY)) break
      const end = matchFrom(els, ei + 1, tokens, ti + g)
      if (end >= 0) return end
    }
    return -1
  }
  const token = tokens[ti]
  if (token !== undefined && wordMatches(el, token)) {
    const end = matchFrom(els, ei + 1, tokens, ti + 1)
    if (end >= 0) return end
  }
  return el.optional ? matchFrom(els, ei + 1, tokens, ti) : -1
}

function wordMatches(el: { words: ReadonlySet<string>; prefixes: readonly string[] }, token: string): boolean {
  if (token === BOUNDARY) return false
  if (el.words.has(token)) return true
  for (const p of el.prefixes) if (token.startsWith(p)) return true
  return false
}

function compilePattern(phrase: string, macros: Macros): Element[] {
  const parts = phrase.trim().split(/\s+/)
  checkRunOn(parts, phrase)
  const elements = parts.map((part): Element => {
    if (part === '~') return { kind: 'gap' }
    const optional = part.startsWith('[') && part.endsWith(']')
    const body = optional ? part.slice(1, -1) : part
    const words = new Set<string>()
    const prefixes: string[] = []
    const alts = body.split('|')
    // "stuck|stuck on|melted to" was meant as three alternatives of words; it compiles as two tokens.
    if (new Set(alts).size < alts.length) throw new ERR_TRIAGE_VOCABULARY_INVALID(`"${body}" in phrase "${phrase}" repeats an alternative (an alternative is one word: write one phrase per wording)`)
    for (const alt of alts.flatMap((a) => expandMacro(a, macros, phrase))) {
      if (!/^[\p{L}\p{N}]+\*?$/u.test(alt)) throw new ERR_TRIAGE_VOCABULARY_INVALID(`bad token "${alt}" in phrase "${phrase}"`)
      if (alt.endsWith('*') && alt.length <= PREFIX_KEY) throw new ERR_TRIAGE_VOCABULARY_INVALID(`prefix "${alt}" in phrase "${phrase}" is shorter than ${PREFIX_KEY} letters`)
      if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1))
      else if (isToken(alt)) words.add(alt)
      // "dont", "hes" or "but" never reach the matcher as such: tokenize() expands or drops them.
      else throw new ERR_TRIAGE_VOCABULARY_INVALID(`"${alt}" in phrase "${phrase}" is never a token: speech reaches the matcher as "${tokenize(alt).join(' ')}"`)
    }
    return { kind: 'word', words, prefixes, optional }
  })
  const first = elements[0]
  const last = elements[elements.length - 1]
  // A phrase that could match zero tokens, or that starts or ends on a gap, has no clear span.
  if (first === undefined || last === undefined || first.kind !== 'word' || last.kind !== 'word' || first.optional || last.optional) {
    throw new ERR_TRIAGE_VOCABULARY_INVALID(`phrase "${phrase}" must start and end with a required word`)
  }
  return elements
}

/**
 * "from|out|coming out of" was meant as three wordings; it compiles as from|out|coming, then out,
 * then of, and "blood from his ear" never matches. The giveaway: one word written in two elements
 * side by side, at least one of them an alternation.
 */
function checkRunOn(parts: readonly string[], phrase: string): void {
  // Optional elements overlap on purpose ("gone down [in|into] the tank"): only required ones count.
  for (let i = 1; i < parts.length; i++) {
    const [left, right] = [parts[i - 1] as string, parts[i] as string]
    if (left === '~' || right === '~' || left.startsWith('[') || right.startsWith('[')) continue
    const before = left.split('|')
    const after = right.split('|')
    if (before.length + after.length <= 2) continue
    const shared = after.find((w) => before.includes(w))
    if (shared !== undefined) throw new ERR_TRIAGE_VOCABULARY_INVALID(`"${shared}" ends one alternation and starts the next in phrase "${phrase}" (an alternative is one word: "a|b c" is a|b then c; write one phrase per wording)`)
  }
}

function isToken(word: string): boolean {
  const tokens = tokenize(word)
  return tokens.length === 1 && tokens[0] === word
}

function expandMacro(alt: string, macros: Macros, phrase: string): string[] {
  if (!alt.startsWith('@')) return [alt]
  const expansion = macros[alt.slice(1)]
  if (expansion === undefined) throw new ERR_TRIAGE_VOCABULARY_INVALID(`unknown macro ${alt} in phrase "${phrase}"`)
  return expansion.split('|')
}
