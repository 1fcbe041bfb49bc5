import { lruMemo } from './lru-memo.js'

/** Stands between clauses; phrases never match across it and negation never reaches over it. */
export const BOUNDARY = '.'

// Words that start a new thought: "not bleeding but unconscious" must not negate "unconscious".
const BOUNDARY_WORDS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'however', 'except'])

// "can't" is "ca" + "n't" once split, so these stems need their full word back.
// Maps, not object literals: a caller's word is a key, and "constructor" must not find Object.prototype's.
const IRREGULAR_NOT: ReadonlyMap<string, string> = new Map(Object.entries({ ca: 'can not', wo: 'will not', ai: 'is not', sha: 'shall not' }))

// Speech-to-text drops apostrophes often enough that the bare forms must mean the same.
const BARE_CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cannot: 'can not', wont: 'will not',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', aint: 'is not', couldnt: 'could not',
  wouldnt: 'would not', shouldnt: 'should not', hasnt: 'has not', havent: 'have not', hadnt: 'had not',
  theres: 'there is', hes: 'he is', shes: 'she is', im: 'i am', thats: 'that is', whats: 'what is',
  nevermind: 'never mind', noone: 'no one',
  // Not "its": "the ambulance is on its way" needs the possessive ("its out" is in the phrase tables).
  someones: 'someone is', everyones: 'everyone is', theyre: 'they are', youre: 'you are', ive: 'i have', weve: 'we have',
  whos: 'who is', wheres: 'where is',
}))

// Callers speak as they speak: Scots, Geordie, Irish and Northern forms, and a dropped "g", read
// as the words the phrase tables are written in ("he went doon", "wor Stevie", "he's shiverin").
// Names are not touched: only words that are never one.
const DIALECT_WORDS = {
  doon: 'down', oot: 'out', haud: 'hold', aboot: 'about', roond: 'round', heid: 'head', heed: 'head', ower: 'over', mooth: 'mouth', hoose: 'house',
  intae: 'into', tae: 'to', fae: 'from', frae: 'from', oan: 'on', wi: 'with', wor: 'our', yer: 'your', youse: 'you', yous: 'you',
  masel: 'myself', meself: 'myself', mesel: 'myself', hisself: 'himself', hissel: 'himself', hersel: 'herself', yersel: 'yourself',
  cannae: 'can not', canna: 'can not', dinnae: 'do not', didnae: 'did not', isnae: 'is not', wasnae: 'was not', wouldnae: 'would not',
  widnae: 'would not', couldnae: 'could not', havenae: 'have not', hasnae: 'has not', willnae: 'will not', disnae: 'does not',
  // Speech-to-text hears "the defib" as "the fib" (review 67); nobody tells a fib on an emergency line.
  fib: 'defib', fibs: 'defibs',
  // and "tourniquet" as these; a tourney is a tournament, which nobody phones about.
  tourney: 'tourniquet', tournakit: 'tourniquet', tourniket: 'tourniquet', turniquet: 'tourniquet', tourniquette: 'tourniquet',
  somethin: 'something', nothin: 'nothing', anythin: 'anything', hame: 'home',
  gie: 'give', aff: 'off', whit: 'what', dae: 'do', noo: 'now', roastin: 'roasting', boilin: 'boiling', makin: 'making',
  naebody: 'nobody', summat: 'something', nowt: 'nothing', owt: 'anything', gan: 'go', gannin: 'going', gaun: 'going', awfy: 'awful', greetin: 'crying', greeting: 'crying',
}
const G_DROPPED = [
  'sweatin', 'poundin', 'shiverin', 'shakin', 'killin', 'breathin', 'talkin', 'bleedin', 'burnin', 'chokin', 'fittin', 'thrashin', 'roarin', 'screamin',
  'hollerin', 'comin', 'goin', 'pourin', 'pumpin', 'spurtin', 'gushin', 'squirtin', 'drippin', 'leakin', 'smokin', 'stingin', 'itchin', 'swellin',
  'throbbin', 'hurtin', 'achin', 'movin', 'wakin', 'answerin', 'respondin', 'tremblin', 'twitchin', 'jerkin', 'faintin', 'collapsin', 'gaspin', 'wheezin',
  'coughin', 'vomitin', 'spewin', 'bokin', 'fallin', 'slippin', 'hangin', 'danglin', 'lyin', 'dyin', 'cryin', 'moanin', 'groanin', 'snorin', 'gurglin',
  'seein', 'hearin', 'feelin', 'doin', 'gettin', 'tryin', 'sayin', 'lookin', 'workin', 'standin', 'sittin', 'walkin', 'runnin', 'climbin', 'pullin',
  'pushin', 'liftin', 'pressin', 'holdin', 'usin', 'waitin', 'drivin', 'rinsin', 'washin', 'coolin', 'sleepin', 'swallowin', 'droolin', 'dribblin', 'slurrin',
  'pokin', 'stickin', 'startin', 'shoutin', 'swearin', 'spinnin', 'freezin', 'drownin', 'floatin', 'sinkin',
]
// Scots "pit" is "put" after a doer ("tryin tae pit a spoon in her mooth", "he pit it"), not the
// pit in "down pit A" (review 96).
const PUT_SAID_AFTER: ReadonlySet<string> = new Set(['to', 'and', 'i', 'we', 'he', 'she', 'you', 'ye', 'they', 'will', 'not', 'just', 'gonna', 'wanna'])
const DIALECT: ReadonlyMap<string, string> = new Map([...Object.entries(DIALECT_WORDS), ...G_DROPPED.map((word) => [word, `${word}g`] as const)])

