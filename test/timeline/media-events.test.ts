import { expect, it } from 'vitest'
import { poll } from '../support/signaling.js'
import { talkFetch } from '../support/talk-fetch.js'
import { TOKEN, useLiveCall } from './support.js'

const live = useLiveCall()

/** The viewer joins the call too (flags 7), so notices sent to everyone in the call reach her. */
async function viewerInCall() {
  expect((await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 7 } })).status).toBe(200)
  await poll(TOKEN)
}

it("mutes and unmutes a peer's camera, telling everyone in the call as Talk's client does", async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 7 },
    { at: 2_000, kind: 'mute', actor: 'bob', media: 'video' },
    { at: 3_000, kind: 'unmute', actor: 'bob', media: 'video' },
  ])
  await viewerInCall()
  await mock.clock.advance(1_000)
  const bob = mock.world.sessions.all().find((session) => session.liveness === 'peer' && session.inCall === 7)!
  await poll(TOKEN)
  const muted = poll(TOKEN)
  await mock.clock.advance(1_000)
  expect(mock.simulatedPeers.media(mock.world, bob.sessionId).video).toBe(false)
  expect((await muted).messages).toEqual([
    expect.objectContaining({ type: 'mute', roomType: 'video', payload: { name: 'video' }, from: bob.sessionId }),
  ])
  const unmuted = poll(TOKEN)
  await mock.clock.advance(1_000)
  expect(mock.simulatedPeers.media(mock.world, bob.sessionId)).toMatchObject({ audio: true, video: true })
  expect((await unmuted).messages).toEqual([expect.objectContaining({ type: 'unmute', payload: { name: 'video' } })])
})

it('lets a peer speak for a while, share its screen, stop it and fail its connections, as its media state says', async () => {
  const mock = await live.start([
    { at: 1_000, kind: 'join', actor: 'bob', flags: 3 },
    { at: 2_000, kind: 'speak', actor: 'bob', duration: 4_000 },
    { at: 3_000, kind: 'screen-share', actor: 'bob', state: 'start' },
    { at: 4_000, kind: 'screen-share', actor: 'bob', state: 'stop' },
    { at: 5_000, kind: 'connection-fails', actor: 'bob' },
  ])
  const seen: unknown[] = []
  mock.simulatedPeers.listen((event) => event.kind === 'media' && seen.push({ ...event.media }))
  await mock.clock.advance(5_000)
  const start = mock.world.timeline.start
  expect(seen).toEqual([
    { audio: true, video: true, speakingUntil: start + 6_000, screen: false, failing: false },
    { audio: true, video: true, speakingUntil: start + 6_000, screen: true, failing: false },
    { audio: true, video: true, speakingUntil: start + 6_000, screen: false, failing: false },
    { audio: true, video: true, speakingUntil: start + 6_000, screen: false, failing: true },
  ])
  expect(mock.timeline.view().events.every((event) => event.result?.ok)).toBe(true)
})

it('answers 404 for a media event of an actor without a session, and journals it', async () => {
  const mock = await live.start([{ at: 1_000, kind: 'speak', actor: 'carol', duration: 1_000 }])
  await mock.clock.advance(1_000)
  expect(mock.timeline.view().events[0]!.result).toEqual({ ok: false, status: 404 })
  const entries = await mock.journal.entries('timeline')
  expect(entries.at(-1)).toMatchObject({ method: 'PEER', path: `/timeline/${TOKEN}/speak/carol`, status: 404 })
})
