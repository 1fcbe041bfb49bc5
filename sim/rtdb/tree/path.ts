// Paths and keys as clients send them (§5). Everything here throws InvalidDataError, whose message
// is what the REST layer returns as {"error": message} and the WebSocket layer as a failure reply.
// Callers pass decoded text: REST URLs must be percent-decoded before they get here.

/** Bad input from a client: a key, path, value or query the database refuses. */
export class InvalidDataError extends Error {
  override readonly name = 'InvalidDataError'
}

/** §5: a write to `<path>/.priority` sets the priority of the node at `<path>`. */
export const PRIORITY_KEY = '.priority'

// §5 limits, as the SDK enforces them (MAX_PATH_DEPTH, MAX_PATH_LENGTH_BYTES).
export const MAX_PATH_DEPTH = 32
export const MAX_PATH_BYTES = 768

// The SDK's INVALID_KEY_REGEX_: . # $ [ ] / and ASCII control characters (0-31 and 127).
const INVALID_KEY = /[[\].#$/\u0000-\u001F\u007F]/

export function validateKey(key: string): void {
  if (key.length === 0) throw new InvalidDataError('Invalid key "": keys must be non-empty strings')
  if (INVALID_KEY.test(key)) {
    throw new InvalidDataError(
      `Invalid key ${JSON.stringify(key)}: keys can't contain ".", "#", "$", "[", "]", "/" or ASCII control characters`,
    )
  }
}

/**
 * The SDK's ValidationPath length: one byte per `/` (one per segment, at least one) plus the UTF-8
 * bytes of every segment. Root (`/`) is 1 byte.
 */
export function pathByteLength(segments: readonly string[]): number {
  let bytes = Math.max(1, segments.length)
  for (const segment of segments) bytes += Buffer.byteLength(segment, 'utf8')
  return bytes
}

/** Whether a path (or data below it) is deeper than 32 segments or longer than 768 bytes (§5). */
export function exceedsPathLimits(depth: number, bytes: number): boolean {
  return depth > MAX_PATH_DEPTH || bytes > MAX_PATH_BYTES
}

/** The error for a path that exceedsPathLimits; `where` names it in the message. */
export function pathLimitError(depth: number, bytes: number, where: string): InvalidDataError {
  return depth > MAX_PATH_DEPTH
    ? new InvalidDataError(`Path ${where} is ${depth} levels deep; the maximum depth is ${MAX_PATH_DEPTH}`)
    : new InvalidDataError(`Path ${where} is ${bytes} bytes long; the maximum is ${MAX_PATH_BYTES} UTF-8 bytes`)
}

/** `/a/b/c` for messages. */
export function pathToString(segments: readonly string[]): string {
  return '/' + segments.join('/')
}

/**
 * '/a/b', 'a/b/', '/', '' -> segments. Empty segments are ignored, as the SDK's `new Path()` does
 * (§5). A trailing `.priority` is kept as the last segment (setPriority writes there, §5); anywhere
 * else it is an invalid key like any other key containing '.'.
 */
export function parsePath(raw: string): string[] {
  const segments = raw.split('/').filter((segment) => segment.length > 0)
  validatePath(segments)
  return segments
}

/** Validates an already split path the same way parsePath does (for paths built in code). */
export function validatePath(segments: readonly string[]): void {
  const last = segments.length - 1
  for (let i = 0; i <= last; i++) {
    const segment = segments[i] ?? ''
    if (i === last && segment === PRIORITY_KEY) continue
    validateKey(segment)
  }
  const bytes = pathByteLength(segments)
  if (exceedsPathLimits(segments.length, bytes)) throw pathLimitError(segments.length, bytes, pathToString(segments))
}

/** The node a `.priority` path targets, or null when the path does not end in `.priority`. */
export function priorityTarget(path: readonly string[]): readonly string[] | null {
  return path[path.length - 1] === PRIORITY_KEY ? path.slice(0, -1) : null
}

/** Whether `prefix` is `path` or one of its ancestors. */
export function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment)
}
