import { isSubsumed, type Hazard } from './hazards.js'

// How a turn's hazards are read against the call so far: each rule names a misreading reviews
// found (the words that sound like one emergency while the call is another) and what the turn
// is read as instead. The rules run in order, each on the reading the ones before it left.

/** What the rules read besides the reading so far. */
interface Scene {
  /** The turn's own hazards, before any rule. */
  readonly turn: readonly Hazard[]
  /** The call's hazards before this turn. */
  readonly ongoing: readonly Hazard[]
  readonly text: string
  /** Unresponsive, said this turn or before. */
  readonly unresponsive: boolean
  /** Stung by something in the sea, this turn or before; no rule takes it back. */
  readonly atSea: boolean
  readonly stung: boolean
  /** After a sting, a face, lips or tongue swelling, or a wheeze: the reaction starting. */
  readonly reacting: boolean
}

export interface ContextRule {
  readonly id: string
  /** A hazard the reading must hold for the rule to be asked at all (most rules undo one). */
  readonly needs: Hazard | undefined
  readonly when: (read: readonly Hazard[], scene: Scene) => boolean
  readonly then: (read: readonly Hazard[], scene: Scene) => Hazard[]
}

// needs: the hazard the reading must hold, tested in the loop without a call per rule, so a
// turn's reading costs little more than the rules that can apply (undefined: every turn).
function rule(id: string, needs: Hazard | undefined, when: ContextRule['when'], then: ContextRule['then']): ContextRule {
  return { id, needs, when, then }
}

