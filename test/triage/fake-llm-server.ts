import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest { method: string; url: string; headers: IncomingHttpHeaders; body: unknown }

export interface FakeLlm {
  /** Base URL the responder is configured with (…/v1). */
  baseUrl: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

export type FakeLlmHandler = (req: IncomingMessage, res: ServerResponse, body: unknown) => void

/** A real OpenAI-compatible HTTP endpoint on port 0, answering with `handler`. */
export async function startFakeLlm(handler: FakeLlmHandler): Promise<FakeLlm> {
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // kept as text: the test asserts on it
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      handler(req, res, body)
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
}

/** A chat completion whose message content is `content`. */
export function completion(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
  })
}

export function sendJson(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(body)
}

/** A URL where nothing listens: a server was there a moment ago and has gone. */
export async function refusedBaseUrl(): Promise<string> {
  const gone = await startFakeLlm(() => undefined)
  await gone.close()
  return gone.baseUrl
}
