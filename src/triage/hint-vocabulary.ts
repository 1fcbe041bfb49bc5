import type { Hazard } from './hazards.js'

/**
 * Looser words than the vocabulary's, read only while a call has no emergency yet (classify.ts
 * `hinted`, call-context.ts, playbook-responder.ts). The vocabulary is written to keep updates
 * from raising false hazards ("it's pouring", "he's under it" on turn five are about what is known),
 * and so it misses first reports in words nobody wrote down: "I've stabbed meself in the thigh,
 * it's pouring", "he's drilled into a live cable", "the quad's landed on the shepherd". Without a
 * hazard such a caller heard the generic lines (CPR, press on bleeding) on every turn: 125 of the
 * 1,387 review calls opened that way. A word that names the mechanism or the sign is enough here,
 * since the alternative is no instruction fitted to the emergency at all.
 *
 * Same phrase language and macros as the vocabulary; negation is read the same way.
 */
export interface HintRule {
  readonly hazards: readonly Hazard[]
  readonly phrases: readonly string[]
  /**
   * Kept only when one of these words is somewhere in the turn too: "swallowed a load" is a
   * poisoning beside "petrol" or "degreaser", and could be anything without.
   */
  readonly with?: readonly string[]
  /** Dropped when one of these words is in the turn: a saw that went into a hand cut it, nothing is left in. */
  readonly unless?: readonly string[]
}

