// A small EmulatorLog for the CLI: one line per event on stderr, `level message {fields}`.
// Debug lines only with --verbose. (The app's pino logger can be passed to startEmulator instead.)

import type { EmulatorLog } from './log.js'

export function createConsoleLog(options: { verbose: boolean; bindings?: object }): EmulatorLog {
  const bindings = options.bindings ?? {}
  const line = (level: string, obj: object, msg: string): void => {
    const fields = { ...bindings, ...obj }
    const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields, errorReplacer)}` : ''
    process.stderr.write(`${new Date().toISOString()} ${level} ${msg}${extra}\n`)
  }
  return {
    debug: (obj, msg) => {
      if (options.verbose) line('debug', obj, msg)
    },
    info: (obj, msg) => line('info', obj, msg),
    warn: (obj, msg) => line('warn', obj, msg),
    error: (obj, msg) => line('error', obj, msg),
    child: (more) => createConsoleLog({ verbose: options.verbose, bindings: { ...bindings, ...more } }),
  }
}

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { message: value.message, stack: value.stack } : value
}
