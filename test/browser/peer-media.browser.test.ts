import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { TalkMock, TimelineEvent } from '../../src/index.js'
import { runsChromium } from './support/use-chromium.js'
import { useVitePage } from './support/vite-page.js'
import type { framesAdvance, joinWithWebRtc } from './support/webrtc-talk-client.js'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const root = fileURLToPath(new URL('./media-client', import.meta.url))

/** What the page's `window.talk` holds (see media-client/main.ts), and the client once it joined. */
type MediaWindow = typeof window & {
  talk: {
    axios: typeof import('@nextcloud/axios').default
    mock: TalkMock
    joinWithWebRtc: typeof joinWithWebRtc
    framesAdvance: typeof framesAdvance
  }
  client: Awaited<ReturnType<typeof joinWithWebRtc>>
}

/** The simulated peers in `groupcall`'s call that ping: session id, user id and flags. */
function peersInCall(page: Page) {
  return page.evaluate(() => {
    const { world } = (window as MediaWindow).talk.mock
    return world.sessions
      .all()
      .filter((session) => session.liveness === 'peer' && session.inCall & 1)
      .map((session) => ({
        sessionId: session.sessionId,
        actor: world.attendees.get(session.attendeeId)!.actorId,
        flags: session.inCall,
      }))
  })
}

/** Joins `groupcall` with the fake camera and microphone (flags 7) as Talk's client would. */
async function join(page: Page) {
  await page.evaluate(async () => {
    const { axios, joinWithWebRtc } = (window as MediaWindow).talk
    ;(window as MediaWindow).client = await joinWithWebRtc(axios, 'groupcall', 7)
  })
}

describe.runIf(runsChromium())('simulated peers with media, to a client speaking WebRTC as Talk does', () => {
  const pages = useVitePage(root, repo)

  it('sends playing video from each peer in the call with a camera', async () => {
    const page = await pages.open()
    const peers = await peersInCall(page)
    const withVideo = peers.filter((peer) => peer.flags & 4).map((peer) => peer.sessionId)
    expect(withVideo.length).toBeGreaterThan(0)
    await join(page)
    const played = await page.evaluate(async (ids) => {
      const { client } = window as MediaWindow
      const { framesAdvance } = (window as MediaWindow).talk
      return Promise.all(
        ids.map(async (id) => {
          const stream = await client.until(() => client.streams.find((s) => s.from === id && s.roomType === 'video'))
          const frames = await framesAdvance(stream.video)
          return { ...frames, currentTime: stream.video.currentTime }
        }),
      )
    }, withVideo)
    for (const video of played) {
      expect(video.width).toBeGreaterThan(0)
      expect(video.second).toBeGreaterThan(video.first)
      expect(video.currentTime).toBeGreaterThan(0)
    }
  })

  it('says on the status channel that a peer speaks, and that it stopped, during a speak event', async () => {
    const page = await pages.open()
    const peer = await connectedPeer(page)
    await happenNow(page, { kind: 'speak', actor: peer.actor, duration: 1_000 })
    expect(await statusFrom(page, peer.sessionId, 'speaking')).toMatchObject({ type: 'speaking' })
    expect(await statusFrom(page, peer.sessionId, 'stoppedSpeaking')).toMatchObject({ type: 'stoppedSpeaking' })
  })
})

/** The first peer in the call with camera and microphone, once the client holds its `status` channel. */
async function connectedPeer(page: Page) {
  const peer = (await peersInCall(page)).find((candidate) => candidate.flags === 7)!
  await join(page)
  await page.evaluate(async (id) => {
    const { client } = window as MediaWindow
    await client.until(() => client.status.some((status) => status.from === id && status.type === 'nickChanged'))
  }, peer.sessionId)
  return peer
}

/** Adds a timeline event that runs now. */
function happenNow(page: Page, event: Record<string, unknown>) {
  return page.evaluate(async (event) => {
    const { mock } = (window as MediaWindow).talk
    const { start } = mock.timeline.view()
    await mock.timeline.add([{ ...event, at: mock.clock.now() - start } as TimelineEvent])
  }, event)
}

/** Resolves once the client saw a status message `type` from `from`. */
function statusFrom(page: Page, from: string, type: string) {
  return page.evaluate(
    ({ from, type }) => {
      const { client } = window as MediaWindow
      return client.until(() => client.status.find((status) => status.from === from && status.type === type))
    },
    { from, type },
  )
}
