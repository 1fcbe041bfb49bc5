// Checks a webhook answer the way Twilio would before executing it, and turns it into the verbs
// the simulated call follows. It knows the verbs Aurora uses (Say, Gather with speech input,
// Redirect, Hangup, Pause) and every attribute Twilio documents for them; anything else fails the
// call, as does malformed XML. Where Twilio only logs a warning (error 12200, schema validation)
// the simulator still fails: Aurora's TwiML must be clean, and the warning is easy to miss in
// production.

import { parseXml, XmlSyntaxError, type XmlElement, type XmlNode } from './xml-parser.js'

export interface SayVerb {
  verb: 'Say'
  text: string
}

export interface PauseVerb {
  verb: 'Pause'
  lengthS: number
}

export interface GatherVerb {
  verb: 'Gather'
  /** Absolute: resolved against the URL the document was fetched from. */
  action: string
  method: 'GET' | 'POST'
  input: ReadonlySet<'dtmf' | 'speech'>
  actionOnEmptyResult: boolean
  /** Gather's own timeout in seconds (Twilio's default is 5). */
  timeoutS: number
  prompts: (SayVerb | PauseVerb)[]
}

export interface RedirectVerb {
  verb: 'Redirect'
  url: string
  method: 'GET' | 'POST'
}

export interface HangupVerb {
  verb: 'Hangup'
}

export type Verb = SayVerb | PauseVerb | GatherVerb | RedirectVerb | HangupVerb

export class TwimlError extends Error {
  constructor(
    /** Twilio's error code for the failure (12100 parse, 12200 schema, 12300 content type, 11200 HTTP). */
    readonly code: number,
    readonly reason: string,
  ) {
    super(`Twilio error ${code}: ${reason}`)
    this.name = 'TwimlError'
  }
}

const TWIML_TYPES = new Set(['text/xml', 'application/xml', 'text/html'])
const BOOLEAN = /^(true|false)$/
const POSITIVE_INT = /^[1-9][0-9]*$/
const NON_NEGATIVE_INT = /^(0|[1-9][0-9]*)$/
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/
const METHOD = /^(GET|POST)$/

// Twilio's own voices and the named voices of its providers (Polly.Amy-Neural, Google.en-GB-Standard-A).
const VOICE = /^(man|woman|alice|(Polly|Google|ElevenLabs)\.[A-Za-z0-9_.-]+)$/

/** Twilio warning 13330: a comma-separated list of at most 500 entries, each at most 100 characters. */
function hintsProblem(value: string): string | null {
  const entries = value.split(',').map((entry) => entry.trim())
  if (entries.length > 500) return `${entries.length} hints (at most 500)`
  const long = entries.find((entry) => entry.length > 100)
  if (long !== undefined) return `a hint of ${long.length} characters (at most 100)`
  if (entries.some((entry) => entry === '')) return 'an empty hint'
  return null
}

type AttributeRule = RegExp | 'url' | ((value: string) => string | null)

const SAY_ATTRS: Record<string, AttributeRule> = { voice: VOICE, language: LANGUAGE, loop: NON_NEGATIVE_INT }
const PAUSE_ATTRS: Record<string, AttributeRule> = { length: POSITIVE_INT }
const REDIRECT_ATTRS: Record<string, AttributeRule> = { method: METHOD }
const GATHER_ATTRS: Record<string, AttributeRule> = {
  action: 'url',
  method: METHOD,
  input: /^(dtmf|speech)( (dtmf|speech))?$/,
  timeout: POSITIVE_INT,
  speechTimeout: /^(auto|0|[1-9][0-9]*)$/,
  maxSpeechTime: POSITIVE_INT,
  finishOnKey: /^[0-9#*]?$/,
  numDigits: POSITIVE_INT,
  actionOnEmptyResult: BOOLEAN,
  language: LANGUAGE,
  hints: hintsProblem,
  profanityFilter: BOOLEAN,
  speechModel: /^[A-Za-z0-9_.-]+$/,
  enhanced: BOOLEAN,
  bargeIn: BOOLEAN,
  debug: BOOLEAN,
  partialResultCallback: 'url',
  partialResultCallbackMethod: METHOD,
}

/** The Content-Type check Twilio makes before parsing (error 12300). */
export function checkContentType(contentType: string | null): void {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!TWIML_TYPES.has(type)) throw new TwimlError(12300, `Content-Type "${contentType ?? ''}" is not TwiML (text/xml or application/xml)`)
}

/** Parses and validates a TwiML document fetched from `requestUrl`; throws TwimlError. */
export function validateTwiml(body: string, requestUrl: string): Verb[] {
  let root: XmlElement
  try {
    root = parseXml(body)
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new TwimlError(12100, `document parse failure: ${err.message}`)
    throw err
  }
  if (root.name !== 'Response') throw new TwimlError(12100, `the root element is <${root.name}>, not <Response>`)
  noAttributes(root)
  const verbs: Verb[] = []
  for (const child of elements(root)) {
    switch (child.name) {
      case 'Say':
        verbs.push(say(child))
        break
      case 'Pause':
        verbs.push(pause(child))
        break
      case 'Gather':
        verbs.push(gather(child, requestUrl))
        break
      case 'Redirect':
        verbs.push(redirect(child, requestUrl))
        break
      case 'Hangup':
        noAttributes(child)
        noContent(child)
        verbs.push({ verb: 'Hangup' })
        break
      default:
        throw schemaError(child, `<${child.name}> is not a verb the simulator knows (Aurora uses Say, Gather, Redirect, Hangup, Pause)`)
    }
  }
  return verbs
}

