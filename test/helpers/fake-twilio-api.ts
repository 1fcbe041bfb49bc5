import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

// A local stand-in for api.twilio.com: twilio's own REST client, pointed at it with
// TWILIO_API_BASE_URL, updates live calls here, and every request is kept for the test to read.

export const FAKE_ACCOUNT_SID = `AC${'1'.repeat(32)}`

export interface FakeTwilioApi {
  /** What to set TWILIO_API_BASE_URL to. */
  baseUrl: string
  received: Array<{ method: string; url: string; auth: string; body: URLSearchParams }>
  /** The next request is answered 404, as Twilio answers an update of a call that has ended. */
  failNext(): void
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<string> {
  let data = ''
  for await (const chunk of req) data += chunk
  return data
}

export async function startFakeTwilioApi(): Promise<FakeTwilioApi> {
  const received: FakeTwilioApi['received'] = []
  let failing = false
  const server = createServer(async (req, res) => {
    const body = new URLSearchParams(await readBody(req))
    received.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization ?? '', body })
    if (failing) {
      failing = false
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 20404, message: 'not found', status: 404 }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sid: 'CA', status: 'in-progress' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    failNext: () => (failing = true),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
