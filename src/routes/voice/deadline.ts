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
