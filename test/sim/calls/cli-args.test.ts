import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../../sim/calls/aurora-process.js'
import { expandFiles, parseCliArgs, UsageError } from '../../../sim/calls/cli-args.js'

const NOW = new Date('2026-03-01T10:00:00.000Z')

describe('parseCliArgs', () => {
  it('defaults to every scenario once, against an Aurora it starts as a child process', () => {
    const o = parseCliArgs([], {}, NOW)
    expect(o).toMatchObject({ concurrency: 16, seed: 'aurora', pace: 1, aurora: 'child', faultProfiles: [], progress: true, watchAdmin: true, reportDir: join('sim-reports', '2026-03-01T10-00-00-000Z') })
    expect(o.calls).toBeUndefined()
    expect(o.target).toBeUndefined()
    expect(o.files.length).toBeGreaterThanOrEqual(12)
    expect(o.files.every((f) => f.startsWith('sim/scenarios/') && f.endsWith('.yaml'))).toBe(true)
  })

  it('reads the run knobs and resolves profile names', () => {
    const o = parseCliArgs(['sim/scenarios/fire-zone-a.yaml', '--calls', '600', '--concurrency', '120', '--seed', 's1', '--pace', '0.5', '--faults', 'outage-every-60s', '--faults', 'my/own.yaml', '--aurora', 'inprocess', '--no-progress', '--no-admin-watch'], {}, NOW)
    expect(o).toMatchObject({ files: ['sim/scenarios/fire-zone-a.yaml'], calls: 600, concurrency: 120, seed: 's1', pace: 0.5, aurora: 'inprocess', progress: false, watchAdmin: false })
    expect(o.faultProfiles).toEqual([join(REPO_ROOT, 'sim/scenarios/faults/outage-every-60s.yaml'), 'my/own.yaml'])
  })

  it('refuses bad values with a usage error', () => {
    expect(() => parseCliArgs(['--calls', '0'], {})).toThrow(UsageError)
    expect(() => parseCliArgs(['--concurrency', 'many'], {})).toThrow(/--concurrency must be an integer >= 1/)
    expect(() => parseCliArgs(['--aurora', 'docker'], {})).toThrow(/--aurora must be child or inprocess/)
    expect(() => parseCliArgs(['--frobnicate'], {})).toThrow(UsageError)
    expect(() => parseCliArgs(['--auth-token', 'x'], {})).toThrow(/only apply with --target/)
  })

  it('targets a running Aurora with its tokens and emulator from flags or the environment', () => {
    expect(() => parseCliArgs(['--target', 'http://127.0.0.1:3000'], {})).toThrow(/needs the TWILIO_AUTH_TOKEN/)
    const o = parseCliArgs(['--target', 'http://127.0.0.1:3000/'], { TWILIO_AUTH_TOKEN: 'tok', ADMIN_TOKEN: 'adm', FIREBASE_DATABASE_EMULATOR_HOST: '127.0.0.1:9000' })
    expect(o.target).toEqual({ url: 'http://127.0.0.1:3000', authToken: 'tok', adminToken: 'adm', firebase: { hostPort: '127.0.0.1:9000', namespace: 'demo-aurora-default-rtdb', projectId: 'demo-aurora' } })
    const p = parseCliArgs(['--target', 'http://127.0.0.1:3000', '--public-url', 'https://aurora.example.com', '--auth-token', 't', '--namespace', 'ns1', '--firebase', 'localhost:9001'], {})
    expect(p.target).toMatchObject({ publicUrl: 'https://aurora.example.com', adminToken: null, firebase: { hostPort: 'localhost:9001', namespace: 'ns1' } })
  })
})

describe('expandFiles', () => {
  it('expands a wildcard in the file name, sorted, and keeps plain paths', () => {
    const files = expandFiles(['sim/scenarios/f*-*.yaml', 'x/plain.yaml'], REPO_ROOT)
    expect(files).toEqual([
      'sim/scenarios/fall-from-height.yaml', 'sim/scenarios/false-alarm.yaml', 'sim/scenarios/fire-zone-a.yaml', 'sim/scenarios/forklift-hits-worker.yaml', 'x/plain.yaml',
    ])
  })

  it('refuses a glob that matches nothing or has wildcards in directories', () => {
    expect(() => expandFiles(['sim/scenarios/nothing-*.yaml'], REPO_ROOT)).toThrow(/matches no file/)
    expect(() => expandFiles(['sim/*/x.yaml'], REPO_ROOT)).toThrow(/only supported in the file name/)
  })
})
