import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, LOBBY_STATE, PARTICIPANT_TYPE, PERMISSION, READ_ONLY } from '../../src/index.js'
import { expectOcs } from '../support/expect-ocs.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { groupWorld, roomOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const joinCall = (body: unknown = {}) => talkFetch('POST', `/call/${TOKEN}`, { body })

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
