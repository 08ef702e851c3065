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
import { addPeerInCall, groupWorld, sessionsOf, TOKEN } from '../support/worlds.js'

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
      await addPeerInCall(world, 'bob', undefined, undefined, 'silent')
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
