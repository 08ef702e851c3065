import { describe, expect, it } from 'vitest'
import {
  CALL_FLAG,
  CONVERSATION_TYPE,
  LOBBY_STATE,
  PARTICIPANT_TYPE,
  PERMISSION,
  READ_ONLY,
  RECORDING_CONSENT,
  START_CALLS,
} from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, addPeerInCall, groupWorld, roomOf, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const joinCall = (body: unknown = {}) => talkFetch('POST', `/call/${TOKEN}`, { body })

describe('POST /call/{token}', () => {
  it('answers 200 with data null and puts the session in the call with flags 7 by default', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 200, null)
    expect(sessionsOf(mock.world, 'alice').map((s) => s.inCall)).toEqual([7])
  })

  it('joins with the flags it is sent', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ flags: CALL_FLAG.IN_CALL | CALL_FLAG.WITH_AUDIO }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(3)
  })

  it('casts flags sent as a string in a form body', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { form: { flags: '5' } }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(5)
  })

  it('ignores a JSON body that does not parse and joins with the default flags', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    const result = await talkFetch('POST', `/call/${TOKEN}`, {
      headers: { 'Content-Type': 'application/json' },
      rawBody: '{"flags": 3',
    })
    expectOcs(result, 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(7)
  })

  it('replaces the flags of a session that is in the call already', async () => {
    const mock = await talk.start(groupWorld())
    await joinConversation(TOKEN)
    await joinCall({ flags: 7 })
    expectOcs(await joinCall({ flags: 1 }), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(1)
  })

  it('answers 400 {"error":"flags"} to flags above 15', async () => {
    await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ flags: 16 }), 400, { error: 'flags' })
  })

  it('answers 400 {"error":"flags"} to negative flags', async () => {
    await talk.start(groupWorld())
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ flags: -1 }), 400, { error: 'flags' })
  })

  it('answers 400 {"error":"consent"} when the server requires recording consent and none is given', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      world.updateSettings({ recordingConsent: RECORDING_CONSENT.REQUIRED })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 400, { error: 'consent' })
  })

  it('joins when the required recording consent is given', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      world.updateSettings({ recordingConsent: RECORDING_CONSENT.REQUIRED })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ recordingConsent: true }), 200, null)
  })

  it('reads recordingConsent "false" in a form body as no consent', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      world.updateSettings({ recordingConsent: RECORDING_CONSENT.REQUIRED })
    })
    await joinConversation(TOKEN)
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { form: { recordingConsent: 'false' } }), 400, {
      error: 'consent',
    })
  })

  it('answers 400 {"error":"consent"} when consent is optional and the conversation asks for it', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { recordingConsent: 1 } })(world)
      world.updateSettings({ recordingConsent: RECORDING_CONSENT.OPTIONAL })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 400, { error: 'consent' })
  })

  it('joins without consent when consent is optional and the conversation does not ask for it', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { recordingConsent: 0 } })(world)
      world.updateSettings({ recordingConsent: RECORDING_CONSENT.OPTIONAL })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 200, null)
  })

  it('answers 400 {"error":"type"} in a note-to-self conversation', async () => {
    await talk.start(groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { type: CONVERSATION_TYPE.NOTE_TO_SELF } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 400, { error: 'type' })
  })

  it('answers 403 with data [] while calls are disabled on the server', async () => {
    await talk.start(async (world) => {
      await groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER })(world)
      world.updateSettings({ startCalls: START_CALLS.NOBODY })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })

  it('answers 403 for disabled calls before looking up the conversation', async () => {
    await talk.start(async (world) => {
      world.updateSettings({ startCalls: START_CALLS.NOBODY })
    })
    expectOcs(await talkFetch('POST', '/call/nosuchroom', { body: {} }), 403, [])
  })

  it('answers 403 with data [] in a read-only conversation', async () => {
    await talk.start(groupWorld({ viewerType: PARTICIPANT_TYPE.OWNER, room: { readOnly: READ_ONLY.READ_ONLY } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })

  it('answers 403 with data [] in the changelog conversation', async () => {
    await talk.start(groupWorld({ room: { type: CONVERSATION_TYPE.CHANGELOG } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })

  it('answers 403 with data [] to a user who may not start a call when nobody is in it', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      world.updateSettings({ startCalls: START_CALLS.MODERATORS })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })

  it('answers 403 to an attendee without the start-call permission when nobody is in the call', async () => {
    await talk.start(groupWorld({ viewer: { permissions: PERMISSION.CUSTOM | PERMISSION.JOIN_CALL } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })

  it('lets a user who may not start a call join a call a peer is running', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
      world.updateSettings({ startCalls: START_CALLS.MODERATORS })
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 200, null)
    expect(sessionsOf(mock.world, 'alice')[0]!.inCall).toBe(7)
  })

  it('answers 403 to a user who may not start a call when the only peer in the call went stale', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addPeerInCall(world, 'bob')
      world.updateSettings({ startCalls: START_CALLS.MODERATORS })
    })
    mock.clock.advance(31_000)
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })

  it('answers 404 with data [] to a user who is not an attendee', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await world.addUser({ id: 'mallory', displayName: 'Mallory' })
      world.viewer = 'mallory'
    })
    expectOcs(await joinCall(), 404, [])
  })

  it('answers 404 with data [] for a conversation that does not exist', async () => {
    await talk.start(groupWorld())
    expectOcs(await talkFetch('POST', '/call/nosuchroom', { body: {} }), 404, [])
  })

  it('answers 404 with data null to an attendee who did not join the conversation before', async () => {
    await talk.start(groupWorld())
    expectOcs(await joinCall(), 404, null)
  })

  it('answers 404 to a guest without a session in a public conversation', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { type: CONVERSATION_TYPE.PUBLIC } })(world)
      world.viewer = null
    })
    expectOcs(await joinCall(), 404, [])
  })

  it('checks recording consent before the session', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      world.updateSettings({ recordingConsent: RECORDING_CONSENT.REQUIRED })
    })
    expectOcs(await joinCall(), 400, { error: 'consent' })
  })

  it('checks the lobby before the flags range', async () => {
    await talk.start(groupWorld({ room: { lobbyState: LOBBY_STATE.NON_MODERATORS } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall({ flags: 99 }), 412, [])
  })
})

