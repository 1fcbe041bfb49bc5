// A question about the casualty, put to a caller who is the casualty: "Are they out of the water?"
// to someone stung and alone is "Are you out of the water?". Asked of an entry that has lines for
// a lone caller (PlaybookEntry.self), whose questions are about the same person as its lines.

const THIRD_TO_SECOND: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Is the person\b/, 'Are you'],
  [/\bthey're\b/g, "you're"],
  [/\bthey\b/g, 'you'],
  [/\bThey\b/g, 'You'],
  [/\btheir\b/g, 'your'],
  [/\bthemselves\b/g, 'yourself'],
  [/\bthem\b/g, 'you'],
]

/**
 * The question in the second person, or undefined when it has no casualty to address or already
 * speaks to the caller about someone else ("Are they answering you?").
 */
export function askedOfCaller(question: string): string | undefined {
  if (/\byou\b/i.test(question)) return undefined
  let asked = question
  for (const [pattern, replacement] of THIRD_TO_SECOND) asked = asked.replace(pattern, replacement)
  return asked === question ? undefined : asked
}

/** What a caller talking on the phone answers by talking: not asked of a lone caller about themselves. */
export function answeredByTalking(question: string): boolean {
  return /\b(?:awake|conscious|talking|answering|responding|making sense)\b/.test(question)
}
