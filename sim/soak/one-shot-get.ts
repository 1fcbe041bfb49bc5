// GET over a connection of its own that closes with the response (no keep-alive agent). The
// soak counts Aurora's file descriptors, and an idle keep-alive socket from its own polling
// (fetch keeps one open for as long as the server's Keep-Alive hint, 72 s with Fastify) would
// read as a descriptor Aurora leaked.

import { get } from 'node:http'

export interface TextResponse {
  status: number
  body: string
}

export function getOnce(url: string, timeoutMs = 10_000): Promise<TextResponse> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false, headers: { connection: 'close' }, timeout: timeoutMs }, (res) => {
      res.setEncoding('utf8')
      let body = ''
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
  })
}

export async function getJson(url: string, timeoutMs?: number): Promise<unknown> {
  const res = await getOnce(url, timeoutMs)
  if ((res.status < 200 || res.status > 299) && res.status !== 503) throw new Error(`GET ${url} answered ${res.status}`)
  return JSON.parse(res.body) as unknown
}
