import { readFile } from 'node:fs/promises'
import type { FastifyInstance } from 'fastify'

// The dashboard: three static files (no build step), read once at start-up. The page holds no
// data: it asks /api/session and shows the login form on 401. Scripts and styles are files, not
// inline, so the CSP (app.ts) can forbid inline code.

const FILES = [
  ['/admin', 'index.html', 'text/html; charset=utf-8'],
  ['/admin/app.js', 'app.js', 'text/javascript; charset=utf-8'],
  ['/admin/app.css', 'app.css', 'text/css; charset=utf-8'],
] as const

export default async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  for (const [url, file, type] of FILES) {
    const body = await readFile(new URL(`../../public/admin/${file}`, import.meta.url))
    app.get(url, async (_request, reply) =>
      reply.type(type).header('cache-control', 'no-cache').send(body),
    )
  }
}
