import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createTalkMock } from '../../src/index.js'
import { runsChromium } from './support/use-chromium.js'
import { expectPeerCount, saveScreenshot, settle, stageCard, usePlayground } from './support/playground.js'

// In CI a missing browser is a failure, never a skip: usePlayground then throws MISSING_CHROMIUM.
describe.runIf(runsChromium())('the playground in Chromium', () => {
  const playground = usePlayground()

  it('registers the mock service worker, which answers Talk requests and lets others through', async () => {
    const page = await playground.open()
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)
    expect(worker).toMatch(/\/mockServiceWorker\.js$/)
    const answers = await page.evaluate(async () => {
      const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
      const talk = await fetch('/ocs/v2.php/apps/spreed/api/v4/call/groupcall', { headers })
      const page = await fetch('/index.html')
      return { talk: talk.status, peers: (await talk.json()).ocs.data.length, page: await page.text() }
    })
    expect(answers.talk).toBe(200)
    expect(answers.peers).toBe(4)
    expect(answers.page).toContain('<main id="call"')
  })

  it("runs on the worker script of the run's msw major, and passes other requests through without a warning", async () => {
    const warnings: string[] = []
    const page = await playground.open('', (message) => {
      if (message.type() === 'warning' && message.text().includes('[MSW]')) warnings.push(message.text())
    })
    const script = await page.evaluate(async () => (await fetch('/mockServiceWorker.js')).text())
    expect(script).toContain(`const PACKAGE_VERSION = '${process.env.TALK_MOCK_MSW_MAJOR ?? '2'}.`)
    // No handler answers it: the runtime's default `bypass` must hold on msw 3 as on msw 2.
    await page.evaluate(() => fetch('/passed-through'))
    await page.reload()
    await settle(page)
    expect(warnings).toEqual([])
  })

  it('hands the page a client cookie, which later requests send back', async () => {
    const page = await playground.open()
    await expectPeerCount(page, 4)
    const cookie = await page.evaluate(() => document.cookie)
    expect(cookie).toMatch(/talk_mock_client=client-\d+/)
    // A request without the cookie would be handed a new client id; one with it keeps its own.
    const after = await page.evaluate(async () => {
      await fetch('/ocs/v2.php/apps/spreed/api/v4/call/groupcall', { headers: { 'OCS-APIRequest': 'true' } })
      return document.cookie
    })
    expect(after).toBe(cookie)
  })

  it('joins the call in default and shows the new peer count', async () => {
    const page = await playground.open()
    await expectPeerCount(page, 4)
    await saveScreenshot(page, 'default')
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 5)
    expect(await page.locator('.tile-self').count()).toBe(1)
    // The header counts as the grid does: the viewer is counted as soon as the grid shows it.
    expect(await page.locator('.badges').textContent()).toContain('Call running · 5 in call')
    await saveScreenshot(page, 'default-in-call')
  })

  it('steps through a timeline: a peer appears, its microphone goes off, it leaves the call', async () => {
    const page = await playground.open('?talk-scenario=peers-join-over-time&talk-clock=still')
    const name = await page.evaluate(async () => {
      const events = [
        { at: 20_000, kind: 'flags', actor: 'peer2', flags: 5 },
        { at: 25_000, kind: 'leave-call', actor: 'peer2' },
      ]
      await fetch('/__talk-mock/timeline', { method: 'POST', body: JSON.stringify({ events }) })
      const world = (await (await fetch('/__talk-mock/world')).json()) as {
        users: { id: string; displayName: string }[]
      }
      return world.users.find((user) => user.id === 'peer2')!.displayName
    })
    await expectPeerCount(page, 1)
    await page.waitForSelector('.timeline-event.timeline-next:has-text("peer2 joins the call (mic, camera)")')
    await page.locator('#timeline-step').click()
    await expectPeerCount(page, 2)
    await page.waitForSelector(`.tile[aria-label="${name}, microphone on, camera on"]`)
    await page.locator('#timeline-step').click()
    await page.waitForSelector(`.tile[aria-label="${name}, muted, camera on"]`)
    await saveScreenshot(page, 'timeline-muted')
    await page.locator('#timeline-step').click()
    await expectPeerCount(page, 1)
    expect(await page.locator('.timeline-event[data-outcome="done"]').count()).toBe(3)
    expect(await page.locator('#timeline-position').textContent()).toBe('+0:25')
    expect(await page.locator('.tile', { hasText: name }).count()).toBe(0)
  })

  it('plays, pauses and sets the speed of the clock from the timeline panel', async () => {
    const page = await playground.open('?talk-scenario=flaky-peer&talk-clock=still')
    await page.getByLabel('Speed').selectOption('4')
    await page.locator('#timeline-play').click()
    await page.waitForSelector('#timeline-play[aria-pressed="true"]')
    expect(await page.getAttribute('#world-clock', 'data-mode')).toBe('running')
    await page.locator('#timeline-play').click()
    await page.waitForSelector('#timeline-play[aria-pressed="false"]')
    const clock = await page.evaluate(async () => (await fetch('/__talk-mock/clock')).json())
    expect(clock).toMatchObject({ mode: 'running', playing: false, speed: 4 })
  })

  it('updates the flags and leaves the call', async () => {
    const page = await playground.open()
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 5)
    await page.getByRole('button', { name: 'Camera' }).click()
    await page.waitForSelector('.tile-self:not(.tile-video)')
    expect(await page.getAttribute('.tile-self', 'aria-label')).toMatch(/microphone on, camera off/)
    await page.getByRole('button', { name: 'Leave call' }).click()
    await expectPeerCount(page, 4)
  })

  it('shows the lobby screen for the lobby-active URL, and the dialog when joining anyway', async () => {
    const page = await playground.open('?talk-scenario=lobby-active')
    expect(await stageCard(page)).toBe('lobby')
    expect(await page.locator('.notice').textContent()).toContain('You are currently waiting in the lobby')
    await saveScreenshot(page, 'lobby-active')
    await page.getByRole('button', { name: 'Join call' }).click()
    const dialog = page.getByRole('dialog', { name: 'Connection failed' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain("Lobby is still active and you're not a moderator")
    await saveScreenshot(page, 'lobby-active-dialog')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Join call')
  })

  it('serves the lobby-active story under the app token of ?talk-token= and shows it in the panel', async () => {
    const page = await playground.open('?talk-scenario=lobby-active&talk-token=abc123')
    expect(await stageCard(page)).toBe('lobby')
    expect(await page.inputValue('#app-token')).toBe('abc123')
    expect(await page.locator('.scenario-token').first().textContent()).toBe('abc123')
    const answers = await page.evaluate(async () => {
      const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
      const mine = await fetch('/ocs/v2.php/apps/spreed/api/v4/room/abc123', { headers })
      const own = await fetch('/ocs/v2.php/apps/spreed/api/v4/room/webinar', { headers })
      return { mine: mine.status, lobbyState: (await mine.json()).ocs.data.lobbyState, own: own.status }
    })
    expect(answers).toEqual({ mine: 200, lobbyState: 1, own: 404 })
    expect(new URL(page.url()).searchParams.get('talk-token')).toBe('abc123')
    await saveScreenshot(page, 'app-token')
  })

  it('sets the app token from the panel, and a URL naming another token starts afresh under it', async () => {
    const page = await playground.open()
    await expectPeerCount(page, 4)
    await page.fill('#app-token', 'mine42')
    await page.getByRole('button', { name: 'Apply' }).first().click()
    await page.waitForFunction(() => new URL(location.href).searchParams.get('talk-token') === 'mine42')
    await expectPeerCount(page, 4)
    expect(await page.locator('#app-token-note').textContent()).toContain('"mine42" (this one\'s own: "groupcall")')

    const url = new URL(page.url())
    url.searchParams.set('talk-token', 'other77')
    await page.goto(url.href)
    await settle(page)
    expect(await page.inputValue('#app-token')).toBe('other77')
    const peers = await page.evaluate(async () => {
      const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
      const call = await fetch('/ocs/v2.php/apps/spreed/api/v4/call/other77', { headers })
      return (await call.json()).ocs.data.length
    })
    expect(peers).toBe(4)
  })

  it('switches scenario from the panel without reloading the page', async () => {
    const page = await playground.open()
    await expectPeerCount(page, 4)
    await page.evaluate(() => Object.assign(window, { beforeSwitch: true }))
    await page.getByRole('radio', { name: /^read-only/ }).check()
    await page.waitForSelector('.notice[data-card="read-only"]:not([hidden])')
    expect(await page.locator('.notice').textContent()).toContain('This conversation is read-only')
    expect(await page.evaluate(() => 'beforeSwitch' in window)).toBe(true)
    expect(new URL(page.url()).searchParams.get('talk-scenario')).toBe('read-only')
    await saveScreenshot(page, 'read-only')
  })

  it('follows a switch made through the control routes from the page', async () => {
    const page = await playground.open()
    await expectPeerCount(page, 4)
    const status = await page.evaluate(async () => {
      const body = JSON.stringify({ name: 'lobby-active', overlays: ['slow'] })
      return (await fetch('/__talk-mock/scenario', { method: 'POST', body })).status
    })
    expect(status).toBe(200)
    await page.waitForSelector('.notice[data-card="lobby"]:not([hidden])')
    expect(await page.getByRole('radio', { name: /^lobby-active/ }).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', { name: /^slow/ }).isChecked()).toBe(true)
    expect(new URL(page.url()).search).toBe('?talk-scenario=lobby-active&talk-overlays=slow')
  })

  it('keeps the scenario and the world across a reload, until the URL names another scenario', async () => {
    const page = await playground.open('?talk-clock=still')
    await page.getByRole('radio', { name: /^no-call/ }).check()
    await page.waitForSelector('.stage-grid[data-peer-count="0"]:not([hidden])')
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 1)
    await page.getByRole('button', { name: '+5 min' }).click()
    await page.waitForSelector('#world-clock:has-text("10:05:00")')

    await page.reload()
    await settle(page)
    expect(await page.getByRole('radio', { name: /^no-call/ }).isChecked()).toBe(true)
    await expectPeerCount(page, 1)
    expect(await page.locator('.tile-self').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Leave call' }).isVisible()).toBe(true)
    expect(await page.locator('#world-clock').textContent()).toBe('2026-01-01 10:05:00 UTC')

    await page.goto(new URL('?talk-scenario=lobby-active&talk-clock=still', playground.base).href)
    await settle(page)
    expect(await stageCard(page)).toBe('lobby')
  })

  it('keeps the page free of errors across scenario switches, when the worker unregisters itself meanwhile', async () => {
    const page = await playground.open('?talk-clock=still')
    // A second tab keeps the worker registered across the switches below, so each next page is
    // controlled and finds the registration...
    const tab = await page.context().newPage()
    await tab.goto(playground.base)
    await settle(tab)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // ...which is then gone before msw updates it, as when msw's worker script unregisters itself
    // late on the page left's CLIENT_CLOSED (2 of 3 switches on a loaded machine): certain here.
    await page.addInitScript(() => {
      const find = ServiceWorkerContainer.prototype.getRegistrations
      ServiceWorkerContainer.prototype.getRegistrations = async function () {
        const registrations = await find.call(this)
        await Promise.all(registrations.map((registration) => registration.unregister()))
        return registrations
      }
    })
    for (const scenario of ['lobby-active', 'no-call', 'default']) {
      await page.goto(new URL(`?talk-scenario=${scenario}&talk-clock=still`, playground.base).href)
      await settle(page)
    }
    expect(await stageCard(page)).toBe('')
    expect(errors).toEqual([])
  })

  it('acts as the user chosen in the panel, an owner who may end the call for everyone', async () => {
    const page = await playground.open()
    await page.getByLabel('Acting as').selectOption('peer1')
    await page.waitForSelector('.room-subtitle:has-text("you are peer1 (owner)")')
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 5)
    await page.getByRole('button', { name: 'End call for everyone' }).click()
    await expectPeerCount(page, 0)
    expect(await page.locator('.badges').textContent()).toContain('No call running')
  })

  it('drops the peer that went silent when the clock moves past 30 s, and keeps the live ones', async () => {
    const page = await playground.open()
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 5)
    await page.getByRole('button', { name: '+31 s' }).click()
    await expectPeerCount(page, 4)
    expect(await page.locator('.tile-self').count()).toBe(1)
  })

  it("runs the clock by default, so server times agree with the browser's", async () => {
    // How long before the world's start the default call started, on the scenario's still clock.
    const still = createTalkMock({ scenario: 'default' })
    await still.ready
    const ago = still.clock.seconds() - still.world.conversations.get('groupcall')!.activeSince!
    const before = Date.now()
    const page = await playground.open()
    const after = Date.now()
    expect(await page.getAttribute('#world-clock', 'data-mode')).toBe('running')
    const callStartTime = await page.evaluate(async () => {
      const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
      const room = await fetch('/ocs/v2.php/apps/spreed/api/v4/room/groupcall', { headers }).then((r) => r.json())
      return room.ocs.data.callStartTime as number
    })
    // The world started at the page's load (the browser's clock is this machine's), in whole seconds.
    expect(callStartTime).toBeGreaterThanOrEqual(Math.floor(before / 1000) - ago)
    expect(callStartTime).toBeLessThanOrEqual(Math.floor(after / 1000) - ago)
  })

  it('lists the requests in the journal, each with its OCS answer', async () => {
    const page = await playground.open()
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 5)
    const journal = page.locator('.journal-list')
    await page.waitForSelector('.journal-entry[data-method="POST"]:has-text("/call/groupcall")')
    const lines = await journal.locator('summary').allTextContents()
    expect(lines.some((line) => /^POST\/room\/groupcall\/participants\/active200/.test(line))).toBe(true)
    expect(lines.some((line) => /^POST\/call\/groupcall200/.test(line))).toBe(true)
    expect(lines.some((line) => /^GET\/call\/groupcall200/.test(line))).toBe(true)
    await journal.locator('summary', { hasText: 'POST/call/groupcall' }).click()
    const bodies = await journal.locator('details[open] .journal-bodies').textContent()
    expect(bodies).toContain('"flags": 7')
    expect(bodies).toContain('"statuscode": 200')
    await saveScreenshot(page, 'journal')
  })

  it('holds the call over signaling, whose polls the journal shows apart from Talk requests', async () => {
    const page = await playground.open()
    await page.getByRole('button', { name: 'Join call' }).click()
    await expectPeerCount(page, 5)
    const visible = '.journal-entry:not([hidden])'
    expect(await page.locator(`${visible}[data-kind="signaling"]`).count()).toBe(0)
    await page.getByLabel('Signaling').check()
    await page.waitForSelector(`${visible}[data-kind="signaling"][data-method="GET"]`)
    expect(await page.locator(`${visible}[data-kind="talk"]`).count()).toBe(0)
    const lines = await page.locator(`${visible} summary`).allTextContents()
    expect(lines.some((line) => /signaling\/settings\?token=groupcall200/.test(line))).toBe(false)
    expect(lines.some((line) => /signaling\/groupcall200/.test(line))).toBe(true)
  })

  it.each([
    ['not-found', 'not-found'],
    ['password', 'password'],
    ['calls-disabled', 'read-only'],
    ['lobby-timer', 'lobby'],
  ])('shows the %s scenario as the %s card', async (scenario, card) => {
    const page = await playground.open(`?talk-scenario=${scenario}`)
    expect(await stageCard(page)).toBe(card)
    await saveScreenshot(page, scenario)
  })

  it('loads faker only for a seed whose names it must make up', async () => {
    const loadedFaker = (page: Page) =>
      page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('@faker-js')))
    const peerNames = (page: Page) =>
      page.locator('.grid li').evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('aria-label')))
    const page = await playground.open()
    await expectPeerCount(page, 4)
    expect(await loadedFaker(page)).toBe(false)
    const seeded = await playground.open('?talk-seed=7')
    await expectPeerCount(seeded, 4)
    expect(await loadedFaker(seeded)).toBe(true)
    expect(await peerNames(seeded)).not.toEqual(await peerNames(page))
  })

  it('shows every peer of the crowded call', async () => {
    const page = await playground.open('?talk-scenario=crowded-call')
    await expectPeerCount(page, 200)
    await saveScreenshot(page, 'crowded-call')
  })
  it('lets a moderator stop and start a recording, which shows starting, then running once the clock moves', async () => {
    const page = await playground.open('?talk-scenario=recording-running&talk-clock=still')
    const recordingState = () => page.locator('#recording-state').textContent()
    await page.waitForSelector('#recording-state:has-text("Recording video")')
    expect(await page.getByLabel('Require recording consent').isChecked()).toBe(true)
    await page.getByLabel('I consent to this call being recorded').check()
    await page.getByRole('button', { name: 'Join call' }).click()
    await page.waitForSelector('.tile-self')

    await page.getByRole('button', { name: 'Stop recording' }).click()
    await page.waitForSelector('#recording-state', { state: 'detached' })
    await page.getByRole('button', { name: 'Start recording' }).click()
    await page.waitForSelector('#recording-state:has-text("Recording starting")')
    expect(await page.getByRole('button', { name: 'Stop recording' }).isVisible()).toBe(true)
    await page.getByRole('button', { name: '+31 s' }).click()
    await page.waitForSelector('#recording-state:has-text("Recording video")')
    expect(await recordingState()).toBe('Recording video')
    await saveScreenshot(page, 'recording-running')

    await page.getByRole('button', { name: 'Stop recording' }).click()
    await page.waitForSelector('#recording-state', { state: 'detached' })
    expect(await page.getByRole('button', { name: 'Start recording' }).isVisible()).toBe(true)
  })

  it('shows a recording that fails to start as failed once the clock moves', async () => {
    const page = await playground.open('?talk-scenario=recording-fails&talk-clock=still')
    await page.getByRole('button', { name: 'Join call' }).click()
    await page.getByRole('button', { name: 'Start recording' }).click()
    await page.waitForSelector('#recording-state:has-text("Recording starting")')
    await page.getByRole('button', { name: '+31 s' }).click()
    await page.waitForSelector('#recording-state:has-text("Recording failed")')
    // A failed recording may be started again.
    expect(await page.getByRole('button', { name: 'Start recording' }).isVisible()).toBe(true)
  })
})
