/**
 * How callers are heard and spoken to: the locale the speech recogniser expects, the words it
 * should listen for, and the text-to-speech voice. A site sets the locale its workers speak
 * (en-GB, en-IE, en-IN, ...) and adds its own place and plant names to the hints.
 */
export interface VoiceSettings {
  /** <Gather language>. */
  language: string
  /** <Gather hints>: comma-separated. */
  hints: string
  /** <Say voice>; absent, Twilio's default voice. */
  voice?: string
}

// The words a worker in trouble is most likely to say on a noisy line.
export const DEFAULT_SPEECH_HINTS: readonly string[] = [
  'fire', 'smoke', 'gas leak', 'explosion', 'chemical spill', 'bleeding', 'unconscious', 'not breathing',
  'electric shock', 'fell', 'trapped', 'Zone A', 'Zone B', 'valve', 'tank', 'bay',
]

export const DEFAULT_VOICE: VoiceSettings = { language: 'en-US', hints: DEFAULT_SPEECH_HINTS.join(', ') }

// The English locales Twilio's <Gather> recognises (twilio's GatherLanguage type). Only English:
// the playbook responder reads English words, so a caller heard in another language would get
// nothing but the fallback lines.
export const ENGLISH_LOCALES: readonly string[] = [
  'en-AU', 'en-CA', 'en-GB', 'en-GH', 'en-IE', 'en-IN', 'en-KE', 'en-NG', 'en-NZ', 'en-PH', 'en-SG', 'en-TZ', 'en-US', 'en-ZA',
]

// Twilio warning 13330: at most 500 entries, each at most 100 characters.
const MAX_HINTS = 500
const MAX_HINT_CHARS = 100

// Twilio's own voices and the providers' named ones. A Google voice names its locale, so it must
// be an English one; Polly and ElevenLabs names do not say, and are taken on trust.
const VOICE = /^(man|woman|alice|(Polly|Google|ElevenLabs)\.[A-Za-z0-9_.-]+)$/

/** Pure: the settings from SPEECH_LANGUAGE, SPEECH_HINTS and SAY_VOICE, or what is wrong with them. */
export function parseVoiceSettings(env: { language?: string; hints?: string; voice?: string }): { settings: VoiceSettings; problems: string[] } {
  const problems: string[] = []
  const language = env.language ?? DEFAULT_VOICE.language
  if (!ENGLISH_LOCALES.includes(language)) {
    problems.push(`SPEECH_LANGUAGE "${language}" is not one of ${ENGLISH_LOCALES.join(', ')} (the playbook responder reads English)`)
  }
  const extra = (env.hints ?? '').split(',').map((hint) => hint.trim().replace(/\s+/g, ' ')).filter((hint) => hint !== '')
  const tooLong = extra.filter((hint) => hint.length > MAX_HINT_CHARS)
  if (tooLong.length > 0) problems.push(`SPEECH_HINTS entries must be at most ${MAX_HINT_CHARS} characters each (too long: "${tooLong[0]!.slice(0, 40)}...")`)
  const hints = [...new Set([...DEFAULT_SPEECH_HINTS, ...extra])]
  if (hints.length > MAX_HINTS) problems.push(`SPEECH_HINTS has ${extra.length} entries; with Aurora's ${DEFAULT_SPEECH_HINTS.length} that is over Twilio's ${MAX_HINTS}`)
  const voice = env.voice
  if (voice !== undefined && !VOICE.test(voice)) {
    problems.push(`SAY_VOICE "${voice}" is not a Twilio voice name (man, woman, Polly.Amy, Polly.Amy-Neural, Google.en-GB-Standard-A, ...)`)
  } else if (voice?.startsWith('Google.') && !ENGLISH_LOCALES.some((locale) => voice.startsWith(`Google.${locale}-`))) {
    problems.push(`SAY_VOICE "${voice}" is not an English voice (the playbook's answers are English)`)
  }
  return { settings: { language, hints: hints.join(', '), ...(voice !== undefined ? { voice } : {}) }, problems }
}
