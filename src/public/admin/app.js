// Aurora supervisor dashboard: plain browser JavaScript, no build step. Two EventSource streams
// (the overview, and the open conversation) keep the page live; actions are JSON POSTs. Every
// text that came from a caller or a worker directory is set with textContent, never as HTML.

const URGENCY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']
const $ = (id) => document.getElementById(id)

const state = {
  calls: new Map(),
  instanceId: null,
  overview: null,
  conversation: null, // { id, source, call, messages: Map, urgency, status, ended }
}

// --- session ---------------------------------------------------------------------------------

/** 1 s, 2 s, 4 s ... up to 15 s: how long to wait before the n-th retry of a failed request. */
const retryDelay = (n) => Math.min(15_000, 1000 * 2 ** n)
let sessionRetries = 0

async function start() {
  let res = null
  try {
    res = await fetch('/api/session', { credentials: 'same-origin' })
  } catch {
    // No network, or Aurora restarting: answered below like a 5xx.
  }
  if (res && res.ok) {
    sessionRetries = 0
    showApp(await res.json())
  } else if (res && res.status === 401) {
    showLogin()
  } else {
    // A proxy's 502 while Aurora restarts is not a logout: keep what is on screen and try again.
    setStreamState('down', 'Server unreachable, retrying…')
    setTimeout(start, retryDelay(sessionRetries++))
  }
}

function showLogin(message = '') {
  closeStreams()
  $('app').hidden = true
  $('logout').hidden = true
  $('who').textContent = ''
  $('login').hidden = false
  $('login-error').textContent = message
  unopenedCritical.clear()
  renderCriticalAlert()
  setStreamState('idle', 'Not connected')
  $('login-token').focus()
}

function showApp(session) {
  $('login').hidden = true
  $('app').hidden = false
  $('logout').hidden = false
  $('who').textContent = session.actor
  openOverview()
  const fromHash = conversationInHash()
  if (fromHash) openConversation(fromHash)
}

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault()
  $('login-error').textContent = ''
  const res = await fetch('/api/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: $('login-token').value, name: $('login-name').value.trim() }),
  })
  if (!res.ok) {
    const body = await res.json().catch(() => ({}))
    $('login-error').textContent = res.status === 429 ? 'Too many attempts; wait a minute.' : body.message || `Login failed (${res.status})`
    return
  }
  $('login-token').value = ''
  showApp(await res.json())
})

$('logout').addEventListener('click', async () => {
  await fetch('/api/logout', { method: 'POST' })
  showLogin()
})

// --- overview stream -------------------------------------------------------------------------

let overviewRetries = 0

function openOverview() {
  if (state.overview) return
  const es = new EventSource('/api/stream')
  state.overview = es
  setStreamState('connecting', 'Connecting…')
  es.addEventListener('open', () => {
    overviewRetries = 0
    setStreamState('live', 'Live')
  })
  es.addEventListener('error', () => {
    if (es.readyState === EventSource.CLOSED) {
      state.overview = null
      setStreamState('down', 'Disconnected')
      // Refused outright: an expired session (start() shows the login form) or a server or proxy
      // error (start() opens the stream again), after a pause so a failing server is not hammered.
      setTimeout(start, retryDelay(overviewRetries++))
    } else setStreamState('reconnecting', 'Reconnecting…')
  })
  es.addEventListener('initial', (event) => {
    const data = JSON.parse(event.data)
    state.instanceId = data.instance_id
    state.calls = new Map(data.calls.map((call) => [call.call_id, call]))
    renderMirror(data.mirror)
    renderCalls()
    alertsArmed = true
  })
  es.addEventListener('call', (event) => {
    const { call } = JSON.parse(event.data)
    state.calls.set(call.call_id, call)
    renderCalls()
    if (state.conversation && state.conversation.id === call.conversation_id) {
      state.conversation.call = call
      renderConversationHead()
    }
  })
  es.addEventListener('call_removed', (event) => {
    const { call_id } = JSON.parse(event.data)
    state.calls.delete(call_id)
    renderCalls()
    // An archived call leaves the live list: it now belongs at the top of the recent ones.
    if ($('recent').open) loadRecent()
  })
  es.addEventListener('mirror', (event) => renderMirror(JSON.parse(event.data)))
}

