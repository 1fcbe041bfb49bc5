// JSON Schemas of the two YAML file kinds under sim/scenarios/ (documented in its README.md).
// Keys are snake_case as written in the files; scenario-loader.ts turns them into script.ts steps.
// Every object is closed (additionalProperties: false) so a typo is an error, not a silent default.

const URGENCY = { enum: ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] } as const
const PHONE = { type: 'string', pattern: '^\\+[1-9][0-9]{6,14}$' } as const
const MS = { type: 'integer', minimum: 0, maximum: 86_400_000 } as const
const PHRASES = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } as const

/** Human wording for the patterns above, used in error messages instead of the regex. */
export const PATTERN_HINTS: Readonly<Record<string, string>> = {
  [PHONE.pattern]: 'must be an E.164 phone number such as "+15551230001"',
  '^[a-z0-9][a-z0-9-]*$': 'must be kebab-case (a-z, 0-9 and "-")',
}

const turnExpect = {
  type: 'object',
  additionalProperties: false,
  properties: {
    urgency_at_least: URGENCY,
    urgency_at_most: URGENCY,
    mentions: PHRASES,
    mentions_any: PHRASES,
    not_mentions: PHRASES,
    responder: { type: 'string', minLength: 1 },
  },
} as const

const turn = {
  type: 'object',
  additionalProperties: false,
  properties: {
    say: { type: 'string', minLength: 1, maxLength: 4000 },
    silence: { const: true },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    pause_ms: MS,
    expect: turnExpect,
  },
} as const

const adminStep = {
  type: 'object',
  additionalProperties: false,
  required: ['before_turn', 'do'],
  properties: {
    before_turn: { type: 'integer', minimum: 1 },
    do: { enum: ['takeover', 'release', 'message', 'urgency', 'end'] },
    text: { type: 'string', minLength: 1, maxLength: 1000 },
    urgency: URGENCY,
  },
  allOf: [
    { if: { properties: { do: { const: 'message' } } }, then: { required: ['text'] } },
    { if: { properties: { do: { const: 'urgency' } } }, then: { required: ['urgency'] } },
  ],
} as const

const call = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'turns'],
  properties: {
    from: PHONE,
    to: PHONE,
    worker: { type: 'string', minLength: 1 },
    delay_ms: MS,
    turns: { type: 'array', items: turn },
    admin: { type: 'array', items: adminStep },
    end: { enum: ['hangup', 'hangup-mid-turn'] },
    expect: {
      type: 'object',
      additionalProperties: false,
      properties: { urgency_at_least: URGENCY, urgency_at_most: URGENCY, status: { enum: ['ACTIVE', 'TAKEN_OVER', 'ENDED'] } },
    },
  },
} as const

const fault = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'at_ms'],
  properties: {
    kind: { enum: ['latency', 'outage', 'drop', 'stall', 'reject-writes'] },
    at_ms: MS,
    for_ms: { type: 'integer', minimum: 1, maximum: 86_400_000 },
    latency_ms: { type: 'integer', minimum: 1, maximum: 120_000 },
    every_ms: { type: 'integer', minimum: 1, maximum: 86_400_000 },
    jitter_ms: MS,
  },
  allOf: [
    { if: { properties: { kind: { not: { const: 'drop' } } } }, then: { required: ['for_ms'] } },
    { if: { properties: { kind: { const: 'latency' } } }, then: { required: ['latency_ms'] } },
  ],
} as const

const name = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 80 } as const

export const scenarioSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'calls'],
  properties: {
    name,
    description: { type: 'string', minLength: 1 },
    calls: { type: 'array', items: call, minItems: 1 },
    faults: { type: 'array', items: fault },
  },
} as const

export const faultProfileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'faults'],
  properties: {
    name,
    description: { type: 'string', minLength: 1 },
    faults: { type: 'array', items: fault, minItems: 1 },
  },
} as const

// The shapes the schemas accept, for the loader (kept beside the schemas they describe).
export type RawUrgency = (typeof URGENCY.enum)[number]

export interface RawTurn {
  say?: string
  silence?: true
  confidence?: number
  pause_ms?: number
  expect?: {
    urgency_at_least?: RawUrgency
    urgency_at_most?: RawUrgency
    mentions?: string[]
    mentions_any?: string[]
    not_mentions?: string[]
    responder?: string
  }
}

export interface RawAdminStep {
  before_turn: number
  do: 'takeover' | 'release' | 'message' | 'urgency' | 'end'
  text?: string
  urgency?: RawUrgency
}

export interface RawCall {
  from: string
  to?: string
  worker?: string
  delay_ms?: number
  turns: RawTurn[]
  admin?: RawAdminStep[]
  end?: 'hangup' | 'hangup-mid-turn'
  expect?: { urgency_at_least?: RawUrgency; urgency_at_most?: RawUrgency; status?: 'ACTIVE' | 'TAKEN_OVER' | 'ENDED' }
}

export interface RawFault {
  kind: 'latency' | 'outage' | 'drop' | 'stall' | 'reject-writes'
  at_ms: number
  for_ms?: number
  latency_ms?: number
  every_ms?: number
  jitter_ms?: number
}

export interface RawScenario {
  name: string
  description: string
  calls: RawCall[]
  faults?: RawFault[]
}

export interface RawFaultProfile {
  name: string
  description: string
  faults: RawFault[]
}
