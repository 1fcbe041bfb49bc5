import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { AURORA_NODE_FLAGS, missingNodeFlags } from '../src/node-flags.js'

describe('Aurora\'s V8 flags', () => {
  it('are on npm start\'s command line, before the server module', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
    const words = pkg.scripts.start.split(/\s+/)
    expect(words[0]).toBe('node')
    for (const flag of AURORA_NODE_FLAGS) {
      expect(words).toContain(flag)
      expect(words.indexOf(flag)).toBeLessThan(words.indexOf('src/server.ts'))
    }
  })

  it('names the ones a process was started without', () => {
    expect(missingNodeFlags([])).toEqual([...AURORA_NODE_FLAGS])
    expect(missingNodeFlags(['--inspect', ...AURORA_NODE_FLAGS])).toEqual([])
  })
})
