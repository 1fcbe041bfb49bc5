import { describe, expect, it } from 'vitest'
import { classify } from '../../src/triage/classify.js'
import { call, last } from '../helpers/playbook-call.js'

// Review 118: the caller's own questions, answered (medical questions and logistics).

describe('what a casualty may eat, drink or take (review 118)', () => {
  it('gives nothing by mouth to a drowsy diabetic, a dozy man after a fit, or a stroke that may be a low sugar', async () => {
    const drowsy = await call("he's diabetic and he's really drowsy, can barely keep his eyes open", 'should I give him a can of coke')
    expect(last(drowsy).text).toMatch(/^No: too drowsy to swallow safely/)
    expect(last(drowsy).text).not.toMatch(/give them something sugary now/)
    const fit = await call("he had a fit, it's stopped now", "he's wet himself and he's really dozy", 'should I give him a drink of water')
    expect(last(fit).text).toMatch(/^No: nothing to drink until they're fully awake/)
    const stroke = await call("one of the team leaders at the call centre, his smile's gone crooked on one side and he can't hold his coffee cup, he sounds drunk and he's stone cold sober",
      "he's diabetic, could it be his sugar, should I give him a Mars bar")
    expect(last(stroke).text).toMatch(/^Face and arm signs point to a stroke: nothing by mouth/)
    expect(last(stroke).text).not.toMatch(/give them something sugary/)
  })

  it('picks the sugary drink over crisps, and says no to insulin in a hypo', async () => {
    const which = await call("I'm on me own on nights at the petrol station, I'm diabetic and I've gone all shaky and sweaty and me eyes are blurry",
      "I've a full sugar Lucozade under the counter and some crisps, which do I have")
    expect(last(which).text).toMatch(/^The sugary one first/)
    const jab = await call("one of the shearers has diabetes and he's gone shaky, sweating, muddled, he's dropped the handpiece, bach", "he's got his insulin in his bag, should we give him his jab")
    expect(last(jab).text).toMatch(/^No insulin/)
  })

  it('refuses milk, bread and making them sick after a swallowed chemical, and says antifreeze harms later', async () => {
    const milk = await call("a decorator's took a swig out of a water bottle and it was white spirit, he's coughing and spluttering", 'one of the lads says make him sick to get it back up',
      'should he neck a pint of milk to coat his stomach')
    expect(classify("a decorator's took a swig out of a water bottle and it was white spirit, he's coughing and spluttering").hazards).toContain('swallowed_chemical')
    expect(last(milk).text).toMatch(/^No, don't make them sick, and give them nothing to drink/)
    const outboard = await call("one of the deckies on the trawler took a big swig out of a sports drink bottle but it was the two-stroke mix for the outboard, he's swallowed a heap and he's coughing his guts up",
      'the skipper reckons we make him chuck it up with some salty water', "he's still coughing heaps, says it's tight in his chest and he's breathing real quick", 'can he have a glass of milk to settle his guts?')
    expect(last(outboard).text).toMatch(/^No, don't make them sick, and give them nothing to drink/)
    const bread = await call("our apprentice at the jeweller's workshop has drunk some of the pickle out of a jam jar, it's the acid we clean the silver in",
      'her gran always said bread soaks up anything bad, should we get her to eat a slice')
    expect(last(bread).text).toMatch(/^No: nothing to eat/)
    const diesel = await call("at the haulage yard one of the drivers was siphoning diesel with a bit of pipe and he's got a gobful and swallowed some", 'should we get him to throw it up')
    expect(last(diesel).text).toMatch(/^No, don't make them sick/)
    const antifreeze = await call('one of the apprentices has swigged out of a pop bottle that had antifreeze in it', 'he reckons he had two or three big gulps',
      "he's alright at the minute, should we just keep an eye on him")
    expect(last(antifreeze).text).toMatch(/^No: some poisons, like antifreeze, harm hours later/)
  })

  it('keeps drinks and pills from a hard belly and a bent, fainting arm, and no tablets in a stroke', async () => {
    const belly = await call("a cow's kicked the herdsman in the belly in the milking parlour and he's gone grey", "no blood anywhere but he says it's agony and his belly's gone hard",
      "he's gasping for a drink, can he have some water")
    expect(last(belly).text).toMatch(/^No drinks: a hard, painful belly after a blow may need an operation/)
    const arm = await call("One of the horses at the barn grabbed our groom's arm with its teeth and yanked her off her feet", "The skin's broken and her upper arm looks kind of bent and really swollen",
      "She's saying she feels faint and she's gone really white", 'Can we give her some Tylenol and a soda to perk her up')
    expect(last(arm).text).toMatch(/^No: no tablets, food or drink for now/)
    const tablets = await call("Da's after leaning against the gate and the leg on the one side won't hold him up, and his talk is coming out all wrong, like he's half cut",
      "he says he's grand and he wants to go in and lie down on the couch", "will I give him his blood pressure tablets, he didn't take them this morning")
    expect(last(tablets).text).toMatch(/^No, nothing to eat or drink, not even water or tablets/)
    const aspirin = await call("I'm alone in the office late, my left hand can't hold the pen, and when I talk it sounds funny to me, slurry", "maybe I'm just tired lah, I'll go and lie down in my car",
      'should I take an aspirin, I have some in the drawer')
    expect(last(aspirin).text).toMatch(/^No, nothing to eat or drink, not even water or tablets: your swallowing/)
  })

  it('answers drinks in the cold and the heat, a hose in the heat, and food after a burn', async () => {
    const dram = await call("on the hill farm my dad went out to the ewes in the snow last night and I've found him in the lambing shed shivering and mumbling, he can't undo his buttons",
      'would a hot bath warm him up quicker', "the shivering's stopped, he's very quiet, he says he's too warm now and wants his coat off", 'can he have a dram to warm his insides')
    expect(last(dram).text).toMatch(/^No alcohol: it makes them lose heat/)
    const toddy = await call("at the point to point one of the fence stewards has stood out in sleet since morning and he's shivering something fierce, he can't hold his flask", 'will we give him a hot toddy to warm him up')
    expect(last(toddy).text).toMatch(/^No alcohol/)
    const energy = await call("I'm painting the railings up on the viaduct on my own and it's roasting, my head's pounding and I'm feeling sick",
      "the sweat's dried up and my skin's all hot and dry, should I neck my energy drink")
    expect(last(energy).text).toMatch(/^Not that: cool water in small sips only, no energy drinks/)
    const hose = await call("I'm up on a roof out in Mesa by myself, it's like 112, I got goosebumps and chills even though I'm cooking, my head's pounding and I feel like I'm gonna puke",
      "I'm gonna climb down the ladder and get to the truck", 'made it down, I got a Gatorade and the hose, do I just spray myself?')
    expect(last(hose).text).toMatch(/^Yes: pour it over your head and body now, then sit in shade/)
    const food = await call('hiya im the manager at the golden dragon restaurant, one of the cooks spilled the hot oil from the fryer down his forearm and hand, weve had it under the cold tap for about fifteen minutes now',
      'hes started shivering a lot and his teeth are chattering, should i keep the water going', 'what should i put on it, someone said butter or toothpaste, we have cling film too',
      'he says he is hungry and wants a sandwich and a cup of tea while we wait, can he')
    expect(last(food).text).toMatch(/^Not yet: nothing to eat until the crew have seen them/)
    const scald = await call("hiya, it's one of our residents, she's ninety-one, she's pulled a cup of tea over herself off the trolley, it's gone all down her lap and her legs, it was just boiled, she's screaming, the skin's gone all red")
    expect(last(scald).text).not.toMatch(/nothing to eat until the crew/)
  })
})

describe('seizures, medicines and what comes back (review 118)', () => {
  it('stops a fit being held down or lowered into a trough, and answers rescue medicine', async () => {
    const hold = await call('one of the agency girls has gone stiff and started jerking by the conveyor', "she's banging her head on the floor", 'should we hold her arms still')
    expect(last(hold).text).toMatch(/^No, don't hold them down/)
    const trough = await call("we're catching birds in the poultry shed in this heat and one of the catchers has gone down, he's burning hot to touch and he's ranting nonsense",
      "his skin's gone dry as paper now and he's started fitting on the floor", "we've got a water trough outside, will we lower him in")
    expect(last(trough).text).toMatch(/^Not while they're fitting: they could drown/)
    const buccal = await call('a woman in the queue at the trade counter has gone down having a fit', "it's been going on six minutes now, it's not stopping",
      "her husband's got some medicine you squirt in her cheek, should he give it")
    expect(last(buccal).text).toMatch(/^Get it now\. Someone trained in their care plan gives it/)
  })

  it('keeps an allergy after the pen on its way to hospital, and says yes, they still need to come', async () => {
    const cancel = await call("at the lobster hatchery a new lass had a crab sandwich and her lips are like balloons and she's wheezing", "she carries a pen, only she's petrified of needles, would an antihistamine do first",
      "the pen's in, she's trying to stand, she says she feels sick", "she's feeling a lot better now, can we tell the ambulance not to bother")
    expect(last(cancel).text).toMatch(/^No: they still need hospital even if they feel better/)
    const letGo = await call("I'm by myself working in the ice cream parlour and I've tasted the pistachio by mistake, I'm allergic to nuts and my throat's closing up",
      "I've jabbed myself with one pen and I've got another one, when do I use it", "I'm ever so faint and sick, I want to step out and get some air", "I'm loads better now, can I let the ambulance go")
    expect(last(letGo).text).toMatch(/^No: you still need hospital even if you feel better/)
    const packing = await call("one of the packers at the fruit packhouse ate a kiwi on her break, she's allergic, her tongue's swelling and her voice is all thick and husky",
      "her EpiPen is in her locker and there's a padlock on it and her key's at home", "we've cut the padlock off and she's had the pen, but she's trying to get to her feet and go outside for some air",
      "she's feeling loads better after ten minutes, can she go back to packing")
    expect(last(packing).text).toMatch(/^No: after the pen they go to hospital by ambulance/)
    const still = await call("I'm on me own up at the hives and I've been got three times on the neck, now me tongue's going fat and I've come up in lumps all over",
      "I got an epipen in the truck I'm sure, do I walk over to it?", 'done it in me thigh now, do I still need you lot to come?')
    expect(last(still).text).toMatch(/^Yes: you still need hospital, it can come back/)
  })

  it('does not wait on a stroke that passed before, and keeps a passed one going to hospital', async () => {
    const again = await call("the tailor's face has dropped down on the left and his right arm won't reach up to the rail", "he says he had the exact same thing last month and it went away, should we just give it a bit")
    expect(last(again).text).toMatch(/^No: don't wait\. Stroke signs now are an emergency/)
    const passed = await call("Da's after leaning against the gate and the leg on the one side won't hold him up, and his talk is coming out all wrong, like he's half cut",
      "he says he's grand and he wants to go in and lie down on the couch", "will I give him his blood pressure tablets, he didn't take them this morning",
      "sure it's passed now, he's talking fine again, do we still need them to come out?")
    expect(last(passed).text).toMatch(/^Yes: this could be a stroke or a warning stroke even though it's passed/)
  })

  it("says a shock, a split hard hat and a chemical eye still need checking, and no to someone else's eye drops", async () => {
    const zap = await call("I touched the back of the oven and got a right zap, my hand's tingling", "no I'm alright just shaky", "there's a little black mark on my finger", 'do I have to go hospital')
    expect(last(zap).text).toMatch(/^Yes: after an electric shock you need checking in hospital/)
    const weighbridge = await call("someone's had an electric shock in the second shed past the weighbridge he's still holding the cable", "ok i think the power's off now someone pulled the isolator",
      "he's lying there his eyes are open but he's confused and there's a burn on his hand", "do we need an ambulance he says he's fine")
    expect(last(weighbridge).text).toMatch(/^Yes: after an electric shock they need checking in hospital/)
    const hat = await call("alright, bit of a daft one maybe, a scaffold board slid off the third lift and landed on one of my labourers' heads, he had his hat on, the hat's split, he's sat on a pallet now and says he's grand, do we need yous")
    expect(last(hat).text).toMatch(/^Yes: a hard blow to the head needs checking/)
    expect(last(hat).text).not.toMatch(/emergency stop/)
    const calves = await call("the farmer's young lad was dehorning the calves and he's got the dehorning paste in his eye, he's roaring with it", 'the only water out here is the cattle trough, is that alright to use on it',
      'his mam wants to put the eye drops from the bathroom cabinet in to soothe it', "he's stopped crying and says it feels grand now, can he go back out to the calves")
    expect(last(calves).text).toMatch(/^No: a chemical in the eye can keep doing damage after it stops hurting/)
    const drops = await call('aye hiya, no sure if i should be phoning yous, i was welding the day without my mask for a bit and now my eyes are murder',
      "feels like there's sand in them, they're streaming and i cannae stand the light, both eyes. i'm at hame now in govan", "can i put my wife's eye drops in, the ones for her glaucoma")
    expect(last(drops).text).toMatch(/^No: not someone else's drops/)
  })

  it('answers a hot, red spine wound by a knee with a doctor today', async () => {
    const knee = await call("Kia ora, my daughter's just knelt on a heap of kina on the rocks down at the harbour in Paihia, she's got all these little black bits stuck in her knee and shin, dozens of them",
      'Her nana says to pee on it, and my husband wants to get them all out with a sewing needle. Should we?',
      'Some were poking out and came out easy with tweezers, but a lot have broken off under the skin, little black dots. Do we keep digging?',
      "It's a couple of hours later now and one right by her kneecap has gone red and puffy and it hurts when she bends it. Is that a hospital job?")
    expect(last(knee).text).toMatch(/^Yes: red, puffy and sore to bend near a joint can be infection/)
  })
})

describe('getting there, and getting help to them (review 118)', () => {
  it('stops driving with a broken collarbone, riding giddy, walking back in the heat, and climbing down with chest pain', async () => {
    const collarbone = await call("she's come off her bike in the yard, her shoulder's all lumpy, collarbone I think", "she's holding her arm", 'should I make a sling', "she's fine to drive herself to A&E yeah?")
    expect(last(collarbone).text).toMatch(/^No: not driving with that injury/)
    const bike = await call('Hello madam, I am alone at the fish farm in the night, I was taking out singhi fish from the net and one spine went deep in my palm, it is paining like anything and I am sweating',
      'The spine is broken inside, small piece I can see. Shall I take it out with a blade? Nobody is here to help',
      'My uncle is telling on phone to put turmeric paste and tie a cloth very tight above the wrist so poison will not go up. Should I do that?',
      'Now the whole hand is swelling and I am feeling giddy. Hospital is 12 kilometres, I have my motorcycle. Shall I go?')
    expect(last(bike).text).toMatch(/^No: don't ride, you're giddy and could crash/)
    const hike = await call("I'm picking on my own in the strawberry tunnels, it's sweltering under the plastic, my head's thumping, my legs have gone to string and my heart's hammering",
      "there's only a tin of lager and some cola in my cool box, which do I drink", "should I hike back to the farmhouse, it's a good mile over the fields")
    expect(last(hike).text).toMatch(/^No: don't walk back/)
    const nacelle = "Alone up in the nacelle of a wind turbine, a crushing weight's sat on my breastbone and my left arm's gone heavy"
    expect(classify(nacelle).hazards).not.toContain('crush')
    const tower = await call(nacelle, "should I start down the tower, it's about eighty metres of rungs")
    expect(last(tower).text).toMatch(/^No, don't climb: the effort could stop your heart/)
  })

  it('lets an asthmatic fetch a puffer slowly, and sends a boat to the coastguard', async () => {
    const van = await call('I am alone in the grain store, the dust make my chest whistle and I cannot push air out, my blue puffer is in the van', 'the van is outside fifty metres, can I walk there?')
    expect(last(van).text).toMatch(/^Yes, if it's close: go slowly/)
    const stairs = await call("there's just me on the nightshift at the knitwear mill, my chest's gone awful tight and I can't get air in, my inhaler's up the stair in my locker", 'will I try and climb the stairs for it')
    expect(last(stairs).text).toMatch(/^Yes, if it's close: go slowly/)
    const port = await call('technician slipped stepping across from the boat onto the turbine ladder, his leg got caught between the bow fender and the ladder',
      'we got him back on the boat, theres bone sticking out of his shin and its bleeding', "we're out at the wind farm, turbine c14, about 20 mile out, should we head back to port or wait for the helicopter")
    expect(last(port).text).toMatch(/^Radio the coastguard on channel 16/)
    const harbour = await call("I'm on me own on the boat, the gutting knife's gone in the inside of me wrist and it's pumping up in squirts", "I've wrapped a rag round it tight, it's soaking through already",
      'should I steam in to the harbour, it\'s twenty minutes')
    expect(last(harbour).text).toMatch(/^Radio the coastguard on channel 16/)
  })

  it('tells a lone caller how they will be found, a remote site what to say, security to open up, and whether to leave him for signal', async () => {
    const found = await call("Aye, I'm up in the forestry near Aviemore on my own, the saw's kicked back and caught my leg above the knee, there's blood pumping oot through my trousers",
      "I've got a first aid kit in the van but I'm sat on the ground about twenty yards away. Can I walk to it?", "I'm pressing on it wi my hand, it's still soaking through. I'm feeling a bit light headed",
      "Naebody knows I'm up here. How will they find me? There's nae proper address, it's just a forestry track off the Glenmore road")
    expect(last(found).text).toMatch(/^Stay where you are, phone on/)
    const farm = await call('my colleague collapsed in the nacelle of turbine seven were up the top of the tower its about eighty metres', 'hes not responding i shook him and shouted, hes making gasping noises like every few seconds',
      'were on a wind farm up on the hill i dont know the postcode theres no road name just the site track, what do i tell them')
    expect(last(farm).text).toMatch(/^Give me the site's name and any turbine, mast or gate number/)
    const gate = await call('a lorry has just reversed into one of our lads on the loading dock and pinned him against the dock wall for a second, hes on the floor now in bay four at the distribution centre',
      'hes saying his hips and low belly really hurt and he cant move his legs much. the lads want to lift him onto a pallet and carry him into the office out of the cold',
      'hes gone really pale and sweaty and hes asking for a drink of water can i give him one', 'the ambulance is at the front gate but security wont let them through, what do i do')
    expect(last(gate).text).toMatch(/^Send someone to the gate now, or ring the security office/)
    const signal = await call("i've found my shepherd under his quad bike on the hill it's flipped on top of him he's not moving", "i've rolled the bike off him he's breathing but he won't wake up when i shout at him",
      "it's pouring with rain and freezing up here and we're miles from the road", "there's no phone signal where he is i had to walk up the hill to ring you do i leave him")
    expect(last(signal).text).toMatch(/^Tell me where you are first/)
  })
})

describe('the smaller questions: how much, which, and may they (review 118, MEDIUM)', () => {
  it('answers sips in the heat, a hypo\'s Mars bar and how many jelly babies, and no drink after a long crush', async () => {
    const water = await call('one of the roofers is feeling really hot and dizzy, its boiling up here', 'yes hes awake', 'hes still sweating', 'can I give him water')
    expect(last(water).text).toMatch(/^Yes, if they're awake and making sense: small sips of cool water/)
    const mars = await call("the sprayer at the bodyshop, he's a diabetic, he's trembling and sweaty and talking rubbish, innit", "he's got a Mars bar in his locker, can he have that")
    expect(last(mars).text).toMatch(/^Yes, if they're awake and can swallow: give it now/)
    const jelly = await call("on the train the guard's a diabetic, he's sweating, staggering down the carriage and slurring, folk think he's drunk", 'I\'ve got a bag of jelly babies, how many should he have')
    expect(last(jelly).text).toMatch(/^About five jelly babies or glucose tablets/)
    const squash = await call("at the cider press the top plate's come down on the lad's legs while he was clearing the cloths, it's been on him nearly two hours, nobody knew he was there",
      'we can wind the plate up now, do we do it straight away', "it's up, his legs are purple and swollen and numb as wood", "he's pleading for a pint of squash, is that alright")
    expect(last(squash).text).toMatch(/^No drinks: they may need an operation/)
  })

  it('helps with an own GTN spray, a second puff and a chewed aspirin, and not a second puff once faint', async () => {
    const spray = await call("our auctioneer at the mart has gone an awful grey colour and he's rubbing at his left arm, he says it's only a pulled muscle from the gates",
      "he's had a heart attack before, he has a wee spray in his coat, will I give him that")
    expect(last(spray).text).toMatch(/^If it's their own heart spray or tablets, help them take it/)
    const again = await call("hi yeah im at hartley engineering unit 4 on the riverside estate in stoke one of my fitters has got chest pain he's got angina and he's had a puff of his g t n spray but its not shifting",
      "he's 58 he's awake and talking but he's sweating a lot and grey looking, its been about five minutes since the spray, can he have another go of it")
    expect(last(again).text).toMatch(/^Yes: one more puff, sitting down/)
    const faint = await call("he's got angina and he's had a puff of his gtn spray but its not shifting",
      "right he's had the second spray under his tongue and now he's gone really dizzy and pale says he feels like he's going to pass out, he's sat on a chair")
    expect(last(faint).text).not.toMatch(/one more puff/)
    const chew = await call("my boss has got a crushing pain in his chest going down his left arm and he's sweating loads, can i give him an aspirin",
      "he's not allergic to anything, it's the 300 milligram ones, does he chew it or swallow it")
    expect(last(chew).text).toMatch(/^Chew it: one 300 mg tablet/)
  })

  it('stops a tongue being grabbed in a fit, keeps a brew from a head knock, and lets a recovered faint have a biscuit', async () => {
    const tongue = await call("at the piercing studio a customer went faint in the chair and now she's jerking all over, her arms and legs are going",
      'the clamp and needle are still near her mouth, should I grab her tongue in case she swallows it')
    expect(last(tongue).text).toMatch(/^No, don't hold them down or put anything in their mouth/)
    const brew = await call('an apprentice keeled over at the flu jab clinic at work and banged his head on the lino as he went down',
      "he's come round, says he's fine and wants to be up and back on the line", "he's still a bit wobbly, can he have a brew and a biscuit")
    expect(last(brew).text).toMatch(/^Not yet: nothing to eat or drink until the crew have checked them/)
    const biscuit = await call("a young lad just fainted in the queue at the blood donation session we're running at work, he's come round now, is it ok to let him walk it off",
      'he says he feels fine now, can he sit up', 'can i give him a biscuit and some juice')
    expect(last(biscuit).text).toMatch(/^Yes, once they're fully awake and sitting up/)
  })

  it('says where to meet the ambulance, that a settled sting still needs checking, and keeps a broken back off the stairs', async () => {
    const meet = await call("there's a lad cut his arm open on a sheet of metal round the back of the canteen by the big yellow skip", "it's pumping out loads of blood it's going everywhere",
      "i've got a towel on it pressing hard it's still coming through", 'where do you want me to send someone to meet the ambulance')
    expect(last(meet).text).toMatch(/^Send them to the main entrance or gate the ambulance reaches first/)
    const weever = await call("My little lad trod on something in the shallows at Polzeath, he says it's like his foot's being stabbed with a hot nail, there's just a tiny pinprick on the bottom of his foot",
      'The surf school fella said hot water, how hot do I make it, we\'ve got a kettle in the camper. Would a bag of ice from the cool box not be better?',
      "His whole foot's swelled up to the ankle now and he's gone white and says he feels like he's going to be sick and faint",
      "OK he's had it in the washing up bowl for about forty minutes, the pain's nearly gone and he's eating crisps. Do we still need to go to A&E?")
    expect(last(weever).text).toMatch(/^Yes, let the crew or A&E check them/)
    const loft = "I'm by meself on a loft conversion, I stepped off the boards and come straight through the ceiling onto the landing, I'm lying on me back and me feet have gone dead, I can't feel 'em, bab"
    expect(classify(loft).hazards).toContain('fall')
    const stairs = await call(loft, 'should I try sitting up and giving me toes a wiggle to see if it comes back', "now me fingers are tingling and going dead an' all",
      "me water bottle's on the stairs, I'm parched, can I scoot down on me bum to get it")
    expect(last(stairs).text).toMatch(/^No: don't move yourself unless you're in danger where you are/)
    expect(last(stairs).text).toMatch(/Don't drink anything: you may need an operation/)
  })

  it('answers how to hold a pen, give glucose gel, keep on with a reliever, and what the crew need to know', async () => {
    const pen = await call("I've had a bit of the birthday cake in the office and there were nuts in it, I'm allergic, me lips are tingling and it's going tight",
      "I've got an injector in me handbag but I've never used it, I don't know which way round it goes", 'done it, do I leave it in or pull it straight out')
    expect(last(pen).text).toMatch(/^Hold it there for the seconds the pen says/)
    const gel = await call("at the sail loft one of our sailmakers is diabetic and he's gone shaky and pale and his words are slurred like he's supped a gallon of cider",
      "he's got a tube of glucose gel in his bag, how do we give it to him")
    expect(last(gel).text).toMatch(/^If they're awake and can swallow, they squeeze it into their mouth/)
    const puffs = await call("there's only me working at the dog grooming parlour and my asthma's come on bad with all the hair, my blue inhaler isn't touching it",
      "I've had four puffs, can I have more or will I overdose on it")
    expect(last(puffs).text).toMatch(/^Keep going, it's safe in an attack/)
    const inhaler = await call('a lady in the dock office ate a biscuit with nuts in and her lips and face are swelling up and she\'s wheezy',
      "she hasn't got her pen with her but my mate's got one in his bag it's his though can we use it on her",
      "we've given it in her leg it's been about five minutes she's still really struggling to breathe i've got my blue inhaler can she have some of that")
    expect(last(inhaler).text).toMatch(/^Yes, a few puffs can help the wheeze now the pen's in/)
    const chair = await call('hiya im a carer at ty gwyn care home in sketty swansea one of our residents elsie shes having a fit like a seizure shes in the chair in the lounge shaking all over',
      'we couldnt get her out the chair onto the floor shes too heavy and shes jerking so weve just left her in it is that alright like')
    expect(last(chair).text).toMatch(/^Yes, leave them in the chair/)
    const time = await call("our manager's face has dropped on one side all of a sudden he cant lift his right arm and his words coming out all muddled",
      'should i give him an aspirin i heard that helps with heart attacks and strokes',
      'he says he feels fine now actually he can move his arm again and wants to go lie down in his office and sleep it off', 'what time did it start, um about 2:15 i think, do i need to tell them that')
    expect(last(time).text).toMatch(/^Yes: the time it started matters most/)
    const tub = await call('the apprentice has only gone and eaten a couple of them blue rat bait pellets for a dare', "he's laughing it off, says he's grand and wants to get back on the job",
      'someone says give him loads of milk to line his stomach', "we've found the tub, it says brodifacoum on it, do they need that")
    expect(last(tub).text).toMatch(/^Yes: keep the container for the crew/)
  })
})
