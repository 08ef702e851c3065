import { describe, expect, it } from 'vitest'
import { CALL_FLAG, CONVERSATION_TYPE, LISTABLE, PARTICIPANT_TYPE } from '../../src/index.js'
import { sha1 } from '../../src/world/sha1.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinCallOf, joinConversation, talkFetch, type TalkFetchOptions } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addNamedUser, addRoom, groupWorld, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const joinRoom = (options: TalkFetchOptions = {}, token = TOKEN) =>
  talkFetch('POST', `/room/${token}/participants/active`, options)

const publicWorld =
  (input: { password?: string } = {}) =>
  async (world: Parameters<ReturnType<typeof groupWorld>>[0]) => {
    await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { type: CONVERSATION_TYPE.PUBLIC, ...input } })(world)
    world.viewer = null
  }

describe('POST /room/{token}/participants/active', () => {
  it('answers 200 with the conversation and a new 255-character session', async () => {
    const mock = await talk.start(groupWorld())
    const result = await joinRoom()
    expect(result.status).toBe(200)
    expect(result.meta).toEqual({ status: 'ok', statuscode: 200, message: 'OK' })
    const room = result.data as Record<string, unknown>
    expect(room).toMatchObject({ token: TOKEN, actorType: 'users', actorId: 'alice', participantFlags: 0 })
    expect(room.sessionId).toHaveLength(255)
    expect(sessionsOf(mock.world, 'alice')).toEqual([
      expect.objectContaining({ sessionId: room.sessionId, inCall: 0, lastPing: mock.clock.seconds() }),
    ])
  })

  it('answers 404 with data null for a conversation that does not exist', async () => {
    await talk.start(groupWorld())
    expectOcs(await joinRoom({}, 'nosuchroom'), 404, null)
  })

  it('answers 404 to a user who is not an attendee of a group conversation', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await addNamedUser(world, 'mallory')
      world.viewer = 'mallory'
    })
    expectOcs(await joinRoom(), 404, null)
  })

  it('answers 404 to a guest in a group conversation', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      world.viewer = null
    })
    expectOcs(await joinRoom(), 404, null)
  })

  it('adds a guest of a public conversation as actor "guests" named by sha1 of the session', async () => {
    const mock = await talk.start(publicWorld())
    const room = (await joinRoom()).data as Record<string, string>
    expect(room).toMatchObject({ actorType: 'guests', participantType: PARTICIPANT_TYPE.GUEST })
    expect(room.actorId).toMatch(/^[0-9a-f]{40}$/)
    expect(room.actorId).toBe(sha1(room.sessionId!))
    expect(mock.world.findAttendee(TOKEN, 'guests', room.actorId!)).toBeDefined()
  })

  it('adds a user who is not invited to a public conversation as self-joined', async () => {
    const mock = await talk.start(async (world) => {
      await publicWorld()(world)
      await addNamedUser(world, 'bob')
      world.viewer = 'bob'
    })
    const room = (await joinRoom()).data as Record<string, unknown>
    expect(room.participantType).toBe(PARTICIPANT_TYPE.USER_SELF_JOINED)
    expect(mock.world.findAttendee(TOKEN, 'users', 'bob')?.participantType).toBe(PARTICIPANT_TYPE.USER_SELF_JOINED)
  })

  it('adds a user who finds a listable group conversation as a plain user', async () => {
    await talk.start(async (world) => {
      await addRoom(world, { listable: LISTABLE.USERS })
      await addNamedUser(world, 'bob')
      world.viewer = 'bob'
    })
    const room = (await joinRoom()).data as Record<string, unknown>
    expect(room.participantType).toBe(PARTICIPANT_TYPE.USER)
  })

  it('answers 403 {"error":"password"} to a guest with a wrong password', async () => {
    await talk.start(publicWorld({ password: 'open sesame' }))
    expectOcs(await joinRoom({ body: { password: 'guess' } }), 403, { error: 'password' })
  })

  it('answers 403 {"error":"password"} to a guest without a password', async () => {
    await talk.start(publicWorld({ password: 'open sesame' }))
    expectOcs(await joinRoom(), 403, { error: 'password' })
  })

  it('lets a guest in with the right password', async () => {
    await talk.start(publicWorld({ password: 'open sesame' }))
    expect((await joinRoom({ body: { password: 'open sesame' } })).status).toBe(200)
  })

  it('casts a password sent as a JSON number to a string, as the string parameter does', async () => {
    await talk.start(publicWorld({ password: '1234' }))
    expect((await joinRoom({ body: { password: 1234 } })).status).toBe(200)
  })

  it('asks an invited attendee for no password', async () => {
    await talk.start(async (world) => {
      await publicWorld({ password: 'open sesame' })(world)
      world.viewer = 'alice'
    })
    expect((await joinRoom()).status).toBe(200)
  })

  it('asks a guest who joined before for no password when it joins again with its cookie', async () => {
    await talk.start(publicWorld({ password: 'open sesame' }))
    const first = await joinRoom({ body: { password: 'open sesame' } })
    const client = /talk_mock_client=([^;]+)/.exec(first.response.headers.get('set-cookie') ?? '')![1]!
    const again = await joinRoom({ client })
    expect(again.status).toBe(200)
    expect((again.data as Record<string, string>).actorId).toBe((first.data as Record<string, string>).actorId)
  })

  it('makes every cookie-less guest join a new guest, as a new PHP session is on a real server', async () => {
    await talk.start(publicWorld())
    const first = (await joinRoom()).data as Record<string, string>
    const second = (await joinRoom()).data as Record<string, string>
    expect(second.actorId).not.toBe(first.actorId)
    expect(second.sessionId).not.toBe(first.sessionId)
  })

  it('answers 409 with the old session when force is false and that session is in a call', async () => {
    const mock = await talk.start(groupWorld())
    const first = await joinCallOf(TOKEN, CALL_FLAG.IN_CALL)
    expectOcs(await joinRoom({ body: { force: false } }), 409, {
      sessionId: first.sessionId,
      inCall: CALL_FLAG.IN_CALL,
      lastPing: mock.clock.seconds(),
    })
    expect(sessionsOf(mock.world, 'alice').map((s) => s.sessionId)).toEqual([first.sessionId])
  })

  it('reads force "0" in a form body as false', async () => {
    await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    expect((await joinRoom({ form: { force: '0' } })).status).toBe(409)
  })

  it('replaces a session that is not in a call even when force is false', async () => {
    const mock = await talk.start(groupWorld())
    const first = await joinConversation(TOKEN)
    const again = await joinRoom({ body: { force: false } })
    expect(again.status).toBe(200)
    expect(sessionsOf(mock.world, 'alice').map((s) => s.sessionId)).toEqual([
      (again.data as { sessionId: string }).sessionId,
    ])
    expect((again.data as { sessionId: string }).sessionId).not.toBe(first.sessionId)
  })

  it('takes over a session in a call when force is true, leaving that call', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    const again = await joinRoom({ body: { force: true } })
    expect(again.status).toBe(200)
    expect(sessionsOf(mock.world, 'alice')).toEqual([expect.objectContaining({ inCall: 0 })])
    expect(mock.world.conversations.get(TOKEN)!.activeSince).toBeNull()
  })

  it('joins a conversation whose lobby is active', async () => {
    await talk.start(groupWorld({ room: { lobbyState: 1 } }))
    const result = await joinRoom()
    expect(result.status).toBe(200)
    expect(result.data).toMatchObject({ lobbyState: 1, hasCall: false })
  })
})
