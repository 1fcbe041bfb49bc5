// Preloaded into Aurora's process by bench/allocation.bench.ts (`node --import <this file>`),
// never by Aurora itself. SIGWINCH starts V8's sampling heap profiler on the main thread with
// collected objects kept (a webhook's garbage is what makes the collector run, and the default
// profile shows only what is still alive) and starts counting HTTP requests; the next SIGWINCH
// stops it and writes the profile and the count to <tmpdir>/aurora-allocation-<pid>.json.
// SIGWINCH because SIGUSR1 opens Node's inspector and Aurora shuts down gracefully on SIGUSR2
// (close-with-grace); a process without this file ignores SIGWINCH. Plain JavaScript: it loads
// before tsx's loader.

import diagnostics from 'node:diagnostics_channel'
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SAMPLING_INTERVAL_BYTES = 4096
let requests = 0
let sampling = false
diagnostics.subscribe('http.server.request.start', () => {
  if (sampling) requests++
})

const session = new Session()
session.connect()

process.on('SIGWINCH', () => {
  if (!sampling) {
    requests = 0
    sampling = true
    session.post('HeapProfiler.startSampling', { samplingInterval: SAMPLING_INTERVAL_BYTES, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
    return
  }
  sampling = false
  session.post('HeapProfiler.stopSampling', (err, result) => {
    const out = join(tmpdir(), `aurora-allocation-${process.pid}.json`)
    writeFileSync(out, JSON.stringify(err ? { error: String(err) } : { requests, samplingInterval: SAMPLING_INTERVAL_BYTES, profile: result.profile }))
  })
})
