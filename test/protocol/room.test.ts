import { describe, expect, it } from 'vitest'
import {
  CONVERSATION_TYPE,
  LISTABLE,
  LOBBY_STATE,
  PARTICIPANT_TYPE,
  PERMISSION,
  RECORDING_CONSENT,
} from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
const PUBLIC = 'public12'
const LISTED = 'listed12'
const PRIVATE = 'private1'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'dave', displayName: 'Dave Davis' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP, name: 'Team', defaultPermissions: 0 })
    await world.addConversation({ token: PUBLIC, type: CONVERSATION_TYPE.PUBLIC, name: 'Open house' })
    await world.addConversation({
      token: LISTED,
      type: CONVERSATION_TYPE.GROUP,
      name: 'Listed',
      listable: LISTABLE.USERS,
    })
    await world.addConversation({ token: PRIVATE, type: CONVERSATION_TYPE.GROUP, name: 'Secret' })
    for (const token of [TOKEN, PUBLIC, LISTED, PRIVATE]) {
      await world.addAttendee(token, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    }
    await world.addAttendee(TOKEN, { actorId: 'bob', permissions: PERMISSION.CUSTOM | PERMISSION.JOIN_CALL })
    world.updateSettings({ recordingConsent: RECORDING_CONSENT.REQUIRED })
    world.viewer = 'alice'
  },
})

function getRoom(token: string, user?: string) {
  return talkFetch('GET', `/room/${token}`, { user })
}

describe('GET /room/{token}', () => {
  it("shows a participant the call state, its permissions and this client's session", async () => {
    const { sessionId } = await joinConversation(TOKEN)
    await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3, recordingConsent: true } })

    const room = await getRoom(TOKEN)

    expect(room.status).toBe(200)
    expect(room.data).toMatchObject({
      token: TOKEN,
      type: CONVERSATION_TYPE.GROUP,
      name: 'Team',
      readOnly: 0,
      lobbyState: LOBBY_STATE.NONE,
      lobbyTimer: 0,
      hasCall: true,
      callFlag: 3,
      callStartTime: mock.clock.seconds(),
      canStartCall: true,
      participantType: PARTICIPANT_TYPE.OWNER,
      participantFlags: 3,
      permissions: 254,
      attendeePermissions: 0,
      defaultPermissions: 0,
      recordingConsent: RECORDING_CONSENT.REQUIRED,
      sessionId,
    })
  })

  it('shows a participant without a session of this client sessionId "0"', async () => {
    const room = await getRoom(TOKEN, 'bob')

    expect(room.data).toMatchObject({
      sessionId: '0',
      participantFlags: 0,
      participantType: PARTICIPANT_TYPE.USER,
      attendeePermissions: PERMISSION.CUSTOM | PERMISSION.JOIN_CALL,
      canStartCall: false,
    })
  })

  it('hides the call and the right to start one from someone the lobby keeps out', async () => {
    await joinConversationAndCall(TOKEN)
    const room = mock.world.conversations.get(TOKEN)!
    await mock.world.conversations.update(room, (draft) => void (draft.lobbyState = LOBBY_STATE.NON_MODERATORS))
    const bob = mock.world.findAttendee(TOKEN, 'users', 'bob')!
    await mock.world.attendees.update(bob, (draft) => void (draft.permissions = PERMISSION.DEFAULT))

    const blocked = await getRoom(TOKEN, 'bob')
    const moderator = await getRoom(TOKEN)

    expect(blocked.data).toMatchObject({ lobbyState: 1, hasCall: false, canStartCall: false })
    expect(moderator.data).toMatchObject({ lobbyState: 1, hasCall: true, canStartCall: true })
  })

  it('shows a public conversation to a guest who has not joined it with participant defaults', async () => {
    mock.viewer = null

    const room = await getRoom(PUBLIC)

    expect(room.status).toBe(200)
    expect(room.data).toMatchObject({
      token: PUBLIC,
      type: CONVERSATION_TYPE.PUBLIC,
      name: '',
      participantType: PARTICIPANT_TYPE.GUEST,
      sessionId: '0',
      hasCall: false,
      canStartCall: false,
      permissions: PERMISSION.CUSTOM,
    })
  })

  it('shows a guest who joined a public conversation as a participant', async () => {
    mock.viewer = null
    const { sessionId } = await joinConversation(PUBLIC)

    const room = await getRoom(PUBLIC)

    expect(room.data).toMatchObject({ name: 'Open house', participantType: PARTICIPANT_TYPE.GUEST, sessionId })
    expect((room.data as { actorType: string }).actorType).toBe('guests')
  })

  it('shows a listable conversation with its call to a user who is not in it', async () => {
    const room = mock.world.conversations.get(LISTED)!
    await mock.world.conversations.update(room, (draft) => {
      draft.activeSince = mock.clock.seconds()
      draft.callFlag = 7
    })

    const listed = await getRoom(LISTED, 'dave')

    expect(listed.status).toBe(200)
    expect(listed.data).toMatchObject({ name: 'Listed', hasCall: true, callFlag: 7, participantType: 4, attendeeId: 0 })
  })

  it('answers 404 with data [] to a user who may not see the conversation', async () => {
    const room = await getRoom(PRIVATE, 'dave')

    expect([room.status, room.data]).toEqual([404, []])
  })

  it('answers 404 to a token nobody has', async () => {
    expect((await getRoom('zzzz9999')).status).toBe(404)
  })
})
