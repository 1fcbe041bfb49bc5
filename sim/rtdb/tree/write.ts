// Writes as the protocol delivers them: `p` replaces a subtree (§6.3), `m` replaces several
// (§6.4). Both return a new root that shares every untouched subtree with the old one, and the old
// root itself when nothing changed; neither ever mutates, so a write that throws changes nothing.

import { compareKeys } from './key-order.js'
import { nodeAt, nodesEqual, setAt, withPriority, type Path, type TreeNode } from './node.js'
import { InvalidDataError, isPrefix, PRIORITY_KEY, parsePath, pathToString, priorityTarget, validatePath } from './path.js'
import { fromExport, priorityFromExport } from './values.js'

/**
 * §6.3 `p`: the export-format `json` (server values resolved with `now`) replaces the subtree at
 * `path`; null deletes it and parents left empty disappear. A path ending in `.priority` sets the
 * priority of the node at the parent path (§5); on an empty location that priority is dropped, as
 * RTDB (and the SDK's local model) does, since an empty node has nowhere to keep one.
 * Throws InvalidDataError for invalid paths or data.
 */
export function applySet(root: TreeNode | null, path: Path, json: unknown, now: number): TreeNode | null {
  validatePath(path)
  return setValidated(root, path, json, now)
}

/**
 * §6.4 `m`: each key of `children` is a path relative to `path` (possibly multi-segment, e.g.
 * "b/c") whose subtree is replaced by its value; null deletes. All or nothing: every key and value
 * is checked before the result is returned, and nothing is mutated on the way. Keys that overlap
 * (one an ancestor of another, or equal after normalisation) are refused, as the SDK refuses
 * them client-side. Entries apply in §7 key order of their paths, then the `.priority` entries,
 * as the SDK applies a merge locally (CompoundWrite): an update that creates a node and sets its
 * priority keeps the priority, and the result does not depend on the JSON key order.
 */
export function applyMerge(root: TreeNode | null, path: Path, children: Record<string, unknown>, now: number): TreeNode | null {
  return applyMergeWithPaths(root, path, children, now).root
}

/** applyMerge and writtenPaths of the same merge, parsing and sorting its entries once (a commit needs both). */
export function applyMergeWithPaths(root: TreeNode | null, path: Path, children: Record<string, unknown>, now: number): { root: TreeNode | null; paths: Path[] } {
  validatePath(path)
  if (priorityTarget(path) !== null) throw new InvalidDataError(`Cannot merge into ${pathToString(path)}: it is a priority`)
  const entries = mergeEntries(path, children)
  let next = root
  for (const entry of entries) next = setValidated(next, entry.path, entry.value, now)
  return { root: next, paths: nodePaths(entries) }
}

/**
 * The absolute node paths a set (no `children`) or merge touches, for rules checks and listener
 * fan-out. A trailing `.priority` is removed: a priority write changes the node at the parent.
 */
export function writtenPaths(path: Path, children?: Record<string, unknown>): Path[] {
  if (children === undefined) return [priorityTarget(path) ?? path]
  return nodePaths(mergeEntries(path, children))
}

function nodePaths(entries: readonly MergeEntry[]): Path[] {
  const seen = new Set<string>()
  const paths: Path[] = []
  for (const entry of entries) {
    const nodePath = priorityTarget(entry.path) ?? entry.path
    // Keys cannot contain '/', so joining is injective.
    const id = nodePath.join('/')
    if (seen.has(id)) continue
    seen.add(id)
    paths.push(nodePath)
  }
  return paths
}

function setValidated(root: TreeNode | null, path: Path, json: unknown, now: number): TreeNode | null {
  const target = priorityTarget(path)
  if (target !== null) {
    const node = nodeAt(root, target)
    const priority = priorityFromExport(json, {
      now,
      basePath: target,
      existing(rel) {
        return nodeAt(node, rel)
      },
    })
    if (node === null || node.priority === priority) return root
    return setAt(root, target, withPriority(node, priority))
  }
  const existing = nodeAt(root, path)
  // A method, not an arrow: tsx's keepNames wraps every arrow created per write in defineProperty.
  const node = fromExport(json, {
    now,
    basePath: path,
    existing(rel) {
      return nodeAt(existing, rel)
    },
  })
  // Keeping the old references for an equal value lets fan-out skip listens by reference (§7).
  return nodesEqual(existing, node) ? root : setAt(root, path, node)
}

interface MergeEntry {
  readonly path: Path
  readonly value: unknown
}

function mergeEntries(base: Path, children: Record<string, unknown>): MergeEntry[] {
  if (typeof children !== 'object' || children === null || Array.isArray(children)) {
    throw new InvalidDataError(`Update at ${pathToString(base)} must be an object of relative paths to values`)
  }
  const entries: MergeEntry[] = []
  for (const [key, value] of Object.entries(children)) {
    const path = [...base, ...parsePath(key)]
    validatePath(path)
    entries.push({ path, value })
  }
  entries.sort(compareEntries)
  rejectOverlaps(entries.map(pathOf))
  return [...entries.filter(isValueEntry), ...entries.filter(isPriorityEntry)]
}

function compareEntries(a: MergeEntry, b: MergeEntry): number {
  return compareKeyPaths(a.path, b.path)
}

function pathOf(entry: MergeEntry): Path {
  return entry.path
}

function isPriorityEntry(entry: MergeEntry): boolean {
  return entry.path[entry.path.length - 1] === PRIORITY_KEY
}

function isValueEntry(entry: MergeEntry): boolean {
  return !isPriorityEntry(entry)
}

/** `sorted` in compareKeyPaths order, where an ancestor sorts directly before its descendants. */
function rejectOverlaps(sorted: Path[]): void {
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]
    const current = sorted[i]
    if (previous !== undefined && current !== undefined && isPrefix(previous, current)) {
      throw new InvalidDataError(
        `Update paths overlap: ${pathToString(previous)} is ${previous.length === current.length ? 'the same as' : 'an ancestor of'} ${pathToString(current)}`,
      )
    }
  }
}

function compareKeyPaths(a: Path, b: Path): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const cmp = compareKeys(a[i] ?? '', b[i] ?? '')
    if (cmp !== 0) return cmp
  }
  return a.length - b.length
}
