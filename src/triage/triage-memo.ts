import { classify, type Triage } from './classify.js'

/**
 * classify with a bounded memory of recent texts. Each turn the responder re-reads the call's
 * earlier caller turns; remembering them makes a turn deep in a long call cost one classify, not
 * one per earlier turn. Per responder instance, least recently used first out. The triages it
 * returns are shared: read them, never change them.
 */
export function createTriageMemo(capacity: number): (text: string) => Triage {
  const memo = new Map<string, Triage>()
  return (text) => {
    const known = memo.get(text)
    if (known !== undefined) {
      memo.delete(text)
      memo.set(text, known)
      return known
    }
    const triage = classify(text)
    memo.set(text, triage)
    if (memo.size > capacity) {
      const oldest = memo.keys().next()
      if (oldest.done !== true) memo.delete(oldest.value)
    }
    return triage
  }
}
