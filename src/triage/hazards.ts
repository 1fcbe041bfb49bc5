import type { KnownUrgency } from './urgency.js'

/**
 * Every hazard triage can recognise, in the order a responder should deal with them when two are
 * equally urgent. Dangers to the rescuer come first (live power, bad air, gas, fire) because the
 * first instruction must stop a second casualty; care for the casualty comes next.
 */
export const HAZARDS = [
  // Overhead lines, substations: nobody goes near until the supply company has cut it.
  'high_voltage',
  // Someone attacking or threatening to, or an armed robbery: the caller keeps out of reach and the police are told; the injured are helped only where it is safe.
  'violence',
  // A crowd pushing at a gate, people down: the push stopped from the back and the gates opened before anyone is pulled out.
  'crowd_crush',
  'electric_shock',
  'confined_space',
  'gas_leak',
  'fire',
  'explosion',
  // A radiography source stuck out of its camera, a radioactive source dropped: distance is the
  // protection, so everyone back, nothing touched, and the site's radiation protection supervisor.
  'radiation',
  // An engine, generator or heater burning fuel indoors: the air itself, so out into fresh air first.
  'carbon_monoxide',
  // Struck by lightning: safe to touch, and those not moving come first (CPR), the walking and the burns after.
  'lightning',
  // Found hanging: the weight taken and the ligature cut first, then the breathing and CPR.
  'hanging',
  'not_breathing',
  'choking',
  'anaphylaxis',
  'cardiac',
  // Face drooping, slurred words: the time it started decides the treatment; nothing by mouth.
  'stroke',
  // The caller themselves cannot get out: "them" instructions are for a rescuer.
  'caller_trapped',
  'trapped',
  // Left hanging, the harness cuts off circulation within minutes: get them down, not keep them still.
  'suspended',
  'crush',
  'vehicle_strike',
  // Pressing on an impaled object drives it in; a severed part goes with them.
  'embedded_object',
  'amputation',
  // Kept still, lying down, the limb still: nothing cut, sucked, washed or tied tight, the snake left alone.
  'snake_bite',
  // Bone through the skin: pressed around, never on, and never pushed back.
  'open_fracture',
  'injury_bleeding',
  // A dog, a rat, a horse, a person: the bleeding first, then washed under running water, and a doctor today.
  'animal_bite',
  // A bee, wasp or hornet: the sting scraped out, something cold, and watched for a reaction.
  'sting',
  // A jellyfish, a weever fish, a stingray: out of the water, no fresh water, pee or rubbing, the
  // tentacles or spines lifted off, the part in hot water; a box jellyfish is vinegar and CPR ready.
  'marine_sting',
  // Someone in the water: nobody goes in after them; something that floats is thrown.
  'drowning',
  // A spider: washed, something cold, watched for the venom spreading; a funnel-web is a snake bite's first aid.
  'spider_bite',
  // Pulled out with fine tweezers close to the skin, never burnt or smothered; a doctor if a rash or a fever follows.
  'tick_bite',
  // A blow to the head: watched, not left alone or let sleep; drowsy, sick or an odd pupil is the ambulance now.
  'head_injury',
  // Slumped by drugs or too many pills: breathing watched, on their side, naloxone where there is some.
  'overdose',
  // Someone who means to end their life, or says so: nobody goes near the edge after them; talked to calmly, never left alone.
  'suicide_risk',
  'unconscious',
  'breathing_difficulty',
  // Rinsing a splashed eye comes before fencing off the spill it came from.
  'chemical_exposure',
  'swallowed_chemical',
  'chemical_spill',
  'smoke',
  'burn',
  // Rinsed, never rubbed; anything stuck in it is left for the hospital.
  'eye_injury',
  'heat_illness',
  // Warmed slowly in dry layers: no hot shower or bath, no rubbing.
  'hypothermia',
  'seizure',
  // A diabetic who is awake gets sugar; one who is not, nothing by mouth.
  'low_blood_sugar',
  // A birth at work: the baby comes by itself, is dried and kept warm on the mother, cord left alone;
  // a newborn who does not breathe gets five gentle breaths first, not an adult's CPR.
  'childbirth',
  // Bleeding or bad belly pain in pregnancy: on her left side, a pad, nothing inside, nothing by mouth.
  'pregnancy_bleeding',
  // Sitting up leaning forward, the soft part of the nose pinched: never lying down, no tourniquet.
  'nosebleed',
  'fall',
  // Supported as found, never straightened.
  'fracture',
  'structural_collapse',
  'injury',
  // Slow breathing, no paper bag; chest pain or blue lips is something else.
  'panic_attack',
  'medical',
  'electrical',
  'leak',
  'alarm',
  'false_alarm',
  'all_clear',
] as const
export type Hazard = typeof HAZARDS[number]

