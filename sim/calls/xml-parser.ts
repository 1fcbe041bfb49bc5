// A strict parser for the XML subset TwiML documents use: the declaration, elements, quoted
// attributes, character data, the five predefined entities and character references, CDATA and
// comments. Anything outside it (a DTD, processing instructions, unknown entities, a second root,
// mismatched tags, a bare "&" or "<") is a syntax error with its line and column, because a real
// Twilio answers malformed TwiML with "an application error has occurred" (error 12100).

export interface XmlText {
  type: 'text'
  text: string
  line: number
  col: number
}

export interface XmlElement {
  type: 'element'
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
  line: number
  col: number
}

export type XmlNode = XmlElement | XmlText

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`${reason} at ${line}:${col}`)
    this.name = 'XmlSyntaxError'
  }
}

const NAME_START = /[A-Za-z_:]/
const NAME_CHAR = /[A-Za-z0-9_.:-]/
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
// XML 1.0 §2.2: tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

class Cursor {
  pos = 0
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length
  }

  peek(ahead = 0): string {
    return this.text[this.pos + ahead] ?? ''
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos)
  }

  where(pos = this.pos): { line: number; col: number } {
    let line = 1
    let col = 1
    for (let i = 0; i < pos && i < this.text.length; i++) {
      if (this.text[i] === '\n') {
        line++
        col = 1
      } else col++
    }
    return { line, col }
  }

  fail(reason: string, pos = this.pos): never {
    const { line, col } = this.where(pos)
    throw new XmlSyntaxError(reason, line, col)
  }

  expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected "${s}"`)
    this.pos += s.length
  }

  skipSpace(): boolean {
    const start = this.pos
    while (/[ \t\r\n]/.test(this.peek())) this.pos++
    return this.pos > start
  }

  name(): string {
    const start = this.pos
    if (!NAME_START.test(this.peek())) this.fail('expected a name')
    while (NAME_CHAR.test(this.peek())) this.pos++
    return this.text.slice(start, this.pos)
  }
}

/** Parses a whole document and returns its root element. */
export function parseXml(text: string): XmlElement {
  const bad = INVALID_CHAR.exec(text)
  const c = new Cursor(text)
  if (bad) c.fail(`character U+${(bad[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} is not allowed in XML`, bad.index)
  if (c.peek() === '\uFEFF') c.pos++
  if (c.startsWith('<?xml')) declaration(c)
  misc(c)
  if (c.done || c.peek() !== '<') c.fail('expected the root element')
  const root = element(c)
  misc(c)
  if (!c.done) c.fail(c.peek() === '<' ? 'only one root element is allowed' : 'text after the root element')
  return root
}

function declaration(c: Cursor): void {
  c.expect('<?xml')
  const attrs = attributeList(c, '?>')
  c.expect('?>')
  const version = attrs.attributes.version
  if (version !== '1.0' && version !== '1.1') c.fail('the XML declaration needs version="1.0"', 0)
  for (const key of Object.keys(attrs.attributes)) {
    if (!['version', 'encoding', 'standalone'].includes(key)) c.fail(`unknown attribute "${key}" in the XML declaration`, 0)
  }
  const encoding = attrs.attributes.encoding
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) c.fail(`encoding "${encoding}" (only UTF-8 is expected)`, 0)
}

/** Whitespace and comments between top-level constructs. */
function misc(c: Cursor): void {
  for (;;) {
    c.skipSpace()
    if (c.startsWith('<!--')) comment(c)
    else if (c.startsWith('<!DOCTYPE')) c.fail('a DOCTYPE is not accepted')
    else if (c.startsWith('<?')) c.fail('processing instructions are not accepted (the XML declaration must come first)')
    else return
  }
}

function comment(c: Cursor): void {
  const start = c.pos
  c.expect('<!--')
  const end = c.text.indexOf('--', c.pos)
  if (end < 0) c.fail('unterminated comment', start)
  if (c.text[end + 2] !== '>') c.fail('"--" is not allowed inside a comment', end)
  c.pos = end + 3
}

function attributeList(c: Cursor, closers: string): { attributes: Record<string, string> } {
  const attributes: Record<string, string> = {}
  for (;;) {
    const spaced = c.skipSpace()
    if (c.done) c.fail('unexpected end of document inside a tag')
    if (closers.split('|').some((s) => c.startsWith(s)) || c.peek() === '>' || c.startsWith('/>')) return { attributes }
    if (!spaced) c.fail('attributes must be separated by whitespace')
    const at = c.pos
    const name = c.name()
    c.skipSpace()
    c.expect('=')
    c.skipSpace()
    const quote = c.peek()
    if (quote !== '"' && quote !== "'") c.fail('attribute values must be quoted')
    c.pos++
    const end = c.text.indexOf(quote, c.pos)
    if (end < 0) c.fail('unterminated attribute value', at)
    const raw = c.text.slice(c.pos, end)
    if (raw.includes('<')) c.fail('"<" is not allowed in an attribute value', c.pos + raw.indexOf('<'))
    const value = decode(c, raw, c.pos).replace(/[\t\n\r]/g, ' ') // §3.3.3 attribute-value normalisation
    if (Object.hasOwn(attributes, name)) c.fail(`duplicate attribute "${name}"`, at)
    attributes[name] = value
    c.pos = end + 1
  }
}

function element(c: Cursor): XmlElement {
  const start = c.pos
  const { line, col } = c.where(start)
  c.expect('<')
  const name = c.name()
  const { attributes } = attributeList(c, '>|/>')
  const node: XmlElement = { type: 'element', name, attributes, children: [], line, col }
  if (c.startsWith('/>')) {
    c.pos += 2
    return node
  }
  c.expect('>')
  for (;;) {
    if (c.done) c.fail(`<${name}> is never closed`, start)
    if (c.startsWith('</')) {
      const closeAt = c.pos
      c.pos += 2
      const closing = c.name()
      c.skipSpace()
      c.expect('>')
      if (closing !== name) c.fail(`</${closing}> closes <${name}>`, closeAt)
      return node
    }
    if (c.startsWith('<!--')) comment(c)
    else if (c.startsWith('<![CDATA[')) {
      const at = c.where()
      const end = c.text.indexOf(']]>', c.pos)
      if (end < 0) c.fail('unterminated CDATA section')
      node.children.push({ type: 'text', text: c.text.slice(c.pos + 9, end), ...at })
      c.pos = end + 3
    } else if (c.startsWith('<?')) c.fail('processing instructions are not accepted')
    else if (c.startsWith('<!')) c.fail('declarations are not accepted inside an element')
    else if (c.peek() === '<') node.children.push(element(c))
    else {
      const at = c.where()
      const from = c.pos
      const next = c.text.indexOf('<', c.pos)
      const end = next < 0 ? c.text.length : next
      const raw = c.text.slice(from, end)
      if (raw.includes(']]>')) c.fail('"]]>" is not allowed in text', from + raw.indexOf(']]>'))
      node.children.push({ type: 'text', text: decode(c, raw, from), ...at })
      c.pos = end
    }
  }
}

function decode(c: Cursor, raw: string, offset: number): string {
  return raw.replace(/&([^;&\s<]*);?/g, (match, body: string, index: number) => {
    if (!match.endsWith(';')) c.fail('"&" must start an entity such as &amp;', offset + index)
    const predefined = PREDEFINED[body]
    if (predefined !== undefined) return predefined
    const ref = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body)
    if (ref) {
      const code = ref[1] !== undefined ? parseInt(ref[1], 16) : Number(ref[2])
      const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
      if (!valid) c.fail(`character reference ${match} is not a valid XML character`, offset + index)
      return String.fromCodePoint(code)
    }
    return c.fail(`unknown entity ${match}`, offset + index)
  })
}
