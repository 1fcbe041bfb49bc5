import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, onTestFinished } from 'vitest'
import { loadWorkerDirectory } from '../../src/calls/worker-directory.js'

const example = fileURLToPath(new URL('../../src/calls/workers.example.json', import.meta.url))

function directoryFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'aurora-workers-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'workers.json')
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

describe('worker directory', () => {
  it('loads the shipped example and finds its workers in any number format', async () => {
    const directory = await loadWorkerDirectory(example)
    expect(directory.size).toBeGreaterThanOrEqual(15)
    expect(directory.lookup('+15551230001')).toEqual({ worker_id: 'W-1001', name: 'Priya Shah', site: 'Plant 2' })
    expect(directory.lookup('(555) 123-0001')).toEqual(directory.lookup('+15551230001'))
  })

  it('answers the unknown caller for numbers it does not know, and for no number at all', async () => {
    const directory = await loadWorkerDirectory(example)
    const unknown = { worker_id: 'unknown', name: 'Unknown caller', site: 'unknown' }
    expect(directory.lookup('+15559999999')).toEqual(unknown)
    expect(directory.lookup('client:alice')).toEqual(unknown)
    expect((await loadWorkerDirectory(undefined)).lookup('+15551230001')).toEqual(unknown)
  })

  it('hands out copies', async () => {
    const directory = await loadWorkerDirectory(example)
    directory.lookup('+15551230001').name = 'changed'
    directory.lookup('+15550000000').name = 'changed'
    expect(directory.lookup('+15551230001').name).toBe('Priya Shah')
    expect(directory.lookup('+15550000000').name).toBe('Unknown caller')
  })

  it.each([
    ['not JSON', '{"workers": [', /not JSON/],
    ['no workers array', { people: [] }, /"workers" array/],
    ['a bad number', { workers: [{ phone: 'call me', worker_id: 'W-1', name: 'A', site: 'S' }] }, /workers\[0\]\.phone "call me" is not a phone number/],
    ['a missing field', { workers: [{ phone: '+15551230001', worker_id: 'W-1', name: 'A' }] }, /workers\[0\]\.site must be a non-empty string/],
    ['a typo in a field', { workers: [{ phone: '+15551230001', worker_id: 'W-1', nmae: 'A', name: 'A', site: 'S' }] }, /workers\[0\] has unknown field\(s\) nmae/],
    [
      'a duplicate number',
      {
        workers: [
          { phone: '+15551230001', worker_id: 'W-1', name: 'A', site: 'S' },
          { phone: '555 123 0001', worker_id: 'W-2', name: 'B', site: 'S' },
        ],
      },
      /workers\[1\]\.phone is \+15551230001 again \(already workers\[0\]\)/,
    ],
  ])('refuses a file with %s, naming the file and the entry', async (_, content, message) => {
    const path = directoryFile(content)
    await expect(loadWorkerDirectory(path)).rejects.toMatchObject({
      code: 'AURORA_ERR_CALLS_WORKER_DIRECTORY_INVALID',
      message: expect.stringMatching(message),
    })
    await expect(loadWorkerDirectory(path)).rejects.toThrow(`Worker directory ${path} is invalid`)
  })

  it('refuses a file it cannot read', async () => {
    await expect(loadWorkerDirectory('/nonexistent/workers.json')).rejects.toMatchObject({
      code: 'AURORA_ERR_CALLS_WORKER_DIRECTORY_INVALID',
      message: expect.stringContaining('/nonexistent/workers.json'),
    })
  })
})