function closeStreams() {
  state.overview?.close()
  state.overview = null
  closeConversation()
}

function setStreamState(kind, text) {
  const el = $('stream-state')
  el.dataset.state = kind
  el.textContent = `Stream: ${text}`
}

function renderMirror(mirror) {
  const el = $('mirror-state')
  if (!mirror || !mirror.enabled) {
    el.dataset.state = 'idle'
    el.textContent = 'Firebase: off (journal only)'
    return
  }
  const lag = mirror.lagMs == null ? '–' : mirror.lagMs < 1000 ? `${mirror.lagMs} ms` : `${(mirror.lagMs / 1000).toFixed(1)} s`
  el.dataset.state = mirror.connected && !mirror.outage ? (mirror.pending > 50 ? 'reconnecting' : 'live') : 'down'
  el.textContent = `Firebase: ${mirror.connected ? 'connected' : 'disconnected'} · ${mirror.pending} pending · lag ${lag}`
}

// --- call list ---------------------------------------------------------------------------------

// Critical calls no supervisor here has opened yet: the tab title counts them, a banner names
// the newest and a short tone sounds, so a call Aurora told "help is being alerted" reaches
// someone even when the dashboard is in a background tab. Opening the call clears it.
const BASE_TITLE = document.title
const criticalSeen = new Set() // critical calls already counted (live ones only)
const unopenedCritical = new Map() // call_id -> call
let alertsArmed = false // no tone for the calls already critical when the page loads
// Opened in this tab before a reload: not news again.
const OPENED_KEY = 'aurora.opened'
const openedHere = new Set(JSON.parse(sessionStorage.getItem(OPENED_KEY) || '[]'))

function noteCriticalCalls() {
  let newest = null
  for (const call of state.calls.values()) {
    const critical = call.urgency === 'CRITICAL' && call.status !== 'ENDED'
    if (!critical) {
      criticalSeen.delete(call.call_id)
      unopenedCritical.delete(call.call_id)
    } else if (!criticalSeen.has(call.call_id)) {
      criticalSeen.add(call.call_id)
      if (state.conversation?.id !== call.conversation_id && !openedHere.has(call.conversation_id)) {
        unopenedCritical.set(call.call_id, call)
        newest = call
      }
    } else if (unopenedCritical.has(call.call_id)) unopenedCritical.set(call.call_id, call)
  }
  for (const id of [...unopenedCritical.keys()]) if (!state.calls.has(id)) unopenedCritical.delete(id)
  for (const id of [...criticalSeen]) if (!state.calls.has(id)) criticalSeen.delete(id)
  if (newest && alertsArmed) playAlertTone()
  renderCriticalAlert()
}

function renderCriticalAlert() {
  const count = unopenedCritical.size
  document.title = count > 0 ? `(${count}) CRITICAL · ${BASE_TITLE}` : BASE_TITLE
  const banner = $('critical-alert')
  banner.hidden = count === 0
  if (count === 0) return
  const latest = [...unopenedCritical.values()].sort((a, b) => (a.started_at < b.started_at ? 1 : -1))[0]
  banner.dataset.conversationId = latest.conversation_id
  const who = latest.worker_name || latest.worker_id || 'Unknown caller'
  const more = count > 1 ? ` (+${count - 1} more)` : ''
  $('critical-alert-text').textContent = `CRITICAL call not opened: ${who}${latest.site ? `, ${latest.site}` : ''}${more}`
}

function markOpened(convId) {
  openedHere.add(convId)
  sessionStorage.setItem(OPENED_KEY, JSON.stringify([...openedHere].slice(-500)))
  for (const [id, call] of unopenedCritical) if (call.conversation_id === convId) unopenedCritical.delete(id)
  renderCriticalAlert()
}

