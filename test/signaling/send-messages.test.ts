import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE, PERMISSION, type World } from '../../src/index.js'
import { message, poll, send } from '../support/signaling.js'
import { joinConversation } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'bob', displayName: 'Bob' })
  await world.addUser({ id: 'carol', displayName: 'Carol' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.GROUP })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.MODERATOR })
  await world.addAttendee('team', { actorId: 'bob' })
  const carol = await world.addAttendee('team', { actorId: 'carol' })
  await world.addSession(carol, { inCall: CALL_FLAG.IN_CALL })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })
const bob = { user: 'bob' }
const SENDS_AUDIO =
  'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendrecv\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=recvonly'
const RECEIVES_ONLY =
  'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=recvonly\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=inactive'

/** Alice and Bob in the conversation, Alice told of the room once, so her next poll waits for news. */
async function twoClients() {
  const alice = await joinConversation('team')
  const other = await joinConversation('team', bob)
  await poll('team')
  return { alice: alice.sessionId, bob: other.sessionId }
}

/** What Alice's next poll delivers after `act`. */
async function deliveredAfter(act: () => Promise<unknown>) {
  const waiting = poll('team')
  await act()
  mock.clock.advance(30_000)
  return (await waiting).messages
}

describe('POST /signaling/{token}', () => {
  it('answers 200 with data null and relays a message to its session with from added', async () => {
    const ids = await twoClients()
    const candidate = { to: ids.alice, type: 'candidate', roomType: 'video', payload: { candidate: 'a=candidate:1' } }
    let answer: Awaited<ReturnType<typeof send>> | undefined
    const delivered = await deliveredAfter(
      async () => (answer = await send('team', [message(ids.bob, candidate)], bob)),
    )
    expect(answer).toMatchObject({ status: 200, data: null })
    expect(delivered).toEqual([{ ...candidate, from: ids.bob }])
  })

  it("drops a message whose sessionId is not the sender's session in this conversation", async () => {
    const ids = await twoClients()
    const forged = message(ids.alice, { to: ids.alice, type: 'mute', payload: { name: 'audio' } })
    expect(await deliveredAfter(() => send('team', [forged], bob))).toEqual([])
  })

  it('relays control only from an owner or moderator', async () => {
    const ids = await twoClients()
    const forceMute = (from: string, to: string) =>
      message(from, { to, type: 'control', roomType: 'video', payload: { action: 'forceMute', peerId: to } })
    expect(await deliveredAfter(() => send('team', [forceMute(ids.bob, ids.alice)], bob))).toEqual([])
    // A guest moderator is no moderator for control (`hasModeratorPermissions(false)`).
    const bobAttendee = mock.world.findAttendee('team', 'users', 'bob')!
    await mock.world.attendees.update(
      bobAttendee,
      (draft) => void (draft.participantType = PARTICIPANT_TYPE.GUEST_MODERATOR),
    )
    expect(await deliveredAfter(() => send('team', [forceMute(ids.bob, ids.alice)], bob))).toEqual([])
    await mock.world.attendees.update(bobAttendee, (draft) => void (draft.participantType = PARTICIPANT_TYPE.USER))
    await poll('team', bob)
    const bobsPoll = poll('team', bob)
    await send('team', [forceMute(ids.alice, ids.bob)])
    expect((await bobsPoll).messages).toEqual([expect.objectContaining({ type: 'control', from: ids.alice })])
  })

  it('drops a screen offer from a sender without the screen-sharing permission', async () => {
    const ids = await twoClients()
    const bobAttendee = mock.world.findAttendee('team', 'users', 'bob')!
    await mock.world.attendees.update(
      bobAttendee,
      (draft) => void (draft.permissions = PERMISSION.CUSTOM | PERMISSION.PUBLISH_AUDIO | PERMISSION.PUBLISH_VIDEO),
    )
    const screen = message(ids.bob, {
      to: ids.alice,
      type: 'offer',
      roomType: 'screen',
      payload: { type: 'offer', sdp: SENDS_AUDIO },
    })
    expect(await deliveredAfter(() => send('team', [screen], bob))).toEqual([])
  })

  it('drops an offer that publishes audio the sender may not, and relays one that only receives', async () => {
    const ids = await twoClients()
    const bobAttendee = mock.world.findAttendee('team', 'users', 'bob')!
    await mock.world.attendees.update(bobAttendee, (draft) => void (draft.permissions = PERMISSION.CUSTOM))
    const offer = (sdp: string) =>
      message(ids.bob, { to: ids.alice, type: 'offer', roomType: 'video', payload: { type: 'offer', sdp } })
    expect(await deliveredAfter(() => send('team', [offer(SENDS_AUDIO)], bob))).toEqual([])
    const relayed = await deliveredAfter(() => send('team', [offer(RECEIVES_ONLY)], bob))
    expect(relayed).toEqual([expect.objectContaining({ type: 'offer', from: ids.bob })])
  })

  it('accepts a message for a simulated peer, which never answers, and journals it', async () => {
    const ids = await twoClients()
    const carol = mock.world.sessions.all().find((session) => session.liveness === 'peer')!
    const offer = message(ids.alice, { to: carol.sessionId, type: 'offer', roomType: 'video', payload: { sdp: 'v=0' } })
    expect((await send('team', [offer])).status).toBe(200)
    const journal = await mock.journal.entries()
    expect(journal.at(-1)).toMatchObject({
      method: 'POST',
      status: 200,
      requestBody: expect.stringContaining(carol.sessionId),
    })
  })

  it('ignores events other than message, and messages that are not JSON, still answering 200', async () => {
    const ids = await twoClients()
    const elements = [
      { ev: 'connect' },
      { ev: 'message', fn: 'not json', sessionId: ids.bob },
      { ev: 'message', fn: 5 },
    ]
    const delivered = await deliveredAfter(async () => {
      expect((await send('team', elements, bob)).status).toBe(200)
      expect((await send('team', ['x'], bob)).status).toBe(200)
    })
    expect(delivered).toEqual([])
  })
})

describe('POST /signaling/{token} without OCS-APIRequest', () => {
  it('answers the CSRF 412', async () => {
    const { alice } = await twoClients()
    const result = await send('team', [message(alice, { to: alice, type: 'mute' })], { ocsApiRequest: false })
    expect(result.status).toBe(412)
  })
})
