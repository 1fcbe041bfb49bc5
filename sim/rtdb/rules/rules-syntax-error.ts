// Why a rules upload was refused. The REST layer answers 400 with `message` as the body text, so the
// message alone must let someone find the mistake: a line/column for JSON errors, and the rule's
// location ("rules/active_calls/.read") for structural and expression errors.

export interface SourcePosition {
  /** 1-based, like an editor shows it. */
  readonly line: number
  /** 1-based. */
  readonly column: number
}

export class RulesSyntaxError extends Error {
  override readonly name = 'RulesSyntaxError'
  readonly position: SourcePosition | null
  readonly rulePath: string | null

  constructor(reason: string, where: { position?: SourcePosition; rulePath?: string } = {}) {
    super(describe(reason, where))
    this.position = where.position ?? null
    this.rulePath = where.rulePath ?? null
  }
}

function describe(reason: string, where: { position?: SourcePosition; rulePath?: string }): string {
  const at = where.position ? `line ${where.position.line}, column ${where.position.column}` : null
  if (where.rulePath && at) return `${where.rulePath} (${at}): ${reason}`
  if (where.rulePath) return `${where.rulePath}: ${reason}`
  if (at) return `${at}: ${reason}`
  return reason
}

export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
