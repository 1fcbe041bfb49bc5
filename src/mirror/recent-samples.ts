/** A ring of the most recent samples, for the percentiles shown on /health and the dashboard. */
export class RecentSamples {
  count = 0
  #samples: number[] = []
  #next = 0

  constructor(private readonly size = 1024) {}

  observe(value: number): void {
    this.count++
    if (this.#samples.length < this.size) this.#samples.push(value)
    else this.#samples[this.#next] = value
    this.#next = (this.#next + 1) % this.size
  }

  /** Percentiles (0..100) of the window, in the order asked, from one sort; nulls when nothing was observed. */
  percentiles(...ps: number[]): (number | null)[] {
    if (this.#samples.length === 0) return ps.map(() => null)
    const sorted = Float64Array.from(this.#samples).sort()
    return ps.map((p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null)
  }
}
