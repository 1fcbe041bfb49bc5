// The progress bar on stderr while a run plays: redrawn in place on a terminal, one line per
// tenth of the calls otherwise (CI logs).

import type { ProgressState } from './runner.js'

const WIDTH = 30

export function progressLine(p: ProgressState): string {
  const filled = p.total === 0 ? WIDTH : Math.round((p.done / p.total) * WIDTH)
  const bar = '#'.repeat(filled) + '.'.repeat(WIDTH - filled)
  const stage = p.stage === 'calls' ? `${p.inFlight} in flight` : p.stage
  return `[${bar}] ${p.done}/${p.total} calls, ${stage}, ${p.failures} failure(s), faults: ${p.phase}, ${(p.elapsedMs / 1000).toFixed(0)}s`
}

export function createProgressReporter(stream: NodeJS.WriteStream): (p: ProgressState) => void {
  if (stream.isTTY) {
    let last = ''
    return (p) => {
      const line = progressLine(p).slice(0, Math.max(20, (stream.columns || 120) - 1))
      if (line === last) return
      last = line
      stream.write(`\r\x1b[2K${line}${p.stage === 'done' ? '\n' : ''}`)
    }
  }
  let lastTenth = -1
  let lastStage = ''
  return (p) => {
    const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10)
    if (tenth === lastTenth && p.stage === lastStage) return
    lastTenth = tenth
    lastStage = p.stage
    stream.write(progressLine(p) + '\n')
  }
}
