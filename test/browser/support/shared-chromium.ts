import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_ARGS, findChromium, IN_CI, MISSING_CHROMIUM } from './chromium.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint; '' when there is no browser to drive. */
    chromiumEndpoint: string
  }
}

/**
 * The browser project's global setup: launches headless Chromium once for the whole run and
 * hands its endpoint to the test files (`provide`), which connect to it (`useChromium`). One
 * browser instead of one per file saves a launch and a profile per file. Without Chromium
 * outside CI, every browser test file skips, and this says why, once for the run; in CI the
 * files then fail with the same reason.
 * @example
 * // vite.config.ts, the browser project: globalSetup: ['test/browser/support/shared-chromium.ts']
 */
export default async function launchSharedChromium(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromium()
  if (!executablePath) {
    if (!IN_CI) console.warn(`\n[browser tests skipped] ${MISSING_CHROMIUM}\n`)
    project.provide('chromiumEndpoint', '')
    return async () => {}
  }
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS })
  project.provide('chromiumEndpoint', server.wsEndpoint())
  return () => server.close()
}
