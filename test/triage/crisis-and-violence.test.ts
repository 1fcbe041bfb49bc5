import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 69 (a twenty-third helper: people in crisis and violence at work). Before it the playbook
// had no entry for someone who means to end their life, someone found hanging, or an attacker
// still about: every such call got the generic "if someone isn't breathing, start CPR".

describe('classify: crisis, hanging and violence', () => {
  it.each([
    ['theres a lad sat on the edge of the roof he says hes going to jump', 'suicide_risk'],
    ['the crane driver is out on the jib saying he wants to end it all', 'suicide_risk'],
    ['i took about twenty paracetamol last night because i wanted to die', 'suicide_risk'],
    ['he says the cameras are reading his mind and someone is trying to poison him', 'suicide_risk'],
    ["i've found sam hanging in the stores", 'hanging'],
    ['a bloke has been stabbed in the loading bay', 'violence'],
    ['an operator is shouting and swinging a spanner about near the lathes', 'violence'],
    ['she says her partner did it last night', 'violence'],
  ] as const)('reads %j as %s', (said, hazard) => {
    expect(classify(said).hazards).toContain(hazard)
  })

  it.each([
    ["i'm a good swimmer i'm going to jump in after him", 'suicide_risk'],
    ['i thought i was going to die', 'suicide_risk'],
    ['the tile saw kicked and ripped me forearm open', 'violence'],
    ["he's swinging his fists at us, his skin is dried right out", 'violence'],
    ['should i tie a belt round his neck above the cut', 'hanging'],
    ['a man is hanging in his harness off the scaffold', 'hanging'],
  ] as const)('does not read %j as %s', (said, hazard) => {
    expect(classify(said).hazards).not.toContain(hazard)
  })
})

