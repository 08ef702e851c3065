import { describe, expect, it } from 'vitest'
import { CALL_FLAG, LOBBY_STATE, PARTICIPANT_TYPE, PERMISSION, READ_ONLY, START_CALLS } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinCallOf, joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addPeerInCall, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const updateFlags = (body: unknown) => talkFetch('PUT', `/call/${TOKEN}`, { body })

describe('PUT /call/{token}', () => {
  it('answers 200 with data null and changes the session flags', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    expectOcs(await updateFlags({ flags: CALL_FLAG.IN_CALL }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.IN_CALL)
  })

  it("leaves the conversation's callFlag and start time alone", async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN, CALL_FLAG.IN_CALL)
    const before = roomOf(mock.world)
    mock.clock.advance(1000)
    await updateFlags({ flags: 7 })
    expect(roomOf(mock.world)).toMatchObject({ callFlag: before.callFlag, activeSince: before.activeSince })
  })

  it('casts flags sent as a string in a form body', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    expectOcs(await talkFetch('PUT', `/call/${TOKEN}`, { form: { flags: '3' } }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(3)
  })

  it('answers 400 with data null when the session is not in the call', async () => {
    await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await updateFlags({ flags: 3 }), 400, null)
  })

  it('answers 400 with data null to flags without the in-call bit', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    expectOcs(await updateFlags({ flags: CALL_FLAG.WITH_AUDIO }), 400, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(7)
  })

  it('answers 400 {"error":"flags"} to flags out of range', async () => {
    await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    expectOcs(await updateFlags({ flags: 16 }), 400, { error: 'flags' })
  })

  it('answers 400 {"error":"flags"} when flags are missing', async () => {
    await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    expectOcs(await updateFlags({}), 400, { error: 'flags' })
  })

  it('answers 404 with data null to an attendee who did not join the conversation', async () => {
    await talk.start(groupWorld())
    expectOcs(await updateFlags({ flags: 1 }), 404, null)
  })

  it('answers 404 with data [] to a user who is not an attendee', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await world.addUser({ id: 'mallory', displayName: 'Mallory' })
      world.viewer = 'mallory'
    })
    expectOcs(await updateFlags({ flags: 1 }), 404, [])
  })

  it('strips the audio and video flags an attendee may not publish', async () => {
    const mock = await talk.start(
      groupWorld({ viewer: { permissions: PERMISSION.CUSTOM | PERMISSION.START_CALL | PERMISSION.JOIN_CALL } }),
    )
    await joinCallOf(TOKEN, CALL_FLAG.IN_CALL)
    expectOcs(await updateFlags({ flags: 7 }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(CALL_FLAG.IN_CALL)
  })

  it('ignores a read-only conversation', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    await mock.world.conversations.update(roomOf(mock.world), (draft) => void (draft.readOnly = READ_ONLY.READ_ONLY))
    expectOcs(await updateFlags({ flags: 1 }), 200, null)
  })

  it('ignores an active lobby', async () => {
    const mock = await talk.start(groupWorld())
    await joinCallOf(TOKEN, 7)
    await mock.world.conversations.update(
      roomOf(mock.world),
      (draft) => void (draft.lobbyState = LOBBY_STATE.NON_MODERATORS),
    )
    expectOcs(await updateFlags({ flags: 1 }), 200, null)
  })

  it('ignores calls being disabled on the server', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.USER })(world)
      await addPeerInCall(world, 'bob')
    })
    await joinCallOf(TOKEN, 7)
    mock.world.updateSettings({ startCalls: START_CALLS.NOBODY })
    expectOcs(await updateFlags({ flags: 1 }), 200, null)
  })
})