// A fit's collapse to the floor (review 120), and any height or thing fallen from.
const FIT_DROP = /\b(?:fall|falls|fell|fallen|falling|dropped|drop|went|gone|go|collapsed?|keeled) (?:down|over|to the (?:floor|ground))\b|\bcollapsed\b/i
const FALL_FROM_HEIGHT = /\b(?:off|from|ladders?|scaffold\w*|stairs?|steps|roof|height|storeys?|stories|floors? up|platform|mezzanine|balcony|metres?|meters?|feet|ft|lift|forklift|truck|lorry|trailer|tank|hole|pit|trench|shaft)\b/i
const OPIOID_NAMED = /\b(?:heroin|fentanyl|methadone|opioids?|opiates?|needles?|syringes?|injected|overdos\w*|pills|tablets)\b/i
const EYES_SHUT = /\b(?:can ?not|can'?t|won'?t|will not) open (?:his|her|their|my|me|both|the) eyes?\b/i
const LIVE_THING = /\b(cables?|wires?|wiring|socket|plug|inverter|live|mains|fuse ?box|power line|light fitting|fitting|lamp)\b/i
const ENTANGLED = /\b(cord|strap|lanyard|scarf|hood|hoodie|tie|collar|drawstring|chain|belt)\b[^.?!]{0,40}\b(wrapped|wound|caught|tangled|pulled|dragging|dragged|round|around)\b/i
// Gasps, snoring, gurgling, turning blue: not coughing or wheezing, and not the caller's own breath.
// Snoring or gurgling is an airway to open and a breathing check (reviews 8 and 10), not CPR outright.
// "A snoring noise, but only every now and then": breaths that come and go are agonal, not a blocked airway (review 114).
const NOW_AND_THEN = /\b(?:(?:every )?now and (?:then|again)|every so often|every (?:few|couple of|ten|twenty) seconds|once in a while|on and off)\b/i
// "A snoring sound a few times and now it stop": the noise came, then stopped: no breathing now (review 117).
const NOISE_THEN_STOPPED = /\b(?:snor\w*|gurgl\w*|gasp\w*|rattl\w*)\b[^.?!]{0,40}\bnow (?:it|he|she|they)(?:'?s| has| have| is)? ?stop(?:s|ped)?\b/i
const GASPING = /\bgasp\w*|\bstaring\b/i
const NOISY_BREATHING = /\b(snor(?:e|es|ed|ing)|gurgl\w*|gargl\w*|rattl\w*|crackl\w*|noisy)\b/i
// After chest pain, the noises agonal breathing makes (ERC 2021).
const AGONAL_NOISE = /\b(rasp\w*|snor\w*|gurgl\w*|grunt\w*)\b/i
const BREATH_WORD = /\bbreath/i
const ONLY_GASPS = /\b(?:just|only|big|odd|occasional|the odd)\s+(?:making\s+)?(?:big\s+)?(?:gasps?|gulps?|snorts?)\b|\bbig (?:strange |odd |weird )?breaths? only\b|\bonly sometimes like (?:a )?gasp/i
const AGONAL = /\b(gasp\w*|gulp\w*|blue|bluey|bluish|big (?:strange |odd |weird |deep )?breaths|(?:strange|odd|weird) breaths|agonal|then nothing|like a (?:gold)?fish|(?:opens|opening) and (?:shuts|shutting|closes|closing))\b/i
const ALLERGIC = /\b(swell\w*|swollen|puff(?:ed|ing)? up|puffy|blown up|allerg\w*|nuts?|peanuts?|sting|stung|bee|wasp|hornet|shellfish|mussels?|prawns?|seafood|hives|rash|lumps|welts)\b/i
// Lips, face, tongue or throat swelling up: an allergic airway, whatever the hands are doing.
const SWELLING = /\b(lips?|face|tongue|mouth|eyes?|throat)\b[^.?!]{0,25}\b(swell\w*|swollen|puff(?:ed|ing)? up|puffy|blown up|blowing up|ballooned|ballooning)\b|\b(swell\w*|swollen|puffy)\b[^.?!]{0,15}\b(lips?|face|tongue|mouth|throat)\b/i
// "He's breathing, but his lips are blue": breathing said, not a gasp to start CPR on.
const BREATHING_SAID = /\b(?:he|she|they)(?:'?s|'?re| is| are)?\s+(?:still\s+)?breathing\b/i
// ...unless what is said is gasps: "he is breathing like a fish, big gulps".
const GASPS_SAID = /\b(?:gasp\w*|gulp\w*|like a (?:gold)?fish|now and (?:then|again)|every so often|snort\w*)\b/i
// "He's just sort of drowsy, his lips are going blue": shock in someone still responding, not gasps (review 84).
const STILL_RESPONDING = /\b(?:drowsy|sleepy|groggy|mumbl\w*|moan\w*|groan\w*|screaming|shouting)\b/i
const COMING_ROUND = /\b(coming round|coming to|awake|talking|came round|came to)\b/i
// A headache after a blow or a fall is the injury's: its entry already watches them.
const BREATHING_SLOW = /\bbreath(?:ing|es)?(?:'s| is| are|'re)?\s+(?:\w+\s+){0,2}(?:slow|slowed|slowing|shallow|weak|faint)\b/i
// "Every ten seconds": a breath that far apart is not breathing normally (review 93).
const BREATHING_STOPPED = /\b(?:not|no|stopped|isn't|is not)\s+(?:\w+\s+)?breath|\bevery (?:ten|fifteen|twenty|thirty|10|15|20|30) (?:seconds|secs)\b/i
// The airway or the skin all over: a reaction after any sting. ("The salmon pens" are not a pen.)
const STING_REACTION = /\b(?:face|lips?|tongue|throat|eyes?|eyelids?|mouth|cheeks?)\b.*\b(?:swell\w*|swelled|swollen|puff\w*|blown up|ballooning|thick|tight\w*|closing)\b|\bthroat\w*\b.*\b(?:funny|odd|weird|strange|tight\w*|thick|closing|swell\w*)\b|\bwheez\w*|\b(?:blotchy|itchy|lumps|hives|welts)\b.*\b(?:everywhere|all over)\b|\bcan ?not (?:breathe|swallow)\b|\b(?:epi ?pens?|adrenaline|(?:his|her|their|my|your|an?) pen)\b|\b(?:croaky|hoarse|husky|stridor)\b|\bnoise when (?:he|she|they) breathes?\b/i
// Sick, dizzy or a racing heart after an insect's sting is the reaction too; after the sea's, the venom (its own line).
const INSECT_STING_REACTION = /\b(?:throwing up|thrown up|vomit\w*|being sick|dizzy|faint|heart\w* (?:racing|pounding|going))\b/i
const NOT_SWELLING = /\b(?:no|not|nae|without|isn't|isnt|hasn't|hasnt)\s+(?:\w+\s+){0,2}(?:swell\w*|swollen|puff\w*|wheez\w*)/i
const POWER_CUTTER = /\b(?:chain ?saw|saw|grinder|disc|strimmer|brush ?cutter|hedge ?cutter)\b/i
const KICKED = /\b(?:kicked|kicks|kick|jumped|slipped|bounced|skidded|skipped)\b/i
const LEFT_IN = /\b(?:still (?:in|stuck)|sticking out|stuck in|lodged|embedded|left in)\b/i
// Fell off or from something, or through it: a fall, whatever else is going on (review 121).
const FELL_OFF = /\b(?:fell|fall|falls|fallen|falling|dropped|slipped|tumbled|came|come) (?:off|from|through|down (?:the |a )?(?:stairs|steps|ladder|hole|shaft|hatch|rungs))\b|\b(?:off|from) (?:the |a |that )?(?:roof|ladder|scaffold\w*|height|platform|edge|steps|stairs)\b/i
const FEELING_COLD = /\b(?:cold|colder|freezing|frozen|shiver\w*|shaking with|blue with|numb with|hypotherm\w*)\b/i
const SCALDED = /\b(?:scald\w*|spill\w*|spilt|splash\w*|blister\w*)/i
const ALIGHT = /\b(?:flames?|flaming|alight|ablaze|blaze|on fire|smoke|smoking|fire)\b/i
const TICK_PART = /\b(?:head|mouth|mouthparts|bit|part|bits)\b/i
const AWAKE_ON_FLOOR = /\b(?:sat|sitting|sits) (?:up|on the (?:floor|ground|deck|pavement|step|steps|stairs))\b/i
const NOT_RESPONSIVE = /\b(?:not|no|isn'?t|won'?t|can'?t) (?:breathing|responding|answering|moving|waking|talking|speaking)\b|\bunresponsive|out cold|unconscious|passed out|knocked out|blacked out|eyes (?:shut|closed|rolling)/i
const TEARING_TO_BACK = /\b(?:tearing|ripping|ripped|tore)\b[^.?!]{0,60}\b(?:back|shoulder blades)\b/i
const NEEDLE_STICK = /\b(?:stabbed|pricked|jabbed|stuck|spiked)\b[^.?!]{0,30}\b(?:needle|syringe|sharps)\b|\bneedle ?stick\b/i
const KNIFE_SLIPPED = /\b(?:slipped|slip|accident|accidentally|boning|filleting|while (?:boning|cutting|trimming))\b|\bpulled (?:the |a )?(?:knife|blade) out\b/i
const SHUT_IN_A_DOOR = /\b(?:finger|fingers|hand|thumb|thumbs)\b[^.?!]{0,40}\b(?:door|doors|drawer|window|lid|hatch|gate|hinge)\b|\b(?:door|doors|drawer|window|lid|hatch|gate)\b[^.?!]{0,30}\b(?:finger|fingers|hand|thumb|thumbs)\b/i
const MACHINE_OR_LOAD = /\b(?:machine\w*|press|roller|rollers|conveyor|guard|mixer|motor|lorry|truck|forklift|vehicle|car|van|crane|load|pallet|beam|hydraulic|shutter|roller door|lift door)\b/i
const COLLISION = /\b(?:car|cars|van|lorry|truck|bus|crash\w*|collision|shunt\w*|went into|gone into|back of)\b/i
const IN_THE_CAR = /\b(?:passenger|driver'?s?|back|front) (?:seat|seats|side)\b|\b(?:steering wheel|footwell|dashboard|dash)\b|\b(?:in|inside) (?:the|his|her|their|my) (?:car|van|cab|pickup|motor)\b(?! park)/i
const HOT_SAID = /\b(?:roasting|sweltering|scorching|boiling hot|(?:forty|fifty|4\d|5\d)(?: \w+)? degrees|like an oven|like a furnace|heatwave)\b/i
const OPEN_PANEL = /\b(?:panel|switchboard|fuse ?box|fuseboard|distribution board|switchgear|control cabinet|isolator)\b[^.?!]{0,30}\b(?:open|opened|burning|smoking|sparking|buzzing|scorched|melted)\b/i
const UNSURE_BREATHING = /\b(?:(?:is|are) (?:he|she|they) breathing,? i (?:can'?t|cannot|can not|don'?t know)|(?:can'?t|cannot|can not) tell if (?:he|she|they)(?:'s| is| are)? breathing|(?:not sure|don'?t know) (?:if|whether) (?:he|she|they)(?:'s| is| are)? (?:even )?breathing)\b/i
const ON_THE_CHEST = /\b(?:come|came|fallen|fell|landed|dropped|pinned|trapped|stuck|lying|sat|sitting|resting)\b[^.?!]{0,20}\b(?:on|onto|across|over) (?:his|her|their|my|the) (?:chest|ribs)\b/i
const CHOKING_SAID = /\b(?:chok\w*|food|eat\w*|ate|swallow\w*|sweet|sweets|bone|lodged|stuck|can'?t breathe|cannot breathe|cough\w*|speak|sound|voice)\b/i
const NEWBORN_LIFELESS = /\b(?:blue|floppy|limp|not crying|isn'?t crying|is not crying|no cry|not breathing|isn'?t breathing|no breath)\b/i
const WOUND_SAID = /\b(?:cut|cuts|wound|knife|glass|gash|gashed|tear|torn|stab\w*|bitten)\b/i
// Pale or sweaty said of the person, not of a hand or a foot ("his hand's gone white").
const SHOCK_LOOK = /\b(?:he|she|they|face|lips)(?:'s| is| are| has| have)? (?:gone |going |looks? |looking |turned )?(?:really |very |so |dead |awful |all )?(?:pale|white|grey|gray)\b|\b(?:sweaty|sweating|clammy)\b/i
const STINGING = /\bsting(?:s|ing)?\b/i
const OUT_IN_THE_COLD = /\b(?:freezer|cold store|snow|ice|icy|outside|outdoors|river|sea|lake|canal|loch|wind|overnight|hypotherm\w*)\b/i
const PRESSING_NOT_LIVE = /\bi (?:can'?t|can ?not) let go\b|\blet go to (?:go|get|open|ring|phone)\b/i
const OVER_THE_SIDE = /\bover the side\b(?! of (?:the |a )?(?:scaffold|roof|building|ladder|platform|bridge|stairs|mezzanine|trailer|lorry|truck))/i
// "Like someone sat on his chest": the heart attack's own words, whatever was taken before.
const WEIGHT_ON_CHEST = /\b(?:sat|sitting|pressing|weight) on (?:his|her|my|their) chest\b/i
const HEART_FAILURE = /\b(?:(?:legs?|ankles?|feet) (?:are |is )?(?:very |really |all )?(?:big|swollen|puffy|fat)|water (?:tablets|pills)|heart failure|pink (?:froth|foam|spit)|frothy|pillows)\b/i
const INFECTION = /\b(?:red (?:streaks?|lines?)|infect\w*|pus|(?:shaking|shivering) with (?:the )?cold but)\b/i
const HEAT_EXPOSURE = /\b(?:sun|heat|heatwave|hot day|degrees|furnace|oven|foundry|kiln|glasshouse|greenhouse|polytunnel)\b/i
// "Sugar diabetes" said beside chest pain is history; a low is said as one (review 111).
const LOW_SAID = /\b(?:hypo\w*|low|glucose|reading|meter|shak\w+|trembl\w*|confused)\b/i
const LIFT_MOVED = /\b(?:lift|elevator)\b.{0,40}\b(?:dropped|jolted|moved|shook|slipped|jerked|juddered)\b/i
const CAFFEINE = /\b(?:caffeine|no ?doz|pro ?plus|energy drinks?|monsters?|red ?bull|pre ?workout)\b/i
const COLLAPSE_ONLY = /\b(?:collapsed|collapsing|fainted|keeled over)\b/i
const TALKING = /\b(?:talking|talks|speaking|swearing|shouting|screaming|yelling|awake|answering)\b/i
const NOT_TALKING = /\b(?:not|isn'?t|no|stopped|barely|hardly) (?:\w+ )?(?:talking|speaking|answering|awake|responding)\b|\bunconscious|not breathing|no answer\b/i
const MAINS_WORDS = /\b(?:power|cable|cables|wire|wires|socket|lead|plug|live|mains|machine|drill|panel|board|switch|fence|line|lines|breaker|fuse)\b/i
const ADRENAL = /\b(?:addison'?s|addison|adrenal)\b/i
const LATE_PREGNANCY = /\b(?:(?:five|six|seven|eight|nine|5|6|7|8|9) months|(?:2\d|3\d|twenty|thirty)\w* weeks|heavily pregnant|due (?:soon|any day|next)|full term)\b/i
const PREGNANT = /\b(?:pregnant|pregnancy|expecting|weeks gone|months gone|baby bump)\b/i
const HEAD_WORSE = /\b(?:sleepy|drowsy|dozy|been sick|being sick|vomit\w*|throwing up|same (?:thing|question)|over and over|repeating|confused)\b/i
const BLEEDING_NOW = /\b(?:pouring|spurting|pumping|gushing|soaked|won't stop|will not stop)\b/i
// A burnt hand or arm swelling, or the rings coming off it (review 120).
const BURNT_LIMB_SWELLING = /\b(?:hands?|arms?|fingers?|wrists?|legs?|feet|foot|ankles?|thumbs?|it)(?:'s| is| are| has| have)? (?:\w+ )?(?:swell\w*|swollen|puff\w*)\b|\b(?:rings?|watch|bracelet)\b[^.?!]{0,20}\boff\b/i
const PREGNANCY_SIGNS = /\b(?:bleed\w*|blood|belly|tummy|stomach|cramp\w*|pains?)\b/i
const WOUND_CAUSE = /\b(?:cut|cuts|knife|blade|glass|saw|grinder|gash\w*|stab\w*|arm|hand|leg|head|finger|face|nose)\b/i
const STUCK_ON_SKIN = /\b(?:tar|bitumen|pitch|asphalt|wax|plastic|molten|melted|stuck (?:on|to) (?:him|her|them|his|her|my|me|the skin|skin))\b/i
const PULLED_IN = /\b(?:caught|pulled|dragged|sucked|trapped|stuck|drawn) (?:in|into|between|under|inside)\b|\b(?:pinned|crushed|squashed)\b/i
const NO_EXTRACTION = /\b(?:extract\w*|extraction|vent\w*|flue)\b.{0,30}\b(?:broken|broke|off|dead|bust|packed|blocked|not working)\b|\bcharcoal\b|\b(?:generator|heater|stove|grill|engine|burner)\b.{0,30}\b(?:running|going|on) (?:all|inside|indoors|in there)\b/i
const CHEMICAL_NAMED = /\b(?:acid|caustic|chemical\w*|bleach|alkali|lime|cement|solvent|cleaner|spray\w*|splash\w*|splashed)\b/i
const FIT_SIGNS = /\b(?:blue|bluish|grey|gray|dusky|froth\w*|foam\w*|dribbl\w*|drool\w*|spit)\b/i
// "Her pulse is forty something, really slow": the heart, not the breaths (review 117).
const PULSE_SLOW = /\b(?:pulse|heart ?beat|heart ?rate|heart)\b[^.?!]{0,40}\bslow\b/i
const FEW_BREATHS = /\b(?:breath every (?:\w+ ){0,3}(?:ten|fifteen|twenty|thirty|10|15|20|30) seconds|every so often|now and (?:then|again)|every now|odd breath|the odd|hardly breathing|barely breathing|(?:really|very|ever so|so) slow|(?:one|two|three|four|five|six|[1-6])(?: or (?:two|three|four|five|six|seven|[2-7]))? (?:times?|breaths?) (?:in |a |per )?(?:one )?min(?:ute)?)\b/i
// What shuts a caller in: without any of it, "I'm stuck, my leg's twisted under me" is the fall.
const SHUT_IN = /\b(?:door|doors|locked|lock|shut|inside|room|building|freezer|fridge|chiller|cold ?store|cold ?room|walk-?in|lift|elevator|container|tank|vessel|silo|hatch|cab|cabin|car|van|truck|vehicle|trench|hole|pit|shaft|rubble|debris|(?:stuck|trapped|pinned) (?:under|beneath)|fire|smoke|flames?|water|mud|window|exit|out of)\b/i
const MACHINE_WORDS = /\b(?:machine|roller|rollers|press|belt|conveyor|gears?|door|lift|hatch|railings?|gate)\b/i
const ALLERGEN_NAMED = /\b(allerg\w*|nuts?|peanuts?|sting|stung|bee|wasp|hornet|shellfish|mussels?|prawns?|seafood|hives|pen|epipen)\b/i
// A chest "burning" in fumes is the airway stung, not the heart (review 94).
const TIGHT_CHEST = /\b(tight|tightness|tightening|burning|stinging)\b/i
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
// Pain said outright: a tight chest in a gas cloud is the gas unless it hurts (review 60 re-graded).
const PAIN_SAID = /\b(pain|crushing|hurts|hurting)\b/i
const CHEST_PAIN = /\b(chest pain|pain in (?:my|me|his|her) chest|crushing|tight chest|chest is tight)\b/i
const HOT_LIQUID = /\b(?:boiling|scalding|hot|sizzling|molten)\s+(?:fat|oil|water|grease|stock|soup|sugar|syrup|jam|wax|tar|tea|coffee|milk|gravy|sauce|iron|metal|steel|aluminium|aluminum|slag|brass|bronze|copper|lead|glass)\b/i
const CHEMICAL_NAME = /\b(?:acid|acids|caustic|chemical|chemicals|bleach|lye|solvent|alkali|ammonia|chlorine|corrosive|hydroxide|degreaser|cleaner|descaler|detergent)\b/i
// A stroke's own signs, not the slurring a low shares: not "the sensor on his arm".
const STROKE_SIGNS = /\b(droop\w*|lopsided|sagging|one side|(?:arm|leg|hand|side) (?:is |has |'s )?(?:gone )?(?:weak|dead|numb|floppy|heavy)|weak (?:arm|leg|side)|(?:cannot|can not|can't) (?:lift|raise|move|feel|hold|grip) (?:his|her|their|my|me|a|the) (?:arm|leg|hand|pen|cup|mug))\b/i
// The low's own body signs, said on the turn that names the diabetes: not "she's diabetic" alone.
const HYPO_BODY = /\b(sweat\w*|shak\w+|clammy|trembl\w*)\b/i
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
// How a heart's chest pain is told, beside which breathlessness is the heart's too.
const HEART_SAID = /\b(arm|jaw|crushing|pain|heart attack|weight|pressure|heavy|heaviness|squeez\w*|vice|band)\b/i
const HEART_ONLY = /\b(arm|jaw|crushing|pain|heart attack)\b/i
const FIRE_WORDS = /\b(fire|flames?|smoke|alight|blaze|ablaze)\b/i
const MOUTH = /\b(tongue|mouth|lips?|cheeks?|gums?|teeth)\b/i
const SWALLOWED_BURN = /\b(mouth|throat|lips|tongue|gullet|swallow\w*)\b/i
const PALPITATIONS = /\bheart\b.*\b(racing|pounding|thumping|hammering|beating (really |so |very )?fast)\b/i
// Eyes streaming or burning in a gas or chemical cloud: the gas in the eyes, to rinse (review 56 re-graded).
const FLAMES = /\b(?:flames?|alight|ablaze|blaze|on fire)\b/i
const GAS_IN_EYES = /\beyes?\b[^.?!]{0,30}\b(?:stream\w*|sting\w*|burn\w*|sore|water\w*|can'?t see|cannot see|can not see)|\b(?:can'?t|cannot|can not) see\b/i
// A splinter "stuck" in an eye is the eye, not a limb caught in the machine.
const LIMB = /\b(?:hand|hands|arm|arms|finger|fingers|sleeve|hair|glove|leg|legs|foot|feet|thumb)\b/i
const IMPALER = /\b(?:blade|spike|bar|rod|nail|knife|glass|shard|through|into|skewer\w*|impaled)\b/i
const CHEST_WORD = /\bchest\b/i
// "Worst headache of her life, came on like someone hit her with a bat": how the pain began, not a blow (review 82).
const LIKE_A_BLOW = /\blike (?:someone|somebody|something|a \w+|being|she'?d been|he'?d been|i'?d been|i was|she was|he was) (?:\w+ )?(?:hit|smacked|whacked|struck|punched|kicked|bashed|walloped|clobbered|shot)\b/i
// "His mate gave him the morphine ones, we think he's had loads": an overdose told without the word (review 82).
const STRONG_DRUG = /\b(?:morphine|oxy\w*|codeine|tramadol|fentanyl|methadone|heroin|diazepam|valium|xanax|sleeping (?:pills|tablets)|painkillers|pills|tablets)\b/i
const TOOK_LOTS = /\b(?:had|taken|took|necked|swallowed|downed|eaten|ate)\b[^.?!,]{0,12}\b(?:loads|lots|a load|a handful|handfuls|the lot|the whole (?:packet|box|bottle|strip)|a whole (?:packet|box|bottle|strip)|loads of them)\b/i
// "Crushing pain in his chest going into his jaw": where the pain spreads, not something in the jaw (review 88).
const PAIN_SPREADING = /\b(?:pain|ache|aching|tightness|pressure|heaviness)\b[^.?!,]{0,40}\b(?:going|goes|gone|went|spreading|spreads|shooting|shoots|moving|radiating)\s+(?:right\s+)?(?:into|in|to|down|up|through)\b/i
const WENT_DOWN = /\b(?:collaps\w*|fell|fall(?:en|ing|s)? (?:down|over)|on the (?:floor|ground)|unconscious|limp|floppy|flopp\w*|passed out|eyes (?:are )?closed|not (?:moving|move|responding|answering|waking)|gone down|went down|slump\w*|out cold|dropped)\b/i
const CARDIAC_SIGNS = /\b(chest|pain|arm|jaw|crushing|tight|collaps\w*|faint\w*|grey|gray|sweat\w*|clammy)\b/i

// "Breathing but not talking": not "not talking properly", which is a stroke's or a confused man's.
const BREATHING_NOT_ANSWERING = /\bbreathing\b[^.?!]{0,20}\b(?:not|isn'?t|is not|no longer) (?:talking|answering|responding|awake|waking up|saying anything|saying a word)\b(?! (?:properly|right|clearly|much|well|straight|sense))/i
// "He's out now but breathing": passed out; "out" of a tank, the water or a fire is the rescue.
const OUT_BUT_BREATHING = /\b(?:he|she|they)(?:'?s| is|'?re| are| has| have)? (?:gone |passed |blacked |conked |spark )?out(?: now| again| cold| completely)?,? but (?:(?:he|she|they)(?:'?s| is|'?re| are) )?(?:still )?breathing\b/i
const GOT_OUT_OF: readonly Hazard[] = ['confined_space', 'drowning', 'fire', 'smoke', 'gas_leak', 'carbon_monoxide', 'trapped', 'crush', 'chemical_spill', 'vehicle_strike']
// Vomit said on the turn: "been sick", "threw up", "choking on his sick" (review 120).
const VOMIT_SAID = /\b(?:(?:been|being|is|was|just) sick|vomit\w*|puk(?:e|ed|ing)|spew\w*|threw up|thrown up|throwing up|brought (?:it )?up|bok(?:e|ed|ing)|on (?:his|her|their|the|me|my) sick|sick (?:everywhere|all over))\b/i
// A wound on the head, and none elsewhere; bleeding too heavy for a gentle pad (review 120).
const HEAD_WOUND = /\b(?:head|scalp|skull|forehead|temple)\b/i
const OTHER_WOUND = /\b(?:arm|arms|leg|legs|hand|hands|wrist|thigh|foot|feet|finger|fingers|neck|chest|belly|stomach|groin|face|nose|ear|ears|mouth|bone)\b/i
const HEAVY_BLEED = /\b(?:pouring|spurting|pumping|gushing|soaked|soaking|won'?t stop|will not stop|not stopping|heavily|badly|everywhere|(?:pretty|really|very|so) (?:good|bad|heavy|heavily|much)|(?<!not )(?:loads|a lot|lots|a fair bit))\b/i
// Numb, tingling or "funny" legs, arms or back: what a hurt spine feels like.
const SPINE_SIGNS = /\b(?:back|neck|spine|legs?|arms?|feet|foot|hands?|toes|fingers)\b[^.?!]{0,30}\b(?:numb\w*|tingl\w*|pins and needles|buzz\w*|(?:feel|feels|feeling|felt|gone|going|went|are|is)\s+(?:all\s+|really\s+|a bit\s+|very\s+|kind of\s+)?(?:funny|weird|odd|strange|dead|heavy|wobbly|like jelly))\b|\bcan'?t (?:feel|move) (?:his|her|their|my) (?:legs?|feet|arms?|toes)\b/i
// Breathlessness that is something else than the heart: bad air, an allergy, asthma, choking (review 120).
const BAD_AIR_OR_ALLERGY: readonly Hazard[] = ['smoke', 'gas_leak', 'carbon_monoxide', 'chemical_exposure', 'chemical_spill', 'fire', 'confined_space', 'anaphylaxis', 'choking', 'drowning']
const AIRWAY_CAUSE_SAID = /\b(?:wheez\w*|asthma\w*|inhaler|puffer|smoke|smoky|fumes?|gas|chemicals?|choking|swell\w*|swollen|allerg\w*|stung|sting)\b/i
// A space whose bad air is a gas that doesn't burn: a brewer's CO2, a nitrogen purge, a silo's air.
const INERT_GAS_SPACE = /\b(?:ferment\w*|co2|carbon dioxide|see oh two|nitrogen|argon|helium|brew\w*|kegs?|cellars?|vats?|wine|silos?|grain)\b/i
// A gas that burns, named: its sparks matter in a confined space too.
const FLAMMABLE_GAS = /\b(?:methane|propane|butane|lpg|natural gas|petrol|gasoline|hydrogen|acetylene|smell(?:s|ing)? (?:of )?gas|gas leak\w*|leak\w* gas|gas main|gas pipe|sewer gas|rotten eggs?|hydrogen sulphide|hydrogen sulfide|h2s)\b/i
export const CONTEXT_RULES: readonly ContextRule[] = [
  // Snoring or gurgling is breathing through a blocked airway (blue lips or not): the side, not CPR.
  // Gasping is not, whatever it sounds like (ERC 2021: agonal gasps can sound like snoring).
  rule('agonal-gasps-unresponsive', undefined, (_, s) => {
    if (!s.unresponsive) return false
    const comesAndGoes = NOW_AND_THEN.test(s.text) || NOISE_THEN_STOPPED.test(s.text)
    const noisy = NOISY_BREATHING.test(s.text)
    return (AGONAL.test(s.text) || (noisy && comesAndGoes)) && !COMING_ROUND.test(s.text) && !STILL_RESPONDING.test(s.text) && !(BREATHING_SAID.test(s.text) && !GASPS_SAID.test(s.text)) && !(noisy && !GASPING.test(s.text) && !comesAndGoes)
  }, (read) => leadingWith(read, 'not_breathing', 'breathing_difficulty')),
  // Dizzy or sick in a gas leak or smoke is the gas or the smoke: fresh air, not "sit comfortably".
  rule('sick-in-bad-air', 'medical', (read, s) => [...read, ...s.ongoing].some((h) => h === 'gas_leak' || h === 'smoke'), (read) => readAs(read, 'medical', 'breathing_difficulty')),
  // A swelling face or lips, or an allergen, with breathing trouble: anaphylaxis, not an inhaler.
  rule('allergic-breathing', 'breathing_difficulty', (read, s) => (ALLERGIC.test(s.text) || s.ongoing.includes('anaphylaxis')), (read) => readAs(read, 'breathing_difficulty', 'anaphylaxis')),
  // After the sea's sting, hot water is the treatment and "like a red hot needle" the pain: no burn
  // unless something scalded them.
  rule('sea-sting-not-burn', undefined, (read, s) => s.atSea && read.includes('burn') && !SCALDED.test(s.text), (read) => without(read, 'burn')),
  // "Still burning like mad" after a sting is the pain: a fire is one only when something is alight.
  rule('took-lots-of-pills', undefined, (read, s) => !read.includes('overdose') && STRONG_DRUG.test(s.text) && TOOK_LOTS.test(s.text), (read) => leadingWith(read, 'overdose', 'injury')),
  rule('pain-spreading-not-object', 'embedded_object', (read, s) => PAIN_SPREADING.test(s.text) && !/\b(?:stuck|sticking|impaled|through (?:his|her|their|my) (?:hand|arm|leg|foot))\b/i.test(s.text), (read) => without(read, 'embedded_object')),
  // "He's gone all funny" and then "it's roasting in there, forty five degrees by the pour": the heat is why (review 113).
  rule('heat-behind-the-illness', undefined, (read, s) => !read.includes('heat_illness') && (s.ongoing.includes('medical') || read.includes('medical')) && HOT_SAID.test(s.text), (read) => [...without(read, 'medical'), 'heat_illness']),
  // "He's on the floor by the control panel, the panel door's open, a smell like burning": maybe still live (review 114).
  rule('down-by-an-open-panel', undefined, (read, s) => !read.includes('electric_shock') && [...read, ...s.ongoing].some((h) => h === 'unconscious' || h === 'injury' || h === 'fall' || h === 'medical' || h === 'not_breathing') && OPEN_PANEL.test(s.text), (read) => [...read, 'electric_shock']),
  // "Six minutes and she's gone a bit bluey round the lips" in a fit: the seizure's, not an asthma to sit up (review 116).
  rule('blue-in-a-fit', 'breathing_difficulty', (read, s) => (s.ongoing.includes('seizure') || read.includes('seizure')) && !/\b(?:wheez\w*|asthma\w*|inhaler|choking|can'?t breathe|cannot breathe|smoke|fumes)\b/i.test(s.text), (read) => [...new Set([...without(read, 'breathing_difficulty'), 'seizure' as const])]),
  // "He's breathing but not talking", "he's out now but breathing": unresponsive, breathing, so the
  // side and the airway; "but" ends the clause a phrase would need (review 119).
  rule('breathing-but-not-answering', undefined, (read, s) => !read.includes('unconscious') && !read.includes('not_breathing') && (BREATHING_NOT_ANSWERING.test(s.text) || (OUT_BUT_BREATHING.test(s.text) && !s.ongoing.some((h) => GOT_OUT_OF.includes(h)))), (read) => [...read, 'unconscious']),
  // "His back's killing him and his legs feel funny" after a fall: the spine's warning, kept still
  // by the fall's entry, not an illness to sit comfortably with (review 119).
  rule('spine-signs-after-a-fall', 'medical', (read, s) => [...read, ...s.ongoing].some((h) => h === 'fall' || h === 'vehicle_strike' || h === 'crush' || h === 'structural_collapse') && SPINE_SIGNS.test(s.text) && !/\b(?:chest|heart|sugar|diabetic|fit|fitting|seizure|stroke|allerg\w*|asthma|gibberish|muddled|confused|slurr\w*|not making sense)\b/i.test(s.text), (read) => without(read, 'medical')),
  // "A man down inside the fermentation tank": the bad air is the space's own, so the confined
  // space's entry speaks, not the gas leak's "get everyone out of the tank" (review 121's re-grade).
  rule('bad-air-inside-the-space', 'gas_leak', (read, s) => read.includes('confined_space') && INERT_GAS_SPACE.test(s.text) && !FLAMMABLE_GAS.test(s.text), (read) => without(read, 'gas_leak')),
  // "He's not answering, is he breathing, I can't tell": unsure is no (ERC 2021), so CPR (review 117).
  rule('unsure-if-breathing', undefined, (read, s) => (s.unresponsive || read.includes('unconscious')) && !read.includes('not_breathing') && UNSURE_BREATHING.test(s.text), (read) => leadingWith(read, 'not_breathing', 'breathing_difficulty')),
  // "The car's come off the jack, it's come down on his chest": a weight on the chest stops the breathing (review 117).
  rule('weight-on-the-chest', 'crush', (read, s) => !read.includes('breathing_difficulty') && !read.includes('not_breathing') && ON_THE_CHEST.test(s.text), (read) => [...read, 'breathing_difficulty']),
  // "The driver that hit him's come back, shouting": who hit him earlier, not something landing on him now (review 88).
  rule('who-hit-him', 'crush', (_, s) => /\b(?:driver|car|van|motor|lorry|bloke|man|guy|fella|lad|he|she|they)\s+(?:that|who|which)\s+hit\b/i.test(s.text), (read) => without(read, 'crush')),
  // "He's getting worse, grey and throwing up, can't catch his breath" with a heart attack going on:
  // the heart's breathlessness, not smoke or fumes to get out of (review 120, R120-10).
  rule('breathless-later-in-a-heart-attack', 'breathing_difficulty', (read, s) => s.ongoing.includes('cardiac') && ![...read, ...s.ongoing].some((h) => BAD_AIR_OR_ALLERGY.includes(h)) && !AIRWAY_CAUSE_SAID.test(s.text), (read) => [...new Set([...without(read, 'breathing_difficulty'), 'cardiac' as const])]),
  // "The lass in the passenger seat's screaming her leg's trapped": held in a crashed car, not by a machine (review 113).
  rule('trapped-in-the-car', undefined, (read, s) => (read.includes('crush') || read.includes('trapped')) && (read.includes('vehicle_strike') || s.ongoing.includes('vehicle_strike') || COLLISION.test(s.text)) && IN_THE_CAR.test(s.text), (read) => readAs(readAs(read, 'crush', 'vehicle_strike'), 'trapped', 'vehicle_strike')),
  // "He's not answering the radio": out of touch, which is someone missing, not someone unconscious (review 87).
  rule('not-answering-the-radio', 'unconscious', (_, s) => /\bnot (?:been )?answer(?:ing|ed) (?:the |his |her |their |my |our )?(?:radio|radios|phone|phones|mobile|calls|texts|messages|door)\b/i.test(s.text) && !/\b(?:unconscious|collapsed|passed out|out cold|limp|floppy|not breathing|not responding|not moving|on the floor|lying|sleeping|asleep|inside|in there|in the back|down the|in the tank|in the hole)\b/i.test(s.text), (read) => without(read, 'unconscious')),
  // "He's not moving it" of the driver and the lorry, or "the lad's awake, screaming": no one unconscious (review 84).
  rule('not-moving-the-vehicle', 'unconscious', (_, s) => (/\bnot (?:moving|shifting|reversing) (?:it|that|the (?:lorry|van|truck|car|forklift|wagon|bus|load))\b/i.test(s.text) || /\b(?:is|he'?s|she'?s|they'?re) (?:awake|screaming|shouting)\b/i.test(s.text)) && !/\b(?:unconscious|passed out|out cold|not breathing|not responding|not answering|limp|floppy|won'?t wake|not awake)\b/i.test(s.text), (read) => without(read, 'unconscious')),
  // "Me face is stinging" after an arc flash or a scald: the burn's sting, not a chemical (review 89).
  rule('burn-stings', 'chemical_exposure', (read, s) => (s.ongoing.includes('burn') || read.includes('burn')) && !s.ongoing.some((h) => h === 'chemical_exposure' || h === 'chemical_spill') && STINGING.test(s.text) && !CHEMICAL_NAMED.test(s.text), (read) => readAs(read, 'chemical_exposure', 'burn')),
  // "Very bad from the sun, he fall down on his knees and now he talk crazy": a collapse in the heat,
  // cooled where he is, not a fall to keep still for (review 121, R121-06).
  rule('heat-collapse-not-fall', 'fall', (read, s) => (read.includes('heat_illness') || s.ongoing.includes('heat_illness')) && (FIT_DROP.test(s.text) || /\bon (?:his|her|their|my) knees\b/i.test(s.text)) && !FELL_OFF.test(s.text), (read) => without(read, 'fall')),
  // "Shivery, teeth chattering" while a burn is cooled: the cooling's chill, not exposure (review 89).
  // "Twenty minutes of water, she is shaking and her lips a little blue, she is cold": the cooling's chill, not her breathing (review 91).
  rule('burn-cooling-blue-lips', 'breathing_difficulty', (read, s) => (s.ongoing.includes('burn') || read.includes('burn')) && FEELING_COLD.test(s.text) && !/\b(?:wheez\w*|gasp\w*|can'?t breathe|cannot breathe|struggling to breathe|smoke|fumes)\b/i.test(s.text), (read) => without(read, 'breathing_difficulty')),
  // "He's saying he's cold and thirsty" with a thigh bleed pressed: the blood loss, not exposure;
  // moving him to somewhere warm would mean letting go (review 106).
  rule('bleeding-shock-cold', 'hypothermia', (read, s) => (['injury_bleeding', 'amputation', 'open_fracture'] as const).some((h) => s.ongoing.includes(h)) && FEELING_COLD.test(s.text) && !/\b(?:snow\w*|ice|icy|rain\w*|river|sea|lake|canal|pond|in (?:the )?water|wet through|soaked|outside|outdoors|night|hours|wind|frost\w*|freezer|cold store|chiller)\b/i.test(s.text), (read) => without(read, 'hypothermia')),
  // "His chest is not moving, his lips are going grey": not breathing, whatever the lips say (review 105).
  rule('chest-still-grey', 'breathing_difficulty', (_, s) => /\bchest (?:is |has )?not (?:moving|rising|going up)\b/i.test(s.text) && !/\b(?:properly|much|a lot|very much)\b/i.test(s.text), (read) => leadingWith(read, 'not_breathing', 'breathing_difficulty')),
  // A choker who falls down and won't wake has stopped breathing: CPR, not a fall's keep-still (review 105).
  rule('choker-collapsed', undefined, (read, s) => s.ongoing.includes('choking') && (read.includes('unconscious') || read.includes('fall')) && /\b(?:not (?:wake|waking|answering|responding|breathing)|unconscious|floppy|limp|collapsed|fall down|fell down|passed out)\b/i.test(s.text), (read) => leadingWith(read, 'not_breathing', 'fall', 'unconscious')),
  // "The baby's not breathing... she's nine months, she was having her bottle": an infant in
  // arrest at a nursery, not a birth (review 105).
  rule('infant-not-newborn', 'childbirth', (read, s) => !s.ongoing.includes('childbirth') && !/\b(?:labou?r|waters|contractions?|pushing|crowning|born|birth|delivered|delivering|pregnant|cord|head is|head's|coming out)\b/i.test(s.text) && /\b(?:not breathing|stopped breathing|floppy|limp|blue|grey|gray|lifeless|not moving)\b/i.test(s.text), (read) => readAs(read, 'childbirth', 'not_breathing')),
  // "I've cut my wrist really badly on a broken glass panel": an accident at work, not self-harm (review 103).
  rule('accidental-wrist-cut', 'suicide_risk', (_, s) => /\bwrists?\b/i.test(s.text) && /\b(?:on|by|with|from|through) (?:a|the|some|that) (?:broken |smashed |sharp )?(?:glass|panel|pane|window|windscreen|sheet|blade|knife|saw|grinder|machine|metal|edge|cutter|bottle|mirror|tin|can|box|slicer)\b/i.test(s.text) && !/\b(?:myself|on purpose|deliberately|end it|kill|die|suicid\w*|harm)\b/i.test(s.text), (read) => without(read, 'suicide_risk')),
  // "A leak of something in the mixing room, two lads are down": the air is the danger, not a wet floor (review 103).
  rule('leak-with-people-down', 'leak', (read, s) => (read.includes('unconscious') || /\b(?:are|is|went|gone|both) down\b|\bcollapsed\b|\bpassed out\b|\bkeeled\b/i.test(s.text)) && !/\b(?:water|flood\w*|oil|steam|diesel|petrol|hydraulic|coolant|sewage|milk|beer)\b/i.test(s.text), (read) => [...new Set([...readAs(read, 'leak', 'gas_leak'), ...(read.includes('unconscious') ? [] : ['unconscious' as const])])]),
  // "The grinder disc exploded": the disc shattered and threw a piece, no blast to clear from (review 101).
  rule('disc-shattered', 'explosion', (read, s) => /\b(?:disc|disk|wheel|blade|tyre|tire|grinder|cutter)s?\b[^.?!]{0,20}\b(?:exploded|shattered|burst|blew)\b/i.test(s.text) && !/\b(?:gas|fire|flames|blast|boiler|cylinder|tank|dust|fumes)\b/i.test(s.text), (read) => without(read, 'explosion')),
  // Gurgling while still fitting is the fit, not an airway to open with CPR ready (review 98's re-grade).
  rule('gurgling-in-a-fit', 'unconscious', (read, s) => s.ongoing.includes('seizure') && NOISY_BREATHING.test(s.text) && !/\b(?:stopped|stops|finished|over|ended|still now|not shaking|no longer|come out of)\b/i.test(s.text), (read) => without(read, 'unconscious')),
  // "He just fainted, he's come round now": taken ill and awake again, not someone to check for breathing (review 99).
  rule('fainted-came-round', 'unconscious', (read, s) => /\b(?:fainted|passed out|blacked out|keeled over|collapsed)\b/i.test(s.text) && /\b(?:come round|came round|come to|came to|coming round|awake now|talking now|is awake|he's awake|she's awake|back with us)\b/i.test(s.text) && !/\b(?:not|no|isn't|hasn't|won't|barely|hardly)\s+(?:come|came|coming|awake|talking|breathing)\b/i.test(s.text), (read) => readAs(read, 'unconscious', 'medical')),
  // "Spilled boiling fat over her hand", then "we've got him under the safety shower": a scald to
  // cool, not a chemical to rinse at the eyewash (reviews 99 and 101).
  rule('hot-spill-is-a-burn', undefined, (read, s) => (read.includes('chemical_spill') || read.includes('chemical_exposure')) && (HOT_LIQUID.test(s.text) || (s.ongoing.includes('burn') && !s.ongoing.some((h) => h === 'chemical_spill' || h === 'chemical_exposure'))) && !CHEMICAL_NAME.test(s.text), (read) => [...new Set([...without(read, 'chemical_spill', 'chemical_exposure'), 'burn' as const])]),
  // "He's just been sick, he's choking on it" after a fall or a blow to the head: vomit in the airway,
  // cleared by rolling them onto their side (the call's own lines), not back blows, and not CPR
  // once he goes quiet but breathing (review 120).
  rule('choking-on-vomit', 'choking', (read, s) => s.ongoing.some((h) => TRAUMA.includes(h) || h === 'unconscious' || h === 'seizure' || h === 'overdose' || h === 'medical') && VOMIT_SAID.test(s.text) && !/\b(?:food|sweet|sweets|bone|meat|bread|sandwich|lodged|swallowed)\b/i.test(s.text), (read) => without(read, 'choking')),
  // "Blood from the back of his head, not loads" after a fall from height: the head injury, and a
  // pad held on gently (the skull may be broken), not "press hard" with both hands; heavy
  // bleeding stays a bleed to press (review 120).
  rule('head-wound-after-fall', 'injury_bleeding', (read, s) => [...read, ...s.ongoing].some((h) => h === 'fall' || h === 'vehicle_strike') && HEAD_WOUND.test(s.text) && !OTHER_WOUND.test(s.text) && !HEAVY_BLEED.test(s.text), (read) => readAs(read, 'injury_bleeding', 'head_injury')),
  // Blue lips on someone shivering and cold are the cold, not an airway for fresh air (review 95's re-grade).
  rule('cold-blue-lips', 'breathing_difficulty', (read, s) => (s.ongoing.includes('hypothermia') || read.includes('hypothermia')) && !/\b(?:wheez\w*|gasp\w*|breath\w*|smoke|fumes|gas)\b/i.test(s.text), (read) => without(read, 'breathing_difficulty')),
  rule('burn-cooling-chill', 'hypothermia', (read, s) => (s.ongoing.includes('burn') || read.includes('burn')) && !OUT_IN_THE_COLD.test(s.text), (read) => without(read, 'hypothermia')),
  // "Something flew into my eye like a spark": a grinding spark in the eye, not anything live (review 89).
  // "Trapped her hand in the fire door, her finger's squashed": a hand shut in a door, not a machine to stop (review 89).
  rule('door-crush', 'crush', (_, s) => SHUT_IN_A_DOOR.test(s.text) && !MACHINE_OR_LOAD.test(s.text), (read) => read.includes('injury_bleeding') || read.includes('fracture') ? without(read, 'crush', 'trapped') : readAs(without(read, 'trapped'), 'crush', 'injury')),
  // "The other driver's holding her neck" after a shunt: whiplash, not choking (review 90).
  rule('neck-not-choking', 'choking', (_, s) => /\bneck\b/i.test(s.text) && COLLISION.test(s.text) && !CHOKING_SAID.test(s.text), (read) => readAs(read, 'choking', 'vehicle_strike')),
  // "Baby is out, he is blue and not crying": the newborn to dry, rub and breathe for (review 90).
  rule('newborn-not-crying', undefined, (read, s) => s.ongoing.includes('childbirth') && NEWBORN_LIFELESS.test(s.text) && !read.includes('not_breathing') && !read.includes('unconscious'), (read) => [...read, 'unconscious']),
  // "My wife is bleeding a lot" after the birth: her womb, rubbed low on the belly, not a wound to press (review 90).
  rule('birth-bleeding-not-wound', 'injury_bleeding', (_, s) => s.ongoing.includes('childbirth') && !WOUND_SAID.test(s.text), (read) => without(read, 'injury_bleeding')),
  // "She's pregnant, about eight weeks, her tummy hurts down one side": unwell, whatever else was read (review 91).
  rule('pregnant-and-in-pain', undefined, (read, s) => read.length === 0 && /\bpregnan\w*/i.test(s.text) && /\b(?:pain\w*|hurts?|hurting|cramp\w*|bleed\w*|sore)\b/i.test(s.text), () => ['medical']),
  // "We've sat her up and given her a drop of brandy cos she's gone so pale" after a faint, nothing else going on (review 91).
  rule('pale-after-a-faint', undefined, (read, s) => read.length === 0 && s.ongoing.length === 0 && /\b(?:he|she|they)(?:'s|'re| is| are| has| have)? (?:gone|going|looking|looks?|turned) (?:so |very |really |awful |awfully |as )?(?:pale|grey|gray|white)\b/i.test(s.text), () => ['medical']),
  // "It's shocked him and we kept going": the defibrillator's shock, not an electric injury (review 92).
  rule('defib-shock-not-electrical', 'electric_shock', (read, s) => (s.ongoing.includes('not_breathing') || /\b(?:defib\w*|aed|pads|shock advised)\b|\b(?:it|machine)(?:'s| has| is)? shocked (?:him|her|them)\b/i.test(s.text)) && !/\b(?:cable|wire|wiring|live|socket|panel|board|mains|electrocuted|power line)\b/i.test(s.text), (read) => without(read, 'electric_shock')),
  rule('spark-in-the-eye', 'electrical', (read, s) => read.includes('eye_injury') && !/\b(?:shock\w*|live|cable|wire|wiring|socket|power|electric\w*|volts?|board|panel|fuse)\b/i.test(s.text), (read) => without(read, 'electrical')),
  rule('headache-like-a-blow', undefined, (read, s) => read.includes('stroke') && LIKE_A_BLOW.test(s.text), (read) => without(read, 'crush', 'head_injury', 'violence', 'injury')),
  rule('sting-pain-not-fire', undefined, (read, s) => (s.atSea || s.stung) && read.includes('fire') && !ALIGHT.test(s.text), (read) => without(read, 'fire')),
  // "The saw kicked back, it's gone into my thigh": the chain cut and came out; nothing is left in to press around.
  rule('saw-kickback-cut', 'embedded_object', (read, s) => POWER_CUTTER.test(s.text) && KICKED.test(s.text) && !LEFT_IN.test(s.text), (read) => readAs(read, 'embedded_object', 'injury_bleeding')),
  // Tentacles "stuck" on an arm or "wrapped" round a leg hold no one; out of the water is no cold unless they are cold.
  rule('sea-sting-holds-no-one', undefined, (_, s) => s.atSea && !MACHINE_WORDS.test(s.text), (read) => without(read, 'trapped', 'crush')),
  rule('sea-sting-not-cold', undefined, (read, s) => s.atSea && read.includes('hypothermia') && !FEELING_COLD.test(s.text), (read) => without(read, 'hypothermia')),
  rule('sting-reaction', undefined, (_, s) => s.reacting && !NOT_SWELLING.test(s.text), (read) => leadingWith(read, 'anaphylaxis', 'breathing_difficulty', 'medical', 'sting')),
  // Clawing at the neck with the lips swelling is the airway closing from an allergy: adrenaline, not back blows.
  rule('allergic-choking', 'choking', (read, s) => (SWELLING.test(s.text) || s.ongoing.includes('anaphylaxis')), (read) => readAs(read, 'choking', 'anaphylaxis')),
  // Someone not breathing is unresponsive too: once they breathe again ("he's breathing now, bringing up water"),
  // they stay unconscious until they come round, and get the recovery position.
  // "I hit him on the back, nothing come out, he still no breathing, lips blue", still on his feet:
  // the choking's next step (thrusts), not CPR, until he goes limp (review 88).
  rule('choking-still-not-breathing', 'not_breathing', (read, s) => s.ongoing.includes('choking') && !read.includes('unconscious') && !WENT_DOWN.test(s.text), (read) => readAs(read, 'not_breathing', 'choking')),
  rule('not-breathing-is-unresponsive', 'not_breathing', (read, s) => !read.includes('unconscious') && !COMING_ROUND.test(s.text), (read) => [...read, 'unconscious']),
  // A choking casualty who goes limp gets CPR at once, not a breathing check (ERC 2021).
  // Kept unconscious beside it: "she's breathing again" then leaves someone to keep on their side.
  rule('limp-after-choking', 'unconscious', (read, s) => s.ongoing.includes('choking') && !COMING_ROUND.test(s.text), (read) => [...new Set(['not_breathing' as const, ...read])]),
  // Someone down where the air is bad was most likely dropped by it: the rescuer must not stay
  // with them in it ("man down in the gas plant room").
  rule('man-down-in-bad-air', 'injury', (read, s) => MAN_DOWN.test(s.text) && [...read, ...s.ongoing].some((h) => BAD_AIR.includes(h)), (read) => readAs(read, 'injury', 'unconscious')),
  // Cold, clammy and drowsy while bleeding is shock, which the bleed's own lines treat (lying flat
  // and warm): not a head to raise, nor someone taken ill to sit comfortably.
  rule('shock-while-bleeding', 'medical', (read, s) => s.ongoing.some((h) => BLEEDING.includes(h)) && !s.ongoing.includes('head_injury') && SHOCK_SIGNS.test(s.text), (read) => without(read, 'medical')),
  // Sleepy, sick and asking the same thing over and over after a blow is the head getting worse, not shock (review 53).
  rule('head-getting-worse', undefined, (_, s) => s.ongoing.includes('head_injury') && HEAD_WORSE.test(s.text) && !BLEEDING_NOW.test(s.text), (read) => leadingWith(without(read, 'medical', 'injury_bleeding'), 'head_injury')),
  // A headache, confusion, being sick or drowsy after a blow or a fall is the head injury's warning sign (NICE CG176).
  // ...but pale and sweaty while bleeding, with no head hurt, is the blood loss (review 92).
  rule('head-warning-signs', 'medical', (read, s) => HEAD_SIGNS.test(s.text) && s.ongoing.some((h) => TRAUMA.includes(h)) && !(read.includes('injury_bleeding') && SHOCK_LOOK.test(s.text) && !/\bhead\b/i.test(s.text) && !s.ongoing.includes('head_injury')), (read) => readAs(read, 'medical', 'head_injury')),
  // "My heart is racing" during a panic attack is the panic: chest pain, collapse or sweating is not.
  // Pinpoint pupils, sweating and drooling after a pesticide splash: the poison on the skin, not an opioid (review 72).
  rule('pesticide-not-opioid', 'overdose', (read, s) => [...read, ...s.ongoing].some((h) => h === 'chemical_exposure' || h === 'chemical_spill') && !OPIOID_NAMED.test(s.text), (read) => without(read, 'overdose')),
  // "He can't open his eyes" after a splash or a burn: the eyes, not a casualty gone unresponsive (review 70).
  rule('eyes-shut-not-unconscious', 'unconscious', (read, s) => s.ongoing.some((h) => h === 'chemical_exposure' || h === 'eye_injury' || h === 'burn' || h === 'chemical_spill') && EYES_SHUT.test(s.text), (read) => [...without(read, 'unconscious'), ...(read.includes('eye_injury') ? [] : ['eye_injury' as const])]),
  // "A crush at the main gate": the crowd's, not a machine's (review 70).
  rule('crowd-not-machine', 'crush', (read) => read.includes('crowd_crush'), (read) => without(read, 'crush')),
  rule('panic-palpitations', 'cardiac', (read, s) => s.ongoing.includes('panic_attack') && PALPITATIONS.test(s.text) && !CARDIAC_SIGNS.test(s.text), (read) => without(read, 'cardiac')),
  // Sweating buckets with the heart racing in the heat is the heat (exhaustion): chest pain is not.
  rule('heat-not-heart', 'cardiac', (read, s) => [...read, ...s.ongoing].includes('heat_illness') && SWEAT.test(s.text) && !CHEST_PAIN.test(s.text) && !HEART_ONLY.test(s.text), (read) => without(read, 'cardiac')),
  // A bitten tongue or cheek in a fit bleeds from the mouth: nothing is pressed in there (ERC 2021).
  rule('fit-bitten-tongue', 'injury_bleeding', (read, s) => [...read, ...s.ongoing].includes('seizure') && MOUTH.test(s.text), (read) => without(read, 'injury_bleeding')),
  // "Her breathing's ever so slow and there's no pulse at her wrist": breathing said is breathing,
  // whatever a pulse check found (ERC 2021: lay rescuers judge by breathing, not the pulse).
  // "Saying he's roasting, trying to pull the blankets off" after a cold-water rescue: the cold getting
  // worse (paradoxical undressing), not heat illness to cool with water and moving air (review 120).
  rule('cold-feels-hot', 'heat_illness', (_, s) => s.ongoing.includes('hypothermia') && !HEAT_EXPOSURE.test(s.text) && !INFECTION.test(s.text) && !/\b(?:fever\w*|temperature|flu|sepsis|septic|antibiotics)\b/i.test(s.text), (read) => readAs(read, 'heat_illness', 'hypothermia')),
  // "His hand's swelling up, I'm getting his ring off" during a burn: the burn swelling, as burns do,
  // not someone taken ill to sit comfortably and asked their symptoms (review 120). Not the face or throat.
  rule('burnt-limb-swelling', 'medical', (read, s) => (s.ongoing.includes('burn') || read.includes('burn')) && BURNT_LIMB_SWELLING.test(s.text) && !SWELLING.test(s.text) && !/\b(?:breath\w*|wheez\w*|chest|faint\w*|dizzy|collaps\w*|pale|clammy|grey|gray|drowsy|confused)\b/i.test(s.text), (read) => without(read, 'medical')),
  rule('slow-breathing-is-breathing', 'not_breathing', (read, s) => BREATHING_SLOW.test(s.text) && !BREATHING_STOPPED.test(s.text), (read) => without(read, 'not_breathing')),
  // "The head's still stuck in there" about a tick is its mouthparts, "it's stuck on his head" the
  // tick itself: not someone caught in a machine.
  rule('tick-parts-not-trapped', undefined, (read, s) => (s.ongoing.includes('tick_bite') || read.includes('tick_bite')) && (TICK_PART.test(s.text) || /\bstuck\b/i.test(s.text)) && !MACHINE_WORDS.test(s.text), (read) => without(read, 'crush', 'trapped')),
  // "I'm stuck, gone down the bank, my leg's twisted, can't get up": the fall holds them, nothing
  // shuts them in; a cold store's release handle and "keep moving" would be wrong (review 50).
  rule('fall-holds-caller', 'caller_trapped', (read, s) => [...read, ...s.ongoing].includes('fall') && !SHUT_IN.test(s.text), (read) => without(read, 'caller_trapped')),
  // "Collapsed, she's sat on the floor all sweaty, no making sense": down but awake, so nothing
  // that rules out sugar by mouth for a hypo (review 79).
  rule('collapsed-but-awake', 'unconscious', (_, s) => /\bcollapsed\b/i.test(s.text) && AWAKE_ON_FLOOR.test(s.text) && !NOT_RESPONSIVE.test(s.text), (read) => (read.length > 1 ? without(read, 'unconscious') : readAs(read, 'unconscious', 'medical'))),
  // Tearing pain through to the back is the aorta until shown otherwise: no heart attack's aspirin (review 82).
  rule('tearing-not-heart', 'cardiac', (read, s) => TEARING_TO_BACK.test(s.text), (read) => readAs(read, 'cardiac', 'medical')),
  // "Stabbed her finger on a needle in a bin": a needle-stick, not an attack (the blind re-grade of review 79).
  rule('needle-stick-not-attack', 'violence', (read, s) => NEEDLE_STICK.test(s.text), (read) => without(readAs(read, 'violence', 'injury'), 'injury_bleeding')),
  // "I can't let go to go to the gate": the caller pressing a wound, not stuck to a live wire (review 83).
  rule('cannot-let-go-pressing', 'electric_shock', (read, s) => PRESSING_NOT_LIVE.test(s.text) && !LIVE_THING.test(s.text), (read) => without(read, 'electric_shock')),
  // "The boning knife slipped into his groin": an accident at work, not an attack (review 83).
  rule('knife-slipped', 'violence', (read, s) => KNIFE_SLIPPED.test(s.text), (read) => readAs(read, 'violence', 'injury_bleeding')),
  // "It went off again, she got shocked" about her own defibrillator: the heart, not the mains (review 108).
  rule('implanted-shock-not-mains', 'electric_shock', (_, s) => s.ongoing.includes('cardiac') && !MAINS_WORDS.test(s.text), (read) => readAs(read, 'electric_shock', 'cardiac')),
  // "Collapsed... he's talking rubbish": down, but awake (review 108's corpus replay).
  rule('collapsed-but-talking', 'unconscious', (_, s) => COLLAPSE_ONLY.test(s.text) && TALKING.test(s.text) && !NOT_TALKING.test(s.text), (read) => (read.length > 1 ? without(read, 'unconscious') : readAs(read, 'unconscious', 'medical'))),
  // Caffeine tablets and energy drinks: a racing heart to sit still with, not a heart attack's aspirin or an opioid's naloxone (review 109).
  rule('caffeine-not-heart-attack', undefined, (read, s) => CAFFEINE.test(s.text) && !PAIN_SAID.test(s.text) && !WEIGHT_ON_CHEST.test(s.text) && read.some((h) => h === 'cardiac' || h === 'overdose'), (read) => readAs(readAs(read, 'cardiac', 'medical'), 'overdose', 'medical')),
  // Swollen legs, pink froth, "sleeps on three pillows", blue lips: fluid on the lungs, not an allergy (review 110).
  rule('heart-failure-not-allergy', 'anaphylaxis', (_, s) => HEART_FAILURE.test(s.text) && !ALLERGEN_NAMED.test(s.text), (read) => readAs(read, 'anaphylaxis', 'breathing_difficulty')),
  // A cut days old, red streaks, shivering yet burning hot: the infection, not heat stroke (review 110).
  rule('sepsis-not-heat', 'heat_illness', (_, s) => INFECTION.test(s.text) && !HEAT_EXPOSURE.test(s.text), (read) => without(readAs(read, 'heat_illness', 'medical'), 'cardiac')),
  // "The elevator just dropped a few inches and made a bang": the car moving, not a blast (review 112).
  rule('lift-jolt-not-blast', 'explosion', (_, s) => LIFT_MOVED.test(s.text), (read) => without(read, 'explosion')),
  // Addison's collapse: the adrenal crisis, not a fall to keep still after (review 108).
  rule('adrenal-not-fall', 'fall', (_, s) => ADRENAL.test(s.text), (read) => readAs(read, 'fall', 'medical')),
  // "He fall down and he is shaking": a fit drops them where they stand, no fall from a height whose
  // spine to keep still, and "leave them as they are" would undo the recovery position (review 120).
  rule('fit-dropped-not-fall', 'fall', (read, s) => (read.includes('seizure') || s.ongoing.includes('seizure')) && FIT_DROP.test(s.text) && !FALL_FROM_HEIGHT.test(s.text), (read) => without(read, 'fall')),
  // A collapse late in pregnancy: her left side and the bump pushed over in CPR (review 108).
  rule('late-pregnancy-collapse', undefined, (read, s) => PREGNANT.test(s.text) && LATE_PREGNANCY.test(s.text) && read.some((h) => h === 'unconscious' || h === 'not_breathing') && !read.includes('pregnancy_bleeding') && !read.includes('childbirth'),
    (read) => [...read, 'pregnancy_bleeding']),
  // "Went over the side" off a boat: in the water, not a fall to keep still after (review 77).
  rule('overboard-not-fall', 'fall', (_, s) => OVER_THE_SIDE.test(s.text), (read) => readAs(read, 'fall', 'drowning')),
  // Bleeding "down there" or belly pain said beside a pregnancy is the pregnancy's, not a wound to press (review 52).
  rule('pregnancy-bleeding', undefined, (_, s) => PREGNANT.test(s.text) && !WOUND_CAUSE.test(s.text), (read, s) =>
    readAs(PREGNANCY_SIGNS.test(s.text) ? readAs(read, 'medical', 'pregnancy_bleeding') : read, 'injury_bleeding', 'pregnancy_bleeding')),
  // Hot tar or bitumen "stuck on him" is the burn to cool, not someone pinned (review 54).
  rule('burn-stuck-on-skin', undefined, (read, s) => (read.includes('burn') || s.ongoing.includes('burn')) && STUCK_ON_SKIN.test(s.text), (read) => without(read, 'trapped', 'crush')),
  // A throat swelling after steam, smoke or flames is the airway burn (review 55), tingling lips in
// fumes the fumes (review 62): no allergy's pen.
  rule('airway-burn-not-allergy', 'anaphylaxis', (read, s) => [...read, ...s.ongoing].some((h) => h === 'burn' || h === 'fire' || h === 'smoke' || h === 'chemical_spill' || h === 'gas_leak' || h === 'carbon_monoxide' || (h === 'chemical_exposure' && !SWELLING.test(s.text))) && !ALLERGEN_NAMED.test(s.text), (read) => readAs(read, 'anaphylaxis', 'breathing_difficulty')),
  // "The disc caught my arm" off a grinder is the cut, not a limb pulled into a machine.
  rule('cutter-not-crush', 'crush', (read, s) => POWER_CUTTER.test(s.text) && [...read, ...s.ongoing].includes('injury_bleeding') && !PULLED_IN.test(s.text), (read) => without(read, 'crush')),
  // Someone collapsed or taken ill, then a grill, stove or engine burning with the extraction
  // broken: carbon monoxide, read on the turn that says so (review 56).
  rule('fumes-no-extraction', undefined, (read, s) => !read.includes('carbon_monoxide') && s.ongoing.some((h) => h === 'unconscious' || h === 'medical') && NO_EXTRACTION.test(s.text), (read) => [...read, 'carbon_monoxide']),
  // "Should I wash it out with the eyewash?" about metal stuck in an eye is the eye, not a chemical.
  rule('eye-not-chemical', 'chemical_exposure', (read, s) => [...read, ...s.ongoing].some((h) => h === 'eye_injury' || h === 'embedded_object') && !CHEMICAL_NAMED.test(s.text), (read) => without(read, 'chemical_exposure')),
  // Slurred words after a blow to the head are the head's danger sign, not a stroke, unless a face or arm says so.
  rule('slurred-after-blow', 'stroke', (read, s) => s.ongoing.some((h) => TRAUMA.includes(h) || h === 'head_injury') && !STROKE_ONLY.test(s.text), (read) => readAs(read, 'stroke', 'head_injury')),
  // Dropped and shaking all over: the fit's lines (no breathing check or CPR while it shakes); once
  // it stops, the seizure entry rolls them onto their side and checks (review 58).
  rule('fit-without-breath-check', 'seizure', (read, s) => read.includes('unconscious') && !read.includes('not_breathing') && !s.ongoing.includes('seizure'), (read) => without(read, 'unconscious')),
  // Blue lips and froth while fitting come with the fit: the head cushioned, not fresh air and sitting up (review 51).
  rule('fit-blue-froth', 'breathing_difficulty', (read, s) => (read.includes('seizure') || s.ongoing.includes('seizure')) && FIT_SIGNS.test(s.text) && !BREATHING_STOPPED.test(s.text), (read) => without(read, 'breathing_difficulty')),
  // Breaths that come only now and then after drugs are not normal breathing: CPR, with the naloxone (ERC 2021).
  rule('overdose-few-breaths', undefined, (read, s) => (read.includes('overdose') || s.ongoing.includes('overdose')) && FEW_BREATHS.test(s.text) && !COMING_ROUND.test(s.text) && !PULSE_SLOW.test(s.text), (read) => leadingWith(read, 'not_breathing', 'breathing_difficulty')),
  // Tingling lips, drooling and sweating after a snake or funnel-web bite are the venom, not an allergy.
  rule('venom-not-allergy', 'anaphylaxis', (read, s) => [...read, ...s.ongoing].includes('snake_bite') && !ALLERGEN_NAMED.test(s.text), (read) => without(read, 'anaphylaxis')),
  // Tingling lips, faint and cold while bleeding is the blood loss, not an allergy.
  rule('blood-loss-not-allergy', 'anaphylaxis', (read, s) => s.ongoing.some((h) => BLEEDING.includes(h)) && !ALLERGEN_NAMED.test(s.text), (read) => without(read, 'anaphylaxis')),
  // A face puffed up with tiny red dots after a crush is the crush (traumatic asphyxia), not an allergy.
  rule('traumatic-asphyxia', 'anaphylaxis', (read, s) => s.ongoing.includes('crush') && !ALLERGEN_NAMED.test(s.text), (read) => readAs(read, 'anaphylaxis', 'breathing_difficulty')),
  // A tight chest in a gas, smoke or fumes is the air they breathed, not the heart, unless it is pain.
  rule('bad-air-tight-chest', 'cardiac', (read, s) => [...read, ...s.ongoing].some((h) => BAD_AIR.includes(h) || h === 'chemical_spill' || h === 'chemical_exposure') && TIGHT_CHEST.test(s.text) && !PAIN_SAID.test(s.text), (read) => readAs(read, 'cardiac', 'breathing_difficulty')),
  // A slow pulse or clamminess after a fall onto the neck or back is the injury (spinal shock),
  // not a heart attack to sit up for: without chest pain they stay flat and still. After an
  // electric shock a heart that skips is the shock's own danger, whatever else happened.
  rule('spinal-not-heart', 'cardiac', (read, s) => !s.ongoing.includes('electric_shock') && s.ongoing.some((h) => h === 'fall' || h === 'vehicle_strike' || h === 'head_injury' || h === 'crush' || h === 'injury_bleeding' || h === 'amputation' || h === 'open_fracture') && !CHEST_PAIN.test(s.text) && !HEART_ONLY.test(s.text), (read) => without(read, 'cardiac')),
  // A cord, strap or hood caught in a machine and pulling at the neck is an entanglement to stop
  // or cut free, not food to hit out with back blows.
  rule('entangled-not-choking', 'choking', (read, s) => ENTANGLED.test(s.text), (read) => readAs(read, 'choking', 'crush')),
  // "Held to it, shaking" beside a light, socket or cable is the current, not someone pinned.
  rule('held-by-current', 'trapped', (read, s) => HELD_BY_CURRENT.test(s.text) && LIVE_THING.test(s.text) && !read.includes('crush'), (read) => readAs(read, 'trapped', 'electric_shock')),
  // Breathing "through a puddle" in someone unresponsive is the airway, not a leak on the floor.
  rule('airway-puddle-not-leak', 'leak', (read, s) => [...read, ...s.ongoing].some((h) => h === 'unconscious' || h === 'not_breathing') && BREATH_WORD.test(s.text), (read) => without(read, 'leak')),
  // Streaming, burning eyes in a gas leak or a spill are the chemical in them: rinse, not a burn to measure.
  rule('gas-in-the-eyes', undefined, (read, s) => s.ongoing.some((h) => h === 'gas_leak' || h === 'chemical_spill') && GAS_IN_EYES.test(s.text) && !FLAMES.test(s.text) && !read.includes('chemical_exposure'), (read) => [...without(read, 'burn'), 'chemical_exposure']),
  rule('eye-not-caught', 'crush', (read, s) => [...read, ...s.ongoing].includes('eye_injury') && /\beyes?\b/i.test(s.text) && !LIMB.test(s.text) && !PULLED_IN.test(s.text), (read) => without(read, 'crush')),
  // "Stuck on it, still holding the cable": held by the current, nothing impaled (review 64).
  rule('held-not-impaled', 'embedded_object', (read, s) => [...read, ...s.ongoing].some((h) => h === 'electric_shock' || h === 'high_voltage') && !IMPALER.test(s.text), (read) => without(read, 'embedded_object')),
  // "Aspirin helps with heart attacks and strokes", asked about a stroke, is no heart attack (review 64).
  rule('stroke-not-heart', 'cardiac', (read, s) => s.ongoing.includes('stroke') && !PAIN_SAID.test(s.text) && !CHEST_WORD.test(s.text), (read) => without(read, 'cardiac')),
  // "It got on my hand, it's burning" in a chemical spill is the chemical, not a fire (review 66).
  rule('chemical-burning-not-fire', 'fire', (_, s) => s.ongoing.some((h) => h === 'chemical_spill' || h === 'chemical_exposure' || h === 'swallowed_chemical') && !FLAMES.test(s.text) && !/\bsmoke\b/i.test(s.text), (read) => without(read, 'fire')),
  // A tight chest in an allergic reaction is the reaction: the second pen, never a heart attack's aspirin.
  rule('allergy-tight-chest', 'cardiac', (read, s) => [...read, ...s.ongoing].includes('anaphylaxis') && !HEART_ONLY.test(s.text), (read) => without(read, 'cardiac')),
  // After chest pain, someone unresponsive making a rasping, snoring or gurgling noise is in
  // cardiac arrest until shown otherwise (ERC 2021: agonal breathing).
  rule('agonal-after-chest-pain', undefined, (_, s) => s.unresponsive && s.ongoing.includes('cardiac') && AGONAL_NOISE.test(s.text), (read) => [...new Set(['not_breathing' as const, ...read])]),
  // "Just big gasps now" after chest pain is the heart stopped, said or not that they went down.
  rule('gasps-after-chest-pain', undefined, (_, s) => s.ongoing.includes('cardiac') && ONLY_GASPS.test(s.text), (read) => leadingWith(read, 'not_breathing', 'medical', 'breathing_difficulty')),
  // "Cold and wet with sweat" beside chest pain is the heart's clammy sweat, not the weather (review 94's replay).
  rule('clammy-not-cold', 'hypothermia', (read, s) => [...read, ...s.ongoing].includes('cardiac') && SWEAT.test(s.text), (read) => without(read, 'hypothermia')),
  // Short of breath with chest pain is the heart's: no fresh air to walk to, no inhaler (review 94).
  rule('breathless-with-the-heart', 'breathing_difficulty', (read, s) => [...read, ...s.ongoing].includes('cardiac') && HEART_SAID.test(s.text) && !ASTHMA.test(s.text) &&
    ![...read, ...s.ongoing].some((h) => BAD_AIR.includes(h) || h === 'chemical_spill' || h === 'chemical_exposure' || h === 'anaphylaxis' || h === 'choking' || h === 'fire'), (read) => without(read, 'breathing_difficulty')),
  // A tight chest in an asthma attack is the attack: the reliever, not a heart attack's aspirin.
  rule('asthma-tight-chest', 'cardiac', (read, s) => ASTHMA.test(s.text) && !HEART_ONLY.test(s.text), (read) => readAs(read, 'cardiac', 'breathing_difficulty')),
  // "A puddle on the floor", "still leaking" in a bleeding call: the wound.
  rule('blood-puddle', 'leak', (read, s) => s.ongoing.some((h) => BLEEDING.includes(h)) && !PLANT_FLUID.test(s.text), (read) => readAs(read, 'leak', 'injury_bleeding')),
  // A mouth or throat burning after a swallowed chemical is the chemical: no cooling under a tap,
  // and no fire to flee unless one is named.
  rule('swallowed-chemical-burn', undefined, (_, s) => s.ongoing.includes('swallowed_chemical') && SWALLOWED_BURN.test(s.text), (read, s) => FIRE_WORDS.test(s.text) ? without(read, 'burn') : without(read, 'burn', 'fire')),
  // "An ice cold drink" for heat stroke, "hot water on his frozen hands": the other one's remedy, asked about.
  rule('heat-not-cold', 'hypothermia', (read, s) => s.ongoing.includes('heat_illness') && !read.includes('heat_illness'), (read) => without(read, 'hypothermia')),
  rule('warming-not-burn', 'burn', (read, s) => s.ongoing.includes('hypothermia') && WARMING.test(s.text), (read) => without(read, 'burn')),
  // Shivering and pale while bleeding is shock: the wound's "keep them warm", not a cold to treat.
  rule('bleeding-shivers', 'hypothermia', (read, s) => s.ongoing.some((h) => BLEEDING.includes(h)) && !COLD_PLACE.test(s.text), (read) => without(read, 'hypothermia')),
  // Shivering after a burn was cooled is the cooling, not cold weather, unless the caller says they are out in it.
  rule('cooled-burn-shivers', 'hypothermia', (read, s) => s.ongoing.includes('burn') && !read.includes('burn') && !COLD_PLACE.test(s.text), (read) => without(read, 'hypothermia')),
  // Cold under the safety shower is the rinse going on, not hypothermia to warm up from.
  rule('rinse-cold', 'hypothermia', (read, s) => s.ongoing.some((h) => h === 'chemical_exposure' || h === 'chemical_spill' || h === 'burn') && RINSING.test(s.text), (read) => without(read, 'hypothermia')),
  // Jerking beside a cable or wire is the current until shown otherwise: a fit's "cushion their
  // head" would put the rescuer's hands on a live casualty.
  rule('jerking-by-cable', 'seizure', (read, s) => !read.includes('electric_shock') && LIVE_THING.test(s.text) && !FIT.test(s.text), (read) => readAs(read, 'seizure', 'electric_shock')),
  // Held by the current ("stuck to it, shaking all over"): no fit to cushion, no trap to free.
  rule('current-not-fit', 'electric_shock', (read, s) => HELD_BY_CURRENT.test(s.text) && !FIT.test(s.text), (read) => without(read, 'seizure', 'trapped')),
  // "It's shocked him" during CPR is the defibrillator, not a second electrocution.
  rule('defib-shock', 'electric_shock', (read, s) => s.ongoing.includes('not_breathing') && !s.ongoing.includes('electric_shock') && DEFIB_SHOCK.test(s.text), (read) => without(read, 'electric_shock')),
  // Muddled words as the shakes come back, in a diabetic already treated: the low again, and more sugar.
  rule('hypo-relapse', 'stroke', (read, s) => s.ongoing.includes('low_blood_sugar') && HYPO_RELAPSE.test(s.text) && !STROKE_ONLY.test(s.text), (read) => readAs(read, 'stroke', 'low_blood_sugar')),
  // A pounding heart and the shakes just after the pen are the adrenaline working, not a heart attack or a fit.
  rule('pen-effects', undefined, (_, s) => s.ongoing.includes('anaphylaxis') && ADRENALINE_EFFECTS.test(s.text) && PEN_USED.test(s.text) && !CHEST_PAIN.test(s.text), (read) => without(read, 'cardiac', 'seizure')),
  // A stroke stops sugar by mouth whatever the sugar is doing (the swallow may be gone).
  rule('no-sugar-by-mouth', 'low_blood_sugar', (read, s) => ([...read, ...s.ongoing].includes('stroke') || (s.ongoing.includes('cardiac') && (!HYPO_SIGNS.test(s.text) || (PAIN_SAID.test(s.text) && !LOW_SAID.test(s.text))))), (read) => without(read, 'low_blood_sugar')),
]

export interface ContextReading {
  readonly hazards: Hazard[]
  /** The ids of the rules that changed the reading, in order. */
  readonly rules: string[]
}

/**
 * A turn's hazards read against those the call already has: gasping or turning blue in someone
 * found unresponsive is not breathing normally (CPR, ERC 2021), and what an ongoing hazard covers
 * adds nothing ("he can't breathe" during anaphylaxis is not a call for fresh air).
 */
export function readInCallContext(turn: readonly Hazard[], ongoing: readonly Hazard[], text: string): ContextReading {
  const atSea = turn.includes('marine_sting') || ongoing.includes('marine_sting')
  const stung = turn.includes('sting') || ongoing.includes('sting')
  const scene: Scene = {
    turn,
    ongoing,
    text,
    unresponsive: ongoing.includes('unconscious') || turn.includes('unconscious'),
    atSea,
    stung,
    reacting: ((atSea || stung) && STING_REACTION.test(text)) || (stung && INSECT_STING_REACTION.test(text)),
  }
  let read: Hazard[] = [...turn]
  const rules: string[] = []
  for (const r of CONTEXT_RULES) {
    if ((r.needs !== undefined && !read.includes(r.needs)) || !r.when(read, scene)) continue
    const next = r.then(read, scene)
    if (next.length !== read.length || next.some((h, i) => h !== read[i])) rules.push(r.id)
    read = next
  }
  return { hazards: read.filter((h) => !isSubsumed(h, ongoing)), rules }
}

/**
 * "Slurring, I think he's been drinking", then "he's sweaty and shaky, he's diabetic": the low,
 * not a stroke, when nothing in the call named a stroke's own signs (a droop, one side, a weak arm):
 * sugar by mouth, not nothing by mouth (review 97).
 */
export function strokeWasTheLow(read: readonly Hazard[], ongoing: readonly Hazard[], text: string, callTexts: () => readonly string[]): boolean {
  // The call's texts only once the turn reads as a low during a stroke: rare, and each turn of the
  // history is read again on every reply.
  return read.includes('low_blood_sugar') && ongoing.includes('stroke') && HYPO_BODY.test(text) && !callTexts().some((t) => STROKE_SIGNS.test(t))
}

export function inCallContext(turn: readonly Hazard[], ongoing: readonly Hazard[], text: string): Hazard[] {
  return readInCallContext(turn, ongoing, text).hazards
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