describe('playbook responder: someone in crisis', () => {
  const edge = 'theres a lad sat on the edge of the roof of unit four he says hes going to jump'

  it('keeps the caller back from the edge, says how to talk, refuses climbing after him, and praises him stepping away', async () => {
    const replies = await call(edge, 'my supervisor has rung the police what do i say to him he wont listen', 'should i go up the ladder and grab him', 'hes come away from the edge hes sat down on the roof crying')
    expect(replies[0]?.urgency).toBe('CRITICAL')
    expect(replies[0]?.text).toMatch(/^I'm telling the police and ambulance\. If they're up high, don't go near the edge/)
    expect(replies[1]?.text).toMatch(/^Talk calmly: use their name/)
    expect(replies[2]?.text).toMatch(/^No: nobody goes up or near the edge after them/)
    expect(last(replies).text).toMatch(/^Well done\. Keep them away from the edge, stay with them/)
    for (const r of replies) expect(r.text).not.toMatch(/start CPR/)
  })

  it('speaks to a caller who is the one on the bridge as that person', async () => {
    const replies = await call("i'm on the bridge over the bypass i don't want to do this anymore", "i'm stood on the wrong side of the railing", "alright i'll climb back over but please don't send loads of police")
    expect(replies[0]?.text).toMatch(/^I'm really glad you called\. I'm here with you/)
    expect(replies[1]?.text).toMatch(/^I'm listening\. You don't have to get through this on your own/)
    expect(last(replies).text).toMatch(/^Well done\. Stay back from the edge.*The people coming are there to help you, not to punish you/)
  })

  it('sends a paracetamol overdose who feels fine to hospital today, and a found hanging is cut down first', async () => {
    const paracetamol = last(await call('i took about twenty paracetamol last night because i wanted to die but i feel fine now so i came in to work', 'i dont want anyone here to know can i just see my gp next week'))
    expect(paracetamol.text).toMatch(/^Paracetamol can harm your liver even when you feel fine.*hospital now, not after work/)
    const hanging = await call("oh god i've found sam hanging in the stores off the racking with a ratchet strap", "we've cut him down he's on the floor not moving his lips are blue")
    expect(hanging[0]?.text).toMatch(/^Take their weight now: lift them and cut or loosen whatever is round the neck/)
    expect(last(hanging).text).toMatch(/start CPR|Start CPR/)
  })
})

describe('playbook responder: violence', () => {
  it('puts the caller\'s safety first at a stabbing, and keeps everyone in while the attacker is about', async () => {
    const replies = await call('a bloke has been stabbed in the loading bay there was a fight with some guy off the street', 'the guy with the knife is still out in the yard walking about shouting')
    expect(replies[0]?.text).toMatch(/^Keep yourself safe first: get away from them/)
    expect(replies[0]?.text).toMatch(/I'm telling the police/)
    expect(last(replies).text).toMatch(/^Then keep everyone inside with the doors locked/)
  })

  it('refuses rushing an armed man, sends a strangled worker to hospital, and says the police must know', async () => {
    const rush = last(await call('one of our operators is shouting and swinging a spanner about near the lathes', 'my lads want to rush him and pin him down'))
    expect(rush.text).toMatch(/^No: don't rush them or pin them down/)
    const strangled = await call('she has bruises on her neck, she says her partner did it last night', 'she said he grabbed her round the throat and she blacked out for a bit', "she doesn't want us to call the police, she's begging me not to")
    expect(strangled[1]?.text).toMatch(/^After being strangled they need hospital today/)
    expect(last(strangled).text).toMatch(/^Someone has been hurt or threatened: the police must know/)
  })

  it('keeps someone knocked out in a fight off the press: hospital, not back to the shift', async () => {
    const r = last(await call('two lads had a fight and one got punched and smacked his head on the concrete', 'he was knocked out for about a minute hes awake now but confused', 'he says hes fine and wants to go back to his shift on the press'))
    expect(r.text).toMatch(/^No work, machines or driving: after a blow to the head that knocked them out/)
  })

  it('does not send help to "Warehouse 1" for "the warehouse one of the pickers", and refuses a paper bag for a tight chest', async () => {
    const r = await call('im the first aider at the warehouse one of the pickers is breathing fast and says her chest is tight and its going down her arm', 'shes had panic attacks before should i get her to breathe into a paper bag')
    expect(r[0]?.text).not.toMatch(/Warehouse 1/)
    expect(last(r).text).toMatch(/No paper bag/)
  })
})

// Review 70 (a twenty-fourth helper: several casualties at once and big incidents).
describe('playbook responder: big incidents', () => {
  it('reads a crowd crush at a gate as the crowd\'s, a lightning strike as safe to touch, and asks who is not moving first', async () => {
    expect(classify('theres a crush at the main gate at shift change everyone pushing and some people have gone down').hazards).toEqual(expect.arrayContaining(['crowd_crush']))
    expect(classify('theres a crush at the main gate at shift change everyone pushing and some people have gone down').hazards).not.toContain('crush')
    const crowd = last(await call('theres a crush at the main gate at shift change everyone pushing and some people have gone down'))
    expect(crowd.text).toMatch(/^Stop the push: get people at the back to stop and move back/)
    expect(crowd.text).not.toMatch(/emergency stop|machine/)
    const lightning = await call('lightning hit right next to our road crew four of them are on the ground', 'is it safe to touch them will i get a shock off them its still thundering')
    expect(lightning[0]?.text).toMatch(/^They carry no charge: it's safe to touch them\. Go first to anyone not moving/)
    expect(last(lightning).text).toMatch(/Yes, touch them: someone struck by lightning carries no charge/)
  })

  it('answers "which one first" with the one not breathing, and a busbar casualty is live until isolated', async () => {
    const first = last(await call('two men down, one not breathing and the other bleeding badly from his leg', 'which one first'))
    expect(first.text).toMatch(/^The one not breathing first: start CPR now/)
    const busbar = await call('there was a big flash in the switch room two of the electricians are hurt one is still lying against the panel', 'his hand is still on the busbar and hes twitching')
    expect(busbar[0]?.text).toMatch(/^Don't touch them while they may still be live/)
  })

  it('gets three ill in a basement boiler room out as carbon monoxide, and people in the water from a capsize are not gone in after', async () => {
    const co = last(await call('im in the basement boiler room three of the maintenance staff are sat slumped saying they have headaches and feel sick'))
    expect(co.text).toMatch(/carbon monoxide/)
    const boat = await call('our workboat has capsized at the fish farm pens theres four of the crew in the water', 'im on the pontoon two are holding onto the hull and one is floating face down')
    expect(boat[0]?.text).toMatch(/^Don't go in after them/)
    expect(last(boat).text).toMatch(/^Face down: get their face out of the water/)
    expect(last(boat).text).not.toMatch(/Now they're out/)
  })

  it('rinses an acid splash at once, the eyes first, and a spurting bleed "every time his heart beats" is no heart attack', async () => {
    const acid = await call('acid tank has burst in the plating shop three of the workers got splashed one of them right in the face', 'the one in the face is screaming he cant open his eyes the other two have it on their arms', 'we only have one eyewash station who goes on it first')
    expect(acid[0]?.text).toMatch(/^Rinse the eyes or skin with lots of clean water right now/)
    expect(acid[1]?.text).not.toMatch(/Check their breathing for ten seconds/)
    expect(last(acid).text).toMatch(/^The eyes first: the one splashed in the face goes on the eyewash/)
    const bleed = last(await call('one of them has a big cut on his thigh and the blood is spurting out every time his heart beats'))
    expect(bleed.text).not.toMatch(/defibrillator/)
    expect(bleed.text).toMatch(/^Press hard on the wound/)
  })

  it('reads a forklift into the side of a minibus as a crash, nothing impaled', async () => {
    const r = last(await call('a forklift has gone straight into the side of the staff minibus in the yard theres about six people in it'))
    expect(r.text).not.toMatch(/Don't pull it out/)
  })
})
