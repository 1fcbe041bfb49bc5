import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 120: where the emergency is, as long calls give it: named stations, mines and ports,
// numbered routes and highways, streets that are not a road or lane, a building said from the
// outside in, the crew's whereabouts, and hand tools or ladders that are not the place.
describe('places in long calls (review 120)', () => {
  it('reads a named station, its highway address and the shed past the silos', async () => {
    const r = await call(
      "mate we need an ambo, bloke's got his leg pinned under a pallet of feed bags, fell off the forklift tines",
      'Kooringa Station, 1480 Mitchell Highway, about 20k out of Bourke. go past the silos to the big machinery shed',
    )
    expect(last(r).text).toContain('the machinery shed at Kooringa Station')
    expect(last(r).text).not.toContain('the area around the forklift')
  })

  it('reads a mine off a numbered route and stops asking where once it is given', async () => {
    const r = await call(
      "yeah I got a guy here at the mine with real bad chest pain, sweating bad, says it's like an elephant on his chest",
      "Big Creek Mine off Route 52, about six miles past Gilbert, West Virginia. we're at the surface shop by the bathhouse",
      "he's 58, got high blood pressure, takes pills for it. the pain's going down his left arm and up in his jaw",
      "I got aspirin in the first aid kit, the regular 325s. should I give him one? he says he's not allergic",
      "ok he's chewing it. he's sitting on the floor leaning up against the lockers, he keeps saying he wants to lie flat",
      "how long's it gonna be? we're way out, it's gravel road the last two miles",
      "he's getting worse, he's gray and throwing up, says he can't catch his breath",
      "his buddy says there's nitro pills in his truck, they're his wife's. can he take one of those?",
    )
    expect(r[1]?.text).toContain('the surface shop at Big Creek Mine')
    for (const reply of r.slice(1)) expect(reply.text).not.toContain('Where exactly are you?')
    expect(last(r).text).not.toContain('truck')
  })

  it('reads a numbered route as where a site is', () => {
    expect(classify('we are at the paper mill on route 11 in millinocket').site ?? classify('we are at the paper mill on route 11 in millinocket').location).toBe('Route 11')
    expect(classify('the escape route 2 is blocked').location).toBeUndefined()
  })

  it('lets a business, a number and a street replace the car park said before', async () => {
    const r = await call(
      "there's a fire at our mill, the alarm's going, we're all out in the car park, smoke coming out the roof",
      "Hartwell Textiles, 3 Canal Side, Bradford. the fire's in the dye house at the back I think",
    )
    expect(last(r).text).toContain('the dye house at 3 Canal Side')
  })

  it('reads a building, floor and lab together', async () => {
    const r = await call(
      "hi yes I need help, my coworker got sodium hydroxide splashed in her eye, she's screaming, we're in the lab",
      "Brightwater Pharma, 400 Commerce Drive, building C, second floor, lab 214. we're taking her to the eyewash",
    )
    expect(last(r).text).toContain('Building C, Floor 2, Lab 214 at 400 Commerce Drive')
  })

  it('hears the gate the crew is told to come in by as no place of the caller', async () => {
    const r = await call(
      "one of the lads has cut his arm open on the angle grinder, there's blood everywhere, it's pumping out",
      'Kingsway site, the new flats off Station Lane, Block B ground floor. come in the gate on Station Lane',
    )
    expect(last(r).text).toContain('Block B, ground floor on Station Lane')
    expect(last(r).text).not.toContain('I have you at the gate')
    expect(last(r).text).not.toContain('angle grinder in')
  })

  it('hears "the ambulance is at the gate" as where the crew is', async () => {
    const r = await call(
      "ah Jesus one of the dockers went in off the quay, we've just pulled him out with a ladder, he's soaked and frozen",
      "Dublin Port, Alexandra Road, berth 33 beside the blue container crane. he's breathing yeah and talking",
      "the ambulance is at the gate, a lad's running out to bring them down to the berth. do I stay on the phone?",
    )
    expect(r[1]?.text).toContain('Berth 33 at Dublin Port')
    expect(last(r).text).not.toContain('I have you at the gate')
  })

  it('keeps the gate the caller goes to meet the ambulance at', () => {
    expect(classify('i need to go down to meet the ambulance at the gate').callerAt).toBe('gate')
  })

  it('does not join a ladder or a hand tool to the place', async () => {
    const r = await call("hiya ive come off the ladder in the barn fell maybe ten foot onto the concrete, theres nobody else here")
    expect(last(r).text).not.toContain('the ladder in the barn')
  })

  it('hears the siren coming up the road as no place', async () => {
    const r = await call(
      "yeah I got a guy here at the mine with real bad chest pain, he's not breathing, we're doing CPR",
      'Big Creek Mine off Route 52. we are at the surface shop',
      'my buddy is getting the AED from the hoist house. I can hear the siren coming up the road',
    )
    expect(last(r).text).not.toContain('in the road')
    expect(last(r).text).toContain('Big Creek Mine')
  })

  it('leaves the first aid station and the escape route alone', () => {
    expect(classify('the first aid station is by the door, he cut his hand').site).toBeUndefined()
    expect(classify('we are at the train station, a man collapsed').site).toBeUndefined()
    expect(classify('a 3 way valve is leaking').location).toBeUndefined()
  })

  it('asks where rather than naming a hand tool as the place', async () => {
    const r = await call('angle grinder kicked back and cut his leg open theres blood everywhere')
    expect(last(r).text).not.toContain('the area around the angle grinder')
    expect(last(r).text).toContain('Where exactly are you?')
  })

  it('names a what3words address without the chainsaw, and does not ask where again', async () => {
    const r = await call("chainsaw's caught his leg, it's squirting out in spurts", "i've got my phone could i give you a what3words it says filled dots tonight")
    expect(last(r).text).toContain('Help is being alerted to what3words filled.dots.tonight.')
    expect(last(r).text).not.toContain('Where exactly are you?')
  })

  it('reads a roadworks compound on an A-road with its bearing said later', async () => {
    const r = await call(
      "lad's fell off the scaffold, about two storeys, landed on the concrete. he's awake, he's talking",
      "we're on the A38 roadworks by the Marsh Lane bridge, northbound side, the compound with the orange cabins",
    )
    expect(last(r).text).toContain('Help is being alerted to the compound on A38 northbound.')
  })

  // Guards against over-reading (these passed before the fix too): a crew inside with the
  // casualty is still where help goes; a first aid station, a nurses' station, a 3 inch cut are no sites.
  it('keeps a room the crew are in with the casualty, and reads no site from common words', () => {
    expect(classify('the paramedics are in the canteen with him now').location).toBe('canteen')
    expect(classify('nurses station, a patient collapsed').site).toBeUndefined()
    expect(classify('a 3 inch side cut on his arm').location).toBeUndefined()
  })
})
