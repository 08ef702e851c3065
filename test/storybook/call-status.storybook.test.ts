import { chromium, type Browser, type Frame, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../browser/support/chromium.js'
import { serveStatic } from './serve-static.js'

// `npm run test:storybook` builds each fixture Storybook (test/fixtures/storybook-*) and points this
// at its static build; the stories use `talkScenario(...)` from the packed talk-call-mock.
const staticDir = process.env.TALK_MOCK_STORYBOOK_STATIC ?? ''

describe(`the fixture Storybook (${staticDir})`, () => {
  let site: Awaited<ReturnType<typeof serveStatic>>
  let browser: Browser
  const pages: Page[] = []
  const problems: string[] = []

  beforeAll(async () => {
    const executablePath = findChromium()
    if (!executablePath) throw new Error(MISSING_CHROMIUM)
    site = await serveStatic(staticDir)
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  })
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()))
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  /** A fresh context on `path`, recording page errors and msw's errors and warnings (a failed dispose, an unhandled request). */
  async function open(path: string): Promise<Page> {
    problems.length = 0
    const page = await (await browser.newContext()).newPage()
    pages.push(page)
    page.on('pageerror', (error) => problems.push(String(error)))
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()) && /\[MSW\]|talk-mock/.test(message.text())) {
        problems.push(message.text())
      }
    })
    await page.goto(`${site.url}/${path}`)
    return page
  }

  /** What the component shows once answered: the status and the peers' names. */
  async function shown(frame: Page | Frame): Promise<{ status: string; peers: string[] }> {
    const root = frame.locator('.call-status[data-state="done"]')
    await root.waitFor()
    return { status: (await root.getAttribute('data-status')) ?? '', peers: await root.locator('li').allTextContents() }
  }

  it('shows the default call with its peers in a story opened directly', async () => {
    const page = await open('iframe.html?id=callstatus--default&viewMode=story')
    const { status, peers } = await shown(page)
    expect(status).toBe('200')
    expect(peers).toHaveLength(4)
    expect(problems).toEqual([])
  })

  it("answers 412 in the Lobby story, the lobby scenario's answer to the viewer", async () => {
    const page = await open('iframe.html?id=callstatus--lobby&viewMode=story')
    expect(await shown(page)).toEqual({ status: '412', peers: [] })
    expect(problems).toEqual([])
  })

  it('shows the viewer in the call after joining, and the fresh world again back in Default', async () => {
    const page = await open('index.html?path=/story/callstatus--in-call')
    const preview = page.frameLocator('#storybook-preview-iframe')
    const frame = () => page.frame({ url: /iframe\.html/ })!
    await preview.locator('.call-status[data-state="done"]').waitFor()
    const inCall = await shown(frame())
    expect(inCall.status).toBe('200')
    expect(inCall.peers).toHaveLength(5)

    // A story switch inside the manager: the preview stays, the addon resets its handlers.
    await page.locator('#callstatus--default').click()
    await preview.locator('.call-status[data-state="done"]:has(li:nth-child(4)):not(:has(li:nth-child(5)))').waitFor()
    const back = await shown(frame())
    expect(back.status).toBe('200')
    expect(back.peers).toHaveLength(4)
    expect(inCall.peers).toEqual(expect.arrayContaining(back.peers))

    await page.locator('#callstatus--lobby').click()
    await preview.locator('.call-status[data-status="412"]').waitFor()
    expect(problems).toEqual([])
  })
})
