/**
 * When each of the most recent durable records was committed, by seq, in fixed memory: the age
 * of the oldest record Firebase has not acknowledged (the lag admins see) without keeping the
 * records themselves, or reading the journal, for every status tick.
 */
export class CommitTimes {
  readonly #times: Float64Array
  readonly #mask: number
  /** Seqs first..newest are known; 0 while nothing was recorded. */
  #first = 0
  #newest = 0

  /** capacity is rounded up to a power of two. */
  constructor(capacity = 65_536) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(2, capacity)))
    this.#times = new Float64Array(size)
    this.#mask = size - 1
  }

  /** Records seq's commit time; seqs come in order, and a gap restarts the window. */
  record(seq: number, ts: number): void {
    if (this.#newest === 0 || seq !== this.#newest + 1) this.#first = seq
    this.#newest = seq
    this.#times[seq & this.#mask] = ts
  }

  /** Commit time of seq, or null when it is not among the most recent `capacity` recorded. */
  at(seq: number): number | null {
    if (this.#newest === 0 || seq > this.#newest || seq < this.#first || seq <= this.#newest - this.#times.length) return null
    return this.#times[seq & this.#mask] as number
  }
}
