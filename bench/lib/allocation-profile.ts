// Reads a V8 sampling heap profile (Chrome DevTools' .heapprofile format): the bytes allocated
// by each function itself, and by each place in Aurora's code including everything it called.

export interface HeapProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number }
  selfSize: number
  children: HeapProfileNode[]
}

export interface AllocationSummary {
  totalBytes: number
  /** Bytes by package (node_modules), node: module, or src/<folder>. */
  byArea: Map<string, number>
  /** Bytes allocated by each function itself. */
  bySelf: Map<string, number>
  /** Bytes allocated under each src/ function, callees included (each counted once per stack). */
  bySrcInclusive: Map<string, number>
}

export function summarizeHeapProfile(head: HeapProfileNode, repoRoot: string): AllocationSummary {
  const summary: AllocationSummary = { totalBytes: 0, byArea: new Map(), bySelf: new Map(), bySrcInclusive: new Map() }
  const prefix = `file://${repoRoot.endsWith('/') ? repoRoot : `${repoRoot}/`}`
  const add = (map: Map<string, number>, key: string, bytes: number): void => {
    map.set(key, (map.get(key) ?? 0) + bytes)
  }
  const walk = (node: HeapProfileNode, srcStack: readonly string[]): void => {
    const url = node.callFrame.url.startsWith(prefix) ? node.callFrame.url.slice(prefix.length) : node.callFrame.url
    // Code compiled by tsx reports line 0 (no source map here): the file names the place.
    const line = node.callFrame.lineNumber > 0 ? `:${node.callFrame.lineNumber + 1}` : ''
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}${line}` : '(native)'}`
    const bytes = node.selfSize
    summary.totalBytes += bytes
    add(summary.byArea, areaOf(url), bytes)
    add(summary.bySelf, fn, bytes)
    const stack = url.startsWith('src/') && !srcStack.includes(fn) ? [...srcStack, fn] : srcStack
    for (const frame of stack) add(summary.bySrcInclusive, frame, bytes)
    for (const child of node.children) walk(child, stack)
  }
  walk(head, [])
  return summary
}

function areaOf(url: string): string {
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/')
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url)
  }
  if (url.startsWith('node:')) return url
  if (url.startsWith('src/')) return url.split('/').slice(0, 2).join('/')
  return url === '' ? '(V8 and native)' : url
}

export function topEntries(map: Map<string, number>, count: number): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
}
