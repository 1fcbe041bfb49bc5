/**
 * Longest reply we speak in one turn. Twilio reads about 15 characters a second, so 350 is
 * roughly 25 seconds: longer and callers start talking over it (and <Gather> misses them).
 */
export const MAX_SPOKEN_CHARS = 350

/** Between two sentences of a spoken text: split on it to read or drop one sentence at a time. */
export const SENTENCE_BREAK = /(?<=[.!?])\s+/

/**
 * Cuts text to at most `max` characters at a sentence end, so the caller never hears half an
 * instruction. Undefined when not even the first sentence fits.
 */
export function cutAtSentence(text: string, max: number = MAX_SPOKEN_CHARS): string | undefined {
  const trimmed = text.trim()
  if (trimmed.length <= max) return trimmed
  let cut = -1
  const ends = /[.!?](?=\s|$)/g
  for (let m = ends.exec(trimmed); m !== null && m.index < max; m = ends.exec(trimmed)) cut = m.index + 1
  return cut > 0 ? trimmed.slice(0, cut) : undefined
}

// Spoken text travels in TwiML <Say>, and XML 1.0 cannot carry every string: control characters
// (other than tab and line breaks), lone UTF-16 surrogates and U+FFFE/U+FFFF make the TwiML
// builder throw, so the caller would hear the apology instead of the answer. DEL is XML-legal
// but no more speakable than the C0 controls, so it goes with them.
const UNSPEAKABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const UNSPEAKABLE_ALL = new RegExp(UNSPEAKABLE.source, 'g')

/** Index of the first character TwiML cannot carry, or -1 when the whole text can be spoken. */
export function unspeakableIndex(text: string): number {
  const match = UNSPEAKABLE.exec(text)
  return match ? match.index : -1
}

/** The text with every character TwiML cannot carry turned into a space. */
export function speakable(text: string): string {
  return unspeakableIndex(text) < 0 ? text : text.replace(UNSPEAKABLE_ALL, ' ')
}

/** Whitespace collapsed, and the markup a text-to-speech voice would read aloud and what TwiML cannot carry removed. */
export function cleanSpoken(text: string): string {
  return speakable(text).replace(/[*_#`<>|\\]+/g, ' ').replace(/\s+/g, ' ').trim()
}
