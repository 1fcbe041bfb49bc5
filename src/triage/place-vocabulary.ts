/*
 * Where the caller is and what equipment is involved, as data. Numbered nouns take an identifier
 * after them ("bay four" -> "Bay 4", "zone a" -> "Zone A"); named places are matched as phrases
 * and reported as spoken ("loading dock"). Phrases use the pattern language of phrase-matcher.ts.
 */

export const NUMBERED_LOCATIONS: readonly string[] = [
  'zone', 'bay', 'area', 'building', 'hall', 'floor', 'level', 'dock', 'room', 'warehouse', 'shed', 'unit', 'section',
  'sector', 'aisle', 'platform', 'line', 'tank', 'silo', 'gate', 'door', 'cell', 'station', 'block', 'wing', 'berth',
  'stage', 'lab', 'workshop', 'hangar', 'plant', 'yard', 'pit', 'tower', 'substation', 'store', 'basement', 'office',
  'exit', 'road', 'siding', 'track',
]

export const NUMBERED_EQUIPMENT: readonly string[] = [
  'valve', 'pump', 'compressor', 'boiler', 'generator', 'reactor', 'furnace', 'kiln', 'press', 'conveyor', 'crane',
  'forklift', 'mixer', 'panel', 'transformer', 'machine', 'oven', 'vessel', 'drum', 'pipe', 'pipeline', 'motor', 'fan',
  'chiller', 'turbine', 'extruder', 'robot', 'truck', 'loader', 'hopper', 'dryer', 'heater', 'breaker', 'lathe', 'wagon',
  'welder', 'cylinder', 'column', 'exchanger', 'separator', 'skid', 'feeder', 'belt', 'hoist', 'winch', 'kettle',
]

/** Only these follow "floor"/"level" as ordinals: "third floor" -> "Floor 3". */
export const ORDINAL_LOCATIONS: readonly string[] = ['floor', 'level', 'storey', 'story', 'deck']

/**
 * Whole sites, named by what they make or treat: "the print works on Sidings Road" is where the
 * caller is (review 60's call, replayed), but a place named inside it ("the ink room", "the tank")
 * says better where help goes.
 */
export const SITE_NAMES: readonly string[] = [
  'print works', 'printworks', 'gas works', 'gasworks', 'steel works', 'steelworks', 'sewage works', 'water works', 'waterworks',
  'brick works', 'brickworks', 'chemical works', 'iron works', 'ironworks', 'distillery', 'brewery',
]

export const NAMED_LOCATIONS: readonly string[] = [
  // A distillery's rooms (review 95).
  'distillery', 'brewery', 'washback', 'tun room', 'still house', 'mash house',
  // A shop's back room (review 96).
  'stock room', 'stockroom',
  'loading dock', 'loading bay', 'boiler room', 'control room', 'compressor room', 'pump room', 'pump house',
  'battery room', 'server room', 'break room', 'lunch room', 'canteen', 'kitchen', 'paint shop', 'paint booth',
  'spray booth', 'machine shop', 'workshop', 'warehouse', 'shop floor', 'production floor', 'factory floor', 'mezzanine',
  'roof', 'rooftop', 'basement', 'stairwell', 'car park', 'parking lot', 'yard', 'tank farm', 'substation', 'switch room',
  'electrical room', 'lab', 'laboratory', 'office', 'reception', 'main gate', 'front gate', 'shipping', 'receiving',
  'cold store', 'freezer', 'store room', 'storeroom', 'chemical store', 'clean room', 'packing area', 'assembly line',
  'production line', 'packing line', 'cooling tower', 'silo', 'tank', 'pit', 'trench', 'scrap yard', 'wash bay',
  'fuel depot', 'fuel bay', 'locker room', 'changing room', 'toilets', 'bathroom', 'restroom', 'plant room', 'mill',
  'smelter', 'foundry', 'quarry', 'dock', 'jetty', 'pier', 'ground floor', 'top floor', 'upstairs', 'downstairs',
  'crawl space', 'manhole', 'sewer', 'tunnel', 'bunker', 'hopper', 'vessel', 'sump', 'gatehouse', 'workshop bay',
  'rail yard', 'railyard', 'goods yard', 'shunting yard', 'marshalling yard', 'freight yard', 'container yard', 'timber yard',
  'lumber yard', 'stock yard', 'stockyard', 'storage yard', 'sidings', 'siding', 'platform', 'quay', 'quayside', 'wharf',
  'boiler house', 'engine house', 'compressor house', 'power house', 'powerhouse', 'generator house', 'fan house', 'engine room',
  'loading area', 'unloading bay', 'loading ramp', 'loading gantry', 'tanker bay', 'weighbridge', 'lorry park', 'truck park',
  'welding shop', 'welding bay', 'fabrication shop', 'fab shop', 'press shop', 'spray shop', 'body shop', 'tool room',
  'maintenance shop', 'maintenance workshop', 'mezzanine floor', 'gantry', 'walkway', 'catwalk', 'staff room', 'first aid room',
  ...SITE_NAMES,
  'mcc room', 'motor control centre', 'motor control center', 'pump station', 'treatment plant', 'effluent plant', 'bund',
  'cylinder store', 'gas store', 'oil store', 'paint store', 'waste compound', 'compound', 'kiln room', 'lift shaft',
  // Review 120: a mill's dye house, a station's machinery shed, a mine's surface shop.
  'dye house', 'dyehouse', 'machinery shed', 'machine shed', 'shearing shed', 'hay shed', 'surface shop', 'lamp room', 'lamp house',
  'barn', 'big barn', 'farmyard', 'forest', 'woods', 'forestry track', 'forest track', 'pumping station', 'ink room', 'print room', 'plant room', 'telephone exchange', 'industrial estate',
]

