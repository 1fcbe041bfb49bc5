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
})
