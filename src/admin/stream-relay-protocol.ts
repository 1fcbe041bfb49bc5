// Messages between Aurora and its stream process (stream-relay.ts <-> stream-process.ts).
//
// Two channels. The fork IPC channel carries the sockets (attach) and control; Node passes
// handles one at a time, each waiting for the child's acknowledgement, so 1,000 streams handed
// over at once keep that channel busy for about half a second. Events therefore go through a
// pipe of their own (the child's fd 4, one JSON line each) and never wait behind a socket.
// The two are not ordered with each other, so each event names the one before it in its topic
// (`prev`), and each attach the topic's newest event (`lastN`): the process puts the two streams
// together exactly, or ends the stream (the client resumes from Aurora with its Last-Event-ID).
// Topics are named by a uid, not by their key: a conversation's topic may be dropped and made
// again under the same key, and a late `detached` must not count against the new one.

export const EVENT_PIPE_FD = 4

export interface RelaySettings {
  heartbeatMs: number
  /** Subscriptions written per event-loop turn (fanout.ts). */
  fanoutSlice: number
  coalesceMs: number
  stallMs: number
}

/** Over IPC. */
export type ToStreamProcess =
  | { t: 'settings'; settings: RelaySettings }
  /**
   * Comes with the stream's socket. Everything up to `cursor` is already written to it;
   * `lastN` is the topic's newest event then (<= cursor).
   */
  | { t: 'attach'; id: number; uid: number; capacity: number; lastN: number; cursor: number; expiresAt: number | null }
  /** Aurora is shutting down: end every stream. */
  | { t: 'stop' }

/** Over the event pipe, in publishing order. */
export type StreamEventLine =
  /** A topic's next event. `final`: the topic ends with it. */
  | { t: 'event'; uid: number; prev: number; n: number; frame: string; final: boolean; capacity: number }
  /** The topic is gone in Aurora: its streams end (clients come back with their Last-Event-ID). */
  | { t: 'drop'; uid: number }
  /** Aurora has no stream of this topic in the process any more: its events stop coming. */
  | { t: 'forget'; uid: number }

export type FromStreamProcess =
  | { t: 'ready' }
  /** The attach with this id was handled: the next socket can come. */
  | { t: 'took'; id: number }
  /** A stream ended (client gone, stalled, fell behind, ended, expired, dropped). */
  | { t: 'detached'; id: number; uid: number }
  | { t: 'stopped' }
