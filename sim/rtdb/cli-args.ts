// Command-line arguments of `npm run emulator`, parsed into options or a list of every problem.

import { parseArgs } from 'node:util'

export interface CliOptions {
  host: string
  port: number
  rulesFile: string | null
  importFile: string | null
  exportOnExit: string | null
  verbose: boolean
}

export const USAGE = `Usage: npm run emulator -- [--port 9000] [--host 127.0.0.1] [--rules database.rules.json]
                        [--import export.json] [--export-on-exit export.json] [--verbose]

  --port            TCP port (default 9000; 0 picks a free one)
  --host            interface to bind (default 127.0.0.1)
  --rules           rules file applied to every namespace (JSON with comments, {"rules": {...}})
  --import          load an export file (written by --export-on-exit) before listening
  --export-on-exit  write every namespace's data and rules to this file on SIGINT/SIGTERM
  --verbose         log every connection and rejected request`

export type CliParse = { ok: true; options: CliOptions } | { ok: false; problems: string[]; help: boolean }

export function parseCliArgs(argv: readonly string[]): CliParse {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        rules: { type: 'string' },
        import: { type: 'string' },
        'export-on-exit': { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)], help: false }
  }
  if (values.help === true) return { ok: false, problems: [], help: true }
  const problems: string[] = []
  const portText = values.port ?? '9000'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65_535) problems.push(`--port must be an integer from 0 to 65535, got "${portText}"`)
  const host = values.host ?? '127.0.0.1'
  if (host.trim() === '') problems.push('--host must not be empty')
  for (const flag of ['rules', 'import', 'export-on-exit'] as const) {
    if (values[flag] === '') problems.push(`--${flag} needs a file path`)
  }
  if (problems.length > 0) return { ok: false, problems, help: false }
  return {
    ok: true,
    options: {
      host,
      port,
      rulesFile: values.rules ?? null,
      importFile: values.import ?? null,
      exportOnExit: values['export-on-exit'] ?? null,
      verbose: values.verbose === true,
    },
  }
}
