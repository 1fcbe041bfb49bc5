// The emulator logs through this narrow interface so callers can hand it a pino logger
// (fastify's, the app's) or nothing at all. Messages are fixed strings; variable data goes in
// the object (style.md §3, "Logging").

export interface EmulatorLog {
  debug(obj: object, msg: string): void
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
  child(bindings: object): EmulatorLog
}

export const silentLog: EmulatorLog = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLog
  },
}
