import { STATUS_CODES } from 'node:http'
import formbody from '@fastify/formbody'
import type { FastifyBaseLogger, FastifyError, FastifyInstance } from 'fastify'
import type { VoiceReply } from '../../calls/call-flow.js'
import { renderApology, renderGoodbye, renderReply, renderStaticSafety } from '../../calls/twiml.js'
import { DEFAULT_VOICE, type VoiceSettings } from '../../calls/voice-settings.js'
import { maskText } from '../../log.js'
import { FORWARDED_HEADER, forwardStatusCallback, forwardTurn } from './call-owner.js'
import { callStatusBody, fallbackBody, incomingCallBody, processSpeechBody, turnQuery } from './schemas.js'
import { answerWithin, forwardTimings, LATE } from './deadline.js'
import { twilioSignatureCheck } from './twilio-signature.js'

export interface VoiceRoutesOptions {
  authToken: string
  publicUrl: string
  /** How every answer is heard and spoken (config.voice). */
  voice?: VoiceSettings
  bodyLimit: number
  /** A webhook's answer waits at most this long (config.webhookDeadlineMs). */
  deadlineMs: number
}

/** The fallback answers from memory; it only waits when it must open a record for an unknown call. */
const FALLBACK_DEADLINE_MS = 2000
type Form = Record<string, string | undefined>

const FORM = 'application/x-www-form-urlencoded'

/**
 * Twilio's voice webhooks. This scope parses form bodies, checks Twilio's signature before
 * anything else, and never answers a signed request with a 5xx: Twilio would play "an
 * application error has occurred" to a worker in danger. Internal errors become an apology
 * and a redirect to /voice-fallback, which answers from local state.
 */
