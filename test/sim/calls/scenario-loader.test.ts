import { readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../../sim/calls/aurora-process.js'
import {
  formatProblem,
  loadFaultProfile,
  loadScenarios,
  parseFaultProfile,
  parseScenario,
  ScenarioFileError,
} from '../../../sim/calls/scenario-loader.js'

const FILE = 'sim/scenarios/example.yaml'

function problemsOf(text: string, file = FILE): string[] {
  try {
    parseScenario(text, file)
  } catch (err) {
    if (err instanceof ScenarioFileError) return err.problems.map(formatProblem)
    throw err
  }
  throw new Error('expected the file to be rejected')
}

const VALID = `name: example
description: a fire
calls:
  - from: "+15551230001"
    worker: W-1001
    turns:
      - say: "There's a fire in Zone A"
        confidence: 0.8
        expect:
          urgency_at_least: CRITICAL
          mentions: ["Zone A"]
      - silence: true
    admin:
      - before_turn: 2
        do: takeover
faults:
  - kind: latency
    at_ms: 1000
    for_ms: 2000
    latency_ms: 300
`

describe('the scenario library', () => {
  const dir = join(REPO_ROOT, 'sim/scenarios')
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f))

  it('loads every scenario, at least twelve, with unique names', async () => {
    const scenarios = await loadScenarios(files)
    expect(scenarios.length).toBeGreaterThanOrEqual(12)
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length)
    for (const s of scenarios) expect(s.calls.length).toBeGreaterThan(0)
  })

  it('covers the required situations', async () => {
    const names = (await loadScenarios(files)).map((s) => s.name)
    for (const name of [
      'fire-zone-a', 'gas-leak-valve', 'chemical-spill', 'bleeding-colleague', 'unconscious-worker', 'electric-shock',
      'fall-from-height', 'confined-space', 'smoke-no-fire', 'false-alarm', 'noisy-line', 'silent-caller',
      'hangup-mid-call', 'same-number-twice', 'admin-takeover',
    ]) {
      expect(names).toContain(name)
    }
  })

  it('loads every fault profile', async () => {
    const profiles = readdirSync(join(dir, 'faults')).filter((f) => f.endsWith('.yaml'))
    expect(profiles.length).toBeGreaterThan(0)
    for (const file of profiles) expect((await loadFaultProfile(join(dir, 'faults', file))).faults.length).toBeGreaterThan(0)
  })
})