export interface HazardInfo {
  /** Urgency when a rule does not say otherwise. */
  readonly urgency: KnownUrgency
  /** A person is hurt or ill; as opposed to a danger to the place. */
  readonly person: boolean
  /** Kept through a stand-down ("the fire's out"): only its own question ends it (a line still live). */
  readonly lasting?: boolean
  /** Left out of the hazard list when one of these is also present: it adds nothing to say. */
  readonly subsumedBy?: readonly Hazard[]
}

const PERSON_SPECIFIC: readonly Hazard[] = [
  'electric_shock', 'not_breathing', 'choking', 'anaphylaxis', 'cardiac', 'stroke', 'caller_trapped', 'trapped', 'suspended', 'embedded_object', 'amputation', 'crush', 'vehicle_strike', 'injury_bleeding', 'unconscious', 'overdose',
  'breathing_difficulty', 'chemical_exposure', 'swallowed_chemical', 'burn', 'eye_injury', 'heat_illness', 'seizure', 'fall', 'confined_space',
  'carbon_monoxide', 'open_fracture', 'fracture', 'hypothermia', 'low_blood_sugar', 'nosebleed', 'panic_attack', 'head_injury', 'childbirth', 'pregnancy_bleeding',
  'snake_bite', 'animal_bite', 'sting', 'marine_sting', 'spider_bite', 'tick_bite', 'drowning', 'hanging', 'suicide_risk', 'lightning',
]

