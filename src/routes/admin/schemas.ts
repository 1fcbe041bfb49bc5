import { CURSOR_PATTERN } from '../../admin/call-history.js'
import { ADMIN_NAME_PATTERN } from '../../admin/session.js'
import { URGENCIES } from '../../triage/urgency.js'

// JSON schemas of the admin API (request validation and response serialization). Responses list
// the data model's fields for documentation but keep additionalProperties, so a field added to
// the model later is not silently dropped by the serializer.

export const urgency = { type: 'string', enum: [...URGENCIES] } as const
export const callStatus = { type: 'string', enum: ['ACTIVE', 'TAKEN_OVER', 'ENDED'] } as const

export const activeCall = {
  type: 'object',
  additionalProperties: true,
  properties: {
    call_id: { type: 'string' },
    conversation_id: { type: 'string' },
    call_sid: { type: 'string' },
    worker_id: { type: 'string' },
    worker_name: { type: 'string' },
    site: { type: 'string' },
    mobile_no: { type: 'string' },
    urgency,
    status: callStatus,
    started_at: { type: 'string' },
    last_message_at: { type: 'string' },
    ended_at: { type: 'string' },
    end_reason: { type: 'string' },
    instance_id: { type: 'string' },
    instance_url: { type: 'string' },
    last_text: { type: 'string' },
    hazards: { type: 'string' },
    location: { type: 'string' },
    taken_over_by: { type: 'string' },
    handback_pending: { type: 'boolean' },
    silent_turns: { type: 'integer' },
  },
} as const

export const message = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    seq: { type: 'integer' },
    role: { type: 'string', enum: ['user', 'assistant', 'admin', 'system'] },
    text: { type: 'string' },
    created_at: { type: 'string' },
    turn: { type: 'integer' },
    urgency,
    sources: { type: 'array', items: { type: 'string' } },
    responder: { type: 'string' },
    fallback_reason: { type: 'string' },
    confidence: { type: 'number' },
    actor: { type: 'string' },
    event: { type: 'string' },
    delivered_at: { type: 'string' },
  },
} as const

export const mirrorStatus = {
  type: 'object',
  properties: {
    enabled: { type: 'boolean' },
    connected: { type: 'boolean' },
    pending: { type: 'integer' },
    lagMs: { type: ['integer', 'null'] },
    outage: {
      type: ['object', 'null'],
      properties: { since: { type: 'string' }, reason: { type: 'string' } },
    },
  },
} as const

const errorResponse = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    code: { type: 'string' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
} as const

export const convParams = {
  type: 'object',
  required: ['conv_id'],
  additionalProperties: false,
  properties: { conv_id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$' } },
} as const

export const loginBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    token: { type: 'string', minLength: 1, maxLength: 512 },
    name: { type: 'string', pattern: ADMIN_NAME_PATTERN },
    idToken: { type: 'string', minLength: 1, maxLength: 8192 },
  },
  oneOf: [{ required: ['token'] }, { required: ['idToken'] }],
} as const

export const sessionResponse = {
  type: 'object',
  properties: { actor: { type: 'string' }, expires_at: { type: 'string' } },
} as const

/** takeover, release, end: nothing to say, but a body, if any, must be an empty JSON object. */
export const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const

export const messageBody = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  // Spoken to a caller in danger by text-to-speech: short, and with words in it (a letter or a
  // digit: not only spaces, punctuation, or format characters such as U+200B).
  properties: { text: { type: 'string', minLength: 1, maxLength: 600, pattern: '[\\p{L}\\p{N}]' } },
} as const

export const urgencyBody = {
  type: 'object',
  required: ['urgency'],
  additionalProperties: false,
  properties: { urgency: { type: 'string', enum: URGENCIES.filter((u) => u !== 'UNKNOWN') } },
} as const

export const callsResponse = {
  type: 'object',
  properties: { instance_id: { type: 'string' }, calls: { type: 'array', items: activeCall }, mirror: mirrorStatus },
} as const

export const conversationResponse = {
  type: 'object',
  properties: {
    conversation_id: { type: 'string' },
    call: { anyOf: [activeCall, { type: 'null' }] },
    messages: { type: 'array', items: message },
    urgency,
    status: callStatus,
    /** This instance holds the call: actions go here. False: send them to call.instance_url. */
    held_here: { type: 'boolean' },
    archived: { type: 'boolean' },
  },
} as const

export const historyQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    /** The `next` of the previous page. */
    before: { type: 'string', pattern: CURSOR_PATTERN },
  },
} as const

export const historyResponse = {
  type: 'object',
  properties: {
    calls: { type: 'array', items: { ...activeCall, properties: { ...activeCall.properties, message_count: { type: 'integer' }, archived_at: { type: 'string' } } } },
    next: { type: 'string' },
    complete: { type: 'boolean' },
    reason: { type: 'string' },
  },
} as const

export const actionResponse = {
  type: 'object',
  properties: {
    call: activeCall,
    messages: { type: 'array', items: message },
    delivery: { type: 'string', enum: ['pushed', 'next_turn', 'heard'] },
  },
} as const

export const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  415: errorResponse,
  503: errorResponse,
} as const

