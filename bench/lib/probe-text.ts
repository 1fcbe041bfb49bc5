// Probe messages: caller words starting with "probe:<n>", which the SSE bench follows from the
// webhook that carried them, through Aurora's journal, to every admin stream.

const PREFIX = 'probe:'

export function probeText(n: number, words: string): string {
  return `${PREFIX}${n} ${words}`
}

/** The probe number a message's text carries, or null when it is no probe. */
export function probeOf(text: unknown): number | null {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) return null
  return Number.parseInt(text.slice(PREFIX.length), 10)
}
