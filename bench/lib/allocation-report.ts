// The allocation bench's printed report: KB per webhook, then where the bytes were allocated.

import { summarizeHeapProfile, topEntries, type HeapProfileNode } from './allocation-profile.js'

export function allocationSummaryLines(head: HeapProfileNode, webhooks: number, repoRoot: string, top: number): string[] {
  const summary = summarizeHeapProfile(head, repoRoot)
  const kb = (bytes: number): string => (bytes / 1024 / webhooks).toFixed(1).padStart(7)
  const share = (bytes: number): string => `${((100 * bytes) / summary.totalBytes).toFixed(1).padStart(5)}%`
  const table = (title: string, map: Map<string, number>): string[] => [``, `${title}  (KB per webhook, share)`, ...topEntries(map, top).map(([name, bytes]) => `  ${kb(bytes)} ${share(bytes)}  ${name}`)]
  return [
    `${webhooks} webhooks sampled: ${(summary.totalBytes / 1024 / 1024).toFixed(1)} MB allocated on the main thread, ${(summary.totalBytes / 1024 / webhooks).toFixed(1)} KB per webhook`,
    ...table('by area', summary.byArea),
    ...table('by Aurora function, callees included', summary.bySrcInclusive),
    ...table('by function itself', summary.bySelf),
  ]
}
