// Export-format JSON -> tree nodes (§8), mirroring the SDK's nodeFromJSON plus the checks its
// validateFirebaseData makes before sending, and resolving `.sv` server values on the way in
// (clients never see `.sv` from the server, §8).

import { ChildMap } from './child-map.js'
import { leaf, objectNode, type Leaf, type Path, type Priority, type TreeNode } from './node.js'
import { InvalidDataError, exceedsPathLimits, pathByteLength, pathLimitError, pathToString, validateKey } from './path.js'

/** §5: leaf strings are limited to 10 MB of UTF-8. */
export const MAX_LEAF_BYTES = 10 * 1024 * 1024

export interface ServerValueContext {
  /** Server time for `{".sv":"timestamp"}`: one value per write operation (§8). */
  now: number
  /** The current node at a path relative to the written location (for `increment`). */
  existing: (relPath: readonly string[]) => TreeNode | null
  /** Absolute path of the written location: data keys below it count toward the §5 depth/byte limits. Default root. */
  basePath?: Path
}

/**
 * Export-format JSON -> node, or null for no data. Arrays become integer-keyed objects (null slots
 * dropped); `{}`, `[]` and objects whose children are all empty become null (and lose any
 * `.priority`); `.priority` gives an object its priority, `{".value": v, ".priority": p}` a leaf
 * its; `.sv` placeholders are resolved wherever they appear, priorities included. Any other key
 * starting with '.' is refused, as the SDK's validateFirebaseData refuses it: nodeFromJSON would
 * drop it, but on the way in that would store less than the writer sent without telling it. -0
 * is stored as 0: JSON.stringify sends 0 to clients, and the §10 hash of their copy must match
 * ours.
 */
export function fromExport(json: unknown, ctx: ServerValueContext): TreeNode | null {
  const base = ctx.basePath ?? []
  return new Converter(ctx, base).convert(json, base.length, pathByteLength(base))
}

/**
 * The `d` of a write to `<path>/.priority` (§5): a string, a number, null (removes the priority) or
 * a `.sv` placeholder, resolved against the priority of `ctx.existing([])`.
 */
export function priorityFromExport(json: unknown, ctx: ServerValueContext): Priority {
  return new Converter(ctx, ctx.basePath ?? []).priority(json)
}

/**
 * One conversion. It creates no closures per value: tsx compiles with keepNames, which wraps every
 * closure it creates in a defineProperty call, a measurable cost at thousands of writes a second.
 */
class Converter {
  /** Keys from the written location down to the value being converted. */
  private readonly rel: string[] = []

  constructor(
    private readonly ctx: ServerValueContext,
    private readonly base: Path,
  ) {}

