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

/** The mirror's state now; the lag is the age of the oldest record Firebase has not acknowledged. */
export async function readMirrorStatus(mirror: Mirror, store: Pick<LocalStore, 'readFrom'>, now: number): Promise<MirrorStatus> {
  const state = mirror.state()
  let lagMs = 0
  if (state.pending > 0) {
    let since = mirror.oldestPendingAt()
    if (since === null) since = (await store.readFrom(state.watermark, 1))[0]?.ts ?? now
    lagMs = Math.max(0, now - since)
  }
  return { enabled: true, connected: state.connected, pending: state.pending, lagMs, outage: state.outage }
}

export function sameMirrorStatus(a: MirrorStatus, b: MirrorStatus): boolean {
  return a.enabled === b.enabled && a.connected === b.connected && a.pending === b.pending && a.lagMs === b.lagMs && a.outage?.since === b.outage?.since
}
