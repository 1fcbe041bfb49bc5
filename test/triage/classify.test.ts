import { describe, expect, it } from 'vitest'
import { classify, type Hazard, type Triage } from '../../src/triage/classify.js'

interface Case {
  text: string
  urgency: Triage['urgency']
  /** Exactly these, most urgent first. */
  hazards: Hazard[]
  location?: string
  equipment?: string
  casualties?: boolean
}

// How workers actually put it on a noisy line, as speech-to-text writes it down.
const CASES: Case[] = [
  { text: "There's a fire in Zone A!", urgency: 'CRITICAL', hazards: ['fire'], location: 'Zone A' },
  { text: 'FIRE! FIRE IN BAY 4!', urgency: 'CRITICAL', hazards: ['fire'], location: 'Bay 4' },
  { text: 'smoke coming out of bay four', urgency: 'HIGH', hazards: ['smoke'], location: 'Bay 4' },
  { text: 'gas, I can smell gas near valve 3', urgency: 'CRITICAL', hazards: ['gas_leak'], equipment: 'Valve 3' },
  { text: "there's a gas leak at tank two by valve three", urgency: 'CRITICAL', hazards: ['gas_leak'], location: 'Tank 2', equipment: 'Valve 3' },
  { text: "he's bleeding bad", urgency: 'CRITICAL', hazards: ['injury_bleeding'], casualties: true },
  { text: 'she cut her hand on the guard', urgency: 'HIGH', hazards: ['injury_bleeding'], casualties: true },
  { text: "she collapsed and isn't breathing", urgency: 'CRITICAL', hazards: ['not_breathing', 'unconscious'], casualties: true },
  { text: 'guy fell off the scaffold', urgency: 'HIGH', hazards: ['fall'], equipment: 'scaffold', casualties: true },
  { text: 'stuck in the tank', urgency: 'CRITICAL', hazards: ['confined_space', 'trapped'], location: 'tank' },
  { text: 'got shocked by the panel', urgency: 'CRITICAL', hazards: ['electric_shock'], equipment: 'panel' },
  { text: "he's been electrocuted, he's still holding the cable", urgency: 'CRITICAL', hazards: ['electric_shock'], equipment: 'cable' },
  { text: 'acid spilled everywhere', urgency: 'HIGH', hazards: ['chemical_spill'] },
  { text: 'false alarm, it was just steam', urgency: 'LOW', hazards: ['false_alarm'] },
  { text: "never mind, it's out", urgency: 'LOW', hazards: ['all_clear'] },
  { text: 'there was a small fire in the bin but we put it out', urgency: 'LOW', hazards: ['all_clear'] },
  { text: 'his arm got caught in the conveyor', urgency: 'CRITICAL', hazards: ['crush'], equipment: 'conveyor' },
  { text: 'forklift ran over his foot', urgency: 'CRITICAL', hazards: ['crush'], equipment: 'forklift' },
  { text: 'a pallet fell on him in aisle twelve', urgency: 'HIGH', hazards: ['crush'], location: 'Aisle 12' },
  { text: 'there was a loud bang from the boiler room', urgency: 'CRITICAL', hazards: ['explosion'], location: 'boiler room' },
  { text: "ammonia's leaking in the compressor room", urgency: 'CRITICAL', hazards: ['gas_leak'], location: 'compressor room' },
  { text: 'sparks coming off the transformer', urgency: 'MEDIUM', hazards: ['electrical'], equipment: 'transformer' },
  { text: 'exposed wires hanging down and people working right under them', urgency: 'HIGH', hazards: ['electrical'] },
  { text: 'water leaking from pump seven', urgency: 'MEDIUM', hazards: ['leak'], equipment: 'Pump 7' },
  { text: 'the racking collapsed in aisle 3, nobody was there', urgency: 'MEDIUM', hazards: ['structural_collapse'], location: 'Aisle 3', equipment: 'racking', casualties: false },
  { text: 'the roof caved in on top of him', urgency: 'CRITICAL', hazards: ['trapped', 'structural_collapse'], location: 'roof' },
  { text: 'my eyes are burning, got splashed with caustic', urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: 'he burned his arm on the furnace', urgency: 'HIGH', hazards: ['burn'], equipment: 'furnace' },
  { text: "he's on fire!", urgency: 'CRITICAL', hazards: ['fire', 'burn'] },
  { text: "worker's hanging in his harness off the edge", urgency: 'CRITICAL', hazards: ['suspended'] },
  { text: "he's not responding, we found him in the silo", urgency: 'CRITICAL', hazards: ['confined_space', 'unconscious'], location: 'silo' },
  { text: "I can't breathe, there's smoke everywhere", urgency: 'CRITICAL', hazards: ['breathing_difficulty', 'smoke'] },
  { text: 'he says his chest hurts and he is sweating', urgency: 'CRITICAL', hazards: ['cardiac'] },
  { text: "she's shaking and foaming at the mouth", urgency: 'HIGH', hazards: ['seizure'] },
  { text: "I think it's heat exhaustion, he's dizzy from the heat", urgency: 'HIGH', hazards: ['heat_illness'] },
  { text: 'heat stroke, he stopped sweating', urgency: 'CRITICAL', hazards: ['heat_illness'] },
  { text: 'man down on the third floor', urgency: 'CRITICAL', hazards: ['injury'], location: 'Floor 3' },
  { text: 'the fire alarm is going off in building 2', urgency: 'MEDIUM', hazards: ['alarm'], location: 'Building 2' },
  { text: 'fire alarm and I can smell smoke', urgency: 'HIGH', hazards: ['smoke'] },
  { text: "tried to put it out but it's spreading", urgency: 'CRITICAL', hazards: ['fire'] },
  { text: 'the roof is about to collapse over the loading dock', urgency: 'HIGH', hazards: ['structural_collapse'], location: 'loading dock' },
  // Found while writing the call simulator's scenarios, and more of each kind.
  // "Burning" about eyes or skin after a chemical is a chemical burn, not a fire.
  { text: "splashed with caustic in my eyes, it's burning", urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: 'caustic in my eye and it burns', urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: "I got acid on my arm, it's really burning", urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: 'the acid splashed back in his face', urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: 'acid spilled in bay 4, it splashed his arm', urgency: 'HIGH', hazards: ['chemical_exposure', 'chemical_spill'], location: 'Bay 4' },
  { text: 'acid burned his hand', urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: "cement on his knees, it's burning", urgency: 'HIGH', hazards: ['chemical_exposure'] },
  { text: 'he drank some degreaser', urgency: 'CRITICAL', hazards: ['swallowed_chemical'] },
  { text: 'the caustic splashed back at me', urgency: 'HIGH', hazards: ['chemical_exposure'] },
  // A heavy thing made of a chemical is still a heavy thing.
  { text: 'the concrete block landed on his foot', urgency: 'HIGH', hazards: ['crush'] },
  { text: "he's under the safety shower, it was bleach", urgency: 'HIGH', hazards: ['chemical_exposure', 'chemical_spill'] },
  { text: "I burned my hand on the furnace, it's burning", urgency: 'HIGH', hazards: ['burn'], equipment: 'furnace' },
  // ...while a thing burning is still a fire, whatever else is said.
  { text: 'the chemical store is burning', urgency: 'CRITICAL', hazards: ['fire', 'chemical_spill'], location: 'chemical store' },
  { text: "there's caustic on the floor and the pallets are burning", urgency: 'CRITICAL', hazards: ['fire', 'chemical_spill'] },
  { text: "it's burning", urgency: 'CRITICAL', hazards: ['fire'] },
  { text: 'No flames, just grey smoke, it smells like burning plastic', urgency: 'HIGH', hazards: ['smoke'] },
  { text: 'I smell burning', urgency: 'HIGH', hazards: ['smoke'] },
  // Struck by a vehicle is an injury, at least HIGH; by a train or wagon, CRITICAL.
  { text: 'got hit by a wagon', urgency: 'CRITICAL', hazards: ['vehicle_strike'], equipment: 'wagon', casualties: true },
  { text: "One of the shunters got hit by a wagon in the rail yard, he's on the ground", urgency: 'CRITICAL', hazards: ['vehicle_strike'], location: 'rail yard', equipment: 'wagon' },
  { text: "he's been struck by a shunting wagon", urgency: 'CRITICAL', hazards: ['vehicle_strike'] },
  { text: 'he got hit by a forklift', urgency: 'HIGH', hazards: ['vehicle_strike'], equipment: 'forklift' },
  { text: 'the truck reversed into him', urgency: 'HIGH', hazards: ['vehicle_strike'], equipment: 'truck' },
  { text: 'he was knocked down by a reversing lorry', urgency: 'HIGH', hazards: ['vehicle_strike'] },
  { text: 'a dumper truck backed into my mate', urgency: 'HIGH', hazards: ['vehicle_strike'], equipment: 'dumper' },
  { text: 'she was clipped by a loader', urgency: 'HIGH', hazards: ['vehicle_strike'], equipment: 'loader' },
  { text: 'hit by a swinging load', urgency: 'HIGH', hazards: ['vehicle_strike'] },
  { text: 'he was hit by a car', urgency: 'HIGH', hazards: ['vehicle_strike'] },
  { text: "the telehandler hit him and he's not moving", urgency: 'CRITICAL', hazards: ['unconscious', 'vehicle_strike'], equipment: 'telehandler' },
  { text: 'he was run over by a truck', urgency: 'CRITICAL', hazards: ['crush'], equipment: 'truck' },
  // Into a tank, down a manhole, in a silo: a confined space, CRITICAL.
  { text: "he's gone down into the tank and he's not answering", urgency: 'CRITICAL', hazards: ['confined_space'], location: 'tank' },
  { text: "Marco's gone into the tank and he's not answering", urgency: 'CRITICAL', hazards: ['confined_space'], location: 'tank' },
  { text: "Dave's in the tank and he's not answering", urgency: 'CRITICAL', hazards: ['confined_space'], location: 'tank' },
  { text: "Dave's down the manhole and not answering", urgency: 'CRITICAL', hazards: ['confined_space'], location: 'manhole' },
  { text: 'Marco went down the manhole, he is not answering', urgency: 'CRITICAL', hazards: ['confined_space'], location: 'manhole' },
  { text: 'he is in the silo and not answering', urgency: 'CRITICAL', hazards: ['confined_space'], location: 'silo' },
  { text: "she's at the bottom of the pit and not moving", urgency: 'CRITICAL', hazards: ['confined_space'], location: 'pit' },
  { text: "he was lowered into the silo and now there's no answer", urgency: 'CRITICAL', hazards: ['confined_space'], location: 'silo' },
  { text: 'Dave collapsed in the tank', urgency: 'CRITICAL', hazards: ['confined_space', 'unconscious'], location: 'tank' },
  { text: 'passed out in the tank', urgency: 'CRITICAL', hazards: ['confined_space', 'unconscious'], location: 'tank' },
  { text: 'we need to get him out of the vessel', urgency: 'CRITICAL', hazards: ['confined_space'], location: 'vessel' },
  { text: 'he entered the tank without a permit', urgency: 'CRITICAL', hazards: ['confined_space'], location: 'tank' },
  { text: 'the leak is in the tank', urgency: 'MEDIUM', hazards: ['leak'], location: 'tank' },
  // "Inside" after someone is not always "people at risk": the hazard phrase keeps its words.
  { text: 'gas in the tank and he collapsed inside it', urgency: 'CRITICAL', hazards: ['gas_leak', 'unconscious'], location: 'tank' },
  { text: 'help! please hurry', urgency: 'HIGH', hazards: [] },
  { text: "where's the muster point?", urgency: 'LOW', hazards: [] },
  { text: 'how do I use the fire extinguisher', urgency: 'LOW', hazards: [] },
  { text: 'uh hello?', urgency: 'LOW', hazards: [] },
  { text: '', urgency: 'LOW', hazards: [] },
]

