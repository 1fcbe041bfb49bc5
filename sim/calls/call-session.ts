// One simulated phone call, played the way Twilio plays it: POST the number's voice URL, then
// execute the returned TwiML verb by verb (Say and Pause take time, Gather listens and posts its
// action with the next scripted line, Redirect is fetched, Hangup or the end of the document ends
// the call), and send the status callback when the caller or Aurora hangs up. Admin steps run
// just before the caller speaks the turn they name. Failures are recorded, never thrown: one
// broken call must not stop the others.

import { setTimeout as sleep } from 'node:timers/promises'
import { paced, playbackMs, turnDurationMs } from './caller-timing.js'
import type { Rng } from './prng.js'
import { failureOf, type CallRecord, type Failure, type WebhookKind, type WebhookRecord } from './run-record.js'
import type { AdminStep, Turn } from './script.js'
import {
  gatherParams,
  incomingCallParams,
  redirectParams,
  statusCallbackParams,
  WebhookError,
  type CallIdentity,
  type TwilioClient,
} from './twilio-client.js'
import { APOLOGY } from '../../src/calls/twiml.js'
import { checkContentType, TwimlError, validateTwiml, type Verb } from './twiml-validator.js'

/** How the simulator performs admin steps (the admin API, or Aurora's AdminActions in-process). */
export interface AdminActor {
  conversationOf(callSid: string, timeoutMs: number): Promise<string | null>
  act(convId: string, step: AdminStep): Promise<void>
}

export interface SessionContext {
  client: TwilioClient
  now: () => number
  pace: number
  accountSid: string
  /** null: admin steps fail with this reason. */
  admin: AdminActor | null
  adminUnavailable: string
  /** Called as soon as the CallSid is known, before the first webhook (to follow the call on the admin streams). */
  onCallPlaced?: (callSid: string) => void
  onFailure: (failure: Failure) => void
}

/** Twilio follows at most this many Redirects in a row before giving up on a call. */
const MAX_REDIRECTS = 10
const CONVERSATION_WAIT_MS = 10_000

