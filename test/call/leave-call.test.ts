import { describe, expect, it } from 'vitest'
import { CALL_FLAG, LOBBY_STATE, PARTICIPANT_TYPE, READ_ONLY } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinCallOf, joinConversation, talkFetch, type TalkFetchOptions } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, addPeerInCall, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const leaveCall = (options: TalkFetchOptions = {}, query = '') => talkFetch('DELETE', `/call/${TOKEN}${query}`, options)

describe('DELETE /call/{token}', () => {
  it('answers 200 with data null and disconnects the session', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    expectOcs(await leaveCall(), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.DISCONNECTED)
  })

  it('ends the call when the last live session leaves', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    await leaveCall()
    expect(roomOf(mock.world)).toMatchObject({ activeSince: null, callFlag: 0 })
  })

  it('keeps the call running while a live peer is in it', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob', CALL_FLAG.IN_CALL)
    })
    const startedAt = roomOf(mock.world).activeSince
    await joinCallOf(TOKEN, 7)
    await leaveCall()
    expect(roomOf(mock.world)).toMatchObject({ activeSince: startedAt, callFlag: 7 })
  })

  it('ends the call when the only peer left in it went stale', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob', undefined, undefined, 'silent')
    })
    await joinCallOf(TOKEN)
    mock.clock.advance(31_000)
    await leaveCall()
    expect(roomOf(mock.world).activeSince).toBeNull()
  })

  it('answers 200 when the session is not in the call', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
    })
    await joinConversation(TOKEN)
    expectOcs(await leaveCall(), 200, null)
    expect(roomOf(mock.world).activeSince).not.toBeNull()
  })

  it('answers 404 with data null to an attendee who did not join the conversation', async () => {
    await talk.start(groupWorld())
    expectOcs(await leaveCall(), 404, null)
  })

  it('answers 404 with data [] to a user who is not an attendee', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await world.addUser({ id: 'mallory', displayName: 'Mallory' })
      world.viewer = 'mallory'
    })
    expectOcs(await leaveCall(), 404, [])
  })

  it('ignores a read-only conversation', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    await mock.world.conversations.update(roomOf(mock.world), (draft) => void (draft.readOnly = READ_ONLY.READ_ONLY))
    expectOcs(await leaveCall(), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(0)
  })

  it('ignores an active lobby', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN)
    await mock.world.conversations.update(
      roomOf(mock.world),
      (draft) => void (draft.lobbyState = LOBBY_STATE.NON_MODERATORS),
    )
    expectOcs(await leaveCall(), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(0)
  })
})

describe('DELETE /call/{token} with all=true', () => {
  const worldWithPeer = (viewerType: number) => async (world: Parameters<ReturnType<typeof groupWorld>>[0]) => {
    await groupWorld({ viewerType })(world)
    await addMember(world, 'bob')
    await addPeerInCall(world, 'bob')
  }
  const ways: [string, TalkFetchOptions, string][] = [
    ['the query', {}, '?all=true'],
    ['a JSON body', { body: { all: true } }, ''],
    ['a form body', { form: { all: '1' } }, ''],
  ]

  it.each(ways)('ends the call for everyone when a moderator sends it in %s', async (_, options, query) => {
    const mock = await talk.start(worldWithPeer(PARTICIPANT_TYPE.MODERATOR))
    await joinCallOf(TOKEN)
    expectOcs(await leaveCall(options, query), 200, null)
    expect(mock.world.sessions.all().map((s) => s.inCall)).toEqual([0, 0])
    expect(roomOf(mock.world)).toMatchObject({ activeSince: null, callFlag: 0 })
  })

  it.each(ways)('is ignored for a plain user who sends it in %s', async (_, options, query) => {
    const mock = await talk.start(worldWithPeer(PARTICIPANT_TYPE.USER))
    await joinCallOf(TOKEN)
    expectOcs(await leaveCall(options, query), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(0)
    expect(sessionsOf(mock.world, 'bob')[0]!.inCall).toBe(7)
    expect(roomOf(mock.world).activeSince).not.toBeNull()
  })

  it('reads all=false in a form body as false', async () => {
    const mock = await talk.start(worldWithPeer(PARTICIPANT_TYPE.MODERATOR))
    await joinCallOf(TOKEN)
    await leaveCall({ form: { all: 'false' } })
    expect(sessionsOf(mock.world, 'bob')[0]!.inCall).toBe(7)
  })

  it('only disconnects the moderator when no call is running', async () => {
    const mock = await talk.start(groupWorld({ viewerType: PARTICIPANT_TYPE.MODERATOR }))
    await joinConversation(TOKEN)
    expectOcs(await leaveCall({ body: { all: true } }), 200, null)
    expect(sessionsOf(mock.world, 'alice')).toHaveLength(1)
  })
})
