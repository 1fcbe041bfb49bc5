import type { Mirror } from '../mirror/sync-loop.js'
import type { LocalStore } from '../store/index.js'

/** What the dashboard's status bar shows of the Firebase mirror (the overview's `mirror` event). */
export interface MirrorStatus {
  /** False when this instance runs without Firebase (journal only). */
  enabled: boolean
  connected: boolean
  /** Durable journal records Firebase has not acknowledged yet. */
  pending: number
  /** Age of the oldest unacknowledged record (how far Firebase is behind), 0 when caught up. */
  lagMs: number | null
  outage: { since: string; reason: string } | null
}

export const MIRROR_DISABLED: MirrorStatus = Object.freeze({ enabled: false, connected: false, pending: 0, lagMs: null, outage: null })

/**
 * The commit time last read from the journal, per mirror, for the watermark it was read at. The
 * status is read every second, and reading one record of the active segment parses all of it on
 * this thread (hundreds of ms for a full one): read again only once the watermark moved.
 */
const readBack = new WeakMap<Mirror, { watermark: number; since: number }>()

/** The mirror's state now; the lag is the age of the oldest record Firebase has not acknowledged. */
export async function readMirrorStatus(mirror: Mirror, store: Pick<LocalStore, 'readFrom'>, now: number): Promise<MirrorStatus> {
  const state = mirror.state()
  let lagMs = 0
  if (state.pending > 0) {
    const since = mirror.oldestPendingAt() ?? (await readOldestPending(mirror, store, state.watermark)) ?? now
    lagMs = Math.max(0, now - since)
  }
  return { enabled: true, connected: state.connected, pending: state.pending, lagMs, outage: state.outage }
}

async function readOldestPending(mirror: Mirror, store: Pick<LocalStore, 'readFrom'>, watermark: number): Promise<number | null> {
  const known = readBack.get(mirror)
  if (known?.watermark === watermark) return known.since
  const since = (await store.readFrom(watermark, 1))[0]?.ts ?? null
  if (since !== null) readBack.set(mirror, { watermark, since })
  return since
}

export function sameMirrorStatus(a: MirrorStatus, b: MirrorStatus): boolean {
  return a.enabled === b.enabled && a.connected === b.connected && a.pending === b.pending && a.lagMs === b.lagMs && a.outage?.since === b.outage?.since
}
