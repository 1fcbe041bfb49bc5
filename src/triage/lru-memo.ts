/**
 * A pure function of a text, remembered for at least the `capacity / 2` and at most the
 * `capacity` most recently used texts. The responder re-reads a call's earlier caller turns every
 * turn; remembering them makes a turn deep in a long call cost one computation, not one per
 * earlier turn. The values are shared: read them, never change them.
 *
 * Two generations instead of a strict LRU: a hit in the young map changes nothing, a hit in the
 * old one moves the entry up, and a full young map becomes the old one. A strict LRU on one Map
 * moved every hit to the back (delete + set), and the tombstones that left made V8 rebuild the
 * 4096-entry table so often that the memo was an eighth of a late turn's CPU.
 */
export function lruMemo<T>(capacity: number, compute: (text: string) => T): (text: string) => T {
  const generation = Math.max(1, Math.floor(capacity / 2))
  let young = new Map<string, T>()
  let old = new Map<string, T>()
  const remember = (text: string, value: T): void => {
    if (young.size >= generation) {
      old = young
      young = new Map()
    }
    young.set(text, value)
  }
  return (text) => {
    const recent = young.get(text)
    if (recent !== undefined || young.has(text)) return recent as T
    const older = old.get(text)
    if (older !== undefined || old.has(text)) {
      old.delete(text)
      remember(text, older as T)
      return older as T
    }
    const value = compute(text)
    remember(text, value)
    return value
  }
}
