// `npm run first-aid [-- review9 ...]`: prints what the offline responder says to the reviewers'
// calls (all sets, or those named), turn by turn, for a reviewer to judge again after a change.
// `npm run first-aid -- --unanswered [review9 ...]`: only the turns where the caller asks
// something outright and no playbook reply answers, each after the call's turns before it.
import { createResponder } from '../../src/triage/responder.js'
import { loadReviewCalls, playCall, type PlayedTurn } from './review-calls.js'
import { asksOutright, loadAnswerTexts, unansweredTurns } from './unanswered.js'

// Enough of the call before an unanswered turn for a reviewer to judge it.
const CONTEXT_TURNS = 4

const args = process.argv.slice(2).filter((a) => a !== '--')
const unansweredOnly = args.includes('--unanswered')
const names = args.filter((a) => a !== '--unanswered')
const sets = await loadReviewCalls()
for (const name of names) {
  if (!(name in sets)) {
    process.stderr.write(`unknown set "${name}"; sets: ${Object.keys(sets).join(', ')}\n`)
    process.exit(2)
  }
}
const responder = createResponder({ kind: 'playbook' })
const answers = unansweredOnly ? await loadAnswerTexts() : []
let asked = 0
let unanswered = 0
const write = ({ said, reply }: PlayedTurn): void => {
  process.stdout.write(`  CALLER: ${said}\n    [${reply.urgency} | ${reply.sources.join(',')}]\n    AURORA: ${reply.text}\n`)
}
for (const name of names.length > 0 ? names : Object.keys(sets)) {
  for (const call of sets[name] ?? []) {
    const played = await playCall(call, responder)
    if (!unansweredOnly) {
      process.stdout.write(`\n=== ${name} ${call.title}\n`)
      played.forEach(write)
      continue
    }
    asked += played.filter((t) => asksOutright(t.said)).length
    for (const i of unansweredTurns(played, answers)) {
      unanswered++
      process.stdout.write(`\n=== ${name} ${call.title} (turn ${i + 1})\n`)
      played.slice(Math.max(0, i - CONTEXT_TURNS), i + 1).forEach(write)
    }
  }
}
if (unansweredOnly) process.stdout.write(`\n${unanswered} of ${asked} turns that ask outright heard no playbook reply\n`)
