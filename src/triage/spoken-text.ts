/**
 * Longest reply we speak in one turn. Twilio reads about 15 characters a second, so 350 is
 * roughly 25 seconds: longer and callers start talking over it (and <Gather> misses them).
 */
export const MAX_SPOKEN_CHARS = 350

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

/** Whitespace collapsed and the markup a text-to-speech voice would read aloud removed. */
export function cleanSpoken(text: string): string {
  return text.replace(/[*_#`<>|\\]+/g, ' ').replace(/\s+/g, ' ').trim()
}