describe('parseScenario', () => {
  it('turns a valid file into steps with defaults and source lines', () => {
    const s = parseScenario(VALID, FILE)
    expect(s.name).toBe('example')
    const call = s.calls[0]!
    expect(call).toMatchObject({ label: 'example', from: '+15551230001', to: '+15559990000', worker: 'W-1001', end: 'hangup', delayMs: 0 })
    expect(call.turns[0]).toMatchObject({
      utterance: { kind: 'speech', text: "There's a fire in Zone A", confidence: 0.8 },
      pauseMs: 600,
      expect: { urgencyAtLeast: 'CRITICAL', mentions: ['Zone A'] },
      source: { file: FILE, line: 7 },
    })
    expect(call.turns[1]!.utterance).toEqual({ kind: 'silence' })
    expect(call.admin).toEqual([{ beforeTurn: 2, action: 'takeover', source: { file: FILE, line: 14 } }])
    expect(s.faults).toEqual([{ kind: 'latency', atMs: 1000, forMs: 2000, latencyMs: 300, source: { file: FILE, line: 17 } }])
  })

  it('labels the calls of a multi-call scenario by position', () => {
    const text = VALID.replace('calls:\n', 'calls:\n  - from: "+15551230002"\n    turns: []\n')
    expect(parseScenario(text, FILE).calls.map((c) => c.label)).toEqual(['example#1', 'example#2'])
  })

  it('points at an unknown field by its key, with the path', () => {
    expect(problemsOf(VALID.replace('confidence: 0.8', 'confidnce: 0.8'))).toEqual([
      `${FILE}:8:9: calls[0].turns[0].confidnce: unknown field (check the spelling; see sim/scenarios/README.md)`,
    ])
  })

  it('reports every schema problem at once, each at its own line', () => {
    const text = VALID.replace('"+15551230001"', '"5551230001"').replace('urgency_at_least: CRITICAL', 'urgency_at_least: SEVERE').replace('confidence: 0.8', 'confidence: 1.5')
    expect(problemsOf(text)).toEqual([
      `${FILE}:4:11: calls[0].from: must be an E.164 phone number such as "+15551230001"`,
      `${FILE}:8:21: calls[0].turns[0].confidence: must be <= 1`,
      `${FILE}:10:29: calls[0].turns[0].expect.urgency_at_least: must be one of: UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL`,
    ])
  })

  it('names a missing required field at the object that lacks it', () => {
    expect(problemsOf('name: example\ndescription: x\ncalls:\n  - from: "+15551230001"\n')).toEqual([
      `${FILE}:4:5: calls[0]: missing required field "turns"`,
    ])
    expect(problemsOf(VALID.replace('    latency_ms: 300\n', ''))).toEqual([`${FILE}:17:5: faults[0]: missing required field "latency_ms"`])
  })

  it('rejects a turn that is both speech and silence, or neither', () => {
    expect(problemsOf(VALID.replace('      - silence: true', '      - silence: true\n        say: hello'))).toEqual([
      `${FILE}:12:9: calls[0].turns[1]: a turn is either \`say\` or \`silence\`, not both`,
    ])
    expect(problemsOf(VALID.replace('      - silence: true', '      - pause_ms: 100'))).toEqual([
      `${FILE}:12:9: calls[0].turns[1]: a turn needs \`say: "..."\` or \`silence: true\``,
    ])
  })

  it('rejects an admin step past the last turn and a message without text', () => {
    expect(problemsOf(VALID.replace('before_turn: 2', 'before_turn: 4'))).toEqual([
      `${FILE}:14:9: calls[0].admin[0].before_turn: before_turn 4 is past the call's 2 turn(s) (at most 3: after the last reply)`,
    ])
    expect(problemsOf(VALID.replace('do: takeover', 'do: message'))).toEqual([`${FILE}:14:9: calls[0].admin[0]: missing required field "text"`])
  })

  it('requires the name to be the file name', () => {
    expect(problemsOf(VALID, 'sim/scenarios/other.yaml')).toEqual(['sim/scenarios/other.yaml:1:7: name: must be "other", the file\'s name (one scenario per file, named after it)'])
  })

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(problemsOf('name: example\ndescription: [unclosed\ncalls: []\n')[0]).toMatch(/^sim\/scenarios\/example\.yaml:\d+:\d+: YAML: /)
    expect(problemsOf('name: example\nname: again\ndescription: x\ncalls: []\n')).toEqual([
      expect.stringMatching(/^sim\/scenarios\/example\.yaml:2:1: YAML: Map keys must be unique/),
    ])
  })

  it('lists the problems of several files together and refuses duplicate names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scenarios-'))
    try {
      await mkdir(join(dir, 'a'))
      await mkdir(join(dir, 'b'))
      await writeFile(join(dir, 'a', 'example.yaml'), VALID)
      await writeFile(join(dir, 'b', 'example.yaml'), VALID)
      await writeFile(join(dir, 'bad.yaml'), VALID.replace('name: example', 'name: bad').replace('confidence: 0.8', 'confidence: high'))
      const files = [join(dir, 'a', 'example.yaml'), join(dir, 'b', 'example.yaml'), join(dir, 'bad.yaml'), join(dir, 'missing.yaml')]
      const error = await loadScenarios(files).catch((err: unknown) => err)
      expect(error).toBeInstanceOf(ScenarioFileError)
      expect((error as ScenarioFileError).problems.map(formatProblem)).toEqual([
        `${join(dir, 'bad.yaml')}:8:21: calls[0].turns[0].confidence: must be number`,
        `${join(dir, 'missing.yaml')}:1:1: cannot read it (ENOENT: no such file or directory, open '${join(dir, 'missing.yaml')}')`,
        `${join(dir, 'b', 'example.yaml')}:1:1: name: "example" is already the name of ${join(dir, 'a', 'example.yaml')}`,
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('parseFaultProfile', () => {
  const file = 'sim/scenarios/faults/p.yaml'
  it('reads repeating windows', () => {
    const p = parseFaultProfile('name: p\ndescription: x\nfaults:\n  - kind: outage\n    at_ms: 10\n    for_ms: 5\n    every_ms: 100\n    jitter_ms: 3\n  - kind: drop\n    at_ms: 50\n', file)
    expect(p.faults.map((f) => [f.kind, f.atMs, f.forMs, f.everyMs, f.jitterMs])).toEqual([
      ['outage', 10, 5, 100, 3],
      ['drop', 50, 0, undefined, undefined],
    ])
  })

  it('rejects overlapping repetitions and a duration on a drop', () => {
    expect(() => parseFaultProfile('name: p\ndescription: x\nfaults:\n  - kind: outage\n    at_ms: 0\n    for_ms: 100\n    every_ms: 50\n', file)).toThrow(
      `${file}:7:5: faults[0].every_ms: every_ms must be longer than for_ms (the windows would overlap)`,
    )
    expect(() => parseFaultProfile('name: p\ndescription: x\nfaults:\n  - kind: drop\n    at_ms: 0\n    for_ms: 100\n', file)).toThrow(
      `${file}:6:5: faults[0].for_ms: a drop is an instant: remove for_ms`,
    )
  })
})
