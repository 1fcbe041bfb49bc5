import { classify, type Triage } from './classify.js'
import { lruMemo } from './lru-memo.js'

// Caller turns remembered across all calls: a few hundred live calls of a dozen turns each.
const TRIAGE_MEMO_SIZE = 4096

/**
 * classify with a bounded memory of recent texts (lru-memo.ts), one for the whole process: the
 * voice route classifies a turn, the responder reads it again, and every later turn of the call
 * reads it once more as history. classify is pure, so sharing the memory changes no answer.
 */
export const classifyRemembered: (text: string) => Triage = lruMemo(TRIAGE_MEMO_SIZE, classify)
