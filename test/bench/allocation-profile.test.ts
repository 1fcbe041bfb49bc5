import { describe, expect, it } from 'vitest'
import { summarizeHeapProfile, type HeapProfileNode } from '../../bench/lib/allocation-profile.js'

const ROOT = '/repo'
const node = (functionName: string, url: string, selfSize: number, children: HeapProfileNode[] = [], lineNumber = 0): HeapProfileNode => ({ callFrame: { functionName, url, lineNumber }, selfSize, children })

describe('summarizeHeapProfile', () => {
  // root -> handler (src/routes) -> respond (src/triage) -> split (native) -> respond again (recursion)
  //                              -> serialize (node_modules/@scope/pkg)
  const head = node('(root)', '', 0, [
    node('handler', 'file:///repo/src/routes/voice/index.ts', 10, [
      node('respond', 'file:///repo/src/triage/playbook.ts', 20, [node('split', '', 5, [node('respond', 'file:///repo/src/triage/playbook.ts', 7)])]),
      node('serialize', 'file:///repo/node_modules/@scope/pkg/dist/index.js', 30, [], 41),
    ]),
    node('tick', 'node:internal/process/task_queues', 3),
  ])
  const summary = summarizeHeapProfile(head, ROOT)

  it('adds up every sampled byte once', () => {
    expect(summary.totalBytes).toBe(75)
  })

  it('puts bytes in their area: a src folder, a scoped package, a node: module, or V8 and native code', () => {
    expect(Object.fromEntries(summary.byArea)).toEqual({ 'src/routes': 10, 'src/triage': 27, '@scope/pkg': 30, 'node:internal/process/task_queues': 3, '(V8 and native)': 5 })
  })

  it("counts a src function's callees into it once per stack, even when it recurses", () => {
    expect(summary.bySrcInclusive.get('handler voice/index.ts')).toBe(72)
    expect(summary.bySrcInclusive.get('respond triage/playbook.ts')).toBe(32)
    expect(summary.bySrcInclusive.has('serialize dist/index.js:42')).toBe(false)
  })

  it('names functions by file, with the line when the profile has one', () => {
    expect(summary.bySelf.get('serialize dist/index.js:42')).toBe(30)
    expect(summary.bySelf.get('respond triage/playbook.ts')).toBe(27)
    expect(summary.bySelf.get('split (native)')).toBe(5)
  })
})
