import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'

// Mid-call, a caller reports who came as often as what happened. Who came is not a hazard.
describe('help arriving, and a caller who wants to hang up', () => {
  it.each([
    'the paramedics have arrived',
    'the ambulance is here',
    "they've taken over",
    'the paramedics are taking over',
    'the fire crew is here',
    'the fire brigade just pulled up',
    'the gas team is here',
    'the first aider is with him now',
    'help is here',
    'the paramedics are with him now',
    'the ambulance crew is here',
    'fire and rescue just pulled up',
    'the gas engineer is here',
    'the hazmat team has arrived',
    'the paramedics are here, the fire brigade is not here yet',
  ])('"%s" is help arriving, with no hazard of its own', (text) => {
    const triage = classify(text)
    expect(triage.helpArrived).toBe(true)
    expect(triage.hazards).toEqual([])
    expect(triage.question).toBeUndefined()
  })

  it.each([
    ['get an ambulance here now', ['injury']],
    ['is the ambulance on its way?', []],
    ["the ambulance isn't here yet", []],
    ['we need a first aider', ['injury']],
    ['we need help here', []],
    ['has the ambulance arrived?', []],
    ['have the paramedics arrived yet', []],
    ['tell me when the paramedics have arrived', []],
    ['security just got here', []],
    ['the rest of the crew are here with me', []],
    ['send help there now', []],
    ['the fire is here', ['fire']],
    ['my team is here', []],
    ["the gas engineer says there's still a leak", ['gas_leak']],
  ] as const)('"%s" is not an arrival', (text, hazards) => {
    const triage = classify(text)
    expect(triage.helpArrived).toBeUndefined()
    expect(triage.hazards).toEqual(hazards)
  })

  it('keeps a hazard said with the arrival', () => {
    const triage = classify("the ambulance is here, he's still not breathing")
    expect(triage).toMatchObject({ helpArrived: true, hazards: ['not_breathing'], urgency: 'CRITICAL' })
  })

  it.each(['can I hang up now?', 'is it ok if I hang up', 'I have to go', "I'm going to hang up"])('"%s" asks to end the call, not a general question', (text) => {
    const triage = classify(text)
    expect(triage.hangingUp).toBe(true)
    expect(triage.question).toBeUndefined()
  })

  it.each(['can I go back in to get my phone', 'I have to go back in for Dave', 'I need to go and check on him'])('"%s" is not hanging up', (text) => {
    expect(classify(text).hangingUp).toBeUndefined()
  })

  it.each(['hello is this the emergency line', 'hello? can you hear me?', 'is anyone there?', 'are you there'])('"%s" checks the line, not a general question', (text) => {
    const triage = classify(text)
    expect(triage.lineCheck).toBe(true)
    expect(triage.question).toBeUndefined()
  })

  it.each([
    'the ambulance is here but at the wrong gate',
    "they can't find us",
    "the paramedics can't get in",
    'the ambulance crew is looking for us',
    "the paramedics don't know where we are",
    'the medics are at the wrong entrance',
  ])('"%s" is help on site that cannot find the caller: awaited, not arrived', (text) => {
    const triage = classify(text)
    expect(triage).toMatchObject({ helpAwaited: true, helpLost: true, hazards: [] })
    expect(triage.helpArrived).toBeUndefined()
  })

  it.each([
    "we can't find the way out", "I can't get in to him", "I don't know where to go", "they can't get through the smoke, they're trapped",
    "a truck came in the wrong gate and hit a worker, he's bleeding", 'the fire spread to the wrong building',
  ])('"%s" is not lost responders', (text) => {
    expect(classify(text).helpLost).toBeUndefined()
  })

  it.each([
    'Dave is missing', "no one's hurt but Dave is missing", 'two of the lads are unaccounted for', "we can't find him anywhere", 'Everyone is out except Dave.',
    'we all got out but Steve', "we're all out apart from Steve",
  ])('"%s" is someone missing', (text) => {
    const triage = classify(text)
    expect(triage).toMatchObject({ missing: true, urgency: 'HIGH' })
    expect(triage.found).toBeUndefined()
  })

  it.each(["we found him, he's okay", 'we found him on the floor', "Dave just turned up, he's fine", "he's here, he's fine", 'everyone is accounted for', 'we found Dave', "Dave's turned up", 'Steve is safe', "OK Dave's here now"])('"%s" finds them', (text) => {
    const triage = classify(text)
    expect(triage.found).toBe(true)
    expect(triage.missing).toBeUndefined()
  })

  it.each(['we found his helmet by the tank', 'we found her radio', "we're okay", 'they turned up the heat', "we found one of them, he's okay", "We found Dave's helmet", "It's fine", "Help's here", 'Security is here now'])('"%s" does not find them', (text) => {
    expect(classify(text).found).toBeUndefined()
  })

  it.each([
    'the defibrillator is missing from the wall', "I can't find her pulse", "he's missing two fingers", 'his finger is missing', 'the fire extinguisher is missing',
    "we're missing a fire warden", "I can't find someone to help me", "he's missing his medication", 'the guard is missing from the machine',
  ])('"%s" is no missing person', (text) => {
    expect(classify(text).missing).toBeUndefined()
  })

  it('lets the later of an arrival and lost responders stand', () => {
    expect(classify('they couldn\'t find us at first but the paramedics are with him now')).toMatchObject({ helpArrived: true })
    expect(classify('the paramedics are here but at the wrong gate')).toMatchObject({ helpLost: true, helpAwaited: true })
  })

  it.each([
    ['the paramedics are here', ['ambulance']],
    ['the fire brigade is here and the paramedics are with him', ['fire', 'ambulance']],
    ['the gas engineer is here', ['gas']],
    ["the fire brigade isn't here yet", ['fire']],
    ['the ambulance is here but at the wrong gate', ['ambulance']],
    ['the paramedics are here, the fire brigade is not here yet', ['ambulance']],
    ['help is here', undefined],
    ["sorry, they're not here yet, we're still waiting for the ambulance", undefined],
  ] as const)('"%s" names %j as the services', (text, services) => {
    expect(classify(text).services).toEqual(services)
  })

  it.each([
    ["we're missing two people after the evacuation", true], ['Dave and Steve are missing', true], ['two of the lads are unaccounted for', true], ['Dave is missing', undefined],
  ] as const)('"%s" is someone missing, several: %s', (text, several) => {
    expect(classify(text)).toMatchObject({ missing: true, urgency: 'HIGH' })
    expect(classify(text).missingSeveral).toBe(several)
  })

  it.each(['is anyone missing?', 'what should we do if someone is missing after the drill?', "I don't know if anyone is missing", "everyone is fine but Dave is hurt"])('"%s" reports no one missing', (text) => {
    expect(classify(text).missing).toBeUndefined()
  })

  it.each([['we found them both', true], ['everyone is accounted for', true], ['they found him', undefined]] as const)('"%s" finds, all: %s', (text, all) => {
    expect(classify(text)).toMatchObject({ found: true })
    expect(classify(text).foundAll).toBe(all)
  })

  it.each([
    ['the fire crew can\'t find us', ['fire']], ['the gas engineer can\'t find us', ['gas']], ['the paramedics went to the wrong building', ['ambulance']],
    ['the ambulance is at the wrong gate', ['ambulance']], ["they're at the wrong gate", undefined],
  ] as const)('"%s" is lost responders: %j', (text, services) => {
    const triage = classify(text)
    expect(triage).toMatchObject({ helpLost: true, hazards: [] })
    expect(triage.services).toEqual(services)
  })

  it('"the ambulance has left" waits for the ambulance again', () => {
    expect(classify('the ambulance has left')).toMatchObject({ helpAwaited: true, services: ['ambulance'] })
  })

  it.each([
    ['Dave and Steve are missing', ['Dave', 'Steve']], ['Dave is missing, he was in Zone A', ['Dave']], ["Steve's turned up", ['Steve']],
    ['Two of the lads are unaccounted for', undefined], ['Found him', undefined],
  ] as const)('"%s" names %j', (text, names) => {
    expect(classify(text).names).toEqual(names)
  })
})

