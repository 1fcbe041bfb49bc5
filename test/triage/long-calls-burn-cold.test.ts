import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { readInCallContext } from '../../src/triage/context-rules.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 120: two long calls, a hot-oil burn cooled until the chef shivered, and a docker pulled
// out of cold water who stopped shivering, felt "roasting" and went quiet.

describe('a burn cooled until they shiver (review 120, R120-03)', () => {
  const kitchen = [
    "hiya the fryer's gone over, hot oil all down my chef's arm and his hand, he's screaming",
    "we're at the Golden Anchor pub, 22 Quay Street, the kitchen's round the back by the bins",
    "yeah we've got his arm under the cold tap. should we put butter on it? one of the girls says butter",
    "how long do we keep it under for? it's been about five minutes, he says it's easing a bit",
  ] as const

  it('keeps the cooling going on the second turn before any covering', async () => {
    const replies = await call(kitchen[0], kitchen[1])
    expect(last(replies).text).toMatch(/^Keep cooling for the full twenty minutes, taking off rings/)
  })

  it('hears a burnt hand swelling as the burn, not someone taken ill to be asked their symptoms', async () => {
    const replies = await call(...kitchen, "his hand's swelling up, I'm getting his watch and his ring off him now")
    expect(last(replies).sources).toEqual(['burn-cool'])
    expect(last(replies).text).not.toMatch(/What are their symptoms\?|sitting or lying comfortably/)
    const ring = await call('boiling water off the urn went all over her hand', "her rings are getting tight, her fingers are all swollen")
    expect(last(ring).text).not.toMatch(/What are their symptoms\?/)
  })

  it('never says to keep cooling once it said to stop, and waits for the crew for pain relief', async () => {
    const replies = await call(...kitchen,
      "his hand's swelling up, I'm getting his watch and his ring off him now",
      "there's big blisters coming up on the back of his hand like bubbles. do I pop them?",
      "it's been twenty minutes now, can we stop? he's shivering really bad, his teeth are going",
      'ok we\'ve got cling film from the kitchen, do I wrap it round tight or just lay it on?',
      "done it loose like you said and put a coat round his shoulders. he's asking can he have a paracetamol")
    const [stop, film, pill] = replies.slice(-3).map((r) => r.text)
    expect(stop).toMatch(/That's enough cooling if they're shivering: stop/)
    expect(stop).not.toMatch(/Twenty minutes is enough: stop now/)
    expect(film).toMatch(/^Lay the cling film loosely over the burns/)
    expect(film).not.toMatch(/keep cooling|don't burst the blisters/i)
    expect(pill).toMatch(/^Best to wait: the crew can give stronger pain relief/)
    expect(pill).not.toMatch(/keep cooling|If you're not sure it's safe/i)
  })

  it('drops a blister reply\'s "keep cooling" once twenty minutes stopped the cooling', async () => {
    const replies = await call('hot fat from the fryer went over his hand', "it's been under the tap twenty minutes now, can we stop?", 'there are blisters coming up, do we pop them?')
    expect(replies[1]?.text).toMatch(/^Twenty minutes is enough: stop now/)
    expect(last(replies).text).toMatch(/don't burst the blisters/)
    expect(last(replies).text).not.toMatch(/keep cooling/i)
    // Twenty minutes said done by the caller, unasked: the burn covered now, not cooled on.
    const done = await call('he got a steam burn on his arm', "we've cooled it twenty minutes, can he have ibuprofen")
    expect(last(done).text).toMatch(/^Best to wait.*Keep the burn loosely covered, and the rest of them warm/)
    expect(last(done).text).not.toMatch(/keep cooling/i)
  })
})

describe('a man out of cold water who gets colder (review 120, R120-05)', () => {
  const dock = [
    "ah Jesus one of the dockers went in off the quay, we've just pulled him out with a ladder, he's soaked and frozen",
    'Dublin Port, Alexandra Road, berth 33 beside the blue container crane. he\'s breathing yeah and talking',
    "he's shaking like mad, his lips are blue. should we bring him in and put him under a hot shower?",
    "grand, we've got him in the portakabin out of the wind, we're cutting the wet gear off him now",
    "he's wrapped in a couple of blankets and the foil thing from the first aid box. can he have a hot tea?",
    "one of the lads wants to give him a drop of whiskey to warm him up, he's a naggin in his locker, is that ok",
    "hold on, he's stopped shivering now, that's good isn't it? he's gone very quiet",
    "he's not making sense now, asking for his mam and saying he's roasting, trying to pull the blankets off",
    "still breathing, slow like. eyes open but he's not really answering me. how long are they gonna be?",
  ] as const

  it('sees a man pulled out "soaked and frozen" as out of the water: no float or boat script', async () => {
    const replies = await call(...dock.slice(0, 6))
    expect(replies[0]?.text).toMatch(/^Now they're out/)
    for (const r of replies) expect(r.text).not.toMatch(/Throw them something that floats|float on their back|engine running/)
    // Said on the turn before, "now they're out" gives way to the warming's next step.
    expect(replies[3]?.text).toMatch(/Now they're out/)
    expect(replies[4]?.text).not.toMatch(/Now they're out/)
    expect(replies[4]?.text).toMatch(/Keep them wrapped up and still/)
  })

  it('reads "roasting" and pulling the blankets off as the cold getting worse, never as heat to cool', async () => {
    expect(readInCallContext(classify(dock[7]).hazards, ['hypothermia', 'drowning'], dock[7]).hazards).toEqual(['hypothermia'])
    const replies = await call(...dock)
    const [hot, quiet] = replies.slice(-2).map((r) => r.text)
    expect(hot).toMatch(/^Feeling hot and pulling covers off is the cold getting worse: keep them wrapped/)
    expect(quiet).toMatch(/Check their breathing carefully for up to a minute/)
    for (const r of replies) expect(r.text).not.toMatch(/somewhere cool|cool them|cold water all over|fan them/i)
  })

  it('says the same to other words for it after a fall in a river, but not to a fever', async () => {
    const river = await call("my mate fell in the river, we got him out on the bank, he's soaking wet and freezing cold", "he's breathing and talking, shaking badly", 'we got him in the van with the heater on', "now he's saying he's boiling and trying to take his coat off, he's not making sense")
    expect(last(river).text).toMatch(/^Feeling hot and pulling covers off is the cold getting worse/)
    // A fever's shiver and heat is not the cold's.
    const fever = await call('he cut his hand on sheet metal last week and now he is shivering and freezing but burning up to touch')
    expect(last(fever).text).not.toMatch(/Feeling hot and pulling covers off/)
  })
})
