import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, PARTICIPANT_TYPE, type World } from '../../src/index.js'
import { message, poll, send, settle, SIGNALING } from '../support/signaling.js'
import { joinCallOf, joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice' })
  await world.addUser({ id: 'bob', displayName: 'Bob' })
  await world.addUser({ id: 'carol', displayName: 'Carol' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.PUBLIC })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('team', { actorId: 'bob' })
  const carol = await world.addAttendee('team', { actorId: 'carol' })
  await world.addSession(carol, { inCall: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })
const bob = { user: 'bob' }

describe('GET /signaling/{token}', () => {
  it('answers 404 with an empty usersInRoom to a client without a session in the conversation', async () => {
    const { status, entries } = await poll('team')
    expect(status).toBe(404)
    expect(entries).toEqual([{ type: 'usersInRoom', data: [] }])
  })

  it('answers the first poll at once with every session of the room, its own included', async () => {
    const own = await joinConversation('team')
    const { status, users } = await poll('team')
    expect(status).toBe(200)
    const room = mock.world.conversations.get('team')!
    expect(users).toEqual([
      {
        userId: 'alice',
        roomId: room.id,
        lastPing: mock.clock.seconds(),
        sessionId: own.sessionId,
        inCall: 0,
        participantPermissions: 254,
        actorType: 'users',
        actorId: 'alice',
      },
      expect.objectContaining({ actorId: 'carol', userId: 'carol', inCall: 3, roomId: room.id }),
    ])
  })

  it('waits, and answers a waiting poll when someone joins the call, without the clock moving', async () => {
    await joinConversation('team')
    await joinConversation('team', bob)
    await poll('team')
    let answered = false
    const waiting = poll('team').then((result) => ((answered = true), result))
    await settle()
    expect(answered).toBe(false)
    await talkFetch('POST', '/call/team', { ...bob, body: { flags: CALL_FLAG.IN_CALL } })
    const { status, users } = await waiting
    expect(status).toBe(200)
    expect(users.find((user) => user.actorId === 'bob')).toMatchObject({ inCall: CALL_FLAG.IN_CALL })
  })

  it('lists the caller with the flags it joined the call with, then 0 after it left', async () => {
    const own = await joinCallOf('team', 7)
    expect((await poll('team')).users.find((user) => user.sessionId === own.sessionId)).toMatchObject({ inCall: 7 })
    await talkFetch('DELETE', '/call/team')
    expect((await poll('team')).users.find((user) => user.sessionId === own.sessionId)).toMatchObject({ inCall: 0 })
  })

  it('answers a waiting poll after 30 s of a still clock, with nothing new', async () => {
    await joinConversation('team')
    await poll('team')
    const waiting = poll('team')
    await settle()
    mock.clock.advance(29_000)
    await settle()
    mock.clock.advance(1_000)
    const { status, entries } = await waiting
    expect(status).toBe(200)
    expect(entries.map((entry) => entry.type)).toEqual(['usersInRoom'])
  })

  it("delivers a message sent to the caller's session, with from added", async () => {
    const own = await joinConversation('team')
    const other = await joinConversation('team', bob)
    await poll('team')
    const waiting = poll('team')
    await settle()
    const offer = { to: own.sessionId, type: 'offer', roomType: 'video', payload: { type: 'offer', sdp: 'v=0' } }
    expect((await send('team', [message(other.sessionId, offer)], bob)).status).toBe(200)
    const { messages } = await waiting
    expect(messages).toEqual([{ ...offer, from: other.sessionId }])
  })

  it('answers 409 to a poll whose session a forced join took over, with an empty usersInRoom', async () => {
    await joinCallOf('team', CALL_FLAG.IN_CALL)
    await poll('team')
    const waiting = poll('team')
    await settle()
    expect((await talkFetch('POST', '/room/team/participants/active', { body: { force: true } })).status).toBe(200)
    const { status, entries } = await waiting
    expect(status).toBe(409)
    expect(entries).toEqual([{ type: 'usersInRoom', data: [] }])
  })

  it('answers 404 to a waiting poll when the user is removed from the conversation', async () => {
    await joinConversation('team', bob)
    await poll('team', bob)
    const waiting = poll('team', bob)
    await settle()
    mock.world.removeAttendee(mock.world.findAttendee('team', 'users', 'bob')!)
    expect((await waiting).status).toBe(404)
  })

  it('answers a waiting poll when the world is changed through mock.world, or its clock moved there', async () => {
    await joinConversation('team')
    await poll('team')
    const waiting = poll('team')
    await settle()
    const carol = mock.world.sessions.all().find((session) => session.liveness === 'peer')!
    await mock.world.sessions.update(carol, (draft) => void (draft.inCall = 0))
    expect((await waiting).users.find((user) => user.sessionId === carol.sessionId)).toMatchObject({ inCall: 0 })
    const again = poll('team')
    await settle()
    mock.world.clock.advance(30_000)
    expect((await again).status).toBe(200)
  })

  it('ends an older poll of the same session at once when a newer one starts, which then gets the messages', async () => {
    const own = await joinConversation('team')
    const other = await joinConversation('team', bob)
    await poll('team')
    const older = poll('team')
    await settle()
    const newer = poll('team')
    const ended = await older
    expect(ended).toMatchObject({ status: 200, messages: [] })
    await send('team', [message(other.sessionId, { to: own.sessionId, type: 'mute', payload: { name: 'audio' } })], bob)
    expect((await newer).messages).toEqual([expect.objectContaining({ type: 'mute', from: other.sessionId })])
  })

  it('answers a waiting poll when the clock is set back before its start', async () => {
    await joinConversation('team')
    await poll('team')
    const waiting = poll('team')
    await settle()
    mock.clock.set(mock.clock.now() - 60_000)
    expect((await waiting).status).toBe(200)
  })

  it('ends a waiting poll when the world is replaced, as for a session that is gone', async () => {
    await joinConversation('team')
    await poll('team')
    const waiting = poll('team')
    await settle()
    await mock.reset()
    expect((await waiting).status).toBe(409)
  })

  it('pings the session, and from then on only polls keep it in the call', async () => {
    const own = await joinCallOf('team', CALL_FLAG.IN_CALL)
    mock.clock.advance(20_000)
    await poll('team')
    const session = mock.world.sessions.get(own.sessionId)!
    expect(session).toMatchObject({ lastPing: mock.clock.seconds(), liveness: 'signaling' })
    mock.clock.advance(31_000)
    const peers = (await talkFetch('GET', '/call/team')).data as Array<{ sessionId: string }>
    expect(peers.map((peer) => peer.sessionId)).not.toContain(own.sessionId)
  })

  it('leaves out sessions silent for over 40 s', async () => {
    const silent = await mock.world.addSession(mock.world.findAttendee('team', 'users', 'bob')!, { liveness: 'silent' })
    await joinConversation('team')
    mock.clock.advance(41_000)
    const { users } = await poll('team')
    expect(users.map((user) => user.sessionId)).not.toContain(silent.sessionId)
    expect(users.map((user) => user.actorId)).toContain('carol')
  })

  it('lets a guest poll the public conversation it joined, as a guests actor', async () => {
    mock.viewer = null
    const joined = await talkFetch('POST', '/room/team/participants/active')
    const client = /talk_mock_client=([^;]+)/.exec(joined.response.headers.get('set-cookie') ?? '')![1]!
    const { status, users } = await poll('team', { client })
    expect(status).toBe(200)
    expect(users.find((user) => user.actorType === 'guests')).toMatchObject({ userId: '', inCall: 0 })
  })

  it('ends a poll whose client went away', async () => {
    await joinConversation('team')
    await poll('team')
    const controller = new AbortController()
    const waiting = fetch(`${SIGNALING}/team`, { headers: { 'OCS-APIRequest': 'true' }, signal: controller.signal })
    await settle()
    controller.abort()
    await expect(waiting).rejects.toThrow()
    await settle()
    const polls = (await mock.journal.entries()).filter((entry) => entry.path.endsWith('/signaling/team'))
    expect(polls).toHaveLength(2)
  })

  it('answers the CSRF 412 without OCS-APIRequest or a request token', async () => {
    expect((await poll('team', { ocsApiRequest: false })).status).toBe(412)
  })
})

describe('GET /signaling/{token} in a conversation that is not public', () => {
  const { mock: privateMock } = useTalkMock({
    setup: async (world) => {
      await world.addUser({ id: 'dora', displayName: 'Dora' })
      await world.addConversation({ token: 'lounge', type: CONVERSATION_TYPE.GROUP, listable: 1 })
      world.viewer = 'dora'
    },
  })

  it('answers 404 to a user who joined a listable conversation by themselves, as Talk finds no room for that session', async () => {
    await privateMock.reset()
    const joined = await talkFetch('POST', '/room/lounge/participants/active')
    expect(joined.data).toMatchObject({ participantType: PARTICIPANT_TYPE.USER })
    const selfJoined = privateMock.world.findAttendee('lounge', 'users', 'dora')!
    await privateMock.world.attendees.update(
      selfJoined,
      (draft) => void (draft.participantType = PARTICIPANT_TYPE.USER_SELF_JOINED),
    )
    expect((await poll('lounge')).status).toBe(404)
  })
})
