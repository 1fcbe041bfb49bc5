// WebSocket frame handling for the RTDB protocol (wire-protocol notes §2).
// The `ws` package already does the WebSocket framing; what is left is the RTDB layer on top:
// a long JSON message is sent as a decimal count frame followed by that many pieces.

/** The client splits its serialized JSON into pieces of this many characters (§2, WEBSOCKET_MAX_FRAME_SIZE). */
export const CLIENT_MAX_FRAME_CHARS = 16_384

/** A count frame is at most 6 characters long (§2: the client accepts counts of length ≤ 6). */
const COUNT_FRAME = /^\d{1,6}$/

export type FrameResult =
  /** A complete JSON message (one frame, or the concatenation of a counted run). */
  | { kind: 'message'; text: string }
  /** The client's idle keepalive: a bare `0` (§2). Ignore it, never reply. */
  | { kind: 'keepalive' }
  /** Part of a counted run; nothing to do yet. */
  | { kind: 'pending' }
  /**
   * A counted run whose total length passed the limit. Its pieces were discarded as they arrived
   * (so a hostile count cannot make us buffer unboundedly); `head` is the start of the first piece,
   * enough to recover the request number for an error reply.
   */
  | { kind: 'too-big'; head: string }

/**
 * Reassembles client→server frames. One instance per connection; it holds at most one
 * partially received message.
 */
export class FrameReassembler {
  private expected = 0
  private pieces: string[] = []
  private chars = 0
  private head: string | null = null
  private overflowed = false

  constructor(private readonly maxMessageChars: number) {}

  push(frame: string): FrameResult {
    if (this.expected === 0) {
      if (COUNT_FRAME.test(frame)) {
        const count = Number(frame)
        // §2: a bare `0` is the keepalive, not a count of zero frames.
        if (count === 0) return { kind: 'keepalive' }
        this.expected = count
        this.pieces = []
        this.chars = 0
        this.head = null
        this.overflowed = false
        return { kind: 'pending' }
      }
      if (frame.length > this.maxMessageChars) return { kind: 'too-big', head: frame.slice(0, 64) }
      return { kind: 'message', text: frame }
    }
    this.expected--
    this.head ??= frame.slice(0, 64)
    this.chars += frame.length
    if (this.chars > this.maxMessageChars) {
      this.overflowed = true
      this.pieces = []
    } else if (!this.overflowed) {
      this.pieces.push(frame)
    }
    if (this.expected > 0) return { kind: 'pending' }
    if (this.overflowed) return { kind: 'too-big', head: this.head }
    const text = this.pieces.join('')
    this.pieces = []
    return { kind: 'message', text }
  }

  /** True while a counted run is incomplete. */
  get buffering(): boolean {
    return this.expected > 0
  }
}

/**
 * Server→client splitting (§2, optional for the server). Messages up to `maxFrameChars` go out
 * as one frame; longer ones as a count frame plus pieces. A JSON message is never a short number,
 * so a single-frame message can never be mistaken for a count by the client.
 *
 * A piece never ends between the two halves of a surrogate pair (an emoji, say): each piece is a
 * text frame of its own, encoded to UTF-8 alone, and a lone surrogate is encoded as U+FFFD, so
 * the client would read the character back as two U+FFFD. Such a piece ends one character early
 * (or late, when it would otherwise be empty).
 */
export function splitMessage(text: string, maxFrameChars: number): string[] {
  if (maxFrameChars <= 0 || text.length <= maxFrameChars) return [text]
  const pieces: string[] = []
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + maxFrameChars, text.length)
    if (end < text.length && isLeadSurrogate(text.charCodeAt(end - 1)) && isTrailSurrogate(text.charCodeAt(end))) {
      end += end - 1 > start ? -1 : 1
    }
    pieces.push(text.slice(start, end))
    start = end
  }
  if (pieces.length > 999_999) throw new RangeError('message needs more than 999999 frames; raise maxFrameChars')
  return [String(pieces.length), ...pieces]
}

function isLeadSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isTrailSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Recovers the request number from the start of a client message (`{"t":"d","d":{"r":12,...`). */
export function requestNumberFromHead(head: string): number | null {
  const match = /^\{"t":"d","d":\{"r":(\d{1,15})[,}]/.exec(head)
  return match?.[1] === undefined ? null : Number(match[1])
}
