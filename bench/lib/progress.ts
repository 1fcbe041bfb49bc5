// The progress line on stderr: redrawn in place on a terminal, one line per step otherwise (CI
// logs), nothing with --no-progress. Tables go to stdout, so `npm run bench > out.txt` stays clean.

export class Progress {
  readonly #stream: NodeJS.WriteStream
  readonly #enabled: boolean
  readonly #total: number
  readonly #startedAt = performance.now()
  #done = 0

  constructor(total: number, options: { enabled: boolean; stream?: NodeJS.WriteStream }) {
    this.#stream = options.stream ?? process.stderr
    this.#enabled = options.enabled
    this.#total = total
  }

  /** Announces the step about to run. */
  step(label: string): void {
    this.#write(`[${this.#bar()}] ${this.#done + 1}/${this.#total} ${label}`)
    this.#done = Math.min(this.#total, this.#done + 1)
  }

  /** A note between steps (a warning, a phase change), kept on its own line. */
  note(text: string): void {
    if (!this.#enabled) return
    if (this.#stream.isTTY) this.#stream.write('\r\x1b[2K')
    this.#stream.write(`${text}\n`)
  }

  finish(): void {
    this.#write(`[${this.#bar()}] done`)
    if (this.#enabled && this.#stream.isTTY) this.#stream.write('\n')
  }

  #bar(): string {
    const width = 24
    const filled = this.#total === 0 ? width : Math.round((this.#done / this.#total) * width)
    return '#'.repeat(filled) + '.'.repeat(width - filled)
  }

  #write(line: string): void {
    if (!this.#enabled) return
    const text = `${line} (${((performance.now() - this.#startedAt) / 1000).toFixed(0)} s)`
    if (this.#stream.isTTY) this.#stream.write(`\r\x1b[2K${text.slice(0, Math.max(20, (this.#stream.columns || 120) - 1))}`)
    else this.#stream.write(`${text}\n`)
  }
}
