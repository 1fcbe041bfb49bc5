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
    ['not JSON', '{"workers": [', /not JSON \(Unexpected end of JSON input at position 13 \(line 1, column 14\)\)/],
    ['no workers array', { people: [] }, /"workers" array/],
    ['an entry that is not an object', { workers: ['W-1'] }, /workers\[0\] is not an object/],
    ['a bad number', { workers: [{ phone: 'call me', worker_id: 'W-1', name: 'A', site: 'S' }] }, /workers\[0\] \(worker_id "W-1"\): phone is not a phone number \(use E\.164, e\.g\. \+15551230001\)/],
    ['a missing field', { workers: [{ phone: '+15551230001', worker_id: 'W-1', name: 'A' }] }, /workers\[0\] \(worker_id "W-1"\): site must be a non-empty string/],
    ['a missing worker_id', { workers: [{ phone: '+15551230001', name: 'A', site: 'S' }] }, /workers\[0\]: worker_id must be a non-empty string/],
    ['a typo in a field', { workers: [{ phone: '+15551230001', worker_id: 'W-1', nmae: 'A', name: 'A', site: 'S' }] }, /workers\[0\] \(worker_id "W-1"\) has unknown field\(s\) nmae/],
    [
      'a duplicate number',
      {
        workers: [
          { phone: '+15551230001', worker_id: 'W-1', name: 'A', site: 'S' },
          { phone: '555 123 0001', worker_id: 'W-2', name: 'B', site: 'S' },
        ],
      },
      /workers\[1\] \(worker_id "W-2"\): phone is the same number as workers\[0\] \(worker_id "W-1"\); one worker per number/,
    ],
  ])('refuses a file with %s, naming the file and the entry', async (_, content, message) => {
    const path = directoryFile(content)
    await expect(loadWorkerDirectory(path)).rejects.toMatchObject({
      code: 'AURORA_ERR_CALLS_WORKER_DIRECTORY_INVALID',
      message: expect.stringMatching(message),
    })
    await expect(loadWorkerDirectory(path)).rejects.toThrow(`Worker directory ${path} is invalid`)
  })

  // Start-up prints these errors to the service log: a number in them would land there in full.
  it.each([
    ['a bad number', { workers: [{ phone: '07700 900123', worker_id: 'w1', name: 'Ann', site: 'Plant A' }] }, /workers\[0\] \(worker_id "w1"\): phone is not a phone number/],
    [
      'a duplicate number',
      {
        workers: [
          { phone: '+44 7700 900123', worker_id: 'w1', name: 'Ann', site: 'Plant A' },
          { phone: '+447700900123', worker_id: 'w2', name: 'Bob', site: 'Plant A' },
        ],
      },
      /workers\[1\] \(worker_id "w2"\): phone is the same number as workers\[0\] \(worker_id "w1"\)/,
    ],
    [
      // V8's message quotes the text around the error: '..."0900123" }, ] }" is not valid JSON'.
      'a trailing comma after a number',
      '{ "workers": [ { "phone": "+447700900123", "worker_id": "w1", "name": "Ann", "site": "Plant A" }, ] }',
      /not JSON \(Unexpected token '\]' at position 98 \(line 1, column 99\)\)/,
    ],
    [
      'a bad token after a number, on line 3',
      '{ "workers": [\n  { "phone": "+447700900123", "worker_id": "w1", "name": "Ann", "site": "Plant A" },\n  { "phone": "+447700900124" "worker_id": "w2" }\n] }',
      /not JSON \(Expected ',' or '}' after property value at position 129 \(line 3, column 30\)\)/,
    ],
    ['a number where a string belongs', '{ "workers": [ { "phone": +447700900123 } ] }', /not JSON \(Unexpected token '\+' at position 26 \(line 1, column 27\)\)/],
    ['a number in a worker_id', { workers: [{ phone: 'nope', worker_id: 'W-447700900123', name: 'Ann', site: 'Plant A' }] }, /workers\[0\] \(worker_id "W-\*\*\*"\): phone/],
    ['a number as a field name', { workers: [{ phone: '+447700900123', worker_id: 'w1', name: 'Ann', site: 'Plant A', '07700 900123': 'x' }] }, /has unknown field\(s\) \*\*\*/],
  ])('never quotes a phone number in its message: %s', async (_, content, message) => {
    const error = await loadWorkerDirectory(directoryFile(content)).then(
      () => expect.unreachable(),
      (err: Error) => err,
    )
    expect(error.message).toMatch(message)
    expect(error.message.replace(/[\s()+-]/g, '')).not.toMatch(/900123|0900124/)
    expect(error.stack ?? '').not.toMatch(/900123|0900124/)
  })

  it('refuses a file it cannot read', async () => {
    await expect(loadWorkerDirectory('/nonexistent/workers.json')).rejects.toMatchObject({
      code: 'AURORA_ERR_CALLS_WORKER_DIRECTORY_INVALID',
      message: expect.stringContaining('/nonexistent/workers.json'),
    })
  })
})
