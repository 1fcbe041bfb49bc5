import { isHeard, type Conversation } from './model.js'

// Which turn a post of the caller's words (or silence) is, from what was heard so far.
//
// Each <Gather> posts back with a turn number, so Twilio's re-sends are recognised as the same
// turn. Two <Gather>s can be live with one number: an admin line pushed (with lastTurn + 1) while
// the caller's own turn, which also answers with lastTurn + 1, is on its way. Of two different posts
// under one number, the second is a new turn and remembers the number it came under (asked_as),
// so its own re-sends find it; and a number such a post moved onto is taken for later posts too.

/** Something heard: words, or '' for silence, under `turn`, posted under `askedAs` if it differs. */
export interface HeardPost {
  turn: number
  words: string
  askedAs?: number
}

export function turnOfPost(heard: Iterable<HeardPost>, postedUnder: number, words: string, lastTurn: number): { turn: number; askedAs?: number } {
  let taken = false
  for (const post of heard) {
    if ((post.askedAs ?? post.turn) === postedUnder && post.words === words) return { turn: post.turn }
    if (post.turn === postedUnder) taken = true
  }
  return taken ? { turn: lastTurn + 1, askedAs: postedUnder } : { turn: postedUnder }
}

/** What the caller said (or silence) under each turn of a recorded conversation. */
export function heardPosts(conversation: Conversation | null): HeardPost[] {
  const heard: HeardPost[] = []
  for (const m of Object.values(conversation?.messages ?? {})) {
    if (m.turn === undefined || !isHeard(m)) continue
    heard.push({ turn: m.turn, words: m.role === 'user' ? m.text : '', ...(m.asked_as !== undefined ? { askedAs: m.asked_as } : {}) })
  }
  return heard
}

/**
 * The turn a post Twilio's fallback replays was heard as: the one its number points to (a
 * re-send), or without a number the latest turn, if it had these words.
 */
export function turnOfReplay(heard: readonly HeardPost[], postedUnder: number | undefined, words: string, lastTurn: number): number | undefined {
  return postedUnder === undefined ? latestTurnWith(heard, words) : turnOfPost(heard, postedUnder, words, lastTurn).turn
}

/**
 * The latest turn heard, if it was these words: a fallback replaying a post without a number
 * whose answer was lost. Silence counts as the latest thing heard.
 */
export function latestTurnWith(heard: Iterable<HeardPost>, words: string): number | undefined {
  let latest: HeardPost | undefined
  for (const post of heard) if (!latest || post.turn > latest.turn) latest = post
  return latest !== undefined && words !== '' && latest.words === words ? latest.turn : undefined
}
