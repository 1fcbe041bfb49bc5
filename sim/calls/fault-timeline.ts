// Plays a run's fault windows on the Firebase path Aurora's mirror uses: the TCP fault proxy in
// front of the emulator (latency, outage, stall, drop: works in front of Google's emulator too)
// and, for rejected writes, our emulator's own FaultController. Overlapping windows combine
// (the largest latency wins; any outage means down). Repeating windows are expanded lazily, each
// with its own seeded jitter stream, so the same seed gives the same timeline however long the
// run lasts.

import type { FaultProxy } from '../fault-proxy/proxy.js'
import type { FaultController } from '../rtdb/faults/fault-controller.js'
import type { Rng } from './prng.js'
import type { FaultKind, FaultWindow } from './script.js'

/** A fault as it was actually applied, in run time (ms since the run started). */
export interface AppliedFault {
  kind: FaultKind
  label: string
  startMs: number
  /** Equal to startMs for a drop; the run's end for a window still open when it stopped. */
  endMs: number
  source: string
}

export interface FaultTargets {
  proxy: FaultProxy
  /** Our emulator's controls; null in front of Google's emulator (reject-writes is then refused up front). */
  emulator: FaultController | null
}

export function faultLabel(window: Pick<FaultWindow, 'kind' | 'latencyMs'>): string {
  return window.kind === 'latency' ? `latency ${window.latencyMs ?? 0}ms` : window.kind
}

/** Fault times are simulated ms like every time in a scenario: --pace scales them (not the injected latency). */
export function pacedWindow(window: FaultWindow, pace: number): FaultWindow {
  const scale = (ms: number): number => Math.round(ms * pace)
  return {
    ...window,
    atMs: scale(window.atMs),
    forMs: scale(window.forMs),
    ...(window.everyMs !== undefined ? { everyMs: Math.max(1, scale(window.everyMs)) } : {}),
    ...(window.jitterMs !== undefined ? { jitterMs: scale(window.jitterMs) } : {}),
  }
}

export class FaultTimeline {
  readonly applied: AppliedFault[] = []
  readonly #windows: readonly FaultWindow[]
  readonly #rngs: Rng[]
  readonly #targets: FaultTargets | null
  readonly #now: () => number
  readonly #active = new Map<number, { window: FaultWindow; record: AppliedFault }>()
  readonly #timers = new Set<NodeJS.Timeout>()
  #nextId = 0
  #stopped = false
  #listeners = new Set<(active: string[]) => void>()

  /** `targets` null records the windows without injecting anything (a dry plan). */
  constructor(windows: readonly FaultWindow[], rng: Rng, targets: FaultTargets | null, now: () => number) {
    this.#windows = windows
    this.#rngs = windows.map((_, i) => rng.fork(`fault-${i}`))
    this.#targets = targets
    this.#now = now
  }

  /** Labels of the faults active now (for the progress line). */
  get active(): string[] {
    return [...new Set([...this.#active.values()].map((a) => a.record.label))]
  }

  onChange(listener: (active: string[]) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  start(): void {
    this.#windows.forEach((window, i) => this.#scheduleNext(window, i, 0))
  }

  /** Clears every fault (the run is over) and closes the windows still open. */
  stop(): void {
    this.#stopped = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    const at = this.#now()
    for (const { record } of this.#active.values()) record.endMs = at
    this.#active.clear()
    this.#targets?.proxy.clear()
    this.#targets?.emulator?.set({ rejectWrites: false })
  }

  #schedule(atMs: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      if (!this.#stopped) run()
    }, Math.max(0, atMs - this.#now()))
    this.#timers.add(timer)
  }

  #scheduleNext(window: FaultWindow, index: number, k: number): void {
    const rng = this.#rngs[index] as Rng
    const base = window.atMs + k * (window.everyMs ?? 0)
    const jitter = window.jitterMs ? Math.round((rng.next() * 2 - 1) * window.jitterMs) : 0
    const startMs = Math.max(0, base + jitter)
    this.#schedule(startMs, () => {
      this.#begin(window)
      if (window.everyMs !== undefined) this.#scheduleNext(window, index, k + 1)
    })
  }

  #begin(window: FaultWindow): void {
    const at = this.#now()
    const record: AppliedFault = {
      kind: window.kind,
      label: faultLabel(window),
      startMs: at,
      endMs: at,
      source: `${window.source.file}:${window.source.line}`,
    }
    this.applied.push(record)
    if (window.kind === 'drop') {
      this.#targets?.proxy.cutConnections()
      this.#publish()
      return
    }
    const id = this.#nextId++
    this.#active.set(id, { window, record })
    this.#apply()
    this.#schedule(at + window.forMs, () => {
      record.endMs = this.#now()
      this.#active.delete(id)
      this.#apply()
    })
  }

  #apply(): void {
    const windows = [...this.#active.values()].map((a) => a.window)
    if (this.#targets) {
      const latency = Math.max(0, ...windows.filter((w) => w.kind === 'latency').map((w) => w.latencyMs ?? 0))
      this.#targets.proxy.set({
        latencyMs: latency,
        down: windows.some((w) => w.kind === 'outage'),
        stall: windows.some((w) => w.kind === 'stall'),
      })
      this.#targets.emulator?.set({ rejectWrites: windows.some((w) => w.kind === 'reject-writes') })
    }
    this.#publish()
  }

  #publish(): void {
    const active = this.active
    for (const listener of this.#listeners) listener(active)
  }
}

/** The phase a moment belongs to: the faults active then, or "none". */
export function phaseAt(faults: readonly AppliedFault[], t: number): string {
  const labels = new Set<string>()
  for (const f of faults) if (f.endMs > f.startMs && t >= f.startMs && t < f.endMs) labels.add(f.label)
  return labels.size === 0 ? 'none' : [...labels].sort().join(' + ')
}