let audio = null
function playAlertTone() {
  try {
    audio ??= new AudioContext()
    // Browsers keep audio off until the page has had a click (the login counts); then it sounds.
    if (audio.state === 'suspended') void audio.resume()
    const tone = audio.createOscillator()
    const gain = audio.createGain()
    tone.frequency.value = 880
    gain.gain.setValueAtTime(0.2, audio.currentTime)
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6)
    tone.connect(gain).connect(audio.destination)
    tone.start()
    tone.stop(audio.currentTime + 0.6)
  } catch {
    // No audio device: the title and the banner still say it.
  }
}

$('critical-alert-open').addEventListener('click', () => {
  const convId = $('critical-alert').dataset.conversationId
  if (convId) openConversation(convId)
})

function compareCalls(a, b) {
  const ended = (a.status === 'ENDED') - (b.status === 'ENDED')
  if (ended !== 0) return ended
  const rank = URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency)
  if (rank !== 0) return rank
  return a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0
}

// One <li> per call, kept across updates and moved rather than rebuilt: a list rebuilt under the
// pointer between mousedown and mouseup loses the click (calls update many times a second when
// busy), and a rebuilt button loses keyboard focus.
const callNodes = new Map()

function renderCalls() {
  const list = $('call-list')
  const calls = [...state.calls.values()].sort(compareCalls)
  const focused = document.activeElement
  const shown = new Set()
  let cursor = list.firstElementChild
  for (const call of calls) {
    let li = callNodes.get(call.call_id)
    if (!li) {
      li = callItem(call)
      callNodes.set(call.call_id, li)
    }
    fillCallItem(li, call)
    shown.add(li)
    if (li === cursor) cursor = cursor.nextElementSibling
    else list.insertBefore(li, cursor)
  }
  for (const [callId, li] of callNodes) {
    if (shown.has(li)) continue
    li.remove()
    callNodes.delete(callId)
  }
  // Moving a node blurs it: give the focus back to the call that had it.
  if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true })
  for (const li of $('recent-list').children) li.classList.toggle('selected', Boolean(state.conversation && state.conversation.id === li.dataset.conversationId))
  noteCriticalCalls()
  $('no-calls').hidden = calls.length > 0
  $('call-count').textContent = calls.length ? `(${calls.filter((c) => c.status !== 'ENDED').length} live)` : ''
}

function callItem(call) {
  const li = el('li', 'call')
  li.dataset.callId = call.call_id
  li.dataset.conversationId = call.conversation_id
  const button = el('button', 'call-open')
  button.type = 'button'
  button.addEventListener('click', () => openConversation(call.conversation_id))
  li.append(button)
  return li
}

/** The call's current state into its <li>; the button itself stays (see renderCalls). */
function fillCallItem(li, call) {
  li.dataset.urgency = call.urgency
  li.dataset.status = call.status
  li.classList.toggle('selected', Boolean(state.conversation && state.conversation.id === call.conversation_id))
  const button = li.firstElementChild
  button.replaceChildren(
    badge(call.urgency),
    el('span', 'worker', call.worker_name || call.worker_id),
    siteLine(call),
    el('span', 'elapsed', elapsed(call)),
    el('span', 'status-pill', statusLabel(call)),
    el('span', 'last-words', call.last_text ? `“${call.last_text}”` : 'No words yet'),
  )
  button.querySelector('.elapsed').dataset.since = call.started_at
  if (call.status === 'ENDED') button.querySelector('.elapsed').dataset.until = call.ended_at || call.last_message_at
  if (call.instance_id !== state.instanceId) button.append(el('span', 'elsewhere', `held by ${call.instance_id}`))
}

function badge(urgency) {
  const span = el('span', 'badge', urgency === 'UNKNOWN' ? 'TRIAGING' : urgency)
  span.dataset.urgency = urgency
  return span
}

function siteLine(call) {
  const site = el('span', 'site', call.site)
  if (call.responders_at) site.append(' · ', el('span', 'on-scene', call.responders ? `Help on scene: ${call.responders.replaceAll(',', ', ')}` : 'Help on scene'))
  return site
}

function statusLabel(call) {
  if (call.status === 'TAKEN_OVER') return `Taken over${call.taken_over_by ? ` by ${call.taken_over_by.replace(/^admin:/, '')}` : ''}`
  if (call.status === 'ENDED') return 'Ended'
  return 'Aurora'
}

