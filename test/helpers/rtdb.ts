// The RTDB every test file talks to. By default each call starts our emulator on a free port;
// with FIREBASE_DATABASE_EMULATOR_HOST set, it targets that emulator instead (Google's, say) so
// the same suites check both. Emulator-only features (faults, in-process reads) are null there,
// and the tests that need them skip with a printed reason (see `skipOnExternal`).

import { randomBytes } from 'node:crypto'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../sim/rtdb/emulator.js'
import type { FaultController } from '../../sim/rtdb/faults/fault-controller.js'

export interface RtdbTarget {
  readonly host: string
  readonly port: number
  /** "127.0.0.1:PORT" */
  readonly hostPort: string
  /** True when FIREBASE_DATABASE_EMULATOR_HOST points at an emulator we did not start. */
  readonly external: boolean
  /** Our emulator's fault controls; null on an external emulator. */
  readonly faults: FaultController | null
  /** Our emulator itself; null on an external emulator. */
  readonly emulator: Emulator | null
  /** A namespace no other call (in any file or process) returns, so tests never share data. */
  namespace(label: string): string
  /** "http://host:port?ns=NS": makes firebase-admin and the web SDK use emulator mode (§1). */
  databaseURL(ns: string): string
  /** Stops our emulator; a no-op on an external one. */
  stop(): Promise<void>
}

const EXTERNAL_ENV = 'FIREBASE_DATABASE_EMULATOR_HOST'

export async function useRtdb(options: EmulatorOptions = {}): Promise<RtdbTarget> {
  const externalHostPort = process.env[EXTERNAL_ENV]
  if (externalHostPort !== undefined && externalHostPort !== '') {
    const portIndex = externalHostPort.lastIndexOf(':')
    const host = externalHostPort.slice(0, portIndex)
    const port = Number(externalHostPort.slice(portIndex + 1))
    if (portIndex <= 0 || !Number.isInteger(port)) throw new Error(`${EXTERNAL_ENV} must be host:port, got "${externalHostPort}"`)
    return target(host, port, externalHostPort, null, async () => {})
  }
  const emulator = await startEmulator({ port: 0, ...options })
  return target(emulator.host, emulator.port, emulator.hostPort, emulator, () => emulator.stop())
}

function target(host: string, port: number, hostPort: string, emulator: Emulator | null, stop: () => Promise<void>): RtdbTarget {
  const run = randomBytes(3).toString('hex')
  let counter = 0
  return {
    host,
    port,
    hostPort,
    external: emulator === null,
    faults: emulator?.faults ?? null,
    emulator,
    namespace(label) {
      counter++
      const clean = label.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'ns'
      // Lower-case letters, digits and dashes only: valid database names on Google's emulator too.
      return `${clean}-${process.pid.toString(36)}${run}-${counter}`
    },
    databaseURL(ns) {
      return `http://${hostPort}?ns=${ns}`
    },
    stop,
  }
}

/** Read once at collection time, for `it.skipIf` (which is evaluated before beforeAll runs). */
export const EXTERNAL_RTDB = (process.env[EXTERNAL_ENV] ?? '') !== ''

/**
 * For `it.skipIf(skipOnExternal('why'))` on tests of emulator-only features (fault injection,
 * in-process state, our exact error texts): true, with the reason printed, on an external emulator.
 */
export function skipOnExternal(reason: string): boolean {
  if (EXTERNAL_RTDB) console.info(`skipped on ${process.env[EXTERNAL_ENV]}: ${reason}`)
  return EXTERNAL_RTDB
}
