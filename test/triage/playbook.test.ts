import { readFileSync } from 'node:fs'
import { visit } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { HAZARDS } from '../../src/triage/hazards.js'
import rawPlaybook from '../../src/triage/playbook.json' with { type: 'json' }
import { MAX_ASK_CHARS, MAX_SAY_CHARS, SITUATIONS, loadDefaultPlaybook, loadPlaybook, renderTemplate } from '../../src/triage/playbook.js'

const invalid = expect.objectContaining({ code: 'AURORA_ERR_TRIAGE_PLAYBOOK_INVALID' })

type RawPlaybook = typeof rawPlaybook

function edited(edit: (p: RawPlaybook) => void): unknown {
  const copy = structuredClone(rawPlaybook)
  edit(copy)
  return copy
}

describe('playbook.json', () => {
  it('has no key written twice in one object (JSON.parse keeps the last silently: a second "notWhen" once replaced a reply\'s first)', () => {
    const text = readFileSync(new URL('../../src/triage/playbook.json', import.meta.url), 'utf8')
    const open: Array<Set<string>> = []
    const twice: string[] = []
    visit(text, {
      onObjectBegin: () => { open.push(new Set()) },
      onObjectEnd: () => { open.pop() },
      onObjectProperty: (key, offset) => {
        const keys = open[open.length - 1]
        if (keys?.has(key)) twice.push(`${key} at ${offset}`)
        keys?.add(key)
      },
    })
    expect(twice).toEqual([])
  })

  const playbook = loadDefaultPlaybook()

  it('has an entry for every hazard and every situation', () => {
    for (const h of HAZARDS) expect(playbook.forHazard(h).hazards).toContain(h)
    for (const s of SITUATIONS) expect(playbook.forSituation(s).situation).toBe(s)
  })

  it('keeps every instruction and question short enough to speak', () => {
    for (const e of playbook.entries) {
      for (const s of e.say) expect(s.length, e.id).toBeLessThanOrEqual(MAX_SAY_CHARS)
      for (const a of e.ask) expect(a.text.length, e.id).toBeLessThanOrEqual(MAX_ASK_CHARS)
    }
  })

  it('carries the safety rules a real site expects', () => {
    const say = (id: string): string => playbook.entry(id)?.say.join(' ') ?? ''
    expect(say('fire-evacuate')).toMatch(/not the lift/)
    expect(say('shock-cut-power')).toMatch(/Don't touch them/)
    expect(say('shock-cut-power')).toMatch(/Cut the power/)
    expect(say('confined-space-no-entry')).toMatch(/Don't go in after them/)
    expect(say('bleeding-pressure')).toMatch(/Press hard on the wound/)
    expect(say('cpr')).toMatch(/CPR/)
    expect(say('gas-evacuate')).toMatch(/only if you can do it/)
    expect(say('chemical-exposure-rinse')).toMatch(/twenty minutes, at the eyewash/)
    expect(say('chemical-exposure-rinse')).toMatch(/Don't rub the eyes/)
    expect(say('chemical-exposure-rinse')).toMatch(/contaminated clothing/)
    expect(say('chemical-splash-rinse')).toMatch(/^Rinse the eyes/)
    expect(say('electrical-fire-question')).toMatch(/CO2 or dry powder extinguisher, never water/)
    expect(say('electrical-fire-question')).toMatch(/Cut the power first if you can do it safely/)
    expect(say('vehicle-strike-stop-traffic')).toMatch(/^Stop the vehicle and any traffic or train movements/)
    expect(say('closing')).toMatch(/supervisor/)
    expect(playbook.entry('confined-space-no-entry')?.handsOff).toBe(true)
  })

  it('asks after each procedure answer whether it is happening now, a "yes" raising the hazard', () => {
    const questions = playbook.entries.filter((e) => e.question === true)
    expect(questions.map((e) => e.id)).toEqual(expect.arrayContaining(['electrical-fire-question', 'fire-question', 'gas-question']))
    for (const e of questions) expect(e.ask[0]?.yes, e.id).toBeDefined()
  })

  it('picks the question entry covering most of what is asked, else the hazard\'s own entry', () => {
    expect(playbook.forQuestion(['fire', 'electrical']).id).toBe('electrical-fire-question')
    expect(playbook.forQuestion(['fire']).id).toBe('fire-question')
    expect(playbook.forQuestion(['chemical_spill']).id).toBe('chemical-spill-isolate')
  })

  it('fills place and equipment, or falls back to the default words', () => {
    const t = 'Get everyone out of {place|the area}; shut {equipment|the valve}.'
    expect(renderTemplate(t, { place: 'Zone A', equipment: 'Valve 3' })).toBe('Get everyone out of Zone A; shut Valve 3.')
    expect(renderTemplate(t, {})).toBe('Get everyone out of the area; shut the valve.')
  })
})

describe('loadPlaybook', () => {
  it('asks a reply with onlyWith only when one of those phrases is said too, anywhere in the turn', () => {
    const playbook = loadPlaybook(edited((p) => {
      Object.assign(p, { replies: [...p.replies, { id: 'test-only-with', hazards: ['fire'], askedBy: ['is that normal'], onlyWith: ['hose ~ on'], say: 'Yes.' }] })
    }))
    const ids = (text: string): string[] => playbook.repliesTo(text, ['fire']).map((r) => r.id)
    expect(ids('is that normal')).not.toContain('test-only-with')
    expect(ids("we've got the hose on it, is that normal")).toContain('test-only-with')
    expect(ids("is that normal? we've got the hose on it")).toContain('test-only-with')
  })

  it('reads the onlyWith and notWhen of a wholeCall reply on every turn the caller said, and of others on this turn alone', () => {
    const playbook = loadPlaybook(edited((p) => {
      Object.assign(p, { replies: [...p.replies,
        { id: 'test-whole-with', hazards: ['fire'], askedBy: ['is that normal'], onlyWith: ['hose ~ on'], wholeCall: true, say: 'Yes.' },
        { id: 'test-whole-not', hazards: ['fire'], askedBy: ['is that normal'], notWhen: ['sprinklers'], wholeCall: true, say: 'No.' },
        { id: 'test-turn-not', hazards: ['fire'], askedBy: ['is that normal'], notWhen: ['sprinklers'], say: 'No.' }] })
    }))
    const ids = (text: string, earlier: string[]): string[] => playbook.repliesTo(text, ['fire'], earlier).map((r) => r.id)
    expect(ids('is that normal', ["we've got the hose on it"])).toEqual(expect.arrayContaining(['test-whole-with', 'test-whole-not', 'test-turn-not']))
    expect(ids('is that normal', ['the sprinklers came on'])).toEqual(expect.arrayContaining(['test-turn-not']))
    expect(ids('is that normal', ['the sprinklers came on'])).not.toContain('test-whole-not')
    expect(ids('is that normal', ['the sprinklers came on'])).not.toContain('test-whole-with')
  })

  it("answers a question from the playbook's answers, whichever entry asks it", () => {
    const playbook = loadDefaultPlaybook()
    expect(playbook.answersIn("he's breathing again")).toContain('Are they breathing?')
    const askers = playbook.entries.filter((e) => e.ask.some((a) => a.text === 'Are they breathing?'))
    expect(askers.length).toBeGreaterThan(5)
    for (const a of playbook.asks.filter((q) => q.text === 'Are they breathing?')) expect(a.answeredBy).toEqual(rawPlaybook.answers['Are they breathing?'])
  })

  it('rejects a playbook that leaves a hazard uncovered', () => {
    const raw = edited((p) => { p.entries = p.entries.filter((e) => e.id !== 'cpr') })
    expect(() => loadPlaybook(raw)).toThrow(invalid)
    expect(() => loadPlaybook(raw)).toThrow(/not_breathing/)
  })

  it('asks a whileMissing reply while someone is missing, whatever the hazards, and not otherwise', () => {
    const playbook = loadPlaybook(edited((p) => {
      Object.assign(p, { replies: [...p.replies, { id: 'test-missing', hazards: [], whileMissing: true, askedBy: ['boiler house'], say: 'Look in the boiler house.' }] })
    }))
    const ids = (missing: boolean): string[] => playbook.repliesTo('he was last in the boiler house', [], [], missing).map((r) => r.id)
    expect(ids(true)).toContain('test-missing')
    expect(ids(false)).not.toContain('test-missing')
  })

  it('rejects duplicate ids, unknown hazards, long or empty text, bad placeholders and yes/no answers that are not hazards', () => {
    const cases: Array<[string, (p: RawPlaybook) => void]> = [
      ['duplicate id', (p) => { p.entries.push({ ...p.entries[0]! }) }],
      // Two replies with one id answer as one, and removing one by its id removes both.
      ['duplicate id', (p) => { p.replies.push({ ...p.replies[0]! }) }],
      ['duplicate id', (p) => { p.replies.push({ ...p.replies[0]!, id: p.entries[0]!.id }) }],
      ['hazards', (p) => { p.entries[0]!.hazards = ['lava'] }],
      ['over', (p) => { p.entries[0]!.say = ['x'.repeat(MAX_SAY_CHARS + 1)] }],
      ['empty', (p) => { p.entries[0]!.say = ['  '] }],
      ['placeholder', (p) => { p.entries[0]!.say = ['Leave {zone} now.'] }],
      ['yes/no', (p) => { p.entries[0]!.ask = [{ text: 'Is it bad?', yes: 'very' }] }],
      ['urgency', (p) => { p.entries[0]!.urgency = 'UNKNOWN' }],
      ['phrases', (p) => { p.phrases.alertAt = 'Help is coming.' }],
      ['phrases.callerAt', (p) => { p.phrases.callerAt = 'I have you.' }],
      ['question entry', (p) => { Object.assign(p.entries[0]!, { question: true, hazards: [] }) }],
      ['settledBy', (p) => { p.entries[0]!.ask = [{ text: 'Is it off?', settledBy: ['maybe'] }] }],
      ['settledBy', (p) => { p.entries[0]!.ask = [{ text: 'Is it off?', settledBy: [] }] }],
      ['askChange', (p) => { p.phrases.askChange = 'Tell me if anything changes.' }],
      ['answeredBy', (p) => { Object.assign(p.entries[0]!, { ask: [{ text: 'Is it off?', answeredBy: ['[it] is off'] }] }) }],
      ['answeredBy', (p) => { Object.assign(p.entries[0]!, { ask: [{ text: 'Is it off?', answeredBy: 'it is off' }] }) }],
      ['describes', (p) => { Object.assign(p.entries[0]!, { ask: [{ text: 'What is it?', describes: ['acid'] }] }) }],
      ['skipsOnYes', (p) => { Object.assign(p.entries[0]!, { say: ['Go.', 'Stay.'], ask: [{ text: 'Is it off?', skipsOnYes: [0, 1] }] }) }],
      ['skipsOnYes', (p) => { Object.assign(p.entries[0]!, { ask: [{ text: 'Is it off?', skipsOnYes: [99] }] }) }],
      ['hold', (p) => { Object.assign(p.entries[0]!, { hold: 'x'.repeat(MAX_SAY_CHARS + 1) }) }],
      ['self', (p) => { Object.assign(p.entries[0]!, { self: { say: ['Sit down.'] } }) }],
      ['self', (p) => { Object.assign(p.entries[0]!, { say: ['Go.'], keep: 'Keep going.', self: { say: ['Go yourself.'] } }) }],
      ['self', (p) => { Object.assign(p.entries[0]!, { say: ['Go.'], self: { say: ['x'.repeat(MAX_SAY_CHARS + 1)] } }) }],
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['lava'], askedBy: ['water'], say: 'No.' }] }) }],
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['fire'], askedBy: ['[water]'], say: 'No.' }] }) }],
      ['replies', (p) => { Object.assign(p, { replies: {} }) }],
      // Only a reply said while someone is missing may name no hazard.
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: [], askedBy: ['freezer'], say: 'Look there.' }] }) }],
      ['passes', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['fire'], askedBy: ['water'], say: 'No.', passes: ['no-such-entry'] }] }) }],
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['fire'], askedBy: ['water'], say: 'No.', self: 'x'.repeat(MAX_SAY_CHARS + 1) }] }) }],
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['fire'], askedBy: ['water'], say: 'No.', self: ' ' }] }) }],
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['fire'], askedBy: ['water'], say: 'No.', onlyWith: [] }] }) }],
      ['replies', (p) => { Object.assign(p, { replies: [{ id: 'x', hazards: ['fire'], askedBy: ['water'], say: 'No.', onlyWith: 'hose' }] }) }],
      ['answers', (p) => { Object.assign(p, { answers: { ...p.answers, 'Is the moon out?': ['it is out'] } }) }],
      ['answers', (p) => { Object.assign(p, { answers: { ...p.answers, 'Are they breathing?': [] } }) }],
      ['answers', (p) => { Object.assign(p, { answers: [] }) }],
      ['answers', (p) => { Object.assign(p.entries.find((e) => e.id === 'cpr')!.ask[0]!, { answeredBy: ['it is here'] }) }],
    ]
    for (const [problem, edit] of cases) expect(() => loadPlaybook(edited(edit)), problem).toThrow(new RegExp(problem.split(' ')[0] ?? problem))
    expect(() => loadPlaybook(null)).toThrow(invalid)
  })
})