export default async function voiceRoutes(app: FastifyInstance, options: VoiceRoutesOptions): Promise<void> {
  const { publicUrl, voice = DEFAULT_VOICE } = options
  const apology = (): string => renderApology(publicUrl, voice)
  /** What a turn whose answer is late says instead; its conversation notes that the caller heard this, not the answer. */
  // `turn` is the number in the URL and `speech` the words posted under it: the turn they became
  // may be another (src/calls/turn-numbers.ts).
  const lateInstead = (callSid: string, turn: number | undefined, speech: string | undefined, instead: () => string) => (): string => {
    app.callFlow.recordLateAnswer(callSid, turn, speech)
    return instead()
  }
  const lateApology = (callSid: string, turn: number | undefined, speech?: string) => lateInstead(callSid, turn, speech, apology)
  /** A turn answered in time: if an earlier webhook for it was late, the caller hears its answer after all. */
  const heardInTime = (callSid: string) => (answer: VoiceReply): void => app.callFlow.recordHeardAfterAll(callSid, answer.nextTurn - 1)
  // Without a turn in the URL a /process-speech post is the call's next turn, never one already noted.
  const inTime = (callSid: string, turn: number | undefined) => (turn === undefined ? undefined : heardInTime(callSid))
  /** The answer's TwiML (and `onTime`), or `late`'s once the work has missed its deadline (answerWithin). */
  const twimlWithin = async (work: Promise<VoiceReply>, ms: number, log: FastifyBaseLogger, late: () => string, onTime?: (answer: VoiceReply) => void): Promise<string> => {
    const answer = await answerWithin(work, ms, log)
    if (answer === LATE) return late()
    const twiml = answer.hangup ? renderGoodbye(answer.say.join(' '), voice) : renderReply(answer, publicUrl, voice)
    onTime?.(answer)
    return twiml
  }
  await app.register(formbody, { bodyLimit: options.bodyLimit })

  app.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
    if (request.method === 'POST' && type !== FORM) {
      await reply.code(415).send({ statusCode: 415, error: 'Unsupported Media Type', message: `Twilio webhooks are ${FORM}` })
    }
  })
  app.addHook('preValidation', twilioSignatureCheck(options.authToken, publicUrl))

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500
    if (status < 500) {
      request.log.info({ err: error }, 'webhook refused')
      return reply.code(status).send({ statusCode: status, code: error.code, error: STATUS_CODES[status], message: error.message })
    }
    request.log.error({ err: error }, 'webhook failed; caller sent to the fallback')
    const twiml = request.url.startsWith('/voice-fallback') ? renderStaticSafety(publicUrl, voice) : renderApology(publicUrl, voice)
    return reply.code(200).type('text/xml').send(twiml)
  })

  app.post<{ Body: Form }>('/incoming-call', { schema: { body: incomingCallBody } }, async (request, reply) => {
    const { CallSid, From } = request.body as { CallSid: string; From: string }
    const twiml = await twimlWithin(app.callFlow.incomingCall({ callSid: CallSid, from: From }), options.deadlineMs, request.log, lateApology(CallSid, 0))
    return reply.type('text/xml').send(twiml)
  })

  app.post<{ Body: Form; Querystring: { turn?: number } }>(
    '/process-speech',
    { schema: { body: processSpeechBody, querystring: turnQuery } },
    async (request, reply) => {
      const { CallSid, From, SpeechResult, Confidence } = request.body as Form & { CallSid: string; From: string }
      // A turn of a call another instance holds (a proxy that lost affinity): that instance answers,
      // within its own webhook deadline (plus the trip). Only if it cannot be reached does this one.
      const elsewhere = app.calls.callBySid(CallSid) || request.headers[FORWARDED_HEADER] ? null : app.adminHub.remoteCallBySid(CallSid)
      let deadlineMs = options.deadlineMs
      if (elsewhere) {
        const started = performance.now()
        const timings = forwardTimings(options.deadlineMs)
        const forwarded = await forwardTurn(elsewhere, request.url, request.body as Record<string, string>, options.authToken, timings.forwardMs, request.log)
        if (forwarded.kind === 'twiml') return reply.type('text/xml').send(forwarded.body)
        // It has the turn and may still record it; the apology's redirect brings the caller to the fallback.
        if (forwarded.kind === 'slow') return reply.type('text/xml').send(apology())
        deadlineMs = timings.localAfter(performance.now() - started)
      }
      const turn = app.callFlow.speech({
        callSid: CallSid,
        from: From,
        ...(elsewhere ? { elsewhere } : {}),
        speech: SpeechResult ?? '',
        ...(request.query.turn !== undefined ? { turn: request.query.turn } : {}),
        ...(Confidence !== undefined ? { confidence: Number(Confidence) } : {}),
      })
      const twiml = await twimlWithin(turn, deadlineMs, request.log, lateApology(CallSid, request.query.turn, SpeechResult ?? ''), inTime(CallSid, request.query.turn))
      return reply.type('text/xml').send(twiml)
    },
  )

  app.post<{ Body: Form }>('/voice-fallback', { schema: { body: fallbackBody } }, async (request, reply) => {
    const { CallSid, From, ErrorCode, ErrorUrl, SpeechResult, Confidence } = request.body as Form & { CallSid: string; From: string }
    const failed = failedWebhookOf(ErrorUrl)
    const retry =
      SpeechResult?.trim() && failed?.kind === 'speech'
        ? { speech: SpeechResult, ...(failed.turn !== undefined ? { turn: failed.turn } : {}), ...(Confidence !== undefined ? { confidence: Number(Confidence) } : {}) }
        : null
    // Masked here rather than by a redaction path: every log line pays for each path.
    request.log.warn({ errorCode: ErrorCode, errorUrl: ErrorUrl === undefined ? undefined : maskText(ErrorUrl) }, 'twilio used the fallback url')
    const fallback = app.callFlow.fallback({
      callSid: CallSid,
      from: From,
      // Twilio comes here when the instance holding the call failed it: this one carries on.
      elsewhere: app.adminHub.remoteCallBySid(CallSid),
      ...(ErrorCode ? { errorCode: ErrorCode } : {}),
      ...(ErrorUrl ? { errorUrl: ErrorUrl } : {}),
      ...(retry ? { retry } : {}),
      ...(failed?.kind === 'greeting' ? { greetingFailed: true } : {}),
    })
    const safety = (): string => renderStaticSafety(publicUrl, voice)
    // A turn played again may need the responder (an LLM, up to its own deadline). Late, its answer
    // is recorded but unheard, as a late turn's is: noted so, the next fallback says it as new.
    const deadline = retry ? options.deadlineMs : Math.min(FALLBACK_DEADLINE_MS, options.deadlineMs)
    const late = retry ? lateInstead(CallSid, retry.turn, retry.speech, safety) : safety
    return reply.type('text/xml').send(await twimlWithin(fallback, deadline, request.log, late, retry ? heardInTime(CallSid) : undefined))
  })

  app.post<{ Body: Form }>('/call-status', { schema: { body: callStatusBody } }, async (request, reply) => {
    const { CallSid, CallStatus, CallDuration } = request.body as Form & { CallSid: string; CallStatus: string }
    // Another instance holding the call hears of it too (a fallback may have left a copy there).
    const elsewhere = app.adminHub.remoteCallBySid(CallSid)
    if (elsewhere && !request.headers[FORWARDED_HEADER]) void forwardStatusCallback(elsewhere, request.body as Record<string, string>, options.authToken, request.log)
    const outcome = await app.callFlow.statusCallback({
      callSid: CallSid,
      status: CallStatus,
      ...(CallDuration ? { duration: CallDuration } : {}),
    })
    request.log.info({ status: CallStatus, outcome }, 'call status received')
    return reply.code(204).send()
  })
}

/**
 * Which of our webhooks failed (Twilio's ErrorUrl): the greeting, or a turn (with its number,
 * or none: the turn after the static safety line, whose action carries none); null for anything else.
 */
function failedWebhookOf(errorUrl: string | undefined): { kind: 'greeting' } | { kind: 'speech'; turn?: number } | null {
  if (!errorUrl) return null
  try {
    const url = new URL(errorUrl)
    if (url.pathname.endsWith('/incoming-call')) return { kind: 'greeting' }
    if (!url.pathname.endsWith('/process-speech')) return null
    const raw = url.searchParams.get('turn')
    if (raw === null) return { kind: 'speech' }
    const turn = Number(raw)
    const { minimum, maximum } = turnQuery.properties.turn
    return Number.isSafeInteger(turn) && turn >= minimum && turn <= maximum ? { kind: 'speech', turn } : null
  } catch {
    return null
  }
}
