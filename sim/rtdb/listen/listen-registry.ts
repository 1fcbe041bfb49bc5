// Listens of one namespace, indexed by path in a trie so a write only visits the listens on its
// own path: those at or above it (ancestors see the change inside their value) and those below it
// (their value may have been replaced). Fan-out is then O(depth + affected listens), not
// O(all listens) (§7).

import type { QuerySpec } from '../query/query-spec.js'
import type { Path, TreeNode } from '../tree/node.js'

/** Where a listen's pushes go: the owning connection. */
export interface ListenSink {
  sendFrame(frame: string): void
}

export interface Listen {
  readonly path: Path
  /** The path as pushed back to the client (§5: `new Path(str)` ignores empty segments). */
  readonly pathString: string
  /** §6.5: present only for queries that do not load all data. */
  readonly tag: number | null
  readonly spec: QuerySpec | null
  /** Tagged listens: the `q` object as the client sent it, which is how it names the listen in a revocation (§6.8 `c`). */
  readonly query: Readonly<Record<string, unknown>> | null
  readonly sink: ListenSink
  /** Tagged listens: the window last pushed, to skip pushes when a write leaves it unchanged. */
  lastWindow: TreeNode | null
}

interface TrieNode {
  readonly key: string
  readonly parent: TrieNode | null
  children: Map<string, TrieNode> | null
  listens: Set<Listen> | null
}

function trieNode(key: string, parent: TrieNode | null): TrieNode {
  return { key, parent, children: null, listens: null }
}

export class ListenRegistry {
  private readonly root = trieNode('', null)
  private count = 0

  get size(): number {
    return this.count
  }

  add(listen: Listen): void {
    let node = this.root
    for (const key of listen.path) {
      node.children ??= new Map()
      let child = node.children.get(key)
      if (child === undefined) {
        child = trieNode(key, node)
        node.children.set(key, child)
      }
      node = child
    }
    node.listens ??= new Set()
    if (!node.listens.has(listen)) {
      node.listens.add(listen)
      this.count++
    }
  }

  remove(listen: Listen): void {
    let node: TrieNode | undefined = this.root
    for (const key of listen.path) {
      node = node.children?.get(key)
      if (node === undefined) return
    }
    if (node.listens?.delete(listen) !== true) return
    this.count--
    // Prune empty branches so closed connections leave nothing behind.
    let current: TrieNode | null = node
    while (current !== null && current.parent !== null && isEmpty(current)) {
      current.parent.children?.delete(current.key)
      if (current.parent.children?.size === 0) current.parent.children = null
      current = current.parent
    }
    if (node.listens?.size === 0) node.listens = null
  }

  /** Listens at, above or below any of `paths`. */
  affectedBy(paths: readonly Path[]): Set<Listen> {
    const found = new Set<Listen>()
    if (this.count === 0) return found
    for (const path of paths) {
      let node: TrieNode | undefined = this.root
      addAll(found, node.listens)
      for (const key of path) {
        node = node.children?.get(key)
        if (node === undefined) break
        addAll(found, node.listens)
      }
      if (node !== undefined) collectBelow(node, found)
    }
    return found
  }

  /** Number of trie nodes; lets tests check that removing listens frees the index. */
  get indexNodes(): number {
    let total = 0
    const stack: TrieNode[] = [this.root]
    while (stack.length > 0) {
      const node = stack.pop()
      if (node === undefined) break
      total++
      if (node.children) stack.push(...node.children.values())
    }
    return total
  }
}

function isEmpty(node: TrieNode): boolean {
  return (node.listens === null || node.listens.size === 0) && (node.children === null || node.children.size === 0)
}

function addAll(target: Set<Listen>, listens: Set<Listen> | null): void {
  if (listens === null) return
  for (const listen of listens) target.add(listen)
}

function collectBelow(node: TrieNode, found: Set<Listen>): void {
  if (node.children === null) return
  for (const child of node.children.values()) {
    addAll(found, child.listens)
    collectBelow(child, found)
  }
}
