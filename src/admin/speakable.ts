// Admin text is spoken to the caller through TwiML <Say>, and XML 1.0 cannot carry every string:
// control characters (other than tab and line breaks), lone UTF-16 surrogates and U+FFFE/U+FFFF
// make the TwiML builder throw, so the caller's next turn would fail and they would hear the
// apology instead of the supervisor. Found by the admin API fuzz test (test/fuzz/admin-api.test.ts).
// DEL is XML-legal but no more speakable than the C0 controls, so it is refused with them.

const UNSPEAKABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Index of the first character TwiML cannot carry, or -1 when the whole text can be spoken. */
export function unspeakableIndex(text: string): number {
  const match = UNSPEAKABLE.exec(text)
  return match ? match.index : -1
}
