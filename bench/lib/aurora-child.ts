// Aurora in a child process for a bench that must see inside it: the parent's load generator
// and measuring clients then do not share Aurora's event loop (a caller's answer is not read late
// because Aurora is busy, as it would be if both ran in one process), and Aurora runs with its
// production V8 flags (src/node-flags.ts). The parent asks over IPC for what only the process
// knows: when probe messages became durable, a call's conversation, the active count, CPU, RSS.
//
//   parent: const aurora = await startAuroraChild(env)   // env as for loadConfig
//           await aurora.ask({ kind: 'usage' })
// Probe messages: bench/lib/probe-text.ts; durability times use the epoch clock the other bench
// processes use too (bench/lib/epoch-clock.ts).

import { fork, type ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { AURORA_NODE_FLAGS } from '../../src/node-flags.js'
import { epochNow } from './epoch-clock.js'
import { probeOf } from './probe-text.js'

export type AuroraQuestion = { kind: 'durables' } | { kind: 'conversation'; sid: string } | { kind: 'active' } | { kind: 'usage' }

export interface AuroraAnswers {
  /** Probe -> when the record carrying it became durable (epoch ms); forgotten once asked. */
  durables: Record<string, number>
  conversation: string | null
  active: number
  usage: { cpuMs: number; rss: number }
}

export interface AuroraChild {
  base: string
  ask<K extends AuroraQuestion['kind']>(question: Extract<AuroraQuestion, { kind: K }>): Promise<AuroraAnswers[K]>
  stop(): Promise<void>
}

export async function startAuroraChild(env: Record<string, string>): Promise<AuroraChild> {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], {
    execArgv: [...AURORA_NODE_FLAGS, '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<number, (value: unknown) => void>()
  let nextId = 0
  const base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`aurora child exited with ${code} before listening`)))
    child.on('message', (message: { id?: number; base?: string; answer?: unknown }) => {
      if (message.base) resolve(message.base)
      else if (message.id !== undefined) {
        waiting.get(message.id)?.(message.answer)
        waiting.delete(message.id)
      }
    })
  })
  return {
    base,
    ask: (question) =>
      new Promise((resolve) => {
        const id = nextId++
        waiting.set(id, resolve as (value: unknown) => void)
        child.send({ id, question })
      }),
    stop: () => stopChild(child),
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.send({ stop: true })
  })
}

async function runChild(): Promise<void> {
  const { buildApp } = await import('../../src/app.js')
  const { loadConfig } = await import('../../src/config.js')
  const app = await buildApp(loadConfig(process.env))
  await app.listen({ host: '127.0.0.1', port: 0 })
  let durables: Record<string, number> = {}
  app.store.onDurable((record) => {
    for (const op of record.ops) {
      const probe = op.path.includes('/messages/') ? probeOf((op.value as { text?: unknown } | null)?.text) : null
      if (probe !== null) durables[String(probe)] = epochNow()
    }
  })
  const answer = (question: AuroraQuestion): unknown => {
    switch (question.kind) {
      case 'durables': {
        const out = durables
        durables = {}
        return out
      }
      case 'conversation':
        return app.calls.callBySid(question.sid)?.conversation_id ?? null
      case 'active':
        return app.calls.listActive().length
      case 'usage': {
        const cpu = process.cpuUsage()
        return { cpuMs: (cpu.user + cpu.system) / 1000, rss: process.memoryUsage().rss }
      }
    }
  }
  process.on('message', (message: { id: number; question: AuroraQuestion } | { stop: true }) => {
    if ('stop' in message) {
      void app.close().then(() => process.exit(0))
      return
    }
    process.send?.({ id: message.id, answer: answer(message.question) })
  })
  // The parent gone (killed, crashed): nothing left to serve.
  process.on('disconnect', () => void app.close().then(() => process.exit(0)))
  process.send?.({ base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` })
}

if (process.argv.includes('--child')) await runChild()
