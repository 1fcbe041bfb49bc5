import { Worker } from 'node:worker_threads'

/**
 * Prepares how to start the mirror worker; call once, at construction: resolving the entry goes
 * through the module loader synchronously, which must not happen on a caller's path. The same
 * technique as the store's compactor (src/store/compaction.ts).
 */
export function mirrorWorkerStarter(): (workerData: unknown) => Worker {
  const here = import.meta.url
  // stdout/stderr are piped to the main thread so the SDK's console warnings reach the logger.
  const io = { stdout: true, stderr: true }
  if (!here.endsWith('.ts')) {
    const entry = new URL('./mirror-worker.js', here)
    return (workerData) => new Worker(entry, { workerData, ...io })
  }
  // Running from TypeScript sources (tsx in production, vitest): a worker does not inherit the
  // parent's module hooks, so it registers tsx's loader itself before importing the worker module.
  const entry = new URL('./mirror-worker.ts', here).href
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}) })`
  return (workerData) => new Worker(boot, { eval: true, workerData, ...io })
}