describe('classify', () => {
  it.each(CASES)('"$text"', (c) => {
    const t = classify(c.text)
    expect(t.urgency).toBe(c.urgency)
    expect(t.hazards).toEqual(c.hazards)
    expect(t.location).toBe(c.location)
    expect(t.equipment).toBe(c.equipment)
    if (c.casualties !== undefined) expect(t.casualties).toBe(c.casualties)
  })

  it('flags a question with no emergency in it, and only then', () => {
    expect(classify("where's the muster point?").question).toBe(true)
    expect(classify('should I evacuate? there is smoke').question).toBeUndefined()
    // Someone checking the line is there is not asking anything.
    expect(classify('hello?').question).toBeUndefined()
  })

  it('marks a stand-down as a false alarm unless someone is still hurt', () => {
    expect(classify('false alarm, it was just steam').falseAlarm).toBe(true)
    const stillHurt = classify("fire's out but he's still not breathing")
    expect(stillHurt.falseAlarm).toBeUndefined()
    expect(stillHurt.urgency).toBe('CRITICAL')
    expect(stillHurt.hazards[0]).toBe('not_breathing')
  })

  it('keeps a hazard raised after the stand-down', () => {
    const t = classify("the fire's out but now there's gas leaking from the line")
    expect(t.hazards).toContain('gas_leak')
    expect(t.urgency).toBe('CRITICAL')
  })

  it('says nobody is hurt when the caller says so', () => {
    expect(classify('nobody is hurt, everyone is out').casualties).toBe(false)
    expect(classify('smoke in bay 2').casualties).toBeUndefined()
  })

  it('reports more confidence the more it recognises', () => {
    const nothing = classify('mm the thing over by the')
    const distress = classify('help')
    const hazard = classify('fire')
    const hazardAndPlace = classify('fire in zone a')
    expect(nothing.confidence).toBe(0)
    expect(distress.confidence).toBeGreaterThan(0)
    expect(hazard.confidence).toBeGreaterThan(distress.confidence ?? 0)
    expect(hazardAndPlace.confidence).toBeGreaterThan(hazard.confidence ?? 0)
  })
})
