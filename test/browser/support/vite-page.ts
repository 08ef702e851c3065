import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { createServer, defaultClientConditions, type ViteDevServer } from 'vite'
import { mswFrom } from '../../support/msw-from.js'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { CHROMIUM_ARGS, MISSING_CHROMIUM } from './chromium.js'

/**
 * A page of this repository served by Vite (with the playground's MSW worker script from
 * public/) on an ephemeral port of 127.0.0.1, and headless Chromium; each `open` is a fresh
 * context (own service worker registration, storage and cookies) that waits for
 * `body[data-ready]`.
 */
export function useVitePage(
  root: string,
  repo: string,
  executablePath: string | undefined,
  /** Where Vite proxies `/ocs` and `/index.php` (a standalone mock server), read once it listens. */
  proxyTarget?: () => string,
) {
  let server: ViteDevServer
  let browser: Browser
  let base = ''
  const pages: Page[] = []

  beforeAll(async () => {
    if (!executablePath) throw new Error(MISSING_CHROMIUM)
    server = await createServer({
      configFile: false,
      root,
      // As the repo's vite.config.ts: its sources, and the msw of `npm run test:msw3` when it runs.
      resolve: { conditions: ['talk-call-mock-source', ...defaultClientConditions] },
      plugins: process.env.TALK_MOCK_MSW_DIR ? [mswFrom(process.env.TALK_MOCK_MSW_DIR)] : [],
      publicDir: `${repo}public`,
      cacheDir: `${repo}test-output/.vite-pages`,
      logLevel: 'error',
      clearScreen: false,
      optimizeDeps: {
        include: [
          'msw',
          'msw/browser',
          '@msw/data',
          'zod',
          '@nextcloud/axios',
          '@nextcloud/router',
          '@nextcloud/capabilities',
        ],
      },
      server: {
        host: '127.0.0.1',
        port: 0,
        strictPort: false,
        hmr: false,
        watch: null,
        proxy: proxyTarget && { '/ocs': proxyTarget(), '/index.php': proxyTarget() },
      },
    })
    await server.listen()
    base = server.resolvedUrls!.local[0]!
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  })
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  return {
    /** Opens the page in a fresh context, or in `context` when given (its cookies and storage). */
    async open(query = '', context?: BrowserContext): Promise<Page> {
      const page = await (context ?? (await browser.newContext())).newPage()
      pages.push(page)
      page.on('pageerror', (error) => console.error('[page]', error))
      await page.goto(new URL(query, base).href)
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
      return page
    },
  }
}