export const HINTS: readonly HintRule[] = [
  // Power through someone: the rescuer must not touch them until it is off.
  { hazards: ['electric_shock'], phrases: [
    'live cable|cables|wire|wires|terminal|terminals|lead|leads|board|socket|panel|busbar|conductor|rail|bit|part|parts',
    'shock|jolt|belt|zap|zapping|wallop off|from', 'jolted|zapped|juiced|electrocuted|electrocution|electrified', 'a|right|massive|big|proper|nasty ~ jolt|zap',
    'given|gave @person ~ jolt|zap|belt|shock', 'got|had|took ~ jolt|zap|shock', 'belt|jolt ~ up|through|across ~ @poss ~ arm|arms|hand|hands|body|chest', 'three phase', 'mains ~ through|up|across',
    'threw|thrown|flung|chucked ~ me|him|her ~ across|back|against|backwards|clean|into',
  ] },
  // A blade, glass or metal through skin, or blood said any way at all.
  { hazards: ['injury_bleeding'], phrases: [
    'stabbed|knifed', 'stab wound|wounds', 'slipped|slip ~ with ~ @blade|saw|grinder', 'welling|welled ~ up|out', '@blade ~ slipped|went|gone|caught|into|in|through|across', 'cut|sliced|slashed|gashed|nicked|ripped|torn|opened ~ @flesh',
    '@flesh ~ cut|sliced|slashed|gashed|ripped|torn|opened', 'claret', 'gore',
    'red|blood ~ shooting|squirting|spurting|pouring|pumping|gushing|spraying|jetting', 'shooting|squirting|spurting|jetting out',
    'through ~ glass|window|pane|windscreen', 'stripped|skinned|degloved|peeled ~ skin|finger|flesh',
    // A saw that went through fingers cut them: nothing is left in.
    '@blade|saw|bandsaw|chainsaw|grinder|cutter|slicer|mower|strimmer [is|has] ~ gone|went|cut|sliced ~ through|into ~ @poss ~ @flesh',
  ] },
  // A part off: kept, cooled, with them.
  { hazards: ['amputation'], phrases: [
    'finger|fingers|thumb|thumbs|toe|toes|fingertip|fingertips ~ off', 'finger|fingers|thumb|thumbs|toe|toes ~ come|came|gone|cut|sliced|chopped ~ off',
    'off ~ @poss ~ finger|fingers|thumb|thumbs|toe|toes|fingertip|fingertips', 'tip|tips|end|ends off', 'severed ~ @limb',
    'took|take|taken|takes|had ~ half|part|piece|bit|end|tip|top ~ of ~ finger|fingers|thumb|thumbs|toe|toes|hand|ear', 'finger|fingers|thumb|thumbs|toe|toes ~ not with|on|attached',
    'finger|fingers|thumb|thumbs|toe|toes ~ cut|sliced|chopped|severed ~ completely|clean|right',
  ] },
  // Something through them, still in.
  { hazards: ['embedded_object'], phrases: [
    'stuck|lodged|embedded|poking|sticking ~ in|into|out|through ~ @poss ~ @flesh', 'gone|went|right|straight ~ into|through ~ @poss ~ @flesh|boot',
    'still|stuck ~ in him|her|them|me', 'impaled', 'skewered',
  // A truck "gone into the back of a pickup" hit it: nothing is in anyone (review 107).
  ], unless: ['saw', 'bandsaw', 'chainsaw', 'grinder', 'slicer', 'mower', 'strimmer', 'cutter', 'bullet', 'collision', 'crashed', 'crash', 'pickup', 'lorry'] },
  // In the eye and staying there: left for the hospital, the eye covered.
  { hazards: ['eye_injury'], phrases: ['stuck|lodged|embedded|poking|sticking ~ in|into|out ~ @poss ~ eye|eyes|eyelid|eyeball', 'through ~ @poss ~ eyelid|eyeball|eye'] },
  // Run over, backed over, hit by something driven.
  { hazards: ['vehicle_strike'], phrases: [
    'backed|reversed|run|ran|rolled ~ over|into ~ @person|one|our', 'run|ran over', 'backed over', '@person ~ knocked|mown|mowed down',
    'gone|went|crashed|ploughed|smashed|slammed|drove|driven ~ into the back|side|front|rear of ~ pickup|car|van|truck|lorry|bus|tractor|vehicle|cab|ute|jeep|trailer',
    '@vehicle|kart|quad|bike|motorbike|horse ~ hit|clipped|clattered|struck|flattened|caught ~ @person|one|our',
  ] },
  { hazards: ['vehicle_strike'], phrases: ['went|gone|drove|driven|run|ran|rolled ~ right|straight|clean ~ over|across'], with: ['tug', 'tugs', 'van', 'car', 'lorry', 'truck', 'forklift', 'wagon', 'bus', 'tractor', 'hgv', 'dumper', 'loader', 'telehandler', 'digger', 'quad'] },
  // Under something heavy: a crush until it is off them.
  { hazards: ['crush'], phrases: [
    'he|she|they|someone|somebody|lad|man|woman|worker|bloke|fella|i|we is|are|am|was|were|been|got|stuck|lying|trapped ~ under|underneath|beneath', 'under|underneath|beneath ~ it|them', 'pinned|wedged|squashed|squished|flattened', 'on top of ~ @person',
    'landed|fallen|fell|toppled|rolled|come|came|dropped|collapsed ~ on|onto ~ @person|his|her|their|my|me',
    'caught|dragged|pulled|wrapped|wound ~ in|into|round|around ~ @machine|rollers|spindle|shaft|tray|stirrer',
  ] },
  // Off something, down something, through something.
  // The bare word, not of a thing that fell: "a bale has fallen off the stack" is read (or not) by the tables.
  { hazards: ['fall'], phrases: ['fell|fallen|falling'], unless: ['bale', 'bales', 'sack', 'sacks', 'pallet', 'pallets', 'box', 'boxes', 'load', 'drum', 'drums', 'barrel', 'barrels', 'bag', 'bags', 'shelving', 'stack', 'tiles', 'tile', 'brick', 'bricks', 'sign', 'crate', 'crates', 'tree', 'branch'] },
  { hazards: ['fall'], phrases: [
    'he|she|i|we|they|someone|somebody|lad|man|woman|worker|bloke|fella [is|has|have|had|just] [just] come|came|tumbled|dropped|slid ~ off|down|through', '@vehicle|bike|motorbike|horse|quad|rider|courier|cyclist ~ come|came off', 'come|came off ~ the|a|his|her|my|me ~ ladder|roof|scaffold|platform|seat|stool|chair|truck|trailer|tractor|banking|bike|motorbike|horse|quad|steps|stairs', 'gone|went ~ down|through ~ stairs|steps|stairwell|ladder|hole|shaft|bank|slope|ditch|ceiling|roof|floor|skylight|slats|gap',
    'off the|a ~ ladder|ladders|roof|scaffold|scaffolding|platform|stairs|steps|seat|stool|chair|horse|bike|truck|trailer|banking|edge|tower|net|ledge|rung',
    'missed|lost ~ footing|balance', 'thrown|flung|bucked|chucked|catapulted ~ off|out|from', 'knocked ~ flat|off', 'come|came|crashed down ~ on|onto', 'landed ~ on|onto',
    'storeys|floors|metres|meters ~ up|down|below|onto',
  ] },
  // A bone that is wrong: kept as found.
  { hazards: ['fracture'], phrases: [
    '@limb ~ swollen|swelling|massive|kink|kinked|bent|wrong|crooked|twisted|dangling|snapped|pointing', '@limb ~ in bits', '@limb ~ done in',
    'can not put ~ weight', 'done|did|bust|busted|knackered|wrecked ~ @poss ~ @limb', 'crack|cracked|crunch|snap ~ bone|bones',
  ] },
  // A blow to the head, or out cold after one.
  { hazards: ['head_injury'], phrases: [
    'cracked|smacked|smack|banged|bang|bashed|clonked|whacked|whack|thumped|thump|wallop|hit|struck|split|clattered ~ head|heads|skull|noggin|nut|forehead',
    'head|skull ~ cracked|smacked|banged|bashed|hit|split', 'back|side|top|front of ~ @poss ~ head|skull|nut|scone|bonce|noggin', 'knocked out', 'out cold', 'out like a light', 'was|been out|gone ~ for ~ while|minute|minutes|seconds|second|bit',
  ] },
  // "The trailing lead's bit me": power through them.
  { hazards: ['electric_shock'], phrases: ['bit|bitten|bite|bites ~ me|him|her'], with: ['lead', 'cable', 'wire', 'socket', 'plug', 'power', 'mains', 'electric', 'electrics', 'board', 'panel', 'fence', 'live', 'extension', 'reel', 'drill', 'mixer'] },
  // Something hot down someone's front, legs or arms.
  { hazards: ['burn'], phrases: ['over|down ~ @poss ~ front|legs|leg|arm|arms|hand|hands|face|chest|feet|foot|body|back|neck'], with: [
    'boiler', 'urn', 'soup', 'kettle', 'pan', 'pot', 'boiling', 'hot', 'vat', 'fryer', 'tea', 'coffee', 'steam', 'gravy', 'stock', 'porridge', 'custard', 'fat', 'oil', 'water',
  ] },
  // Knocked flying or down by something driven.
  { hazards: ['vehicle_strike'], phrases: ['knocked|hit|clipped|clattered|struck|ploughed|ran|run ~ @person|one|our|him|her ~ flying|over|down|into', 'knocked|sent ~ flying', 'flying', 'knocked'], with: [
    'van', 'car', 'lorry', 'truck', 'forklift', 'wagon', 'bus', 'bike', 'motorbike', 'tractor', 'hgv', 'vehicle', 'digger', 'dumper', 'telehandler', 'loader', 'taxi', 'quad',
  ] },
  // Face down in the water: out of it and breathing checked before anything else.
  { hazards: ['unconscious'], phrases: ['floating ~ face down', 'face down in|on ~ the|a ~ water|river|sea|pool|dock|canal|trough|pond|tank', 'went|gone under ~ the ~ water'] },
  // "Dropped like a sack", unless they are up again.
  { hazards: ['unconscious'], phrases: ['folded|crumpled|dropped ~ like'], unless: ['feet', 'up', 'fine', 'talking', 'awake', 'round', 'standing', 'sitting', 'okay', 'ok', 'alright'] },
  // Down and not answering.
  { hazards: ['unconscious'], phrases: ['he|she|they|someone|somebody [is|was|are|were] not|no answering|responding|waking|responsive', 'eyes ~ rolled', 'slumped|sprawled|lifeless', 'laid|spark out', 'can|could|will not wake', 'not with it'] },
  // Words gone wrong, a face that has dropped, an arm gone weak on one side: the clock starts.
  { hazards: ['stroke'], phrases: [
    'words|speech|talking|talk|saying ~ jumbled|mushed|mashed|garbled|gobbledygook|nonsense|wrong|muddled|slurred|scrambled|mixed', 'words|speech|talking ~ coming out ~ wrong|jumbled|all|like|as|funny|weird',
    'half ~ face|mouth', 'one side ~ @poss ~ face|mouth', 'face|mouth ~ crooked|lopsided|droopy|twisted', 'can not find ~ @poss ~ words', 'lost ~ @poss ~ words', 'face|mouth ~ slid|slipped|dropped|droop*|fallen|sagging|lopsided', 'face|mouth is|has|was not moving',
    'right|left ~ arm|leg|side ~ useless|floppy|flopped|limp|weak|numb', 'arm|leg ~ useless|floppy|flopped',
  ] },
  // Something stuck in the throat.
  { hazards: ['choking'], phrases: ['catch|caught|stuck|lodged ~ in ~ throat|gullet|windpipe', 'pointing at ~ @poss ~ throat|neck', 'hold|holds|holding|grab|grabs|grabbing|clutch|clutches|clutching ~ @poss ~ throat', 'hand|hands ~ at|on|to|round|around ~ throat|neck', 'something stuck', 'stuck in @poss throat', 'went down the wrong way'] },
  // Heavy chest, grey, sweating: the heart until proven otherwise.
  { hazards: ['cardiac'], phrases: [
    'breastbone', 'chest ~ squeez*|crush*|tight*|heavy|band|belt|weight|vice|elephant|like', 'gripped|clutched|clutching|gripping|grabbed|grabbing ~ @poss ~ chest|arm|heart', 'heart attack',
  ] },
  // A fit.
  { hazards: ['seizure'], phrases: ['thrash*', 'went|gone|going rigid|stiff', 'foam*|froth* ~ at|from|round ~ @poss|the ~ mouth|lips|gob', 'a|into|having fit|fits', 'of fit|fits', 'fitting', 'convuls*', 'seizure|seizures', 'shaking|jerking|twitching all over'] },
  // Heat on skin.
  { hazards: ['burn'], phrases: [
    'boiling|molten|scalding|searing', 'red|white hot', 'scald*', 'scorch*', 'blowback|flashback|flared|fireball', 'blow|flash back', 'flare up', 'flash pot|pan', 'singed', '@garment|wig|eyebrows|eyelashes ~ melted|singed|burnt|frazzled|caught',
    'radiator|coolant|steam ~ blown|burst|sprayed|spurted|shot|gone|went', 'still hot', 'hot|boiling|scalding water ~ over|on|onto|down|splashed|spilt|spilled|poured', 'hot ~ oil|fat|plate|plates|glue|bitumen|tar|wax|metal|pan|pans|liquid|steam|coolant|radiator|toffee|sugar|caramel|wort|soup|grease|iron|tray|pipe',
    'fryer|bitumen|tar|toffee|wort|steam|oil ~ over|on|onto|into|down|up ~ @poss ~ @body', 'burn|burns|burnt|burned|blister|blisters|blistered|blistering', 'melted ~ onto|on|into',
  ], unless: ['tick', 'ticks'] },
  // Something swallowed that is not a drink.
  { hazards: ['swallowed_chemical'], phrases: [
    'swig*|gulp*|glug*|mouthful|swallowed|drank|drunk|sipped|supped|downed|eaten|ate|necked ~ bottle|bait|pellets|poison|antifreeze|degreaser|weedkiller|killer|cleaner|unblocker|liquid|stuff|solution|@chem',
    'thought|thinking|think|thinks it was ~ water|pop|lemonade|lager|juice|drink|squash|tea|coffee|beer',
  ] },
  // Drunk or eaten from the wrong bottle or tub: what it was decides it.
  { hazards: ['swallowed_chemical'], phrases: ['swig|swigged|gulp|gulped|glug|glugged|mouthful|swallow|swallowed|downed|necked|sipped|supped|drank|drink|eaten|ate|sucking|siphoning'], with: [
    'antifreeze', 'degreaser', 'weedkiller', 'cleaner', 'bleach', 'unblocker', 'petrol', 'diesel', 'paraffin', 'stroke', 'outboard', 'mix', 'oil', 'poison', 'bait', 'pellets', 'chemical', 'chemicals', 'acid',
    'caustic', 'solvent', 'thinners', 'spirit', 'nicotine', 'detergent', 'disinfectant', 'pesticide', 'screenwash', 'coolant', 'fuel', 'lye', 'descaler', 'sanitiser', 'sanitizer',
  ] },
  { hazards: ['swallowed_chemical'], phrases: ['rat|slug|mouse|rodent ~ bait|poison|pellets'] },
  // Concrete, screed or lime against skin burns it slowly: red raw hours later.
  { hazards: ['chemical_exposure'], phrases: ['red raw', 'raw|burning|blistered|weeping|weepy'], with: ['concrete', 'cement', 'screed', 'mortar', 'lime', 'plaster'] },
  // "It's pouring": blood, unless it is the weather ("it's pissing down").
  { hazards: ['injury_bleeding'], phrases: ['it is|its pouring|spraying|spurting|gushing|pumping|pissing'], unless: ['rain', 'raining', 'down', 'weather', 'outside', 'sleet', 'snow'] },
  // Blood, but not blood going round, its pressure or sugar, or the pills that thin it.
  { hazards: ['injury_bleeding'], phrases: ['blood|bloods|bloodied|bleed|bleeds|bleeding|bled'], unless: [
    'going', 'pressure', 'sugar', 'sugars', 'thinner', 'thinners', 'test', 'tests', 'type', 'donor', 'circulation', 'flowing', 'moving', 'pumping', 'warm',
  ] },
  // A knock to the temple or the head from something thrown, swung or kicked.
  { hazards: ['head_injury'], phrases: ['belt|smack|whack|bang|clout|thump|crack|knock|clocked|clonked|caught|hit|struck|smacked|cracked ~ in|on|off|across ~ @poss ~ temple|head|bonce|nut|noggin|skull|forehead|scone'] },
  // Skin that has gone red or burns after something caustic touched it.
  { hazards: ['chemical_exposure'], phrases: ['red|raw|burning|stinging|blistering|blistered|weeping|peeling'], with: [
    'drain', 'unblocker', 'caustic', 'acid', 'bleach', 'chemical', 'chemicals', 'lye', 'hydroxide', 'ammonia', 'descaler', 'stripper', 'remover', 'solvent', 'degreaser', 'sanitiser', 'sanitizer',
  ], unless: ['mouth', 'swallowed', 'drank', 'drunk', 'swig', 'swigged', 'glugged', 'gulped', 'mouthful', 'lips', 'throat', 'tongue'] },
  // Left hanging in a harness: minutes count.
  { hazards: ['suspended'], phrases: ['in|from|on @poss harness|lanyard|rope|ropes'], with: ['hanging', 'dangling', 'suspended', 'swinging', 'stuck'] },
  // A fuel engine running where its fumes cannot get out.
  { hazards: ['carbon_monoxide'], phrases: ['petrol|diesel|gas ~ @fuelburner|washer|engine|generator|pump ~ inside|indoors|in'] },
  // Found near high voltage: nobody goes near.
  { hazards: ['high_voltage'], phrases: ['substation|substations|transformer|pylon|pylons'], with: ['lying', 'down', 'collapsed', 'black', 'burnt', 'burned', 'floor', 'ground', 'unconscious', 'found'] },
  // Something that burns going up.
  { hazards: ['fire'], phrases: ['skip|skips|bin|bins|shed|bales|stack|pallets|hedge|gorse ~ going|gone|went up'] },
  // Something on skin or in eyes that is not water.
  // Splashed or blown onto them: a chemical when something says so ("boiling toffee" is a burn).
  { hazards: ['chemical_exposure'], phrases: [
    'splash*|sloshed|slopped|sprayed|spray|blown|gone|went|got|spilt|spilled ~ in|into|on|over|up|down ~ @poss ~ eye|eyes|face|arm|arms|leg|legs|hand|hands|skin|front',
  ], with: [
    'acid', 'caustic', 'alkali', 'lye', 'bleach', 'chemical', 'chemicals', 'stripper', 'remover', 'cleaner', 'dip', 'solution', 'killer', 'weedkiller', 'pesticide', 'insecticide',
    'powder', 'dust', 'lime', 'cement', 'concrete', 'screed', 'mortar', 'fertiliser', 'fertilizer', 'degreaser', 'solvent', 'thinners', 'resin', 'detergent', 'disinfectant',
    'ammonia', 'chlorine', 'peroxide', 'formaldehyde', 'formalin', 'phenol', 'hydroxide', 'sanitiser', 'sanitizer', 'descaler', 'unblocker', 'paint', 'dye', 'ink', 'fluid',
  ] },
  // Something in an eye: rinsed, never rubbed; a chemical, if one is named, is rinsed the longer way.
  { hazards: ['eye_injury'], phrases: ['in|into @poss eye|eyes', 'in|into @poss ~ eye|eyes'] },
  { hazards: ['chemical_exposure'], phrases: [
    '@corrosive|concrete|screed|mortar|formaldehyde|formalin|phenol|dip|stripper|remover|solution|weedkiller|pesticide|insecticide|degreaser|cleaner|powder|dust ~ on|over|in|into|down|up ~ @poss ~ @body',
    'formaldehyde|formalin|phenol|pesticide|insecticide|herbicide|quicklime|hydrofluoric', 'sheep dip',
  ] },
  // The heart, described by where it aches and how they look.
  { hazards: ['cardiac'], phrases: ['into|up ~ @poss ~ jaw', 'jaw ~ aching|ache|aches|hurts|hurting|pain|tight'], with: [
    'sweat', 'sweating', 'sweaty', 'clammy', 'chest', 'middle', 'grey', 'gray', 'pale', 'ache', 'aching', 'pain', 'breastbone', 'arm',
  ] },
  // Lips, eyes or throat swelling after something eaten or a sting.
  { hazards: ['anaphylaxis'], phrases: ['eyelids|eyes|lips|lip|tongue|face|throat ~ puffing|puffed|puffy|swelling|swollen|blowing|ballooning|fat|closing', 'frog in ~ @poss ~ throat'], with: [
    'taste', 'tasted', 'ate', 'eaten', 'eating', 'smoothie', 'nut', 'nuts', 'peanut', 'peanuts', 'kiwi', 'sesame', 'shellfish', 'prawn', 'prawns', 'sting', 'stung', 'wasp', 'bee',
    'allergic', 'allergy', 'food', 'sandwich', 'biscuit', 'cake', 'curry', 'sauce', 'bite', 'bit', 'drink', 'latex',
  ] },
  // A diabetic going wrong: insulin or sugar beside the shakes, sweats or a drunk-like muddle.
  { hazards: ['low_blood_sugar'], phrases: ['injection|injections|insulin|diabetic|diabetes|sugar|sugars'], with: [
    'sweating', 'sweaty', 'sweat', 'shaking', 'shaky', 'confused', 'drunk', 'strange', 'funny', 'pale', 'clammy', 'wobbly', 'eaten', 'eat', 'lunch', 'breakfast', 'trembling', 'dizzy', 'muddled', 'daft',
  ], unless: ['hot', 'boiling', 'molten', 'caramel', 'toffee'] },
  // Out all night in the wet and cold, blue and talking daft.
  { hazards: ['hypothermia'], phrases: ['sleet|snow|frost|hail|blizzard', 'all night|day ~ out|outside|in the', 'overboard', 'over the side', 'swell', 'sea', 'river', 'dock'], with: [
    'blue', 'shivering', 'shaking', 'daft', 'confused', 'mumbling', 'slurring', 'stiff', 'numb', 'drowsy', 'sleepy', 'rubbish', 'nonsense',
  ] },
  // Somewhere hot, and dizzy, pounding, no longer sweating.
  { hazards: ['heat_illness'], phrases: ['hot as', 'roasting', 'boiling hot', 'burning up'], with: ['wobbly', 'spewing', 'confused', 'dizzy', 'day', 'daft', 'sick', 'vomiting', 'collapsed', 'faint', 'fainted', 'cramp', 'cramps'] },
  { hazards: ['heat_illness'], phrases: ['stopped sweat*', 'not sweat* ~ anymore', 'not sweat* ~ any|no more'] },
  { hazards: ['heat_illness'], phrases: ['glasshouse|greenhouse|polytunnel|furnace|foundry|kiln|heatwave|sun|sunshine|roasting|baking|scorching|sweltering'], with: [
    'wobbly', 'dizzy', 'pounding', 'headache', 'spots', 'confused', 'sick', 'faint', 'cramp', 'cramps', 'sweating', 'collapsed', 'daft', 'hot',
  ] },
  // Through the ice or into cold water, out again and soaked.
  { hazards: ['hypothermia'], phrases: ['through the ice', 'ice ~ gave|gives|went', 'soaked|wet|drenched through'], with: ['ice', 'water', 'river', 'reservoir', 'lake', 'loch', 'canal', 'dock', 'sea', 'pond', 'snow', 'cold', 'freezing'] },
  // Cold right through.
  { hazards: ['hypothermia'], phrases: ['frozen stiff|solid', 'hypotherm*'] },
  // Breath short.
  { hazards: ['breathing_difficulty'], phrases: ['breathed|inhaled|breathing ~ in ~ loads|lots|fumes|it|dust|smoke|spray|gas|vapour|vapor', 'can not get ~ air|breath', 'through a straw', 'struggling|fighting|gasping ~ breath|breathe|air', 'can not ~ breathe|breath', 'wheez*'] },
  // "A brown's got him on the ankle, he saw it slither off": a snake named by its kind, or seen going.
  { hazards: ['snake_bite'], phrases: ['slither|slithered|slithering|slithers'], with: ['got', 'bit', 'bitten', 'bite', 'struck', 'fang', 'fangs', 'ankle', 'leg', 'foot', 'hand', 'calf'], unless: ['lizard', 'slowworm', 'worm', 'eel'] },
  // "Big black spider was in me glove, just bit me": the spider and the bite in one turn.
  { hazards: ['spider_bite'], phrases: ['spider|spiders|redback|widow|tarantula'], with: ['bit', 'bitten', 'bite', 'bites', 'fangs', 'fang'] },
  { hazards: ['snake_bite'], phrases: ['brown|tiger|taipan|dugite|tigersnake [is|has] got|bit|bitten|struck ~ him|her|me|them|his|my'] },
]
