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

/** Whether a raw SSE frame may carry a probe (a cheap test before any parsing). */
export function mayCarryProbe(frame: string): boolean {
  return frame.includes(PREFIX)
}

const LAST_TEXT_PROBE = new RegExp(`"last_text":"${PREFIX}(\\d+)`)

/** The probe a call's JSON carries as its last_text (an overview `call` event), or null, without parsing the JSON. */
export function lastTextProbe(json: string): number | null {
  const match = LAST_TEXT_PROBE.exec(json)
  return match ? Number(match[1]) : null
}
