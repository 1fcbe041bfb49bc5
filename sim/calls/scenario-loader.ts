// Reads scenario and fault-profile YAML files. Anything wrong is reported as
// "file:line:col: path: reason", every problem of every file at once, so a broken library is
// fixed in one pass. Positions come from the YAML document itself (eemeli/yaml keeps source
// ranges); structure is checked with the JSON Schemas in scenario-schema.ts (ajv), then the
// rules a schema cannot say (a turn is either speech or silence, admin steps refer to real turns).

import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import {
  faultProfileSchema,
  PATTERN_HINTS,
  scenarioSchema,
  type RawCall,
  type RawFault,
  type RawFaultProfile,
  type RawScenario,
  type RawTurn,
} from './scenario-schema.js'
import type { CallScript, FaultProfile, FaultWindow, Scenario, SourceRef, Turn } from './script.js'

export interface ScenarioProblem {
  file: string
  line: number
  col: number
  /** "calls[0].turns[2].confidence", or "" for the whole file. */
  path: string
  reason: string
}

export class ScenarioFileError extends Error {
  constructor(readonly problems: ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ScenarioFileError'
  }
}

export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.path ? `${p.path}: ` : ''}${p.reason}`
}

export const DEFAULT_TO = '+15559990000'
export const DEFAULT_CONFIDENCE = 0.9
export const DEFAULT_PAUSE_MS = 600

// strictRequired off: `then: { required: [...] }` names properties declared by the enclosing schema.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
const validateScenario = ajv.compile<RawScenario>(scenarioSchema)
const validateProfile = ajv.compile<RawFaultProfile>(faultProfileSchema)

type Segment = string | number

/** A parsed YAML file with what is needed to point at any of its nodes. */
class SourceFile {
  readonly problems: ScenarioProblem[] = []
  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lines: LineCounter,
  ) {}

  at(path: readonly Segment[], key?: string): { line: number; col: number } {
    let offset = 0
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true)
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
      if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0]
    } else if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      offset = Number(node.range[0]) || 0
    }
    return this.lines.linePos(offset)
  }

  ref(path: readonly Segment[]): SourceRef {
    return { file: this.file, line: this.at(path).line }
  }

  problem(path: readonly Segment[], reason: string, key?: string): void {
    const { line, col } = this.at(path, key)
    const full = key === undefined ? path : [...path, key]
    this.problems.push({ file: this.file, line, col, path: formatPath(full), reason })
  }
}

function formatPath(path: readonly Segment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function parseYaml(text: string, file: string): SourceFile {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const source = new SourceFile(file, doc, lines)
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(err.pos[0])
    source.problems.push({ file, line: pos.line, col: pos.col, path: '', reason: `YAML: ${err.message.split('\n')[0] ?? err.code}` })
  }
  return source
}

/** True when `data` has the schema's shape; otherwise records every schema problem. */
function matchesSchema<T>(source: SourceFile, validate: ValidateFunction<T>, data: unknown): data is T {
  if (validate(data)) return true
  for (const err of validate.errors ?? []) {
    if (err.keyword === 'if') continue // its `then` error says what is wrong
    const path = err.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
    const { reason, key } = describeSchemaError(err)
    source.problem(path, reason, key)
  }
  return false
}

function describeSchemaError(err: ErrorObject): { reason: string; key?: string } {
  const params = err.params as Record<string, unknown>
  switch (err.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return { key: String(params.additionalProperty), reason: 'unknown field (check the spelling; see sim/scenarios/README.md)' }
    case 'required':
      return { reason: `missing required field "${String(params.missingProperty)}"` }
    case 'enum':
      return { reason: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}` }
    case 'const':
      return { reason: `must be ${JSON.stringify(params.allowedValue)}` }
    case 'pattern':
      return { reason: PATTERN_HINTS[String(params.pattern)] ?? `must match ${String(params.pattern)}` }
    default:
      return { reason: err.message ?? err.keyword }
  }
}

