import type { FastifyBaseLogger } from 'fastify'

export const LATE = Symbol('late')

/**
 * The work's result, or LATE once `ms` have passed: a caller must hear a voice before Twilio
 * gives up on the webhook and plays its own error message. The work goes on: whatever it commits
 * is kept, and a failure after the deadline is logged rather than lost.
 */
export async function answerWithin<T>(work: Promise<T>, ms: number, log: FastifyBaseLogger): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms)
  })
  try {
    const result = await Promise.race([work, late])
    if (result === LATE) {
      log.error({ deadlineMs: ms }, 'webhook not answered within its deadline (journal or responder stalled?): safe answer sent')
      work.catch((err: unknown) => log.error({ err }, 'webhook work failed after its deadline'))
    }
    return result
  } finally {
    clearTimeout(timer)
  }
}

/** A forwarded turn may take the holder's own webhook deadline plus this for the trip. */
const FORWARD_GRACE_MS = 1000
/** What a turn helped here after a failed forward still gets, however long the attempt took. */
const MIN_LOCAL_TURN_MS = 1000
/** Everything a webhook does fits in this: Twilio gives up on a webhook after 15 s. */
const TWILIO_BUDGET_MS = 14_000

/**
 * How long a turn passed on to the instance holding the call may take, and what is left for
 * answering it here if that fails: together within Twilio's budget, whatever the deadline.
 */
export function forwardTimings(deadlineMs: number): { forwardMs: number; localAfter(elapsedMs: number): number } {
  return {
    forwardMs: Math.min(deadlineMs + FORWARD_GRACE_MS, TWILIO_BUDGET_MS - MIN_LOCAL_TURN_MS),
    localAfter: (elapsedMs) => Math.max(MIN_LOCAL_TURN_MS, Math.min(deadlineMs, TWILIO_BUDGET_MS) - elapsedMs),
  }
}
