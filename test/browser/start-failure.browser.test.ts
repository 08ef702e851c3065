import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runsChromium } from './support/use-chromium.js'
import { useVitePage } from './support/vite-page.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const root = fileURLToPath(new URL('./first-hour', import.meta.url))
const NOTICE = '[data-talk-mock-notice]'

// In CI a missing browser is a failure, never a skip: useChromium then throws MISSING_CHROMIUM.
describe.runIf(runsChromium())('a mock that fails to start in the page', () => {
  const app = useVitePage(root, repo)

  it('shows its error in a notice the user dismisses, and the app mounts all the same', async () => {
    const page = await app.open('?talk-scenario=lobby-actve')
    expect(await page.textContent('#app')).toBe('The app is mounted.')
    const notice = page.locator(NOTICE)
    await notice.waitFor()
    expect(await notice.getAttribute('role')).toBe('alert')
    const text = await notice.textContent()
    expect(text).toContain('[talk-mock] Failed to create the mock: there is no scenario "lobby-actve"')
    expect(text).toContain('Use one of: default, no-call, lobby-active')
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await notice.waitFor({ state: 'detached' })
    expect(await page.textContent('#app')).toBe('The app is mounted.')
  })

  it('shows no notice when the mock starts, and the app gets its answers', async () => {
    const page = await app.open('?talk-scenario=lobby-active&talk-clock=still')
    const status = await page.evaluate(async () => {
      const headers = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
      return (await fetch('/ocs/v2.php/apps/spreed/api/v4/call/abc123', { headers })).status
    })
    expect(status).toBe(412)
    expect(await page.locator(NOTICE).count()).toBe(0)
  })
})
