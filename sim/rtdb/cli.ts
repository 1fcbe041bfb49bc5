// Process entry of `npm run emulator`: parse arguments, start the emulator, print where it
// listens, export on SIGINT/SIGTERM. The only emulator file that touches `process`.

import { readFile } from 'node:fs/promises'
import closeWithGrace from 'close-with-grace'
import { RulesSyntaxError } from './rules/index.js'
import { ImportFileError, writeExportFile } from './persistence/export-file.js'
import { parseCliArgs, USAGE } from './cli-args.js'
import { createConsoleLog } from './console-log.js'
import { startEmulator } from './emulator.js'

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2))
  if (!parsed.ok) {
    for (const problem of parsed.problems) process.stderr.write(`error: ${problem}\n`)
    process.stderr.write(`${USAGE}\n`)
    return parsed.help ? 0 : 2
  }
  const options = parsed.options
  let rules: string | undefined
  if (options.rulesFile !== null) {
    try {
      rules = await readFile(options.rulesFile, 'utf8')
    } catch (error) {
      process.stderr.write(`error: cannot read rules file ${options.rulesFile}: ${messageOf(error)}\n`)
      return 2
    }
  }
  const log = createConsoleLog({ verbose: options.verbose })
  let emulator
  try {
    emulator = await startEmulator({
      host: options.host,
      port: options.port,
      log,
      ...(rules === undefined ? {} : { rules }),
      ...(options.importFile === null ? {} : { importFile: options.importFile }),
    })
  } catch (error) {
    if (error instanceof RulesSyntaxError) process.stderr.write(`error: rules file ${options.rulesFile}: ${error.message}\n`)
    else if (error instanceof ImportFileError) process.stderr.write(`error: import: ${error.message}\n`)
    else if (isAddressInUse(error)) process.stderr.write(`error: ${options.host}:${options.port} is already in use; pick another --port\n`)
    else process.stderr.write(`error: ${messageOf(error)}\n`)
    return 1
  }

  const imported = Object.keys(emulator.namespaces.exportAll().namespaces)
  process.stdout.write(
    [
      `RTDB emulator listening on ${emulator.url}`,
      `  namespaces: any, created on first use${imported.length > 0 ? ` (imported: ${imported.join(', ')})` : ''}`,
      `  rules: ${options.rulesFile ?? 'open read/write (no --rules given)'}`,
      `  connect: FIREBASE_DATABASE_EMULATOR_HOST=${emulator.hostPort}  or  databaseURL ${emulator.url}?ns=<namespace>`,
      `  faults: ${emulator.url}/.emulator/faults`,
      options.exportOnExit === null ? '' : `  export on exit: ${options.exportOnExit}`,
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n',
  )

  const running = emulator
  closeWithGrace({ delay: 10_000, logger: { error: (message: unknown) => log.error({ err: message }, 'shutdown failed') } }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'emulator crashed')
    if (options.exportOnExit !== null) {
      await writeExportFile(options.exportOnExit, running.namespaces.exportAll())
      log.info({ file: options.exportOnExit, signal }, 'data exported')
    }
    await running.stop()
  })
  return 0
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
}

const code = await main()
if (code !== 0) process.exitCode = code