export const HAZARD_INFO: Readonly<Record<Hazard, HazardInfo>> = {
  high_voltage: { urgency: 'CRITICAL', person: false, lasting: true },
  // A danger to the place, not a casualty: who was hurt is said as an injury beside it.
  violence: { urgency: 'CRITICAL', person: false },
  crowd_crush: { urgency: 'CRITICAL', person: false },
  electric_shock: { urgency: 'CRITICAL', person: true },
  confined_space: { urgency: 'CRITICAL', person: true },
  gas_leak: { urgency: 'CRITICAL', person: false },
  fire: { urgency: 'CRITICAL', person: false },
  explosion: { urgency: 'CRITICAL', person: false },
  radiation: { urgency: 'CRITICAL', person: false, lasting: true },
  // Someone poisoned, or about to be: it outlasts "the generator's off", since those who breathed it still need checking.
  carbon_monoxide: { urgency: 'CRITICAL', person: true },
  lightning: { urgency: 'CRITICAL', person: true },
  hanging: { urgency: 'CRITICAL', person: true },
  not_breathing: { urgency: 'CRITICAL', person: true },
  // Back blows and abdominal thrusts, not fresh air; adrenaline, not an inhaler.
  // Choking in smoke or gas is the smoke or gas; choking on vomit while unconscious is the airway.
  choking: { urgency: 'CRITICAL', person: true, subsumedBy: ['unconscious', 'not_breathing'] },
  anaphylaxis: { urgency: 'CRITICAL', person: true },
  cardiac: { urgency: 'CRITICAL', person: true },
  stroke: { urgency: 'CRITICAL', person: true, subsumedBy: ['not_breathing', 'unconscious'] },
  // Not a casualty: a stand-down ("it's out now") ends it, and it keeps no one's first aid back.
  caller_trapped: { urgency: 'CRITICAL', person: false },
  // "I'm stuck in the lift": the caller, who needs no rescuer's instructions.
  trapped: { urgency: 'CRITICAL', person: true, subsumedBy: ['caller_trapped'] },
  suspended: { urgency: 'CRITICAL', person: true },
  crush: { urgency: 'CRITICAL', person: true },
  // Struck by a forklift, truck or wagon: at least HIGH, whatever else the caller says.
  vehicle_strike: { urgency: 'HIGH', person: true },
  // A bite that has "gone right through" left nothing in: the bite's own entry.
  embedded_object: { urgency: 'CRITICAL', person: true, subsumedBy: ['animal_bite', 'snake_bite'] },
  amputation: { urgency: 'CRITICAL', person: true },
  // Open fracture: pressure around the bone, not on it. Nosebleed: pinched, not pressed as a wound.
  open_fracture: { urgency: 'CRITICAL', person: true, subsumedBy: ['not_breathing'] },
  // A snake bite's wound is the snake's entry (nothing pressed, washed or cut): "cut it open?" there is no wound to press.
  injury_bleeding: { urgency: 'HIGH', person: true, subsumedBy: ['embedded_object', 'amputation', 'eye_injury', 'open_fracture', 'nosebleed', 'snake_bite', 'spider_bite', 'pregnancy_bleeding'] },
  // CPR covers them once someone is not breathing; a bitten-off fingertip is the amputation (saved, not washed).
  snake_bite: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing'] },
  animal_bite: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing', 'amputation'] },
  // A sting with a swelling face or a wheeze is the reaction: the pen, not the ice. "It stung" of a
  // chemical, smoke or a burn is that hazard's own word.
  spider_bite: { urgency: 'HIGH', person: true, subsumedBy: ['snake_bite', 'anaphylaxis', 'not_breathing', 'unconscious'] },
  // Not an emergency: what to do, and when to see a doctor, without sending help.
  tick_bite: { urgency: 'MEDIUM', person: true, subsumedBy: ['snake_bite', 'spider_bite', 'anaphylaxis', 'not_breathing', 'unconscious', 'animal_bite', 'sting', 'marine_sting'] },
  // "Stung by a jellyfish" is the sea's sting, not a bee's: its lines, not the scraped-out sting's.
  marine_sting: { urgency: 'HIGH', person: true, subsumedBy: ['anaphylaxis', 'not_breathing', 'unconscious', 'breathing_difficulty'] },
  sting: { urgency: 'HIGH', person: true, subsumedBy: ['marine_sting', 'anaphylaxis', 'not_breathing', 'unconscious', 'breathing_difficulty', 'chemical_exposure', 'chemical_spill', 'swallowed_chemical', 'eye_injury', 'burn', 'smoke', 'fire', 'gas_leak', 'carbon_monoxide'] },
  // CPR covers someone unresponsive and not breathing: the recovery position would contradict it.
  // Kept beside not_breathing (the responder says CPR only): "he's breathing again" leaves them unresponsive.
  // The overdose's lines check the breathing and give the side or CPR, with the naloxone beside them.
  unconscious: { urgency: 'CRITICAL', person: true, subsumedBy: ['overdose'] },
  overdose: { urgency: 'CRITICAL', person: true },
  suicide_risk: { urgency: 'CRITICAL', person: true },
  // Over a phone line a panicking caller and a closing airway sound alike; assume the worse. Never
  // "sit them upright" for someone unresponsive, nor fresh air for a blocked or swelling airway.
  breathing_difficulty: { urgency: 'CRITICAL', person: true, subsumedBy: ['unconscious', 'not_breathing', 'choking', 'anaphylaxis', 'overdose'] },
  chemical_spill: { urgency: 'HIGH', person: false },
  chemical_exposure: { urgency: 'HIGH', person: true },
  // Not made sick, no eyewash: the mouth rinsed, the label kept.
  swallowed_chemical: { urgency: 'CRITICAL', person: true },
  smoke: { urgency: 'HIGH', person: false, subsumedBy: ['fire'] },
  // A chemical burn is rinsed for twenty minutes at the eyewash, not cooled as a heat burn.
  burn: { urgency: 'HIGH', person: true, subsumedBy: ['chemical_exposure'] },
  eye_injury: { urgency: 'HIGH', person: true, subsumedBy: ['chemical_exposure'] },
  head_injury: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing'] },
  heat_illness: { urgency: 'HIGH', person: true },
  // CPR covers these once someone is not breathing: no sugar, warm drink or sling beside it.
  hypothermia: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing'] },
  // Out of the water and not breathing or unresponsive: combos with rescue breaths, and hospital after.
  drowning: { urgency: 'CRITICAL', person: true },
  seizure: { urgency: 'HIGH', person: true },
  low_blood_sugar: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing'] },
  childbirth: { urgency: 'HIGH', person: true },
  // Fast breathing, shaking or faintness beside it is the blood loss, not panic or a wound to press.
  pregnancy_bleeding: { urgency: 'CRITICAL', person: true, subsumedBy: ['childbirth'] },
  // Unresponsive, the recovery position drains the nose: no "sit them up and lean forward".
  nosebleed: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing', 'unconscious'] },
  fall: { urgency: 'HIGH', person: true, subsumedBy: ['suspended'] },
  fracture: { urgency: 'HIGH', person: true, subsumedBy: ['open_fracture', 'not_breathing'] },
  structural_collapse: { urgency: 'HIGH', person: false },
  injury: { urgency: 'HIGH', person: true, subsumedBy: PERSON_SPECIFIC },
  // A panic attack can feel like dying: with chest pain, collapse or an allergy, it is treated as that.
  panic_attack: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing', 'unconscious', 'cardiac', 'anaphylaxis', 'choking', 'embedded_object', 'crush', 'injury_bleeding', 'amputation', 'open_fracture', 'burn', 'electric_shock', 'head_injury', 'pregnancy_bleeding', 'low_blood_sugar', 'seizure', 'childbirth'] },
  // "Don't give them anything to eat or drink" is wrong for a diabetic who is awake, and the named conditions say more.
  medical: { urgency: 'HIGH', person: true, subsumedBy: ['cardiac', 'stroke', 'seizure', 'heat_illness', 'unconscious', 'not_breathing', 'breathing_difficulty', 'choking', 'anaphylaxis', 'suspended', 'caller_trapped', 'carbon_monoxide', 'hypothermia', 'low_blood_sugar', 'nosebleed', 'fracture', 'open_fracture', 'panic_attack', 'childbirth', 'snake_bite', 'sting', 'marine_sting', 'spider_bite', 'tick_bite', 'overdose', 'pregnancy_bleeding', 'suicide_risk', 'hanging'] },
  electrical: { urgency: 'MEDIUM', person: false, subsumedBy: ['electric_shock', 'high_voltage'] },
  leak: { urgency: 'MEDIUM', person: false, subsumedBy: ['gas_leak', 'chemical_spill', 'carbon_monoxide'] },
  alarm: { urgency: 'MEDIUM', person: false, subsumedBy: ['fire', 'smoke', 'gas_leak', 'carbon_monoxide', 'radiation'] },
  false_alarm: { urgency: 'LOW', person: false },
  all_clear: { urgency: 'LOW', person: false },
}

/** The caller standing the emergency down. */
export const STAND_DOWN: readonly Hazard[] = ['false_alarm', 'all_clear']

export function isHazard(value: unknown): value is Hazard {
  return typeof value === 'string' && (HAZARDS as readonly string[]).includes(value)
}

/** Still going on after a stand-down ("the fire's out"): a person hurt, or a line still live. */
export function outlastsStandDown(h: Hazard): boolean {
  return HAZARD_INFO[h].person || HAZARD_INFO[h].lasting === true
}

/**
 * Someone hurt or taken ill, no more: what the vocabulary says when it knows no better. Looser
 * words that name the injury or illness (hint-vocabulary.ts) say more than these.
 */
export const VAGUE: readonly Hazard[] = ['injury', 'medical']

export function isVague(h: string): boolean {
  return (VAGUE as readonly string[]).includes(h)
}

/** One of `among` covers `h`: it adds nothing to say beside it. */
export function isSubsumed(h: Hazard, among: readonly Hazard[]): boolean {
  return HAZARD_INFO[h].subsumedBy?.some((other) => among.includes(other)) === true
}

/** Lower is dealt with first among equally urgent hazards. */
export function hazardPriority(h: Hazard): number {
  return HAZARDS.indexOf(h)
}
