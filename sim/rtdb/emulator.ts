// startEmulator wires the parts together and owns their lifetime; it holds no protocol logic.
// Everything lives inside the returned object (no module state), so a test file can run its own.

import type { AddressInfo } from 'node:net'
import { compileRules, DEFAULT_RULES_TEXT } from './rules/index.js'
import { toExport, type TreeNode } from './tree/node.js'
import { createPushIdGenerator } from './tree/push-id.js'
import { replaceRoot } from './database/commit.js'
import { NamespaceRegistry } from './database/namespace.js'
import { createFaultController, type FaultController } from './faults/fault-controller.js'
import { silentLog, type EmulatorLog } from './log.js'
import { applyExportFile, buildExport, readExportFile, type ExportFile } from './persistence/export-file.js'
import { buildHttpApp } from './rest/http-app.js'
import { attachWebSocketEndpoint, type WebSocketEndpoint } from './transport/websocket-server.js'

export interface EmulatorOptions {
  /** Default 127.0.0.1: the emulator has no authentication worth exposing. */
  host?: string
  /** Default 0: a free port. */
  port?: number
  /** Rules text every namespace starts with (default: rules/index.ts DEFAULT_RULES_TEXT). */
  rules?: string
  /** An export file (persistence/export-file.ts) loaded before listening. */
  importFile?: string
  log?: EmulatorLog
  /** REST body limit. Default 16 MiB, the SDK's single-write limit (RTDB REST allows 256 MB). */
  maxRequestBytes?: number
  /** WebSocket message limit after reassembly, in characters. Default 16 Mi. */
  maxMessageChars?: number
  /** Server→client frame size (§2); longer messages are split. Default 16384, as the client does. */
  maxFrameChars?: number
  /** WebSocket ping interval; a client missing a round is dropped. Default 30 s. */
  keepaliveMs?: number
  /** Unread bytes after which a slow client is cut off. Default 64 MiB. */
  maxBufferedBytes?: number
  /** Server clock for `.sv` timestamps, rules `now` and the hello. Default Date.now. */
  clock?: () => number
}

export interface NamespaceAccess {
  /** The current tree of a namespace (null when empty or never used). */
  get(ns: string): TreeNode | null
  /** The namespace's data in export format (`.priority` included), as `format=export` returns it. */
  exportJSON(ns: string): unknown
  /**
   * Empties one namespace (or all) and restores the default rules; listeners see the deletion,
   * and listens the default rules deny are revoked.
   */
  reset(ns?: string): void
  /** Every namespace with data or custom rules, in the `--export-on-exit` file format. */
  exportAll(): ExportFile
  /** Listens registered on a namespace by open connections (0 once they have all closed). */
  listenCount(ns: string): number
}

export interface Emulator {
  readonly host: string
  readonly port: number
  /** "127.0.0.1:PORT", the form FIREBASE_DATABASE_EMULATOR_HOST takes. */
  readonly hostPort: string
  /** "http://127.0.0.1:PORT". */
  readonly url: string
  readonly faults: FaultController
  readonly namespaces: NamespaceAccess
  /** Replaces a namespace's rules, revoking listens they deny; throws RulesSyntaxError on invalid text. */
  setRules(ns: string, text: string): void
  /** Number of open WebSocket clients. */
  readonly connectionCount: number
  stop(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const log = options.log ?? silentLog
  const clock = options.clock ?? Date.now
  const registry = new NamespaceRegistry(compileRules(options.rules ?? DEFAULT_RULES_TEXT))
  if (options.importFile !== undefined) applyExportFile(registry, await readExportFile(options.importFile), clock())

  let endpoint: WebSocketEndpoint | null = null
  const faults = createFaultController({ dropConnections: () => endpoint?.dropAll() ?? 0 })
  const app = buildHttpApp({
    registry,
    faults,
    clock,
    pushId: createPushIdGenerator(clock),
    log,
    maxRequestBytes: options.maxRequestBytes ?? 16 * 1024 * 1024,
    dropConnections: () => faults.dropConnections(),
  })
  const maxMessageChars = options.maxMessageChars ?? 16 * 1024 * 1024
  endpoint = attachWebSocketEndpoint(app.server, {
    registry,
    faults,
    clock,
    log,
    keepaliveMs: options.keepaliveMs ?? 30_000,
    limits: {
      maxMessageChars,
      maxFrameChars: options.maxFrameChars ?? 16_384,
      maxBufferedBytes: options.maxBufferedBytes ?? 64 * 1024 * 1024,
    },
  })
  const websockets = endpoint

  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 })
  const address = app.server.address() as AddressInfo
  const host = address.address
  const hostPort = `${host.includes(':') ? `[${host}]` : host}:${address.port}`
  log.info({ hostPort }, 'emulator listening')

  let stopping: Promise<void> | null = null
  return {
    host,
    port: address.port,
    hostPort,
    url: `http://${hostPort}`,
    faults,
    namespaces: {
      get: (ns) => registry.peek(ns)?.root ?? null,
      exportJSON: (ns) => toExport(registry.peek(ns)?.root ?? null),
      reset(ns) {
        const targets = ns === undefined ? [...registry.all()] : [registry.peek(ns)].filter((n) => n !== undefined)
        for (const namespace of targets) {
          // Data first, so listens are re-checked against the empty tree the reset leaves.
          replaceRoot(namespace, null)
          namespace.replaceRules(registry.defaultRules)
        }
      },
      exportAll: () => buildExport(registry),
      listenCount: (ns) => registry.peek(ns)?.listens.size ?? 0,
    },
    setRules(ns, text) {
      registry.get(ns).replaceRules(compileRules(text))
    },
    get connectionCount() {
      return websockets.connectionCount
    },
    stop() {
      stopping ??= (async () => {
        faults.clear()
        await websockets.close()
        await app.close()
        log.info({ hostPort }, 'emulator stopped')
      })()
      return stopping
    },
  }
}