function elapsed(call, now = Date.now()) {
  const end = call.status === 'ENDED' ? Date.parse(call.ended_at || call.last_message_at) : now
  return duration(end - Date.parse(call.started_at))
}

function duration(ms) {
  const s = Math.max(0, Math.floor(ms / 1000))
  const m = Math.floor(s / 60)
  return m >= 60 ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}` : `${m}:${String(s % 60).padStart(2, '0')}`
}

setInterval(() => {
  const now = Date.now()
  for (const node of document.querySelectorAll('.elapsed[data-since]')) {
    const until = node.dataset.until ? Date.parse(node.dataset.until) : now
    node.textContent = duration(until - Date.parse(node.dataset.since))
  }
}, 1000)

// --- recent calls ------------------------------------------------------------------------------

// Ended calls from every instance, newest first (GET /api/history), loaded when the section is
// opened and a page at a time after that. Clicking one opens its conversation, read-only.
let recentNext = null
let recentLoading = null

async function loadRecent(more = false) {
  if (recentLoading) return recentLoading
  const query = new URLSearchParams({ limit: '20' })
  if (more && recentNext) query.set('before', recentNext)
  recentLoading = (async () => {
    let res = null
    try {
      res = await fetch(`/api/history?${query}`, { credentials: 'same-origin' })
    } catch {
      // No network: said below.
    }
    if (res && res.status === 401) return showLogin('Your session has expired; log in again.')
    const note = $('recent-note')
    if (!res || !res.ok) {
      note.hidden = false
      note.textContent = 'Recent calls could not be loaded; open the section again to retry.'
      return
    }
    const page = await res.json()
    recentNext = page.next ?? null
    const items = page.calls.map(recentItem)
    if (more) $('recent-list').append(...items)
    else $('recent-list').replaceChildren(...items)
    renderCalls()
    note.hidden = page.complete
    note.textContent = page.complete ? '' : `Not the whole list: ${page.reason}`
    $('no-recent').hidden = $('recent-list').childElementCount > 0
    $('recent-more').hidden = !recentNext
  })().finally(() => (recentLoading = null))
  return recentLoading
}

function recentItem(call) {
  const li = el('li', 'call')
  li.dataset.callId = call.call_id
  li.dataset.conversationId = call.conversation_id
  li.dataset.urgency = call.urgency
  li.dataset.status = 'ENDED'
  const button = el('button', 'call-open')
  button.type = 'button'
  button.addEventListener('click', () => openConversation(call.conversation_id))
  button.append(
    badge(call.urgency),
    el('span', 'worker', call.worker_name || call.worker_id),
    siteLine(call),
    el('span', 'elapsed', elapsed(call)),
    el('span', 'status-pill', `Ended ${endedWhen(call.ended_at)}${call.end_reason && call.end_reason !== 'completed' ? ` (${call.end_reason})` : ''}`),
    el('span', 'last-words', [call.hazards, call.last_text ? `“${call.last_text}”` : ''].filter(Boolean).join(' · ') || 'No words'),
  )
  li.append(button)
  return li
}

/** The time for a call that ended today, the day and time for an older one. */
function endedWhen(iso) {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  return d.toDateString() === new Date().toDateString() ? time : `${d.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`
}

$('recent').addEventListener('toggle', () => {
  if ($('recent').open) loadRecent()
})
$('recent-more').addEventListener('click', () => loadRecent(true))

// --- conversation ------------------------------------------------------------------------------

function openConversation(convId, retries = 0) {
  const open = state.conversation
  // The same call clicked again is left alone, unless its stream was refused: then it is a retry.
  if (open && open.id === convId && !open.ended && open.source.readyState !== EventSource.CLOSED) return
  closeConversation()
  const conv = { id: convId, source: null, call: null, messages: new Map(), urgency: 'UNKNOWN', status: 'ACTIVE', ended: false, retries }
  state.conversation = conv
  markOpened(convId)
  history.replaceState(null, '', `#${encodeURIComponent(convId)}`)
  $('conversation').hidden = false
  $('app').classList.add('has-conversation')
  $('messages').replaceChildren()
  $('action-error').textContent = ''
  renderCalls()

  const es = new EventSource(`/api/conversation/${encodeURIComponent(convId)}/stream`)
  conv.source = es
  setConversationState('connecting', 'Connecting…')
  es.addEventListener('open', () => {
    conv.retries = 0
    setConversationState('live', 'Live')
  })
  es.addEventListener('error', () => {
    if (state.conversation !== conv || conv.ended) return
    if (es.readyState === EventSource.CLOSED) {
      setConversationState('reconnecting', 'Reconnecting…')
      setTimeout(() => retryConversation(conv), retryDelay(conv.retries))
    } else setConversationState('reconnecting', 'Reconnecting…')
  })
  es.addEventListener('initial', (event) => {
    const data = JSON.parse(event.data)
    conv.messages = new Map(data.messages.map((m) => [m.id, m]))
    conv.urgency = data.urgency
    conv.status = data.status
    conv.call = data.call
    $('messages').replaceChildren(...data.messages.map(messageItem))
    renderConversationHead()
    scrollMessages()
  })
  es.addEventListener('new_messages', (event) => {
    const { messages } = JSON.parse(event.data)
    for (const message of messages) {
      if (conv.messages.has(message.id)) continue
      conv.messages.set(message.id, message)
      $('messages').append(messageItem(message))
    }
    scrollMessages()
  })
  es.addEventListener('messages_updated', (event) => {
    for (const message of JSON.parse(event.data).messages) {
      conv.messages.set(message.id, message)
      document.querySelector(`#messages [data-msg-id="${CSS.escape(message.id)}"]`)?.replaceWith(messageItem(message))
    }
  })
  es.addEventListener('urgency', (event) => {
    conv.urgency = JSON.parse(event.data).urgency
    renderConversationHead()
  })
  es.addEventListener('status', (event) => {
    conv.status = JSON.parse(event.data).status
    renderConversationHead()
  })
  es.addEventListener('call', (event) => {
    conv.call = JSON.parse(event.data).call
    renderConversationHead()
  })
  es.addEventListener('ended', () => {
    conv.ended = true
    conv.status = 'ENDED'
    es.close()
    setConversationState('idle', 'Call ended')
    renderConversationHead()
  })
}

