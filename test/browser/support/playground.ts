import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { CHROMIUM_ARGS, MISSING_CHROMIUM } from './chromium.js'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const SCREENSHOTS = `${repo}test-output/screenshots`

/**
 * The playground as `npm run dev` serves it (the repo's vite.config.ts, on an ephemeral port of
 * 127.0.0.1), and headless Chromium. Each test gets a fresh browser context: its own service
 * worker registration, sessionStorage and cookies.
 */
export function usePlayground(executablePath: string | undefined) {
  let server: ViteDevServer
  let browser: Browser
  let base = ''
  const pages: Page[] = []

  beforeAll(async () => {
    if (!executablePath) throw new Error(MISSING_CHROMIUM)
    server = await createServer({
      configFile: `${repo}vite.config.ts`,
      cacheDir: `${repo}test-output/.vite`,
      logLevel: 'error',
      clearScreen: false,
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    })
    await server.listen()
    base = server.resolvedUrls!.local[0]!
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  return {
    /** Opens the playground at `query` in a fresh context, once the screen has settled. */
    async open(query = '', onConsole?: (message: ConsoleMessage) => void): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      const page = await context.newPage()
      pages.push(page)
      page.on('pageerror', (error) => console.error('[playground]', error))
      if (onConsole) page.on('console', onConsole)
      await page.goto(new URL(query, base).href)
      await settle(page)
      return page
    },
    get base() {
      return base
    },
  }
}

/** Waits until the mock runs and the call screen is past joining the conversation. */
export async function settle(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]')
  await page.waitForSelector('#call:not([data-phase="connecting"])')
  await page.waitForSelector('#call[aria-busy="false"]')
}

/** Waits until the grid shows `count` people, then checks it. */
export async function expectPeerCount(page: Page, count: number): Promise<void> {
  await page.waitForSelector(`.stage-grid[data-peer-count="${count}"]:not([hidden])`)
  expect(await page.locator('.grid .tile').count()).toBe(count)
}

/** The card on the stage (`lobby`, `read-only`, `not-found`, ...), or '' when the grid shows. */
export async function stageCard(page: Page): Promise<string> {
  return (await page.getAttribute('.notice', 'data-card')) ?? ''
}

/** Saves a screenshot under test-output/screenshots/ (git-ignored) to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}
