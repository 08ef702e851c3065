import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { runsChromium } from './support/use-chromium.js'
import type { PollAnswer, startSignaling } from './support/internal-signaling-client.js'
import { useVitePage } from './support/vite-page.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const root = fileURLToPath(new URL('./remote-client', import.meta.url))

type Client = {
  axios: typeof import('@nextcloud/axios').default
  generateOcsUrl: typeof import('@nextcloud/router').generateOcsUrl
  startSignaling: typeof startSignaling
  tab: string
}
type TalkWindow = typeof window & { talk: Client; signaling?: ReturnType<typeof startSignaling> }

/** Joins `groupcall` as Talk's web client does (as `user` through Basic auth, else the viewer) and starts its poll loop. */
async function joinAndPoll(page: Page, user?: string): Promise<string> {
  return page.evaluate(async (user) => {
    const { axios, generateOcsUrl, startSignaling } = (window as TalkWindow).talk
    if (user) axios.defaults.auth = { username: user, password: 'secret' }
    const join = generateOcsUrl('apps/spreed/api/v4/room/{token}/participants/active', { token: 'groupcall' })
    const { data } = await axios.post(join, { force: true })
    await axios.get(generateOcsUrl('apps/spreed/api/v3/signaling/settings'), { params: { token: 'groupcall' } })
    const sessionId = data.ocs.data.sessionId as string
    ;(window as TalkWindow).signaling = startSignaling(axios, generateOcsUrl, 'groupcall', sessionId)
    return sessionId
  }, user)
}

/** Waits until the page's poll loop has more than `count` answers, and returns them. */
async function answersAfter(page: Page, count: number): Promise<PollAnswer[]> {
  await page.waitForFunction((count) => ((window as TalkWindow).signaling?.answers.length ?? 0) > count, count)
  return page.evaluate(() => (window as TalkWindow).signaling!.answers)
}

const answerCount = (page: Page) => page.evaluate(() => (window as TalkWindow).signaling!.answers.length)

// In CI a missing browser is a failure, never a skip: useChromium then throws MISSING_CHROMIUM.
describe.runIf(runsChromium())('internal signaling through the standalone server, two browsers', () => {
  const mock = createTalkMock({ scenario: 'default' })
  let server: TalkServer
  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server?.close())
  const pages = useVitePage(root, repo, () => server.url)

  it("answers the first client's waiting poll when another user joins, without the clock moving", async () => {
    await mock.reset()
    const alice = await pages.open()
    await joinAndPoll(alice)
    await answersAfter(alice, 0)
    const seen = await answerCount(alice)
    const bob = await pages.open()
    const bobSession = await joinAndPoll(bob, 'peer1')
    const answers = await answersAfter(alice, seen)
    expect(answers.at(-1)!.status).toBe(200)
    expect(answers.at(-1)!.users.map((user) => user.sessionId)).toContain(bobSession)
  })

  it('relays an offer and an answer between the two clients, from added', async () => {
    await mock.reset()
    const alice = await pages.open()
    const aliceSession = await joinAndPoll(alice)
    const bob = await pages.open()
    const bobSession = await joinAndPoll(bob, 'peer1')
    await answersAfter(bob, 0)
    const bobSeen = await answerCount(bob)
    await alice.evaluate(
      (to) =>
        (window as TalkWindow).signaling!.send({
          to,
          type: 'offer',
          roomType: 'video',
          payload: { type: 'offer', sdp: 'v=0' },
        }),
      bobSession,
    )
    const offer = (await answersAfter(bob, bobSeen)).flatMap((answer) => answer.messages)
    expect(offer).toEqual([expect.objectContaining({ type: 'offer', from: aliceSession, to: bobSession })])
    const aliceSeen = await answerCount(alice)
    await bob.evaluate(
      (to) =>
        (window as TalkWindow).signaling!.send({
          to,
          type: 'answer',
          roomType: 'video',
          payload: { type: 'answer', sdp: 'v=0' },
        }),
      aliceSession,
    )
    const answer = (await answersAfter(alice, aliceSeen)).flatMap((each) => each.messages)
    expect(answer).toEqual([expect.objectContaining({ type: 'answer', from: bobSession })])
  })

  it("answers the old session's waiting poll with 409 when the same tab joins again with force", async () => {
    await mock.reset()
    const before = await pages.open()
    await joinAndPoll(before)
    await answersAfter(before, 0)
    const seen = await answerCount(before)
    // The same tab after a reload: its cookie and its tab id (sessionStorage) are the same.
    const context = before.context()
    const after = await pages.open('', context)
    const tab = await before.evaluate(() => (window as TalkWindow).talk.tab)
    await after.evaluate(
      (tab) => ((window as TalkWindow).talk.axios.defaults.headers['x-nextcloud-talk-session-tab-id'] = tab),
      tab,
    )
    await joinAndPoll(after)
    const answers = await answersAfter(before, seen)
    expect(answers.at(-1)!.status).toBe(409)
    expect(answers.at(-1)!.users).toEqual([])
  })
})
