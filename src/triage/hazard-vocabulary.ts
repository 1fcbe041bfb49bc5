import type { Hazard } from './hazards.js'
import type { KnownUrgency } from './urgency.js'

/*
 * What workers actually say, as data. Phrases use the pattern language of phrase-matcher.ts and
 * match the token stream of normalize-speech.ts (lower case, contractions expanded: "isn't" is
 * "is not", "can't" is "can not", "he's" is "he is").
 *
 * A longer phrase hides any shorter one inside it, which is how "fire alarm", "fire extinguisher"
 * and "roof collapsed" stop meaning fire or a collapsed person. Hazard phrases are negated by a
 * nearby "no", "not", "never"... ("no fire", "isn't bleeding") unless the phrase carries its own
 * negation (negationProof: "not breathing" is the emergency, not its absence).
 *
 * Some words mean a hazard only when nothing else explains them (explainedBy): "it's burning"
 * after "caustic in my eyes" is the chemical burning, not a fire. Only the loose readings are
 * explained away; "the drum is burning" and "flames" stay a fire whatever else is said. A place
 * named for what it holds means its hazard only beside another one (onlyBeside): "we're at the gas
 * compound" is where the caller stands, "fire at the gas compound" is a fire among gas cylinders.
 *
 * Most turns after the first are updates ("it's spreading", "the ambulance is here", "I hit the
 * emergency stop"): a hazard read into one of them is a false hazard on the call and a wrong
 * instruction to the caller, while a turn naming none carries the call's hazards forward.
 */

/** Meanings that are not hazards but change the assessment. */
export type Signal =
  | 'neutral' // recognised and meaningless here: only hides shorter phrases ("fire extinguisher")
  | 'distress' // an emergency of unknown kind ("help!", "hurry")
  | 'people_at_risk' // people near a hazard to the place ("guys still working in there")
  | 'no_casualties' // "everyone is out", "all accounted for"
  | 'procedure' // asks how something is done ("can I use...", "what do I do if..."): see procedure-question.ts
  | 'ongoing' // something is happening now ("there's", "I can smell", "right now")
  | 'help_arrived' // responders are with the caller ("the paramedics are here", "they've taken over")
  | 'hanging_up' // the caller asks to end the call, or must ("can I hang up?", "I have to go")
  | 'line_check' // the caller checks someone is there ("can you hear me?", "is this the emergency line?")
  | 'help_awaited' // responders are not with the caller after all ("they're not here yet")
  | 'help_lost' // responders are on site but cannot find the caller ("they're at the wrong gate")
  | 'help_lost_beside_arrival' // "the wrong gate": help_lost when an arrival is said with it
  | 'missing' // someone is missing ("Dave's unaccounted for"): distress with a reply of its own
  | 'found' // the one missing is found ("we found him", "Dave turned up")
  | 'not_started' // the first step has not been taken ("no one is doing CPR", "I don't know CPR")
  | 'defib_here' // the defibrillator has arrived: switched on at once, pads on while CPR goes on

export interface VocabularyRule {
  readonly hazards?: readonly Hazard[]
  readonly signal?: Signal
  /** Overrides the hazards' default urgency for these phrases ("bleeding badly" is CRITICAL). */
  readonly urgency?: KnownUrgency
  readonly negationProof?: boolean
  /** Dropped when one of these hazards comes from another phrase of the same turn. */
  readonly explainedBy?: readonly Hazard[]
  /**
   * Kept only when another phrase of the same turn names a hazard: a place named for what it
   * holds ("the gas compound") is where the caller stands until something happens there.
   */
  readonly onlyBeside?: boolean
  /**
   * Kept only when one of these hazards comes from another phrase of the same turn: "a generator
   * running in the basement" is carbon monoxide beside someone sick, dizzy or collapsed, and only
   * a generator otherwise.
   */
  readonly besides?: readonly Hazard[]
  /** Hazards these words say are over ("I got out", "we got him down"): ruled out, as a negation would. */
  readonly rulesOut?: readonly Hazard[]
  readonly phrases: readonly string[]
}

export const MACROS = {
  person: 'he|she|someone|somebody|guy|man|woman|worker|colleague|coworker|buddy|mate|operator|driver|contractor|welder|electrician|fitter|lad|kid|boss|supervisor|friend|partner|they|him|her|i|we',
  vessel: 'tank|silo|vessel|pit|manhole|sump|sewer|hopper|vault|trench|culvert|shaft|bin|duct|boiler|kiln|well|container|tanker|cistern|chamber|reactor|vat|digester|scrubber|crawlspace|fermenter|fermenters|tun|kier|bunker|washback|washbacks|kieve|cesspit|cesspits|cesspool|interceptor|interceptors|separator|hold|holds',
  // What people wear that can catch, where the older clothes-on-fire phrases list fewer.
  garment: 'dupatta|sari|saree|shawl|scarf|veil|hijab|headscarf|turban|kilt|skirt|dress|gown|robe|tunic|cloak|apron|costume|tutu|sleeve|sleeves|hair|beard|shirt|blouse|jumper|cardigan|fleece|hoodie|overalls|jacket|coat|trousers|jeans|leggings|tabard|smock|lehenga|kurta|abaya|poncho|wig|tinsel|onesie|onesies|pyjamas|nightie|hat',
  // Hand tools that cut and are pulled back out, unlike a stake or a spike that stays in.
  blade: 'knife|knives|blade|chisel|billhook|stanley|scalpel|machete|cleaver|axe|hatchet|sickle|scythe|scissors|shears|secateurs|razor|cutter|bradawl',
  // Body parts only, no clothing: "through his glove" is not through his hand.
  flesh: 'arm|arms|hand|hands|leg|legs|foot|feet|finger|fingers|thumb|thumbs|toe|toes|head|face|hip|thigh|shin|calf|knee|knees|shoulder|shoulders|back|neck|chest|stomach|belly|wrist|wrists|ankle|ankles|palm|palms|ear|ears|cheek|skull|side|buttock|bum|groin|abdomen|leg|elbow|forearm|jaw|lip',
  body: 'arm|arms|forearm|forearms|elbow|elbows|hand|hands|leg|legs|foot|feet|finger|fingers|thumb|toe|toes|head|face|eye|eyes|hair|sleeve|glove|clothes|clothing|shirt|jacket|back|neck|chest|skin|wrist|wrists|ankle|ankles|knee|knees|shoulder|shoulders|eyelid|eyelids|lip|lips|mouth|nose|ear|ears|cheek|forehead|palm|palms|thigh|shin|stomach|belly|hip|body',
  // What a vessel holds or is for: "the grain bin", "the septic tank", "a slurry pit".
  vesselkind: 'grain|septic|storage|water|oil|fuel|slurry|mixing|holding|settling|sewage|underground|chemical|ballast|cargo|feed|process|mash|brew|fermentation|fermenting|wine|milk|dye|paint|waste|sludge|cement|flour|sugar|coal|sand|ash|pressure|buffer|day|dip|spray|cooling|hot|cold|big|small|empty|old|new|wet|dry|digester|compost|anaerobic|mushroom|effluent|silage|valve|meter|pump|access|drainage|cable|pumping',
  machine: 'machine|machinery|press|conveyor|roller|rollers|belt|auger|mixer|shredder|lathe|gear|gears|chain|drill|grinder|pulley|rotor|blade|blades|guillotine|baler|compactor|crusher|winch|robot|chipper|extruder|spindle',
  structure: 'roof|ceiling|racking|rack|racks|shelving|shelves|shelf|scaffold|scaffolding|wall|walls|floor|trench|stack|pallets|mezzanine|stairs|staircase|beam|platform|building|structure|tower|silo|chimney|ground',
  // "Me chest", "me leg": the possessive in much of Britain and Ireland.
  poss: 'his|her|my|me|their|your|the|a|its|one',
  // What is heavy enough to crush when it comes down on someone (beside @structure and @thing).
  heavy: 'beam|beams|load|loads|pipe|pipes|box|boxes|crate|crates|steel|bar|bars|sheet|sheets|block|blocks|coil|coils|reel|reels',
  // Help on its way or on site: "the ambulance is here", "help has arrived", "paramedics are with him".
  responder: 'ambulance|ambulances|paramedic|paramedics|medic|medics|doctor|doctors|nurse|nurses|help|police|cops|security|firefighters|firemen|fireman|brigade|services|responders|rescuers|aider|aiders|crew|crews|team|teams|engineer|engineers',
  // What tips over without anyone falling: "the drum fell over".
  object: 'drum|drums|barrel|barrels|sign|signs|box|boxes|bottle|bottles|bucket|buckets|bag|bags|tool|tools|cone|cones|tote|totes|ibc|can|cans|jar|jars|bin|bins|container|containers|cylinder|cylinders|pallet|pallets',
  // Who comes to help, by the last word of their name ("the ambulance crew", "site security"): the
  // arrivals that hand a call over. Narrower than @responder: "my team is here" is workmates.
  // Not security, police or "the crew": they may come to open a gate or be the caller's workmates.
  rescuer: 'paramedic|paramedics|ambulance|ambulances|medic|medics|firefighter|firefighters|fireman|firemen|rescuers|responders|doctor|doctors|nurse|brigade|services|aider|aiders|emt|emts|ems|ambo|ambos',
  vehicle: 'forklift|truck|lorry|artic|hgv|vehicle|car|cars|motor|van|vans|lorries|trucks|forklifts|loader|reach|tractor|crane|excavator|digger|bulldozer|train|cart|buggy|dumper|telehandler|trailer|bus|pickup|tug|bobcat|trains|wagon|wagons|locomotive|loco|tram|railcar|railcars|carriage|carriages',
  // Rail vehicles, also in @vehicle (macros do not nest).
  rail: 'train|trains|wagon|wagons|locomotive|loco|tram|railcar|railcars|carriage|carriages',
  chem: 'acid|acids|caustic|chemical|chemicals|bleach|lye|solvent|solvents|alkali|ammonia|chlorine|corrosive|hydroxide|sulfuric|sulphuric|hydrochloric|nitric|hydrofluoric|peroxide|degreaser|cleaner|thinners|resin|epoxy|cement|concrete|lime|diesel|petrol|fuel|disinfectant',
  // What burns skin by itself: "acid burned his hand" is a chemical burn, "fuel burned him" may be a fire.
  corrosive: 'acid|caustic|alkali|lye|bleach|cement|lime|hydroxide|corrosive|chemical|chemicals|ammonia|chlorine|hydrofluoric|nitric|sulphuric|sulfuric|hydrochloric|peroxide',
  // What burns fuel and gives off carbon monoxide where the air cannot clear it.
  fuelburner: 'generator|generators|genny|gennies|saw|saws|cutter|cutters|pump|pumps|compressor|compressors|jetwash|washer|washers|jetwasher|jetwashers|mower|mowers|strimmer|strimmers|chainsaw|chainsaws|wacker|wackers|rammer|rammers|heater|heaters|brazier|braziers|bbq|barbecue|barbeque|furnace|furnaces|stove|stoves|boiler|boilers|burner|burners|resurfacer|resurfacers|coals|charcoal|shisha|shishas|hookah|sander|sanders|polisher|polishers|breaker|breakers|scabbler|scabblers|scrubber|scrubbers|burnisher|burnishers',
  // Enclosed places an engine's exhaust fills: "the forklift's been running in the container".
  enclosed: 'basement|cellar|container|garage|shed|tent|cabin|room|tunnel|workshop|warehouse|building|unit|hold|trailer|office|kitchen|store|storeroom|loft|bay|hut|portakabin|van|hangar|hangars|barn|byre|stable|boathouse',
  // Limbs and bones that break and are supported as found: not the head, neck or back (keep still), ribs or nose.
  limb: 'arm|arms|leg|legs|wrist|wrists|ankle|ankles|hand|hands|foot|feet|finger|fingers|thumb|thumbs|toe|toes|collarbone|collarbones|shoulder|shoulders|elbow|elbows|forearm|forearms|shin|shins|knee|knees|kneecap|hip|thigh|femur|jaw|bone|bones|heel',
  thing: 'drum|drums|barrel|barrels|pallet|pallets|bin|bins|skip|rubbish|waste|wood|paper|cardboard|plastic|tyres|tires|oil|grease|store|shed|house|warehouse|workshop|office|panel|motor|engine|cable|cables|wire|wires|wiring|insulation|bales|straw|hay|grass|tree|trees|field',
} as const

// CPR still to start: "no one is doing CPR", "I don't know how to do CPR".
const CPR_NOT_STARTED = [
  'no one [is|has] doing|started|giving cpr|compressions', 'nobody [here|else] [is|has] doing|started|giving|knows cpr|compressions',
  'not doing|started|giving|begun cpr|compressions', 'do|does not know [how] [to] [do] cpr', 'can not do cpr', 'not trained in|for cpr',
]

// What "dead" means "very" before ("dead cold" is in the cold tables: it is cold, not a death).
const INTENSIFIED = 'woozy|groggy|faint|weak|numb|tired|heavy|hot|quick|fast|slow|pale|white|grey|gray|weird|funny|bad|sore|stiff|dizzy|sick|serious|worried|scared|nervous|quiet|loud|easy|hard|busy|lucky|wet|sweaty|clammy|sleepy|drowsy|confused|good|nice|thirsty|parched|hungry|keen|dry|sound'
// Where the bins are kept: a place the caller stands, not a bin they are inside.
const BIN_PLACE = 'bin|bins store|stores|area|areas|shed|room|yard|compound'

