import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { IN_CI, MISSING_CHROMIUM } from './chromium.js'

/**
 * Whether this run drives Chromium: the shared one was launched, or this is CI, where a missing
 * browser fails (`useChromium` throws) instead of skipping.
 * @example
 * describe.runIf(runsChromium())('the playground in Chromium', () => { ... })
 */
export function runsChromium(): boolean {
  return inject('chromiumEndpoint') !== '' || IN_CI
}

/**
 * The run's one headless Chromium (launched by the browser project's global setup,
 * shared-chromium.ts), connected for the tests of this file and disconnected after them, which
 * closes every context the file opened. Open a fresh context per test (`browser.newContext()`)
 * for its own service worker registration, storage and cookies; the browser is never closed here.
 * @example
 * describe.runIf(runsChromium())('my page in Chromium', () => {
 *   const chromium = useChromium()
 *   it('loads', async () => {
 *     const page = await (await chromium.browser.newContext()).newPage()
 *   })
 * })
 */
export function useChromium(): { readonly browser: Browser } {
  let browser: Browser | undefined
  beforeAll(async () => {
    const endpoint = inject('chromiumEndpoint')
    if (!endpoint) throw new Error(MISSING_CHROMIUM)
    browser = await chromium.connect(endpoint)
  })
  afterAll(() => browser?.close())
  return {
    get browser() {
      if (!browser) throw new Error('The shared Chromium is connected in beforeAll: use it inside a test or hook.')
      return browser
    },
  }
}
