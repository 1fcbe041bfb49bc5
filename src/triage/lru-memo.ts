/**
 * A pure function of a text, remembered for the `capacity` most recently used texts. The
 * responder re-reads a call's earlier caller turns every turn; remembering them makes a turn deep
 * in a long call cost one computation, not one per earlier turn. The values are shared: read
 * them, never change them.
 */
export function lruMemo<T>(capacity: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>()
  return (text) => {
    if (memo.has(text)) {
      const known = memo.get(text) as T
      memo.delete(text)
      memo.set(text, known)
      return known
    }
    const value = compute(text)
    memo.set(text, value)
    if (memo.size > capacity) {
      const oldest = memo.keys().next()
      if (oldest.done !== true) memo.delete(oldest.value)
    }
    return value
  }
}