/**
 * Where people go to get away from danger. When the caller puts themselves there ("we're by the
 * main gate", "everyone's at the muster point") or names one with no hazard in the same turn, it
 * is where the caller is, not where the hazard is: "get everyone out of the main gate" is wrong.
 */
export const ASSEMBLY_PLACES: readonly string[] = [
  'muster point', 'muster area', 'muster station', 'assembly point', 'assembly area', 'evacuation point', 'main gate',
  'front gate', 'back gate', 'side gate', 'rear gate', 'security gate', 'site gate', 'gate', 'gates', 'gatehouse',
  'gate house', 'security hut', 'reception', 'main entrance', 'front entrance', 'site entrance', 'entrance', 'exit',
  'fire exit', 'emergency exit',
]

/** Numbered places that are assembly places too: "Gate 3". */
export const NUMBERED_ASSEMBLY_PLACES: readonly string[] = ['gate', 'exit']

/**
 * Open ground people also gather on, but where hazards happen too (a car fire in the car park):
 * the caller's position only when they put themselves there ("we're all in the car park").
 */
export const GATHERING_PLACES: readonly string[] = ['car park', 'parking lot', 'road', 'street', 'lorry park', 'truck park']

export const NAMED_EQUIPMENT: readonly string[] = [
  'forklift', 'fork lift', 'conveyor', 'conveyor belt', 'scaffold', 'scaffolding', 'ladder', 'crane', 'overhead crane',
  'gantry crane', 'press', 'hydraulic press', 'power press', 'lathe', 'grinder', 'angle grinder', 'band saw', 'table saw',
  'chainsaw', 'circular saw', 'chop saw', 'boiler', 'compressor', 'generator', 'furnace', 'kiln', 'oven', 'mixer',
  'shredder', 'auger', 'chipper', 'extruder', 'robot', 'panel', 'electrical panel', 'breaker panel', 'control panel',
  'breaker box', 'fuse box', 'distribution board', 'switchboard', 'transformer', 'cable', 'pipe', 'pipeline', 'valve',
  'pump', 'cylinder', 'gas cylinder', 'gas bottle', 'drum', 'barrel', 'pallet jack', 'truck', 'lorry', 'loader',
  'excavator', 'digger', 'welder', 'welding machine', 'torch', 'battery', 'charger', 'battery charger', 'reactor', 'vat',
  'hose', 'chiller', 'motor', 'baler', 'compactor', 'crusher', 'guillotine', 'winch', 'hoist', 'cherry picker',
  'scissor lift', 'boom lift', 'man lift', 'elevator', 'lift', 'racking', 'mixer truck', 'tanker', 'heat exchanger',
  'wagon', 'locomotive', 'tram', 'dumper', 'dump truck', 'telehandler', 'reach truck', 'pallet truck', 'tractor', 'trailer',
  'steam line', 'gas line', 'air line', 'hydraulic line', 'wire', 'wires', 'fan', 'machine', 'pressure washer',
]

/**
 * Hand tools, carried from job to job: what hurt someone, never where they are ("the area around
 * the angle grinder", "the angle grinder in the gate", review 120).
 */
// Not "torch": a light as often as a cutting torch ("I've got a torch, I'll crawl in after him").
export const HAND_TOOLS: readonly string[] = ['grinder', 'angle grinder', 'chainsaw', 'circular saw', 'chop saw']

/**
 * Named equipment with nothing to switch off, stop or isolate: where the trouble is ("the area
 * around the ladder"), never the machine in "shut off {equipment}" or "isolate {equipment}".
 */
export const UNPOWERED_EQUIPMENT: readonly string[] = [
  'ladder', 'scaffold', 'scaffolding', 'racking', 'drum', 'barrel', 'trailer', 'pallet jack', 'pallet truck',
]