/**
 * The conversation's stream was refused (EventSource does not say why): an unknown conversation
 * or an expired session stops here; anything else (a 503 while another instance's call loads, a
 * proxy error) opens it again, a little later each time, so a live call never goes dark.
 */
async function retryConversation(conv) {
  if (state.conversation !== conv || conv.ended) return
  let res = null
  try {
    res = await fetch(`/api/conversation/${encodeURIComponent(conv.id)}`, { credentials: 'same-origin' })
  } catch {
    // No network: retried like a server error.
  }
  if (state.conversation !== conv || conv.ended) return
  if (res && res.status === 401) {
    showLogin('Your session has expired; log in again.')
  } else if (res && (res.status === 404 || res.status === 400)) {
    setConversationState('down', 'Disconnected')
    $('action-error').textContent = 'This conversation is not available (unknown, or no longer kept).'
  } else {
    openConversation(conv.id, conv.retries + 1)
  }
}

/** The open conversation's own stream: its messages arrive on it, not on the overview. */
function setConversationState(kind, text) {
  const el = $('conv-stream-state')
  el.hidden = false
  el.dataset.state = kind
  el.textContent = `Conversation: ${text}`
}

function closeConversation() {
  state.conversation?.source?.close()
  state.conversation = null
  $('conv-stream-state').hidden = true
  $('conversation').hidden = true
  $('app').classList.remove('has-conversation')
  if (location.hash) history.replaceState(null, '', location.pathname)
}

$('back').addEventListener('click', () => {
  closeConversation()
  renderCalls()
})

