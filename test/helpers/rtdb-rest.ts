// Plain HTTP against the test RTDB's REST API (§11), for seeding, rules uploads and REST tests.

import type { RtdbTarget } from './rtdb.js'

export function restUrl(rtdb: Pick<RtdbTarget, 'hostPort'>, path: string, ns: string, params: Record<string, string> = {}): string {
  const url = new URL(`http://${rtdb.hostPort}/${path.replace(/^\/+/, '')}`)
  url.searchParams.set('ns', ns)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

/** Uploads rules the way rules-unit-testing does: PUT text with `Bearer owner` (§11). */
export async function putRules(rtdb: Pick<RtdbTarget, 'hostPort'>, ns: string, rules: string): Promise<void> {
  const response = await fetch(restUrl(rtdb, '.settings/rules.json', ns), {
    method: 'PUT',
    headers: { authorization: 'Bearer owner' },
    body: rules,
  })
  if (!response.ok) throw new Error(`rules upload failed with ${response.status}: ${await response.text()}`)
}

/** An unsigned token shaped like the SDKs' mock user tokens (§6.2): what the emulator decodes as a signed-in user. */
export function mockUserToken(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ alg: 'none', type: 'JWT' })}.${encode({ iat: 0, exp: 3600, ...claims })}.`
}