export async function playCall(ctx: SessionContext, record: CallRecord, rng: Rng): Promise<void> {
  const script = record.script
  const call: CallIdentity = { callSid: record.callSid, accountSid: ctx.accountSid, from: script.from, to: script.to }
  const fail = (kind: Failure['kind'], message: string, turn: number | null = null, source: string | null = null): void =>
    ctx.onFailure(failureOf(record, kind, message, turn, source))
  const ref = (turn: Turn | undefined): string | null => (turn ? `${turn.source.file}:${turn.source.line}` : `${script.source.file}:${script.source.line}`)

  if (script.delayMs > 0) await sleep(paced(script.delayMs, ctx.pace, rng))
  ctx.onCallPlaced?.(record.callSid)
  record.startedAt = ctx.now()
  let statusSent: Promise<void> | null = null
  const hangUp = (): Promise<void> => (statusSent ??= sendStatus(ctx, record, call, fail))

  let fetched = await fetchTwiml(ctx, record, 'incoming', ctx.client.voiceUrl, incomingCallParams(call), null, null, fail, ref(undefined))
  let next = 0 // index of the next script turn
  let redirects = 0
  const adminDone = new Set<AdminStep>()

  const runAdmin = async (beforeTurn: number): Promise<void> => {
    for (const step of script.admin.filter((s) => s.beforeTurn === beforeTurn && !adminDone.has(s))) {
      adminDone.add(step)
      const source = `${step.source.file}:${step.source.line}`
      if (!ctx.admin) {
        fail('admin', `cannot ${step.action}: ${ctx.adminUnavailable}`, null, source)
        continue
      }
      const convId = record.convId ?? (await ctx.admin.conversationOf(record.callSid, CONVERSATION_WAIT_MS))
      if (convId === null) {
        fail('admin', `cannot ${step.action}: the call's conversation was not announced within ${CONVERSATION_WAIT_MS} ms`, null, source)
        continue
      }
      record.convId = convId
      try {
        await ctx.admin.act(convId, step)
      } catch (err) {
        fail('admin', `${step.action} failed: ${(err as Error).message}`, null, source)
      }
    }
  }

  documents: while (fetched !== null) {
    for (const verb of fetched) {
      if (verb.verb === 'Say' || verb.verb === 'Pause') {
        await sleep(paced(playbackMs([verb]), ctx.pace, rng))
        continue
      }
      if (verb.verb === 'Hangup') break documents
      if (verb.verb === 'Redirect') {
        if (++redirects > MAX_REDIRECTS) {
          fail('call-state', `more than ${MAX_REDIRECTS} <Redirect>s in a row without a <Gather>`)
          break documents
        }
        if (verb.method !== 'POST') {
          fail('twiml', `<Redirect method="${verb.method}"> is not supported by the simulator (Aurora posts)`)
          break documents
        }
        fetched = await fetchTwiml(ctx, record, 'redirect', verb.url, redirectParams(call), null, null, fail, null)
        continue documents
      }
      // Gather: the caller hears the prompts, then speaks the next line (or nothing).
      redirects = 0
      const turn = script.turns[next]
      await runAdmin(next + 1)
      if (turn === undefined) {
        // Script done: the caller listens to the reply and hangs up.
        await sleep(paced(playbackMs(verb.prompts), ctx.pace, rng))
        break documents
      }
      if (verb.method !== 'POST') {
        fail('twiml', `<Gather method="${verb.method}"> is not supported by the simulator (Aurora posts)`, null, ref(turn))
        break documents
      }
      const lastAndHangingUp = next === script.turns.length - 1 && script.end === 'hangup-mid-turn'
      await sleep(paced(turnDurationMs(verb.prompts, verb, turn), ctx.pace, rng))
      const heard = turn.utterance.kind === 'speech' && verb.input.has('speech') ? turn.utterance : null
      const scriptTurn = next++
      if (heard === null && !verb.actionOnEmptyResult) continue // Twilio falls through to the next verb
      const params = gatherParams(call, heard)
      if (lastAndHangingUp) {
        // The caller hangs up while Aurora is still answering: the status callback races the turn.
        const turnDone = fetchTwiml(ctx, record, 'gather', verb.action, params, scriptTurn, turn, fail, ref(turn))
        await sleep(0)
        record.hungUpMidTurn = true
        await Promise.all([turnDone, hangUp()])
        return finish(record, ctx)
      }
      fetched = await fetchTwiml(ctx, record, 'gather', verb.action, params, scriptTurn, turn, fail, ref(turn))
      continue documents
    }
    // The document ran out without a Gather or Redirect: Twilio hangs up.
    break
  }
  if (next < script.turns.length) {
    fail('call-state', `the call ended after ${next} of ${script.turns.length} scripted turn(s)`, null, ref(script.turns[next]))
  }
  for (const step of script.admin.filter((s) => !adminDone.has(s))) {
    fail('admin', `${step.action} before turn ${step.beforeTurn} never ran: the call ended first`, null, `${step.source.file}:${step.source.line}`)
  }
  await hangUp()
  finish(record, ctx)
}

function finish(record: CallRecord, ctx: SessionContext): void {
  record.endedAt = ctx.now()
}

async function fetchTwiml(
  ctx: SessionContext,
  record: CallRecord,
  kind: WebhookKind,
  url: string,
  params: Record<string, string>,
  scriptTurn: number | null,
  turn: Turn | null,
  fail: (kind: Failure['kind'], message: string, turn?: number | null, source?: string | null) => void,
  source: string | null,
): Promise<Verb[] | null> {
  const webhook: WebhookRecord = {
    kind,
    url,
    turn: turnOf(url, kind),
    scriptTurn,
    utterance: scriptTurn === null ? null : params.SpeechResult ? 'speech' : 'silence',
    speech: params.SpeechResult ?? null,
    sentAt: ctx.now(),
    receivedAt: null,
    status: null,
    acknowledged: false,
    spoken: '',
    firebaseAt: null,
    firebaseLagMs: null,
    adminAt: null,
  }
  record.webhooks.push(webhook)
  let verbs: Verb[]
  try {
    const response = await ctx.client.post(url, params)
    webhook.sentAt = response.sentAt
    webhook.receivedAt = response.receivedAt
    webhook.status = response.status
    if (response.status < 200 || response.status > 299) {
      throw new WebhookError(11200, `HTTP ${response.status}: ${response.body.slice(0, 200)}`, url)
    }
    checkContentType(response.contentType)
    verbs = validateTwiml(response.body, url)
  } catch (err) {
    if (err instanceof WebhookError || err instanceof TwimlError) {
      fail(err instanceof TwimlError ? 'twiml' : 'webhook', `${kind} ${new URL(url).pathname}${new URL(url).search}: ${err.message}`, webhook.turn, source)
      return null
    }
    throw err
  }
  webhook.spoken = spokenText(verbs)
  if (webhook.spoken.includes(APOLOGY)) {
    // Valid TwiML, but the caller heard that Aurora failed: an internal error, never acceptable.
    fail('webhook', `${kind} ${new URL(url).pathname}${new URL(url).search}: Aurora apologised ("${APOLOGY}"): an internal error`, webhook.turn, source)
    return verbs
  }
  webhook.acknowledged = true
  if (scriptTurn !== null) record.replies.set(scriptTurn, webhook)
  if (turn) checkReply(turn, webhook, fail, source)
  return verbs
}

