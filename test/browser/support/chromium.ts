import { existsSync } from 'node:fs'

/** Flags for Debian's Chromium in a container: headless, no sandbox, nothing phoning home, fake media. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // A camera and microphone without devices or prompts, and sound without a click: WebRTC tests.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
]

/**
 * The Chromium the browser tests drive: `CHROME_PATH` when set (and only it), else Debian's.
 * Nothing is downloaded.
 */
export function findChromium(): string | undefined {
  const candidates = process.env.CHROME_PATH
    ? [process.env.CHROME_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((path) => existsSync(path))
}

/** Why the browser tests cannot run, and how to make them. */
export const MISSING_CHROMIUM =
  (process.env.CHROME_PATH
    ? `CHROME_PATH is ${process.env.CHROME_PATH}, where there is no browser. `
    : 'No Chromium at /usr/bin/chromium. ') +
  'The browser tests need one: install it (`sudo apt-get install chromium`) or point CHROME_PATH at a ' +
  'Chromium or Chrome binary. Nothing is downloaded.'

/** Whether this run is CI, where a missing browser fails instead of skipping. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1'
