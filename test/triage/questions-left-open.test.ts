import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (what the first round left open).

describe('rescues: ropes, hooks, climbers and jumps (review 118)', () => {
  it('throws a sinking man in grain a rope to hold, and says no to fishing a man up a well with a hook', async () => {
    const grain = await call('someone is stuck in the grain silo', 'he is sinking in the grain', 'yes he is talking', 'should I throw him a rope')
    expect(last(grain).text).toMatch(/^Yes, from the opening only, for them to hold/)
    const well = await call("one of the lads went down the old well in the yard on a ladder to get at the pump and he's keeled over down there and isn't answering us", "I'll tie a rope round myself and go down after him, it's only twenty foot", 'we have a leaf blower, could we blow fresh air down to him', 'the fire brigade are twenty minutes away, can we not fish him up with a hook on a rope')
    expect(last(well).text).toMatch(/^No: a hook could badly injure them/)
  })

  it('lets a trained climber lower a man hanging limp in his harness, and a first-floor caller hang and drop only as a last resort', async () => {
    const tree = await call("one of the tree surgeons got hit by a limb coming down and now he's hanging off the oak in his harness, he's hardly moving", "he's about six metre up just dangling there, his head's flopped forward", 'the climber off the other crew can go up and let him down on the rope, is that alright')
    expect(last(tree).text).toMatch(/^Yes, if the climber is trained, on their own kit and clipped on: get them down now/)
    const jump = await call("I'm stuck in the office upstairs at the printworks, there's smoke coming up through the gaps in the floorboards and the stairs are full of it", 'should I open the window?', "it's getting proper hot in here, can I jump? it's only the first floor")
    expect(last(jump).text).toMatch(/^Not yet, while you can breathe at the window/)
    expect(last(jump).text).not.toMatch(/Don't jump/)
  })
})

describe('leave it and get out, or stay put (review 118)', () => {
  it('gets night cleaners out of the fumes without stopping for the polisher, and cools an arc-flash burn at the mess-room tap', async () => {
    const co = await call("we're the night cleaners at the supermarket, we've had the gas floor polisher going for hours with the shutters down and two of us have got pounding heads and we're queasy", "the other girl's sat down in the freezer aisle and she's drowsy, she won't keep her eyes open", 'can I switch the polisher off and get the shutters up first')
    expect(last(co).text).toMatch(/^No: don't stop for it. Get out into fresh air now/)
    expect(last(co).text).not.toMatch(/inhaler/)
    const flash = await call("the switchgear's gone bang when I racked the breaker in and it's flashed me face and hands", "everything's gone white, I can't see properly and me face is stinging", "I'm on me own in the substation, should I go find a tap in the mess room")
    expect(last(flash).text).toMatch(/^Yes, if you can get there safely, away from the switchgear: cool your face and hands/)
    expect(last(flash).text).not.toMatch(/muster point/)
  })

  it('keeps a lone asthmatic from fetching oxygen, and a beekeeper off the chair after his pen', async () => {
    const asthma = await call("by myself in the monastery bakehouse and the flour's set my asthma off, I can hardly draw a breath, my blue inhaler's almost out", "four goes on it and it's not doing much", "my mouth's numb and tingly, I'm frightened, I can't get a sentence out", "there's an oxygen bottle in the infirmary, should I use it")
    expect(last(asthma).text).toMatch(/^Not if you'd have to go and get it: stay sat upright and keep using your blue inhaler/)
    const bees = await call("at the apiary a beekeeper's been stung loads of times, his face is swelling up and he's wheezy", "there's a pen in his bag but it went out of date last month, is it any use", "we've done it, he's a bit better, can he sit up in a chair instead of lying on the grass")
    expect(last(bees).text).toMatch(/^No: lie them down with their legs raised and don't let them stand or walk/)
  })

  it('takes a shivering heat-stroke man out of the paddling pool, and sends an allergic climber down to his pen', async () => {
    const pool = await call("at the model village a gardener's been cutting the hedges in this heat and collapsed, he's red hot and dry and talking nonsense", "there's a paddling pool for the kids' area, could he go in that", "he's in the water and he's started shivering, should we take him out")
    expect(last(pool).text).toMatch(/^Yes, take them out now, dry them and keep them in the shade; stop cooling while they shiver/)
    const tower = await call("I'm alone up the zipline tower checking the cables and a wasp stung my neck, I react badly to them, my face is burning and itchy and big welts are coming up", 'my pen is in my rucksack down below the tower, do I climb down to fetch it')
    expect(last(tower).text).toMatch(/^Yes, climb down now while you feel steady, clipped on all the way/)
    expect(last(tower).text).not.toMatch(/burn|cling film/)
  })

  it("reads a burst vein as a bleed, not a leak", async () => {
    expect(classify("I've knocked me leg on a pallet and a vein's burst, it's pumping out me shin").hazards).not.toContain('leak')
    const vein = await call("I've knocked me leg on a pallet and a vein's burst, it's pumping out me shin", "I'm on me own on nights in the gatehouse", 'should I stick me leg up on the chair')
    expect(last(vein).text).toMatch(/^Pressing hard matters most. Lie down and raise it/)
    expect(last(vein).text).not.toMatch(/leak|Block off the area/)
  })
})
