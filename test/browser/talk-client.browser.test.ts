import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { runsChromium } from './support/use-chromium.js'
import { useVitePage } from './support/vite-page.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const root = fileURLToPath(new URL('./talk-client', import.meta.url))

/** What the page's `window.talk` holds (see talk-client/main.ts). */
type TalkWindow = typeof window & {
  talk: {
    axios: typeof import('@nextcloud/axios').default
    generateOcsUrl: typeof import('@nextcloud/router').generateOcsUrl
    getCapabilities: typeof import('@nextcloud/capabilities').getCapabilities
    startSignaling: typeof import('./support/internal-signaling-client.js').startSignaling
  }
  signaling?: ReturnType<typeof import('./support/internal-signaling-client.js').startSignaling>
}

/** Joins the conversation and the call as Talk's web client does, then joins again without force. */
function joinTwice(page: Page) {
  return page.evaluate(async () => {
    const { axios, generateOcsUrl } = (window as TalkWindow).talk
    const join = generateOcsUrl('apps/spreed/api/v4/room/{token}/participants/active', { token: 'groupcall' })
    await axios.post(join, { force: false })
    await axios.post(generateOcsUrl('apps/spreed/api/v4/call/{token}', { token: 'groupcall' }), {
      flags: 3,
      silent: false,
      recordingConsent: false,
    })
    const again = await axios
      .post(join, { force: false })
      .catch((error: { response: { status: number; data: unknown } }) => error.response)
    return { status: again.status, data: again.data as { ocs: { data: { lastPing: number } } }, now: Date.now() }
  })
}

