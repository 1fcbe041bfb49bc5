import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 120: a grinder cut held under pressure to the crew's arrival (R120-02), and a fall from
// a scaffold whose head injury worsens (R120-08): no choking, CPR or chemical rinse lines left
// over from a misreading for a breathing head-injury patient.

const grinder = [
  "one of the lads has cut his arm open on the angle grinder, there's blood everywhere, it's pumping out",
  "I've got a towel pressed on it, pressing hard yeah",
]

describe('a bleed held under pressure (review 120, R120-02)', () => {
  it('says no to lifting the dressing to look once it slows, not "raising it is fine"', async () => {
    const reply = last(await call(...grinder, "I think it's slowing down, not coming through as much. can I lift it up and have a look?"))
    expect(reply.text).toMatch(/^No: don't lift it to look, even if it's slowing/)
    expect(reply.text).not.toMatch(/Raising it is fine/)
    const other = last(await call(...grinder, "it's eased off a lot, can we peel it back to see how it looks?"))
    expect(other.text).toMatch(/^No: don't lift it to look/)
    // Soaked through, it is the clean cloth on top instead.
    const soaked = last(await call(...grinder, "the towel's soaking through, should I lift it to check under it?"))
    expect(soaked.text).toMatch(/^No: don't lift it to look\. Put the clean one on top and press harder/)
  })

  it('helps a rescuer whose arms are tiring keep the pressure on', async () => {
    const reply = last(await call(...grinder, 'my arms are killing me'))
    expect(reply.text).toMatch(/^Lock your arms straight and lean your weight through them/)
    const hands = last(await call(...grinder, "my hands are cramping, I can't keep pressing much longer"))
    expect(hands.text).toMatch(/Lock your arms straight/)
    // The casualty's own arm hurting is not the rescuer's.
    const his = last(await call(...grinder, "his arm's killing him"))
    expect(his.text).not.toMatch(/Lock your arms straight/)
  })

  it('hears "it\'s stopped pouring" as the bleeding easing, not as the pressure failing', async () => {
    const reply = last(await call(...grinder, "it's stopped pouring now, it's more of a trickle"))
    expect(reply.text).not.toMatch(/Press harder, with both hands|tourniquet/)
  })
})

const scaffold = [
  "lad's fell off the scaffold, about two storeys, landed on the concrete. he's awake, he's talking",
  "he's on his back, says his head hurts and his back. the others want to sit him up, should we?",
]

describe('a head injury after a fall that gets worse (review 120, R120-08)', () => {
  it('holds a pad gently on a scalp wound after a fall, not "press hard"', async () => {
    const reply = last(await call(...scaffold, "ok we're keeping him still, I'm holding his head. there's blood from the back of his head, not loads"))
    expect(reply.text).toMatch(/Hold a clean pad on the cut gently, no hard pressing/)
    expect(reply.text).not.toMatch(/Press hard/)
    const ladder = last(await call('my mate came off the ladder and hit the floor hard', "there's a bit of a cut on his head bleeding into his hair"))
    expect(ladder.text).toMatch(/gently, no hard pressing/)
    // Pouring, it is still a bleed to press hard.
    const pouring = last(await call('he fell off the roof onto the drive', "his head's pouring with blood, it won't stop"))
    expect(pouring.text).toMatch(/Press hard/)
  })

  it('never answers a drowsy head injury with "press harder, both hands and your weight"', async () => {
    const reply = last(await call('he banged his head on the beam and fell off the step', "there's blood all over his arm from where he caught it, it's pouring", "he's getting really sleepy now, keeps shutting his eyes. should I let him sleep?"))
    expect(reply.text).toMatch(/^No: keep them awake, with someone/)
    expect(reply.text).not.toMatch(/both hands and your weight/)
  })

  it('reads choking on vomit after a fall as the airway to drain on the side, not back blows, and no CPR once he is breathing', async () => {
    const turns = [...scaffold, "he keeps asking what happened, I've told him like five times", "fuck he's just been sick, it's all over him, he's choking on it. what do I do, roll him?"]
    const vomit = last(await call(...turns))
    expect(vomit.text).toMatch(/^Roll them onto their side now/)
    expect(vomit.sources).not.toContain('choking-back-blows')
    const quiet = last(await call(...turns, "we rolled him on his side, three of us, kept his head in line. he's breathing but not really answering now"))
    expect(quiet.text).not.toMatch(/Start CPR now|push hard and fast|defibrillator/)
    expect(quiet.text).not.toMatch(/^Yes: roll them onto their side/)
    const helmet = last(await call('the biker came off on the bend and hit the barrier', "he's throwing up in his helmet and choking on it"))
    expect(helmet.text).not.toMatch(/blows between the shoulder blades/)
  })

  it('answers unequal pupils seen by torchlight as a danger sign, not a chemical in the eyes or choking', async () => {
    expect(classify("one of the lads shone his phone torch in his eyes and one pupil's massive, the other one's tiny. is that bad?").hazards).not.toContain('chemical_exposure')
    expect(classify('I shone a light in her eyes').hazards).not.toContain('chemical_exposure')
    expect(classify('acid in his eyes').hazards).toContain('chemical_exposure')
    const turns = [...scaffold, "fuck he's just been sick, it's all over him, he's choking on it. what do I do, roll him?", "we rolled him on his side, three of us, kept his head in line. he's breathing but not really answering now"]
    const pupils = last(await call(...turns, "one of the lads shone his phone torch in his eyes and one pupil's massive, the other one's tiny. is that bad?"))
    expect(pupils.text).toMatch(/pressure building inside the head/)
    expect(pupils.text).not.toMatch(/chest thrusts|back blows|Rinse the eyes/)
    const arrival = last(await call(...turns, "one pupil's massive, is that bad?", "the air ambulance is landing on the road, I'll stay on his head till they get here"))
    expect(arrival.text).not.toMatch(/pushing hard and fast|Rinse the eyes|CPR going/)
  })

  it('takes "breathing but not really answering" as the breathing answered, and says "if sick" to someone not yet sick', async () => {
    const turns = [...scaffold, 'fuck he has just been sick, roll him?']
    const quiet = last(await call(...turns, "we've got him on his side, he's breathing but not really answering now"))
    expect(quiet.text).not.toMatch(/Are they breathing\?|Check their breathing for ten seconds/)
    expect(quiet.text).toMatch(/watch their breathing/)
    const repeats = last(await call(...scaffold, "he keeps asking what happened, I've told him like five times"))
    expect(repeats.text).toMatch(/onto their side if sick or drowsier/)
    expect(repeats.text).not.toMatch(/sick again/)
  })
})
