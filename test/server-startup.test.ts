import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, onTestFinished } from 'vitest'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })))
}

describe('server start-up', () => {
  it('reports a coded error as its code and message, without a stack trace', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aurora-startup-'))
    onTestFinished(() => rmSync(base, { recursive: true, force: true }))
    const file = join(base, 'data')
    writeFileSync(file, '')
    const { code, stderr } = await runServer({ AURORA_DATA_DIR: file })
    expect(code).toBe(1)
    expect(stderr.trim()).toBe(
      `AURORA_ERR_STORE_DATA_DIR_UNUSABLE: Data dir ${file} (AURORA_DATA_DIR) cannot be used: ${file} exists but is not a directory (EEXIST); ` +
        'start-up stopped: point AURORA_DATA_DIR at a directory the user Aurora runs as can create and write, or fix that directory\'s owner and permissions',
    )
  })

  // The start-up error goes to the service log through console.error, not pino: it is masked there.
  it('reports a bad worker directory without the numbers in it', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aurora-startup-'))
    onTestFinished(() => rmSync(base, { recursive: true, force: true }))
    const workers = join(base, 'workers.json')
    const entry = (phone: string, id: string) => ({ phone, worker_id: id, name: 'Ann', site: 'Plant A' })
    writeFileSync(workers, JSON.stringify({ workers: [entry('+44 7700 900123', 'w1'), entry('+447700900123', 'w2')] }))
    const { code, stderr } = await runServer({ AURORA_DATA_DIR: join(base, 'data'), WORKER_DIRECTORY: workers })
    expect(code).toBe(1)
    expect(stderr).toContain('AURORA_ERR_CALLS_WORKER_DIRECTORY_INVALID: ')
    expect(stderr).toContain('workers[1] (worker_id "w2"): phone is the same number as workers[0] (worker_id "w1")')
    expect(stderr.replace(/[\s()+-]/g, '')).not.toContain('7700900123')
  })

  it('masks a number anywhere in a start-up error, a file name included', async () => {
    const base = mkdtempSync(join(tmpdir(), 'aurora-startup-'))
    onTestFinished(() => rmSync(base, { recursive: true, force: true }))
    const workers = join(base, 'call +44 7700 900123', 'workers.json')
    const { code, stderr } = await runServer({ AURORA_DATA_DIR: join(base, 'data'), WORKER_DIRECTORY: workers })
    expect(code).toBe(1)
    expect(stderr).toContain(`Worker directory ${join(base, 'call +4477***0123', 'workers.json')} is invalid: cannot read it (ENOENT`)
    expect(stderr.replace(/[\s()+-]/g, '')).not.toContain('7700900123')
  })
})
