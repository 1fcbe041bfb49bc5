/** The slice of a pino logger the store uses (app.log or a child of it fits). */
export interface StoreLogger {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export const silentLogger: StoreLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
}