// Speech-to-text keeps a frightened caller's stammer and fillers ("gone for the the defib", "on his
// chest um somebody is"): dropped, so a phrase reads across them (review 67). Only small words are
// folded when said twice: "boom boom" is a heartbeat, "one one" a number. Not "er": the ER.
const FILLERS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'errm', 'hmm'])
const STAMMERED: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'i', 'he', 'she', 'it', 'is', 'was', 'and', 'to', 'of', 'in', 'on', 'at', 'my', 'his', 'her', 'we', 'they',
  'you', 'that', 'this', 'there', 'me', 'him', 'them', 'our', 'your', 'with', 'for', 'so',
])

// A turn's text is read by classify, the call context, the spoken answers and the responder,
// and every earlier turn again on each new one: one tokenization each, not one per reader.
const TOKENIZE_MEMO_SIZE = 4096

/**
 * Turns a speech-to-text transcript into lower-case word tokens with contractions expanded and
 * clause punctuation kept as BOUNDARY tokens. Never throws, whatever the input. The array is
 * shared between callers of the same text: read it, never change it.
 */
export const tokenize: (text: string) => readonly string[] = lruMemo(TOKENIZE_MEMO_SIZE, tokenizeText)

function tokenizeText(text: string): readonly string[] {
  // NFKC folds full-width letters and ligatures; plain ASCII, the usual transcript, needs none.
  const cleaned = (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\b(ca|wo|ai|sha)n't\b/g, (_m, stem: string) => IRREGULAR_NOT.get(stem) ?? `${stem} not`)
    .replace(/n't\b/g, ' not')
    .replace(/'re\b/g, ' are')
    .replace(/'m\b/g, ' am')
    .replace(/'ll\b/g, ' will')
    .replace(/'ve\b/g, ' have')
    .replace(/'d\b/g, ' would')
    // "'s" as "is" even where it is a possessive: "dave is arm is stuck" still reads right to the
    // phrase tables, while "ammonia's leaking" read as "ammonias leaking" would lose the gas.
    .replace(/'s\b/g, ' is')
    .replace(/[.,;:!?()[\]{}"\u2013\u2014]+|\s-+\s/g, ` ${BOUNDARY} `)
    .replace(/[^\p{L}\p{N}.\s]+/gu, ' ')

  const tokens: string[] = []
  for (const raw of cleaned.split(/\s+/)) {
    if (raw === '') continue
    if (raw === BOUNDARY || BOUNDARY_WORDS.has(raw)) {
      if (tokens.length > 0 && tokens[tokens.length - 1] !== BOUNDARY) tokens.push(BOUNDARY)
      continue
    }
    if (FILLERS.has(raw) || (STAMMERED.has(raw) && tokens[tokens.length - 1] === raw)) continue
    const expanded = BARE_CONTRACTIONS.get(raw) ?? DIALECT.get(raw) ?? (raw === 'pit' && PUT_SAID_AFTER.has(tokens[tokens.length - 1] ?? '') ? 'put' : undefined)
    if (expanded === undefined) tokens.push(raw)
    else tokens.push(...expanded.split(' '))
  }
  if (tokens[tokens.length - 1] === BOUNDARY) tokens.pop()
  return repairMisheard(tokens)
}

// Two words speech-to-text makes of one (review 67): "he's not brief in", "he's on conscious".
// Keyed by the second word, which is rare, so most tokens cost one Set lookup and no string.
const MISHEARD_PAIRS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['in', new Map([['brief', 'breathing']])],
  ['conscious', new Map([['on', 'unconscious'], ['un', 'unconscious']])],
  // "He's got his own happy pen": an EpiPen as the recogniser hears it (review 113).
  ['pen', new Map([['happy', 'epipen'], ['eppy', 'epipen'], ['eppie', 'epipen']])],
  // "The die jester tank": the digester, as a recogniser hears it (review 114).
  ['jester', new Map([['die', 'digester'], ['di', 'digester']])],
  // "Nalox own nasal spray": naloxone (review 114).
  ['own', new Map([['nalox', 'naloxone'], ['nalog', 'naloxone']])],
  ['zone', new Map([['nalox', 'naloxone']])],
  // "One of them to nick it things": a tourniquet (review 116).
  ['it', new Map([['nick', 'tourniquet'], ['nicky', 'tourniquet']])],
  ['pens', new Map([['happy', 'epipens']])],
])
// Scots "he's no movin": "no" between "is" and a verb is "not" (review 93); "there's no feeling" stays.
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'am', 'are', 'was', 'were'])
const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'i', 'it', 'they', 'we', 'you'])
// "ill bring the quad" is "I'll" with its apostrophe dropped, not someone ill (review 112): only
// before a verb of doing, and not where "ill" follows what describes someone ("he's been ill", "really ill").
const ILL_THEN: ReadonlySet<string> = new Set([
  'bring', 'go', 'get', 'take', 'call', 'ring', 'phone', 'try', 'do', 'grab', 'run', 'drive', 'check', 'put', 'carry', 'fetch', 'stay', 'wait',
  'keep', 'tell', 'pull', 'drag', 'come', 'send', 'jump', 'climb', 'lift', 'hold', 'give', 'stop', 'turn', 'switch', 'shout', 'walk', 'just', 'nip', 'pop',
])
const ILL_DESCRIBED: ReadonlySet<string> = new Set([...BE_FORMS, 'be', 'been', 'being', 'very', 'really', 'so', 'too', 'quite', 'seriously', 'critically', 'feel', 'feels', 'feeling', 'felt', 'look', 'looks', 'looking', 'gone', 'went', 'taken', 'fell', 'become', 'became', 'got', 'getting', 'mentally', 'terminally'])
function repairMisheard(tokens: string[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    // "The see oh two from the kegs": CO2, said letter by letter (review 117).
    if (tokens[i] === 'see' && tokens[i + 1] === 'oh' && (tokens[i + 2] === 'two' || tokens[i + 2] === '2')) {
      tokens.splice(i, 3, 'co2')
      continue
    }
    if (tokens[i] === 'ill' && ILL_THEN.has(tokens[i + 1] ?? '') && !ILL_DESCRIBED.has(tokens[i - 1] ?? '')) {
      tokens.splice(i, 1, 'i', 'will')
      i++
      continue
    }
    if (i === 0) continue
    if (tokens[i] === 'no' && BE_FORMS.has(tokens[i - 1] as string) && SUBJECTS.has(tokens[i - 2] ?? '') && /..ing$/.test(tokens[i + 1] ?? '')) tokens[i] = 'not'
    const one = MISHEARD_PAIRS.get(tokens[i] as string)?.get(tokens[i - 1] as string)
    if (one !== undefined) {
      tokens.splice(i - 1, 2, one)
      i--
    }
  }
  return tokens
}