function renderConversationHead() {
  const conv = state.conversation
  if (!conv) return
  const call = conv.call
  $('conv-worker').textContent = call ? call.worker_name || call.worker_id : conv.id
  $('conv-meta').textContent = call
    ? [
        call.site, call.location && `at ${call.location}`, call.hazards && call.hazards.replaceAll(',', ', '),
        call.responders_at && `help on scene since ${clock(call.responders_at)}${call.responders ? ` (${call.responders.replaceAll(',', ', ')})` : ''}`, call.mobile_no,
      ].filter(Boolean).join(' · ')
    : ''
  const urgency = $('conv-urgency')
  urgency.dataset.urgency = conv.urgency
  urgency.textContent = conv.urgency === 'UNKNOWN' ? 'TRIAGING' : conv.urgency
  $('conv-status').textContent = call ? statusLabel({ ...call, status: conv.status }) : conv.status
  $('conv-status').dataset.status = conv.status
  const elsewhere = call && state.instanceId && call.instance_id !== state.instanceId
  const note = $('conv-note')
  note.hidden = !elsewhere && !conv.ended
  note.textContent = conv.ended ? 'This call has ended.' : elsewhere ? `Held by instance ${call.instance_id}: actions go to ${call.instance_url}` : ''
  const live = !conv.ended && conv.status !== 'ENDED' && !elsewhere
  $('takeover').disabled = !live || conv.status !== 'ACTIVE'
  $('release').disabled = !live || conv.status !== 'TAKEN_OVER'
  $('set-urgency').disabled = !live
  $('end-call').disabled = !live
  $('send-text').disabled = !live
  $('send-form').querySelector('button').disabled = !live
  if (conv.urgency !== 'UNKNOWN') $('urgency-select').value = conv.urgency
}

const ROLE_LABEL = { user: 'Caller', assistant: 'Aurora', admin: 'Supervisor', system: 'Log' }

function messageItem(message) {
  const li = el('li', `message role-${message.role}`)
  li.dataset.msgId = message.id
  li.dataset.role = message.role
  if (message.event) li.dataset.event = message.event
  const who = message.role === 'admin' && message.actor ? message.actor.replace(/^admin:/, '') : ROLE_LABEL[message.role] || message.role
  const head = el('div', 'msg-head')
  head.append(el('span', 'msg-who', who), el('time', 'msg-time', clock(message.created_at)))
  if (message.urgency && message.role === 'assistant') head.append(badge(message.urgency))
  li.append(head, el('p', 'msg-text', message.text))
  if (message.role === 'admin') {
    li.append(el('p', 'msg-delivery', message.delivered_at ? `✓ heard by the caller at ${clock(message.delivered_at)}` : 'Queued: spoken on the caller’s next turn'))
  }
  return li
}

function clock(iso) {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

/** The conversation id a shared link names (#conv_...), or '' when it names none or is garbled. */
function conversationInHash() {
  try {
    return decodeURIComponent(location.hash.slice(1))
  } catch {
    return ''
  }
}

function scrollMessages() {
  const list = $('messages')
  list.lastElementChild?.scrollIntoView({ block: 'end' })
}

// --- actions -----------------------------------------------------------------------------------

async function act(path, body = {}) {
  const conv = state.conversation
  if (!conv) return null
  $('action-error').textContent = ''
  const res = await fetch(`/api/conversation/${encodeURIComponent(conv.id)}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data = await res.json().catch(() => ({}))
  if (res.status === 401) {
    showLogin('Your session has expired; log in again.')
    return null
  }
  if (!res.ok) {
    $('action-error').textContent = data.message || `Action failed (${res.status})`
    return null
  }
  return data
}

$('takeover').addEventListener('click', () => act('takeover'))
$('release').addEventListener('click', () => act('release'))
$('set-urgency').addEventListener('click', () => act('urgency', { urgency: $('urgency-select').value }))
$('end-call').addEventListener('click', () => {
  if (confirm('End this call? The caller will be told a supervisor closed it.')) act('end')
})
$('send-form').addEventListener('submit', async (event) => {
  event.preventDefault()
  const input = $('send-text')
  const text = input.value.trim()
  if (!text) return
  input.disabled = true
  const sent = await act('messages', { text })
  input.disabled = false
  if (sent) input.value = ''
  input.focus()
})

function el(tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

start()