function schemaError(node: XmlNode, reason: string): TwimlError {
  return new TwimlError(12200, `${reason} (line ${node.line})`)
}

/** Child elements; any non-blank text between verbs is an error. */
function elements(parent: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of parent.children) {
    if (child.type === 'element') out.push(child)
    else if (child.text.trim() !== '') throw schemaError(child, `<${parent.name}> cannot contain text ("${child.text.trim().slice(0, 40)}")`)
  }
  return out
}

function textOf(node: XmlElement): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'element') throw schemaError(child, `<${child.name}> inside <${node.name}> is not supported (no SSML in Aurora's TwiML)`)
    text += child.text
  }
  return text
}

function noAttributes(node: XmlElement): void {
  const names = Object.keys(node.attributes)
  if (names.length > 0) throw schemaError(node, `<${node.name}> takes no attributes (got ${names.join(', ')})`)
}

function noContent(node: XmlElement): void {
  if (node.children.some((c) => c.type === 'element' || c.text.trim() !== '')) throw schemaError(node, `<${node.name}> must be empty`)
}

function checkAttributes(node: XmlElement, rules: Record<string, AttributeRule>, baseUrl?: string): void {
  for (const [name, value] of Object.entries(node.attributes)) {
    const rule = rules[name]
    if (rule === undefined) throw schemaError(node, `unknown attribute ${name} on <${node.name}>`)
    if (rule === 'url') resolveUrl(node, value, baseUrl ?? '', name)
    else if (typeof rule === 'function') {
      const problem = rule(value)
      if (problem !== null) throw schemaError(node, `invalid ${name} on <${node.name}>: ${problem}`)
    } else if (!rule.test(value)) throw schemaError(node, `invalid ${name}="${value}" on <${node.name}>`)
  }
}

function resolveUrl(node: XmlElement, value: string, baseUrl: string, what: string): string {
  const trimmed = value.trim()
  if (trimmed === '') throw schemaError(node, `<${node.name}> has an empty ${what}`)
  let url: URL
  try {
    url = new URL(trimmed, baseUrl)
  } catch {
    throw schemaError(node, `<${node.name}> ${what} "${value}" is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw schemaError(node, `<${node.name}> ${what} "${value}" is not http(s)`)
  return url.href
}

function say(node: XmlElement): SayVerb {
  checkAttributes(node, SAY_ATTRS)
  const text = textOf(node).replace(/\s+/g, ' ').trim()
  // Twilio error 13520 ("Say: Invalid text"): an empty <Say> is refused.
  if (text === '') throw schemaError(node, '<Say> has no text')
  return { verb: 'Say', text }
}

function pause(node: XmlElement): PauseVerb {
  checkAttributes(node, PAUSE_ATTRS)
  noContent(node)
  return { verb: 'Pause', lengthS: Number(node.attributes.length ?? '1') }
}

function gather(node: XmlElement, requestUrl: string): GatherVerb {
  checkAttributes(node, GATHER_ATTRS, requestUrl)
  const prompts: (SayVerb | PauseVerb)[] = []
  for (const child of elements(node)) {
    if (child.name === 'Say') prompts.push(say(child))
    else if (child.name === 'Pause') prompts.push(pause(child))
    else if (child.name === 'Gather') throw schemaError(child, '<Gather> cannot be nested in <Gather>')
    else throw schemaError(child, `<${child.name}> cannot be nested in <Gather> (Say, Play and Pause can; Aurora uses Say)`)
  }
  const input = new Set((node.attributes.input ?? 'dtmf').split(' ') as ('dtmf' | 'speech')[])
  if (input.size !== (node.attributes.input ?? 'dtmf').split(' ').length) throw schemaError(node, `<Gather> input "${node.attributes.input}" repeats a value`)
  return {
    verb: 'Gather',
    // With no action Twilio posts the result to the document's own URL.
    action: node.attributes.action === undefined ? requestUrl : resolveUrl(node, node.attributes.action, requestUrl, 'action'),
    method: node.attributes.method === 'GET' ? 'GET' : 'POST',
    input,
    actionOnEmptyResult: node.attributes.actionOnEmptyResult === 'true',
    timeoutS: Number(node.attributes.timeout ?? '5'),
    prompts,
  }
}

function redirect(node: XmlElement, requestUrl: string): RedirectVerb {
  checkAttributes(node, REDIRECT_ATTRS)
  return { verb: 'Redirect', url: resolveUrl(node, textOf(node), requestUrl, 'URL'), method: node.attributes.method === 'GET' ? 'GET' : 'POST' }
}
