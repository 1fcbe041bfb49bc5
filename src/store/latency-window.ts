/** Percentiles over the last `size` samples (a ring buffer): recent behaviour, bounded memory. */
export class LatencyWindow {
  readonly #samples: Float64Array
  #count = 0

  constructor(size = 1024) {
    this.#samples = new Float64Array(size)
  }

  observe(ms: number): void {
    this.#samples[this.#count % this.#samples.length] = ms
    this.#count++
  }

  /** p50, p99 and max in ms over the window (null before any sample), and the total count. */
  summary(): { p50: number | null; p99: number | null; max: number | null; count: number } {
    const n = Math.min(this.#count, this.#samples.length)
    if (n === 0) return { p50: null, p99: null, max: null, count: 0 }
    const sorted = this.#samples.slice(0, n).sort()
    const at = (p: number): number => sorted[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)] as number
    return { p50: round(at(50)), p99: round(at(99)), max: round(sorted[n - 1] as number), count: this.#count }
  }
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000
