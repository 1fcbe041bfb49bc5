// A child process holding the soak's admin SSE streams (forked by stream-group-control.ts), so
// reading 200 streams does not run on the event loop that times the callers, and Aurora's file
// descriptors and memory are not shared with them; the same split as bench/lib/sse-client-group.ts,
// whose fixed set of streams cannot follow calls that come and go. Half the streams are the
// overview (every supervisor's dashboard has it open), half follow one live call each (the call a
// supervisor clicked), moving to another live call when theirs ends.
// Protocol: see stream-group-control.ts.

import { createRng } from '../calls/prng.js'
import type { GroupMessage, GroupReport, OpenGroup } from './stream-group-control.js'
import { emptyStats, LiveCalls, StreamSlot, type StreamKind } from './stream-slot.js'

/** Overview slots that also keep the directory of live calls (two, so one reconnecting is covered). */
const DIRECTORY_SLOTS = 2

const send = (message: GroupMessage): void => void process.send?.(message)

let slots: { kind: StreamKind; slot: StreamSlot; done: Promise<void> }[] = []
const stats = { overview: emptyStats(), conversation: emptyStats() }
const live = new LiveCalls()
let ticker: NodeJS.Timeout | undefined

function report(): GroupReport {
  const open = { overview: 0, conversation: 0 }
  for (const { kind, slot } of slots) if (slot.isOpen) open[kind]++
  return { open, liveCalls: live.size, stats }
}

function start(message: OpenGroup): void {
  const rng = createRng(message.seed)
  const overview = Math.round(message.streams * message.overviewShare)
  for (let i = 0; i < message.streams; i++) {
    const kind: StreamKind = i < overview ? 'overview' : 'conversation'
    const random = rng.fork(`slot-${i}`).next
    const slot = new StreamSlot({
      origin: message.origin,
      cookie: message.cookie,
      kind,
      reconnectMs: message.reconnectMs,
      dropMeanMs: message.dropMeanMs,
      random,
      stats: stats[kind],
      ...(kind === 'overview' && i < DIRECTORY_SLOTS ? { onEvent: (event) => live.apply(event) } : {}),
      ...(kind === 'conversation' ? { pickConversation: () => live.pick(random) } : {}),
    })
    slots.push({ kind, slot, done: slot.run() })
  }
  ticker = setInterval(() => send({ kind: 'report', report: report() }), message.reportEveryMs)
}

async function close(): Promise<void> {
  clearInterval(ticker)
  for (const { slot } of slots) slot.stop()
  await Promise.all(slots.map((s) => s.done))
  const final = report()
  slots = []
  send({ kind: 'closed', report: final })
}

process.on('message', (message: { kind: 'open' } & OpenGroup | { kind: 'close' }) => {
  if (message.kind === 'open') start(message)
  else void close()
})
// The soak process went away without closing us: do not outlive it.
process.on('disconnect', () => process.exit(0))
