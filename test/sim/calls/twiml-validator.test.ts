import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderApology, renderGoodbye, renderReply, renderStaticSafety } from '../../../src/calls/twiml.js'
import { checkContentType, TwimlError, validateTwiml, type Verb } from '../../../sim/calls/twiml-validator.js'
import { parseXml, XmlSyntaxError } from '../../../sim/calls/xml-parser.js'

const BASE = 'https://aurora.sim.test'
const REQUEST = `${BASE}/process-speech?turn=3`

function rejection(body: string): TwimlError {
  try {
    validateTwiml(body, REQUEST)
  } catch (err) {
    if (err instanceof TwimlError) return err
    throw err
  }
  throw new Error(`expected TwiML to be rejected: ${body}`)
}

const doc = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>`

describe('validateTwiml accepts what Aurora renders', () => {
  it('a reply: Say inside a speech Gather, then a Redirect to the same turn', () => {
    const verbs = validateTwiml(renderReply({ say: ['Get out of Zone A now.', "Is everyone out? Don't go back & look."], nextTurn: 4 }, BASE), REQUEST)
    expect(verbs).toEqual<Verb[]>([
      {
        verb: 'Gather',
        action: `${BASE}/process-speech?turn=4`,
        method: 'POST',
        input: new Set(['speech']),
        actionOnEmptyResult: true,
        timeoutS: 5,
        prompts: [
          { verb: 'Say', text: 'Get out of Zone A now.' },
          { verb: 'Say', text: "Is everyone out? Don't go back & look." },
        ],
      },
      { verb: 'Redirect', url: `${BASE}/process-speech?turn=4`, method: 'POST' },
    ])
  })

  it('the apology, the static safety answer and the goodbye', () => {
    expect(validateTwiml(renderApology(BASE), REQUEST).map((v) => v.verb)).toEqual(['Say', 'Redirect'])
    expect(validateTwiml(renderStaticSafety(BASE), REQUEST).map((v) => v.verb)).toEqual(['Gather', 'Redirect'])
    expect(validateTwiml(renderGoodbye('Goodbye.'), REQUEST)).toEqual([{ verb: 'Say', text: 'Goodbye.' }, { verb: 'Hangup' }])
  })

  it('any spoken text survives escaping (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/.test(s)), (text) => {
        const verbs = validateTwiml(renderReply({ say: [text], nextTurn: 1 }, BASE), REQUEST)
        const gather = verbs[0]
        expect(gather?.verb === 'Gather' && gather.prompts[0]).toEqual({ verb: 'Say', text: text.replace(/\s+/g, ' ').trim() })
      }),
    )
  })
})

describe('validateTwiml resolves URLs as Twilio does', () => {
  it('relative action and Redirect URLs against the requested URL', () => {
    const verbs = validateTwiml(doc('<Gather input="speech" action="next?turn=2"><Say>Hi</Say></Gather><Redirect>/voice-fallback</Redirect>'), REQUEST)
    expect(verbs[0]).toMatchObject({ action: `${BASE}/next?turn=2` })
    expect(verbs[1]).toMatchObject({ url: `${BASE}/voice-fallback` })
  })

  it('a Gather without action posts back to the document URL', () => {
    expect(validateTwiml(doc('<Gather input="speech"/>'), REQUEST)[0]).toMatchObject({ action: REQUEST, input: new Set(['speech']) })
  })
})

describe('validateTwiml rejects what Twilio would not run', () => {
  it.each([
    ['an unclosed element', '<Response><Say>hi</Response>', /<\/Response> closes <Say>/],
    ['text after the root', '<Response/>junk', /text after the root element/],
    ['two roots', '<Response/><Response/>', /only one root element/],
    ['a bare ampersand', '<Response><Say>fish & chips</Say></Response>', /"&" must start an entity/],
    ['an unknown entity', '<Response><Say>&nbsp;</Say></Response>', /unknown entity &nbsp;/],
    ['an unquoted attribute', '<Response><Pause length=2/></Response>', /attribute values must be quoted/],
    ['a duplicate attribute', '<Response><Pause length="1" length="2"/></Response>', /duplicate attribute "length"/],
    ['a DOCTYPE', '<!DOCTYPE Response><Response/>', /DOCTYPE is not accepted/],
    ['an empty body', '', /expected the root element/],
    ['a declaration not at the start', ' <?xml version="1.0"?><Response/>', /processing instructions/],
  ])('malformed XML: %s (12100)', (_, body, reason) => {
    const err = rejection(body)
    expect(err.code).toBe(12100)
    expect(err.message).toMatch(reason)
  })

  it.each([
    ['a root other than Response', '<Reply><Say>hi</Say></Reply>', 12100, /root element is <Reply>/],
    ['an unknown verb', doc('<Play>https://x.test/a.mp3</Play>'), 12200, /<Play> is not a verb the simulator knows/],
    ['an unknown attribute', doc('<Say colour="red">hi</Say>'), 12200, /unknown attribute colour on <Say>/],
    ['an empty Say', doc('<Say>   </Say>'), 12200, /<Say> has no text/],
    ['a nested Gather', doc('<Gather input="speech"><Gather/></Gather>'), 12200, /cannot be nested in <Gather>/],
    ['a Redirect in a Gather', doc('<Gather><Redirect>/x</Redirect></Gather>'), 12200, /<Redirect> cannot be nested in <Gather>/],
    ['text directly in Response', doc('hello<Hangup/>'), 12200, /<Response> cannot contain text/],
    ['a bad input', doc('<Gather input="voice"/>'), 12200, /invalid input="voice"/],
    ['a repeated input', doc('<Gather input="speech speech"/>'), 12200, /repeats a value/],
    ['a bad method', doc('<Gather method="PUT"/>'), 12200, /invalid method="PUT"/],
    ['a bad speechTimeout', doc('<Gather speechTimeout="soon"/>'), 12200, /invalid speechTimeout/],
    ['a non-boolean actionOnEmptyResult', doc('<Gather actionOnEmptyResult="yes"/>'), 12200, /invalid actionOnEmptyResult/],
    ['an empty Redirect', doc('<Redirect> </Redirect>'), 12200, /empty URL/],
    ['a non-http Redirect', doc('<Redirect>ftp://x.test/</Redirect>'), 12200, /is not http\(s\)/],
    ['content in Hangup', doc('<Hangup>now</Hangup>'), 12200, /<Hangup> must be empty/],
    ['SSML in Say', doc('<Say>hi <break time="1s"/></Say>'), 12200, /<break> inside <Say> is not supported/],
    ['a voice that is no voice name', doc('<Say voice="Amy">hi</Say>'), 12200, /invalid voice="Amy"/],
    ['501 hints', doc(`<Gather input="speech" hints="${Array.from({ length: 501 }, (_, i) => `word${i}`).join(', ')}"/>`), 12200, /501 hints \(at most 500\)/],
    ['a hint over 100 characters', doc(`<Gather input="speech" hints="fire, ${'x'.repeat(101)}"/>`), 12200, /a hint of 101 characters/],
    ['an empty hint', doc('<Gather input="speech" hints="fire,,smoke"/>'), 12200, /an empty hint/],
  ])('%s', (_, body, code, reason) => {
    const err = rejection(body)
    expect(err.code).toBe(code)
    expect(err.message).toMatch(reason)
  })
})

describe('checkContentType', () => {
  it('accepts the XML types Twilio reads TwiML from and refuses the rest (12300)', () => {
    expect(() => checkContentType('text/xml; charset=utf-8')).not.toThrow()
    expect(() => checkContentType('application/xml')).not.toThrow()
    expect(() => checkContentType('application/json')).toThrow(/12300/)
    expect(() => checkContentType(null)).toThrow(/12300/)
  })
})

describe('parseXml', () => {
  it('decodes entities, character references and CDATA, and skips comments', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- hi --><a x="1 &amp; 2">&lt;b&gt; &#65;&#x42; <![CDATA[<raw> & ]]><!-- c --></a>')
    expect(root.attributes).toEqual({ x: '1 & 2' })
    expect(root.children.map((c) => (c.type === 'text' ? c.text : c.name)).join('')).toBe('<b> AB <raw> & ')
  })

  it('gives the line and column of a syntax error', () => {
    const err = (() => {
      try {
        parseXml('<Response>\n  <Say>hi</Sya>\n</Response>')
      } catch (e) {
        return e
      }
      return null
    })()
    expect(err).toBeInstanceOf(XmlSyntaxError)
    expect(err).toMatchObject({ line: 2, col: 10 })
  })

  it('refuses characters XML does not allow', () => {
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/U\+0001 is not allowed/)
    expect(() => parseXml('<a>&#0;</a>')).toThrow(/not a valid XML character/)
  })
})
