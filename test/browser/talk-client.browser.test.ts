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
    mock: import('../../src/index.js').TalkMock
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
    const before = Date.now()
    const again = await axios
      .post(join, { force: false })
      .catch((error: { response: { status: number; data: unknown } }) => error.response)
    const after = Date.now()
    return { status: again.status, data: again.data as { ocs: { data: { lastPing: number } } }, before, after }
  })
}

// In CI a missing browser is a failure, never a skip: useChromium then throws MISSING_CHROMIUM.
describe.runIf(runsChromium())("a page that talks to the mock as Talk's web client does", () => {
  const pages = useVitePage(root, repo)

  it("answers a 409 whose lastPing is the browser's Date.now() of the join on a running clock", async () => {
    const page = await pages.open()
    const { status, data, before, after } = await joinTwice(page)
    expect(status).toBe(409)
    // The mock runs in the page on the page's clock: the second of the join lies between the two reads.
    expect(data.ocs.data.lastPing).toBeGreaterThanOrEqual(Math.floor(before / 1000))
    expect(data.ocs.data.lastPing).toBeLessThanOrEqual(Math.floor(after / 1000))
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
        await signaling.answersPast(count)
        const changed = () => signaling.answers.slice(count).find((answer) => flagsOf(answer.users) !== flags)
        while (!changed()) await signaling.answersPast(signaling.answers.length)
        return changed()!.users
      }
      await signaling.answersPast(0)
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
    type PollWindow = TalkWindow & { polls: Record<string, Promise<unknown>> }
    // Each poll pings its session as it starts waiting: with the clock a second on each time, the
    // session's lastPing tells that this poll reached the mock and waits.
    const pinged = (seconds: number) =>
      page.waitForFunction(
        ([sessionId, seconds]) => (window as TalkWindow).talk.mock.world.sessions.get(sessionId!)?.lastPing === seconds,
        [own, seconds] as const,
      )
    const { own, first } = await page.evaluate(async () => {
      const { axios, generateOcsUrl, mock } = (window as PollWindow).talk
      const url = generateOcsUrl('apps/spreed/api/v3/signaling/{token}', { token: 'groupcall' })
      const joined = await axios.post(generateOcsUrl('apps/spreed/api/v4/room/groupcall/participants/active'), {})
      await axios.get(url)
      await mock.clock.advance(1_000)
      // The page gives up on a poll that waits (msw's worker does not tell the mock)...
      const controller = new AbortController()
      ;(window as PollWindow).polls = {
        abandoned: axios.get(url, { signal: controller.signal }).catch(() => 'aborted'),
      }
      Object.assign(window, { abandon: () => controller.abort() })
      return { own: joined.data.ocs.data.sessionId as string, first: mock.clock.seconds() }
    })
    await pinged(first)
    const second = await page.evaluate(async () => {
      const { axios, generateOcsUrl, mock } = (window as PollWindow).talk
      ;(window as unknown as { abandon: () => void }).abandon()
      await (window as PollWindow).polls.abandoned
      await mock.clock.advance(1_000)
      // ...then polls again.
      const url = generateOcsUrl('apps/spreed/api/v3/signaling/{token}', { token: 'groupcall' })
      ;(window as PollWindow).polls.next = axios.get(url)
      return mock.clock.seconds()
    })
    await pinged(second)
    const delivered = await page.evaluate(async (own) => {
      const { axios, generateOcsUrl } = (window as PollWindow).talk
      const url = generateOcsUrl('apps/spreed/api/v3/signaling/{token}', { token: 'groupcall' })
      const fn = JSON.stringify({ to: own, type: 'nickChanged', payload: { name: 'Me' } })
      await axios.post(url, { messages: JSON.stringify([{ ev: 'message', fn, sessionId: own }]) })
      const answer = ((await (window as PollWindow).polls.next) as { data: { ocs: { data: Array<{ type: string }> } } })
        .data.ocs.data
      return answer.map((entry) => entry.type)
    }, own)
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
