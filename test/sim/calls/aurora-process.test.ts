import { mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listenUrl, spawnAurora, type AuroraProcess } from '../../../sim/calls/aurora-process.js'
import { AURORA_NODE_FLAGS } from '../../../src/node-flags.js'

describe('listenUrl', () => {
  it('reads Fastify\'s listening line and nothing else', () => {
    expect(listenUrl('{"level":30,"msg":"Server listening at http://127.0.0.1:41234"}')).toBe('http://127.0.0.1:41234')
    expect(listenUrl('{"level":30,"msg":"incoming request"}')).toBeNull()
    expect(listenUrl('Server listening at http://127.0.0.1:1')).toBeNull()
    expect(listenUrl('{not json')).toBeNull()
  })
})

describe('spawnAurora', () => {
  let dataDir: string
  let aurora: AuroraProcess

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aurora-child-'))
    aurora = await spawnAurora({
      env: {
        TWILIO_AUTH_TOKEN: 'child-test-token-0123456789',
        ADMIN_TOKEN: 'child-test-admin-token-0123',
        PUBLIC_URL: 'https://aurora.child.test',
        INSTANCE_ID: 'child',
        AURORA_DATA_DIR: dataDir,
      },
    })
  }, 60_000)

  afterAll(async () => {
    await aurora?.kill()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('starts src/server.ts on a free port and answers /health', async () => {
    expect(aurora.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await fetch(`${aurora.url}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ instance_id: 'child' })
  })

  it('runs with Aurora\'s V8 flags, as npm start does, so the server does not warn about them', async () => {
    // After the /health round trip above, so a warning logged right after listen would be in the tail.
    const cmdline = (await readFile(`/proc/${aurora.pid}/cmdline`, 'utf8')).split('\0')
    for (const flag of AURORA_NODE_FLAGS) expect(cmdline).toContain(flag)
    expect(aurora.tail().join('\n')).not.toContain('started without Aurora')
  })

  it('stops gracefully on SIGTERM with exit code 0', async () => {
    expect(await aurora.stop()).toEqual({ code: 0, signal: null })
  })
})

describe('spawnAurora with a log file', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aurora-child-log-'))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('lets the child write its log to the file itself, finds the listening line there, and tails it', async () => {
    const logFile = join(dir, 'aurora.log')
    await writeFile(logFile, 'an earlier run\n')
    const aurora = await spawnAurora({
      env: {
        TWILIO_AUTH_TOKEN: 'child-test-token-0123456789',
        ADMIN_TOKEN: 'child-test-admin-token-0123',
        PUBLIC_URL: 'https://aurora.child.test',
        INSTANCE_ID: 'childlog',
        AURORA_DATA_DIR: join(dir, 'data'),
      },
      logFile,
    })
    try {
      expect((await fetch(`${aurora.url}/health`)).status).toBe(200)
      // Nothing passes through this process: the file is the child's own stdout.
      expect(await readlink(`/proc/${aurora.pid}/fd/1`)).toBe(logFile)
      const log = await readFile(logFile, 'utf8')
      expect(log.startsWith('an earlier run\n')).toBe(true)
      expect(log).toContain(`Server listening at ${aurora.url}`)
      const tail = aurora.tail()
      expect(tail.some((line) => line.includes('Server listening at'))).toBe(true)
      expect(tail).not.toContain('an earlier run')
    } finally {
      expect(await aurora.stop()).toEqual({ code: 0, signal: null })
    }
  }, 60_000)

  it('reports the last lines of the file when the child exits before listening', async () => {
    const logFile = join(dir, 'broken.log')
    const started = spawnAurora({ env: { TWILIO_AUTH_TOKEN: '', PUBLIC_URL: 'not a url', INSTANCE_ID: 'childbroken', AURORA_DATA_DIR: join(dir, 'broken') }, logFile })
    await expect(started).rejects.toThrow(/exited before listening[\s\S]*--- last output ---\n.+/)
  }, 60_000)
})
