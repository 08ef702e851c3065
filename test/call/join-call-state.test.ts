import { describe, expect, it } from 'vitest'
import { CALL_FLAG, PARTICIPANT_TYPE, PERMISSION } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, addPeerInCall, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const joinCall = (body: unknown = {}) => talkFetch('POST', `/call/${TOKEN}`, { body })

describe('POST /call/{token} and the call state', () => {
  it('starts the call: activeSince is now and callFlag the joined flags', async () => {
    const mock = await talk.start(groupWorld())
    mock.clock.advance(5_000)
    await joinConversation(TOKEN)
    await joinCall({ flags: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO })
    expect(roomOf(mock.world)).toMatchObject({ activeSince: mock.clock.seconds(), callFlag: 3 })
  })

  it('keeps the start time and ORs the flags when another session joins', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob', CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO)
    })
    const startedAt = mock.clock.seconds()
    mock.clock.advance(10_000)
    await joinConversation(TOKEN)
    await joinCall({ flags: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_VIDEO })
    expect(roomOf(mock.world)).toMatchObject({ activeSince: startedAt, callFlag: 7 })
  })

  it('records when the attendee last joined the call', async () => {
    const mock = await talk.start(groupWorld())
    mock.clock.advance(42_000)
    await joinConversation(TOKEN)
    await joinCall()
    expect(mock.world.findAttendee(TOKEN, 'users', 'alice')!.lastJoinedCall).toBe(mock.clock.seconds())
  })

  it('strips the video flag from an attendee who may not publish video', async () => {
    const permissions = PERMISSION.CUSTOM | PERMISSION.START_CALL | PERMISSION.JOIN_CALL | PERMISSION.PUBLISH_AUDIO
    const mock = await talk.start(groupWorld({ viewer: { permissions } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ flags: 7 }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO)
  })

  it('strips the audio flag from an attendee who may not publish audio', async () => {
    const permissions = PERMISSION.CUSTOM | PERMISSION.START_CALL | PERMISSION.JOIN_CALL | PERMISSION.PUBLISH_VIDEO
    const mock = await talk.start(groupWorld({ viewer: { permissions } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ flags: 7 }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.IN_CALL | CALL_FLAG.WITH_VIDEO)
  })

  it('merges the requested flags into callFlag even when it strips them from the session, as Talk does', async () => {
    const permissions = PERMISSION.CUSTOM | PERMISSION.START_CALL | PERMISSION.JOIN_CALL
    const mock = await talk.start(groupWorld({ viewer: { permissions } }))
    await joinConversation(TOKEN)
    await joinCall({ flags: 7 })
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.IN_CALL)
    expect(roomOf(mock.world).callFlag).toBe(7)
  })

  it('lets a moderator publish audio and video whatever their own permissions say', async () => {
    const mock = await talk.start(
      groupWorld({ viewerType: PARTICIPANT_TYPE.MODERATOR, viewer: { permissions: PERMISSION.CUSTOM } }),
    )
    await joinConversation(TOKEN)
    await joinCall({ flags: 7 })
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(7)
  })

  it('does not start a second call for a member who joins after a peer', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addMember(world, 'bob', PARTICIPANT_TYPE.OWNER)
      await addPeerInCall(world, 'bob', 1)
    })
    const before = roomOf(mock.world).activeSince
    mock.clock.advance(3_000)
    await joinConversation(TOKEN)
    await joinCall()
    expect(roomOf(mock.world).activeSince).toBe(before)
  })
})
