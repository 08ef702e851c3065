import { findChromium, IN_CI, MISSING_CHROMIUM } from './chromium.js'

/**
 * The browser project's global setup: outside CI without Chromium, every browser test file skips
 * (`describe.runIf(chromiumPath || IN_CI)`), and this prints why, once for the whole run.
 * @example
 * // vite.config.ts, the browser project: globalSetup: ['test/browser/support/chromium-notice.ts']
 */
export default function noticeMissingChromium(): void {
  if (!findChromium() && !IN_CI) console.warn(`\n[browser tests skipped] ${MISSING_CHROMIUM}\n`)
}
