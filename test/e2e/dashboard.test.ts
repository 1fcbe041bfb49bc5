import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOLDING } from '../../src/calls/call-flow.js'
import { parseTwiml, startAurora, TEST_ADMIN_TOKEN, type TestAurora } from '../helpers/aurora.js'
import { Caller, listen } from '../helpers/admin.js'

// The dashboard in a real headless Chromium (Debian's, driven by playwright-core): a supervisor
// logs in, watches a simulated call arrive and talk, takes it over and speaks to the caller
// through the caller's next TwiML. Screenshots land in test-artifacts/ (gitignored).

const CHROMIUM = '/usr/bin/chromium'
const HAVE_CHROMIUM = existsSync(CHROMIUM)
if (!HAVE_CHROMIUM) console.info(`dashboard e2e skipped: ${CHROMIUM} not found; install it with: apt-get install -y chromium`)
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url)

describe.skipIf(!HAVE_CHROMIUM)('dashboard in Chromium', () => {
  let t: TestAurora
  let base: string
  let profile: string
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    t = await startAurora({ firebase: true, deps: { adminHub: { mirrorTickMs: 200 } } })
    base = await listen(t.app)
    profile = await mkdtemp(join(tmpdir(), 'aurora-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 800 },
    })
    page = context.pages()[0] ?? (await context.newPage())
    // CSP violations and script errors show up here; the page must produce none.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/401 \(Unauthorized\)/.test(message.text())) problems.push(message.text())
    })
    page.on('pageerror', (err) => problems.push(err.message))
    await mkdir(ARTIFACTS, { recursive: true })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (profile) await rm(profile, { recursive: true, force: true })
    await t?.close()
  })

  it('logs in, streams a live call, takes it over and reaches the caller', async () => {
    await page.goto(`${base}/admin`)
    await page.locator('#login').waitFor({ state: 'visible' })
    await page.fill('#login-token', TEST_ADMIN_TOKEN)
    await page.fill('#login-name', 'dana')
    await page.click('#login-form button[type=submit]')
    await page.locator('#app').waitFor({ state: 'visible' })
    await expect.poll(() => page.textContent('#who')).toBe('admin:dana')
    await expect.poll(() => page.textContent('#stream-state')).toBe('Stream: Live')
    await expect.poll(() => page.textContent('#mirror-state')).toMatch(/Firebase: connected/)

    // A worker calls; the call appears in the list without a reload, critical and with its words.
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    const item = page.locator(`.call[data-conversation-id="${convId}"]`)
    await item.waitFor()
    await caller.say("There's a fire in Zone A, the paint store is burning")
    await expect.poll(() => item.getAttribute('data-urgency')).toBe('CRITICAL')
    await expect.poll(() => item.locator('.last-words').textContent()).toMatch(/paint store is burning/)
    expect(await item.locator('.worker').textContent()).toBeTruthy()

    // Open it: the conversation so far, then new words as they are spoken.
    await item.locator('button').click()
    await page.locator('#conversation').waitFor({ state: 'visible' })
    await expect.poll(() => page.locator('#messages .message').count()).toBe(3)
    await expect.poll(() => page.textContent('#conv-stream-state')).toBe('Conversation: Live')
    await caller.say('two people are still inside near the north door')
    await page.locator('#messages .message.role-user', { hasText: 'two people are still inside' }).waitFor()
    await expect.poll(() => page.textContent('#conv-urgency')).toBe('CRITICAL')

    // Take over; the caller is held; the supervisor's words reach the caller's next TwiML.
    await page.click('#takeover')
    await expect.poll(() => page.textContent('#conv-status')).toBe('Taken over by dana')
    await expect.poll(() => page.isEnabled('#release')).toBe(true)
    expect(parseTwiml(await caller.say('hello? is someone there?')).say).toEqual([HOLDING])
    const words = 'Dana here. The fire crew is two minutes out. Stay by the north door.'
    await page.fill('#send-text', words)
    await page.click('#send-form button[type=submit]')
    const sent = page.locator('#messages .message.role-admin', { hasText: 'The fire crew is two minutes out' })
    await sent.waitFor()
    await expect.poll(() => sent.locator('.msg-delivery').textContent()).toMatch(/Queued/)
    expect(parseTwiml(await caller.say('okay')).say).toEqual([words])
    await expect.poll(() => sent.locator('.msg-delivery').textContent()).toMatch(/heard by the caller/)

    // The caller says the fire crew came: the list and the header show help on scene.
    expect(await item.locator('.on-scene').count()).toBe(0)
    await caller.say('the fire crew just pulled up')
    await expect.poll(() => item.locator('.on-scene').textContent()).toBe('Help on scene: fire')
    await expect.poll(() => page.textContent('#conv-meta')).toMatch(/help on scene since \d[^·]* \(fire\)/)

    const audit = await page.locator('#messages .message.role-system').allTextContents()
    expect(audit.some((text) => /admin:dana took over the call/.test(text))).toBe(true)
    await page.screenshot({ path: new URL('dashboard.png', ARTIFACTS).pathname, fullPage: true })

    // Phone width: the open conversation takes the screen; the back button returns to the list.
    await page.setViewportSize({ width: 390, height: 844 })
    await expect.poll(() => page.isVisible('#calls')).toBe(false)
    await page.screenshot({ path: new URL('dashboard-phone-conversation.png', ARTIFACTS).pathname })
    await page.click('#back')
    await expect.poll(() => page.isVisible('#calls')).toBe(true)
    expect(await page.isVisible('#conv-stream-state')).toBe(false)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await page.screenshot({ path: new URL('dashboard-phone-list.png', ARTIFACTS).pathname })

    expect(problems).toEqual([])
  }, 60_000)

  it('alerts the supervisor to a critical call nobody has opened: tab title and banner, until it is opened', async () => {
    await page.goto(`${base}/admin`)
    await expect.poll(() => page.textContent('#stream-state')).toBe('Stream: Live')
    const unopened = async (): Promise<number> => Number(/^\((\d+)\) CRITICAL/.exec(await page.title())?.[1] ?? 0)
    // The first test opened its (critical) call in this tab: after a reload it is not news again.
    const before = await unopened()
    expect(before).toBe(0)
    const caller = new Caller(t.app)
    const { convId } = await caller.dial()
    await caller.say('fire in zone b, the dryer is burning')
    await expect.poll(unopened).toBe(1)
    await expect.poll(() => page.locator('#critical-alert').isVisible()).toBe(true)
    expect(await page.textContent('#critical-alert-text')).toMatch(/^CRITICAL call not opened: /)
    await page.screenshot({ path: new URL('dashboard-critical-alert.png', ARTIFACTS).pathname })
    await page.click('#critical-alert-open')
    await expect.poll(() => page.locator('#conversation').isVisible()).toBe(true)
    expect(new URL(page.url()).hash).toBe(`#${convId}`)
    await expect.poll(() => page.title()).toBe('Aurora · live calls')
    expect(await page.locator('#critical-alert').isVisible()).toBe(false)
  })

  it('keeps the controls and the status bar on screen through a long call, on a desktop and on a phone', async () => {
    // A garbled shared link opens the list, without a script error.
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${base}/admin#%E0%A4%A`)
    await page.locator('#app').waitFor({ state: 'visible' })

    const caller = new Caller(t.app, '+15551230077')
    const { convId } = await caller.dial()
    await caller.say('chemical spill in bay 4, the drums are leaking')
    for (let i = 1; i <= 14; i++) await caller.say(`update ${i}: we are still at the east door and the smell is getting stronger`)
    const item = page.locator(`.call[data-conversation-id="${convId}"]`)
    await item.locator('button').click()
    const last = page.locator('#messages .message.role-user', { hasText: 'update 14:' })
    await last.waitFor()

    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport)
      const inView = async (selector: string) => {
        const box = await page.locator(selector).boundingBox()
        return box !== null && box.y >= 0 && box.y + box.height <= viewport.height + 0.5
      }
      await expect.poll(() => inView('.statusbar'), { message: `status bar at ${viewport.width}px` }).toBe(true)
      expect(await inView('#takeover'), `take over at ${viewport.width}px`).toBe(true)
      expect(await inView('#send-text'), `message box at ${viewport.width}px`).toBe(true)
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true)
      // The messages scroll in their own pane, and the newest is in view.
      expect(await page.evaluate(() => { const list = document.getElementById('messages')!; return list.scrollHeight > list.clientHeight })).toBe(true)
      await caller.say(`at ${viewport.width} pixels: the alarm is still sounding`)
      const newest = page.locator('#messages .message.role-user', { hasText: `at ${viewport.width} pixels` })
      await newest.waitFor()
      await expect.poll(() => newest.evaluate((el) => { const list = el.parentElement!.getBoundingClientRect(); const r = el.getBoundingClientRect(); return r.bottom <= list.bottom + 1 && r.top >= list.top - 1 })).toBe(true)
      await page.screenshot({ path: new URL(`dashboard-long-call-${viewport.width}.png`, ARTIFACTS).pathname })
    }
    expect(problems).toEqual([])
  }, 60_000)

  // Failures a supervisor's page must ride out without losing the call in front of them. The
  // 502s and 503s below are logged by Chromium as console errors; script errors are still none.
  const scriptProblems = () => problems.filter((p) => !/status of 50[23]/.test(p))

  it('opens a call clicked while another call updates the list under the pointer', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${base}/admin`)
    await page.locator('#app').waitFor({ state: 'visible' })
    const first = new Caller(t.app, '+15551230081')
    const { convId } = await first.dial()
    await first.say('fire in zone A, the paint store is burning')
    const other = new Caller(t.app, '+15551230082')
    const { convId: otherConv } = await other.dial()
    const item = page.locator(`.call[data-conversation-id="${convId}"]`)
    await expect.poll(() => item.getAttribute('data-urgency')).toBe('CRITICAL')
    const box = (await item.locator('button .worker').boundingBox())!
    await page.mouse.move(box.x + 5, box.y + box.height / 2)
    await page.mouse.down()
    // The other call's words re-render the list between mousedown and mouseup.
    await other.say('my hand is cut')
    await expect.poll(() => page.locator(`.call[data-conversation-id="${otherConv}"] .last-words`).textContent()).toMatch(/hand is cut/)
    await page.mouse.up()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${convId}`)
    await page.locator('#conversation').waitFor({ state: 'visible' })
    await expect.poll(() => page.textContent('#conv-stream-state')).toBe('Conversation: Live')
    expect(scriptProblems()).toEqual([])
  }, 60_000)

  it("opens a conversation stream again after a server error, with the words said meanwhile", async () => {
    const caller = new Caller(t.app, '+15551230083')
    const { convId } = await caller.dial()
    await caller.say('gas leak in bay 2')
    let refused = 0
    await page.route('**/api/conversation/*/stream', (route) => {
      refused++
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{"statusCode":503,"message":"loading"}' })
    })
    await page.locator(`.call[data-conversation-id="${convId}"] button`).click()
    await expect.poll(() => refused, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    expect(await page.textContent('#conv-stream-state')).not.toBe('Conversation: Disconnected')
    await caller.say('now someone has collapsed by the valve')
    await page.unroute('**/api/conversation/*/stream')
    await page.locator('#messages .message.role-user', { hasText: 'someone has collapsed' }).waitFor({ timeout: 20_000 })
    await expect.poll(() => page.textContent('#conv-stream-state')).toBe('Conversation: Live')
    expect(await page.isEnabled('#takeover')).toBe(true)
    expect(scriptProblems()).toEqual([])
  }, 60_000)

  it('lists ended calls under Recent calls, from Firebase once archived, and opens one read-only', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${base}/admin`)
    await page.locator('#app').waitFor({ state: 'visible' })
    const caller = new Caller(t.app, '+15551230084')
    const { callId, convId } = await caller.dial()
    await caller.say('a pallet fell on my foot in the cold store')
    await caller.hangUp()
    // Archived and out of this instance's memory: only Firebase's call_history has it now.
    expect(await t.app.calls.archiveEnded(0)).toContain(callId)
    expect(await t.app.mirror!.waitForSeq(t.app.store.lastDurableSeq, 10_000)).toBe(true)
    t.app.calls.forgetArchived(0)
    expect(t.app.calls.archived(callId)).toBeNull()

    await page.click('#recent > summary')
    const item = page.locator(`#recent-list .call[data-conversation-id="${convId}"]`)
    await item.waitFor()
    expect(await page.locator('#recent-list .call').first().getAttribute('data-conversation-id')).toBe(convId)
    await expect.poll(() => item.locator('.last-words').textContent()).toMatch(/pallet fell on my foot/)
    expect(await item.locator('.status-pill').textContent()).toMatch(/^Ended \d/)
    expect(await page.isVisible('#recent-note')).toBe(false)

    await item.locator('button').click()
    await page.locator('#conversation').waitFor({ state: 'visible' })
    await page.locator('#messages .message.role-user', { hasText: 'pallet fell on my foot' }).waitFor()
    await expect.poll(() => page.textContent('#conv-stream-state')).toBe('Conversation: Call ended')
    expect(await item.getAttribute('class')).toMatch(/\bselected\b/)
    expect(await page.isEnabled('#takeover')).toBe(false)
    expect(await page.isEnabled('#send-form button[type=submit]')).toBe(false)
    await page.screenshot({ path: new URL('dashboard-recent.png', ARTIFACTS).pathname, fullPage: true })
    expect(scriptProblems()).toEqual([])
  }, 60_000)

  it('keeps a supervisor logged in through a proxy answering 502, and goes live again when it recovers', async () => {
    await page.route('**/api/**', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: 'Bad Gateway' }))
    // Aurora restarting behind the proxy: every open stream drops.
    t.app.server.closeAllConnections()
    await expect.poll(() => page.textContent('#stream-state'), { timeout: 15_000 }).toMatch(/retrying|Disconnected|Reconnecting/)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(await page.isVisible('#login')).toBe(false)
    expect(await page.isVisible('#app')).toBe(true)
    await page.unroute('**/api/**')
    await expect.poll(() => page.textContent('#stream-state'), { timeout: 20_000 }).toBe('Stream: Live')
    expect(await page.isVisible('#login')).toBe(false)
    expect(scriptProblems()).toEqual([])
  }, 60_000)
})