function faultWindows(source: SourceFile, raws: readonly RawFault[], base: readonly Segment[]): FaultWindow[] {
  return raws.map((raw, i) => {
    const path = [...base, i]
    if (raw.kind === 'drop' && raw.for_ms !== undefined) source.problem(path, 'a drop is an instant: remove for_ms', 'for_ms')
    if (raw.kind !== 'latency' && raw.latency_ms !== undefined) source.problem(path, 'latency_ms only applies to kind: latency', 'latency_ms')
    if (raw.every_ms !== undefined && raw.for_ms !== undefined && raw.every_ms <= raw.for_ms) {
      source.problem(path, 'every_ms must be longer than for_ms (the windows would overlap)', 'every_ms')
    }
    if (raw.jitter_ms !== undefined && raw.every_ms === undefined) source.problem(path, 'jitter_ms only applies to repeating faults (every_ms)', 'jitter_ms')
    return {
      kind: raw.kind,
      atMs: raw.at_ms,
      forMs: raw.for_ms ?? 0,
      ...(raw.latency_ms !== undefined ? { latencyMs: raw.latency_ms } : {}),
      ...(raw.every_ms !== undefined ? { everyMs: raw.every_ms } : {}),
      ...(raw.jitter_ms !== undefined ? { jitterMs: raw.jitter_ms } : {}),
      source: source.ref(path),
    }
  })
}

function turnOf(source: SourceFile, raw: RawTurn, path: readonly Segment[]): Turn {
  const hasSay = raw.say !== undefined
  const hasSilence = raw.silence !== undefined
  if (hasSay === hasSilence) source.problem(path, hasSay ? 'a turn is either `say` or `silence`, not both' : 'a turn needs `say: "..."` or `silence: true`')
  if (hasSilence && raw.confidence !== undefined) source.problem(path, 'confidence only applies to `say` (silence has no speech)', 'confidence')
  const e = raw.expect ?? {}
  return {
    utterance: hasSay ? { kind: 'speech', text: raw.say ?? '', confidence: raw.confidence ?? DEFAULT_CONFIDENCE } : { kind: 'silence' },
    pauseMs: raw.pause_ms ?? DEFAULT_PAUSE_MS,
    expect: {
      ...(e.urgency_at_least !== undefined ? { urgencyAtLeast: e.urgency_at_least } : {}),
      ...(e.urgency_at_most !== undefined ? { urgencyAtMost: e.urgency_at_most } : {}),
      ...(e.mentions !== undefined ? { mentions: e.mentions } : {}),
      ...(e.mentions_any !== undefined ? { mentionsAny: e.mentions_any } : {}),
      ...(e.not_mentions !== undefined ? { notMentions: e.not_mentions } : {}),
      ...(e.responder !== undefined ? { responder: e.responder } : {}),
    },
    source: source.ref(path),
  }
}

function callOf(source: SourceFile, raw: RawCall, index: number, scenario: string, count: number): CallScript {
  const path: Segment[] = ['calls', index]
  const turns = raw.turns.map((t, i) => turnOf(source, t, [...path, 'turns', i]))
  const admin = (raw.admin ?? []).map((a, i) => {
    const at: Segment[] = [...path, 'admin', i]
    if (a.before_turn > turns.length + 1) {
      source.problem(at, `before_turn ${a.before_turn} is past the call's ${turns.length} turn(s) (at most ${turns.length + 1}: after the last reply)`, 'before_turn')
    }
    if (a.do !== 'message' && a.text !== undefined) source.problem(at, 'text only applies to do: message', 'text')
    if (a.do !== 'urgency' && a.urgency !== undefined) source.problem(at, 'urgency only applies to do: urgency', 'urgency')
    return {
      beforeTurn: a.before_turn,
      action: a.do,
      ...(a.text !== undefined ? { text: a.text } : {}),
      ...(a.urgency !== undefined ? { urgency: a.urgency } : {}),
      source: source.ref(at),
    }
  })
  const end = raw.end ?? 'hangup'
  if (end === 'hangup-mid-turn' && turns.length === 0) source.problem(path, 'hangup-mid-turn needs at least one turn to hang up during', 'end')
  const e = raw.expect ?? {}
  return {
    label: count > 1 ? `${scenario}#${index + 1}` : scenario,
    from: raw.from,
    to: raw.to ?? DEFAULT_TO,
    ...(raw.worker !== undefined ? { worker: raw.worker } : {}),
    delayMs: raw.delay_ms ?? 0,
    turns,
    admin,
    end,
    expect: {
      ...(e.urgency_at_least !== undefined ? { urgencyAtLeast: e.urgency_at_least } : {}),
      ...(e.urgency_at_most !== undefined ? { urgencyAtMost: e.urgency_at_most } : {}),
      ...(e.status !== undefined ? { status: e.status } : {}),
    },
    source: source.ref(path),
  }
}

