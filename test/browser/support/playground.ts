import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { ConsoleMessage, Page } from 'playwright-core'
import { beforeAll, expect } from 'vitest'
import { useViteAndChromium } from './vite-and-chromium.js'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const SCREENSHOTS = `${repo}test-output/screenshots`

/**
 * The playground as `npm run dev` serves it (the repo's vite.config.ts, on an ephemeral port of
 * 127.0.0.1), and the run's shared headless Chromium. Each test gets a fresh browser context: its own service
 * worker registration, sessionStorage and cookies.
 */
export function usePlayground() {
  const vite = useViteAndChromium(() => ({
    configFile: `${repo}vite.config.ts`,
    cacheDir: `${repo}test-output/.vite`,
  }))
  beforeAll(() => mkdir(SCREENSHOTS, { recursive: true }))

  return {
    /** Opens the playground at `query` in a fresh context, once the screen has settled. */
    async open(query = '', onConsole?: (message: ConsoleMessage) => void): Promise<Page> {
      const page = await vite.goto(query, { viewport: { width: 1440, height: 900 } })
      if (onConsole) page.on('console', onConsole)
      await settle(page)
      return page
    },
    get base() {
      return vite.base
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