  convert(json: unknown, depth: number, bytes: number): TreeNode | null {
    if (json === null) return null
    let value = json
    let rawPriority: unknown = null
    if (isRecord(json)) {
      if (Object.hasOwn(json, '.priority')) rawPriority = json['.priority']
      const boxed = Object.hasOwn(json, '.value') ? '.value' : Object.hasOwn(json, '.sv') ? '.sv' : null
      if (boxed !== null) {
        // validateFirebaseData refuses this mix for .value; nodeFromJSON would silently drop the
        // children (for .sv as well, which the SDK never sends with children).
        const child = Object.keys(json).find((key) => key !== '.value' && key !== '.priority' && key !== '.sv')
        if (child !== undefined) {
          this.refuseReservedKey(child)
          throw new InvalidDataError(`Data at ${this.where()} contains "${boxed}" in addition to actual children`)
        }
      }
      if (Object.hasOwn(json, '.value')) {
        // nodeFromJSON: a null `.value` is ignored (the object is then empty).
        if (json['.value'] !== null) value = json['.value']
      }
    }
    const priority = this.priority(rawPriority)
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
        return leaf(this.leafValue(value), priority)
      case 'object':
        if (value === null) return null
        if (Array.isArray(value)) return this.children(value.entries(), depth, bytes, priority)
        if (isRecord(value) && Object.hasOwn(value, '.sv')) return leaf(this.serverValue(value['.sv'], 'value'), priority)
        return this.children(Object.entries(value), depth, bytes, priority)
      default:
        throw new InvalidDataError(`Data at ${this.where()} contains ${typeof value}, which is not valid JSON data`)
    }
  }

  private children(
    entries: Iterable<[string | number, unknown]>,
    depth: number,
    bytes: number,
    priority: Priority,
  ): TreeNode | null {
    const children: Array<[string, TreeNode]> = []
    for (const [rawKey, childJson] of entries) {
      const key = String(rawKey)
      // `.priority` was read by convert(); a `.value` seen here is a null one (nodeFromJSON ignores it).
      if (key === '.priority' || key === '.value') continue
      this.refuseReservedKey(key)
      validateKey(key)
      // pathByteLength: each segment adds its bytes plus a '/', except that root already counts one.
      const childBytes = bytes + Buffer.byteLength(key, 'utf8') + (depth > 0 ? 1 : 0)
      this.rel.push(key)
      if (exceedsPathLimits(depth + 1, childBytes)) throw pathLimitError(depth + 1, childBytes, this.where())
      const child = this.convert(childJson, depth + 1, childBytes)
      this.rel.pop()
      if (child !== null) children.push([key, child])
    }
    return objectNode(ChildMap.fromDistinct(children), priority)
  }

  /** §5/§8: `.priority`, `.value` and `.sv` are the only keys that may start with '.'. */
  private refuseReservedKey(key: string): void {
    if (!key.startsWith('.')) return
    throw new InvalidDataError(
      `Invalid key ${JSON.stringify(key)} at ${this.where()}: only .value, .priority and .sv may start with "."`,
    )
  }

  private leafValue(value: Leaf): Leaf {
    if (typeof value === 'number') return this.finite(value)
    if (typeof value === 'string' && value.length > MAX_LEAF_BYTES / 3 && Buffer.byteLength(value, 'utf8') > MAX_LEAF_BYTES) {
      throw new InvalidDataError(`String at ${this.where()} is longer than ${MAX_LEAF_BYTES} UTF-8 bytes`)
    }
    return value
  }

  priority(raw: unknown): Priority {
    if (raw === null) return null
    if (typeof raw === 'string') return raw
    if (typeof raw === 'number') return this.finite(raw)
    if (isRecord(raw) && Object.hasOwn(raw, '.sv')) return this.serverValue(raw['.sv'], 'priority')
    throw new InvalidDataError(`Priority at ${this.where()} must be a string, a number or null, not ${describe(raw)}`)
  }

  /** §8: "timestamp" -> ctx.now; {"increment": n} -> the existing number + n, else n. */
  private serverValue(sv: unknown, target: 'value' | 'priority'): number {
    if (sv === 'timestamp') return this.ctx.now
    if (isRecord(sv) && Object.hasOwn(sv, 'increment')) {
      const delta = sv['increment']
      if (typeof delta !== 'number' || !Number.isFinite(delta)) {
        throw new InvalidDataError(`Server value increment at ${this.where()} must be a finite number, not ${describe(delta)}`)
      }
      const existing = this.ctx.existing(this.rel.slice())
      const current = target === 'priority' ? existing?.priority : existing?.kind === 'leaf' ? existing.value : null
      return this.finite(typeof current === 'number' ? current + delta : delta)
    }
    throw new InvalidDataError(
      `Invalid server value ${describe(sv)} at ${this.where()}: expected "timestamp" or {"increment": <number>}`,
    )
  }

  private finite(value: number): number {
    if (!Number.isFinite(value)) throw new InvalidDataError(`Number at ${this.where()} is ${value}; only finite numbers can be stored`)
    return value === 0 ? 0 : value // -0 -> 0
  }

  private where(): string {
    return pathToString([...this.base, ...this.rel])
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return typeof value
  }
}