// In CI a missing browser is a failure, never a skip: useChromium then throws MISSING_CHROMIUM.
describe.runIf(runsChromium())("a page that talks to the mock as Talk's web client does", () => {
  const pages = useVitePage(root, repo)

  it("answers a 409 whose lastPing is within seconds of the browser's Date.now() on a running clock", async () => {
    const page = await pages.open()
    const { status, data, now } = await joinTwice(page)
    expect(status).toBe(409)
    expect(Math.abs(data.ocs.data.lastPing - now / 1000)).toBeLessThan(5)
  })

  it("keeps the world's own instant on a still clock (?talk-clock=still)", async () => {
    const page = await pages.open('?talk-clock=still')
    const { status, data } = await joinTwice(page)
    expect(status).toBe(409)
    expect(data.ocs.data.lastPing).toBe(Date.UTC(2026, 0, 1, 10) / 1000)
  })

  it("holds a call over internal signaling as Talk's web client does, from joining to ending it", async () => {
    const page = await pages.open()
    const steps = await page.evaluate(async () => {
      const { axios, generateOcsUrl, startSignaling } = (window as TalkWindow).talk
      const url = (path: string) => generateOcsUrl(`apps/spreed/api/v4/${path}`)
      const settle = (count: number) =>
        new Promise<void>((resolve) => {
          const check = () =>
            (window as TalkWindow).signaling!.answers.length > count ? resolve() : setTimeout(check, 20)
          check()
        })
      const own = (await axios.post(url('room/groupcall/participants/active'), { force: false })).data.ocs.data
      const settings = (
        await axios.get(generateOcsUrl('apps/spreed/api/v3/signaling/settings'), { params: { token: 'groupcall' } })
      ).data.ocs.data
      const signaling = ((window as TalkWindow).signaling = startSignaling(
        axios,
        generateOcsUrl,
        'groupcall',
        own.sessionId,
      ))
      const flagsOf = (users: typeof before) => users.find((user) => user.sessionId === own.sessionId)?.inCall
      // The simulated peers offer to a client in the call (which never answers here): their
      // messages answer polls too, so the room after a step is the first answer that changed this client.
      const usersAfter = async (act: () => Promise<unknown>) => {
        const count = signaling.answers.length
        const flags = flagsOf(signaling.answers.at(-1)!.users)
        await act()
        await settle(count)
        const changed = () => signaling.answers.slice(count).find((answer) => flagsOf(answer.users) !== flags)
        while (!changed()) await settle(signaling.answers.length)
        return changed()!.users
      }
      await settle(0)
      const before = signaling.answers.at(-1)!.users
      const joined = await usersAfter(() =>
        axios.post(url('call/groupcall'), { flags: 7, silent: false, recordingConsent: false }),
      )
      const updated = await usersAfter(() => axios.put(url('call/groupcall'), { flags: 3 }))
      const left = await usersAfter(() => axios.delete(url('call/groupcall')))
      await usersAfter(() => axios.post(url('call/groupcall'), { flags: 3 }))
      // The owner, in a tab of their own, ends the call for everyone.
      const owner = { auth: { username: 'peer1', password: 'secret' } }
      await axios.post(url('room/groupcall/participants/active'), { force: false }, owner)
      const ended = await usersAfter(() => axios.delete(url('call/groupcall'), { ...owner, data: { all: true } }))
      signaling.stop()
      return {
        mode: settings.signalingMode,
        peersBefore: before.filter((user) => user.inCall !== 0).length,
        flags: [flagsOf(before), flagsOf(joined), flagsOf(updated), flagsOf(left), flagsOf(ended)],
        inCallAfterEnd: ended.filter((user) => user.inCall !== 0).length,
        statuses: signaling.answers.map((answer) => answer.status),
      }
    })
    expect(steps.mode).toBe('internal')
    expect(steps.peersBefore).toBe(4)
    expect(steps.flags).toEqual([0, 7, 3, 0, 0])
    expect(steps.statuses.every((status) => status === 200)).toBe(true)
    expect(steps.inCallAfterEnd).toBe(0)
  })

  it('lets the next poll of a session have its messages after the page gave up on a poll', async () => {
    const page = await pages.open('?talk-clock=still')
    const delivered = await page.evaluate(async () => {
      const { axios, generateOcsUrl } = (window as TalkWindow).talk
      const url = generateOcsUrl('apps/spreed/api/v3/signaling/{token}', { token: 'groupcall' })
      const own = (await axios.post(generateOcsUrl('apps/spreed/api/v4/room/groupcall/participants/active'), {})).data
        .ocs.data.sessionId as string
      await axios.get(url)
      // The page gives up on a poll (msw's worker does not tell the mock), then polls again.
      const controller = new AbortController()
      const abandoned = axios.get(url, { signal: controller.signal }).catch(() => 'aborted')
      controller.abort()
      await abandoned
      const next = axios.get(url)
      await new Promise((resolve) => setTimeout(resolve, 200))
      const fn = JSON.stringify({ to: own, type: 'nickChanged', payload: { name: 'Me' } })
      await axios.post(url, { messages: JSON.stringify([{ ev: 'message', fn, sessionId: own }]) })
      const answer = (await next).data.ocs.data as Array<{ type: string }>
      return answer.map((entry) => entry.type)
    })
    expect(delivered).toEqual(['message', 'usersInRoom'])
  })

  it('provides the capabilities as initial state, read by @nextcloud/capabilities', async () => {
    const page = await pages.open()
    const spreed = await page.evaluate(() => {
      const capabilities = (window as TalkWindow).talk.getCapabilities() as {
        spreed: { features: string[]; config: { call: { enabled: boolean; 'supported-reactions': string[] } } }
      }
      return capabilities.spreed
    })
    expect(spreed.features).toContain('signaling-v3')
    expect(spreed.config.call.enabled).toBe(true)
    expect(spreed.config.call['supported-reactions']).toContain('❤️')
  })

  it('serves the signaling settings a Talk client fetches before joining a call', async () => {
    const page = await pages.open()
    const settings = await page.evaluate(async () => {
      const { axios, generateOcsUrl } = (window as TalkWindow).talk
      const response = await axios.get(generateOcsUrl('apps/spreed/api/v3/signaling/settings'), {
        params: { token: 'groupcall' },
      })
      return response.data.ocs.data as { signalingMode: string; userId: string }
    })
    expect(settings).toMatchObject({ signalingMode: 'internal', userId: 'alice' })
  })

  it('lets @nextcloud/axios recover from a CSRF 412 through /index.php/csrftoken', async () => {
    const page = await pages.open()
    const result = await page.evaluate(async () => {
      const { axios, generateOcsUrl } = (window as TalkWindow).talk
      // A page whose request token went missing: the mock answers the CSRF 412, axios fetches a new one.
      delete document.head.dataset.requesttoken
      axios.defaults.headers.requesttoken = ''
      const response = await axios.get(generateOcsUrl('apps/spreed/api/v4/room/{token}', { token: 'groupcall' }))
      return { status: response.status, token: response.data.ocs.data.token as string }
    })
    expect(result).toEqual({ status: 200, token: 'groupcall' })
  })
})
