// The soak's side of the admin stream group (stream-group.ts, a child process): fork it, open
// the streams, keep its latest counts, close it. IPC protocol:
//   parent -> {kind:'open', ...OpenGroup}      child -> {kind:'report', report} every reportEveryMs
//   parent -> {kind:'close'}                   child -> {kind:'closed', report} once every stream ended

import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { StreamStats } from './stream-slot.js'

export interface OpenGroup {
  origin: string
  /** An admin session cookie (POST /api/login). */
  cookie: string
  streams: number
  /** Share of the streams that are the overview; the rest follow live calls. */
  overviewShare: number
  reconnectMs: number
  dropMeanMs: number
  seed: string
  reportEveryMs: number
}

export interface GroupReport {
  open: { overview: number; conversation: number }
  /** Conversations the group's directory knows (live or ended, not yet archived). */
  liveCalls: number
  stats: { overview: StreamStats; conversation: StreamStats }
}

export type GroupMessage = { kind: 'report'; report: GroupReport } | { kind: 'closed'; report: GroupReport }

export class StreamGroup {
  /** The child's latest counts (null until its first report). */
  latest: GroupReport | null = null
  readonly #child: ChildProcess
  readonly #exited: Promise<void>

  private constructor(child: ChildProcess) {
    this.#child = child
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()))
    child.on('message', (message: GroupMessage) => {
      if (message.kind === 'report') this.latest = message.report
    })
  }

  static start(options: OpenGroup): StreamGroup {
    const child = fork(fileURLToPath(new URL('./stream-group.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const group = new StreamGroup(child)
    child.send({ kind: 'open', ...options })
    return group
  }

  /** Closes every stream, waits for the child to confirm (and exit), and returns its final counts. */
  async close(timeoutMs = 30_000): Promise<GroupReport | null> {
    const closed = new Promise<GroupReport>((resolve) => {
      this.#child.on('message', (message: GroupMessage) => {
        if (message.kind === 'closed') resolve(message.report)
      })
    })
    if (this.#child.connected) this.#child.send({ kind: 'close' })
    let timer: NodeJS.Timeout | undefined
    const report = await Promise.race([closed, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)))])
    clearTimeout(timer)
    if (report) this.latest = report
    if (this.#child.connected) this.#child.disconnect()
    const killer = setTimeout(() => this.#child.kill('SIGKILL'), 5000)
    await this.#exited
    clearTimeout(killer)
    return report
  }
}