function checkName(source: SourceFile, name: string): void {
  const expected = basename(source.file, extname(source.file))
  if (name !== expected) source.problem(['name'], `must be "${expected}", the file's name (one scenario per file, named after it)`)
}

/** Pure: the scenario in `text`, or a ScenarioFileError listing every problem. */
export function parseScenario(text: string, file: string): Scenario {
  const source = parseYaml(text, file)
  if (source.problems.length > 0) throw new ScenarioFileError(source.problems)
  const raw: unknown = source.doc.toJS()
  if (!matchesSchema(source, validateScenario, raw)) throw new ScenarioFileError(source.problems)
  checkName(source, raw.name)
  const scenario: Scenario = {
    name: raw.name,
    description: raw.description.trim(),
    file,
    calls: raw.calls.map((c, i) => callOf(source, c, i, raw.name, raw.calls.length)),
    faults: faultWindows(source, raw.faults ?? [], ['faults']),
  }
  if (source.problems.length > 0) throw new ScenarioFileError(source.problems)
  return scenario
}

/** Pure: the fault profile in `text`, or a ScenarioFileError. */
export function parseFaultProfile(text: string, file: string): FaultProfile {
  const source = parseYaml(text, file)
  if (source.problems.length > 0) throw new ScenarioFileError(source.problems)
  const raw: unknown = source.doc.toJS()
  if (!matchesSchema(source, validateProfile, raw)) throw new ScenarioFileError(source.problems)
  checkName(source, raw.name)
  const profile: FaultProfile = { name: raw.name, description: raw.description.trim(), file, faults: faultWindows(source, raw.faults, ['faults']) }
  if (source.problems.length > 0) throw new ScenarioFileError(source.problems)
  return profile
}

/** Loads every file, reporting the problems of all of them together; scenario names must be unique. */
export async function loadScenarios(files: readonly string[]): Promise<Scenario[]> {
  const problems: ScenarioProblem[] = []
  const scenarios: Scenario[] = []
  for (const file of files) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (err) {
      problems.push({ file, line: 1, col: 1, path: '', reason: `cannot read it (${(err as Error).message})` })
      continue
    }
    try {
      scenarios.push(parseScenario(text, file))
    } catch (err) {
      if (err instanceof ScenarioFileError) problems.push(...err.problems)
      else throw err
    }
  }
  const seen = new Map<string, string>()
  for (const s of scenarios) {
    const first = seen.get(s.name)
    if (first !== undefined) problems.push({ file: s.file, line: 1, col: 1, path: 'name', reason: `"${s.name}" is already the name of ${first}` })
    seen.set(s.name, s.file)
  }
  if (problems.length > 0) throw new ScenarioFileError(problems)
  return scenarios
}

export async function loadFaultProfile(file: string): Promise<FaultProfile> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new ScenarioFileError([{ file, line: 1, col: 1, path: '', reason: `cannot read it (${(err as Error).message})` }])
  }
  return parseFaultProfile(text, file)
}
