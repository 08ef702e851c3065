import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { createServer, type InlineConfig, type ViteDevServer } from 'vite'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { useChromium } from './use-chromium.js'

/**
 * A Vite dev server on an ephemeral port of 127.0.0.1 (with `config`, read when the tests start)
 * and the run's shared headless Chromium, for the tests of one file: pages opened through it are
 * closed with their contexts after each test.
 */
export function useViteAndChromium(config: () => InlineConfig) {
  const chromium = useChromium()
  let server: ViteDevServer
  let base = ''
  const pages: Page[] = []

  beforeAll(async () => {
    const { server: serverOptions, ...rest } = config()
    server = await createServer({
      logLevel: 'error',
      clearScreen: false,
      ...rest,
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null, ...serverOptions },
    })
    await server.listen()
    base = server.resolvedUrls!.local[0]!
  })
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()))
  })
  afterAll(() => server?.close())

  return {
    /** A page at `query`, in `context` or a fresh one; its errors go to the test's output. */
    async goto(query: string, context?: BrowserContext | BrowserContextOptions): Promise<Page> {
      const own = context && 'newPage' in context ? context : await chromium.browser.newContext(context)
      const page = await own.newPage()
      pages.push(page)
      page.on('pageerror', (error) => console.error('[page]', error))
      // A dev server serves every module on its own: past Chromium's 250 resource entries, the
      // timing buffer drops the later ones, which tests read to see what a page loaded.
      await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000))
      await page.goto(new URL(query, base).href)
      return page
    },
    get base() {
      return base
    },
  }
}
