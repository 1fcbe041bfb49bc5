// Twilio's voice webhook fields we rely on. Every field is a single string (a repeated field
// arrives as an array and is refused); unknown fields are allowed, Twilio adds new ones.
const callSid = { type: 'string', pattern: '^CA[0-9a-fA-F]{32}$' } as const
const phone = { type: 'string', maxLength: 64 } as const

export const incomingCallBody = {
  type: 'object',
  required: ['CallSid', 'From'],
  properties: { CallSid: callSid, From: phone, To: phone, CallStatus: { type: 'string', maxLength: 32 } },
} as const

export const processSpeechBody = {
  type: 'object',
  required: ['CallSid', 'From'],
  properties: {
    CallSid: callSid,
    From: phone,
    SpeechResult: { type: 'string', maxLength: 4000 },
    Confidence: { type: 'string', pattern: '^(0(\\.\\d+)?|1(\\.0+)?)$' },
  },
} as const

export const turnQuery = {
  type: 'object',
  properties: { turn: { type: 'integer', minimum: 1, maximum: 100000 } },
} as const

export const fallbackBody = {
  type: 'object',
  required: ['CallSid', 'From'],
  properties: {
    CallSid: callSid,
    From: phone,
    ErrorCode: { type: 'string', maxLength: 16 },
    ErrorUrl: { type: 'string', maxLength: 2048 },
    SpeechResult: processSpeechBody.properties.SpeechResult,
    Confidence: processSpeechBody.properties.Confidence,
  },
} as const

export const callStatusBody = {
  type: 'object',
  required: ['CallSid', 'CallStatus'],
  properties: {
    CallSid: callSid,
    CallStatus: { type: 'string', enum: ['queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled'] },
    CallDuration: { type: 'string', pattern: '^\\d{1,7}$' },
  },
} as const
