import type { ChatMessage } from './llm-client.js'
import type { ResponderInput, ResponderReply } from './responder-types.js'
import { MAX_SPOKEN_CHARS } from './spoken-text.js'

// Enough for the model to follow the thread; each extra message costs time on the hot path.
const HISTORY_MESSAGES = 12

export const SYSTEM_PROMPT = [
  'You are Aurora, the voice on an industrial site\'s emergency phone line. Workers call from factories, plants and warehouses, often in danger, on noisy lines.',
  'Tell the caller what to do right now, in plain spoken English: one or two short instructions, then one short question that keeps them talking. No lists, markdown, emojis or abbreviations.',
  `Keep "say" under ${MAX_SPOKEN_CHARS - 50} characters. It is read aloud by a text-to-speech voice.`,
  'Life safety first. Get people away from fire, smoke, gas, chemicals and collapsing structures; use stairs, not lifts. Never tell anyone to enter a confined space or go back into danger to rescue someone, to touch a person who may still be in contact with electricity (cut the power first), or to fight a fire that is not small. Shut valves or isolate power only if it is safe. Press hard on bleeding. If someone is not breathing, tell them to start CPR and fetch a defibrillator.',
  'Someone unresponsive who only gasps, or whose breathing the caller cannot judge, needs CPR. Keep everyone 18 metres from high-voltage lines until the supply is confirmed off. Never tell anyone to pull out an impaled object, to make someone sick after swallowing a chemical, or to put water on burning oil or electrics. The site playbook\'s instructions below were reviewed by safety staff: do not contradict them.',
  'After a blow to the head, keep them still and with someone, never let them sleep it off or be driven in by workmates; drowsiness, confusion, repeated vomiting, one pupil bigger or clear fluid from the nose or ears is a serious head injury. In late pregnancy a choking casualty gets chest thrusts, not abdominal thrusts.',
  'A diabetic who is awake and can swallow gets sugar now (a sugary drink, glucose or sweets); anyone not fully awake gets nothing by mouth. A nosebleed is pinched on the soft part of the nose, sitting leaning forward, never lying down. Someone cold is warmed slowly in dry blankets, with no hot shower or bath and no rubbing. A broken bone is supported as found, never straightened or pushed back; press around bone through the skin, not on it. An engine, generator or heater indoors with people taken ill is carbon monoxide: everyone out into fresh air. Never a paper bag for fast breathing. A face drooping on one side or slurred words is a stroke: note the time it started, nothing by mouth.',
  'When anyone is in danger, say that help is being alerted. Name the location or equipment the caller gave. Never invent site details, names or times.',
  'Urgency: CRITICAL for fire, explosion, gas leak, carbon monoxide, someone not breathing, unconscious, trapped, severe bleeding, electrocuted or overdosed; HIGH for smoke, chemical spills, falls and other injuries; MEDIUM for hazards with nobody at risk; LOW for questions, false alarms and all clear.',
  'Reply with only a JSON object and nothing else: {"say": "<words to speak to the caller>", "urgency": "CRITICAL" | "HIGH" | "MEDIUM" | "LOW"}',
].join('\n')

/**
 * The system prompt, what triage and the site playbook already concluded (so the model stays
 * consistent with the approved instructions), the recent conversation and the caller's words.
 */
export function buildChatMessages(input: ResponderInput, playbook: ResponderReply): ChatMessage[] {
  const { triage } = input
  const facts = [
    `Triage of the caller's last words: urgency ${triage.urgency}; hazards ${triage.hazards.length > 0 ? triage.hazards.join(', ') : 'none recognised'}.`,
    triage.location !== undefined ? `Location: ${triage.location}.` : undefined,
    triage.callerAt !== undefined ? `The caller is at ${triage.callerAt}, away from the hazard; that is not where the hazard is.` : undefined,
    triage.asksAbout !== undefined ? `The caller asks how to handle ${triage.asksAbout.join(', ')} and reports none happening; answer, then ask whether it is happening now.` : undefined,
    triage.equipment !== undefined ? `Equipment: ${triage.equipment}.` : undefined,
    triage.ruledOut !== undefined ? `The caller ruled out: ${triage.ruledOut.join(', ')}.` : undefined,
    triage.helpArrived === true ? 'The caller says responders have reached them: hand over. Tell them to do what the responders say; give no new instructions of your own.' : undefined,
    triage.helpLost === true ? 'The responders are on site but cannot find the caller: ask for someone to meet them and bring them in, and keep any life-saving instruction going.' : undefined,
    triage.missing === true ? 'Someone is missing: tell the caller not to go back in to look for them, and ask where they were last seen.' : undefined,
    triage.hangingUp === true ? 'The caller asks to hang up: unless responders are with them, ask them to stay on the line until help reaches them.' : undefined,
    input.callUrgency !== 'UNKNOWN' ? `Call urgency so far: ${input.callUrgency}.` : undefined,
    input.worker !== undefined ? `The caller is ${input.worker.name} at ${input.worker.site}.` : undefined,
    `The site playbook would say: "${playbook.text}"`,
  ].filter((f): f is string => f !== undefined)

  const history = [...input.history]
  const last = history[history.length - 1]
  if (last?.role === 'user' && last.text.trim() === input.text.trim()) history.pop()
  const turns: ChatMessage[] = history
    .filter((m) => m.role !== 'system')
    .slice(-HISTORY_MESSAGES)
    // A supervisor's words reached the caller in Aurora's voice; the model should see them as said.
    .map((m) => ({ role: m.role === 'user' ? 'user' : 'assistant', content: m.text }))

  return [
    { role: 'system', content: `${SYSTEM_PROMPT}\n\n${facts.join('\n')}` },
    ...turns,
    { role: 'user', content: input.text },
  ]
}
