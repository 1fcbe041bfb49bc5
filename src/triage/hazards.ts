import type { KnownUrgency } from './urgency.js'

/**
 * Every hazard triage can recognise, in the order a responder should deal with them when two are
 * equally urgent. Dangers to the rescuer come first (live power, bad air, gas, fire) because the
 * first instruction must stop a second casualty; care for the casualty comes next.
 */
export const HAZARDS = [
  // Overhead lines, substations: nobody goes near until the supply company has cut it.
  'high_voltage',
  'electric_shock',
  'confined_space',
  'gas_leak',
  'fire',
  'explosion',
  // An engine, generator or heater burning fuel indoors: the air itself, so out into fresh air first.
  'carbon_monoxide',
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
  'snake_bite', 'animal_bite', 'sting', 'marine_sting', 'spider_bite', 'tick_bite', 'drowning',
]

export const HAZARD_INFO: Readonly<Record<Hazard, HazardInfo>> = {
  high_voltage: { urgency: 'CRITICAL', person: false, lasting: true },
  electric_shock: { urgency: 'CRITICAL', person: true },
  confined_space: { urgency: 'CRITICAL', person: true },
  gas_leak: { urgency: 'CRITICAL', person: false },
  fire: { urgency: 'CRITICAL', person: false },
  explosion: { urgency: 'CRITICAL', person: false },
  // Someone poisoned, or about to be: it outlasts "the generator's off", since those who breathed it still need checking.
  carbon_monoxide: { urgency: 'CRITICAL', person: true },
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
  // Over a phone line a panicking caller and a closing airway sound alike; assume the worse. Never
  // "sit them upright" for someone unresponsive, nor fresh air for a blocked or swelling airway.
  breathing_difficulty: { urgency: 'CRITICAL', person: true, subsumedBy: ['unconscious', 'not_breathing', 'choking', 'anaphylaxis', 'overdose'] },
  chemical_spill: { urgency: 'HIGH', person: false },
  chemical_exposure: { urgency: 'HIGH', person: true },
  // Not made sick, no eyewash: the mouth rinsed, the label kept.
  swallowed_chemical: { urgency: 'CRITICAL', person: true },
  smoke: { urgency: 'HIGH', person: false, subsumedBy: ['fire'] },
  // A chemical burn is rinsed for fifteen minutes at the eyewash, not cooled as a heat burn.
  burn: { urgency: 'HIGH', person: true, subsumedBy: ['chemical_exposure'] },
  eye_injury: { urgency: 'HIGH', person: true, subsumedBy: ['chemical_exposure'] },
  head_injury: { urgency: 'HIGH', person: true },
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
  panic_attack: { urgency: 'HIGH', person: true, subsumedBy: ['not_breathing', 'unconscious', 'cardiac', 'anaphylaxis', 'choking', 'embedded_object', 'crush', 'injury_bleeding', 'amputation', 'open_fracture', 'burn', 'electric_shock', 'head_injury', 'pregnancy_bleeding'] },
  // "Don't give them anything to eat or drink" is wrong for a diabetic who is awake, and the named conditions say more.
  medical: { urgency: 'HIGH', person: true, subsumedBy: ['cardiac', 'stroke', 'seizure', 'heat_illness', 'unconscious', 'not_breathing', 'breathing_difficulty', 'choking', 'anaphylaxis', 'suspended', 'caller_trapped', 'carbon_monoxide', 'hypothermia', 'low_blood_sugar', 'nosebleed', 'fracture', 'open_fracture', 'panic_attack', 'childbirth', 'snake_bite', 'sting', 'marine_sting', 'spider_bite', 'tick_bite', 'overdose', 'pregnancy_bleeding'] },
  electrical: { urgency: 'MEDIUM', person: false, subsumedBy: ['electric_shock', 'high_voltage'] },
  leak: { urgency: 'MEDIUM', person: false, subsumedBy: ['gas_leak', 'chemical_spill', 'carbon_monoxide'] },
  alarm: { urgency: 'MEDIUM', person: false, subsumedBy: ['fire', 'smoke', 'gas_leak', 'carbon_monoxide'] },
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

// Gasps, snoring, gurgling, turning blue: not coughing or wheezing, and not the caller's own breath.
// Snoring or gurgling is an airway to open and a breathing check (reviews 8 and 10), not CPR outright.
const LIVE_THING = /\b(cables?|wires?|wiring|socket|plug|inverter|live|mains|fuse ?box|power line|light fitting|fitting|lamp)\b/i
const ENTANGLED = /\b(cord|strap|lanyard|scarf|hood|hoodie|tie|collar|drawstring|chain|belt)\b[^.?!]{0,40}\b(wrapped|wound|caught|tangled|pulled|dragging|dragged|round|around)\b/i
const GASPING = /\bgasp\w*|\bstaring\b/i
const NOISY_BREATHING = /\b(snor(?:e|es|ed|ing)|gurgl\w*|gargl\w*|rattl\w*|crackl\w*|noisy)\b/i
// After chest pain, the noises agonal breathing makes (ERC 2021).
const AGONAL_NOISE = /\b(rasp\w*|snor\w*|gurgl\w*|grunt\w*)\b/i
const BREATH_WORD = /\bbreath/i
const EYE_FLUID = /\beyes?\b|clear stuff|jelly/i
const ONLY_GASPS = /\b(?:just|only|big|odd|occasional|the odd)\s+(?:making\s+)?(?:big\s+)?(?:gasps?|gulps?|snorts?)\b|\bbig (?:strange |odd |weird )?breaths? only\b|\bonly sometimes like (?:a )?gasp/i
const AGONAL = /\b(gasp\w*|gulp\w*|blue|bluey|bluish|big (?:strange |odd |weird |deep )?breaths|(?:strange|odd|weird) breaths|agonal|then nothing|like a (?:gold)?fish|(?:opens|opening) and (?:shuts|shutting|closes|closing))\b/i
const ALLERGIC = /\b(swell\w*|swollen|puff(?:ed|ing)? up|puffy|blown up|allerg\w*|nuts?|peanuts?|sting|stung|bee|wasp|hornet|shellfish|mussels?|prawns?|seafood|hives|rash|lumps|welts)\b/i
// Lips, face, tongue or throat swelling up: an allergic airway, whatever the hands are doing.
const SWELLING = /\b(lips?|face|tongue|mouth|eyes?|throat)\b[^.?!]{0,25}\b(swell\w*|swollen|puff(?:ed|ing)? up|puffy|blown up|blowing up|ballooned|ballooning)\b|\b(swell\w*|swollen|puffy)\b[^.?!]{0,15}\b(lips?|face|tongue|mouth|throat)\b/i
const COMING_ROUND = /\b(coming round|coming to|awake|talking|came round|came to)\b/i
// A headache after a blow or a fall is the injury's: its entry already watches them.
const BREATHING_SLOW = /\bbreath(?:ing|es)?(?:'s| is| are|'re)?\s+(?:\w+\s+){0,2}(?:slow|slowed|slowing|shallow|weak|faint)\b/i
const BREATHING_STOPPED = /\b(?:not|no|stopped|isn't|is not)\s+(?:\w+\s+)?breath/i
// The airway or the skin all over: a reaction after any sting. ("The salmon pens" are not a pen.)
const STING_REACTION = /\b(?:face|lips?|tongue|throat|eyes?|eyelids?|mouth|cheeks?)\b.*\b(?:swell\w*|swelled|swollen|puff\w*|blown up|ballooning|thick|tight\w*|closing)\b|\bthroat\w*\b.*\b(?:funny|odd|weird|strange|tight\w*|thick|closing|swell\w*)\b|\bwheez\w*|\b(?:blotchy|itchy|lumps|hives|welts)\b.*\b(?:everywhere|all over)\b|\bcan ?not (?:breathe|swallow)\b|\b(?:epi ?pens?|adrenaline|(?:his|her|their|my|your|an?) pen)\b|\b(?:croaky|hoarse|husky|stridor)\b|\bnoise when (?:he|she|they) breathes?\b/i
// Sick, dizzy or a racing heart after an insect's sting is the reaction too; after the sea's, the venom (its own line).
const INSECT_STING_REACTION = /\b(?:throwing up|thrown up|vomit\w*|being sick|dizzy|faint|heart\w* (?:racing|pounding|going))\b/i
const NOT_SWELLING = /\b(?:no|not|nae|without|isn't|isnt|hasn't|hasnt)\s+(?:\w+\s+){0,2}(?:swell\w*|swollen|puff\w*|wheez\w*)/i
const POWER_CUTTER = /\b(?:chain ?saw|saw|grinder|disc|strimmer|brush ?cutter|hedge ?cutter)\b/i
const KICKED = /\b(?:kicked|kicks|kick|jumped|slipped|bounced|skidded|skipped)\b/i
const LEFT_IN = /\b(?:still (?:in|stuck)|sticking out|stuck in|lodged|embedded|left in)\b/i
const FEELING_COLD = /\b(?:cold|colder|freezing|frozen|shiver\w*|shaking with|blue with|numb with|hypotherm\w*)\b/i
const SCALDED = /\b(?:scald\w*|spill\w*|spilt|splash\w*|blister\w*)/i
const ALIGHT = /\b(?:flames?|flaming|alight|ablaze|blaze|on fire|smoke|smoking|fire)\b/i
const TICK_PART = /\b(?:head|mouth|mouthparts|bit|part|bits)\b/i
const PREGNANT = /\b(?:pregnant|pregnancy|expecting|weeks gone|months gone|baby bump)\b/i
const HEAD_WORSE = /\b(?:sleepy|drowsy|dozy|been sick|being sick|vomit\w*|throwing up|same (?:thing|question)|over and over|repeating|confused)\b/i
const BLEEDING_NOW = /\b(?:pouring|spurting|pumping|gushing|soaked|won't stop|will not stop)\b/i
const PREGNANCY_SIGNS = /\b(?:bleed\w*|blood|belly|tummy|stomach|cramp\w*|pains?)\b/i
const WOUND_CAUSE = /\b(?:cut|cuts|knife|blade|glass|saw|grinder|gash\w*|stab\w*|arm|hand|leg|head|finger|face|nose)\b/i
const STUCK_ON_SKIN = /\b(?:tar|bitumen|pitch|asphalt|wax|plastic|molten|melted|stuck (?:on|to) (?:him|her|them|his|her|my|me|the skin|skin))\b/i
const PULLED_IN = /\b(?:caught|pulled|dragged|sucked|trapped|stuck|drawn) (?:in|into|between|under|inside)\b|\b(?:pinned|crushed|squashed)\b/i
const NO_EXTRACTION = /\b(?:extract\w*|extraction|vent\w*|flue)\b.{0,30}\b(?:broken|broke|off|dead|bust|packed|blocked|not working)\b|\bcharcoal\b|\b(?:generator|heater|stove|grill|engine|burner)\b.{0,30}\b(?:running|going|on) (?:all|inside|indoors|in there)\b/i
const CHEMICAL_NAMED = /\b(?:acid|caustic|chemical\w*|bleach|alkali|lime|cement|solvent|cleaner|spray\w*|splash\w*|splashed)\b/i
const FIT_SIGNS = /\b(?:blue|bluish|grey|gray|dusky|froth\w*|foam\w*|dribbl\w*|drool\w*|spit)\b/i
const FEW_BREATHS = /\b(?:every so often|now and (?:then|again)|every now|odd breath|the odd|hardly breathing|barely breathing|(?:really|very|ever so|so) slow|(?:one|two|three|four|five|six|[1-6])(?: or (?:two|three|four|five|six|seven|[2-7]))? (?:times?|breaths?) (?:in |a |per )?(?:one )?min(?:ute)?)\b/i
// What shuts a caller in: without any of it, "I'm stuck, my leg's twisted under me" is the fall.
const SHUT_IN = /\b(?:door|doors|locked|lock|shut|inside|room|building|freezer|fridge|chiller|cold ?store|cold ?room|walk-?in|lift|elevator|container|tank|vessel|silo|hatch|cab|cabin|car|van|truck|vehicle|trench|hole|pit|shaft|rubble|debris|(?:stuck|trapped|pinned) (?:under|beneath)|fire|smoke|flames?|water|mud|window|exit|out of)\b/i
const MACHINE_WORDS = /\b(?:machine|roller|rollers|press|belt|conveyor|gears?|door|lift|hatch|railings?|gate)\b/i
const ALLERGEN_NAMED = /\b(allerg\w*|nuts?|peanuts?|sting|stung|bee|wasp|hornet|shellfish|mussels?|prawns?|seafood|hives|pen|epipen)\b/i
const TIGHT_CHEST = /\b(tight|tightness|tightening)\b/i
const HEAD_SIGNS = /\b(dopey|drifting|headaches?|head (?:is )?(?:pounding|thumping|splitting|banging)|confused|fairies|not making (?:any )?sense|rubbish|nonsense|gibberish|asking|repeating|sick|vomit\w*|throwing up|thr(?:own|ew) up|drunk|eyelids|drooping|brought (?:it|her lunch|his lunch|lunch|up)\w*|drowsy|dozy|sleepy|slurr\w*|hard to keep awake|keep (?:her|him|them) awake)\b/i
const TRAUMA: readonly Hazard[] = ['crush', 'fall', 'vehicle_strike', 'injury', 'head_injury', 'fracture', 'open_fracture', 'embedded_object', 'injury_bleeding', 'trapped', 'electric_shock', 'explosion', 'structural_collapse']
// A racing or pounding heart, with nothing of chest pain: what a panic attack feels like.
const MAN_DOWN = /\b(man|worker|person|guy|someone|somebody|bloke|lad|he|she)( is|'s)? down\b/i
const BAD_AIR: readonly Hazard[] = ['gas_leak', 'carbon_monoxide', 'smoke', 'confined_space']
// Blood in a bleeding call is "leaking" and makes "a puddle": the wound, unless a fluid or a pipe is named.
const BLEEDING: readonly Hazard[] = ['injury_bleeding', 'amputation', 'open_fracture', 'embedded_object']
const PLANT_FLUID = /\b(water|oil|steam|pipe|pipes|fuel|diesel|petrol|hydraulic|coolant|gas|chemical|acid|tank|valve|drum|roof|tap)\b/i
// "He's diabetic" said of someone with chest pain or a stroke is history, not a hypo.
const HYPO_SIGNS = /\b(hypo\w*|sugar|sugars|glucose|insulin|shak\w+|sweat\w*|confused|drowsy|not making sense)\b/i
// A low coming back after sugar: the shakes again. A drooping face or a weak arm is not the sugar.
const HYPO_RELAPSE = /\b(again|come back|coming back|trembl\w*|shak\w+|sweat\w*)\b/i
const ADRENALINE_EFFECTS = /\b(pounding|racing|thumping|hammering|going like|going mad|nineteen to the dozen|ten to the dozen|shaking|shaky|shakes|jittery|trembl\w*|(?:won't|will not|can't|can not) keep still)\b/i
const PEN_USED = /\b(done it|did it|stuck (?:me|my|the|her|his) pen in|pen in|used (?:it|the pen|my pen|her pen|his pen)|jabbed|injected|given (?:it|the pen)|after the (?:pen|jab|injection)|since the (?:pen|jab|injection)|pen (?:is|has) gone in)\b/i
const CHEST_PAIN = /\b(chest pain|pain in (?:my|me|his|her) chest|crushing|tight chest|chest is tight)\b/i
const TIRED_ARMS = /\b(?:my|me) (?:arms?|shoulders|muscles) (?:is |are )?(?:burning|on fire|killing)\b/i
const STROKE_ONLY = /\b(droop\w*|lopsided|sagging|one side|arm|leg|weak)\b/i
const COLD_PLACE = /\b(snow|frost|ice|icy|freezer|cold store|water|river|sea|canal|rain|wind|blizzard|night|outside)\b/i
const WARMING = /\b(hot|warm|heat\w*|fire|radiator)\b/i
const RINSING = /\b(shower|water|hose|rinse|rinsing|rinsed|wash|washing|washed|tap|under|come out|get out)\b/i
const HELD_BY_CURRENT = /\b(stuck to|shaking|jerking|twitching|buzzing|let go)\b/i
// "Fitting solar panels" is the job, not a fit.
const FIT = /\b(fit|fitting(?! (?:the|a|an|some|new|solar|panels?|pipes?|cables?|kitchens?|doors?|windows?|roofs?|boilers?)\b)|seizures?|epilep\w*)\b/i
const DEFIB_SHOCK = /\b(it|defib\w*|aed|machine)\b.{0,20}\bshock(ed|s)?\b/i
const ASTHMA = /\b(asthma\w*|inhalers?|puffers?|relievers?|blue one|wheez\w*)\b/i
const SHOCK_SIGNS = /\b(cold|clammy|damp|pale|white|grey|gray|sweaty|sweating|faint|dizzy|woozy|light ?headed|drowsy|sleepy|dopey|yawn\w*)\b/i
const SWEAT = /\b(sweat\w*|swelter\w*)\b/i
const HEART_ONLY = /\b(arm|jaw|crushing|pain|heart attack)\b/i
const FIRE_WORDS = /\b(fire|flames?|smoke|alight|blaze|ablaze)\b/i
const MOUTH = /\b(tongue|mouth|lips?|cheeks?|gums?|teeth)\b/i
const SWALLOWED_BURN = /\b(mouth|throat|lips|tongue|gullet|swallow\w*)\b/i
const PALPITATIONS = /\bheart\b.*\b(racing|pounding|thumping|hammering|beating (really |so |very )?fast)\b/i
const CARDIAC_SIGNS = /\b(chest|pain|arm|jaw|crushing|tight|collaps\w*|faint\w*|grey|gray|sweat\w*|clammy)\b/i

/**
 * A turn's hazards read against those the call already has: gasping or turning blue in someone
 * found unresponsive is not breathing normally (CPR, ERC 2021), and what an ongoing hazard covers
 * adds nothing ("he can't breathe" during anaphylaxis is not a call for fresh air).
 */
export function inCallContext(turn: readonly Hazard[], ongoing: readonly Hazard[], text: string): Hazard[] {
  let read = [...turn]
  const unresponsive = ongoing.includes('unconscious') || turn.includes('unconscious')
  // Snoring or gurgling is breathing through a blocked airway (blue lips or not): the side, not CPR.
  // Gasping is not, whatever it sounds like (ERC 2021: agonal gasps can sound like snoring).
  if (unresponsive && AGONAL.test(text) && !COMING_ROUND.test(text) && !(NOISY_BREATHING.test(text) && !GASPING.test(text))) read = leadingWith(read, 'not_breathing', 'breathing_difficulty')
  // Dizzy or sick in a gas leak or smoke is the gas or the smoke: fresh air, not "sit comfortably".
  if (read.includes('medical') && [...read, ...ongoing].some((h) => h === 'gas_leak' || h === 'smoke')) read = readAs(read, 'medical', 'breathing_difficulty')
  // A swelling face or lips, or an allergen, with breathing trouble: anaphylaxis, not an inhaler.
  if (read.includes('breathing_difficulty') && (ALLERGIC.test(text) || ongoing.includes('anaphylaxis'))) read = readAs(read, 'breathing_difficulty', 'anaphylaxis')
  // Whether a sting is this turn's or the call's; nothing below takes either back.
  const atSea = turn.includes('marine_sting') || ongoing.includes('marine_sting')
  const stung = turn.includes('sting') || ongoing.includes('sting')
  // After the sea's sting, hot water is the treatment and "like a red hot needle" the pain: no burn
  // unless something scalded them.
  if (atSea && read.includes('burn') && !SCALDED.test(text)) read = without(read, 'burn')
  // "Still burning like mad" after a sting is the pain: a fire is one only when something is alight.
  if ((atSea || stung) && read.includes('fire') && !ALIGHT.test(text)) read = without(read, 'fire')
  // "The saw kicked back, it's gone into my thigh": the chain cut and came out; nothing is left in to press around.
  if (read.includes('embedded_object') && POWER_CUTTER.test(text) && KICKED.test(text) && !LEFT_IN.test(text)) read = readAs(read, 'embedded_object', 'injury_bleeding')
  // Tentacles "stuck" on an arm or "wrapped" round a leg hold no one; out of the water is no cold unless they are cold.
  if (atSea && !MACHINE_WORDS.test(text)) read = without(read, 'trapped', 'crush')
  if (atSea && read.includes('hypothermia') && !FEELING_COLD.test(text)) read = without(read, 'hypothermia')
  // After a sting, a face, lips or tongue swelling, or a wheeze, is the reaction starting: the pen, not the ice.
  const reacting = ((atSea || stung) && STING_REACTION.test(text)) || (stung && INSECT_STING_REACTION.test(text))
  if (reacting && !NOT_SWELLING.test(text)) read = leadingWith(read, 'anaphylaxis', 'breathing_difficulty', 'medical', 'sting')
  // Clawing at the neck with the lips swelling is the airway closing from an allergy: adrenaline, not back blows.
  if (read.includes('choking') && (SWELLING.test(text) || ongoing.includes('anaphylaxis'))) read = readAs(read, 'choking', 'anaphylaxis')
  // Someone not breathing is unresponsive too: once they breathe again ("he's breathing now, bringing up water"),
  // they stay unconscious until they come round, and get the recovery position.
  if (read.includes('not_breathing') && !read.includes('unconscious') && !COMING_ROUND.test(text)) read = [...read, 'unconscious']
  // A choking casualty who goes limp gets CPR at once, not a breathing check (ERC 2021).
  // Kept unconscious beside it: "she's breathing again" then leaves someone to keep on their side.
  if (read.includes('unconscious') && ongoing.includes('choking') && !COMING_ROUND.test(text)) read = [...new Set(['not_breathing' as const, ...read])]
  // Someone down where the air is bad was most likely dropped by it: the rescuer must not stay
  // with them in it ("man down in the gas plant room").
  if (read.includes('injury') && MAN_DOWN.test(text) && [...read, ...ongoing].some((h) => BAD_AIR.includes(h))) read = readAs(read, 'injury', 'unconscious')
  // Cold, clammy and drowsy while bleeding is shock, which the bleed's own lines treat (lying flat
  // and warm): not a head to raise, nor someone taken ill to sit comfortably.
  if (read.includes('medical') && ongoing.some((h) => BLEEDING.includes(h)) && !ongoing.includes('head_injury') && SHOCK_SIGNS.test(text)) read = without(read, 'medical')
  // Sleepy, sick and asking the same thing over and over after a blow is the head getting worse, not shock (review 53).
  if (ongoing.includes('head_injury') && HEAD_WORSE.test(text) && !BLEEDING_NOW.test(text)) read = leadingWith(without(read, 'medical', 'injury_bleeding'), 'head_injury')
  // A headache, confusion, being sick or drowsy after a blow or a fall is the head injury's warning sign (NICE CG176).
  if (read.includes('medical') && HEAD_SIGNS.test(text) && ongoing.some((h) => TRAUMA.includes(h))) read = readAs(read, 'medical', 'head_injury')
  // "My heart is racing" during a panic attack is the panic: chest pain, collapse or sweating is not.
  if (read.includes('cardiac') && ongoing.includes('panic_attack') && PALPITATIONS.test(text) && !CARDIAC_SIGNS.test(text)) read = without(read, 'cardiac')
  // Sweating buckets with the heart racing in the heat is the heat (exhaustion): chest pain is not.
  if (read.includes('cardiac') && [...read, ...ongoing].includes('heat_illness') && SWEAT.test(text) && !CHEST_PAIN.test(text) && !HEART_ONLY.test(text)) read = without(read, 'cardiac')
  // A bitten tongue or cheek in a fit bleeds from the mouth: nothing is pressed in there (ERC 2021).
  if (read.includes('injury_bleeding') && [...read, ...ongoing].includes('seizure') && MOUTH.test(text)) read = without(read, 'injury_bleeding')
  // "Her breathing's ever so slow and there's no pulse at her wrist": breathing said is breathing,
  // whatever a pulse check found (ERC 2021: lay rescuers judge by breathing, not the pulse).
  if (read.includes('not_breathing') && BREATHING_SLOW.test(text) && !BREATHING_STOPPED.test(text)) read = without(read, 'not_breathing')
  // "The head's still stuck in there" about a tick is its mouthparts, "it's stuck on his head" the
  // tick itself: not someone caught in a machine.
  if ((ongoing.includes('tick_bite') || read.includes('tick_bite')) && (TICK_PART.test(text) || /\bstuck\b/i.test(text)) && !MACHINE_WORDS.test(text)) read = without(read, 'crush', 'trapped')
  // "I'm stuck, gone down the bank, my leg's twisted, can't get up": the fall holds them, nothing
  // shuts them in; a cold store's release handle and "keep moving" would be wrong (review 50).
  if (read.includes('caller_trapped') && [...read, ...ongoing].includes('fall') && !SHUT_IN.test(text)) read = without(read, 'caller_trapped')
  // Bleeding "down there" or belly pain said beside a pregnancy is the pregnancy's, not a wound to press (review 52).
  if (PREGNANT.test(text) && !WOUND_CAUSE.test(text)) {
    read = readAs(read, 'injury_bleeding', 'pregnancy_bleeding')
    if (PREGNANCY_SIGNS.test(text)) read = readAs(read, 'medical', 'pregnancy_bleeding')
  }
  // Hot tar or bitumen "stuck on him" is the burn to cool, not someone pinned (review 54).
  if ((read.includes('burn') || ongoing.includes('burn')) && STUCK_ON_SKIN.test(text)) read = without(read, 'trapped', 'crush')
  // A throat swelling after steam, smoke or flames is the airway burn (review 55): no allergy's pen.
  if (read.includes('anaphylaxis') && [...read, ...ongoing].some((h) => h === 'burn' || h === 'fire' || h === 'smoke') && !ALLERGEN_NAMED.test(text)) read = readAs(read, 'anaphylaxis', 'breathing_difficulty')
  // "The disc caught my arm" off a grinder is the cut, not a limb pulled into a machine.
  if (read.includes('crush') && POWER_CUTTER.test(text) && [...read, ...ongoing].includes('injury_bleeding') && !PULLED_IN.test(text)) read = without(read, 'crush')
  // Someone collapsed or taken ill, then a grill, stove or engine burning with the extraction
  // broken: carbon monoxide, read on the turn that says so (review 56).
  if (!read.includes('carbon_monoxide') && ongoing.some((h) => h === 'unconscious' || h === 'medical') && NO_EXTRACTION.test(text)) read = [...read, 'carbon_monoxide']
  // "Should I wash it out with the eyewash?" about metal stuck in an eye is the eye, not a chemical.
  if (read.includes('chemical_exposure') && [...read, ...ongoing].some((h) => h === 'eye_injury' || h === 'embedded_object') && !CHEMICAL_NAMED.test(text)) read = without(read, 'chemical_exposure')
  // Slurred words after a blow to the head are the head's danger sign, not a stroke, unless a face or arm says so.
  if (read.includes('stroke') && ongoing.some((h) => TRAUMA.includes(h) || h === 'head_injury') && !STROKE_ONLY.test(text)) read = readAs(read, 'stroke', 'head_injury')
  // Dropped and shaking all over: the fit's lines (no breathing check or CPR while it shakes); once
  // it stops, the seizure entry rolls them onto their side and checks (review 58).
  if (read.includes('seizure') && read.includes('unconscious') && !read.includes('not_breathing') && !ongoing.includes('seizure')) read = without(read, 'unconscious')
  // Blue lips and froth while fitting come with the fit: the head cushioned, not fresh air and sitting up (review 51).
  if (read.includes('breathing_difficulty') && (read.includes('seizure') || ongoing.includes('seizure')) && FIT_SIGNS.test(text) && !BREATHING_STOPPED.test(text)) read = without(read, 'breathing_difficulty')
  // Breaths that come only now and then after drugs are not normal breathing: CPR, with the naloxone (ERC 2021).
  if ((read.includes('overdose') || ongoing.includes('overdose')) && FEW_BREATHS.test(text) && !COMING_ROUND.test(text)) read = leadingWith(read, 'not_breathing', 'breathing_difficulty')
  // Tingling lips, drooling and sweating after a snake or funnel-web bite are the venom, not an allergy.
  if (read.includes('anaphylaxis') && [...read, ...ongoing].includes('snake_bite') && !ALLERGEN_NAMED.test(text)) read = without(read, 'anaphylaxis')
  // Tingling lips, faint and cold while bleeding is the blood loss, not an allergy.
  if (read.includes('anaphylaxis') && ongoing.some((h) => BLEEDING.includes(h)) && !ALLERGEN_NAMED.test(text)) read = without(read, 'anaphylaxis')
  // A face puffed up with tiny red dots after a crush is the crush (traumatic asphyxia), not an allergy.
  if (read.includes('anaphylaxis') && ongoing.includes('crush') && !ALLERGEN_NAMED.test(text)) read = readAs(read, 'anaphylaxis', 'breathing_difficulty')
  // A tight chest in a gas, smoke or fumes is the air they breathed, not the heart, unless it is pain.
  if (read.includes('cardiac') && [...read, ...ongoing].some((h) => BAD_AIR.includes(h)) && TIGHT_CHEST.test(text) && !CHEST_PAIN.test(text)) read = readAs(read, 'cardiac', 'breathing_difficulty')
  // A slow pulse or clamminess after a fall onto the neck or back is the injury (spinal shock),
  // not a heart attack to sit up for: without chest pain they stay flat and still. After an
  // electric shock a heart that skips is the shock's own danger, whatever else happened.
  if (read.includes('cardiac') && !ongoing.includes('electric_shock') && ongoing.some((h) => h === 'fall' || h === 'vehicle_strike' || h === 'head_injury' || h === 'crush' || h === 'injury_bleeding' || h === 'amputation' || h === 'open_fracture') && !CHEST_PAIN.test(text) && !HEART_ONLY.test(text)) read = without(read, 'cardiac')
  // A cord, strap or hood caught in a machine and pulling at the neck is an entanglement to stop
  // or cut free, not food to hit out with back blows.
  if (read.includes('choking') && ENTANGLED.test(text)) read = readAs(read, 'choking', 'crush')
  // "Held to it, shaking" beside a light, socket or cable is the current, not someone pinned.
  if (read.includes('trapped') && HELD_BY_CURRENT.test(text) && LIVE_THING.test(text) && !read.includes('crush')) read = readAs(read, 'trapped', 'electric_shock')
  // Breathing "through a puddle" in someone unresponsive is the airway, not a leak on the floor.
  if (read.includes('leak') && [...read, ...ongoing].some((h) => h === 'unconscious' || h === 'not_breathing') && BREATH_WORD.test(text)) read = without(read, 'leak')
  // Blood and fluid from a pierced eye is the eye: nothing pressed on it.
  if (read.includes('injury_bleeding') && [...read, ...ongoing].includes('eye_injury') && EYE_FLUID.test(text)) read = without(read, 'injury_bleeding')
  // A tight chest in an allergic reaction is the reaction: the second pen, never a heart attack's aspirin.
  if (read.includes('cardiac') && [...read, ...ongoing].includes('anaphylaxis') && !HEART_ONLY.test(text)) read = without(read, 'cardiac')
  // After chest pain, someone unresponsive making a rasping, snoring or gurgling noise is in
  // cardiac arrest until shown otherwise (ERC 2021: agonal breathing).
  if (unresponsive && ongoing.includes('cardiac') && AGONAL_NOISE.test(text)) read = [...new Set(['not_breathing' as const, ...read])]
  // "Just big gasps now" after chest pain is the heart stopped, said or not that they went down.
  if (ongoing.includes('cardiac') && ONLY_GASPS.test(text)) read = leadingWith(read, 'not_breathing', 'medical', 'breathing_difficulty')
  // A tight chest in an asthma attack is the attack: the reliever, not a heart attack's aspirin.
  if (read.includes('cardiac') && ASTHMA.test(text) && !HEART_ONLY.test(text)) read = readAs(read, 'cardiac', 'breathing_difficulty')
  // "A puddle on the floor", "still leaking" in a bleeding call: the wound.
  if (read.includes('leak') && ongoing.some((h) => BLEEDING.includes(h)) && !PLANT_FLUID.test(text)) read = readAs(read, 'leak', 'injury_bleeding')
  // A mouth or throat burning after a swallowed chemical is the chemical: no cooling under a tap,
  // and no fire to flee unless one is named.
  if (ongoing.includes('swallowed_chemical') && SWALLOWED_BURN.test(text)) read = FIRE_WORDS.test(text) ? without(read, 'burn') : without(read, 'burn', 'fire')
  // "An ice cold drink" for heat stroke, "hot water on his frozen hands": the other one's remedy, asked about.
  if (read.includes('hypothermia') && ongoing.includes('heat_illness') && !read.includes('heat_illness')) read = without(read, 'hypothermia')
  if (read.includes('burn') && ongoing.includes('hypothermia') && WARMING.test(text)) read = without(read, 'burn')
  // Shivering and pale while bleeding is shock: the wound's "keep them warm", not a cold to treat.
  if (read.includes('hypothermia') && ongoing.some((h) => BLEEDING.includes(h)) && !COLD_PLACE.test(text)) read = without(read, 'hypothermia')
  // Shivering after a burn was cooled is the cooling, not cold weather, unless the caller says they are out in it.
  if (read.includes('hypothermia') && ongoing.includes('burn') && !read.includes('burn') && !COLD_PLACE.test(text)) read = without(read, 'hypothermia')
  // Cold under the safety shower is the rinse going on, not hypothermia to warm up from.
  if (read.includes('hypothermia') && ongoing.some((h) => h === 'chemical_exposure' || h === 'chemical_spill' || h === 'burn') && RINSING.test(text)) read = without(read, 'hypothermia')
  // Jerking beside a cable or wire is the current until shown otherwise: a fit's "cushion their
  // head" would put the rescuer's hands on a live casualty.
  if (read.includes('seizure') && !read.includes('electric_shock') && LIVE_THING.test(text) && !FIT.test(text)) read = readAs(read, 'seizure', 'electric_shock')
  // Held by the current ("stuck to it, shaking all over"): no fit to cushion, no trap to free.
  if (read.includes('electric_shock') && HELD_BY_CURRENT.test(text) && !FIT.test(text)) read = without(read, 'seizure', 'trapped')
  // "It's shocked him" during CPR is the defibrillator, not a second electrocution.
  if (read.includes('electric_shock') && ongoing.includes('not_breathing') && !ongoing.includes('electric_shock') && DEFIB_SHOCK.test(text)) read = without(read, 'electric_shock')
  // Muddled words as the shakes come back, in a diabetic already treated: the low again, and more sugar.
  if (read.includes('stroke') && ongoing.includes('low_blood_sugar') && HYPO_RELAPSE.test(text) && !STROKE_ONLY.test(text)) read = readAs(read, 'stroke', 'low_blood_sugar')
  // A pounding heart and the shakes just after the pen are the adrenaline working, not a heart attack or a fit.
  if (ongoing.includes('anaphylaxis') && ADRENALINE_EFFECTS.test(text) && PEN_USED.test(text) && !CHEST_PAIN.test(text)) read = without(read, 'cardiac', 'seizure')
  // Arms or shoulders burning during CPR are the rescuer's tired muscles, not a burn.
  if (read.includes('burn') && ongoing.includes('not_breathing') && TIRED_ARMS.test(text)) read = without(read, 'burn')
  // A stroke stops sugar by mouth whatever the sugar is doing (the swallow may be gone).
  if (read.includes('low_blood_sugar') && ([...read, ...ongoing].includes('stroke') || (ongoing.includes('cardiac') && !HYPO_SIGNS.test(text)))) read = without(read, 'low_blood_sugar')
  return read.filter((h) => !isSubsumed(h, ongoing))
}

/** The turn's reading with one hazard read as another (once, where it stood). */
function readAs(read: readonly Hazard[], from: Hazard, to: Hazard): Hazard[] {
  return [...new Set(read.map((h) => (h === from ? to : h)))]
}

/** The turn's reading without these hazards. */
function without(read: readonly Hazard[], ...dropped: Hazard[]): Hazard[] {
  return read.filter((h) => !dropped.includes(h))
}

/** The turn's reading as `first` before all else, without what it replaces. */
function leadingWith(read: readonly Hazard[], first: Hazard, ...replaced: Hazard[]): Hazard[] {
  return [...new Set([first, ...without(read, ...replaced)])]
}
