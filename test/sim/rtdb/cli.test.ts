// `npm run emulator` as a process: argument errors, startup output, export on SIGTERM.

import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../../sim/rtdb/cli-args.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const TSX = join(ROOT, 'node_modules/.bin/tsx')

interface Run {
  stdout: string
  stderr: string
  code: number | null
}

function startCli(args: string[]) {
  const child = spawn(TSX, ['sim/rtdb/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ stdout, stderr, code })))
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(stdout)
      if (match?.[1]) resolve(match[1])
    })
    void exited.then((run) => reject(new Error(`exited with ${run.code} before listening: ${run.stderr}`)))
  })
  // Runs that are expected to fail never await `listening`; keep its rejection handled.
  listening.catch(() => {})
  return { child, exited, listening }
}

describe('parseCliArgs', () => {
  it('defaults to 127.0.0.1:9000 and reads every flag', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: { host: '127.0.0.1', port: 9000, rulesFile: null, importFile: null, exportOnExit: null, verbose: false },
    })
    expect(parseCliArgs(['--port', '0', '--rules', 'r.json', '--import', 'i.json', '--export-on-exit', 'e.json'])).toMatchObject({
      ok: true,
      options: { port: 0, rulesFile: 'r.json', importFile: 'i.json', exportOnExit: 'e.json' },
    })
  })

  it('reports every bad argument', () => {
    expect(parseCliArgs(['--port', 'abc'])).toEqual({ ok: false, help: false, problems: ['--port must be an integer from 0 to 65535, got "abc"'] })
    expect(parseCliArgs(['--bogus'])).toMatchObject({ ok: false, help: false })
  })
})

describe('emulator CLI process', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rtdb-cli-test-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('exits 2 with the usage for bad arguments and a clear error for an unreadable rules file', async () => {
    const bad = await startCli(['--port', 'nope']).exited
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--port must be an integer')
    expect(bad.stderr).toContain('Usage:')
    const missing = await startCli(['--port', '0', '--rules', join(dir, 'absent.rules.json')]).exited
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read rules file')
  })

  it('serves with the given rules, prints where, and exports on SIGTERM', async () => {
    const rules = join(dir, 'rules.json')
    await writeFile(rules, '{\n  // deny everything\n  "rules": {".read": false, ".write": false}\n}')
    const exportFile = join(dir, 'export.json')
    const run = startCli(['--port', '0', '--rules', rules, '--export-on-exit', exportFile])
    const url = await run.listening
    expect((await fetch(`${url}/x.json?ns=cli`, { method: 'PUT', body: '1' })).status).toBe(401)
    expect((await fetch(`${url}/x.json?ns=cli`, { method: 'PUT', body: '1', headers: { authorization: 'Bearer owner' } })).status).toBe(200)
    run.child.kill('SIGTERM')
    const result = await run.exited
    expect(result.stdout).toContain('rules: ' + rules)
    const exported = JSON.parse(await readFile(exportFile, 'utf8')) as { namespaces: Record<string, { data: unknown }> }
    expect(exported.namespaces['cli']?.data).toEqual({ x: 1 })
  }, 20_000)
})
