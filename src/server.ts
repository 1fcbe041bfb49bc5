import { readFile } from 'node:fs/promises'
import { inspect } from 'node:util'
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { maskText } from './log.js'
import { missingNodeFlags } from './node-flags.js'

// The process entry: the only file that reads process.env, listens, and handles signals.

async function resolveEmbeddedFirebase(config: Config): Promise<{ config: Config; stop: () => Promise<void> }> {
  if (config.firebase.kind !== 'embedded') return { config, stop: async () => {} }
  // The one place src/ reaches into sim/: with no Firebase configured, `npm start` runs our
  // RTDB emulator in-process so a fresh checkout works offline.
  const { startEmulator } = await import('../sim/rtdb/emulator.js')
  const rules = await readFile(new URL('../database.rules.json', import.meta.url), 'utf8')
  const emulator = await startEmulator({ host: '127.0.0.1', port: 0, rules })
  const firebase = { kind: 'emulator' as const, projectId: config.firebase.projectId, hostPort: emulator.hostPort, namespace: config.firebase.namespace }
  return { config: { ...config, firebase }, stop: () => emulator.stop() }
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = loadConfig(process.env)
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(maskText(err.message))
      process.exit(78) // EX_CONFIG
    }
    throw err
  }

  const embedded = config.firebase.kind === 'embedded'
  const resolved = await resolveEmbeddedFirebase(config)
  const app = await buildApp(resolved.config)
  if (embedded && resolved.config.firebase.kind === 'emulator') {
    app.log.info({ emulator: resolved.config.firebase.hostPort }, 'no Firebase configured: embedded RTDB emulator started')
  }

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error')
    else app.log.info({ signal }, 'closing')
    await app.close()
    await resolved.stop()
  })

  await app.listen({ port: config.port, host: config.host })
  const missing = missingNodeFlags(process.execArgv)
  if (missing.length > 0) {
    app.log.warn({ missing }, `started without Aurora's V8 flags: memory creeps under steady load; run node ${missing.join(' ')} --import tsx src/server.ts (npm start does)`)
  }
  if (config.twilio.authTokenGenerated || config.admin.tokenGenerated) {
    // Development only (loadConfig requires both in production). Printed to the terminal, not
    // the log, so it never lands in log storage.
    const lines = ['', 'Development credentials (set TWILIO_AUTH_TOKEN / ADMIN_TOKEN to choose your own):']
    if (config.twilio.authTokenGenerated) lines.push(`  TWILIO_AUTH_TOKEN=${config.twilio.authToken}`)
    if (config.admin.tokenGenerated) lines.push(`  ADMIN_TOKEN=${config.admin.token}`)
    lines.push(`  Dashboard: ${config.publicUrl}/admin`, '')
    process.stdout.write(lines.join('\n') + '\n')
  }
}

main().catch((err: unknown) => {
  // A coded error's message already says what is wrong and what to do (an unusable
  // AURORA_DATA_DIR, a corrupt journal): print just that, for whoever reads the service log. A
  // stack trace is for anything else, which is a bug. Either is masked like a log line (pino is
  // not writing it): a message can quote a phone number (a worker directory entry, say).
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('AURORA_ERR_')) console.error(maskText(`${code}: ${(err as Error).message}`))
  else console.error(maskText(inspect(err)))
  process.exit(1)
})
