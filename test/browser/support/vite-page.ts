import type { BrowserContext, Page } from 'playwright-core'
import { defaultClientConditions } from 'vite'
import { mswFrom } from '../../support/msw-from.js'
import { useViteAndChromium } from './vite-and-chromium.js'

/**
 * A page of this repository served by Vite (with the playground's MSW worker script from
 * public/) on an ephemeral port of 127.0.0.1, and the run's shared headless Chromium; each `open` is a fresh
 * context (own service worker registration, storage and cookies) that waits for
 * `body[data-ready]`.
 */
export function useVitePage(
  root: string,
  repo: string,
  /** Where Vite proxies `/ocs` and `/index.php` (a standalone mock server), read once it listens. */
  proxyTarget?: () => string,
) {
  const vite = useViteAndChromium(() => ({
    configFile: false,
    root,
    // As the repo's vite.config.ts: its sources, and the msw of `npm run test:msw3` when it runs.
    resolve: { conditions: ['talk-call-mock-source', ...defaultClientConditions] },
    plugins: process.env.TALK_MOCK_MSW_DIR ? [mswFrom(process.env.TALK_MOCK_MSW_DIR)] : [],
    publicDir: `${repo}public`,
    cacheDir: `${repo}test-output/.vite-pages`,
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
    server: { proxy: proxyTarget && { '/ocs': proxyTarget(), '/index.php': proxyTarget() } },
  }))

  return {
    /** Opens the page in a fresh context, or in `context` when given (its cookies and storage). */
    async open(query = '', context?: BrowserContext): Promise<Page> {
      const page = await vite.goto(query, context)
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
      return page
    },
  }
}
