// Who is told about a write, and what (§7). Every affected listen gets a `d` push with its full
// new value (untagged) or its complete recomputed window (tagged) — the simple strategy the notes
// verified. Structural sharing makes "did the value at this listen change?" a reference compare.

import { applyQuery, updateWindow } from '../query/window.js'
import { nodeAt, toExport, type Path, type TreeNode } from '../tree/node.js'
import { isPrefix } from '../tree/path.js'
import { dataPushFrame } from '../protocol/envelope.js'
import type { Listen, ListenRegistry } from './listen-registry.js'

/** Serializes each distinct node once per fan-out, however many listens receive it. */
export class SerializationCache {
  private readonly cache = new Map<TreeNode, string>()

  json(node: TreeNode | null): string {
    if (node === null) return 'null'
    let text = this.cache.get(node)
    if (text === undefined) {
      text = JSON.stringify(toExport(node))
      this.cache.set(node, text)
    }
    return text
  }
}

/** The value a listen should hold for `root`: the node itself, or its query window (§7). */
export function listenValue(listen: Pick<Listen, 'spec' | 'tag' | 'path'>, root: TreeNode | null): TreeNode | null {
  const node = nodeAt(root, listen.path)
  return listen.tag === null || listen.spec === null ? node : applyQuery(node, listen.spec)
}

/** The push that (re)states a listen's value; also used for the initial data of a listen (§6.5). */
export function listenFrame(listen: Listen, value: TreeNode | null, cache: SerializationCache): string {
  return dataPushFrame(listen.pathString, cache.json(value), listen.tag)
}

export function notifyListens(registry: ListenRegistry, oldRoot: TreeNode | null, newRoot: TreeNode | null, written: readonly Path[]): void {
  if (registry.size === 0 || oldRoot === newRoot) return
  const cache = new SerializationCache()
  for (const listen of registry.affectedBy(written)) {
    const before = nodeAt(oldRoot, listen.path)
    const after = nodeAt(newRoot, listen.path)
    if (before === after) continue
    if (listen.tag === null || listen.spec === null) {
      listen.sink.sendFrame(listenFrame(listen, after, cache))
      continue
    }
    // A window without a limit changes only where the write did: keep it, unless the write
    // replaced the listened node itself (or it was not an object before or after).
    const changed = listen.spec.limit === undefined && before?.kind === 'object' ? childrenWrittenBelow(listen.path, written) : null
    const window =
      changed !== null && after?.kind === 'object'
        ? updateWindow(listen.lastWindow, after, listen.spec, changed)
        : applyQuery(after, listen.spec)
    if (sameWindow(listen.lastWindow, window)) continue
    listen.lastWindow = window
    listen.sink.sendFrame(listenFrame(listen, window, cache))
  }
}

/**
 * The keys of the children of `path` that writes below it touched, or null when a write was at
 * or above `path` (then any child may have changed).
 */
function childrenWrittenBelow(path: Path, written: readonly Path[]): Set<string> | null {
  const keys = new Set<string>()
  for (const w of written) {
    if (isPrefix(w, path)) return null
    if (isPrefix(path, w)) keys.add(w[path.length] as string)
  }
  return keys
}

/** Windows are rebuilt objects, but their children are shared with the tree: compare those by reference. */
export function sameWindow(a: TreeNode | null, b: TreeNode | null): boolean {
  if (a === b) return true
  if (a === null || b === null) return false
  if (a.priority !== b.priority) return false
  if (a.kind === 'leaf') return b.kind === 'leaf' && a.value === b.value
  if (b.kind === 'leaf') return false
  if (a.children.size !== b.children.size) return false
  for (const [key, child] of a.children) {
    if (b.children.get(key) !== child) return false
  }
  return true
}
