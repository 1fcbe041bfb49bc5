import { classify, type Triage } from './classify.js'
import { lruMemo } from './lru-memo.js'

/** classify with a bounded memory of recent texts (lru-memo.ts), per responder instance. */
export function createTriageMemo(capacity: number): (text: string) => Triage {
  return lruMemo(capacity, classify)
}
