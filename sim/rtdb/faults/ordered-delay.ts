// Delivers items after a per-item delay without ever reordering them. Injected latency can
// change while frames are in flight (a test lowers it from 200 ms to 0); a frame sent later
// must still arrive later, as on a real link, so each item's due time is at least the previous one's.
// With no delay, nothing queued and no pause, delivery is synchronous: the fault layer costs
// nothing when no fault is set.

interface Entry<T> {
  item: T
  due: number
}

export class OrderedDelay<T> {
  private queue: Entry<T>[] = []
  private head = 0
  private lastDue = 0
  private timer: NodeJS.Timeout | null = null
  private paused = false
  private closed = false

  constructor(
    private readonly deliver: (item: T) => void,
    // Sub-millisecond clock: with Date.now's truncation an item could leave up to 1 ms early,
    // and a test asserting "at least the injected latency" would flake.
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(item: T, delayMs: number): void {
    if (this.closed) return
    const now = this.now()
    const due = Math.max(now + Math.max(0, delayMs), this.lastDue)
    this.lastDue = due
    if (!this.paused && this.pending === 0 && due <= now) {
      this.deliver(item)
      return
    }
    this.queue.push({ item, due })
    this.schedule()
  }

  /** Holds every item (including already due ones) until `resume()`: the stall fault. */
  pause(): void {
    this.paused = true
    this.clearTimer()
  }

  resume(): void {
    if (!this.paused) return
    this.paused = false
    this.flush()
  }

  /** Drops whatever is pending and refuses new items; used when the connection closes. */
  close(): void {
    this.closed = true
    this.clearTimer()
    this.queue = []
    this.head = 0
  }

  get pending(): number {
    return this.queue.length - this.head
  }

  private flush = (): void => {
    this.timer = null
    const now = this.now()
    while (!this.paused && !this.closed && this.head < this.queue.length) {
      const entry = this.queue[this.head]
      if (entry === undefined || entry.due > now) break
      this.head++
      this.deliver(entry.item)
    }
    if (this.head === this.queue.length) {
      this.queue = []
      this.head = 0
    } else if (this.head > 1024) {
      this.queue = this.queue.slice(this.head)
      this.head = 0
    }
    this.schedule()
  }

  private schedule(): void {
    if (this.paused || this.closed || this.timer !== null) return
    const next = this.queue[this.head]
    if (next === undefined) return
    this.timer = setTimeout(this.flush, Math.max(0, next.due - this.now()))
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }
}
