import { ERR_CALLS_INVALID_INSTANCE_ID, ERR_CALLS_INVALID_MESSAGE_SEQ, ERR_CALLS_INVALID_TIME } from '../errors.js'
import { phoneDigits } from '../phone.js'

// Call, conversation and message ids in the format the operations team knows:
//   call_<caller digits>_<YYYYMMDD>_<HHMMSS>_<instanceId>      (UTC)
//   conv_<same suffix>
// The same number calling the same instance twice in one second gets a counter:
//   ..._<instanceId>-002, -003, ...  (the first id has none, so ids sort in creation order)
// Different instances never collide because the instance id is part of every id. All ids are
// valid Firebase keys: only [a-z0-9_-] and at most ~60 characters.

export interface CallIds {
  callId: string
  convId: string
}

export interface IdGenerator {
  callIds(from: string, now: Date): CallIds
}

export interface IdGeneratorOptions {
  /** Short slug of this instance, [a-z0-9]{1,16} (INSTANCE_ID). */
  instanceId: string
}

const INSTANCE_ID = /^[a-z0-9]{1,16}$/
/** E.164 numbers have at most 15 digits; junk input is cut to its last 15 to keep keys short. */
const MAX_DIGITS = 15
/**
 * Seconds of issued ids remembered. Older ones are forgotten (memory stays bounded); the window
 * also covers the wall clock stepping back a little (an NTP correction) without reissuing ids.
 */
const MEMORY_SECONDS = 300

export function createIdGenerator(options: IdGeneratorOptions): IdGenerator {
  const { instanceId } = options
  if (typeof instanceId !== 'string' || !INSTANCE_ID.test(instanceId)) throw new ERR_CALLS_INVALID_INSTANCE_ID(String(instanceId))
  /** epoch second -> id base -> how many ids were issued for it. */
  const issued = new Map<number, Map<string, number>>()
  let newestSecond = -Infinity

  const forgetOldSeconds = (): void => {
    for (const second of issued.keys()) if (second < newestSecond - MEMORY_SECONDS) issued.delete(second)
  }

  return {
    callIds(from: string, now: Date): CallIds {
      const ms = now instanceof Date ? now.getTime() : Number.NaN
      if (!Number.isFinite(ms)) throw new ERR_CALLS_INVALID_TIME(String(now))
      const second = Math.floor(ms / 1000)
      if (second > newestSecond) {
        newestSecond = second
        forgetOldSeconds()
      }
      const digits = phoneDigits(from).slice(-MAX_DIGITS)
      const base = `${digits}_${utcStamp(now)}_${instanceId}`
      let counts = issued.get(second)
      if (!counts) {
        counts = new Map()
        issued.set(second, counts)
      }
      const count = (counts.get(base) ?? 0) + 1
      const suffix = count === 1 ? base : `${base}-${sortableNumber(count, 3)}`
      counts.set(base, count)
      return { callId: `call_${suffix}`, convId: `conv_${suffix}` }
    },
  }
}

/** 'msg_000001' ... 'msg_999999', then 'msg_z1000000': always sorts in creation order. */
export function messageId(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new ERR_CALLS_INVALID_MESSAGE_SEQ(String(seq))
  return `msg_${sortableNumber(seq, 6)}`
}

/**
 * Zero-padded to `width`; a wider number gets one 'z' per extra digit in front, so text order
 * stays numeric order past the padding ('999999' < 'z1000000' < 'zz10000000').
 */
function sortableNumber(n: number, width: number): string {
  const digits = String(n).padStart(width, '0')
  return 'z'.repeat(digits.length - width) + digits
}

/** 'YYYYMMDD_HHMMSS' in UTC. */
function utcStamp(date: Date): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}_` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  )
}