describe('POST /call/{token} and the lobby', () => {
  const lobby = { lobbyState: LOBBY_STATE.NON_MODERATORS }

  it.each([
    ['a user', PARTICIPANT_TYPE.USER],
    ['a self-joined user', PARTICIPANT_TYPE.USER_SELF_JOINED],
  ])('answers 412 with data [] to %s while the lobby is active', async (_, viewerType) => {
    await talk.start(groupWorld({ viewerType, room: { ...lobby, type: CONVERSATION_TYPE.PUBLIC } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 412, [])
  })

  it.each([
    ['the owner', PARTICIPANT_TYPE.OWNER],
    ['a moderator', PARTICIPANT_TYPE.MODERATOR],
  ])('lets %s past the lobby', async (_, viewerType) => {
    await talk.start(groupWorld({ viewerType, room: lobby }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 200, null)
  })

  it('lets a user with the lobby-ignore permission past the lobby', async () => {
    const permissions = PERMISSION.CUSTOM | PERMISSION.START_CALL | PERMISSION.JOIN_CALL | PERMISSION.LOBBY_IGNORE
    await talk.start(groupWorld({ room: lobby, viewer: { permissions } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 200, null)
  })

  it('lets a user past the lobby when the conversation default grants lobby-ignore', async () => {
    await talk.start(groupWorld({ room: { ...lobby, defaultPermissions: 254 } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 200, null)
  })

  it('answers 412 to a guest while the lobby is active', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { ...lobby, type: CONVERSATION_TYPE.PUBLIC } })(world)
      world.viewer = null
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 412, [])
  })

  it('lets a guest moderator past the lobby', async () => {
    await talk.start(async (world) => {
      await groupWorld({ room: { ...lobby, type: CONVERSATION_TYPE.PUBLIC } })(world)
      const guest = await world.addAttendee(TOKEN, {
        actorType: 'guests',
        displayName: 'Gina',
        participantType: PARTICIPANT_TYPE.GUEST_MODERATOR,
      })
      await world.addSession(guest, { clientId: 'gina-browser' })
      world.viewer = null
    })
    expectOcs(await talkFetch('POST', `/call/${TOKEN}`, { body: {}, client: 'gina-browser' }), 200, null)
  })

  it('turns the lobby off once its timer has passed', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld({ room: { ...lobby, lobbyTimer: world.clock.seconds() + 60 } })(world)
    })
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 412, [])
    mock.clock.advance(60_000)
    expectOcs(await joinCall(), 200, null)
    expect(roomOf(mock.world)).toMatchObject({ lobbyState: LOBBY_STATE.NONE, lobbyTimer: 0 })
  })

  it('answers 403, not 412, when the conversation is read-only and has a lobby', async () => {
    await talk.start(groupWorld({ room: { ...lobby, readOnly: READ_ONLY.READ_ONLY } }))
    await joinConversation(TOKEN)
    expectOcs(await joinCall(), 403, [])
  })
})

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
