// Our RTDB emulator as a child process (`tsx sim/rtdb/cli.ts --port 0`), as tests and the
// simulator run it, so a bench's client work and the emulator's do not share one event loop.

import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '../../sim/calls/aurora-process.js'

export interface EmulatorProcess {
  /** "http://127.0.0.1:PORT", as the CLI prints it. */
  url: string
  /** "127.0.0.1:PORT", for FIREBASE_DATABASE_EMULATOR_HOST. */
  hostPort: string
  child: ChildProcess
}

/** `rules`: a rules file (relative to the repo), e.g. the project's database.rules.json; default open rules. */
export async function startEmulatorProcess(options: { rules?: string } = {}): Promise<EmulatorProcess> {
  const args = ['sim/rtdb/cli.ts', '--port', '0', ...(options.rules ? ['--rules', options.rules] : [])]
  const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
  let stdout = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(stdout)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)))
  })
  return { url, hostPort: new URL(url).host, child }
}
