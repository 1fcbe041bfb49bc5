/** The message of something thrown, whatever was thrown (errors.ts holds only error codes). */
export const messageOf = (err: unknown): string => (err as Error)?.message ?? String(err)