export const VOCABULARY: readonly VocabularyRule[] = [
  // --- fire, smoke, explosion ------------------------------------------------------------------
  { hazards: ['high_voltage'], phrases: ['digger|excavator|drill|breaker|jcb ~ through|hit|cut|struck|into ~ cable|cables', 'cable strike', 'hit|cut|struck|severed ~ a|the|an ~ cable|cables ~ digging|excavating|trenching|breaking|drilling|trench|dig', 'hit|cut|struck|severed ~ underground|buried|power|hv|11kv ~ cable|cables', 'hit|cut|struck|through|into ~ cable|cables ~ with ~ digger|excavator|drill|breaker|jcb|jackhammer|kango|spade|shovel|bar'] },
  { hazards: ['chemical_exposure'], phrases: ['powder|dust|lime|cement|plaster ~ in|into ~ eye|eyes|face'] },
  // Quicklime down a man's wellies, his shins burning (review 118): lime on skin, not a fire.
  { hazards: ['chemical_exposure'], phrases: ['quicklime', 'powder|dust|lime|cement ~ down|inside|in|into ~ @poss|the ~ wellies|boots|boot|gloves|glove|sleeve|sleeves'] },
  // Glasswasher stuff splashed up in a barmaid's eye, line-cleaning foam that bites (review 118): a chemical on someone.
  { hazards: ['chemical_exposure'], phrases: ['splash*|squirt*|spray*|glugged ~ in|into ~ eye|eyes', 'foam|chemical|chemicals|fluid|liquid|stuff for cleaning', 'cleaning foam'] },
  // "The acid tank has burst, three got splashed, one in the face" (review 70): people splashed, not a leak.
  { hazards: ['chemical_exposure'], phrases: ['acid|caustic|alkali|chemical|bleach|solvent ~ tank|vat|drum|bath|line|pipe ~ burst|split|exploded|ruptured|blew ~ splashed|splash|sprayed', 'splashed|sprayed ~ in|into ~ face|eyes|eye', 'got|been|were|was splashed'], besides: ['chemical_spill', 'leak'] },
  // Soaked into clothes or boots, on the person: the skin needs water, not the floor a cordon.
  { hazards: ['chemical_exposure'], phrases: ['@chem|caustic|acid|bleach ~ soaked|gone|run|ran|splashed|spilt|spilled|poured ~ into|down|over|through|in ~ @poss|his|her ~ trousers|boots|boot|clothes|overalls|sleeve|glove|gloves|legs|leg|arm|arms|skin|jeans|top|shirt', '@chem|caustic|acid|bleach ~ soaked @poss|his|her trousers|boots|clothes|overalls|sleeve|jeans|top|shirt', '@chem|caustic|acid|bleach ~ soaked ~ is trousers|boots|clothes|overalls|sleeve|jeans|top|shirt|legs|leg|arm'] },
  { hazards: ['gas_leak'], phrases: ['smelling salts', 'reeks|stinks|smells|stink|reek|smell ~ like|of ~ ammonia|bleach|chlorine', 'fridge|refrigeration|chiller|freezer|cooling ~ pipe|pipes|line|lines ~ burst|bursted|leaking|split|cracked|gone', 'bleach ~ and|with ~ descaler|acid|ammonia|limescale|toilet|cleaner', 'greeny|green|yellow|yellowy|greenish|yellowish ~ cloud|gas|fumes|smoke|haze', 'rotten egg|eggs', 'bad egg|eggs', 'eggy smell|stink|pong', 'smell|stink|stench|whiff|reek|pong ~ eggs', 'bottle|bottles|cylinder|cylinders|tank ~ hissing|hisses|leaking|venting', 'acetylene|propane|lpg|butane|oxygen|hydrogen ~ leak*|hiss*|venting'] },
  { hazards: ['fire'], phrases: ['@fuelburner|fuel|petrol|diesel|engine|pan|fryer|oil|tank ~ flared|flashed up', 'fire', 'fires', 'on fire', 'flame|flames|flaming|flamed', 'burst into flames', 'blaze', 'ablaze', 'inferno', 'caught fire', 'catch* fire', 'smoulder*', 'smolder*', 'up in flames', 'fireball', 'caught|catch|catching|catches light', 'alight', 'set light to', 'fireworks|rockets ~ going|gone off', 'fireworks|rockets ~ exploding'] },
  // Not a bare "it's spreading": in a spill call that is the spill. Trying to put it out is a fire,
  // and "we tried to put out the fire" must not stand it down.
  { hazards: ['fire'], phrases: [
    'fire|it|that|flames|blaze is out of control|hand', 'fire is spreading', 'tried|trying to put it out', 'can|could not put it out',
    'tried|trying|try to put out the|this|that fire|flames', 'tried|trying|try to put the|this|that fire|flames out',
    'can|could not put out the|this|that fire|flames', 'can|could not put the|this|that fire|flames out', 'can|could not get the|this|that fire|flames out',
  ] },
  { hazards: ['fire'], phrases: ['@structure|@machine|@vessel|@vehicle|@thing ~ burning'] },
  { hazards: ['fire'], explainedBy: ['chemical_exposure', 'chemical_spill', 'swallowed_chemical', 'burn', 'heat_illness', 'eye_injury', 'sting', 'marine_sting', 'spider_bite', 'snake_bite'], phrases: ['burning', 'it|that|this|they|he|she [is|are|was|were|keeps|keep] [still|really|so|badly|all] burning'] },
  // "Can I put the fire out with water?" is still a fire: the stand-down "put the fire out" is hidden.
  { hazards: ['fire'], phrases: ['should|can|shall|could|do|how i|we|you put the|this|that fire|flames out', 'should|can|shall|could|do|how i|we|you put out the|this|that fire|flames'] },
  // Clothes a caller names as they burn: "her dupatta went up", "it's all flames up her back".
  { hazards: ['fire', 'burn'], urgency: 'CRITICAL', phrases: ['@garment ~ gone|went|going up', '@garment [has|have|is|just] caught', '@garment ~ alight|in flames', 'flames|fire ~ up|over|down|across @poss back|arm|arms|leg|legs|front|side|body|chest|clothes', 'all flames|fire up|over|down @poss back|arm|arms|leg|legs|front|side|body'] },
  { hazards: ['fire', 'burn'], phrases: ['@person [is|was|got] on fire', 'running|rolling|screaming|dancing|legging ~ on fire', 'vis|hivis|jacket|coat|top|overalls|clothes|trousers|jeans|shirt|hoodie|sleeve|skirt|dress|apron|tabard|smock|scarf|hair|beard|gloves|fleece|jumper|cardigan|gilet ~ alight', 'vis|hivis|jacket|coat|top|overalls|clothes|trousers|jeans|shirt|hoodie|sleeve|skirt|dress|apron|tabard|smock|scarf|hair|beard|gloves|fleece|jumper|cardigan|gilet ~ in flames', 'vis|hivis|jacket|coat|top|overalls|clothes|trousers|jeans|shirt|hoodie|sleeve|skirt|dress|apron|tabard|smock|scarf|hair|beard|gloves ~ caught fire|light|alight', 'vis|hivis|jacket|coat|top|overalls|clothes|trousers|jeans|shirt|hoodie|sleeve|skirt|dress|apron|tabard|smock|scarf|hair|beard|gloves|jumper|fleece|cardigan|gilet|kilt|sari|tunic|robe|gown|cloak [has|have|is|just] caught', 'caught ~ off|from ~ sparks|spark|flame|flames|fire|torch|welder|grinder|burner', 'set ~ trousers|jeans|shirt|hoodie|sleeve|skirt|dress|overalls|clothes|jacket|fleece|jumper|cardigan|gilet|apron|coat|hair|beard|scarf going|alight|off', 'jeans|shirt|hoodie|sleeve|skirt|dress|overalls|trousers|clothes|jacket|fleece|jumper|cardigan|gilet|apron|coat ~ gone|went|going up', 'jeans|shirt|hoodie|sleeve|skirt|dress|overalls|trousers ~ on fire', 'caught alight', '@poss clothes|clothing|hair|sleeve|sleeves|jacket|shirt|overalls|overall|coveralls|trousers|pants|top|gloves [is|are|caught] on fire', '@poss clothes|clothing|hair|sleeve|sleeves|jacket|shirt|overalls|overall|coveralls|trousers|pants|top|gloves caught|catch|catches fire', 'set himself|herself|myself on fire'] },
  { hazards: ['fire', 'electrical'], phrases: ['electrical fire', 'electrical fires', 'electric fire', 'fire in the panel', 'panel is on fire', 'switchboard|fusebox|switchgear ~ fire|burning|flames|smoking|smoke', 'fuse|breaker|distribution|electrical|control board|box|panel|cabinet ~ on fire', 'fuse|breaker|distribution|electrical|control board|box|panel|cabinet ~ burning|flames|smoking', 'consumer unit ~ on fire', 'consumer unit ~ burning|flames|smoking', 'motor|motors|generator|compressor|transformer|charger|battery|batteries ~ on fire', 'motor|motors|generator|compressor|transformer|charger|battery|batteries ~ burning|flames|alight', 'motor|motors|generator|compressor|transformer|charger|battery|batteries ~ caught fire'] },
  // "His boot's smoking" after a shock: the current's burn on him, not a room to clear (review 98's replay).
  { hazards: ['burn'], phrases: ['boot|boots|shoe|shoes|glove|gloves|hand|hands|clothes|overalls|sleeve|hair|jacket|trousers [is|are] smoking|smouldering|singed'] },
  { hazards: ['smoke'], phrases: ['smoke', 'smoking', 'smoky', 'smokey', 'smell smoke', 'burning smell', 'smell|smelling burning', 'smell of burning', 'smells like burning', 'smells like something burning', 'something is burning', 'smell something burning'] },
  // "The blast doors are blown in" is the blast, though "blast doors" alone is only their name.
  // Landing on concrete is a fall onto it, not wet cement on the skin.
  { signal: 'neutral', phrases: ['landed|fell|fallen|lying|lay|dropped ~ on|onto [the] concrete', 'on|onto [the] concrete on|onto @poss back|front|side|head|face|feet|bum|backside'] },
  // "It's chucking it down" is rain, not someone being sick.
  { signal: 'neutral', phrases: ['chucking|chucked|pissing|bucketing|tipping|lashing|pelting ~ it down', 'chucking|pissing|bucketing|tipping down'] },
  // "Gonna chuck water on it to put it out" is a plan, not the fire out.
  { signal: 'neutral', phrases: ['to|gonna|gonnae|going|will|try|trying|can|could|should ~ put it out'] },
  // "Should I steam in to the harbour?": a boat heading in, not a steam leak (review 118, a gutting knife at sea).
  { signal: 'neutral', phrases: ['steam|steaming ~ in|back ~ harbour|port|shore|marina|quay|dock|pier'] },
  // "Can I let go of the towel now it's not bleeding?": stopped under the pad, not ruled out (review 118, a bandsaw thigh).
  { signal: 'neutral', phrases: ['towel|towels|cloth|cloths|pad|pads|rag|dressing ~ it is not bleeding'] },
  // "Just gas acidity", "trapped wind": a stomach, not a gas leak.
  { signal: 'neutral', phrases: ['gas acidity', 'acidity', 'trapped wind', 'gas pains|pain', 'just gas'] },
  // "Have a smoke" is a cigarette.
  { signal: 'neutral', phrases: ['have|having|wants|want|fancy|fancies|for|needs a smoke|fag|ciggie|ciggy|cigarette'] },
  // Held to a live board or panel, shaking: the current.
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['stuck|held|locked on|onto|to [the|a] distribution|fuse|electrical|electric|switch|control board|boards|panel|panels|box', 'hand|hands [is|are] still on ~ board|panel|socket|cable|wire'] },
  // "Her hand is very burned" said outright is a burn, fire or no fire (review 65: a laundry ironer).
  { hazards: ['burn'], phrases: ['is|are|was|got very|badly|really|bad|proper burned|burnt', 'very|badly|really burned|burnt @flesh'] },
  // Steam or hot fluid blasting a face or arm is a burn (scald), not only a leak.
  { hazards: ['burn'], phrases: ['blasted|scalded ~ him|her|them|me ~ face|neck|arm|arms|hand|hands|chest|eyes|leg|legs'] },
  // "Heart going boom boom" is a heartbeat, not a blast.
  { signal: 'neutral', phrases: ['boom boom', 'like boom|booms', 'going boom'] },
  // "Can I take the lid off to check it's out": a question, not the fire out (review 74).
  { signal: 'neutral', phrases: ['check|see|sure ~ it is out', 'check|see|sure ~ its out'] },
  // "Spurting out every time his heart beats": the bleed's rhythm, not the heart's trouble (review 70).
  { signal: 'neutral', phrases: ['every|each time ~ heart beats|beat|pumps', 'with every|each heartbeat', 'with every|each heart beat'] },
  { hazards: ['vehicle_strike'], phrases: ['forklift|lorry|truck|van|car|bus|wagon|tractor|loader ~ gone|went|crashed|smashed|ploughed ~ into the side|back|front of ~ minibus|bus|van|car|lorry|truck|coach|cab'] },
  // A road crash with people in the cars: "a car's gone into the back of our traffic management truck", "a crash at the roadworks" (review 113).
  { hazards: ['vehicle_strike'], phrases: ['car|van|lorry|truck|bus|motorbike|bike|coach|minibus|taxi|cars|vans ~ gone|went|crashed|smashed|ploughed|slammed into the side|back|front|rear of', 'car|road|traffic|motorway|motorbike crash|collision|smash|pileup', 'head on crash|collision|smash', 'multi vehicle crash|collision|pileup', 'pile up', 'crash|collision|pileup ~ on|at the ~ road|roadworks|motorway|junction|roundabout|carriageway|bypass|highway|freeway|interstate|dual'] },
  // "A forklift has gone straight into the side of the minibus": a crash, nothing impaled (review 70).
  { signal: 'neutral', phrases: ['gone|went|drove|crashed|ploughed|smashed ~ into the side|back|front of'] },
  // "The source won't wind back into the camera" on a radiography job (review 118's re-grade): a
  // radiation source out of its shielding. Not "radiator", not radiotherapy.
  { hazards: ['radiation'], urgency: 'CRITICAL', phrases: ['radiography|radiographer|radiographers|gamma ~ source|camera|tube|crank|exposure', 'source ~ not|stuck|jammed ~ wind|retract|go|come ~ back|in', 'source ~ stuck|jammed ~ out', 'radioactive', 'radiation ~ source|leak|alarm|monitor|meter|dose|badge|badges|exposure', 'iridium|cobalt|caesium|cesium|selenium ~ source|pellet', 'dose rate ~ meter|monitor|alarm'] },
  { hazards: ['explosion'], phrases: ['blast door|doors|wall|walls ~ blown|blew in|out|off', 'explosion*', 'explode*', 'blew up', 'blown up', 'blast', 'boom', 'detonat*', 'went off like a bomb'] },
  // "She bang her head on the wardrobe": the knock, not a blast (review 79).
  { hazards: ['explosion'], explainedBy: ['head_injury', 'fall', 'fracture', 'injury', 'crush', 'vehicle_strike', 'injury_bleeding'], phrases: ['bang'] },
  { hazards: ['head_injury'], phrases: ['bang|bangs|banged|bumped|knocked|whacked|smacked|hit @poss head', 'bang|bangs|banged|bumped|knocked|whacked|smacked|hit ~ head ~ on|against|off'] },

  // --- gas, chemicals ----------------------------------------------------------------------------
  { hazards: ['gas_leak'], phrases: ['gas', 'gas leak*', 'leaking gas', 'smell gas', 'smell of gas', 'gas smell', 'smells like gas', 'rotten egg*', 'hissing', 'ammonia', 'chlorine', 'propane', 'methane', 'butane', 'acetylene', 'natural gas', 'lpg', 'h2s', 'hydrogen sulfide', 'hydrogen sulphide', 'co alarm', 'fumes', 'vapour*', 'vapor*', 'gas alarm', 'gas detector*', 'gas monitor|monitors|detector|detectors ~ going|gone|went|beeping|bleeping|pinging|alarming|screaming|flashing|sounding|off|alarm|alarms', 'gas monitor|monitors|detector|detectors ~ it is|its ~ going|beeping|bleeping|alarming|screaming', 'detector is going off', 'monitor is going off'] },
  { hazards: ['chemical_spill'], phrases: ['spill', 'spills', 'spilled', 'spilt', 'spillage', 'acid', 'caustic', 'chemical', 'chemicals', 'solvent*', 'bleach', 'sulfuric', 'sulphuric', 'hydrochloric', 'sodium hydroxide', 'lye', 'corrosive', 'hazmat', 'leaking drum', 'drum is leaking', 'toxic', 'fuel|diesel|petrol|gasoline spill*|leak*', 'fuel|diesel|petrol|gasoline ~ everywhere|over'] },
  { hazards: ['chemical_exposure'], phrases: [
    'in @poss eye|eyes', 'splash* ~ with ~ @chem', 'splash of ~ @chem',
    '@chem ~ splash*|sprayed|squirted|spat|spurted ~ in|on|into|onto|over|at|across ~ @body|@person|me|us|them',
    'sprayed|squirted ~ eye|eyes|face',
    // No free gap before "on": "the concrete block landed on his foot" is a crush, not a chemical.
    '@chem [got|went|splashed|spilled|spilt|sprayed|dripped|ran|is|was] on|in|into|over|onto @poss @body',
    '@chem [is|got|went|splashed|spilled|spilt|sprayed] all over him|her|me|them|us', '@chem [is|got|went|splashed|spilled|spilt|sprayed] all over @poss @body',
    '@corrosive burn|burns|burned|burnt', '@corrosive ~ burned|burnt @poss|him|her|me|them',
    'eyes are burning', 'eyes burning', 'eye|eyes|skin|face ~ sting*|itch*', 'skin is burning', 'burning @poss skin|eyes|eye|face',
    'washing|rinsing|flushing @poss eye|eyes|skin',
    'breathed in ~ fumes|gas|chemical*|smoke|vapour*|vapor*', 'inhaled ~ fumes|gas|chemical*|smoke|vapour*|vapor*',
  ] },
  // negationProof: "there's no eyewash near us" is the splash still needing water, not no splash.
  { hazards: ['chemical_exposure'], negationProof: true, phrases: ['eyewash*', 'eye wash*', 'safety shower', 'emergency shower*'] },
  // A collarbone named alone is most often broken; an arrow under it is a wound, not a break.
  { hazards: ['fracture'], explainedBy: ['embedded_object'], phrases: ['collarbone|collarbones', 'collar bone'] },
  { hazards: ['swallowed_chemical'], phrases: [
    'unblocker|descaler|bleach|cleaner|caustic|acid ~ mouth|throat|lips ~ burning|burnt|stinging|blistering|on fire',
    'swallowed|drank|drunk|ingested|swallow|drink ~ chemical*|acid|bleach|solvent*|@chem|poison|antifreeze|cleaning|screenwash|methanol|meths', 'swallowed|drank|drunk ~ screen wash', 'swallowed|drank|drunk|ingested some|any [of] ~ chemical*|acid|bleach|solvent*|@chem|poison|antifreeze|stuff|liquid|pickle|solution|fluid',
    '@chem|antifreeze ~ in @poss mouth', 'siphon*',
    'mouthful|swig|gulp|sip|drink|swallow of ~ @chem|detergent|liquid|cleaner|stuff|antifreeze|bleach|chemical|chemicals|solvent|weedkiller|paraquat|descaler|poison|meths|methanol|screenwash|paraffin|kerosene|turps|turpentine', 'mouthful|swig|gulp|sip|drink|slug ~ of|from ~ lamp oil', 'mouthful|swig|gulp|sip|drink|slug ~ of|from ~ white spirit', 'slug ~ of|from ~ paraffin|kerosene|turps|turpentine|petrol|diesel|bleach|weedkiller|antifreeze', 'swallow|swig|gulp|mouthful|slug from|of|out ~ bottle ~ @chem|weedkiller|antifreeze|paraffin', 'swallowed|drank|drunk ~ detergent|dishwasher|washing', 'drank|drunk|swigged|sipped|supped|swallowed ~ bottle|cup|can|glass|jar|jug|flask|beaker|tub|pot ~ with ~ @chem|weedkiller|bleach|acid|paraquat|poison|antifreeze|cleaner|descaler|caustic', 'drank|drunk|swigged|sipped|swallowed ~ weedkiller|paraquat|descaler|caustic', 'drank|drunk|swigged|sipped|swallowed ~ drain cleaner', 'drank|drunk|swigged|sipped|swallowed|had|took|taken|necked ~ weed killer', 'mouthful|swig|gulp|sip|drink of ~ weed killer', 'weed killer ~ in @poss mouth', 'bottle|cup|can|glass|jar|mug with ~ @chem|weedkiller|paraquat|poison|antifreeze|descaler ~ in it',
    'bottle|cup|glass|mug|can|jar that|which had|held white spirit|spirits', 'bottle|cup|glass|mug|can|jar that|which had|held turps|turpentine|paraffin|meths|bleach|acid|weedkiller|antifreeze|@chem',
  ] },

  // "A swig out of a water bottle and it was white spirit", "a sports drink bottle but it was the two-stroke mix" (review 118).
  { hazards: ['swallowed_chemical'], phrases: ['water|drink|pop|juice|squash|coke|lemonade|milk bottle ~ it was|were ~ @chem|turps|turpentine|paraffin|kerosene|antifreeze|meths|methanol|weedkiller|screenwash|descaler', 'water|drink|pop|juice|squash|coke|lemonade|milk bottle ~ it was|were ~ white spirit|spirits', 'water|drink|pop|juice|squash|coke|lemonade|milk bottle ~ it was|were ~ two stroke'] },
  // "A big swally oot an Irn Bru bottle but it had screenwash in it" (review 118).
  { hazards: ['swallowed_chemical'], phrases: ['it had|has ~ turps|turpentine|paraffin|kerosene|antifreeze|meths|methanol|weedkiller|screenwash|descaler in it'] },
  // "...a sports drink bottle but it was the two-stroke mix, he's coughing": what was in the bottle, beside its effect (review 118).
  { hazards: ['swallowed_chemical'], besides: ['breathing_difficulty', 'medical'], phrases: ['it was|were ~ two stroke mix|fuel|oil', 'it was|were ~ white spirit|spirits'] },
  // Places named for what they hold: only beside another hazard ("fire at the gas compound").
  { hazards: ['gas_leak'], onlyBeside: true, phrases: [
    'gas|lpg|propane|butane|acetylene|chlorine|ammonia store|stores|storage|compound|cage|cages|room|house|shed|plant|building|bay|yard|pen',
    'gas|lpg|propane|butane|acetylene cylinder|cylinders|bottle|bottles store|stores|storage|compound|cage|cages|rack|racks|area|shed|bay|pen',
    // ...and the people who deal with it: "the gas engineer is here" is help arriving.
    'gas board', 'gas engineer*', 'gas man|men', 'gas company', 'gas fitter*', 'gas supplier*',
    // The gas isolated is the good news of a gas call, and in a kitchen fire a step taken.
    'turned|turn|turning|shut|shutting|switched|switch|closed|close|isolated|isolate|cut|cutting off [the] gas', 'turned|turn|turning|shut|shutting|switched|switch|closed|close|isolated|isolate|cut|cutting off [the] gas supply|valve|main|mains|line',
    'turned|turn|shut|switched|switch|closed|close|isolated|isolate|cut [the] gas [supply|valve|main|mains|line] off', 'gas [supply|valve|main|mains|line] [is|was|has|have] [been|now] [been|now] off|isolated|closed|shut',
  ] },
  { hazards: ['gas_leak'], phrases: [
    'can|could not turn|shut|switch|close|isolate|cut off [the] gas', 'can|could not turn|shut|switch|close|isolate|cut off [the] gas supply|valve|main|mains|line',
    'can|could not turn|shut|switch|close|isolate|cut [the] gas [supply|valve|main|mains|line] off',
  ] },
  { hazards: ['chemical_spill'], onlyBeside: true, phrases: [
    'acid|caustic|chemical|chemicals|solvent|solvents|bleach|corrosive|hazmat store|stores|storage|room|shed|cage|cabinet|cabinets|cupboard|locker|compound|bund|bunds|plant|building|house|bay|depot|warehouse|yard',
    'spill bund|bunds|tray|trays|pallet|pallets',
    'hazmat team*|crew*|unit*|suit*', 'spill team*|crew*|response', 'chemical engineer*|company|supplier*', 'spill kit*',
  ] },

  // --- electricity -----------------------------------------------------------------------------
  // "Taken a belt off a festoon": a shock, in the trade's words.
  // "My colleague touch the cable in the panel and he is shaking, he still holding it" (review 119).
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['touch|touched|touching|grabbed|grabbing ~ cable|wire|wires|busbar|terminal|terminals ~ in|inside [the|a] panel|board|box|cabinet|cupboard'] },
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['belt|jolt|zap off ~ festoon|festoons|cable|wire|lead|socket|board|panel|light|lights|line|supply|mains|charger|chargers|battery'] },
  // "The extension lead gave me an almighty belt": power through the caller.
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['gave|given me|him|her|them ~ belt|jolt|zap'] },
  // "He's landed on some cables, there was a bang and a flash, I think they're live" (review 98).
  { hazards: ['electric_shock'], urgency: 'CRITICAL', onlyBeside: true, phrases: ['landed|lying|fallen|lay|collapsed ~ on|onto|across ~ cable|cables|wire|wires'] },
  // "Took a bang off a light fitting": an electrician's shock, not an explosion.
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['bang|kick off ~ fitting|fittings|festoon|cable|wire|lead|socket|board|panel|light|lights|line|supply|mains|charger|battery|plug|switch|fuse|terminal|transformer|kettle|pendant|fence', 'took|got|had a bang|kick|belt|jolt|zap from ~ fitting|fittings|festoon|cable|wire|lead|socket|board|panel|light|lights|line|supply|mains|charger|battery|plug|switch|fuse|terminal|transformer|kettle|pendant|fence'] },
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['hand|hands ~ still on|touching ~ the wire|wires|cable|cables|lead|live'] },
  // A flash in a switch room with someone against the panel (review 70): live until isolated.
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['hand|hands ~ still on|against ~ busbar|busbars|panel|terminal|terminals|switchboard', 'lying|slumped|stuck|collapsed ~ against|on ~ panel|busbar|busbars|switchboard', 'arc flash', 'flashover', 'big flash ~ switch room', 'big flash ~ switchroom|panel|board|substation'] },
  // Still holding the lead he collapsed with: the current may be holding him.
  // Still holding the wire itself is contact with it, whatever else is said (review 65).
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['still gripping|holding|clutching|clenching a|the|his|her wire|cable|lead|flex'] },
  { hazards: ['electric_shock'], urgency: 'CRITICAL', besides: ['unconscious', 'not_breathing', 'electrical', 'electric_shock', 'medical'], phrases: ['still gripping|holding|clutching|clenching ~ lead|cable|wire|extension|flex|plug', 'gripping|clutching|clenching the|a|his|her extension|lead|cable|wire|flex'] },
  // "Knee-deep water and the switchboard's down there": the water may be live (review 107).
  { hazards: ['electrical'], phrases: ['switchboard|switchboards|fusebox|fuseboard|electrics|sockets|socket|switchgear|board|boards ~ water|flood|flooded|flooding|underwater', 'water|flood|flooded|flooding|floodwater ~ switchboard|switchboards|fusebox|fuseboard|electrics|sockets|switchgear', 'lights ~ flickering|flicker|flickered'] },
  { hazards: ['electrical'], phrases: ['inverter|inverters', 'solar panel|panels', 'spark|sparks|sparking|sparked|sparky', 'arcing', 'exposed wire*', 'live wire*', 'bare wire*', 'frayed|damaged|split|cut|chewed cable|cables|wire|wires|lead|leads|flex', 'frayed|damaged|split|chewed extension|power|mains|electric cable|cables|wire|wires|lead|leads|flex', 'cable|cables|wire|wires|lead|leads|flex [is|are|has|have] [been] split|cut|frayed|damaged|chewed|exposed|bare', 'exposed cable*', 'short circuit*', 'shorted out', 'power is out', 'power went out', 'power outage', 'lost power', 'breaker tripped', 'tripped the breaker', 'buzzing noise|sound|hum', 'panel|box|socket|cable|cables|wire|wires|light|lights|board|transformer|fuse|fusebox|switch ~ buzzing', 'electrical problem', 'electrical fault', 'pump|motor|compressor|fan|power|breaker|fuse|panel|machine ~ tripped'] },
  // "The dust has sparked my asthma off": set off, not sparks.
  { signal: 'neutral', phrases: ['sparked|sparking my|his|her|their|me|off', 'sparked|sparking it|him|her|me|them off'] },
  // Held by the current: "the cable's frayed and she's stuck to it, shaking" is no fit and no trap.
  { hazards: ['electric_shock'], besides: ['electrical', 'electric_shock'], phrases: ['flung|thrown|threw|throws|chucked|blown|blew|knocked ~ across|back|off|against', 'locked onto|to it|him|her|them', 'stuck to it|him|her|them', 'shaking|jerking|twitching|buzzing all over', 'shaking|jerking|twitching|buzzing'] },
  // "Like an electric shock down his arms" after a fall is the spinal cord talking, not a current.
  { signal: 'neutral', phrases: ['like ~ electric|electrical ~ shock|shocks', 'electric|electrical shock|shocks ~ down|through|up|into ~ arms|legs|hands|feet|back|spine|body|neck', 'electric|electrical shock|shocks ~ down|through|up|into ~ his|her|their|my|both ~ arms|legs|hands|feet|back|spine|body|neck'] },
  { hazards: ['electric_shock'], phrases: ['shocked', 'electrocut*', 'got a shock', 'electric shock', 'zapped', 'touched ~ wire|wires|cable|panel|line', 'still touching ~ wire|wires|cable|panel|machine', 'stuck to ~ wire|cable|panel|machine|welder|drill|tool|socket|board', 'frozen|stuck|locked onto|to ~ lead|cable|wire|socket|plug|extension|inverter', 'buzzing|fizzing ~ lead|cable|wire|socket', 'belt off|from ~ board|panel|socket|cable|wire|fuse|mains|machine', 'current going through', 'transformer|cable|socket|wire|lead|mains|panel|fence|board|plug ~ bit|bitten|bites', 'struck by lightning', 'can not let go', 'could not let go', 'buzzing and|n shaking|jerking|twitching', 'shaking|jerking|twitching and|n buzzing', 'can not drop|release it'] },
  // Someone stuck up a pylon in the cold is the cold; a shock or collapse there is the line.
  { hazards: ['high_voltage'], besides: ['electric_shock', 'electrical', 'unconscious', 'not_breathing', 'fire', 'burn'], phrases: ['pylon*'] },
  // A broom handle does not make high voltage safe: only distance does, until the supply is cut.
  { hazards: ['high_voltage'], phrases: ['power|electric|electricity|phone|telephone cable|cables|wire|wires ~ down|fallen|snapped|broken|hanging', 'cable|cables|wire|wires ~ down ~ road|street|lane|ground|across|over', 'overhead line|lines|cable|cables|wire|wires', 'cable|cables|wire|wires|line|lines overhead', 'esb|eskom|grid|pylon cable|cables|wire|wires|line|lines', 'electricity board cable|cables|wire|wires|line|lines', 'tipper|trailer|body|jib|boom|mast|ladder|pole|bucket|arm ~ raised|up|lifted ~ into|against|onto|touching ~ wires|cables|lines', 'high voltage', 'kilovolt*', 'kv', 'transmission line*', 'overhead power', 'catenary', 'pantograph*', 'third|live|conductor rail'] },
  // A sparking transformer is a fault to report; someone shocked there is kept back from.
  { hazards: ['high_voltage', 'electric_shock'], phrases: [
    'touched|touching|grabbed|hit|struck ~ power|overhead|transmission line|lines', 'touched|touching|grabbed|hit|struck ~ overhead cable|cables|wire|wires', 'jib|boom|mast|crane ~ touched|touching|hit|struck|clipped|caught ~ cable|cables|wire|wires','electrocut*|shocked|shock ~ in|at|near|by|from|on [the|a] substation|substations|transformer|transformers|switchgear', 'substation|transformer|switchgear ~ electrocut*|shocked'] },
  { hazards: ['electric_shock', 'burn'], phrases: ['arc flash', 'flash burn*'] },

  // --- people hurt -------------------------------------------------------------------------------
  // "I stepped off the boards and come straight through the ceiling onto the landing" (review 118).
  { hazards: ['fall'], phrases: ['come|came|gone|went ~ straight|right through ~ joists|floor|floorboards|roof|ceiling|skylight|boards|hatch'] },
  // "There's a burning right down my spine": the pain of a fall, not a fire (review 118).
  { signal: 'neutral', phrases: ['burning|burn ~ down|in|along|up ~ @poss|my|me ~ spine|back|neck|leg|legs|arm|arms'] },
  { hazards: ['fall'], phrases: ['gone|went|fallen|fell|dropped|plunged through ~ joists|floor|floorboards|roof|ceiling|skylight|boards|hatch|trapdoor|trap|grating|grid|opening', 'toppled|tumbled|plunged|pitched|skidded off|from', 'dropped|plunged ~ metres|meters|feet|foot|storeys|floors onto|into|down', 'fell', 'fall', 'falls', 'fallen', 'falling', 'slipped', 'tripped', 'tumbled', 'took a tumble', 'came off ~ ladder|scaffold|scaffolding|roof|platform|truck', 'come|came|coming off [the|a] [scissor] lift|platform|ladder|stepladder|steps|scaffold|scaffolding|roof|mewp|forklift|truck|ramp|picker', 'off the roof',
    'gone|went|come|came over|through|off ~ rail|railing|railings|edge|skylight|roof|mezz|mezzanine|balcony|platform|side|bike|wagon|trailer|ladder',
    'come|came off ~ back|top|bike|wagon|lorry|trailer|scaffold|steps|rig|truss|gantry|staging|tower|gallery|catwalk|bridge|wall|mezzanine', 'landed ~ on|onto @poss back|head|side|neck|face', 'can not get up',
    'gone|went down on|onto the floor|ground|concrete|stairs', 'dropped|come|came|gone|went off the top|edge|side of', '@person|lads|men|lass|picker|packer|operative|labourer|apprentice|bloke|chap|fella ~ come|came|fallen|fell|gone|went|slipped off ~ racking|racks|ladder|scaffold|scaffolding|roof|mezzanine|platform|gantry|walkway|stack|lorry|trailer|truck|wagon|loft|balcony|steps|stepladder', 'can not move|feel @poss legs|arms|feet|hands'] },
  { hazards: ['fall', 'confined_space'], phrases: ['fell|fallen|slipped into|down ~ @vessel'] },
  // "I stepped off the boards and come straight through the ceiling onto the landing" (review 118).
  { hazards: ['fall'], phrases: ['and come|came ~ through ~ ceiling|roof|skylight|floorboards|joists'] },
  { hazards: ['suspended'], phrases: ['slumped|limp|stuck|unconscious ~ in|on ~ his|her|their|the harness', 'hanging|dangling ~ harness|lanyard', 'suspended in|from|by ~ harness|lanyard', '@person ~ hanging ~ harness|lanyard|rope|ropes', '@person ~ suspended in|from|by ~ harness|lanyard|rope|ropes', '@person ~ dangling ~ harness|lanyard|rope', 'harness ~ caught|held|holding|stopped him|her|them'] },
  // Hanging from an edge with nothing holding them: about to fall.
  { hazards: ['fall', 'trapped'], phrases: ['@person ~ hanging off|from [the|a] edge|roof|ledge|side|scaffold|scaffolding|platform|balcony|railing|gantry', 'is hanging off|from [the|a] edge|roof|ledge|scaffold|scaffolding|platform|balcony|railing|gantry'] },
  // The caller is the one who cannot get out: shelter advice, not a rescuer's.
  { hazards: ['caller_trapped'], phrases: [
    'i|we [am|are] [still] trapped|stuck', 'i|we [am|are] [still] locked in|inside', 'i|we can|could not get out', 'i|we can|could not get out [of] [the|this] door|doors|window|exit|room|office|building|here|there',
    'i|we have no way out', 'there is no way out for me|us', 'i|we am|are cut off',
  ] },
  // "I stuck it in her thigh": the pen went in, nobody is stuck (review 67).
  { signal: 'neutral', phrases: ['i|we [have] stuck it|the|a|an|her|him|them|that|this|one|my|me'] },
  // "We couldn't get out the extinguisher" is a thing not fetched, not a caller trapped.
  { signal: 'neutral', phrases: ['i|we can|could not get out the|a|an|our|my|any extinguisher|extinguishers|hose|ladder|kit|defib|defibrillator|stretcher|keys|van|forklift|truck|car|vehicle|stuff|tools|gear|bags|boxes'] },
  { signal: 'neutral', rulesOut: ['caller_trapped'], phrases: ['i|we [have] got out', 'i|we am|are [now] out|outside|safe', 'i|we made it out', 'i|we [am|are] outside now', 'got out through|of ~ window|door|building|room'] },
  // Held by the current: "stuck to the light fitting, shaking".
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['stuck|frozen|locked|glued to|on ~ light|lamp|socket|fitting|fuse|cable|wire|wires|switch|plug|heater|fusebox'] },
  // A blade that "went into her leg" is usually out again, a cut that bleeds, and may still be in:
  // the reply asks, and says what to do either way (reply "blade-in-or-out").
  { hazards: ['injury_bleeding'], urgency: 'CRITICAL', phrases: [
    '@blade ~ gone|went|go|going|slipped|slid [right|straight] in|into|through ~ @poss|him|them|me ~ @flesh',
    '@blade ~ gone|went|go|going|slipped|slid [right|straight] in|into|through the|his|her|my|me top|side|back|front|palm|inside|middle|ball|heel of @poss @flesh',
    '@blade ~ gone|went|go|going|slipped|slid [right|straight] in|into|through him|her|me',
    'put|pushed|jabbed|drove|driven|plunged ~ @blade ~ [right|straight] in|into|through ~ @poss|him|them|me ~ @flesh',
  ] },
  // "A little black thing stuck in the back of me knee, it's got legs": a tick, not something impaled.
  { hazards: ['embedded_object'], explainedBy: ['tick_bite'], phrases: ['buried|sunk|stuck|wedged in|into @poss @flesh'] },
  // "The gaff's gone into the back of my calf, the hook's still stuck in it" (review 118).
  { hazards: ['embedded_object'], phrases: ['gaff|hook|fishhook|prong|spike ~ gone|went|stuck|is ~ in|into ~ @poss|the ~ @flesh', 'gaff|hook|fishhook|prong|spike [is] still stuck|lodged|in'] },
  // "The quad's flipped and it's sitting on my legs, I can't wriggle out from under" (review 118).
  { hazards: ['crush'], urgency: 'CRITICAL', phrases: ['sitting|lying|resting|pinning|pressing on|across my|me legs|leg|foot|feet|hips|pelvis', 'is on|across my|me legs|leg|foot|feet|hips|pelvis'] },
  // "The quad's rolled over on the bank and landed on the shepherd": the quad on him, not a fall (review 118).
  { hazards: ['crush'], urgency: 'CRITICAL', phrases: ['landed|landing on|onto the|a shepherd|farmer|stockman|gamekeeper|keeper|rider|@person', 'landed|landing on|onto him|her|them|me'] },
  // "It's still in him", said of the blade.
  { hazards: ['embedded_object'], besides: ['injury_bleeding', 'injury'], phrases: ['it [is] still in|inside|stuck|sticking|lodged'] },
  // "Shot himself with the nail gun, the nail's gone in right by his eye" (review 98).
  { hazards: ['embedded_object'], urgency: 'CRITICAL', phrases: ['shot|shoot|fired|nailed ~ himself|herself|myself|him|her|me ~ nail|staple gun', 'shot|shoot|fired|nailed ~ himself|herself|myself|him|her|me ~ nailgun|nailer', 'nail|nails|screw|bolt|staple|dart [is|has] ~ gone|went|stuck|sticking ~ in|into|out'] },
  { hazards: ['embedded_object'], phrases: ['it|@blade [is] still in|inside him|them|me', 'it|@blade [is] still in|inside his|her|their|my|me @flesh', 'yes|yeah|yep|aye [it] [is] still in|stuck'] },
  // "The jolt went through my arm" is the current, not something through the arm.
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['jolt|current|electricity|volts|shock ~ went|gone|shot|go|going [right|straight] through|up ~ @poss @flesh'] },
  { hazards: ['embedded_object'], phrases: [
    'impaled', 'skewered', 'stuck in|into|through his|her|their|my|your @flesh', 'gone|went in his|her|their|my|your back|chest|side|belly|stomach|neck|thigh|groin|buttock', 'gone|went [right|straight] in|into @poss backside|bum|buttock|bottom|arse', 'glass|nail|metal|blade|knife|spike|shard|chunk|bit|tip|piece ~ still ~ sticking|poking ~ out', 'snapped|broken|broke off ~ inside|in ~ @poss|his|her ~ @flesh', 'landed|fell|jumped|dropped on|onto [a|the] pitchfork|fork|spike|spikes|railings|railing|rebar|stake|stakes|prong|prongs|spindle', 'sticking out of his|her|their|my|your @flesh', 'lodged in ~ @flesh', 'lodged|embedded|impaled in|into ~ is @flesh',
    'gone|went|go|going [right|straight] through|into his|her|their|my|your @flesh',
    'nail|nails|screw|bolt|spike|rod|bar|rebar|glass|blade|knife|shard|stake|pole|wire|metal|splinter|hook ~ through|in|into his|her|their|my|your @flesh',
    'arrow|arrows|bolt|dart|spear|skewer|stick|branch|spike|rod|pole|stake ~ through ~ @flesh', 'fell|landed|tripped|dropped on|onto @poss|his|her|my|the chisel|knife|blade|screwdriver|spike|stake|skewer|scissors|bradawl|spear|pitchfork|fork', 'arrow|arrows|dart|spear ~ in|into|through ~ calf|leg|arm|thigh|shoulder|hand|foot|side|back|chest|belly|stomach', 'goes|going|went in ~ one side ~ out|other',
    'arrow|bolt|dart|harpoon|skewer|spike|rod|bar|knife|blade|pole|stake ~ gone|went|stuck|lodged|sticking ~ in|into|through', 'arrow|dart|harpoon|skewer ~ in|into ~ him|her|them|his|chest|collarbone|shoulder|back|side',
    // "through Tom's hand" reads "through tom is hand".
    'nail|nails|screw|bolt|spike|rod|bar|rebar|glass|blade|knife|shard|stake|pole|wire|metal|splinter|hook ~ through|in|into ~ is @flesh',
    // "There's glass still in it", said of the wound.
    'nail|nails|screw|spike|rod|rebar|glass|blade|knife|shard|shards|stake|splinter|hook [is|are] still|stuck in|inside it|there',
    'nail|nails|screw|spike|rod|rebar|glass|blade|knife|shard|shards|stake|splinter|hook [is|are] still|stuck in|inside the wound|cut',
  ] },
  // A dry mouth is thirst, not heat stroke's dry skin; a gas heater or cooker is the appliance, not a leak.
  { signal: 'neutral', phrases: ['mouth|lips|throat|tongue ~ dry|parched ~ as|like ~ bone|desert|sandpaper|anything', 'mouth|lips|throat|tongue [is|are|gone|feels] dry|parched', 'gas|calor|paraffin heater|heaters|cooker|cookers|hob|hobs|oven|ovens|ring|rings'] },
  // "Up on the fell" is a hill in the north of England, not a fall.
  { signal: 'neutral', phrases: ['on|up|across|over|off the|a fell|fells', 'fell top|side|walker|walkers|runner|runners|rescue'] },
  // "Coughing her heart up" is a cough; false teeth rattling are not the cold.
  { signal: 'neutral', phrases: ['her|his|their|my|me heart|guts|lungs up|out', 'false teeth|tooth ~ rattling|chattering|clattering|loose|moving|slipping', 'false teeth|tooth', 'dentures|denture'] },
  { hazards: ['chemical_exposure'], besides: ['gas_leak', 'chemical_spill', 'chemical_exposure'], phrases: ['in|into @poss face|eye|eyes', 'both @poss eyes'] },
  // "A stabbing pain bang in the centre of me back": right in the middle, not a blast.
  // "Went over the side in the swell": overboard into the water, not a fall onto something.
  { signal: 'neutral', phrases: ['went|gone|fell|come|came|go|going over the side ~ in|into ~ the|a ~ swell|sea|water|river|dock|harbour|loch|lake|canal'] },
  // "So he doesn't bang it": a head or limb knocked in a fit, not a blast.
  { signal: 'neutral', phrases: ['bang|banging|bangs it|himself|herself|themselves|itself'] },
  // "The two-stroke mix": fuel, not a stroke.
  { signal: 'neutral', phrases: ['two|four|2|4 stroke'] },
  // A car or a load sitting on top of someone is a crush, whatever else is said.
  { hazards: ['crush'], urgency: 'CRITICAL', phrases: ['sitting|sat|resting|lying|landed on top ~ @person|my|his|her|our|him|the'] },
  // "He is on the floor, he not move": a learner's English for not moving (review 115).
  { hazards: ['unconscious'], phrases: ['he|she|they not move|moving|wake|waking|answer|answering'] },
  // "A pallet fall from forklift on my colleague on his legs, he is under it" (review 115).
  { hazards: ['crush'], urgency: 'HIGH', phrases: ['pallet|pallets|load|crate|crates|stack|racking|beam|bale|bales|drum|reel|slab|slabs|sheet|sheets ~ fall|falled|fell|falling|dropped|landed ~ on|onto ~ him|her|them|colleague|legs|leg|foot|feet|mate|worker|guy|man|lad|chest', 'he|she|they [is|are] [stuck|trapped|pinned|still] under it|them'] },
  // "His arm is in the shredder machine" (review 101).
  { hazards: ['crush'], urgency: 'CRITICAL', explainedBy: ['amputation'], phrases: ['@body [is|are] [still] in|inside [the|a] @machine'] },
  // Gone inside a chain locker, a hold or a void and now lying there: the air, first.
  { hazards: ['confined_space'], phrases: ['went|gone|climbed ~ inside|into|down ~ the|a ~ locker|void|hold|ballast|chain'] },
  // "Gone down inside the number three tank and collapsed at the bottom" (review 71).
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing', 'medical'], phrases: ['down inside ~ @vessel', 'inside the number|no ~ @vessel'] },
  { signal: 'neutral', phrases: ['chemical|chemicals plant|works|site|factory|company|firm'] },
  // Old or barricaded workings underground hold bad air: whoever lies there dropped in it (review 65).
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing', 'medical'], phrases: ['behind the barricade', 'old workings', 'old section|sections', 'unventilated ~ section|area|heading|drive|end'] },
  // Slurry gives off hydrogen sulphide, worst while it is mixed: whoever drops there dropped in the gas.
  { hazards: ['confined_space'], phrases: ['slurry|muck|manure ~ pit|pits|lagoon|lagoons|tank|tanks|store|pool|reception', 'mixing|agitating|stirring ~ slurry'] },
  // "Me left arm's gone all heavy": a limb that feels wrong, not one that is off.
  { signal: 'neutral', phrases: ['arm|arms|hand|hands|leg|legs|foot|feet|finger|fingers|thumb|thumbs|toe|toes [is|are|have|has] [been] gone|going all|numb|dead|heavy|weak|funny|tingly|floppy|limp|cold|white|blue|stiff|black|purple|pale|grey|gray|useless|wobbly|dodgy'] },
  // "It's like fire", "like it's on fire": how a burn or a chemical feels, not a fire.
  { signal: 'neutral', phrases: ['like ~ fire|burning', 'as if ~ fire|burning', 'like it is|its on fire', 'as if it is|its on fire'] },
  // "Pour some of the surface bleach on it": on a needlestick, a wrong first aid, not a spill (review 117).
  { signal: 'neutral', phrases: ['bleach|alcohol|spirit|dettol|savlon ~ on|over|into ~ it|cut|wound|finger|thumb|hand|prick'] },
  // "Her scalp's burning" under a hair dye: the skin stings, nothing is alight (review 117).
  { signal: 'neutral', phrases: ['scalp|skin|head|eyes|eye|face|throat|tongue|lips|mouth [is|are] [really|so|very|all] burning'] },
  { hazards: ['chemical_exposure'], phrases: ['scalp ~ burning|stinging|blistering|raw', 'dye|colour|color|bleach|relaxer|perm|tint ~ burning|stinging|blistering'] },
  { signal: 'neutral', phrases: ['bang in|on the middle|centre|center|top|front|back|side'] },
  // Panic's "hands have gone into claws" is cramp, not a hand lost.
  { signal: 'neutral', phrases: ['@flesh ~ gone|going|went into|like|to ~ claw|claws|fist|fists|cramp|jelly|rubber|mush|lead|noodles|spaghetti'] },
  // "Me legs have gone": they gave way. Nothing is severed (the longer phrase hides "legs have gone").
  { hazards: ['medical'], phrases: ['@poss legs|knees [have|has|are|is] gone|went|buckled', '@poss legs|knees gave way'] },
  // "His fingers have gone stiff" is how they look, not fingers gone.
  { signal: 'neutral', phrases: ['@flesh ~ gone|going|went stiff|numb|white|blue|cold|dead|purple|tingly|tingling|weak|floppy|black|grey|gray|pale|curled|achy|achey|sore|heavy|useless|funny|weird|wobbly|red|swollen|puffy|limp|bruised|crooked|twisted|hot|clammy|blotchy|mottled|lumpy|bluey|bluish|dusky|yellow', '@flesh ~ gone|going|turned a ~ colour|color|shade', '@flesh ~ gone|going|turned a ~ deep|dark|funny|horrible|weird|nasty|bright|pale ~ colour|color|shade|purple|blue|red|grey|gray|black|white'] },
  { hazards: ['amputation'], phrases: ['part|bit|end|tip of ~ finger|thumb|toe|fingers|hand ~ is|was|has ~ in|off|gone|come', 'finger|fingers|thumb|toe|toes [is|are|has|have] [come|gone|been|clean|right] off'] },
  // "Gaz is knackered, his arms have gone": worn out doing CPR, nothing cut off (review 113).
  { signal: 'neutral', phrases: ['knackered|tired|exhausted|shattered|done|aching|burning|dying|wrecked|spent|bursting ~ arms|arm|legs have|has|are|is gone', 'my|me arms|arm|legs|leg [are|is|have|has] gone', 'arms|arm|legs have|has gone dead|numb|weak|heavy|jelly|floppy|wobbly'] },
  { hazards: ['amputation'], phrases: [
    'amputat*', 'severed @flesh', 'severed ~ hand|arm|leg|foot|finger|fingers|thumb|toe|toes', 'severed ~ is hand|arm|leg|foot|finger|fingers|thumb', 'hand|arm|leg|foot|finger|fingers|thumb ~ severed', '@flesh [is|are|was|were|got|been] severed', 'chopped off', 'cut off his|her|their|my|your @flesh', '@flesh ~ cut|chopped|sliced|ripped|torn off',
    'chopped|cut|sliced|took|taken|ripped|torn|lopped|sheared|snipped|clipped|nipped|whipped ~ @flesh ~ off', 'top|tip|end|part|bit of ~ @flesh ~ off', 'arm|arms|hand|hands|leg|legs|foot|feet|finger|fingers|thumb|thumbs|toe|toes|ear|ears [is|are|have|has] [been] gone', 'took|taken|chopped|sliced|lopped|nipped ~ the end|ends|tip|tips|top|tops of', '@flesh ~ came|come off',
    'lost ~ finger|fingers|thumb|thumbs|hand|arm|leg|foot|toe|toes|ear|tip', '@flesh clean off', 'cut|chopped|sliced|lopped|sheared|snipped clean off', '@flesh ~ hanging off',
    '@flesh ~ taken|took|ripped|torn|sliced|chopped|lopped|snipped|nipped|whipped off', 'two|three|four|couple|both|some of @poss|his|her|their|my|me fingers|toes|fingertips ~ off|gone|missing',
  ] },
  // "Pulled a muscle in his chest, says it's nothin": the casualty's brave face, not a stand-down (review 105).
  { signal: 'neutral', phrases: ['says|reckons|insists|thinks|saying|reckoning|insisting ~ it is nothing'] },
  // "Should I sit him up so he can breathe": what the caller hopes for, not a breathing problem (review 105).
  { signal: 'neutral', phrases: ['so he|she|they can breathe|breath', 'help him|her|them breathe|breath'] },
  // "I managed to hit her back a few times": back blows, not a blow to anyone; "in a wheelchair" is
  // the caller's chair, not a fall (review 103).
  { signal: 'neutral', phrases: ['hit|slapped|thumped|smacked|patted|whacked ~ her|his|their back', 'in a wheelchair', 'wheelchair user', 'can not get up to', 'can not get up and'] },
  // "Warfarin for his heart": the medicine's reason, not chest pain now (review 100's re-grade).
  { signal: 'neutral', phrases: ['warfarin|tablets|pills|medication|medicine|meds|apixaban|clopidogrel|aspirin|statins|thinners|spray ~ for ~ heart'] },
  // "One of his fingertips has come off completely" (review 99's re-grade).
  { hazards: ['amputation'], urgency: 'CRITICAL', phrases: ['fingertip|fingertips|tip|tips ~ come|came|gone|cut|sliced ~ off', 'finger|fingers|thumb|fingertip|fingertips [has|have|is|are] [come|gone] off completely|altogether|clean'] },
  // "The stave saw's gone through two of the young lad's fingers, they're lying on the bench": cut through, so off (review 118).
  // "Two of her fingers have lost their ends"; "a quine's thumb has come clean off" (review 118).
  { hazards: ['amputation'], urgency: 'CRITICAL', phrases: ['finger|fingers|thumb|toe|toes ~ lost ~ ends|end|tips|tip|tops|top', '@flesh ~ come|came|gone|went clean off'] },
  { hazards: ['amputation'], urgency: 'CRITICAL', phrases: ['saw|blade|bandsaw|guillotine|cutter|shears|slicer|chopper ~ gone|went|come|cut through ~ fingers|toes', 'gone|went|cut through two|three|four|both|couple|some of ~ ~ fingers|toes|fingertips'] },
  // "His finger's gone a bit swollen": how it looks, not a finger lost (review 101).
  { signal: 'neutral', phrases: ['@flesh [is|has] gone [a|all|really|very] [bit] swollen|red|white|numb|purple|blue|stiff|fat|puffy|black|tingly|cold|hard'] },
  // "The grinder disc exploded and a bit's stuck in his neck": the disc shattered, no blast (review 101).
  { signal: 'neutral', phrases: ['disc|disk|wheel|blade|grinder|cutter|tyre|tire ~ exploded|shattered|burst|exploding|shattering|went bang'] },
  { hazards: ['embedded_object'], urgency: 'CRITICAL', explainedBy: ['eye_injury', 'tick_bite'], phrases: ['bit|piece|shard|chunk|fragment [of] [it|disc|metal|glass] [is|has] ~ stuck|sticking|lodged ~ in|out'] },
  // "The pads are stuck on" is the defibrillator ready, not someone stuck.
  // Melted plastic or jam "stuck on the back of me hand": a burn that clings, nobody trapped (review 94).
  { signal: 'neutral', phrases: ['stuck on|to the back of @poss hand|hands|arm|arms|wrist|leg|legs|neck|foot', 'stuck on|to @poss hand|hands|arm|arms|skin|wrist|leg|legs|face|fingers|neck|foot', 'stuck on like', 'stuck to the skin', 'stuck to me|him|her'] },
  { signal: 'neutral', phrases: ['pads|pad|electrodes [are|is] [now] stuck on|onto|to', 'pads|pad|electrodes [are|is] [now] on|attached|placed'] },
  // Pinned by a crushing weight is the crush, which says to lift it.
  { hazards: ['trapped'], explainedBy: ['crush'], phrases: ['pinned'] },
  { hazards: ['trapped'], phrases: ['trapped', 'buried', 'can not get out', 'could not get out', 'locked in', 'stuck inside|under|between|behind|on', 'stuck in [the|a] lift|elevator|room|hole|cage|store|basement', '@person ~ stuck', 'collapsed on ~ him|her|them|someone|somebody|me|us|top', 'came down on ~ him|her|them|someone|somebody|me|us|top', 'caved in on ~ him|her|them|someone|somebody|me|us|top', 'under the rubble', 'under the debris'] },
  { hazards: ['trapped', 'confined_space'], phrases: ['stuck|trapped in|inside|down [the|a] [@vesselkind] @vessel', 'can not get out of ~ @vessel'] },
  // "They're in the hopper" beside fingers taken off is the fingers.
  { hazards: ['confined_space'], explainedBy: ['amputation'], phrases: ['@person ~ in|inside|down [the|a] [@vesselkind] [@vesselkind] @vessel'] },
  { hazards: ['confined_space'], phrases: [
    '@person ~ in|inside|down [the|a|an] inspection chamber|chambers|hatch|manhole|shaft', 'confined space',
    // "gone down into the tank", "went in the manhole", "was lowered into the pit", "entered the vessel"
    'went|gone|go|going|climbed|climbing|got|crawled|jumped|dropped|lowered|sent|been in|into|inside|down|up|along [in|into|inside] [the|a] [@vesselkind] [@vesselkind] @vessel',
    // "climbed into the blood tank": what it holds may be any word.
    'climbed|climbing|crawled|crawling|lowered|jumped|dropped|clambered into|inside|down [into|inside|in] ~ @vessel', 'went|gone|going|got down|inside [into|inside|in] ~ @vessel',
    'entered|entering|enter [the|a] [@vesselkind] [@vesselkind] @vessel', 'hatch|ladder|ladders|steps into [the|a] [@vesselkind] [@vesselkind] @vessel', 'bottom of [the|a] [@vesselkind] [@vesselkind] @vessel',
    // No subject word needed when the caller says they are not answering: "Dave's down the manhole and not answering".
    'is|are|was|still in|inside|down [the|a] [@vesselkind] [@vesselkind] @vessel ~ [he|she|they] [is|are|was] not|stopped answer*|respond*|repl*|moving|talking',
    'is|are|was|still in|inside|down [the|a] [@vesselkind] [@vesselkind] @vessel ~ no answer|response|reply',
    'get|pull|lift|bring @person out of [the|a] [@vesselkind] [@vesselkind] @vessel',
  ] },
  // The casualty is in the space: "check their breathing" must not send the caller in after them.
  { hazards: ['confined_space', 'unconscious'], phrases: [
    'collapsed|fainted|slumped|unconscious|unresponsive in|inside|down [in|inside] [the|a] [@vesselkind] [@vesselkind] @vessel', 'passed|blacked|knocked out in|inside|down [in|inside] [the|a] [@vesselkind] [@vesselkind] @vessel',
  ] },
  // A hot liquid is a burn to cool, not a chemical to rinse for twenty minutes at the eyewash.
  { hazards: ['burn'], phrases: ['boiling|scalding|hot ~ water|oil|fat|brine|liquid|stock|syrup ~ down|over|onto|all', 'boiling|scalding brine|liquid|stock|sugar|caramel|syrup|jam', 'hot|boiling|molten|scalding oil|fat|water|metal|tar|wax|grease', 'boiling|scalding coffee|tea|soup|stock|gravy|sauce|jam|syrup|milk|broth|stew|porridge|custard|caramel', 'hot coffee|tea|soup ~ over|on|onto|down|all', 'spilt|spilled|knocked|dropped|poured ~ hot ~ coffee|tea|soup', 'molten ~ down|in|into|on|over', 'molten ~ gone|went|got|poured|spilled|splashed|dropped ~ down|in|into|on|over', 'flared|flashed|flash up ~ face', 'eyebrows|eyelashes|hair ~ gone|singed|burnt|burned', 'singed', 'burnt|burned me @body'] },
  // What a vessel holds is not what happened: "the blood tank", "the acid bath".
  { signal: 'neutral', phrases: ['blood|acid|caustic|fire|gas @vessel'] },
  // Blood coughed up is the chest's, not a wound to press.
  { hazards: ['breathing_difficulty'], urgency: 'CRITICAL', phrases: ['coughing|coughed|cough|coughs|bringing|brought up [a] [bit|little|lot|load|bunch|some|of] [of] blood', 'coughing|coughed|coughs ~ blood'] },
  { hazards: ['breathing_difficulty'], phrases: ['coughing|spitting ~ black|soot', 'black|soot ~ cough*|spit*|nose|mouth', 'gasps'] },
  // "The dust make my chest whistle and I cannot push air out": an asthma attack (review 118).
  { hazards: ['breathing_difficulty'], negationProof: true, phrases: ['chest ~ whistle|whistles|whistling', 'can not ~ push|blow|get ~ air out'] },
  // Snoring or gurgling from someone down is an airway at risk: they are not responding.
  { hazards: ['unconscious'], phrases: ['snorty|snorting|snoring|gurgly|gurgling|rattly|rattling|gargly|gargling', 'snore|snores|gargle|gurgle ~ horrible|loud|awful|funny', 'snore|snores|gargle|gargles|gurgle|gurgles|rattle coming|from ~ him|her|them|his', 'horrible|loud|awful|funny ~ snore|gargle|gurgle'] },
  { hazards: ['medical'], phrases: ['rash|rashes|hives', 'come|came out in ~ rash|spots|lumps|blotches'] },
  // A splash of nothing named is a chemical, unless it was something hot: "hot oil splashed on his arm".
  { hazards: ['chemical_exposure'], explainedBy: ['burn'], phrases: ['splash* ~ @body', 'splash* @person'] },
  // Into an eye it is rinsed whatever it was, and it is what "it's burning" then means.
  { hazards: ['chemical_exposure'], phrases: ['splash*|squirt*|spray* ~ in|into ~ @poss ~ eye|eyes'] },
  // Clothing stuck to a burn, not a limb caught; a heater on "full blast" is not an explosion.
  { hazards: ['burn'], phrases: ['stuck|melted to|onto @poss|the skin|burn|burns|wound'] },
  { hazards: ['burn'], phrases: ['hot|boiling|scalding ~ soup|water|oil|fat|stock|tea|coffee|sauce|milk ~ go|went|gone|going|spilt|spilled|poured|splashed ~ on|over|down', 'hot soup|stock|sauce|gravy|custard|porridge'] },
  { signal: 'neutral', phrases: ['gas|electric|calor|paraffin|bar fire|fires', 'it|that|this is still in|inside there', 'blew|blown|went up in|into @poss face|eyes|eye', 'full blast', 'on blast', 'blast freezer|freezers|chiller|chillers', 'sleeve|sleeves|glove|gloves|clothes|clothing|shirt|trousers|top|overalls ~ stuck|melted to|onto'] },
  { signal: 'neutral', phrases: ['@flesh ~ came|come|slipped off the|a ladder|step|steps|rung|pedal|edge|platform|scaffold|roof|kerb|curb|stool|chair'] },
  // Welding without a mask, then sore eyes: arc eye (review 118).
  { hazards: ['eye_injury'], phrases: ['arc eye|eyes', 'welders|welder flash', 'welding|welded|weld ~ without|no ~ mask|visor|helmet|goggles|shield'] },
  { hazards: ['eye_injury'], phrases: ['something|grit|dust|metal|swarf|splinter|sliver|particle|piece|chip|spark|glass|wood|shard ~ in|into ~ is eye|eyes', 'wire|stick|branch|twig|hook|pin|needle|staple|screw ~ in|into ~ is eye|eyes', 'wire|stick|branch|twig|hook|pin|needle|staple|screw ~ in|into @poss eye|eyes', 'gone|went|flew|shot|whipped right|straight into ~ is eye|eyes', 'gone|went|flew|shot|whipped into ~ is eye|eyes', 'gone|went|flew|shot|whipped right|straight into @poss eye|eyes', 'something|grit|dust|metal|swarf|splinter|sliver|particle|piece|chip|spark|glass|wood|shard ~ in|into @poss eye|eyes', 'flew|went|got|stuck|lodged in|into @poss eye|eyes', 'arc eye', 'welding flash', 'welder|welders [is] flash', '@poss eye|eyes ~ hurt|hurts|injured|cut|scratched|bleeding', 'eye injury', 'poked ~ eye'] },
  { hazards: ['crush'], phrases: ['crush*', 'caught|trapped|grabbed|nipped ~ hand|arm|fingers|finger|foot|leg ~ in|between|under', '@body|hair [has|is] gone|got|went in|into ~ @machine', 'hair|sleeve|glove|gloves|clothes|clothing|scarf|lanyard ~ wound|wrapped|tangled|caught|pulled|snagged|grabbed ~ round|around|in|into', 'dragged @poss|his|her head|arm|hand|hair ~ in|into|down|round|around', 'grabbed|snagged ~ sleeve|sleeves|glove|gloves|hair|clothes|clothing|overalls|jacket', 'squashed|squished|sandwiched ~ between|against', 'pinning|pinned|trapping ~ by|across|on the|his|her chest|legs|arm|arms', 'ram|press|crusher|compactor|baler ~ pushing|pressing|closing|crushing ~ on|onto|against', 'started up on him|her|them', 'wound|pulled|dragged|sucked|drawn @poss arm|hand|leg|foot|fingers|sleeve|hair in', 'drawn|drew|draws|sucked|sucks|dragged|drags|wound @poss @body ~ in|into|between', 'on top of @poss chest|legs|ribs|back|pelvis', 'flattened him|her|them', 'lying|lies|lay across @poss hips|legs|chest|pelvis|back|belly', 'headstone|gravestone|slab|stone ~ toppled|fell|tipped|keeled', 'headstone|gravestone|slab|stone ~ came down', 'pressing|pushing ~ down ~ on ~ ribs|ribcage|chest', 'pressed|pushed|jammed up against him|her|them', 'caught|pulled|dragged|stuck|trapped|sucked in|into|by|between [the|a] @machine', '@body ~ caught|stuck|trapped|pulled|crushed|mangled|dragged|sucked|drawn', 'mangled', 'run over', 'ran over', 'pinned under|between|against|by', 'degloved', 'entangled'] },
  { hazards: ['crush'], urgency: 'HIGH', phrases: ['crushed|smashed|jammed|squashed @poss finger|fingers|toe|toes|thumb|hand|foot', 'hit|struck|knocked by [a|the] load|pallet|beam|pipe', 'hit|struck @person', 'fell|rolled|toppled|tipped|slid|came on|onto ~ him|her|them|someone|somebody|me', 'landed on|onto ~ him|her|them|someone|somebody|me', 'dropped on|onto ~ him|her|them|someone|somebody|me|his'] },
  // "Fell off the bay onto my back" is how they landed; "it came down onto his legs" is a crush.
  { hazards: ['crush'], urgency: 'HIGH', explainedBy: ['burn'], phrases: ['onto @poss leg|legs|foot|feet|arm|arms|chest|hand|hands'] },
  // "Come down across a lad's chest" reads "across a lad is chest".
  { hazards: ['crush'], urgency: 'CRITICAL', phrases: ['across|onto|on ~ is chest|ribs|pelvis', '@heavy|@structure|@thing|@vehicle|shutter|shutters|door|doors|gate|weight|plates|pallet|pallets ~ across|onto @poss chest|ribs|pelvis', 'trapped|pinned|stuck|wedged ~ across @poss chest|ribs|pelvis'] },
  // "Pinned one of the women against the racking by her chest": a chest held so it cannot rise.
  { hazards: ['crush', 'breathing_difficulty'], urgency: 'CRITICAL', phrases: ['against|between ~ by|at|across his|her|their|my|me chest|ribs|waist|belly|stomach', 'wall|walls|racking|post|pillar|column|fence|gate|door|rail|railings|bench|truck|van|lorry|machine|trailer|container ~ by|at|across his|her|their|my|me chest|ribs', 'pinned|trapped|squashed|wedged|jammed @poss chest|ribs ~ against|between|to', 'it is [right|lying|sitting|sat|resting|stuck] across|on|onto his|her|their|my|me chest|ribs', 'sat|sitting|lying|resting|landed|stuck ~ on|across|onto ~ is chest|ribs'] },
  { hazards: ['crush'], urgency: 'HIGH', explainedBy: ['fall'], phrases: ['onto @poss back'] },
  // People by name: "a beam fell on Tom", "the press caught Raj's hand". A heavy thing coming down
  // on someone is a crush whoever it is; a machine is caught on a body part, never on "fire".
  { hazards: ['crush'], urgency: 'HIGH', phrases: [
    'squashed|squeezed|jammed|crushed|pinned against|between|by ~ post|wall|gate|door|vehicle|van|lorry|truck|machine|pillar|column|racking|frame|rail|rails|railing|railings|fence|bars|barrier|pen|hurdle|hurdles',
    'pressing|pressed|pushing|pushed on|against @poss chest|ribs', 'it is pressing|pushing on',
    '@vehicle|@heavy|@structure [is] sat|sitting|resting|lying|stuck on ~ him|her|them|@person|mechanic|fitter|chest|legs|leg',
    'leg|legs|foot|feet|arm|arms [are|is] under|underneath [the|a] @vehicle|wheel|wheels|trailer|tyre|tyres',
    '@person|mechanic|fitter [is] under|underneath [the|a] @vehicle|ramp|lift|jack', 'it is on @poss chest|legs|leg|pelvis', 'its on @poss chest|legs|leg|pelvis',
    '@structure|@thing|@heavy ~ fell|landed|dropped on|onto',
    '@structure|@thing|@heavy ~ came down on|onto',
    'dropped|dropping [a|the] load|pallet|beam|pipe|crate|box|coil on|onto',
    '@machine ~ caught|grabbed|pulled|dragged|trapped|crushed|took|got ~ @body',
  ] },
  // A vehicle into a pipe or tank: what it holds is the danger, not a person struck.
  { hazards: ['gas_leak'], phrases: ['@vehicle ~ hit|struck|knocked|clipped|bumped|reversed|backed|drove|ran|smashed|crashed [into|against] [the|a|an|some|our|my|their|that|this] gas pipe|pipes|line|lines|main|mains|tank|tanks|cylinder|cylinders'] },
  { hazards: ['leak'], phrases: ['@vehicle ~ hit|struck|knocked|clipped|bumped|reversed|backed|drove|ran|smashed|crashed [into|against] [the|a|an|some|our|my|their|that|this] water|oil|air|steam|fuel|sprinkler|hydraulic pipe|pipes|line|lines|main|mains|tank|tanks'] },
  // ...but not when it only landed somewhere: "the box fell on the floor" is nothing, "the racking
  // came down on the floor" is a collapse.
  { signal: 'neutral', phrases: [
    '@thing|@heavy ~ fell|landed|dropped on|onto [the|a] floor|ground|deck|table|bench|road|track|tracks|shelf|roof|grass|concrete|conveyor|belt|@machine',
    '@thing|@heavy ~ came down on|onto [the|a] floor|ground|deck|table|bench|road|track|tracks|shelf|roof|grass|concrete|conveyor|belt|@machine',
  ] },
  // "One of the lads on the roof has come down": he climbed down; the roof stands (review 97).
  { signal: 'neutral', phrases: ['on|up the roof|scaffold|scaffolding|tower|platform|mezzanine [has|have] come|comes|came down'] },
  { hazards: ['structural_collapse'], phrases: [
    '@structure ~ fell|landed|dropped on|onto [the|a] floor|ground|deck|road|track|tracks|grass|concrete',
    '@structure ~ came down on|onto [the|a] floor|ground|deck|road|track|tracks|grass|concrete',
  ] },
  // Struck by a vehicle or a load it carries: "got hit by a wagon", "the forklift reversed into him".
  { hazards: ['vehicle_strike'], phrases: [
    // Not "run over by": that stays a crush, the worse of the two.
    'hit|struck|knocked|clipped|bumped [down|over|into] by ~ @vehicle', 'run|mown down by ~ @vehicle', 'hit|struck|knocked [down|over] by ~ crane|hoist|swinging|suspended load|loads',
    '@vehicle ~ hit|struck|knocked|clipped|bumped|flattened [my|our|a|the|one] @person',
    '@vehicle ~ reversed|backed|drove|ran|rolled|smashed|slammed|crashed|ploughed|plowed into|onto [my|our|a|the|one] @person',
    'reversed|backed into [my|our|a|the|one] @person', 'hit by a|the reversing ~ vehicle|@vehicle',
    // Whoever it hit, by name ("a forklift just hit Tom"): a vehicle hitting something is taken as
    // hitting someone unless what it hit is named as a thing (below). Missing a person costs more.
    '@vehicle ~ hit|struck|knocked|clipped|flattened', '@vehicle ~ reversed|backed|drove|ran|rolled|ploughed|plowed into',
    // "A cyclist's gone under a lorry, the back wheel's on his legs" (review 84).
    'wheel|wheels|tyre|tyres ~ on|over|across ~ @poss|the ~ leg|legs|foot|feet|chest|pelvis|hips|hip|body|arm|arms|belly|stomach', 'gone|went|go|dragged|trapped ~ under ~ a|the ~ @vehicle',
    // "A motor's come through the cones and hit one of our boys" (review 88).
    '@vehicle ~ come|came|gone|went|ploughed|drove|driven ~ through ~ cones|barrier|barriers|coning|taper|works',
  ] },
  { signal: 'neutral', phrases: [
    '@vehicle ~ hit|struck|knocked|clipped|bumped|reversed|backed|drove|ran|rolled|smashed|slammed|crashed|ploughed|plowed [into|against|over] [the|a|an|some|our|my|their|that|this] @structure|@thing|@vehicle|@machine|racking|gate|gates|door|doors|pole|post|posts|bollard|bollards|barrier|barriers|fence|kerb|curb|sign|column|pillar|load|box|boxes|stack|@heavy|line|lines|cable|cables|wire|wires|pylon|overhead',
  ] },
  // A train or wagon weighs tens of tonnes: assume the worst.
  { hazards: ['vehicle_strike'], urgency: 'CRITICAL', phrases: ['hit|struck|knocked|clipped|run [down|over] by ~ @rail', '@rail ~ hit|struck|knocked|clipped [my|our|a|the|one] @person', 'under ~ train|wagon|wagons|tram|locomotive'] },
  // Not a bare "bloody": "bloody hell, it's getting bigger" is a caller swearing.
  { hazards: ['injury_bleeding'], phrases: ['bleed*', 'blood', 'bloody @body', '@body ~ bloody', 'all bloody', 'covered in blood', 'gash', 'laceration', 'deep cut', 'bad cut', 'small cut', 'cut @poss @body', 'cut himself|herself|myself|themselves', 'sliced ~ @body', 'laid|sliced ~ open'] },
  // Blood on the lips after a fit is a bitten tongue or cheek: nothing there to press on.
  { signal: 'neutral', phrases: ['bit|bitten|bites @poss tongue|cheek', 'bit of blood on|round|around @poss lips|mouth', 'blood on|round|around @poss lips', 'blood where|from|as|cos|because ~ bit|bitten @poss tongue|cheek|lip'] },
  { hazards: ['fire'], phrases: ['shop|stockroom|storeroom|warehouse|shed|barn|garage|workshop|kitchen|unit|skip|bins [is|has] gone|went up'] },
  { signal: 'neutral', phrases: ['inhaler|pump|puffer ~ hissing|hisses|empty|spluttering', 'hissing when ~ press|push|squeeze'] },
  // Fitting panels or pipes is the job, not a fit.
  { signal: 'neutral', phrases: ['fitting the|a|an|some|new|solar ~ panel|panels|pipe|pipes|kitchen|kitchens|door|doors|window|windows|cable|cables|roof|boiler|boilers'] },
  // "Burning like they're on fire" describes the pain, not flames.
  { signal: 'neutral', phrases: ['burning like they|it|he|she|i [is|are|am|was|were] on fire', '@poss arms|arm|legs|leg|hands|hand|feet [are|is] burning like'] },
  // "Stone cold sober", "he's dead on now" (Ulster: fine): nobody cold, nobody dead.
  { signal: 'neutral', phrases: ['stone cold sober', '@person [is|are|am|was|feels|feel] [now] stone cold sober', 'dead on', '@person [is|are|am|was|feels|feel] [now] dead on|sound', '@person [is|are|am|was|feels|feel|looks|gone] [now] dead shy|keen|quiet|funny|nice|good|right|proud|chuffed|embarrassed|worried|nervous|tired|sore|busy|lucky', 'dead noisy|loud|fast|quick'] },
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing'], phrases: ['into an|a|the [empty] vat|vats|tank|tanks|silo|sump|pit|manhole|sewer|hopper|culvert|cistern|digester|fermenter|tun', 'bottom of the|a ~ vat|tank|silo|sump|pit|manhole|sewer|hopper|cistern|digester|fermenter|tun'] },
  // A fruit store runs low on oxygen to keep the fruit: someone down inside is a confined-space rescue.
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing', 'medical'], phrases: ['apple|fruit|potato|ca store|stores|chamber|chambers', 'controlled atmosphere'] },
  // A pub or brewery cellar full of CO2 is a space nobody goes into: the gas sinks and fills it.
  // "Collapsed down the cellar, the CO2 from the kegs": a cellar that fills with gas is a confined space (review 117).
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing', 'medical', 'alarm', 'gas_leak'], phrases: ['cellar|cellars|basement ~ co2|gas', 'cellar|cellars|basement ~ carbon dioxide', 'co2 ~ cellar|basement|alarm', 'carbon dioxide ~ cellar|basement|alarm', 'down|in|into the cellar|cellars', 'co2 ~ kegs|keg|cylinder|cylinders|bottles|bottle'] },
  // Fell into a tank is the liquid, not a fall.
  // A knife or a blade slipping is a cut, not a fall; a pen stuck in is the adrenaline; stuck shut is glue.
  { signal: 'neutral', phrases: ['slipped with ~ knife|blade|chisel|saw|grinder|tool|hook|cutter|stanley', 'knife|blade|chisel|saw|grinder|tool|hook|cutter|stanley [is|has] slipped', 'stuck|jabbed @poss|the pen|jab|epipen in', '@person ~ stuck|jabbed @poss|the pen|jab|epipen in', 'stuck ~ shut|together', '@poss lashes|eyelids|eyelid|eye|eyes|lids ~ stuck|glued ~ shut|together|closed'] },
  // A throat or a belly "on fire" is pain, not flames.
  { signal: 'neutral', phrases: ['throat|mouth|chest|stomach|belly|skin|eyes|eye|face|hand|hands|leg|legs|arm|arms [is|are|feels|feel] on fire'] },
  { signal: 'neutral', phrases: ['fell|fallen|falling in|into the|a settling|slurry|septic|sewage ~ tank|pit|lagoon', 'fell|fallen in|into the|a tank|vat|sump|lagoon|slurry|pond'] },
  // "The bleedin' thing" is a swear word, and a hot tea is a drink.
  { signal: 'neutral', phrases: ['the|this|that bleeding thing|things|machine|mixer|engine|door|motor|lorry|van|car|pump', 'hot|warm tea|coffee|drink|drinks|chocolate|soup'] },
  // "Cut his sleeve off" frees a trapped arm; it is not a wound.
  { signal: 'neutral', phrases: ['cut|cutting @poss|the sleeve|sleeves|trousers|jacket|overalls|clothes|clothing|top|shirt|jeans|boot|boots|glove|gloves ~ off|open|away'] },
  // "When I was pressing on his chest" is the rescuer's CPR or thrusts, not a crush.
  { signal: 'neutral', phrases: ['i|we was|were|am|are pressing|pushing on @poss chest', 'am pressing|pushing on @poss chest', 'pressing|pushing on @poss chest ~ i|we'] },
  // Lying with his face in a puddle or the gutter is a person, not a leak.
  { signal: 'neutral', phrases: ['face|head ~ in|into a|the puddle|gutter|water|ditch', 'gutter in|into a|the puddle', 'lying|lies|lay|down in|into a|the [big|huge|massive|great] puddle|puddles'] },
  // "Rub his legs to get the blood going" is warming someone up, not a wound.
  { signal: 'neutral', phrases: ['get|keep|gets|getting|keeps|keeping the|his|her|their|me|my blood going|flowing|moving|circulating', 'blood circulating'] },
  { hazards: ['injury_bleeding'], urgency: 'CRITICAL', phrases: ['squirting|spurting|pumping|pissing|gushing|jetting like a|an ~ hose|hosepipe|tap|fountain', 'squirting|spurting|pumping|pissing|gushing|jetting ~ out|blood|everywhere', 'running|coming|soaking straight through', 'in spurts', 'blood ~ squirting|spurting|pumping|pissing|jetting', 'bleed* ~ bad|badly|heavily|heavy|lot|lots|everywhere|profusely|fast|loads|alot', 'bleed* ~ so much', 'lot of blood', 'lots of blood', 'blood everywhere', 'so much blood', 'pool of blood', 'blood ~ pouring|gushing|streaming|spraying|pumping', 'not stop|stopping|stopped [the] bleeding', 'bleeding will not stop', 'bleeding [has|is|does|did] not stop|stopped|stopping|slowing|slowed', 'spurting', 'gushing', 'squirting', 'pumping blood', 'arterial', 'cut|slashed|sliced|slit|gashed ~ neck|throat', 'laid open ~ neck|throat', 'neck|throat ~ cut|slashed|sliced|slit|gashed', 'neck|throat ~ laid open', 'pulsing|pulsating ~ out|blood|everywhere', 'blood ~ pulsing|pulsating'] },
  // Drunk from the wrong bottle beside a chemical named: swallowed, whatever else is said of it.
  { hazards: ['swallowed_chemical'], besides: ['chemical_spill'], phrases: ['swig|swigged|gulp|gulped|glug|glugged|mouthful|swallow|swallowed|drank|drink|sipped|downed'] },
  // A mouth or throat burning is what was swallowed, unless something hot or a fire is named.
  { hazards: ['burn'], besides: ['fire', 'explosion', 'electric_shock', 'burn'], phrases: ['mouth|lips|lip|tongue|throat|gob [is|are|got|was] [badly|really|very|severely|seriously|quite|pretty] burned|burnt|burning'] },
  { hazards: ['burn'], phrases: ['charred', 'blackened', 'melted into|onto|to ~ skin|arm|arms|leg|legs|hand|hands|him|her|flesh|back|chest|face|neck', 'went|flared|flashed up in|into @poss face', 'skin on @poss @flesh ~ hanging|peeling|coming off', 'nose hairs ~ burnt|burned', 'burn', 'burns', 'got burned|burnt', 'burned|burnt @poss|himself|herself|myself|themselves|him|me|them|us', 'arm|arms|forearm|forearms|elbow|elbows|hand|hands|leg|legs|foot|feet|finger|fingers|thumb|toe|toes|head|face|eye|eyes|hair|back|neck|chest|skin|wrist|wrists|ankle|ankles|knee|knees|shoulder|shoulders|palm|palms|thigh|shin|stomach|belly|hip|body|ear|ears|cheek|forehead|eyelid|eyelids|nose [is|are|got|was] [badly|really|very|severely|seriously|quite|pretty] burned|burnt|burning', 'scald*', 'blister*', 'third degree', 'second degree', 'hot oil ~ on|over', 'molten ~ on|over'] },
  // Eyes that will not open are someone unresponsive, unless a chemical, a burn or smoke is in them.
  { hazards: ['unconscious'], explainedBy: ['chemical_spill', 'chemical_exposure', 'eye_injury', 'burn', 'smoke'], phrases: ['will|can|does not open @poss eyes', 'not opening @poss eyes'] },
  // A chemical said beside someone's eyes, face or skin has reached them ("sodium hydroxide ... she cannot open her eyes").
  { hazards: ['chemical_exposure'], besides: ['chemical_spill'], phrases: ['his|her|my|me|their|your eye|eyes|face|skin|neck|leg|legs|arm|arms|hand|hands|foot|feet|boot|boots|wellies', 'in|into ~ eye|eyes', 'can|could|will not open ~ @poss ~ eye|eyes'] },
  // Skin coming off in a fire is burnt.
  { hazards: ['burn'], besides: ['fire', 'explosion', 'electric_shock'], phrases: ['skin ~ come|came|coming|peel*|hanging|sliding ~ off|away'] },
  { hazards: ['unconscious'], phrases: ['sleepy|drowsy|dozy|floppy|limp and not|no answering|responding|waking', 'not|no answering|responding ~ at all', 'crumpled', 'unconscious', 'passed out', 'collapsed', 'after collapsing|fainting', 'fainted', 'blacked out', 'knocked out', 'out cold', 'unresponsive', 'not responding', 'not respond', 'not answering me', 'can not get an|any answer|word|response|reply out of him|her|them', 'eyes [are] closing on', 'eyes ~ gone|rolled|rolling up|back ~ head', 'barely rouse|wake|waken', 'can not rouse|waken', 'hard|difficult to wake|rouse|waken', 'will not wake up', 'wo not wake up', 'can|could|will not bring|get him|her|them round|around|to', 'will|would not come round|around|to', 'not coming round|around|to', 'no answer|response|reply out of him|her|them', 'will not wake', 'can not wake', 'not waking', 'not conscious', 'went limp', 'went|gone|keeled|fallen over at|on|in|by', 'knocked himself|herself|themselves|myself out', 'gone|going|is [all] limp|floppy', 'floppy', 'not really responding|answering|awake|conscious', 'barely responding|conscious|awake|breathing', 'gone|went|dropped|slumped|sunk|sank|slid to the floor|ground|deck', 'hit the deck|floor', 'keeled over', 'just dropped', 'eyes [are] shut|closed', 'not saying anything|nothing', 'just lying there', 'not with us', 'dropped at|on|by|in the', 'flopped|slumped|keeled|collapsed|fallen forward|over ~ wheel|desk|table|bench|dashboard', 'flopped|slumped forward|over', 'eyes ~ open and staring', 'eyes ~ fixed and staring', 'has|just dropped on|in|to ~ court|floor|pitch|stage|field|track|ground|deck', 'now @person [is] lying still|motionless|lifeless', 'lying there still|motionless|lifeless', 'slumped|crumpled|lying in a heap', 'slumped|lying motionless|lifeless|still', 'eyes [have|has] rolled back|up', 'eyes are|keep|keeps rolling', 'stopped answering|responding', 'spark out', 'sparked out', 'sparko', 'conked|konked out', 'flaked out', 'slumped|flopped|keeled sideways|down', 'slumped on|against|in [the|a] floor|ground|toilet|loo|corner|wall|seat|cubicle'] },
  // Not answering down a tank or a manhole is the confined space's own case: nobody goes in.
  { hazards: ['unconscious'], explainedBy: ['confined_space'], phrases: ['he|she|they [is|are] not answering', 'driver|passenger|casualty|rider|cyclist [is] not answering|responding', 'not answering us|anyone|anybody', 'will not answer ~ me|us|anyone|all', 'he|she|they will not answer'] },
  { hazards: ['unconscious'], negationProof: true, phrases: ['is not responding', 'he|she|they [is|are] not moving', '@person [is|are] not responding|moving|stirring', 'floor|ground|deck [and] not moving|responding', 'lying there ~ not moving|responding'] },
  // Someone giving CPR has found them not breathing: "I'm doing CPR" wants CPR coaching.
  // negationProof: "no one is doing CPR" is still someone not breathing, and must never rule it out.
  { hazards: ['not_breathing'], negationProof: true, phrases: ['doing|started|starting|giving|performing|gave|began cpr|compressions', 'cpr is going|started|ongoing', ...CPR_NOT_STARTED] },
  // A chest that does not move while the belly does is breathing done by the diaphragm alone (a neck injury), not an arrest.
  { hazards: ['breathing_difficulty'], urgency: 'CRITICAL', phrases: ['only|just @poss belly|stomach|tummy ~ going|moving|rising', 'belly|stomach|tummy breathing', 'breathing with|from|through @poss belly|stomach|tummy'] },
  // "Snoring noises, one every few seconds" from someone unresponsive: gasps, not breathing (ERC 2021).
  { hazards: ['not_breathing'], negationProof: true, besides: ['unconscious'], phrases: ['one every few|couple ~ seconds', 'one every so often', 'every few|couple seconds'] },
  // "Not really breathing, just sort of once in a while" (review 105).
  { hazards: ['not_breathing'], urgency: 'CRITICAL', negationProof: true, phrases: ['not really breathing', 'breathing|breath|breaths ~ once in a while|now and again|now and then'] },
  { hazards: ['not_breathing'], negationProof: true, phrases: ['snoring|snore|snores|noise|noises|gasp|gasps|gulp|gulps|breath|breaths ~ one every', 'snoring|snore|snores|noise|noises|gasp|gasps|gulp|gulps|breath|breaths ~ every few|couple', 'snoring|snore|snores|noise|noises|gasp|gasps|gulp|gulps|breath|breaths ~ every so often', 'snoring|snore|snores|noise|noises|gasp|gasps|gulp|gulps|breath|breaths ~ now and then|again'] },
  { hazards: ['not_breathing'], negationProof: true, explainedBy: ['breathing_difficulty'], phrases: ['chest|belly|stomach [is|has] not moving|rising|moved|risen', 'chest|belly|stomach [is] not going up', 'no movement in|of @poss chest'] },
  { hazards: ['not_breathing'], negationProof: true, phrases: ['can not see|hear|feel ~ @poss chest|belly|stomach ~ going|moving|rising', 'can not see|hear|feel ~ him|her|them ~ breathe|breathing|breath', 'can not see|hear|feel any ~ breathing|breath|breaths', 'snoring|gurgling|breathing [has|is] stopped', 'stopped snoring|gurgling', 'one big|odd heave|gasp|gulp ~ every so often|now and then|now and again', 'gulping|gasping|gulps|gasps|heaving|snatching ~ every so often|now and then|now and again', 'only once in a long while', 'gulp|gulps|gasp|gasps like a fish', 'then nothing for a long while', 'chest ~ hardly|barely ~ moving|rising', 'ages|long|seconds between them|breaths|snorts|snores|gasps', 'snort|snore|gasp ~ ages ~ between', 'snort|snore|gasp ~ long time ~ between', 'breath|breaths|breathes|gulp|gulps|gasp|gasps ~ once in a long while', 'gulping|gasping|gulps|gasps ~ once in a while', 'nothing in between', 'can not see|hear|feel [any] breathing|breath|breaths', 'no breaths', 'not taking any|a breath|breaths', 'not taking breaths', 'no breath in|from him|her|them', 'no rise|rising|movement in|of ~ chest', 'no rise and fall', 'chest [is] not rising', 'chest [is] not going up', 'no sign of breath|breathing', 'barely|hardly a breath', 'not a sign of breath|breathing', 'not a breath in|from him|her|them', 'not breathing', 'can not feel|find [a|any|his|her|their] pulse', 'no longer breathing', 'stopped breathing', 'after stopping breathing', 'stop breathing', 'no pulse', 'no heartbeat', 'not breath', 'no breathing', 'not seem ~ breathing', 'not think ~ breathing', 'says|saying|said analysing|analyzing', 'shock advised', 'got|put|stuck the|a defib|defibrillator|aed on him|her|them', 'defib|defibrillator|aed [is] on him|her|them', 'pads on him|her|them', 'not know|tell|sure ~ if|whether ~ breathing|breathes', 'dunno|unsure ~ if|whether ~ breathing|breathes', 'cardiac arrest', 'no signs of life', 'not see him|her|them breathing', 'not hear him|her|them breathing'] },
  // Blue lips, or someone who stops fighting for breath: the attack is life-threatening (BTS/SIGN asthma).
  { hazards: ['not_breathing'], negationProof: true, besides: ['unconscious', 'cardiac'], phrases: ['strange|odd|weird|funny|big|loud|long|great snort|snorts|gasp|gasps|gulp|gulps|grunt|grunts|snore|snores', 'breathing in ~ snorts|gasps|gulps|grunts', 'gulping|gasping|snorting|grunting|heaving ~ thing|things|noise|noises|sound|sounds'] },
  { hazards: ['not_breathing'], negationProof: true, phrases: ['only ~ odd|occasional ~ gasp|gasps|gulp|gulps|breath|snort'] },
  // "We've started pressing on his chest" is CPR going, not a crush.
  { hazards: ['not_breathing'], negationProof: true, phrases: ['started|starting|been|keep|keeping|doing|begun ~ pressing|pushing|pumping on ~ chest', 'i|we am|are pressing|pushing|pumping [down] on @poss chest', 'am pressing|pushing|pumping [down] on @poss chest', 'doing|started|giving|keeping ~ chest pushes|compressions|presses|pumps|pumping|pumpings', 'doing|started|giving ~ the pushes|compressions|cpr'] },
  { hazards: ['breathing_difficulty'], urgency: 'CRITICAL', negationProof: true, phrases: ['fighting|struggling for ~ breath|air', 'barely|hardly|scarcely getting|get ~ a|any breath|air', 'side ~ ribs|chest ~ not|isn ~ rising|moving', 'one side ~ not rising|moving', 'breathing ~ from|with ~ belly|stomach|tummy', 'coming from @poss belly|stomach|tummy', 'going|gone|turning|getting|bit|little|tad|touch ~ blue|grey|gray|purple|bluish|bluey|dusky ~ lips|round', 'lips|fingers|fingernails|nails|face ~ bit|little|tad|touch|slightly ~ blue|grey|gray|purple|bluish|bluey|dusky', 'pink ~ froth|frothy|foam|foamy', 'frothy|foamy ~ pink', 'ribs ~ dead|completely|totally still', 'ribs [are] not moving', 'sucking|whistling|bubbling|hissing|frothing ~ where ~ gone|went|is|it', 'sucking|whistling|bubbling|hissing ~ wound|hole', 'sucking|whistling|bubbling|hissing noise|sound ~ from|in|out|where', 'funny|odd|strange|bad|weird ~ colour|color ~ round|around ~ mouth|lips', 'can only get ~ word|words out', 'one or two words', 'neck|throat|rib|ribs ~ sucking in', 'sucking in at ~ neck|throat|ribs', 'blue|grey|gray|dusky tinge|colour|color ~ round|around|on|to|in ~ lips|face', 'lips|face [are|is|have|has] going|turning|gone|getting|got [a] bluey|bluish|blueish|blue|purple|grey|gray|dusky', 'not fighting for it|breath ~ anymore', 'can not finish a|@poss sentence|sentences', 'two or three words', 'a word or two', 'squeak|squeaking|squeaky|whistle|whistling|crowing ~ breathes|breathing|breath', 'squeak|squeaking|whistle|whistling|crowing ~ every|each time', 'can hardly|barely talk|speak', 'two words at a time', 'down to ~ word|words', 'can not get a sentence out', 'not fighting for it|breath any more', 'stopped fighting for it|breath', 'too tired to breathe'] },
  { hazards: ['breathing_difficulty'], negationProof: true, phrases: ['hard|difficult|struggling|struggle to get a|my [proper|decent|full] breath', 'can not get a proper|decent|full breath', 'can not breathe', 'could not breathe', 'can not breath', 'can not get ~ air|breath ~ in|down', 'can|could hardly|barely|scarcely breathe|breath', 'can|could hardly|barely|scarcely get a|any breath|air', 'hard to breathe', 'struggling to breathe', 'trouble breathing', 'difficulty breathing', 'can not catch ~ breath', 'puffing and panting', 'every breath is|was a struggle', 'breath|breathing is|was a struggle', 'catches|catching him|her|them|me ~ breathes|breathe|breathing|breath', 'hurts|hurt to breathe', 'breathing ~ hurts|catches', 'drag|draw|gulp ~ a breath|air in', 'can not get ~ breath', 'short of breath', 'gasping', 'turning blue', 'gone blue', 'going blue', 'hoarse', 'voice ~ croaky|raspy|hoarse|going', 'lips are blue', 'lips|face|fingers [are|is] going|turning|gone|getting blue|purple|grey|gray', 'lips|face ~ dusky|bluish|blueish', 'one word ~ gasp', 'a word at a time', 'one word per|a|each breath', 'chest ~ gone|going ~ quiet|silent', 'hardly|barely any wheeze', 'not wheezing so|as much', 'ten puffs ~ no better', 'two|three|few words ~ stop|then ~ air|breath|breathe|gasp', 'stop|stopping for air|breath', 'can not finish ~ sentence|sentences', 'fingernails|nails ~ blue|bluey|bluish|blueish|grey|gray|purple|dusky', 'lips|face [has|have|is|are] gone|going|turned|turning a deep|dark blue|purple|grey|gray', 'choking on [the] smoke|fumes|gas|dust|vapour|vapor', 'making|made|makes him|her|them choke|cough'] },
  // The caller's own cough in smoke: the smoke's "leave, keep low" is the answer.
  { signal: 'neutral', phrases: ['making|made|makes me|us choke|cough'] },
  { hazards: ['choking'], urgency: 'CRITICAL', phrases: ['lodged ~ throat|windpipe|gullet', 'gone|went|going down the wrong way', 'clutching|grabbing|clawing [at] @poss neck|throat', 'holding [at] @poss throat', 'no sound|noise ~ coming|comes out', 'pie|meat|steak|sandwich|sweet|sweets|bone|food|apple|bread|chicken|crisps|toffee|grape|haggis|cake|biscuit|nut|nuts|sausage|potato|burger|pasty|gum|mint|lozenge|sprout|carrot|fish|lamb|pork|beef|chip|chips|crust|pizza|meatball ~ stuck', 'pie|meat|steak|sandwich|sweet|sweets|bone|food|apple|bread|chicken|crisps|toffee|grape|potato|sausage|sprout|carrot|mint|lozenge|gobstopper ~ lodged|wedged|caught|stuck', 'lodged|wedged in him|her|them|his|their', 'not a sound|peep|squeak ~ out of|from him|her|them', 'can not get ~ breath|air ~ past|round it'] },
  // "He cannot speak, he hold his neck, he make no sound" (review 88): choking told without the word; after a fall or a blow, the neck is the injury.
  { hazards: ['choking'], urgency: 'CRITICAL', explainedBy: ['fall', 'head_injury', 'crush', 'vehicle_strike', 'injury', 'fracture', 'unconscious', 'not_breathing', 'electric_shock', 'hanging', 'violence'], phrases: ['hold|holds|holding|grab|grabs|clutch|clutches [at] @poss neck', 'make|makes|making no sound|noise'] },
  // "I'm choking" in a cloud of fumes is the fumes: breathing trouble, not back blows.
  { hazards: ['breathing_difficulty'], besides: ['chemical_spill', 'chemical_exposure', 'smoke', 'gas_leak', 'carbon_monoxide'], phrases: ['choking', 'choked'] },
  { hazards: ['choking'], explainedBy: ['chemical_spill', 'chemical_exposure', 'smoke', 'gas_leak', 'carbon_monoxide'], phrases: ['choking', 'choke', 'choked'] },
  { hazards: ['choking'], phrases: ['choking|choked|choke on ~ pie|meat|steak|sandwich|sweet|sweets|bone|food|apple|bread|chicken|crisps|toffee|grape|potato|sausage|sprout|carrot|mint|lozenge|gobstopper|beef|biscuit|cake|nut|nuts|crust|chip|chips|burger|pasty|roll|pizza|fish|meatball|lamb|pork', 'something stuck in ~ throat', 'stuck in ~ throat', 'food stuck', 'swallowed ~ wrong way', 'can not cough'] },
  // "He's got pains in his chest" (review 89): pains, as well as a pain.
  // Their own defibrillator, inside the chest, firing: the heart, not the mains (review 108).
  { hazards: ['cardiac'], phrases: ['implanted|internal ~ defibrillator|defib|defibrillators', 'icd', 'defibrillator|defib|pacemaker ~ in @poss chest', 'one|thing ~ in @poss chest ~ went|gone|going|fired|shocked', 'her|his|my|their defibrillator|defib ~ went|gone|going|fired|firing|shocked', 'the one in her|his|my|their chest'] },
  { hazards: ['cardiac'], phrases: ['pains|aches in @poss chest', 'pains|aches in the chest'] },
  { hazards: ['cardiac'], phrases: ['crushing ~ chest|pain', 'chest ~ crushing', 'chest ~ hurts|hurting|aching|sore|tight|killing|burning', 'pain ~ down|in ~ left arm', 'pain ~ in ~ jaw'] },
  { hazards: ['burn'], phrases: ['@person [is|was|got|has|have] [been] [badly|severely|really|seriously] burned|burnt'] },
  // A fitting is a part ("the light fitting", "a pipe fitting"), not a seizure; a cable tray is not a power line.
  // "The Burns supper" is a Scottish dinner, not burns.
  { signal: 'neutral', phrases: ['burns supper|suppers|night|nicht|dinner|club|celebration|party', 'rabbie burns'] },
  // "About to hit the deck" is someone about to faint, still awake.
  { hazards: ['medical'], phrases: ['about|going|gonna ~ hit the deck|floor', 'about|going|gonna to keel|pass|black', 'close|near|nearly|enough|about|going|almost ~ keeling|keel over'] },
  // Head and shoulders in a fermenter or vat, then dizzy or gasping: the gas in it (carbon dioxide).
  { hazards: ['gas_leak'], besides: ['breathing_difficulty', 'medical', 'unconscious'], phrases: ['head|heads|shoulders ~ in|inside|into ~ fermenter|fermenters|vat|vats|tun|tuns|washback|washbacks|silo|tank|hold'] },
  // "He's dead dozy": dead is how dozy, not a death.
  { hazards: ['medical'], phrases: ['@person [is|looks|seems|gone] dead dozy|tired|sleepy|drowsy|groggy|woozy|dizzy|pale|white|cold|quiet|slow|rough|ill|sick|clammy|sweaty|confused|grey|gray'] },
  { signal: 'neutral', phrases: ['a|the|off|from|with|holding|lit|lighting sparkler|sparklers', 'off|from|with a|the sparkler|sparklers'] },
  // "A round bale's tumbled off the stack": the load fell, not the person.
  { signal: 'neutral', phrases: ['bale|bales|bag|bags|sack|sacks [is|has] tumbled|toppled|fallen|dropped|come off|from'] },
  // A swig from a bottle beside a burning mouth or a chemical: swallowed.
  { hazards: ['swallowed_chemical'], besides: ['burn', 'chemical_spill', 'chemical_exposure'], phrases: ['gulp|swig|mouthful|sip|slug ~ bottle|cup|glass|mug|can|flask|jar'] },
  // "Bitter cold down here and I'm shaking": the cold, once it is named beside the shaking.
  // "Hot then freezing cold" is a fever's chills (someone ill), not cold exposure.
  { hazards: ['medical'], phrases: ['hot then|and ~ cold|freezing|shivering', 'hot then|and ~ shivering|shaking', 'hot and cold'] },
  // "They're both really out of it": drowsy or confused (review 109).
  { hazards: ['medical'], phrases: ['really|totally|completely|bit|all|both|proper|well out of it', '@person is|are|seems|seem|looks|look|was|were out of it'] },
  // A fever said as a number or a word: unwell, and a reply of its own for transplant or chemo drugs (review 108).
  { hazards: ['medical'], phrases: ['temperature|temp ~ 38|39|40|41|thirty|forty|high|raging', 'fever|feverish|rigors', 'high temperature', 'shivery|shivering ~ temperature|fever'] },
  { signal: 'neutral', phrases: ['hay fever|fevers', 'hayfever', 'glandular fever', 'cabin fever'] },
  // "No trouble breathing": the breathing is fine, said outright (review 110).
  { signal: 'neutral', phrases: ['no|not|without ~ trouble|problem|problems|difficulty|bother ~ breathing|breathe|breath'] },
  // "She's ever so cold", "real cold to touch": the cold on someone (review 110).
  { hazards: ['hypothermia'], phrases: ['@person [is|feels|feel|was] [ever|so|really|very|real|freezing|stone|ice|icy] [so] cold to [the] touch', 'ever so|really|very|real|stone|ice|icy cold to [the] touch', '@person is|feels ever so|stone|ice|icy|freezing cold'] },
  // "Knocked by the bull", "the cow trampled him": livestock injuries (review 112); "a monia leak" is ammonia misheard.
  { hazards: ['injury'], phrases: ['knocked|gored|trampled|tossed|charged|butted|flattened|crushed|pinned|kicked ~ by ~ bull|cow|cows|bullock|steer|heifer|ram|horse|stallion', 'bull|cow|bullock|steer|heifer|ram ~ knocked|gored|trampled|tossed|charged|butted|flattened|crushed|pinned ~ him|her|them|me|dad|father'] },
  { hazards: ['gas_leak'], phrases: ['a monia', 'amonia'] },
  // "I pressed the alarm button and nobody answered": a stuck lift's call button, not a fire alarm (review 112).
  { signal: 'neutral', phrases: ['pressed|pushed|hit|pressing ~ the|an ~ alarm|emergency ~ button|buttons|bell', 'alarm button|buttons'] },
  // "She crushed them up in her drink": tablets, not someone crushed (review 109).
  { signal: 'neutral', phrases: ['crushed|crush|crushing ~ them|it|tablets|pills|some ~ up|into|in', 'crushed|crushing up', 'crushed tablets|pills'] },
  // Wild mushrooms eaten: a poisoning, however well the picker knew them (review 109).
  { hazards: ['swallowed_chemical'], phrases: ['ate|eaten|eating|picked|fried|cooked ~ mushroom|mushrooms|toadstool|toadstools|fungi|berries', 'wild mushroom|mushrooms'] },
  // Pumps worn on the body run on batteries (review 108): "one of them insulin pumps on his belly".
  { signal: 'neutral', phrases: ['insulin|breast|feeding|morphine|pain|syringe|drug pump|pumps', 'insulin|breast|feeding|morphine|pain|syringe|drug pump|pumps [is|are|was|were|still] on|running|going|working|pumping|beeping|alarming'] },
  // "He's got Addison's", "a steroid emergency card": a known condition beside a collapse (review 108).
  { hazards: ['medical'], besides: ['unconscious', 'not_breathing', 'fall', 'medical'], phrases: ['addisons|addison|adrenal', 'steroid ~ card|emergency'] },
  // Pain "going into my back" spreads; nothing went in.
  { signal: 'neutral', phrases: ['pain|crushing|ache|aching|tightness ~ going|spreading|moving|shooting into|to|through @poss back|arm|arms|jaw|neck|shoulder|shoulders'] },
  // A sudden worst-ever headache can be a bleed in the brain: the stroke's lines (still, nothing by mouth, the time).
  { hazards: ['stroke'], urgency: 'CRITICAL', phrases: ['worst headache', 'worst ~ headache ~ life|ever', 'headache ~ all of a sudden|out of nowhere|thunderclap', 'sudden ~ headache|head pain'] },
  { signal: 'neutral', phrases: ['like someone|somebody ~ hit|whacked|smacked|punched|kicked|hammered ~ him|her|me|them|head', 'head ~ falling|dropping|nodding|flopping|lolling ~ down|forward|forwards'] },
  { hazards: ['hypothermia'], phrases: ['cold ~ and ~ shaking|shivering', 'shaking|shivering ~ with|from the ~ cold', 'shivering like mad|crazy|anything', 'minus ~ degrees', 'minus one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty out|outside|here|tonight|today', 'below freezing'] },
  { hazards: ['breathing_difficulty'], phrases: ['breathing [is|has] [gone|getting|going] [really|very|so|dead] shallow|weak', 'using @poss belly|stomach|tummy', 'tummy|belly|stomach ~ doing ~ work|breathing'] },
  // CPR's pushes on a chest, and a stage's smoke machine, are neither a crush nor a fire's smoke.
  { signal: 'neutral', phrases: ['start|starting|keep|keeping|should|shall|can|do|doing|is|are|was|were|been|am ~ pushing|pressing|pumping [down] on @poss chest', 'smoke|fog|haze machine|machines|fluid'] },
  // "The fermenting room" or "the ice bath": where the casualty was, beside what it did to them.
  // A brewery's brew house is its hot side, the mash and the kettles; the gas is where it ferments (review 113).
  { hazards: ['gas_leak'], besides: ['breathing_difficulty', 'medical', 'unconscious'], phrases: ['fermenting|fermentation room|cellar|shed|hall|house|tank|tanks|vessel', 'brewing|brew room|cellar|tank|tanks|vessel'] },
  // "Stuck down in it up to his chest for forty minutes": a long wade in floodwater chills (review 107).
  { hazards: ['hypothermia'], phrases: ['up to @poss chest|waist|neck|armpits ~ for ~ minutes|hour|hours|ages', 'in the water ~ for ~ minutes|hour|hours|ages'] },
  { hazards: ['hypothermia'], phrases: ['ice bath|baths ~ too long|ages|hour|minutes', 'stayed|left|kept|been ~ in ~ ice bath|baths', 'shaking|shivering violently'] },
  // "The neck's gone crunchy": something gave in the neck or back.
  { hazards: ['fall'], phrases: ['neck|back|spine [is|has] gone|went ~ crunchy|crack|cracked|click|clicked|crunch|crunched', 'smashed|slammed|crashed|ploughed ~ into ~ post|fence|wall|tree|barrier|pole|pillar'] },
  // A gas forklift driven all morning with the doors shut, people ill: its exhaust.
  { hazards: ['carbon_monoxide'], besides: ['medical', 'unconscious', 'breathing_difficulty'], phrases: ['gas|lpg|diesel|petrol|propane forklift|forklifts|truck|trucks|loader|van|polisher ~ driving|going|running|been|working|on', 'doors|door|shutters|windows ~ shut|closed|down ~ forklift|truck|engine|van'] },
  // A basket or a pan that slipped is not a fall; a steam train is not a steam leak.
  { signal: 'neutral', phrases: ['basket|pan|pot|tray|lid|bucket|jug|bottle|knife|grip|hand|foot|wrench|spanner|chisel|blade|load slipped|slid|went', 'steam train|trains|engine|engines|loco|locos|locomotive|railway|rally|fair|roller'] },
  // A hand gone inside a machine, or its blade catching fingers, is the machine's crush.
  { hazards: ['crush'], phrases: ['hand|arm|fingers|finger|foot|leg|sleeve|glove [is|has] gone|went|got ~ inside', 'blade|blades|mixer|roller|rollers|auger|belt|chain|gear|gears ~ catch|catches|catching|caught|grabbed|has|got ~ @poss|his|her|their fingers|finger|hand|arm'] },
  // Skin pulled off a hand "like a glove": a degloving wound, which bleeds.
  { hazards: ['injury_bleeding'], urgency: 'CRITICAL', phrases: ['like a glove', 'skin ~ pull|pulled|peeled|ripped|torn|stripped ~ off|away ~ fingers|finger|hand|hands|arm'] },
  { hazards: ['heat_illness'], urgency: 'CRITICAL', phrases: ['hot as ~ oven|furnace|radiator|fire|toast|kettle'] },
  { hazards: ['chemical_spill'], phrases: ['paint|varnish|graffiti|rust|wallpaper stripper|strippers|remover|removers'] },
  // Review 38's wordings: a collapse "right over", a noggin, a bleed pouring dark red, a sleeve pulled inside.
  { hazards: ['unconscious'], phrases: ['keeled|keels|keeling [right|straight|clean|just] over'] },
  { hazards: ['head_injury'], phrases: ['noggin|bonce|nut|napper ~ hit|smacked|cracked|banged|bounced|whacked', 'hit|smacked|cracked|banged|bounced|whacked @poss noggin|bonce|napper'] },
  // "A board landed on his head, he had his hat on, the hat's split": the blow that split it hit the head (review 118).
  { hazards: ['head_injury'], phrases: ['hat|helmet|hardhat [is|has|was] [been] split|cracked|smashed|dented|caved|snapped'] },
  // "The billhook skidded off a stake and went into me forearm": a blade that cut, not a fall or an impalement.
  { hazards: ['injury_bleeding'], phrases: ['@blade skidded|slipped|glanced|bounced|slid off ~ and went|gone ~ into|in|through'] },
  { hazards: ['injury_bleeding'], urgency: 'CRITICAL', phrases: ['pouring|gushing|spurting|pumping ~ dark|bright red', 'sliced|cut|slashed|gashed ~ deep|open'] },
  { hazards: ['crush'], phrases: ['pulling|pulled|dragging|dragged|sucking|sucked @poss|his|her|their|my arm|hand|sleeve|leg inside|in|into'] },
  { hazards: ['embedded_object'], phrases: ['stuck|skewered|hung|hanging|impaled on it', '@person [is|are] stuck|skewered|hung|hanging|impaled on it|there', 'stuck|skewered|hung|hanging|impaled on the bar|spike|rod|rebar|stake|railing|railings'] },
  { hazards: ['breathing_difficulty'], negationProof: true, phrases: ['can not fill @poss lungs', 'can not get @poss breath'] },
  { hazards: ['fracture'], phrases: ['foot|leg|toes|knee ~ pointing|turned|facing|sticking ~ outwards|out|sideways|wrong'] },
  // "One of our residents on the floor of her room": a fall until said otherwise (review 113). Not
  // "found him on the floor", which a missing-person call needs read as found.
  { hazards: ['fall'], explainedBy: ['seizure', 'unconscious', 'not_breathing', 'medical', 'overdose', 'cardiac', 'stroke', 'low_blood_sugar'], phrases: ['@person|resident|residents|patient|customer|volunteer|volunteers|lady|gentleman|gent|man|woman ~ on the floor|ground of ~ room|bedroom|bathroom|toilet|toilets|kitchen|flat|lounge|hall|stockroom|office|shop|corridor', '@person|resident|residents|patient|customer|volunteer|volunteers|lady|gentleman|gent|man|woman ~ on the floor|ground in the ~ room|bedroom|bathroom|toilet|toilets|kitchen|flat|lounge|hall|stockroom|office|shop|corridor'] },
  // "The right leg looks short and turned out": a broken hip's sign (review 113).
  { hazards: ['fracture'], phrases: ['leg ~ short|shorter ~ turned|rotated|twisted|rolled', 'leg ~ shorter than ~ other', 'hip|hips ~ very|really|so|bad|terrible ~ pain|painful|hurting|sore|agony', 'hip|hips [is|are] [in] [so|very|really] pain|painful|agony|killing'] },
  { hazards: ['fall'], phrases: ['slammed|crashed|smashed|ploughed ~ into ~ bollard|kerb|curb|lamppost|post|wall|railing|barrier'] },
  // Dry ice or a fog of it in a closed room, beside someone dizzy or gasping: carbon dioxide.
  { hazards: ['gas_leak'], besides: ['breathing_difficulty', 'medical', 'unconscious'], phrases: ['dry ice', 'fog ~ round|around ~ feet|floor'] },
  { hazards: ['swallowed_chemical'], besides: ['chemical_spill', 'chemical_exposure', 'burn'], phrases: ['glugged|gulped|swigged|drank|drunk|sipped|took|had ~ drink|water|pop|juice|squash|sports|coke bottle'] },
  { hazards: ['heat_illness'], urgency: 'CRITICAL', phrases: ['skin ~ roasting|boiling|burning|baking|scorching ~ dry', 'skin [is] roasting|boiling|baking|scorching'] },
  // Forty degrees in the sun and dizzy or sick is the heat, not something else.
  { hazards: ['heat_illness'], besides: ['medical', 'heat_illness'], phrases: ['forty|fifty|40|42|45|48|50 degrees', 'forty five|eight degrees'] },
  // "It's like 112, I got goosebumps and chills even though I'm cooking" on a roof (review 118): heat illness in Fahrenheit.
  { hazards: ['heat_illness'], besides: ['medical', 'heat_illness'], phrases: ['it is like|about|over|nearly|near 100|102|104|105|106|108|110|112|114|115|118|120', 'goosebumps|chills ~ even ~ cooking|roasting|baking|boiling|sweltering'] },
  // "Actin real strange" is someone taken ill; "a hundred and six out there" is Fahrenheit heat (review 114).
  { hazards: ['medical'], phrases: ['acting|actin ~ strange|weird|funny|odd|confused|oddly|strangely|drunk|crazy', 'not acting ~ right|himself|herself|themselves'] },
  { hazards: ['heat_illness'], besides: ['medical', 'heat_illness', 'unconscious', 'seizure'], phrases: ['it is ~ like|about|over|nearly|near 110|111|112|113|114|115|116|117|118|119|120', 'a|one hundred and ~ out there', 'a|one hundred and ~ outside|degrees|today', 'hundred ~ degrees', 'a|one hundred plus|odd', 'triple digits'] },
  // Sweat that has stopped in the heat is heatstroke: the body has stopped cooling itself.
  { hazards: ['heat_illness'], urgency: 'CRITICAL', phrases: ['stopped|stop sweating', 'not sweating any more|anymore', 'no longer sweating'] },
  { hazards: ['anaphylaxis'], phrases: ['react|reacts|reaction ~ badly|bad ~ to them|wasps|bees|stings|it|nuts|peanuts', 'welts|hives ~ coming|come|came up'] },
  // Arms that burn from doing CPR are tired muscles, not a burn.
  { signal: 'neutral', phrases: ['my|me|his|her|their arms|arm|muscles|shoulders [are|is] burning|killing|dead|aching'] },
  // "Gasping for a drink" is thirst.
  { signal: 'neutral', phrases: ['gasping for ~ drink|water|sup|cup|coke|tea|pint|brew|fag|smoke|cuppa|squash|juice|beer|lager', 'gasping ~ coke|drink|water|tea|cuppa|brew'] },
  // A crane's or a cutter's boom is its arm, not a bang; "run over and drag him" is running, not a vehicle.
  { signal: 'neutral', phrases: ['is|the|crane|digger|excavator|picker|hiab|pump|mast|its|cutter|harvester|loader|telehandler boom|booms', 'run|running|nip|dash|go over and|to'] },
  // "Fitting out the cellar" is the building work, not a fit.
  // "The shopfront we're fitting", "giving blood": the work and the donation, not a fit or a wound (review 99).
  { signal: 'neutral', phrases: ['we|i|they|were|are|am fitting', 'we|i|they [are|am|were] fitting', 'blood donation|donor|donors|bank|session', 'give|giving|gave|donate|donating|donated blood', 'warm|warming|heat|heating ~ the|his|her|their blood', 'get|getting|keep|keeping ~ the|his|her|their blood ~ going|flowing|moving|pumping|circulating'] },
  { signal: 'neutral', phrases: ['fitting|fitted out|up', 'fitting [a|the|new] kitchen|kitchens|carpet|carpets|windows|window|doors|door|boiler|pipes|units|cupboards|tiles|shelves|lights|sockets|cables|glass|glazing'] },
  // "A blast of oxygen" is a puff from a bottle, not an explosion.
  { signal: 'neutral', phrases: ['blast|burst|whiff|puff|shot|squirt of ~ oxygen|air|that|it'] },
  { signal: 'neutral', phrases: ['light|pipe|pipes|gas|hose|electrical|compression|brass|plumbing|ceiling|wall|roof fitting|fittings', 'cable tray|trays|trunking|ladder|ladders|rack|racks', 'overhead cable tray|trays|trunking|ladder|ladders|rack|racks'] },
  { signal: 'neutral', phrases: ['stuck|jabbed|put|injected|stabbed it|pen|needle ~ in|into @poss thumb|finger|fingers|hand|palm', 'stuck|jabbed|put|injected|stabbed the pen|needle ~ in|into @poss thumb|finger|fingers|hand|palm', '@person ~ stuck|jabbed|stabbed it|pen|needle ~ in|into @poss thumb|finger|fingers|hand|palm'] },
  { signal: 'neutral', phrases: ['headstone|gravestone|stone|slab|wall|stack|shelf|shelving|racking|tree|post|pole|cabinet|machine|load ~ keeled|toppled|tipped over on|onto'] },
  { signal: 'neutral', phrases: ['nail glue|varnish|polish|file|bar|technician|tech'] },
  { signal: 'neutral', phrases: ['blood|red spots|dots ~ eye|eyes|face', 'eye|eyes ~ full of ~ red|blood spots|dots'] },
  { signal: 'neutral', phrases: ['choked up', 'bit choked', 'choking back', 'i am choked', 'nearly|almost choked'] },
  // "Her face has blown up" after a sting is swelling, not a blast.
  { signal: 'neutral', phrases: ['@flesh|lips|tongue|eye|eyes ~ blown|blew up'] },
  // Bites and stings. A snake: kept still, nothing cut, sucked, washed or tied. An animal or a
  // person: the bleeding, then washed under running water and seen by a doctor. An insect: the
  // sting scraped out and the casualty watched for a reaction (anaphylaxis, below, when it starts).
  { hazards: ['snake_bite'], phrases: [
    'snake|snakes|adder|adders|viper|vipers|rattler|rattlers|rattlesnake|rattlesnakes|cobra|mamba|taipan|copperhead|cottonmouth|krait|boomslang ~ bit|bitten|bite|bites|biting|got|struck|strike|strikes',
    'bit|bitten|struck|got ~ by ~ snake|snakes|adder|adders|viper|vipers|rattler|rattlers|rattlesnake|rattlesnakes|cobra|mamba|taipan|copperhead|cottonmouth|krait|boomslang', 'snake bite|bites', 'snakebite*', 'fang|fangs ~ marks|mark|holes',
    'bit|bitten|struck|hit ~ @flesh ~ by ~ snake|snakes|adder|adders|viper|vipers|rattler|rattlers|rattlesnake|rattlesnakes|cobra|mamba|taipan|copperhead|cottonmouth|krait|boomslang', 'snake|snakes|adder|adders|viper|vipers|rattler|rattlers|rattlesnake|rattlesnakes|cobra|mamba|taipan|copperhead|cottonmouth|krait|boomslang bite|bites',
  ] },
  // A venomous kind named is the bite (nobody rings about an adder that bit no one); a funnel-web
  // gets what an Australian snake bite gets (pressure bandage, kept still).
  { hazards: ['snake_bite'], phrases: [
    'adder', 'viper', 'rattler', 'rattlesnake', 'cobra', 'mamba', 'taipan', 'copperhead', 'cottonmouth', 'krait', 'boomslang', 'joe blake|blakes',
    // Australia's browns and tigers are named without "snake" (review 65).
    'eastern|western|king|mulga brown|browns', 'tiger snake|snakes', 'death adder', 'red bellied black', 'dugite|gwardar', 'bitten|bit|got ~ by ~ brown|tiger|dugite|gwardar',
    'zigzag ~ down|on|along ~ its|the ~ back', 'zig zag ~ down|on|along ~ its|the ~ back', 'funnel web|webs', 'funnelweb*',
  ] },
  // Tentacles, whip marks and the posts of vinegar on a tropical beach are the sea's; "stinger" alone is a bee's too.
  // A stingray's barb left in the wound is an impaled object: left in, pressed around.
  { hazards: ['embedded_object'], besides: ['marine_sting'], phrases: ['barb|barbs|spike|spikes ~ stuck|sticking|lodged|still|in', 'snapped|broken off ~ sticking out', 'sticking out of ~ it|wound|ankle|foot|leg|calf|shin'] },
  { hazards: ['marine_sting'], phrases: ['jellyfish', 'jellyfishes', 'bluebottle', 'bluebottles', 'portuguese man', 'weever', 'weevers', 'stingray', 'stonefish', 'irukandji', 'tentacle|tentacles', 'whip|whiplash ~ marks|mark|lines|welts|stripes', 'marine stinger|stingers', 'stinger|stingers post|posts|net|nets|suit|suits|season|enclosure',
    'urchin|urchins', 'spine|spines ~ stuck|snapped|broken|broke ~ in|off|foot|feet|hand|sole', 'stood|trod|stepped|standing on something in the shallows|water|sea|surf|sand|rockpool|rockpools',
    // Told, not named: the strings, the blue balloon, the ladder marks, a rock on the reef that bit, a spiky ball, a flat fish.
    'stringy|string|strings|threads|thread|tentacly ~ stuck|wrapped|across|round|on|all', 'clear|slimy|jelly|jellied ~ bits|stuff|strands|gunk|slime ~ stuck|on|all',
    'come|came|coming|got|getting out of the water|sea|surf ~ screaming|howling|yelling|crying|shrieking|in agony', 'dip|swim|paddle ~ and ~ come|came|comes out screaming|howling|yelling|crying|shrieking', 'ladder marks|lines|welts', 'blue|clear|see through ~ balloon|balloony|bubble|bubbly|bag|blob|string|strings|stringy',
    'ginger|hairy|jelly|jellies|slimy ~ blob|blobs|thing|things ~ water|sea|swim|swimming', 'lion s|lions mane', 'lionfish|catfish|scorpionfish|singhi|stonefish', 'lion|scorpion fish', 'fish ~ spine|spines|barb|fin|spiked|stabbed|stung', 'spine|spines|barb|barbs ~ off|from|of ~ fish|fishes', 'spiky|spikey|prickly ~ ball|balls|thing|things', 'thought was a rock', 'reef flat|flats', 'diamond shaped|shape fish', 'flat fish|ray ~ whacked|stung|hit|got',
    'knelt|kneeling|stood|trod|stepped ~ on ~ spiky|spikey|prickly|reef|coral|rock ~ ball|thing|flat'] },
  // Diving into water too shallow drives the head into the bottom: the neck, until shown otherwise.
  { hazards: ['fall', 'head_injury'], phrases: ['dived|dove|dive|diving|jumped|jumping ~ in|into|off ~ shallow|shallower|rocks|bottom', 'way|too|really shallow|shallower ~ than', 'hit|smacked|banged ~ head|bottom ~ bottom|rocks|riverbed|seabed'] },
  { hazards: ['spider_bite'], phrases: [
    'spider|spiders|redback|redbacks|widow|recluse|tarantula ~ bit|bitten|bite|bites|got', 'bit|bitten|got ~ by ~ spider|redback|widow|recluse|tarantula',
    'bit|bitten ~ @flesh ~ by ~ spider|redback|widow|recluse|tarantula', 'spider bite|bites', 'redback|redbacks', 'black widow', 'brown recluse',
  ] },
  // Told, not named: a bead or a bug with legs, burrowed in; little blood-sucking things.
  // "A little black thing like a seed stuck in me knee, it won't brush off and it's got legs".
  { hazards: ['tick_bite'], phrases: ['it is got legs', 'it has got legs', 'it has legs', 'has|have got little|tiny|wee|black ~ legs', 'with little|tiny|wee ~ legs', 'seed|seeds|speck|specks|scab ~ with|has|have|got ~ legs', 'seed|seeds|speck ~ stuck|latched|attached|dug|buried ~ in|on|into'] },
  { hazards: ['tick_bite'], phrases: ['bead|bug|bugs|beastie|beasties|thing|things|spider ~ with legs', 'bug|bugs|beastie|beasties ~ burrowed|buried|latched|dug|embedded|stuck', 'blood sucking|sucker|suckers ~ thing|things|bug|bugs|on', 'bloodsucking|bloodsucker|bloodsuckers', 'burrowed ~ into|in ~ skin|knee|leg|arm|back|belly|groin|side|head|neck|ear'] },
  // "Holding his neck" after a crash or a fall is the neck, not a choke; a vehicle rolled with them in it is a fall's injuries.
  { hazards: ['fall'], phrases: ['rolled|flipped|overturned|tipped|rolling|flipping ~ the|his|her|my|a|their ~ ute|car|truck|quad|tractor|van|hilux|landcruiser|jeep|bakkie|wagon|vehicle|buggy|pickup|lorry', 'ute|car|truck|quad|tractor|van|hilux|landcruiser|jeep|bakkie|vehicle|buggy|pickup ~ rolled|flipped|overturned|went over'] },
  { hazards: ['fall', 'head_injury'], phrases: ['diving|dived|dove|jumped|jumping ~ off ~ pier|jetty|rocks|bridge|wall|quay|harbour', 'hit|smacked|struck the bottom|seabed|riverbed|sand', 'tide was out'] },
  { hazards: ['tick_bite'], phrases: ['tick|ticks ~ in|on|off|stuck|dug|buried|attached|bit|bitten|embedded|latched', 'pulled|took|removed|picked ~ tick|ticks', 'found ~ tick|ticks', 'tick bite|bites', 'lyme'] },
  { hazards: ['animal_bite'], phrases: [
    'dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals ~ bit|bitten|bites|biting|mauled|savaged|nipped|chomped', 'dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals ~ had|got|took|grabbed hold', 'dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals ~ gone|went|lunged|flew for|at', 'dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals ~ had a go', 'dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals had|got him|her|me|them|his|my',
    // "He was bite by big dog" (review 112).
    'bit|bitten|bite|bited|biten|mauled|savaged|nipped ~ by ~ dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals', 'bit|bitten ~ @flesh ~ by ~ dog|dogs|alsatian|alsatians|rottweiler|pitbull|terrier|collie|staffie|hound|mastiff|cat|cats|rat|rats|horse|horses|pony|stallion|mare|pig|pigs|boar|sow|monkey|ferret|fox|badger|squirrel|goat|ram|camel|llama|alpaca|donkey|bat|macaque|macaques|chimp|chimpanzee|ape|baboon|lemur|marmoset|animal|animals', 'dog|animal|rat|horse|human bite|bites', 'mauled', 'savaged',
    'customer|customers|patient|patients|resident|residents|prisoner|prisoners|inmate|inmates|pupil|pupils|child|kid|toddler|client|detainee ~ bit|bitten|bites|sank ~ teeth|me|him|her|them|his|my|into', 'bit|bitten ~ officer|officers|nurse|carer|guard|teacher|keeper|colleague|warden', 'bitten by ~ customer|customers|patient|patients|resident|residents|prisoner|prisoners|inmate|inmates|pupil|pupils|child|kid|toddler|client|detainee',
  ] },
  // "Stick ma hand in the burn tae cool it": a Scots stream, not a burn.
  { signal: 'neutral', phrases: ['in|into|down the burn', 'burn ~ to ~ cool'] },
  // "The helmet's choking him": the strap round the neck, not something in the airway.
  { signal: 'neutral', phrases: ['helmet|strap|chinstrap|collar|tie|lanyard|harness|hood|zip ~ choking|strangling'] },
  // Tentacles or a sting stuck to the skin are not a person stuck; a tick burnt off is not a burn.
  // "The head's still in there" of a tick is its mouthparts, not someone left inside.
  { signal: 'neutral', phrases: ['head|mouth|mouthparts|bit|bits|part|rest|jaws is|are still in|inside there|it|me|him|her'] },
  { signal: 'neutral', phrases: ['tentacle|tentacles|sting|stinger|stingers|tick|ticks ~ stuck', 'tentacle|tentacles|sting|stinger|stingers|tick|ticks ~ stuck on|to|in|into', 'burn ~ it|them ~ off', 'burn ~ it|them ~ with|out'] },
  { hazards: ['injury_bleeding'], phrases: ['claret ~ everywhere|all over', 'ripped|torn|tore ~ @flesh ~ open'] },
  // "Wrap it like you do for a snake bite": a first aid asked about, not a second bite; a foot put in
  // hot water on purpose is the treatment for a marine sting, not a scald.
  { signal: 'neutral', phrases: ['like|for ~ snake bite|bites', 'put|stick|soak|dip|keep ~ foot|feet|hand|hands|leg|it ~ in ~ hot water'] },
  // "The dog's locked in the kennel now": the animal put away, not a person trapped.
  { signal: 'neutral', phrases: ['dog|dogs|animal|horse|bull|cat|snake ~ locked|shut|penned|tied|chained ~ in|up|away', 'trapped|caught|got ~ spider|snake|rat|it|wasp|bee ~ under|in'] },
  // An insect, or stung on the body; "it stung" of a chemical, smoke or a burn is theirs (hazards.ts: subsumed).
  { hazards: ['sting'], phrases: [
    'bee|bees|wasp|wasps|hornet|hornets|yellowjacket|yellowjackets|insect|bumblebee ~ stung|sting|stings|stinging|got', 'stung|sting|stings ~ by|from ~ bee|bees|wasp|wasps|hornet|hornets|yellowjacket|yellowjackets|insect|bumblebee', 'bee|wasp|hornet|insect sting|stings', 'stung ~ on ~ @flesh', 'got|been|was|were|is|has stung',
  ] },
  // "She doesn't have an EpiPen" is still anaphylaxis: the pen, not the reaction, is missing.
  { hazards: ['anaphylaxis'], negationProof: true, phrases: ['epipen*', 'epi pen*', 'adrenaline pen*', 'adrenalin pen*', 'auto injector*', 'autoinjector*'] },
  { hazards: ['anaphylaxis'], phrases: [
    'anaphyla*',
    'reaction to ~ sting|stung|bee|wasp|hornet|nut|nuts|peanut|peanuts|shellfish|food|latex|medication|something',
    'allergic|allergy|stung|sting|bee|wasp|hornet|peanut|peanuts|nut|nuts|shellfish ~ lips|lip|face|mouth|eyes ~ swelling|swollen|swelled|puffing|puffed',
    'allergic reaction ~ breathe|breathing|throat|swelling|collapsed|wheez*', 'allergic reaction ~ can|could not breathe', 'allergic ~ breathe|breathing|throat|swelling|swollen',
    // Swelling of the face after a tablet, a food or a sting, with itching all over: an allergic reaction on its way.
    'face|lips|lip|cheeks|eyelids|eyes|tongue ~ balloon*', 'face|lips|lip|cheeks|eyelids|eyes|tongue ~ blown|puffed|puffing up', 'itching|itchy all over', 'itching|itchy everywhere', 'hives|welts ~ all over',
  ] },
  // A throat swelling after smoke or a flash burn is the airway burnt, not an allergy: fresh air, not a pen.
  { hazards: ['anaphylaxis'], explainedBy: ['burn', 'fire', 'smoke'], phrases: ['throat ~ like ~ closing|swelling|swelled|tightening', 'throat ~ narrow|narrowing|narrower', 'tongue ~ getting|going bigger|fat|huge', 'stung|sting ~ inside|in @poss mouth|throat|tongue', 'throat|tongue ~ swelling|swollen|closing|swelled|tight|tightening|swell', 'swelling|swollen ~ throat|tongue', 'tongue|lips|throat ~ blowing|blown|puffing up', 'tongue|lips|throat ~ ballooning|ballooned', 'tongue ~ thick|fat|huge|massive|enormous'] },
  { hazards: ['anaphylaxis'], besides: ['anaphylaxis', 'medical', 'sting', 'marine_sting'], phrases: ['nut|nuts|peanut|sesame|shellfish|seafood|egg|latex|bee|wasp allergy', 'lips|tongue|mouth ~ prickling|prickly|tingling|tingly|itchy|itching', 'nut|nuts|peanut|peanuts|sesame|shellfish|prawn|prawns|cashew|cashews|almond|almonds|walnut|walnuts|hazelnut|hazelnuts|pistachio|pistachios|pecan|pecans|mussels|crab|lobster ~ in|eaten|ate', 'face|lips|eyes ~ blowing|blown up', 'face|lips|eyes ~ ballooning|ballooned'] },
  { hazards: ['anaphylaxis'], urgency: 'CRITICAL', besides: ['anaphylaxis'], phrases: ['drooling', 'hot potato', 'can not swallow'] },
  // A face swelling beside 'I'm allergic' is the reaction; after a blow, it is the blow.
  { hazards: ['anaphylaxis'], besides: ['anaphylaxis', 'medical', 'sting', 'marine_sting'], explainedBy: ['crush', 'injury_bleeding', 'head_injury', 'burn', 'fall', 'injury', 'vehicle_strike'], phrases: ['face|lips|eyes|tongue ~ puffy|puffing|puffed|swelling|swollen', 'going|gone|getting all puffy|swollen', 'tongue ~ fat|thick|big|huge'] },
  { hazards: ['anaphylaxis'], besides: ['anaphylaxis', 'medical', 'sting', 'injury', 'marine_sting'], phrases: ['tongue|throat|lips ~ like ~ it is|its ~ swelling|swelled|closing|thick'] },
  { hazards: ['anaphylaxis'], besides: ['anaphylaxis', 'medical', 'sting'], phrases: ['lumps|welts|hives ~ all over', 'lumps|welts|hives ~ everywhere', 'blotches|blotchy|hives|welts|itchy|itching ~ neck|face|chest', 'blotches|blotchy|itchy|itching all over'] },
  // Stung many times and feeling faint is a reaction, whether or not anyone says "allergic".
  { hazards: ['anaphylaxis'], besides: ['medical', 'sting', 'anaphylaxis'], phrases: ['stung ~ load|loads|lots|dozen|dozens|several|many|hundreds ~ times', 'stung all over', 'load|loads|lots|dozen|dozens|several|swarm|mass of ~ stings|bites'] },
  // Someone found unresponsive who is only gasping or not breathing normally needs CPR (ERC 2021).
  { hazards: ['not_breathing'], negationProof: true, phrases: [
    'not breathing properly|normally|right|well', 'breathing weird|funny|strange|oddly|weirdly|strangely', 'breathing is weird|funny|strange|odd', 'agonal',
    'not sure|tell|know [if|whether] [he|she|they] [is|are] [still] breathing', 'not sure|tell|know [if|whether] [he|she|they] [has|have] [got] [a] pulse',
    'unsure [if|whether] [he|she|they] [is|are] [still] breathing',
    // One breath in ten seconds is not breathing normally (review 93).
    'breath|breaths|breathing|breathes|breathe|slow ~ every ten|fifteen|twenty|thirty|10|15|20|30 seconds|secs', 'one breath ~ every ten|fifteen|twenty|thirty|10|15|20|30',
    'gasp|gasps|gasping|gulp|gulps|gulping ~ every few|couple|ten', 'breathing is not right|normal|proper', 'one big|odd|deep ~ snort|snorts|gasp|gulp|heave|breath ~ then nothing', 'snoring|snore|snores|snorting|snort|snorts|gasping|gasp ~ now and again', 'grunt|grunts|grunting|snort|snorts|gasp|gasps|gasping ~ once in a while', 'grunt|grunts|grunting|gasp|gasps ~ every so often', 'snort|snorts|snorting|snore|snores|rasp|rasps|rasping ~ every so often', 'grunt|grunts|grunting ~ now and again|then', 'snoring|snore|snores|snorting|snort|snorts|gasping|gasp ~ now and then', 'breathing [is] [all] wrong', 'then nothing for ages|seconds', 'then nothing for a while|bit', 'then nothing for a long while|time', 'heaving|gasping|big breath ~ then nothing', 'is not that ~ breathing', '@person [is|looks|seems] dead', 'think he|she|they [is|are] dead', 'is he|she|they dead', 'he|she [is] [just] gasping now', 'only gasping', 'just gasping', 'lying [there|down] gasping', 'on the floor|ground gasping',
  ] },
  { hazards: ['breathing_difficulty'], urgency: 'HIGH', phrases: ['coughing', 'wheezing', 'wheezy', 'wheeze', 'out of breath', 'asthma*', 'mask ~ packed|failed|broken|stopped', 'mask ~ come off', 'mask ~ not working'] },
  // FAST: a face drooping on one side, words slurred, an arm gone weak. Slurring alone is also cold, drink or low sugar.
  // Slurring beside shivering, blue lips or cold water is the cold talking (review 107).
  { hazards: ['stroke'], explainedBy: ['hypothermia'], phrases: ['slurring|slurred ~ words|speech', 'speech [is|was] slurred|slurring|garbled'] },
  { hazards: ['stroke'], phrases: [
    'stroke', 'strokes', 'face [is|has|was] [all] drooping|droopy|dropped|sagging|fallen|lopsided', 'drooping|droopy|lopsided face|mouth|smile',
    'one side of @poss face', 'face ~ on one side', 'face|mouth|lip|eye|cheek [is|has|was] [all] dropped|drooped|drooping|sagging|slipped on|at|to|down ~ side', 'talk|speech|words [is|are|was|were] [all] jumbled|muddled|garbled|scrambled',
    'can not lift|raise ~ arm|arms ~ up', 'one arm ~ weak|numb|dead|limp', 'face|faces [is] wrong|crooked|twisted ~ one side', 'one side [of] ~ going|gone|dropped|dropping|fallen|falling|slipped|slipping down',
    // FAST in ordinary words: "the left side of her mouth's drooping", "can't get her words out".
    'mouth|lip|smile|face|eye|eyelid ~ drooping|drooped|droopy|sagging|sagged|lopsided|dropped', 'can not lift|raise|move @poss|his|her|their|my|me [right|left] arm|arms', 'words ~ jumbled|muddled', 'words ~ coming out wrong', 'words ~ all wrong',
  ] },
  // "The whole of her right side just gone slack... her words a come out all mix up"; "my face feels funny, like it's sliding" (review 118).
  { hazards: ['stroke'], phrases: ['right|left side ~ gone|went|going|is|has ~ slack|limp|floppy', 'words ~ come|coming|came out ~ mix|mixed|muddled', 'face ~ like it is sliding|slipping|sagging|melting'] },
  { hazards: ['stroke'], besides: ['medical', 'stroke'], phrases: ['like it is sliding|slipping|sagging|drooping'] },
  // "It is coming out like a fountain, jumping every second": a steel strap across the inner elbow (review 118).
  { hazards: ['injury_bleeding'], urgency: 'CRITICAL', phrases: ['coming|pouring|shooting|spraying ~ like a|an fountain|hosepipe'] },
  // "The planer take the tops of two of my fingers" (review 118).
  { hazards: ['amputation'], urgency: 'CRITICAL', phrases: ['take|took|taken|taking ~ tops|tips|ends of two|three|four|both|@poss ~ finger|fingers|thumb|thumbs'] },
  // "A long piece is standing in my colleague stomach, just under the ribs": glass stuck in him (review 118).
  { hazards: ['embedded_object'], urgency: 'CRITICAL', phrases: ['glass|metal|piece|shard|bit|chunk|spike|rod|bar ~ standing|stood|sticking in ~ @flesh', 'glass|metal|piece|shard|bit|chunk|spike|rod|bar ~ standing|stood|sticking out of ~ @flesh'] },
  // "The hot steam came on my colleague back and neck": a scald, not only a leak (review 118).
  { hazards: ['burn'], phrases: ['steam ~ came|went|got|go|blew|sprayed|caught ~ on|over|onto|in ~ @flesh'] },
  // "Flames catch our oiler on both arms, we put it out with the blanket already" (review 118).
  { hazards: ['burn'], phrases: ['flames|fire ~ catch|caught|catches|got ~ on ~ @flesh'] },
  // "Her uniform is stuck on the back, we pull it off?" after a steam scald: clothes stuck to skin, nobody trapped (review 118).
  { signal: 'neutral', phrases: ['@garment|uniform|clothes|clothing|top|glove|gloves|sock|socks [is|are] stuck on|to ~ @flesh', '@poss @garment|uniform|clothes|clothing|top|glove|gloves|sock|socks [is|are] stuck on|to ~ @flesh'] },
  // "Fixing the back of the drinks fridge, something grab my hand, my whole arm jump, now my heart is going very fast" (review 118).
  { hazards: ['electric_shock'], urgency: 'CRITICAL', besides: ['cardiac', 'medical', 'electrical'], phrases: ['something ~ grab|grabbed|grabbing ~ @poss|me hand|arm|fingers', 'whole arm ~ jump|jumped|jolted|jerked'] },
  // "Worker is under the cage trolley, it fall on him from the ramp of lorry, his legs under it" (review 118).
  { hazards: ['crush'], urgency: 'HIGH', phrases: ['trolley|cage|pallet|load|box|boxes|shelf|shelving|racking|rack ~ fall|falls on|onto ~ him|her|them|me', '@poss legs|leg|feet|foot [are|is] under|underneath it'] },
  // "The flame come back on my face and my hands" lighting a grill with petrol (review 118).
  { hazards: ['burn'], phrases: ['flame|flames|fireball|fire come|came|blew|went|shot back ~ on|onto|in|into ~ @flesh'] },
  // A hand that cannot grip, or a numb arm, is a stroke's sign only beside another; after a crush it is the crush.
  { hazards: ['stroke'], explainedBy: ['hypothermia', 'breathing_difficulty', 'choking', 'anaphylaxis'], phrases: ['can not get ~ words out'] },
  { hazards: ['stroke'], besides: ['stroke'], phrases: ['can not hold|grip ~ pen|cup|mug|phone|anything', 'dropping things', 'arm|hand|leg ~ [all] numb|weak|floppy', 'arm|hand|leg is|has gone [all] useless'] },
  // "A crushing weight's sat on my breastbone": the heart, not a load on someone (review 118).
  { hazards: ['cardiac'], phrases: ['crushing weight|heaviness|pain|ache ~ sat|sitting|on|in|across ~ breastbone|chest|sternum'] },
  { hazards: ['cardiac'], phrases: ['crushing ~ breastbone|sternum|feeling|pressure', 'behind @poss breastbone|sternum', 'pressure|tightness|weight|heaviness|squeezing ~ chest', 'chest ~ pressure|squeezing|heavy|heaviness', 'clutching|holding|grabbing|gripping @poss chest', 'rubbing ~ @poss chest', 'like ~ crushing|squeezing', 'like someone|something|somebody ~ sitting|standing on ~ chest|it', 'like an elephant ~ sitting|standing on ~ chest|it', 'heart attack', 'chest pain*', 'pain in ~ chest', 'pain|ache|aching|tightness across|in|on|round|around @poss chest', 'tight|tightening|heavy|crushing|squeezing|pressing|horrible|funny|weird|strange feeling|sensation across|in|on|round|around @poss chest', 'pain|ache|aching|tightness ~ across|round|around @poss chest', 'chest ~ like a vice|vise', 'grabbing|gripping|clawing|clasping ~ chest', 'rubbing|holding|clutching|gripping ~ left arm', 'both @poss arms ~ ache|aching|achy|heavy|numb|tingling|sore', 'jaw and both ~ arms', 'chest ~ clamped|clamping|gripped|gripping|squeezed|band', 'going|spreading|moving|shooting|radiating ~ left arm', 'pain|ache|pressure in the middle|centre|center', 'heartburn ~ through to|into @poss back', 'feeling|pain|ache|pressure|weight|heaviness ~ centre|center|middle of @poss chest', 'heavy feeling ~ chest', 'like someone|somebody|something ~ sitting|standing|sat|stood|kneeling|knelt on ~ him|her|me|them', 'weight on @poss chest', 'ache|aching|pain|pains|tingling|tingly in|down @poss left arm', 'chest hurts', 'chest is hurting', 'chest is tight', 'tight chest', 'clutching ~ chest', 'holding ~ chest', 'heart'] },
  { hazards: ['cardiac'], phrases: ['pressure|pain|tightness|ache|aching|heaviness|squeezing in the middle|centre|center of @poss chest', 'left arm ~ heavy|numb|dead|tingling|aching|aches|hurts', 'heavy|numb|dead|tingling|aching left arm', 'band|belt|vice|vise ~ round|around|across @poss chest', 'knelt|kneeling|sat|sitting|standing on @poss chest', 'down both [@poss] arms', 'both arms ~ ache|aching|heavy|numb|tingling', 'angina', 'gtn', 'heart spray', 'heartbeat|pulse ~ erratic|irregular|racing|fluttering|fluttery|skipping|jumping|pounding|thumping|funny|weird', 'heartbeat|pulse ~ all over the place', 'chest ~ fluttery|fluttering|flutters|flipping|flopping'] },
  { hazards: ['cardiac'], besides: ['electric_shock', 'breathing_difficulty', 'medical', 'cardiac'], phrases: ['fluttery|fluttering|flutters'] },
  // A heart "missing beats" or "skipping": the rhythm, not someone missing.
  { hazards: ['cardiac'], phrases: ['missing|skipping|skipped|dropping|dropped ~ beats|beat', 'is|are|was|were|keeps missing|skipping|dropping ~ beats|beat'] },
  { hazards: ['cardiac'], besides: ['medical', 'cardiac'], phrases: ['jaw ~ ache|aches|aching|hurts|hurting|sore|pain', 'ache|aches|aching|pain|pains in @poss jaw', 'going|spreading|shooting|radiating ~ through to @poss back|shoulder|jaw|neck|arm'] },
  // Pain that spreads to the back, arm, jaw or neck beside "heartburn" or chest pain is the heart.
  { hazards: ['cardiac'], urgency: 'CRITICAL', phrases: ['chest ~ like ~ belt|band|vice|vise|strap|elephant', 'belt|band|strap ~ round ~ chest', 'worst indigestion', 'indigestion ~ grey|gray|sweating|sweaty|clammy|arm|airm|jaw'] },
  { hazards: ['medical'], phrases: ['heartburn', 'indigestion'] },
  { hazards: ['cardiac'], besides: ['medical', 'cardiac'], phrases: ['going|spreading|shooting|radiating [up|down|through|across|round|into] [to|into] @poss back|shoulder|shoulders|arm|arms|jaw|neck', 'moving up|down|through|across|round|into|to [to|into] @poss back|shoulder|shoulders|arm|arms|jaw|neck'] },
  { hazards: ['seizure'], urgency: 'CRITICAL', negationProof: true, phrases: ['five|six|seven|eight|nine|ten|fifteen|twenty|5|6|7|8|9|10|15|20 minutes ~ fitting|seizure|fit|shaking|jerking', 'fitting|seizure|fit|shaking|jerking ~ five|six|seven|eight|nine|ten|fifteen|twenty|5|6|7|8|9|10|15|20 minutes', 'minutes ~ been fitting|seizing|shaking|jerking'] },
  { hazards: ['seizure'], urgency: 'CRITICAL', negationProof: true, besides: ['seizure'], phrases: ['not letting up', 'not stopping', 'will not stop'] },
  // "He's never had a seizure before": no history, not no seizure now (review 113).
  { signal: 'neutral', phrases: ['never|not had|has [a] seizure|seizures|fit|fits before', 'never|not had|has [a] seizure|seizures|fit|fits in @poss life', 'no history of ~ seizures|fits'] },
  { hazards: ['seizure'], phrases: ['seizure*', 'fitting', 'having a fit', 'convuls*', 'shaking all over', 'juddering|shuddering|thrashing|jerking all over', '@person [is] juddering|thrashing', 'thrashing about|around', 'foaming at the mouth', 'frothing at the mouth', 'jerking', 'twitching all over', 'had|has|having a fit|seizure', 'had|has|having fits|seizures', 'fitted', 'shaking|jerking|twitching on the floor|ground'] },
  // "Been up there all day in this heat, he's knackered" (review 97).
  { hazards: ['heat_illness'], phrases: ['knackered|exhausted|shattered|wiped out|done in|dizzy|faint ~ in this|the heat', 'all day in this|the heat', 'in this|the heat ~ knackered|exhausted|shattered|dizzy|faint'] },
  { hazards: ['heat_illness'], besides: ['medical'], phrases: ['roasting|baking|scorching|sweltering|scorcher|heatwave', 'boiling hot', 'in the sun', 'furnace|furnaces|foundry|kiln|kilns|smelter|forge|pour|pours|casting|melt shop'] },
  // "He's dripping and wobbly": sweat, not a leak; taken ill.
  { hazards: ['medical'], phrases: ['dripping|drenched|soaked [wet] and|n wobbly|shaky|dizzy|faint|pale|grey|gray|clammy|woozy', 'come|came|gone|went over [all|really|a] [bit] funny|queer|faint|dizzy|wobbly|weird|strange|bad'] },
  { hazards: ['heat_illness'], phrases: ['heat exhaustion', 'heat cramps', 'overheated', 'overheating', 'dehydrated', 'hot and dizzy', 'from|in the heat', 'very|so|really|too hot ~ greenhouse|glasshouse|polytunnel', 'greenhouse|glasshouse|polytunnel ~ very|so|really|too hot'] },
  // Hours in the sun is the weather, until the same breath brings dizziness or cramps.
  { hazards: ['heat_illness'], besides: ['medical', 'heat_illness'], phrases: ['like an oven|furnace|sauna', 'like a sauna|greenhouse', 'oven in here', 'scorching|sweltering|baking ~ up|in|out here', 'baking|roasting|boiling|sweltering in there|here', 'scorching|sweltering|baking today', 'in this heat|heatwave', 'in the heatwave', 'all day in the sun|sunshine|heat', 'in the sun|sunshine all day', 'in the hot|blazing|baking|boiling sun', 'out in the sun|sunshine', 'no shade', 'not a bit of|any shade', 'blazing|baking|scorching|boiling|beating sun', 'sweltering|roasting|baking|boiling under|in the plastic|polytunnel|tunnel|greenhouse|glasshouse', 'no shelter|cover ~ sun', 'in the sun|sunshine all day|morning|afternoon', 'sun ~ beating|belting|blazing ~ down'] },
  // Collapsed inside a mascot costume or a sealed suit: heat until shown otherwise.
  { hazards: ['heat_illness'], besides: ['medical', 'unconscious', 'heat_illness'], phrases: ['inside|in [the|a|his|her|their] ~ costume|costumes', 'inside|in [the|a|his|her|their] ~ hazmat|chemical|gas|blast suit|suits', 'hood and suit'] },
  { hazards: ['heat_illness'], urgency: 'CRITICAL', phrases: ['skin ~ red hot', 'red hot and bone dry', 'not a drop of sweat', 'not a bead of sweat', 'boiling|roasting|baking ~ nonsense|rubbish|gibberish|confused|rambling', 'roasting|boiling|baking hot', 'skin ~ bone dry', 'skin ~ dry as', 'hot and dry', 'scorching|burning|boiling|roasting ~ to touch', 'scorching|burning|boiling|roasting to the touch', 'burning|boiling|roasting hot ~ nonsense|rubbish|gibberish|jabbering|confused|rambling|ranting', 'skin [is] burning|boiling hot', 'skin [has|is] dried|dry ~ out|up', 'skin [has|is] gone dry', 'dry as paper|parchment', 'dry as a bone', 'skin [is] parched', 'dry ~ no sweat', 'hot ~ no sweat', 'no sweat ~ dry|hot'] },
  { hazards: ['heat_illness'], urgency: 'CRITICAL', phrases: ['heat stroke', 'heatstroke', 'sunstroke', 'stopped sweating', 'sweating|sweat ~ stopped|dried up', 'not sweating', '@person [is|feels|was] [really|so] burning|boiling|red hot', 'red hot ~ rubbish|nonsense|confused', 'like a furnace|oven|radiator', 'no sweat on', 'burning up'] },
  { hazards: ['injury'], phrases: ['hurt', 'hurting', 'injured', 'injury', 'injuries', 'wounded', 'broke|broken ~ @body|bone|bones|ribs|hip|collarbone', 'sprain*', 'twisted ~ ankle|knee|wrist|back', 'in pain', 'screaming', 'crying out', 'ambulance', 'paramedic*', 'medic', 'doctor', 'first aider'] },
  // A blow to the head, and the signs that it is serious (NICE CG176: drowsy, vomiting, confused, a pupil that differs, fluid from the nose or ear).
  // "Fallen from the top of the scaffold tower and landed on the kerb": the casualty landed, nothing fell on him.
  { hazards: ['fall'], phrases: ['gone|fallen|fell|went|slipped|dropped|tumbled ~ down|into|in [the|a|an] inspection|service|grease|mechanic|mechanics pit', '@person ~ gone|fallen|fell|went|slipped|dropped|tumbled ~ down|into|in [the|a|an] inspection|service|grease|mechanic|mechanics pit', 'top|side|edge of [the|a] @structure|@thing|@heavy ~ and landed|dropped on|onto', 'come|came off ~ ladder|ladders|loft|roof|scaffold|scaffolding|steps|stepladder|platform|mezzanine|trailer|lorry|tower|truss|rig|rigging|wall|track|rail|monorail|gantry|walkway|catwalk|girder', 'ladder|ladders [has|is] kicked|slipped|slid|gone|went|come ~ out|away|over', 'landed on @poss arm|wrist|hip|back|side|shoulder|knee|elbow|bum|backside|coccyx|tailbone', 'come|came down off ~ ladder|ladders|loft|roof|scaffold|scaffolding|steps|stepladder|platform|mezzanine|trailer|lorry|tower|truss|rig|rigging|wall'] },
  // "His skull smacked the kerb": the head named first.
  { hazards: ['head_injury'], phrases: ['head|skull [has] smacked|hit|cracked|banged|bounced|whacked|clattered|thumped|bashed|smashed ~ kerb|curb|floor|ground|concrete|wall|deck|tarmac|pavement|step|steps|edge|corner|table|beam|bench|road|cobbles|rock|rocks|stone|machine|press|conveyor|desk|counter|radiator|sink|locker|lockers|shelf|shelving|racking|railing|rail|pallet|bin'] },
  // Signs a caller describes without the words for them: vomiting, drowsiness, slurring.
  { hazards: ['medical'], phrases: ['thrown|threw up', 'eyelids|eyes ~ drooping|closing|rolling', 'sounds|seems|looks|acting ~ drunk|drunken|tipsy|sloshed'] },
  // "Onto a woman's legs", "across the driver's chest": the possessive reads "woman is legs".
  { hazards: ['crush'], phrases: ['onto|on|across a|the|one|his|her|their ~ is legs|leg|chest|pelvis|feet|back|body'] },
  { hazards: ['head_injury'], phrases: [
    'hit @poss head', 'banged|bumped|smacked|whacked|cracked|knocked @poss head', 'head injury', 'head wound', 'concussion', 'concussed',
    'hit|caught|clattered|smacked|whacked|struck|clonked|clipped|cracked @person|him|her|me on|in|across the head|skull|temple|forehead',
    'hit|caught|clattered|smacked|whacked|struck|clonked|clipped|cracked|thumped|walloped ~ by|on|in @poss ear|temple|forehead', 'was|were out for a moment|second|minute', 'was|were out ~ for a moment|second|minute',
    'spark gone for a|the ~ minute|moment|second|bit|while', 'goose egg', 'caught|clipped|cracked|clouted|clattered @poss head on|against',  'lump|bump|egg ~ on|above|behind|over ~ @poss head|ear|forehead|temple|eye', 'on|in the back|side|top|front of @poss head', 'on|to the head', 'head first', 'headfirst', 'landed on @poss head', 'fractured skull', 'skull fracture',
    'split|gashed|busted|bust|opened|cut @poss head|skull|forehead|scalp', 'head|skull|forehead|scalp [is|has] split|gashed|busted|bust|cut',
  ] },
  { hazards: ['head_injury'], urgency: 'CRITICAL', phrases: [
    'clear|watery ~ dripping|running|leaking|coming|trickling ~ nose|ear|ears', 'clear|watery stuff|fluid|liquid ~ out of ~ nose|ear|ears', 'clear|watery stuff|fluid|liquid ~ from ~ nose|ear|ears', 'pupil|pupils ~ bigger|smaller|different|massive|huge|uneven|unequal|odd|funny|blown', 'one pupil', 'black bit|bits ~ eye|eyes', 'like a pinhead|pinprick', 'like a pin head', 'clear fluid|stuff|liquid|water ~ nose|ear|ears',
    'blood|fluid ~ from @poss ear|ears', 'blood|fluid ~ out of @poss ear|ears', 'clear stuff|fluid|liquid ~ out|from ~ nose|ear|ears', 
  ] },
  // Double vision after a knock is the head; beside low sugar, a stroke, fumes or a poison it is that.
  { hazards: ['head_injury'], urgency: 'CRITICAL', explainedBy: ['low_blood_sugar', 'stroke', 'carbon_monoxide', 'swallowed_chemical'], phrases: ['seeing double', 'double vision', 'two of everything'] },
  // Confused: after a blow or a fall the head (context-rules.ts), otherwise someone taken ill.
  { hazards: ['medical'], phrases: [
    'away with the fairies', 'keeps|keep asking ~ same', 'keeps|keep asking ~ what day', 'keeps|keep asking ~ what happened', 'keeps|keep asking ~ where he|she|they|we|i', 'keeps repeating himself|herself', 'not making [any] sense', 'talking rubbish|nonsense|gibberish',
    'come|came|coming|gone|went|going over woozy|dizzy|faint|funny|queer|bad|peculiar', 'woozy', 'nodding|nodded off',
  ] },
  { hazards: ['injury'], urgency: 'CRITICAL', phrases: ['man down', 'worker down', 'person down', 'someone is down', 'guy is down'] },
  // "His front tooth's come right out" (review 99).
  { hazards: ['injury_bleeding'], phrases: ['tooth|teeth ~ out|knocked|smashed|broken', 'tooth|teeth [is|are|has|have] ~ come|came|fallen|fell|gone|popped ~ out'] },
  // "He's done his back in lifting a bag of cement", "sore low down in his back" (review 100).
  { hazards: ['injury'], phrases: ['done|put|hurt|knackered ~ @poss back ~ in|out', 'back ~ sore|agony|killing|twinged', 'sore ~ in|down ~ @poss back', 'pulled ~ @poss back'] },
  { hazards: ['medical'], phrases: ['cramp|cramps|cramping ~ everywhere', 'i|he|she|they am|is|are allergic', 'sweating buckets', 'muddled', 'swimmy', 'dopey', 'keeps drifting', 'drifting off|away', 'going to pass out|faint|keel', 'going to black out', 'come|came up in ~ welts|hives|lumps|blotches', 'pouring|dripping|drenched|lashing ~ sweat', 'husky|hoarse', 'cramp|cramps|cramping all over', 'cramp|cramps in both', 'head|heads [is|are] pounding|thumping|splitting|banging|throbbing', 'he|she|they [is|are|has|have] gone|turned|going|turning a grey|gray|blue|purple|dusky ~ colour|color|tinge|shade', 'sick', 'ill', 'unwell', 'dizzy', 'lightheaded', 'light headed', 'feel faint', 'feels faint', 'feeling faint', 'vomit*', 'throwing up', 'allergic reaction', 'headache*', 'splitting|thumping|pounding|banging head|heads', 'nause*', 'drowsy', 'bee sting', 'stung', 'slurring', 'mumbling'] },
  // How a caller describes someone taken ill before they know what it is: "he's gone all grey and sweaty".
  { hazards: ['medical'], phrases: [
    'something [is] wrong with him|her|them', 'gone|turned|going|turning|looks|looking|is|all grey|gray|pale|white|clammy|sweaty', 'grey|gray|pale and sweaty|clammy',
    'feels|feeling|felt|feel funny|weird|strange|awful|terrible|rough',
    'is|are|was|seems|seem|looks|look|getting|gone|very|really|all confused',
  ] },
  { hazards: ['medical'], urgency: 'CRITICAL', phrases: ['swelling up', 'stroke', 'face is drooping', 'face drooping'] },
  // Review 72's specialist hazards. A gas that leaves no air (liquid nitrogen, argon, a dewar spilt,
  // an oxygen alarm) where someone is down is a confined space: nobody goes in after them.
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing', 'medical', 'fall'], phrases: ['liquid nitrogen|argon|helium'] },
  { hazards: ['confined_space'], phrases: ['nitrogen|argon|helium ~ leak|leaking|spilt|spilled|tipped|dewar', 'dewar|dewars ~ tipped|spilt|spilled|fallen|fell|leaking|over', 'low oxygen', 'oxygen|o2 alarm|monitor', 'oxygen ~ depleted|depletion'] },
  { hazards: ['confined_space'], phrases: ['through the manway|hatch', 'manway', 'inside a|the mixing|storage|process|paint tank|vessel'] },
  // Hydrogen cyanide: acid into a cyanide bath, the smell of almonds.
  { hazards: ['gas_leak'], urgency: 'CRITICAL', phrases: ['cyanide ~ bath|tank|gas|fumes|smell', 'smell of|like ~ almonds', 'bitter almonds'] },
  { hazards: ['chemical_spill'], phrases: ['asbestos ~ disturbed|dust|broken|smashed|cut|drilled|everywhere|fell|fallen|exposed|lagging|board|sheet|sheets', 'drilled|cut|broke|smashed|disturbed|knocked ~ asbestos', 'amosite|crocidolite|chrysotile'] },
  { hazards: ['chemical_exposure'], phrases: ['spilled|spilt|poured|splashed ~ down|over ~ his|her|my front|clothes|overalls|chest|legs|arms', 'soaked in ~ xylene|solvent|solvents|thinners|petrol|diesel|chemical|pesticide'] },
  // Review 70's big incidents: a crowd pushing at a gate (not a machine), a lightning strike.
  { hazards: ['crowd_crush'], urgency: 'CRITICAL', phrases: [
    'crush|crushing ~ at|by|in ~ gate|gates|door|doors|entrance|exit|turnstile|turnstiles|stairs', 'crowd|everyone|people ~ pushing|surging|shoving',
    'trampled|trampling|stampede', 'crushed against the ~ gate|gates|railing|railings|barrier|barriers|fence',
  ] },
  { hazards: ['lightning'], urgency: 'CRITICAL', phrases: ['lightning ~ hit|struck|strike|strikes|bolt|bolts', 'struck|hit by lightning', 'lightning strike'] },
  // Someone who means to end their life, or says so (review 69). Not "I thought I was going to die"
  // (panic) nor "jump in after him" (a rescue): the jump is off somewhere high, or threatened.
  { hazards: ['suicide_risk'], urgency: 'CRITICAL', phrases: [
    'suicide|suicidal', 'end|ending it all', 'end|ending|take|taking|took his|her|their|my own life', 'end|ending his|her|their|my life',
    'kill|killing himself|herself|themselves|myself', 'wants|want|wanted|wanting to die', 'do not want to be here anymore', 'do not want to live anymore', 'do not want to live', 'do not want to go on',
    'do not want to do this anymore', 'no one|nobody would miss me|him|her', 'threatening|threatened|threatens to jump',
    'going|gonna|wants|want|trying|about ~ to jump off|from ~ roof|bridge|crane|jib|mast|edge|building|ledge|tower|scaffold|balcony|cliff|car park|top',
    'says|said|saying|shouting ~ going|gonna ~ jump', 'wrong side of the railing|railings|barrier|barriers|fence|parapet',
    'going|gonna|wants|want|trying|tried|threatening ~ to hurt|harm|kill himself|herself|themselves|myself', 'self harm*', 'harming himself|herself|themselves|myself',
    'cut|cutting|slashed|slashing ~ his|her|their|my wrists|wrist', 'voices ~ telling ~ hurt|kill|harm|jump|die', 'say|said ~ goodbye|goodbyes ~ kids|family|wife|everyone',
    'took|taken|swallowed ~ because|to ~ die|end',
    // What a psychotic crisis sounds like: treated as a crisis, kept calm and not left alone.
    'reading his|her|my mind', 'trying to poison him|her|me', 'hearing voices', 'voices in his|her|my head', 'paranoid',
  ] },
  // Found hanging: the weight off the neck and the ligature cut before anything else.
  { hazards: ['hanging'], urgency: 'CRITICAL', phrases: [
    'found ~ hanging|hanged', 'hanging|hanged|hung himself|herself|themselves', 'noose',
    'rope|cord|ligature|noose ~ round|around @poss neck', 'hanging ~ by|with ~ strap|rope|cord|belt|cable|ligature|scarf',
  ] },
  // Someone attacking, armed, or threatening to kill: the caller's own safety before anyone's first aid.
  { hazards: ['violence'], urgency: 'CRITICAL', phrases: [
    'attacker|attackers|intruder|intruders|robber|robbers|gunman|assailant|mugger', 'attacked|assaulted|mugged|robbed', 'assault', 'armed', 'robbery|raid',
    'stabbed|knifed|glassed ~ him|her|them|me|someone|somebody', 'been|got stabbed|knifed|glassed',
    // "A guy just stabbed my boss" (review 112).
    'stabbed|knifed|glassed|slashed ~ my|our ~ boss|manager|mate|colleague|friend|workmate|coworker|brother|dad|husband|wife|partner|son|daughter|guard|supervisor',
    'waving|brandishing|wielding|pulled|pulling ~ a|the|his|her knife|knives|machete|blade|gun|crowbar|bat|hammer|axe',
    'came|coming|went|going|ran|running ~ at ~ him|her|them|me|us|people ~ with', 'threatening|threatened|threatens ~ kill|stab|shoot|hurt|batter',
    'will|gonna kill ~ her|him|me|them|you|us', 'going to kill ~ her|him|me|them|you|us', 'punched|beat|beaten|beating|battered|headbutted ~ him|her|them|me|up', 'punched|beat|battered|headbutted|thumped|decked ~ my|our|a ~ colleague|colleagues|mate|boss|manager|workmate|coworker|friend|brother|dad|husband|wife|partner|son|daughter|guard|supervisor|staff|cashier|driver|nurse|carer|security', 'been punched|beaten|battered|headbutted|thumped|decked', 'fight|fighting ~ broke|breaking|started|going on',
    'grabbed|had ~ by|round|around the throat|neck', 'strangled|strangling',
    // "The driver's come back, shouting and swearing, squaring up to my mate" (review 88).
    'squaring|squared up', 'kicking off', 'shouting and swearing', 'come|came back ~ shouting|swearing|raging', 'going|gonna ~ hit|batter|deck|thump ~ him|her|me|us|someone',
    'guy|man|bloke|lad|someone|somebody|woman|he|she with a|the knife|knives|machete|gun|blade|axe|crowbar',
    'swinging|waving ~ spanner|bar|hammer|knife|bottle|chair|wrench|pipe', 'threatening anyone|everyone|people|us|staff',
    'partner|husband|boyfriend|ex|wife|girlfriend did it|this', 'partner|husband|boyfriend|ex|wife|girlfriend ~ hit|hits|beat|beats|attacked|hurt|strangled ~ her|him|me',
    'punched|kicked|hit|attacked|assaulted|beaten|stabbed|headbutted ~ by ~ customer|customers|man|guy|bloke|someone|somebody|gang|intruder|robber|passenger|patient|public|driver|lads',
  ] },
  // A stab wound bleeds whether or not the caller says so: pressure beside the caller's safety (review 87).
  { hazards: ['injury_bleeding'], explainedBy: ['injury'], phrases: ['stabbed|knifed|slashed ~ him|her|them|me|someone|somebody', 'been|got stabbed|knifed|slashed', 'stabbed|knifed|slashed ~ in|through ~ @body|side|belly|stomach|tummy|gut|guts|ribs|thigh|arm|leg|neck|back', 'knife|blade ~ in|into ~ @poss ~ @body|side|belly|stomach|tummy|gut|ribs'] },
  // "On the floor, there is a needle, he is not waking" (review 88): a needle beside someone collapsed.
  { hazards: ['overdose'], besides: ['unconscious', 'not_breathing', 'medical', 'breathing_difficulty'], phrases: ['there is|was|are a|some needle|needles|syringe|syringes'] },
  // "She's jabbed herself with the sedative we were giving the dog": an animal drug in a person (review 117).
  { hazards: ['overdose'], phrases: ['jabbed|injected|stuck|stabbed ~ herself|himself|myself|themselves ~ sedative|sedatives|ketamine|medetomidine|domitor|xylazine|anaesthetic|euthanasia|drug|drugs', 'self injected|injection ~ sedative|ketamine|medetomidine|domitor|xylazine'] },
  // Drugs or too many pills, told by what lies beside them as often as named.
  { hazards: ['overdose'], phrases: [
    'overdose*', 'overdosing', 'od', 'oded', 'taken|took|had|done|swallowed|necked|downed ~ too much|many', 'too much|many ~ heroin|smack|gear|fentanyl|methadone|pills|tablets|painkillers|codeine|tramadol|morphine|oxy*|sleeping|xanax|valium|diazepam',
    'taken|took|had|swallowed|necked|downed ~ a|the|whole|all ~ load|loads|handful|bunch|lot|packet|packets|box|bottle|strip ~ pills|tablets|painkillers|paracetamol',
    'taken|took|had|swallowed ~ about|like|over ~ ten|fifteen|twenty|thirty|forty|fifty ~ paracetamol|tablets|pills|painkillers', 'took|taken|swallowed ~ paracetamol|tablets|pills ~ because|on purpose|to die',
    'needle|needles|syringe|syringes [thing|things] [lying|right] by|beside|near|under him|her|them',
 'needle|needles|syringe|syringes [thing|things] [lying|right] next to him|her|them',
    'needle|syringe [is|was] [still] in ~ his|her|their arm|leg|neck|groin', 'injecting|injected ~ himself|herself|themselves|drugs|gear',
    'heroin', 'fentanyl', 'opioid*', 'opiate*', 'methadone', 'pinned pupils', 'pupils ~ tiny|pinpoint|pinned',
  ] },
  // "Can I have more or will I overdose on it?" asks about a dose, not one taken.
  { signal: 'neutral', phrases: ['will|would|could|can|might i|he|she|they|you overdose|od'] },
  // Skin "gone all white and leathery" under a chemical or a burn is the burn's depth, not someone taken ill.
  { signal: 'neutral', phrases: ['skin|skins ~ white|grey|gray|waxy'] },
  { hazards: ['burn'], phrases: ['skin|skins ~ leathery', 'slag|spatter|molten ~ went|stuck|landed|dropped|fell|spat|down|on|onto', 'melted|molten plastic|wax|tar|bitumen', 'boiled|bubbled over ~ onto|on @poss', 'boiled|bubbled over all over @poss', 'hot plastic|wax|tar|bitumen|glue|sugar|jam ~ stuck|on|over'] },
  // "My contact lens is still in there": the eye, not someone missing inside.
  { signal: 'neutral', phrases: ['lens|lenses|contacts ~ still in', 'lens|lenses|contacts ~ in there|it'] },
  // "Isolated and earthed": the line is dead, the casualty can be reached (CPR at once, not the 18 metres).
  { signal: 'neutral', rulesOut: ['high_voltage'], phrases: ['isolated and earthed', 'earthed and isolated', 'isolated|earthed ~ now|it', 'isolated|earthed [the] line|supply', 'says [it] [is] isolated|earthed', 'engineer|control|company ~ isolated|earthed|cut|killed|switched|turned ~ it|off|power|supply'] },
  // "Locked in the toilets" is a door to open to someone taken ill, not someone pinned.
  { signal: 'neutral', phrases: ['locked in ~ toilet|toilets|loo|loos|bathroom|bathrooms|cubicle|cubicles|bogs|bog|lavatory|washroom|washrooms|shower|showers'] },

  // --- conditions with first aid of their own -------------------------------------------------------
  // Carbon monoxide has no smell: named, the fumes of an engine, or a burner running indoors.
  // A strong smell where someone has collapsed is the air until shown otherwise.
  { hazards: ['gas_leak'], besides: ['unconscious', 'not_breathing', 'medical', 'breathing_difficulty'], phrases: ['horrible|funny|strong|terrible|awful|weird|chemical|nasty|strange|sweet smell|stink|stench|pong', 'smell [is] [very|really|so] strange|sweet|funny|weird', 'noise|sound like ~ psss|pss|pssh|hiss|hissing', 'smells|smell|smelling ~ like|of ~ bleach|chlorine|swimming pool|eggs'] },
  // A painted void or a hull behind a hatch is a confined space once someone is down in it.
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing'], phrases: ['inside|in|through ~ void|voids|hatch|compartment|hull', 'inside|in ~ double bottom'] },
  // "His mate's fallen in the digester tank through the top hatch": in a vessel whatever else is said (review 114).
  { hazards: ['confined_space'], phrases: ['fallen|fell|slipped|dropped|collapsed|gone|went in|into|down [the|a] tank|vat|silo|digester|sump|manhole|sewer|hopper|vessel|cesspit|fermenter|tun|culvert|cistern|well', 'fallen|fell|slipped|dropped|collapsed in|into|down the|a ~ silo|digester|manhole|sewer|hopper|vessel|cesspit|fermenter|culvert|cistern', 'fallen|fell|slipped|dropped|gone|went in|down through [the|a] [top|roof|manway] hatch|manhole|manway'] },
  // A wood pellet store gives off carbon monoxide and takes the oxygen: a confined space.
  { hazards: ['confined_space'], phrases: ['pellet|pellets store|stores|silo|silos|bunker|bunkers|hopper|hoppers|room|chamber|pit', 'on|onto|in the pellets'] },
  // Fumigation gases (phosphine, methyl bromide) drop rescuers as any toxic gas does.
  { hazards: ['gas_leak'], phrases: ['fumigat*', 'phosphine', 'methyl bromide'] },
  { hazards: ['carbon_monoxide'], phrases: [
    // Not "the CO alarm": like any gas alarm, that is a gas leak (everyone out, no switches) until someone is ill.
    'carbon monoxide', 'monoxide', 'co poisoning|level|levels|reading|readings',
    'exhaust|exhausts fumes|gas|gases|smoke', 'fumes|smoke from [the|a|an] @fuelburner|@vehicle|exhaust|exhausts|engine|engines', '@fuelburner|@vehicle|engine|engines fumes',
  ] },
  // "The flame on the boiler's gone all yellow and lazy" (review 118, a dizzy man alone in a plant room): a boiler
  // burning badly, making carbon monoxide, not a fire.
  { hazards: ['carbon_monoxide'], phrases: ['flame|flames [on|in|of] [the|a|my|our] [boiler|cooker|heater|fire|hob|burner|burners|geyser] [is|has|are|have] gone|going|burning|turned [all|really|very|a|bit] yellow|orange|lazy|floppy', 'flame|flames [is|are] lazy|floppy'] },
  // Several people taken ill in one place at once: a gas nobody named until shown otherwise (carbon monoxide).
  { hazards: ['carbon_monoxide'], besides: ['medical', 'unconscious', 'breathing_difficulty'], phrases: ['all|three|four|five|several|everyone|everybody ~ feeling|feel|felt|got|gone|going ~ rough|sick|ill|dizzy|poorly|faint|woozy|drowsy', 'all ~ headaches|headache', 'all at the same time'] },
  // "My whole family, headache and vomiting since morning ... our boiler is making funny noise" (review 90): a household taken ill at once, or a boiler or heater acting up beside someone ill.
  { hazards: ['carbon_monoxide'], besides: ['medical', 'unconscious', 'breathing_difficulty'], phrases: ['whole|all the ~ family|household|house|flat ~ headache|headaches|sick|vomiting|ill|drowsy|dizzy', 'family|household ~ all ~ headache|headaches|sick|vomiting|ill|drowsy|dizzy', '@fuelburner ~ funny|strange|weird|odd|loud ~ noise|noises|smell|flame', '@fuelburner ~ making ~ noise|noises', '@fuelburner ~ flame ~ yellow|orange|lazy', 'soot|sooty|black marks ~ round|around|on ~ @fuelburner'] },
  // Headaches said of several at once: the same gas, whatever else was or was not read (review 70).
  { hazards: ['carbon_monoxide'], phrases: ['they|both|three|four|all ~ have|got|had headaches', 'headaches and feel|feeling sick|dizzy'] },
  // A generator or heater left on is only that, until someone near it is taken ill.
  { hazards: ['carbon_monoxide'], besides: ['medical', 'unconscious', 'breathing_difficulty', 'not_breathing', 'seizure'], phrases: [
    '@fuelburner [is|was|were|are|has|have|had|been|left] [still|all|been] [been|left] running|on|going|burning|lit|blasting|roaring|pumping|belting|blazing|chugging|humming|rumbling|whirring|ticking|thumping|churning',
    'running|using|used|lit|lighting|left [a|the|an|their|our] @fuelburner',
    'gas|calor|paraffin fire|fires ~ on|running|going|lit', 'gas|calor|paraffin fire|fires|heater|heaters in|inside [the|a|an] @enclosed|portacabin|portacabins',
    '@fuelburner|@vehicle|engine|engines ~ running|idling|on in|inside [the|a|an] [closed|enclosed|shut] @enclosed', '@fuelburner|@vehicle|engine|engines ~ running|idling|on indoors|inside',
    'running|using|used|run ~ petrol|diesel|gas ~ @fuelburner', 'with a|the petrol|diesel|gas ~ @fuelburner', '@fuelburner ~ down|in there',
    '@fuelburner in|inside [the|a|an] @enclosed', '@fuelburner indoors', '@fuelburner inside ~ @enclosed', 'power unit|units ~ inside|in ~ @enclosed', '@fuelburner|engine|engines|unit|units|gpu ~ doors|door|shutters|windows ~ shut|closed|down', '@fuelburner|@vehicle|engine|engines ~ ticking|turning over', '@fuelburner|@vehicle|engine|engines ~ ticking|turning|running over|on in|inside ~ @enclosed', 'ticking|turning over in|inside ~ @enclosed',
    // A boiler's flue carries its fumes outside: beside someone taken ill, it is the first suspect.
    'flue', 'flues',
  ] },
  // Glucose tablets or gel named are the low, said with a "not" too: "I haven't got my glucose tabs" is
  // kit missing, not a hypo ruled out.
  { hazards: ['low_blood_sugar'], negationProof: true, phrases: ['glucose tablet|tablets|tabs|gel|sweets'] },
  // A load that came down onto a foot or a hand is a crush (lift it off if it is safe), not only someone hurt.
  { hazards: ['crush'], phrases: ['still on @poss foot|feet|toes|leg|legs|hand|hands', 'onto|on a guys|mans|lads|blokes|workers ~ foot|feet|toes|leg|legs|hand|hands'] },
  // "I heard it crack" about a knee or an ankle: a break until shown otherwise.
  { hazards: ['fracture'], phrases: ['heard|felt ~ it|something|bone ~ crack|snap|go'] },
  // "Her upper arm looks kind of bent": a break's shape; "grabbed her arm with its teeth": a bite (review 118).
  { hazards: ['fracture'], phrases: ['arm|leg|wrist|ankle|forearm|shin|thigh ~ looks|looking ~ bent|crooked|deformed|wonky'] },
  { hazards: ['animal_bite'], phrases: ['arm|hand|leg|finger|fingers|thumb|face|shoulder with its teeth'] },
  // "Went over on my ankle" is a twist (someone hurt), not someone going down.
  // "I've just shut my finger in the fire door": a finger caught in a door is hurt, not nothing (review 118).
  { hazards: ['injury'], phrases: ['shut|slammed|closed|jammed|caught ~ @poss finger|fingers|thumb|hand ~ in|on ~ door|doors|drawer|window|lid|hatch|gate'] },
  { hazards: ['injury'], phrases: ['went|gone|go|goes|turned|twisted|rolled over on @poss ankle|ankles|foot|knee', 'twisted|sprained|turned|rolled|jarred @poss ankle|ankles|knee|wrist|foot'] },
  // Known diabetic and unwell: low blood sugar until shown otherwise, and sugar does no harm if it's high.
  { hazards: ['low_blood_sugar'], phrases: [
    'diabetic*', 'diabetes', 'hypo', 'hypos', 'type 1|one', 'sugar tablets|tabs|gel', 'hypoglyc*', 'insulin', 'low blood sugar|sugars|glucose', 'low sugar|sugars|glucose',
    'blood sugar|sugars|glucose [is|are|has|have|gone|went] [really|very|too|gone|dropped|got] low|dropped|crashed|crashing|dropping|down', 'sugar|sugars|glucose [is|are|has|have|gone|went] [really|very|too|gone] low|dropped|crashed|crashing|dropping',
    'sugar|sugars|glucose level|levels [is|are|has|have] [really|very|too|gone] low|dropped|crashed|crashing|dropping',
  ] },
  // A nose that bleeds is pinched sitting forward, not pressed as a wound.
  { hazards: ['nosebleed'], phrases: [
    'nosebleed*', 'nose bleed*', 'nose [is|was|keeps|has|started|starts|kept] [still|been] bleeding', 'nose will|does|did|has|is not stop|stopped|stopping bleeding', 'nose [is] [still] pouring|streaming ~ blood', 'nose [is|was|keeps] [still] pouring|streaming|gushing|dripping|spurting',
    'bleed*|blood ~ from @poss nose|nostril|nostrils', 'bleed*|blood ~ out of @poss nose|nostril|nostrils', 'bloody nose',
  ] },
  // Cold: warmed slowly, never a hot shower. "It's freezing out here" is the weather.
  // Cold and clammy is shock, whatever the weather.
  { signal: 'neutral', phrases: ['ice|freezing|stone|dead cold and clammy|sweaty', 'cold|clammy and|n clammy|sweaty|cold', '@person [is|am|are|feel|feels|feeling|gone|going|was] [all|really|very|so|dead] cold and|n clammy|sweaty'] },
  { hazards: ['hypothermia'], phrases: [
    'hypotherm*', 'frostbit*', 'frostnip', 'frost nip', 'white and hard', 'hard as wood', 'shivering', 'shivers', 'ice|freezing|stone|dead cold', '@person [is|was|are|feels|felt|gone|going|looks] dead|stone|ice cold', 'soaked|drenched|sodden|wet ~ shaking|shivering|freezing|frozen', 'shaking like mad|crazy|hell', 'can not stop shaking', 'can not stop shivering', 'is|are|was|were|am [really|so|absolutely|bloody|proper] freezing',
    '@person [is|are|was|were|am|feels|feel|feeling|got|gone|going|looks] [really|very|so|too|freezing|bitterly] cold',
    'been|was|were in [the] [cold|icy|freezing] water|river|sea|canal|dock|docks|harbour|harbor|lake|reservoir|pond|estuary', 'out of [the] [cold|icy|freezing] water|river|sea|canal|dock|docks|harbour|harbor|lake|reservoir|pond',
    'locked|shut|stuck|trapped|found|left|been|was|were [him|her|them|someone|somebody|a|one] [guy|man|woman|lad|worker|colleague] in|inside [the|a] [walk|blast] freezer|freezers|chiller|chillers|coldstore|fridge',
    'locked|shut|stuck|trapped|found|left|been|was|were [him|her|them|someone|somebody|a|one] [guy|man|woman|lad|worker|colleague] in|inside [the|a] cold store|stores|room|rooms',
    // "Shut in the big walk-in freezer": the size and the door come between.
    'locked|shut|stuck|trapped in|inside [the|a] ~ freezer|freezers|chiller|chillers|coldstore|fridge', 'found ~ in|inside [the|a] ~ freezer|freezers|chiller|chillers|coldstore|fridge', 'locked|shut|stuck|trapped in|inside [the|a] ~ walk in freezer|freezers|chiller|chillers|fridge',
  ] },
  // In the water, then out: cold first, whatever the fall.
  { hazards: ['hypothermia'], phrases: ['fell|fallen|gone|went|slipped in|into [the] [cold|icy|freezing] water|river|sea|canal|dock|docks|harbour|harbor|lake|loch|reservoir|pond', 'fell|fallen in off|from', 'gone|went|fell|fallen|slipped|jumped|dropped ~ into the|a harbour|harbor|sea|river|dock|docks|canal|lake|loch|reservoir|pond', 'off the|a quay|quayside|pier|jetty|dock|boat|bank|wall|edge|side ~ into the|a water|harbour|harbor|sea|river|dock|canal|lake|loch'] },
  // Water running from the mouth of someone pulled out is the drowning, not a leak.
  { signal: 'neutral', phrases: ['water ~ from @poss mouth|nose', 'water ~ out of @poss mouth|nose', 'water ~ coming up|out', 'water ~ out of him|her|them', 'water ~ out @poss mouth|nose|lungs', 'water ~ pouring|coming|running|gushing ~ out @poss mouth|nose', 'so it|the water drains', 'we|i|you burst|pop|prick them', 'burst|pop|prick ~ blister|blisters'] },
  { hazards: ['hypothermia'], phrases: ['stuck|trapped|caught|buried|lost in [a|the] snow|drift|drifts|snowdrift|snowdrifts|blizzard', 'fingertips|fingers|toes|ears|nose|hands|feet ~ white|waxy|grey|gray ~ stiff|hard|numb|candles|wax', 'teeth ~ chattering|rattling|clattering', 'teeth [are|is] going', 'caught by the tide'] },
  { hazards: ['hypothermia'], besides: ['medical', 'hypothermia'], phrases: ['soaked|drenched|sodden through', 'can not work|feel @poss fingers|hands'] },
  // A night out on the hill, or found soaked, beside someone taken ill.
  { hazards: ['hypothermia'], besides: ['medical', 'unconscious', 'hypothermia'], phrases: ['out all night', 'all night ~ on|in|up the hill|hills|moor|moors|mountain|fell|fells|snow|rain|cold', 'on|up|in the hill|hills|moor|moors|mountain|fell|fells|snow|rain ~ all night', 'found him|her|them soaked|drenched|sodden'] },
  { hazards: ['hypothermia'], urgency: 'CRITICAL', negationProof: true, phrases: ['stopped shivering', 'quit|stops shivering', 'not shivering any more', 'not shivering anymore', 'no longer shivering', 'shivering has|is stopped', 'stiff and ~ not shivering', 'frost|frozen|freezing|cold ~ not shivering'] },
  { signal: 'neutral', phrases: ['it|weather|outside|here|pipe|pipes|water|ground|road|roads|tap|taps|lock|locks|door|doors|@thing [is|are|was|were] [really|so|absolutely|bloody|proper] freezing', 'it is|was [really|very|so|too|freezing|bitterly] cold'] },
  // Bones: supported as found. Through the skin, pressed around and never pushed back.
  { hazards: ['fracture'], phrases: [
    'fracture*', 'dislocat*', 'broke|broken|snapped|fractured|cracked ~ @limb', 'leg ~ looks|look|is shorter', 'shoulder|wrist|ankle|arm|leg ~ lumpy|lump',
    '@limb [is|are|was|were|looks|look|seems|feels|has|have] [definitely|badly|clearly|probably|totally|completely|been] broken|snapped|fractured|broke',
    '@limb ~ bent|deformed|wonky|misshapen', 'bent|twisted|facing|pointing|turned the wrong way', '@limb ~ bends|bending|bent where', 'bends|bending|bent where it|they should not', '@limb ~ out of place|shape', '@limb ~ at a|an funny|weird|wrong|strange|odd|awkward|horrible angle',
  ] },
  { hazards: ['open_fracture'], phrases: [
    'open|compound fracture*', 'bone|bones ~ sticking|poking|coming|jutting|stuck|popped|pushing out', 'bone|bones ~ sticking|poking|coming|jutting|stuck|popped|pushing out of @poss @flesh',
    'bone|bones ~ through|broke|broken|pierced|piercing|poking ~ skin', 'bone|bones ~ out of [the|his|her|their|my|your] skin', 'bone|bones ~ through @poss @flesh', 'bone|bones [is|are] showing', 'bone|bones ~ poking|sticking|coming|jutting through',
  ] },
  // A panic attack, said as such; breathing fast alone could be anything.
  // negationProof: "he's not epileptic" after a fit is his history, not no seizure.
  { hazards: ['seizure'], negationProof: true, phrases: ['epilep*'] },
  // A birth: only what labour and a birth sound like, not "pregnant" (an injured pregnant worker is the injury).
  // "He's all stiff and shaking, his eyes are rolled back" (review 91): a fit told by what it looks like.
  { hazards: ['seizure'], phrases: ['stiff and shaking|jerking|twitching', 'all stiff ~ shaking|jerking|twitching', 'shaking|jerking|twitching ~ all stiff', 'shaking|jerking ~ eyes ~ rolled|rolling back'] },
  // "My wife is having baby now ... the baby head is coming" (review 90).
  { hazards: ['childbirth'], phrases: ['having [a|the|her|my|our|his] baby now', 'baby head ~ coming|showing|out', 'baby is coming|crowning'] },
  { hazards: ['childbirth'], phrases: [
    'in labour|labor', 'gone|going|went|go into labour|labor', 'labour|labor pains', 'contractions', 'urge to push', 'wants|needs|has|needing|wanting ~ to push', 'pushing ~ baby',
    'waters [have|has] [just] broken|broke|gone|went|burst', 'waters ~ broken|broke|burst', 'water ~ coming|running|gushing down|out ~ legs|trousers|leg', 'baby [is|was] coming', 'baby ~ coming out|now', 'crowning',
    'head ~ showing|crowning|appearing', 'head ~ coming out', 'baby is|was|has ~ out|born|arrived|here', 'baby ~ came|slid|popped out', 'giving|give|gave birth', 'had|having the|a|her baby',
    'delivered the|a|her baby', 'delivering the|a|her baby', 'afterbirth', 'placenta', 'umbilical',
  ] },
  // Back blows to someone choking are no blow that crushed them.
  { signal: 'neutral', phrases: ['hit|hitting|slapped|slapping|whacked|thumped|patted|banged|smacked @person|him|her|them on|between the|her|his|their back|shoulders'] },
  // Blood on the head after a strike or a fall: the head, watched for its danger signs.
  { hazards: ['head_injury', 'injury_bleeding'], phrases: ['blood|bleeding on|from @poss head|forehead|scalp', 'blood|bleeding on|from the head|forehead|scalp'] },
  // Eyes open and laughing, sat up: whoever lay still is awake now.
  { signal: 'neutral', rulesOut: ['unconscious'], phrases: ['opened @poss eyes', 'he|she|they is|are [now] laughing|giggling', 'he|she|they is|are|has|have [now] sat|sitting up'] },
  // A prank or a call called off: the stand-down.
  { hazards: ['false_alarm'], phrases: ['play|playing|played dead', 'dared him|her|them', 'you can cancel', 'cancel the ambulance', 'cancel it', 'wasting your time'] },
  { hazards: ['drowning'], phrases: ['bottom of the pool|bath|tank|river|pond|lake|harbour|dock', 'bottom of the ~ pool|river|pond|lake|harbour|dock|canal'] },
  { hazards: ['unconscious'], phrases: ['he|she|they not answer|answering|respond|responding|waking|wake'] },
  { hazards: ['overdose'], phrases: ['empty ~ tablet|pill|blister|paracetamol ~ strips|packets|packs|boxes|foils', 'tablet|pill|blister strips|packets|foils ~ everywhere|all over|on the', 'eyes|pupils ~ like a pin|pinpoint|pinprick', 'eyes|pupils ~ tiny|pinpoint', 'oxy|oxys|oxycodone|oxycontin|oxynorm', 'took|take|taken|swallowed ~ many|lots|loads|a load|handful ~ tablets|pills|tablet|pill', 'pills and|n powder', 'bit|line|bag|bump of powder', 'ecstasy', 'mdma', 'molly', 'pingers', 'mandy', 'ketamine', 'cocaine', 'dropped ~ pill|pills'] },
  // "The liquid nitrogen's gone down inside his glove" (review 118): a cold injury, like frostbite, warmed gently.
  { hazards: ['hypothermia'], phrases: ['liquid nitrogen ~ down|on|over|in|inside|into ~ @poss|the|a ~ glove|gloves|boot|boots|sleeve|shoe|hand|hands|fingers|skin'] },
  // Steam across an arm or a face is a scald, not a leak to isolate.
  { hazards: ['burn'], urgency: 'HIGH', phrases: ['steam ~ across|over|on|onto|into|in ~ @poss arm|face|hand|hands|leg|legs|chest|neck|body|eyes', 'steam ~ across|over|on|onto|into|in ~ me|him|her|them', 'scalded|burnt|burned by|with ~ steam'] },
  // "Steam's blasted all up my arm" (review 118, a cannery retort door): a scald, not a leak.
  { hazards: ['burn'], urgency: 'HIGH', phrases: ['steam [is|has] blasted|blew|blown|sprayed|shot|jetted|burst|gone|went ~ up|down|along|across|over|on|onto|into ~ @poss arm|arms|face|hand|hands|leg|legs|chest|neck|body|back'] },
  // Going grey at the edges, about to pass out: faint, not short of breath.
  { hazards: ['medical'], phrases: ['going|gone|went grey|gray|dark|black ~ round|around ~ edges', 'going to|gonna ~ pass out', 'going to|gonna ~ faint', 'feel|feeling|felt ~ faint|dizzy|woozy|lightheaded', 'before ~ pass|black out', 'before ~ faint'] },
  // A solvent or ink room where someone collapsed: the air in it, not a fall.
  { hazards: ['gas_leak'], besides: ['unconscious', 'medical', 'breathing_difficulty'], phrases: ['solvent|solvents|thinners|fumes|ink|paint|spray ~ room|booth|store|cupboard|shed'] },
  // Two down in a chamber, the second one who went after the first: the air in there (review 56).
  { hazards: ['confined_space', 'unconscious'], urgency: 'CRITICAL', phrases: ['two|both ~ down in ~ @vessel', 'down in ~ @vessel ~ not moving|collapsed|dropped|gone|both', 'went|gone|climbed down after him|her|them'] },
  // A coat, sleeve or scarf wound into a shaft or roller: the machine, not a clothing fire.
  { hazards: ['crush'], urgency: 'CRITICAL', phrases: ['coat|jacket|sleeve|clothes|hood|hoodie|overalls|scarf|hair|trousers ~ caught|wrapped|wound|pulled ~ in|into|round|around|on ~ shaft|pto|auger|roller|rollers|machine|spindle|drum|lathe|drill'] },
  // Battery acid going off in someone's face: a splash to rinse, not a spill to fence off.
  { hazards: ['chemical_exposure'], phrases: ['acid|battery|caustic|chemical ~ went|gone|exploded|blew|popped|splashed|sprayed ~ in|into|over|up ~ face|eyes|eye', 'charger ~ went|gone|blew|exploded|popped off'] },
  // A face going down on one side, talking funny: FAST in other words.
  { hazards: ['stroke'], phrases: ['face|mouth|smile ~ going|gone|dropping|dropped|slipping|drooping down [on] one side', 'face|mouth ~ down [on] one side'] },
  { hazards: ['stroke'], besides: ['stroke'], phrases: ['talk|talking|talks|speak|speaking|speaks ~ funny|strange|weird|drunk|wrong|slurry'] },
  // "His smile's gone crooked on one side" (review 118).
  { hazards: ['stroke'], phrases: ['smile|mouth|face|lip ~ gone|going|is|all crooked|wonky|twisted ~ one side', 'smile|mouth|face|lip ~ gone|going|all crooked|wonky'] },
  // "His talk is coming out all wrong", "the leg on the one side won't hold him up", "when I talk it sounds funny, slurry" (review 118).
  { hazards: ['stroke'], phrases: ['talk|talking|speech|words ~ coming out ~ wrong|funny|strange|weird|slurred|slurry', 'talk|talking|speech|voice ~ sounds|sound|sounding ~ funny|slurry|slurred|strange|weird|drunk', 'leg|arm on the|one ~ side ~ not hold|work|move'] },
  // A grill or stove on with the extraction broken, or several people sick at once: carbon monoxide.
  { hazards: ['carbon_monoxide'], besides: ['medical', 'unconscious', 'breathing_difficulty', 'not_breathing'], phrases: ['extract|extractor|extraction ~ fan|hood ~ broken|broke|off|dead|bust|packed', 'charcoal ~ grill|grills|bbq|barbecue|oven'] },
  { hazards: ['medical'], phrases: ['others|everyone|everybody ~ is|are|feel|feels|feeling|got ~ sick|dizzy|headache|headaches|headachey'] },
  // Blood from an ear after a fall or a blow is the head's sign, not a wound to press (review 57).
  { hazards: ['head_injury'], phrases: ['bleeding|blood ~ from|out ~ ear|ears', 'blood|bleeding ~ ear|ears', 'ear|ears ~ bleeding'] },
  // "He not talk to me, I shake him, nothing": unresponsive, in other words.
  { hazards: ['unconscious'], phrases: ['not|no talk|talking|answer ~ me|us', 'shake|shook|shaking ~ him|her|them ~ nothing', 'shake|shook|shaking ~ him|her|them ~ no ~ answer|response|reply'] },
  // "Men down in the tank", "the second one went after him": the tank's air (review 58).
  { hazards: ['confined_space', 'unconscious'], urgency: 'CRITICAL', phrases: ['men|lads|people|workers|guys|blokes|he|she|they|someone|somebody|man|bloke|lad|worker|colleague|mate|both|two ~ down in|inside [the|a] @vessel', 'second|other|another one|lad|man|bloke|guy ~ went|gone|climbed ~ after him|her|them', 'second|other|another one|lad|man|bloke|guy ~ went|gone|climbed in|down after'] },
  // Slurred words and a mouth drooping on one side, in other words: a stroke.
  { hazards: ['stroke'], phrases: ['words ~ slurry', 'droopy|drooping|droops|dropped|sagging|saggy on|at one side', 'droopy|drooping|sagging|saggy ~ one side'] },
  // Liquid in the eyes: a splash to rinse.
  { hazards: ['chemical_exposure'], phrases: ['liquid|fluid|chemical|chemicals|cleaner|spray|stuff ~ in|into ~ eyes|eye'] },
  { hazards: ['eye_injury'], phrases: ['something|stuff ~ in|into ~ eyes|eye'] },
  // "Some liquid splash in face of my friend, he say his eye burning" (review 88): a chemical splash, not a heat burn.
  { hazards: ['chemical_exposure'], phrases: ['liquid|fluid|chemical|chemicals|cleaner|acid|caustic|stuff ~ splash|splashed|sprayed|spray|spurted|squirted ~ in|into|on|over ~ face|eye|eyes'] },
  // "Something's flew up into my eye" (review 89): up, then into.
  { hazards: ['eye_injury'], phrases: ['flew|flown|shot|popped|jumped|pinged|flicked ~ into|in my|his|her|their|me|the eye|eyes'] },
  // "Pulled a cup of tea over herself, it was just boiled" (review 89): a scald.
  { hazards: ['burn'], phrases: ['cup|mug|pot|kettle|flask ~ of ~ tea|coffee|soup ~ over|down|on', 'tea|coffee|soup|cuppa ~ over|down ~ herself|himself|themselves|myself|her|his|my|their ~ lap|legs|leg|arm|arms|chest|front|hand|hands', 'tea|coffee|soup|cuppa ~ over ~ herself|himself|themselves|myself', 'just boiled'] },
  // "The foot's kind of pointing off to the side, it's a funny shape" (review 89): a limb out of line.
  { hazards: ['fracture'], phrases: ['foot|leg|ankle|arm|wrist|knee|toes|hand ~ pointing|turned|facing|bent|twisted ~ off|to the side', 'pointing|turned|facing|bent ~ off to the side', 'ankle|foot|leg|arm|wrist|knee ~ funny|odd|weird|wrong|strange shape|angle', 'funny|odd|weird|wrong|strange shape ~ lump|swollen|swelling|bone|ankle|foot|leg|arm|wrist'] },
  // "A wee round flat battery out of a tea light" (review 89): a button battery told by its shape.
  { hazards: ['swallowed_chemical'], urgency: 'CRITICAL', phrases: ['round flat ~ battery|batteries', 'flat round ~ battery|batteries', 'tealight|fob|calculator|thermometer ~ battery|batteries', 'tea light ~ battery|batteries', 'swallowed|swallowing|swallow|ate|eaten ~ a|the|one ~ battery|batteries'] },
  // "Put the saw into his leg": a cut that bleeds.
  { hazards: ['injury_bleeding'], phrases: ['put|stuck|ran|run|gone|went ~ saw|chainsaw|blade|knife|chisel|grinder ~ into|in|through ~ @poss|the ~ leg|arm|thigh|hand|foot|wrist', 'saw|chainsaw|blade|knife|chisel|grinder ~ into|through ~ leg|arm|thigh|hand|foot|wrist'] },
  // "He'll choke on his tongue" or "swallow his tongue" in a fit is the old myth, not choking (review 58).
  { signal: 'neutral', phrases: ['choke|choking|chokes on @poss tongue', 'swallow|swallowing|swallows|swallowed @poss tongue'] },
  // An electrician down beside a panel with a blackened hand: the current, not a loose wire.
  { hazards: ['electric_shock'], besides: ['unconscious', 'electrical', 'fire', 'explosion', 'burn'], phrases: ['hand|hands|fingers|palm [is|are] [all] black|blackened|charred|scorched'] },
  // A rapid ascent or a missed stop: decompression illness until shown otherwise (review 77).
  { hazards: ['medical'], urgency: 'CRITICAL', phrases: ['came|come|shot ~ up ~ too fast|quick|quickly', 'missed ~ stop|stops', 'rapid|fast|uncontrolled ascent', 'decompression', 'the bends'] },
  // "One of them little round batteries out of a musical card", "it says CR2032"; magnets; vape liquid (review 109).
  { hazards: ['swallowed_chemical'], urgency: 'CRITICAL', phrases: ['little|small|tiny round|flat|silver battery|batteries', 'round battery|batteries ~ card|toy|remote|fob|watch|calculator|candle|scales|key', 'musical|birthday card ~ battery|batteries', 'cr ~ twenty|2032|2025|2016|thirty|sixteen', 'cr2032|cr2025|cr2016'] },
  { hazards: ['swallowed_chemical'], phrases: ['swallowed|swallow|swallowing|ate|eaten|eating ~ magnet|magnets', 'magnet|magnets ~ swallowed|mouth|tummy|stomach'] },
  { hazards: ['swallowed_chemical'], urgency: 'CRITICAL', phrases: ['vape|vaping|nicotine|eliquid ~ juice|liquid|oil|refill', 'e liquid', 'sucking|sucked|drank|drunk|drinking|swallowed|licked|licking ~ vape|nicotine|eliquid'] },
  // A swallowed button battery: it burns through the food pipe in hours (review 79).
  { hazards: ['swallowed_chemical'], urgency: 'CRITICAL', phrases: ['button|coin battery|batteries', 'swallowed|swallow|ate|eaten ~ button|coin|watch|lithium ~ battery|batteries|cell|cells', 'button|coin ~ battery|batteries ~ swallowed|mouth|tummy|stomach'] },
  // Review 80's callers whose English is a second language: "he took electric", "the eyes go up,
  // foam from mouth", "not breathe normal", "only one big noise then nothing".
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['took|take|takes|taken|got|had ~ electric|electricity', 'electric|electricity ~ went|go|goes|passed ~ through|in ~ him|her|them|body'] },
  { hazards: ['seizure'], phrases: ['foam|froth ~ coming ~ from|out', 'eyes ~ go|going|gone|went|rolled|rolling|turned ~ up|back ~ shaking|jerking|foam|froth', 'all|whole ~ body ~ shaking|jerking|shake|shakes|jerks'] },
  { hazards: ['not_breathing'], urgency: 'CRITICAL', phrases: ['is not breathe|breath normal|normally|right', 'he|she not breathe|breath normal|normally|right', 'he|she|they not breathe|breath', 'big noise|gasp|breath|snore ~ then ~ nothing', 'one time ~ noise|gasp|breath ~ then ~ nothing'] },
  // Found hanging somewhere (review 81): "a fella hanging in the stairwell".
  { hazards: ['hanging'], urgency: 'CRITICAL', phrases: ['hanging in the|a ~ stairwell|stairs|garage|shed|barn|loft|warehouse|toilet|toilets|cell|room|cupboard|stockroom|storeroom|attic|garden|yard', 'hanging from|off ~ the|a ~ beam|rafter|rafters|banister|bannister|stairwell|hook|door|tree'] },
  // "He's got a bit of broken glass and he's saying he'll cut me" (review 81).
  { hazards: ['violence'], urgency: 'CRITICAL', phrases: ['hell|will|gonna ~ cut|stab|slash|glass ~ me|us|you|someone|somebody', 'going to ~ cut|stab|slash ~ me|us|someone|somebody', 'threatening ~ cut|stab|slash|kill|hurt ~ me|us|staff'] },
  // "The lad's knocked the lone worker alarm with his elbow": set off by accident (review 81's replay).
  { hazards: ['false_alarm'], phrases: ['knocked|caught|bumped|leaned|pressed ~ the ~ alarm|button|pendant ~ elbow|arm|bag|accident|accidentally', 'alarm|button|pendant ~ by accident', 'alarm|button|pendant ~ accidentally'] },
  // "His elbow is sticking out the wrong way"; "dragged him along the forecourt" (review 81).
  { hazards: ['fracture'], phrases: ['sticking|pointing|bent|facing ~ out ~ wrong way', 'sticking|pointing|bent|facing ~ the wrong way'] },
  { hazards: ['vehicle_strike'], phrases: ['car|van|lorry|truck|vehicle|driver ~ dragged ~ him|her|them|lad|man|woman|someone', 'dragged ~ along|down|across|under ~ road|forecourt|ground|street|car park|tarmac'] },
  // "His mate gave him the morphine ones, we think he's had loads" (the blind re-grade of review 82).
  { hazards: ['overdose'], urgency: 'CRITICAL', phrases: ['morphine|oxycodone|codeine|tramadol|fentanyl|methadone|oramorph ~ loads|lots|handful|whole|all|many', 'had|taken|took|swallowed ~ loads|lots|handful ~ morphine|oxycodone|codeine|tramadol|painkillers'] },
  // Review 83 and 84: "her lips are going huge", "still burning hot", "sprayed with petrol".
  { hazards: ['anaphylaxis'], urgency: 'CRITICAL', phrases: ['lips|tongue|face|eyes ~ huge|massive|ballooning|balloon', 'lips|tongue|face|eyes ~ blowing|blown up'] },
  // "She have allergy to peanut, her lips is very big now" (review 100).
  { hazards: ['anaphylaxis'], urgency: 'CRITICAL', phrases: ['lips|lip|tongue ~ very|so|really|all ~ big|fat|swollen|swelling|puffy', 'allergy|allergic ~ peanut|peanuts|nut|nuts|sesame|shellfish ~ lips|tongue|face|throat'] },
  { hazards: ['heat_illness'], urgency: 'CRITICAL', phrases: ['still burning|boiling|roasting hot', 'burning|boiling|roasting hot to touch'] },
  { hazards: ['chemical_exposure'], phrases: ['sprayed|splashed|doused|drenched ~ with ~ petrol|diesel|fuel|chemical|chemicals', 'petrol|diesel|fuel ~ all over ~ him|her|them|face'] },
  // Wet concrete sprayed in the eyes or on the skin is an alkali burn (review 85).
  { hazards: ['chemical_exposure'], urgency: 'CRITICAL', phrases: ['sprayed|splashed|covered ~ concrete|cement|mortar|grout|screed', 'concrete|cement|mortar|grout ~ in ~ eyes|eye|face'] },
  // A lone-worker or man-down alarm calls someone to a worker, not everyone out (review 81).
  { signal: 'neutral', rulesOut: ['alarm', 'fire'], phrases: ['lone worker ~ alarm|device|pendant|button|app', 'man down ~ alarm|device|pendant|button', 'panic ~ alarm|button|pendant ~ went|gone|going|pressed'] },
  // "It stopped smelling" in a gas is the nose giving up (hydrogen sulphide), not the gas gone (review 77).
  { hazards: ['gas_leak'], urgency: 'CRITICAL', phrases: ['it stopped smelling', 'it has stopped smelling', 'stopped smelling it', 'can not smell it anymore', 'can not smell it any more'] },
  // Down in a ship's hold: an enclosed space, whatever was in it (review 77).
  { hazards: ['confined_space'], besides: ['unconscious', 'not_breathing', 'medical', 'breathing_difficulty', 'gas_leak'], phrases: ['down|in|into the ~ hold|holds', 'number ~ hold|holds', 'cargo hold|holds', 'down ~ hold|holds'] },
  // A lead or appliance lying in water someone is down in: the water may be live (review 75).
  { hazards: ['electric_shock'], urgency: 'CRITICAL', phrases: ['lead|cable|extension|plug|socket|wire|kettle|heater|flex|charger ~ in|into the|a ~ water|puddle|flood'] },
  { hazards: ['unconscious'], phrases: ['on the floor ~ not moving', 'on the floor ~ not responding', 'on the floor ~ out cold'] },
  // Someone in the water: overboard, fallen in, going under.
  { hazards: ['drowning'], phrases: [
    'overboard', 'drowning', 'going|gone|went under the water|surface', 'keeps|kept going under', 'going under ~ every|each', 'gone|fallen|fell|slipped|jumped|dived|swept in|into [the] water|sea|river|harbour|dock|canal|lake|loch|reservoir|pond|quarry|lagoon',
    'gone|fallen|fell|slipped in|into ~ water|sea|river|harbour|dock|canal|lake|loch|reservoir|pond', 'in the water ~ shouting|screaming|struggling|splashing|waving|panicking', 'in water ~ shouting|screaming|struggling|splashing|waving|panicking', 'fall|fell|fallen|falls|slipped|went|gone ~ off|from the ~ quay|quayside|pier|jetty|harbour|dockside',
    'gone|fallen|fell in between ~ boat|quay|wall|jetty|pontoon', 'can not swim', 'face down in the water|pool|river|pond', 'in the ~ pool|water|river|pond|lake|sea|canal|dock ~ face down', 'face down in the|a ~ trough|bath|tank|pond|dam|dyke', 'fell|fallen|gone|slipped|went in|into the|a ~ trough|bath|pond|dam|dyke',
    // A boat over with people in the water (review 70).
    'capsized|capsize|capsizing|overturned', 'floating face down', 'crew|people|lads|men|four|three|two|several|everyone ~ in the water', 'is|are still in the water',
    // Pulled from the water by a lifeguard: drowned, so breaths first (review 93).
    'pulled|dragged|fished|hauled ~ out ~ deep end|pool|lido|water|river|lake|canal|sea|dock|harbour|loch|pond|quarry|reservoir', 'lifeguard|lifeguards ~ pulled|dragged|fished|hauled|got ~ out',
    // "The lad's slipped off the workboat into the cut and he ain't come back up": gone under (review 118).
    'not come|came|coming back up', 'fell|fallen|slipped|tumbled in|into the pool', 'went|gone in|into the pool while|when', 'off the ~ boat|workboat|barge|narrowboat|dinghy|pontoon ~ into the|a ~ cut|water|canal|river|dock|basin',
  ] },
  // A building named for chlorine or ammonia where someone lies: the gas, not a fall.
  { hazards: ['gas_leak'], phrases: ['chlorine|ammonia ~ building|room|house|store|plant|shed|leak|gas|smell|cloud|alarm', 'swimming pool smell'] },
  // Bleeding in pregnancy said outright; "pregnant" beside a bleed is read in context-rules.ts.
  { hazards: ['pregnancy_bleeding'], phrases: ['miscarr*', 'losing the|her|my|our baby', 'ectopic', 'pregnant ~ bleeding|blood|bleed', 'bleeding|blood ~ pregnant'] },
  // "My period's late, about six weeks", with pain: an ectopic until a crew says not (review 97).
  { hazards: ['pregnancy_bleeding'], phrases: ['period|periods [is|are] ~ late|overdue', 'missed ~ period|periods', 'late period|periods', 'period|periods ~ bleeding|flooding|heavy|clots', 'bleeding ~ down there|clots'] },
  // "I nearly passed out": faint, not unconscious (review 97).
  { hazards: ['medical'], phrases: ['nearly|almost ~ pass|passed|passing out', 'nearly|almost ~ fainted|collapsed|keeled|blacked'] },
  { hazards: ['childbirth'], urgency: 'CRITICAL', negationProof: true, phrases: [
    'baby|newborn ~ not crying|breathing|moving', 'baby|newborn ~ floppy|limp|blue|grey|gray|silent|lifeless', 'cord ~ round|around ~ neck', 'breech', 'bum|feet|foot|legs|arm|bottom ~ first',
  ] },
  { hazards: ['childbirth'], urgency: 'CRITICAL', negationProof: true, besides: ['childbirth'], phrases: ['not crying', 'no cry', 'not made a sound'] },
  { hazards: ['panic_attack'], phrases: ['panic attack*', 'having a panic', 'anxiety attack*', 'hyperventilat*', 'freaking|flipping out', '@person [is|keeps] panicking', 'going to die', 'gonna die'] },

  // --- the place ---------------------------------------------------------------------------------
  { hazards: ['structural_collapse'], phrases: ['@structure ~ collapsed|collapse|collapsing|toppled|cracking|buckled|buckling', '@structure ~ came|fell down|over', '@structure [has|have] come|comes down|over', '@structure ~ gave|giving way', '@structure ~ caved in', '@structure ~ fell|fallen|caving|came in', 'bits|dirt|soil|earth|mud|sand|stones|rocks|rubble ~ falling|coming|caving in|down', 'going|about to collapse', 'cave in', 'caved in', 'collapse of', 'falling debris', 'things falling', 'load fell|dropped', 'dropped ~ load'] },
  { signal: 'neutral', phrases: ['kneeling|standing|sitting|lying in|on a|the puddle|wet'] },
  // "Sick leaking from his lips" is the airway, not a pipe.
  // "He's gripping his chest and he's dripping": sweat, not a leak (review 21's call, seen again in review 88's work).
  { signal: 'neutral', phrases: ['he|she|they|i|you [is|are|am|was|were] [absolutely|just|literally|all] dripping', 'dripping with|in sweat', 'dripping wet with sweat'] },
  { signal: 'neutral', phrases: ['leaking|dribbling|running|coming|trickling|dripping out|from ~ lips|mouth|nose|ear|ears', 'leaking|dribbling|running|coming|trickling from ~ lips|mouth|nose|ear|ears', 'leaking|dribbling|running|coming|trickling out of ~ lips|mouth|nose|ear|ears'] },
  // "It's gone red, there's no blisters or nowt": how bad the burn is, not no burn (review 115's re-grade).
  { signal: 'neutral', phrases: ['no|not|without|any blisters|blister|blistering'] },
  // A wasp sting, "my face is burning and itchy, big welts" (review 118, R2-106): the reaction, not a burn.
  { signal: 'neutral', phrases: ['face|skin|neck|lips|body|arm|arms [is|are] [all|really|so] burning and itchy|itching|swollen|swelling|blotchy'] },
  // "The fire alarm went off cos someone burnt toast in the staff room" (review 118, R1-036): the food burnt, nobody did.
  { signal: 'neutral', phrases: ['@person burnt|burned [the|some|his|her|my|their|a|our] toast|bread|food|popcorn|bacon|pizza|dinner|lunch|breakfast|sausages|chips|crumpets|teacake|bagel|porridge|soup', 'burnt|burned|burning [the|some|his|her|my|their|a|our] toast|bread|food|popcorn|bacon|pizza|dinner|lunch|breakfast|sausages|chips|crumpets|teacake|bagel|porridge|soup'] },
  // "The gas monitor is in the office with me": the kit that measures a gas, not a leak (review 114).
  { signal: 'neutral', phrases: ['gas monitor|monitors|detector|detectors|tester|testers|sniffer|analyser|analyzer'] },
  // "Knocked me leg and a vein's burst, it's pumping out" (review 118, R1-038): a bleed, not a burst pipe.
  { signal: 'neutral', phrases: ['vein|veins|artery|varicose ~ burst|bursted|popped'] },
  // "A nosebleed, it's dripping all over the counter": the blood drips, nothing leaks (review 113).
  { hazards: ['leak'], explainedBy: ['nosebleed', 'injury_bleeding'], phrases: ['dripping'] },
  // "Burnt me hand on the steam wand": the steam burnt, nothing leaks (review 115).
  { hazards: ['leak'], explainedBy: ['burn'], phrases: ['steam'] },
  { hazards: ['leak'], phrases: ['leak', 'leaks', 'leaking', 'leaked', 'leakage', 'water everywhere', 'flood*', 'burst pipe', 'pipe burst', 'pipe has burst', 'burst', 'oil ~ floor', 'oil|grease|water all over', 'oil|grease|water everywhere', 'oil spill', 'spilled oil|water|coffee|milk|diesel', 'water spill', 'hydraulic ~ leak*|oil|fluid', 'steam leak', 'overflow*', 'puddle', 'ruptured', 'rupture',
    'water|oil|fuel|diesel|liquid|coolant|fluid ~ pouring|gushing|spraying|pissing|streaming|running|flowing|coming through|out|from|down|in|into'] },
  { hazards: ['alarm'], phrases: ['alarm', 'alarms', 'fire alarm', 'smoke alarm', 'smoke detector', 'siren*', 'siren|sirens ~ going|sounding|wailing|blaring', 'evacuation alarm', 'alarm is going off', 'beeping', 'klaxon', 'horn is going'] },

  // --- standing down -------------------------------------------------------------------------------
  // "Ate a nut by mistake", "cut himself by accident": how it happened, not a call made by mistake.
  { hazards: ['false_alarm'], explainedBy: ['anaphylaxis', 'breathing_difficulty', 'swallowed_chemical', 'chemical_exposure', 'medical', 'injury', 'injury_bleeding', 'burn', 'fall', 'crush', 'amputation', 'electric_shock', 'eye_injury', 'head_injury', 'low_blood_sugar', 'not_breathing', 'unconscious', 'choking'], phrases: ['by mistake|accident'] },
  { hazards: ['false_alarm'], phrases: ['false alarm', 'a drill', 'fire drill', 'only a drill', 'just a test', 'it was a test', 'just testing', 'just steam', 'just dust', 'just mist', 'just fog', 'just water', 'only steam', 'only dust', 'just condensation', 'just smoke from', 'my mistake', 'my bad', 'wrong number', 'sorry to bother', 'pressed|hit|dialled|dialed|rang|called ~ wrong', 'wrong button', 'misdial*', 'butt dial*', 'pocket dial*', 'was nothing', 'it is nothing', 'nothing wrong', 'nothing is wrong', 'not a real', 'not real', 'not an emergency', 'no emergency'] },
  { hazards: ['all_clear'], phrases: ['all clear', 'never mind', 'fire is out', 'it is out', 'its out', 'it was out', 'flames are out', 'put it out', 'put the fire out', 'put out the fire', 'put them out', 'under control', 'everything is ok|okay|fine|good|alright', 'all good', 'it is fine now', 'it is ok now', 'it is okay now', 'we are fine|ok|okay|good|safe now', 'stopped leaking', 'leak stopped', 'stopped|plugged|sealed|fixed the leak', 'leak has stopped', 'it stopped', 'it has stopped', 'fixed it', 'it is fixed', 'sorted it', 'it is sorted', 'all sorted', 'cancel that', 'cancel the call', 'no longer needed', 'do not need help', 'do not need anything'] },

  // --- signals -----------------------------------------------------------------------------------------
  { signal: 'distress', phrases: ['help', 'emergency', 'hurry', 'quick', 'quickly', 'urgent', 'urgently', 'mayday', 'sos', 'please come', 'come quick', 'send someone', 'send help', 'need help', 'oh my god', 'oh god', 'it is bad', 'really bad', 'out of control', 'danger', 'dangerous', 'something happened', 'accident', 'incident'] },
  // Asked for, not arrived: "send the emergency services" (their arrival is neutral, below).
  { signal: 'distress', phrases: ['need|send|call|get|want [the|an|some] emergency services|service|team|crew|responders|response', 'need|send|call|get|want|bring [the|an|a|some] fire|rescue|emergency crew|crews|engine|engines|truck|trucks|service|services here now', 'need|send|call|get|want|bring [the|an|a|some] firefighters|firemen|brigade|responders|rescuers here now'] },
  // Asked for: "get an ambulance here now" is someone hurt, not the ambulance arriving.
  { hazards: ['injury'], phrases: ['need|send|call|get|want|bring [the|an|a|some] ambulance|ambulances|paramedic|paramedics|medic|medics|doctor|doctors here now'] },
  // Someone missing after an evacuation: distress, and a reply of its own ("don't go back in for them").
  // Names are not in the vocabulary, so "<anyone> is missing" is the pattern; the neutral rules
  // after it hide the things and body parts that go missing ("the defib is missing from the wall",
  // "he's missing two fingers", "we're missing a fire warden").
  // "Five slaps on his back, it hasn't come out": the food, not someone still inside (review 67).
  { signal: 'neutral', phrases: ['it|that|food|bone|thing|piece|bit has|have not come|got out', 'it|that|food|bone|thing|piece|bit did not come|get out'] },
  { signal: 'missing', phrases: [
    'is|are|was|were [still] missing', 'someone|somebody|anyone|people|one|two|three ~ missing', 'unaccounted for', 'not accounted for',
    'one|two|three|someone|somebody|person|people [is|are] short', 'not at the assembly|muster point', 'not at assembly|muster',
    'can|could not find him|them|her',
    // One person still inside after the others got out: "Dave is still inside", "he's still in there".
    'is still inside', 'is still in there', 'is not here', 'is not out', 'not out here', 'lads|men|people|workers|guys|crew|staff|others|both|couple|few|two|three|four ~ are still inside', 'lads|men|people|workers|guys|crew|staff|others|both|couple|few|two|three|four ~ are still in there', 'has|have not come out', 'has|have not got out', 'did not come|get out',
    // Not back, not answering, not seen: "nobody's seen him for an hour", "he's not checked in".
    'nobody [has|is|s] seen him|her|them ~ for|since', 'no one [has|is|s] seen him|her|them ~ for|since', 'not|nobody|no one ~ seen ~ him|her|them|dave ~ for ~ hour|hours|ages|while|minutes|shift', 'not seen him|her|them ~ for|since', 'has|have|is|are not come|got back ~ to|from|yet|since|for', 'not checked in',
    'not answered ~ @poss ~ radio|phone|radios|phones', 'not answering his|her|their radio|phone|radios|phones|mobile', 'he|she|they [is|are] not answering his|her|their radio|phone|radios|phones|mobile', 'can|could not find ~ our|the|my ~ guard|driver|worker|lad|man|woman|mate|colleague|apprentice|technician|operator|engineer|cleaner|supervisor|manager|boss|son|daughter|husband|wife|partner|friend|dad|mum|fitter|electrician|welder|labourer|warden|keeper', 'no sign of him|her|them',
  ] },
  { signal: 'neutral', phrases: [
    'is|are|was|were [still] missing from', 'is|are|was|were|am [still] missing [a|an|our|the|one] [fire|first] warden|wardens|aider|aiders|marshal|marshals|key|keys|tool|tools|radio|radios', 'is|are|was|were [still] missing [a|an|one|two|three|four|five|his|her|their|some|part|the|of] [of|his|her|their] @body', 'is|are|was|were [still] missing [a|an|his|her|their|the|some] medication|medicine|meds|inhaler|pen|glasses|helmet|radio|phone|boot|boots|glove|gloves|harness|keys|key',
    '@body|@object is|are|was|were [still] missing',
    'defib|defibrillator|aed|extinguisher|extinguishers|kit|guard|guards|eyewash|station|key|keys|medication|medicine|inhaler|pen|radio|phone|harness|helmet|hat|glove|gloves|ppe|tool|tools|cover|lid|sign|pulse|heartbeat|warden|aider|stretcher|blanket|shower|pin|plug|handle|bolt|bolts|panel|ladder|rail|railing|barrier|part|parts|piece|label|sheet|tag|lock|padlock is|are|was|were [still] missing',
    'can|could not find her pulse|heartbeat|breath|breathing|radio|phone|inhaler|pen|medication|helmet|bag|keys|key',
    'found her pulse|heartbeat|radio|phone|helmet|hat|bag|keys|key|glove|gloves|boot|boots|jacket|coat|badge|lanyard|vest',
    'found @poss|his|her|their car|van|truck|bike|quad|tractor|vehicle|jeep|lorry|boat|bag|phone|radio|tools|kit|dog',
  ] },
  // Found, however they are ("we found him on the floor" is found, and hurt); "turned up" only
  // with how they are ("they turned up the heat"). One of two is not everyone: classify.ts.
  { signal: 'found', phrases: [
    'found him|them|her', 'turned|showed up ~ safe|okay|ok|fine|alright|unhurt',
    'he|she [is|was] [here|back|out] [now] safe|okay|ok|fine|alright|unhurt',
    // "He's just come round the side of the building, got out the back fire door" (review 120).
    'he|she [is|has] [just] come|came|walked|wandered round|around the side|back|front|corner',
    'he|she is|has [just] turned|showed up',
    'got|come|came|walked out [of] the back|side|front|fire [fire] door|doors|exit|way',
  ] },
  // No free gap after the person: "he collapsed inside" must leave "collapsed" to the hazard phrases.
  { signal: 'people_at_risk', phrases: [
    '@person [is|are|was|were] [all|still] [still] inside|nearby|working', '@person [is|are|was|were] [all|still] [still] in there', '@person [is|are|was|were] [all] still in',
    'people|crew|guys|workers|staff|lads [are|were] [all|still] [still] inside|nearby|around|working|near', 'people|crew|guys|workers|staff|lads [are|were] [all|still] [still] in there',
    'still inside', 'still in there', 'still working',
  ] },
  { signal: 'no_casualties', phrases: ['everyone|everybody is ok|okay|fine|safe|out|alright|accounted', 'everyone|everybody got out', 'we are all ~ ok|okay|fine|safe|out', 'all accounted for', 'everyone accounted for', 'everybody accounted for', 'everyone evacuated', 'we got out', 'we all got out', 'nobody was there', 'no one was there', 'no one was in', 'nobody was in', 'nobody in there', 'no one in there', 'no one around', 'nobody around'] },
  // Openers of a question about how something is done; procedure-question.ts decides whether the turn is only that.
  { signal: 'procedure', phrases: [
    'can|could|should|may|shall|do|must i|we|you use', 'is|are it|water|foam|powder|co2 ~ safe|ok|okay|alright|fine|right|allowed', 'is it safe|ok|okay|alright|right|possible to',
    'what|which [kind|type|sort] [of] extinguisher*', 'what|which one|extinguisher do|should|shall i|we use', 'what do|should|shall|would|must i|we|you do if|in|when|about|with|for',
    'what should|do i|we do in case', 'what is|are the procedure*|protocol*|process|drill|rule*', 'how do|should|would|can|must i|we|you', 'how to', 'what to do',
    'in case of', 'in the event of', 'what happens if|when', 'what if', 'am|are i|we supposed|allowed to', 'what is the right|best|safest way', 'do i|we need to',
  ] },
  { signal: 'ongoing', phrases: [
    'there is|are|was|were', 'there has|have been', 'we|i have|got', 'we|i have got', 'we|i can see|smell|hear|feel', 'i|we see|smell|hear', 'right now', 'now',
    'at the moment', 'currently', 'still', 'already', 'just now', 'happening', 'happened', 'it is|was', 'started', 'starting', 'broke out', 'spreading', 'getting worse|bigger',
  ] },
  // Who came, not what happened: "the paramedics are here" is help arriving, not an injury, and
  // "the fire crew is here" is not a fire.
  // A verb is required: "get an ambulance here" and "is the ambulance on its way?" are not arrivals.
  { signal: 'help_arrived', phrases: [
    '@rescuer is|are|has|have [just|finally|now|already|all] [just|finally|now|already|all] here|arrived|with',
    '@rescuer [just|finally|now|already] arrived', '@rescuer ~ got|turned|pulled|showed here|up', '@rescuer ~ taking|taken|took over',
    '@rescuer is|are|has|have [just|now|already] with|treating him|her|them|us|me',
    'fire and rescue ~ is|are|has|have|just here|arrived|with', 'fire and rescue ~ got|turned|pulled|showed here|up',
    'gas engineer|engineers|man|men|fitter|fitters ~ is|are|has|have|just here|arrived|with', 'gas engineer|engineers|man|men|fitter|fitters ~ got|turned|pulled|showed here|up',
    // Two-word names whose first word is a hazard or an injury ("fire", "gas", "first aider"): the whole name is matched, so the hazard is hidden.
    'first aider|aiders ~ is|are|has|have|just here|arrived|with', 'first aider|aiders ~ got|turned|pulled|showed here|up',
    'fire|gas|rescue|emergency|response|hazmat|ambulance|medical|paramedic crew|crews|brigade|service|services|department|engine|engines|truck|trucks|team|teams|board ~ is|are|has|have|just here|arrived|with',
    'fire|gas|rescue|emergency|response|hazmat|ambulance|medical|paramedic crew|crews|brigade|service|services|department|engine|engines|truck|trucks|team|teams|board ~ got|turned|pulled|showed here|up',
    'they [have|are] [just] taken|taking over', 'help is|has [just|finally] here|arrived|come', 'help arrived',
    // "Fire engines here now, they're shouting at us to get back" (review 107).
    '@rescuer here now', 'fire|rescue|ambulance|emergency crew|crews|engine|engines|truck|trucks|service|services here now',
    // Coming in to the casualty, landing, or by another name: "the EMTs just walked in",
    // "the air ambulance is landing", "ambulance men are here now" (review 120).
    '@rescuer [is|are|has|have] [just|now|finally|all] walked|walking|came|coming|come|pulled|pulling|running|ran|rushing|rushed|wheeling in|into|through|across',
    '@rescuer [is|are|has|have] [just|now|finally] landing|landed|touching|touched down', '@rescuer [is|are|has|have] [just|now|finally] landing|landed',
    'helicopter|chopper|heli|helimed [is|has] [just|now|finally] landing|landed|touching|touched down', 'helicopter|chopper|heli|helimed [is|has] [just|now|finally] landing|landed',
    'ambulance|fire|rescue|emergency men|man|guys|lads|people|staff|folk|boys [is|are|has|have] [just|now|finally|all] here|arrived|with',
  ] },
  // Help not with them yet, after all: "no, they're not here yet", "still waiting for the ambulance".
  // negationProof: the "not" is the point, and "no, they're not here yet" must not cancel it.
  { signal: 'help_awaited', negationProof: true, phrases: [
    'they|@rescuer [are|is|have|has] not here|arrived|come', 'not here|arrived|come yet', 'still not here|arrived|come', 'still waiting for ~ them|help|@rescuer',
    // Named as their arrivals are (above), so on-scene.ts can tell who is still awaited.
    'gas engineer|engineers|man|men|fitter|fitters [is|are|has|have] not here|arrived|come', 'first aider|aiders [is|are|has|have] not here|arrived|come',
    'fire|gas|rescue|hazmat|ambulance|medical|paramedic crew|crews|brigade|service|services|department|engine|engines|truck|trucks|team|teams [is|are|has|have] not here|arrived|come',
    'still waiting for ~ fire|gas|hazmat|ambulance crew|crews|brigade|service|services|department|engine|engines|truck|trucks|team|teams|engineer|engineers',
    // Gone again: "the ambulance has left" (with the casualty, or called away).
    '@rescuer [has|have] [just|now|already] left|gone',
  ] },
  // On site but not with the caller: "the ambulance is here but at the wrong gate". Wins over the
  // arrival said in the same breath, since nobody is with the casualty yet.
  // Only with who it is: "we can't find the way out", "I can't get in to him", "they can't get
  // through the smoke" and "a truck came in the wrong gate" are not about the responders. A bare
  // "wrong gate" counts only beside an arrival ("the ambulance is here but at the wrong gate"): classify.ts.
  { signal: 'help_lost', negationProof: true, phrases: [
    'can|could not find us', 'they|@rescuer ~ can|could not find|reach|see us|me', 'they|@rescuer ~ looking|searching for us|me',
    '@rescuer ~ can|could not find|reach [the] way|place|entrance|gate|building|site', '@rescuer ~ can|could not get in|through|access', '@rescuer ~ can|could not get to us|me',
    '@rescuer ~ looking|searching for [the] way|place|entrance|gate|building', '@rescuer ~ do|does not know where',
    '@rescuer ~ wrong gate|gates|entrance|building|site|address|way',
    'security|guard|guards|gatehouse|barrier ~ will|would|do|does|did not ~ let|allow ~ them|ambulance|paramedics|crew|in|through',
  ] },
  { signal: 'help_lost_beside_arrival', negationProof: true, phrases: ['wrong gate|gates|entrance|building|site|address'] },
  { signal: 'defib_here', phrases: [
    'defib|defibrillator|aed [is|has] [just|now] here|arrived|come', 'back|come|came|here|arrived ~ with the|a ~ defib|defibrillator|aed', 'with the|a heart|hearts|lightning on it', 'heart|hearts|lightning on the front|lid', 'yellow|green box|case|cabinet ~ off|from the wall', 'got|have|brought|fetched|found [the|a|an] defib|defibrillator|aed', 'brought|fetched|got|found the defib|defibrillator|aed', 'someone has brought|fetched [the|a|an] defib|defibrillator|aed', 'defib|defibrillator|aed [is] with us|me|him|her',
  ] },
  // The first step is still to do: "no one is doing CPR" wants "Start CPR now", not "keep pushing".
  // The same words are a hazard rule too (below the signals' list of meanings): someone needs CPR.
  { signal: 'not_started', negationProof: true, phrases: CPR_NOT_STARTED },
  { signal: 'line_check', phrases: [
    'is this the|an emergency line|number|service', 'is that the|an emergency line|number|service', 'can|do you hear me|us', 'is anyone|anybody|someone|somebody there',
    'are you there', 'is this aurora', 'am i through', 'are you a person|human|robot|machine',
  ] },
  { signal: 'hanging_up', phrases: [
    'can|should|shall|may|could i|we hang up', 'is it ok|okay|alright to|if i hang up', 'i [have|need|got|gotta] to go', 'i am going to hang up', 'i will hang up', 'hanging up now', 'i need to hang up',
    // "Do I stay on the phone?" asks the same (review 120).
    'do|should|shall|must|can i|we stay on [the] phone|line', 'do i|we need|have to stay on [the] phone|line',
  ] },
  // Going somewhere is not leaving the call: "I have to go back in for Dave".
  { signal: 'neutral', phrases: ['i [have|need|got|gotta] to go back|in|inside|into|out|and|get|help|check|see|find|to|over|round|down|up'] },
  // "What do I do if there's a gas leak?" asks about one that isn't there.
  { signal: 'neutral', phrases: ['if|when|whether|case there is|are|was|were', 'if it is|was'] },
  // An alarm falling silent says nothing about whether the fire is out.
  { signal: 'neutral', phrases: ['alarm|alarms|siren ~ stopped|silenced'] },
  // "I can't stop the bleeding" says the bleeding goes on: the "not" is about stopping it. Not
  // "get": "we didn't get hurt" is nobody hurt.
  { signal: 'neutral', phrases: ['can|could|will|would|did not stop|control|contain|put|turn|shut|switch|isolate|close'] },
  // Help arriving, and who it is: "I can see the fire crew" is not a second fire, "the ambulance is
  // here" not a new casualty, "help is here" not a cry for help.
  { signal: 'neutral', phrases: [
    'fire crew*', 'fire team*', 'fire and rescue', 'fire rescue', 'fire officer*', 'fire chief*', 'fire squad*', 'fire appliance*', 'fire response',
    'fire guys|lads|people|boys|men|lot|mob|crew|crews', 'fire service*', 'fire brigade*', 'fire department*', 'fire dept', 'fire station*', 'fire truck*', 'fire engine*',
    'emergency services|service|team|teams|crew|crews|responders|response', 'ambulance|paramedic|paramedics|rescue|medical crew|crews|team|teams|staff|guys',
    '@responder is|are|has|have|had [just|now|already|finally|all|been] here|arrived|arriving|coming|outside|onsite|left|gone|leaving', '@responder [just|now|finally] arrived|arriving|arrives|arrive|left',
    // Held up on the way in is not trapped: "they're stuck at the gate", "the ambulance is stuck in traffic".
    '@responder ~ stuck', '@person ~ stuck at|outside [the|a] gate|gates|barrier|barriers|entrance|reception|security|lights|junction|roundabout', '@person ~ stuck in traffic',
    '@responder [is|are|has|have] [just|now|already|finally|all] on [its|their|the|his|her] way|site',
    '@responder [is|are|has|have] [just|now|already] with|treating|taken|took|got him|her|them|us|me|over',
    'ambulance|paramedics|paramedic|medics|police ~ pulled|pulling|turned|turning up|in', 'ambulance|police|engine|engines|truck|trucks|brigade siren|sirens',
    'hear [the|a|some] siren|sirens', 'siren|sirens ~ closer|coming|arriving|outside|here', 'first aider|aiders is|are|has|have [just|now|already|finally|all] here|arrived|arriving|coming|with|on',
    'thanks|thank [you] for [all] [your|the] help',
  ] },
  // Things with a hazard in their name: "I hit the emergency stop", "his blood pressure is low".
  { signal: 'neutral', phrases: [
    'emergency stop*|exit*|lighting|lights|light|button*|door*|eyewash*|shutdown|shutoff|shut|plan|procedure*|kit*|cord|number|line', 'e stop', 'out of danger',
    'danger tape|sign|signs|notice', 'accident book|report|form', 'incident report*|book|form|number|controller|commander|log', 'quick release',
    'smoke hood*', 'smoke extract*', 'smoke vent*', 'smoke door*', 'smoke curtain*', 'smoke damper*', 'smoke mask*',
    'i|we|me run|go|nip|pop|dash over|across', // "I'm in the bin store" is where the caller is, not a bin they are inside.
    BIN_PLACE, `@person ~ in|at|by|near|inside|behind [the] ${BIN_PLACE}`,
    // "Dead" before a word is "very" in much of Britain: "dead cold", "dead heavy" are nobody dead.
    `dead ${INTENSIFIED}`, `@person [is|was|are|feels|felt|looks|gone|going] dead ${INTENSIFIED}`,
    'blood pressure', 'blood sugar', 'blood test*', 'blood thinner|thinners', 'i smoke', 'a smoker', 'he|she|they smoke|smokes', 'burn|burns unit|units|ward|wards|centre|center',
    'blast door*|wall*|room|booth|cabinet|shield*|proof|resistant', 'shot|sand|grit blast*', 'explosion proof|protected|relief',
    'bleed valve*|screw*|nipple*|line|lines|point|points|port|ports', 'bleed*|bled [off] [the] pressure|air|line|lines|system|brakes|hydraulics|radiator|radiators',
    // A gas detector reading nothing is the good news of a gas call.
    'gas detector*|monitor*|meter*|reading*|readings|levels|level ~ zero|nothing|normal|clear|0|fine|ok|okay', 'gas detector*|monitor*|meter* ~ reading|reads|says|shows|showing zero|nothing|normal|clear|0',
    '@object fell|fallen|falling|toppled|tipped over|off|down',
    'i|we am|are [all] [a] [bit|little|really|so|very|quite|pretty] shocked', 'bit|little|really|so|very|quite|pretty|totally shocked',
  ] },
  { signal: 'neutral', phrases: [
    'fire extinguisher*', 'extinguisher*', 'fire bucket*', 'fire exit*', 'fire door*', 'fire escape*', 'fire fighter*', 'firefighter*', 'fire marshal*', 'fire warden*', 'fire hose*', 'fire blanket*', 'fire hydrant*', 'fire point', 'fire assembly', 'fire safety', 'fire training', 'fire risk',
    'fire shutter*', 'fire curtain*', 'fire panel*',
    'gas station', 'gas mask*', 'gas pedal', 'gas can', 'gas tank', 'out of gas', 'boom lift', 'crane boom', 'quick question',
    'try to put it out', 'should|can|shall|could|do i|we put it out', 'get|getting it under control', 'smoke break', 'smoking area', 'no smoking', 'smoking shelter',
    'not sure', 'not certain', 'do not know', 'not know', 'alarm clock', 'fell asleep', 'burned out', 'burnt out', 'cut the power', 'cut power', 'cut off the power', 'cut off power',
    'first aid', 'shock absorber*', 'heart rate', 'fall protection', 'fall arrest', 'safety harness', 'out of order', 'break down', 'broke down', 'broken down', 'heat treatment', 'heat exchanger', 'heat gun', 'hot water', 'steam clean*', 'steam cleaner', 'fire up', 'fired', 'not a problem', 'no problem', 'no worries', 'never been',
  ] },
  // "Shone his phone torch in his eyes, one pupil's massive": checking the pupils, nothing in the eyes (review 120).
  { signal: 'neutral', phrases: ['torch|torches|light|lights|flashlight|penlight ~ in|into @poss eye|eyes', 'shone|shine|shines|shining|shined|flashed ~ in|into @poss eye|eyes', 'looked|look|looking|checked|check|checking in|into @poss eye|eyes ~ pupil|pupils|torch|light'] },
  // "His leg's a mess below the knee, kinda bent wrong": a break's shape, the limb said too far back for '@limb ~ bent' (review 120, R120-06).
  { hazards: ['fracture'], phrases: ['bent|twisted wrong'] },
  // "He is very bad from the sun", "too much sun": the heat, not the weather alone (review 121, R121-06).
  { hazards: ['heat_illness'], phrases: ['bad|sick|ill|poorly|unwell|funny|rough|dizzy|faint ~ from|with the sun', 'too much sun', 'the sun got|get to him|her|them', 'the sun got|get him|her|them'] },
  // "His eyes also burning" beside an ammonia leak: the gas in the eyes, not a fire (review 121, R121-05).
  { hazards: ['chemical_exposure'], phrases: ['eyes|eye [are|is] also|too|still|now|both|really|badly burning|stinging'] },
]
