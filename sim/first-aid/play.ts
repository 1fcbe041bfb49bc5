// `npm run first-aid [-- review9 ...]`: prints what the offline responder says to the reviewers'
// calls (all sets, or those named), turn by turn, for a reviewer to judge again after a change.
import { createResponder } from '../../src/triage/responder.js'
import { loadReviewCalls, playCall } from './review-calls.js'

const sets = await loadReviewCalls()
const names = process.argv.slice(2).filter((a) => a !== '--')
for (const name of names) {
  if (!(name in sets)) {
    process.stderr.write(`unknown set "${name}"; sets: ${Object.keys(sets).join(', ')}\n`)
    process.exit(2)
  }
}
const responder = createResponder({ kind: 'playbook' })
for (const name of names.length > 0 ? names : Object.keys(sets)) {
  for (const call of sets[name] ?? []) {
    process.stdout.write(`\n=== ${name} ${call.title}\n`)
    for (const { said, reply } of await playCall(call, responder)) {
      process.stdout.write(`  CALLER: ${said}\n    [${reply.urgency} | ${reply.sources.join(',')}]\n    AURORA: ${reply.text}\n`)
    }
  }
}