async function sendStatus(
  ctx: SessionContext,
  record: CallRecord,
  call: CallIdentity,
  fail: (kind: Failure['kind'], message: string) => void,
): Promise<void> {
  const elapsedMs = ctx.now() - record.startedAt
  const durationS = (ctx.pace > 0 ? elapsedMs / ctx.pace : elapsedMs) / 1000
  const url = ctx.client.statusCallbackUrl
  const webhook: WebhookRecord = {
    kind: 'status', url, turn: null, scriptTurn: null, utterance: null, speech: null, sentAt: ctx.now(),
    receivedAt: null, status: null, acknowledged: false, spoken: '', firebaseAt: null, firebaseLagMs: null, adminAt: null,
  }
  record.webhooks.push(webhook)
  try {
    const response = await ctx.client.post(url, statusCallbackParams(call, 'completed', durationS, 1, new Date()))
    webhook.sentAt = response.sentAt
    webhook.receivedAt = response.receivedAt
    webhook.status = response.status
    webhook.acknowledged = response.status >= 200 && response.status <= 299
    if (!webhook.acknowledged) fail('webhook', `status callback answered HTTP ${response.status}: ${response.body.slice(0, 200)}`)
  } catch (err) {
    if (err instanceof WebhookError) fail('webhook', `status callback: ${err.message}`)
    else throw err
  }
}

function turnOf(url: string, kind: WebhookKind): number | null {
  if (kind === 'incoming') return 0
  const turn = new URL(url).searchParams.get('turn')
  return turn !== null && /^\d+$/.test(turn) ? Number(turn) : null
}

/** Everything Twilio would say, in order (prompts inside Gather included). */
export function spokenText(verbs: readonly Verb[]): string {
  const parts: string[] = []
  for (const v of verbs) {
    if (v.verb === 'Say') parts.push(v.text)
    else if (v.verb === 'Gather') for (const p of v.prompts) if (p.verb === 'Say') parts.push(p.text)
  }
  return parts.join(' ')
}

/** Normalised for matching: lower case, curly quotes straightened, single spaces. */
export function normalizeSpoken(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim()
}

function checkReply(
  turn: Turn,
  webhook: WebhookRecord,
  fail: (kind: Failure['kind'], message: string, turn?: number | null, source?: string | null) => void,
  source: string | null,
): void {
  const heard = normalizeSpoken(webhook.spoken)
  const quote = `"${webhook.spoken.length > 160 ? webhook.spoken.slice(0, 157) + '...' : webhook.spoken}"`
  const e = turn.expect
  for (const phrase of e.mentions ?? []) {
    if (!heard.includes(normalizeSpoken(phrase))) fail('expectation', `reply should mention "${phrase}"; heard ${quote}`, webhook.turn, source)
  }
  if (e.mentionsAny && !e.mentionsAny.some((p) => heard.includes(normalizeSpoken(p)))) {
    fail('expectation', `reply should mention one of ${e.mentionsAny.map((p) => `"${p}"`).join(', ')}; heard ${quote}`, webhook.turn, source)
  }
  for (const phrase of e.notMentions ?? []) {
    if (heard.includes(normalizeSpoken(phrase))) fail('expectation', `reply should not mention "${phrase}"; heard ${quote}`, webhook.turn, source)
  }
}
