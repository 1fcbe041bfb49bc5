// The rules a namespace has before any upload. Google's RTDB emulator allows all reads and writes
// when firebase.json names no rules file, and harnesses rely on that to seed data before uploading
// their own rules (rules-unit-testing always uploads, so it never sees these). Aurora's real rules
// live in database.rules.json and are uploaded by the tests that exercise them.
export const DEFAULT_RULES_TEXT = `{
  "rules": {
    ".read": true,
    ".write": true
  }
}
`
