import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as errors from '../src/errors.js'

// Like fastify's own docs test: a code added to src/errors.ts must be documented in README.md.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('error codes', () => {
  // Each constructor takes its own message arguments; the code and status do not depend on them.
  const construct = (E: unknown): { code: string; statusCode?: number } =>
    Reflect.construct(E as new () => { code: string; statusCode?: number }, [])
  const codes = Object.values(errors).map(construct)

  it('are all AURORA_ERR_<AREA>_<WHAT> and unique', () => {
    expect(codes.length).toBeGreaterThan(20)
    for (const e of codes) expect(e.code).toMatch(/^AURORA_ERR_[A-Z]+_[A-Z_]+$/)
    expect(new Set(codes.map((e) => e.code)).size).toBe(codes.length)
  })

  it.each(codes.map((e) => [e.code, e.statusCode ?? 500] as const))('%s is in the README error table with HTTP %i', (code, status) => {
    expect(readme).toContain(`| \`${code}\` | ${status} |`)
  })
})
