import { describe, expect, it } from 'vitest'
import {
  CONVERSATION_TYPE,
  LOBBY_STATE,
  PARTICIPANT_TYPE,
  PERMISSION,
  PERMISSIONS_MAX_DEFAULT,
  READ_ONLY,
} from '../../src/index.js'
import { ocsUrl, rawFetch } from '../support/raw-fetch.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
const ONE_TO_ONE = 'direct12'
const FORMER = 'former12'
// Attendee ids in the order the setup adds them.
const ALICE = 1
const BOB = 2
const CAROL = 3
const GUEST = 4
const GROUP = 5

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark' })
    await world.addUser({ id: 'dave', displayName: 'Dave Davis' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC, name: 'Team' })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    await world.addAttendee(TOKEN, { actorId: 'carol', participantType: PARTICIPANT_TYPE.MODERATOR })
    await world.addAttendee(TOKEN, { actorType: 'guests', displayName: 'Guest' })
    await world.addAttendee(TOKEN, { actorType: 'groups', actorId: 'staff', displayName: 'Staff' })
    await world.addConversation({ token: ONE_TO_ONE, type: CONVERSATION_TYPE.ONE_TO_ONE })
    await world.addConversation({ token: FORMER, type: CONVERSATION_TYPE.ONE_TO_ONE_FORMER })
    for (const token of [ONE_TO_ONE, FORMER]) {
      await world.addAttendee(token, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    }
    world.viewer = 'alice'
  },
})

function setReadOnly(token: string, state: number, user?: string) {
  return talkFetch('PUT', `/room/${token}/read-only`, { user, body: { state } })
}

function setLobby(token: string, body: object, user?: string) {
  return talkFetch('PUT', `/room/${token}/webinar/lobby`, { user, body })
}

function moderators(method: 'POST' | 'DELETE', attendeeId: number, user?: string) {
  return talkFetch(method, `/room/${TOKEN}/moderators`, { user, body: { attendeeId } })
}

function setPermissions(mode: string, permissions: number, token = TOKEN, user?: string) {
  return talkFetch('PUT', `/room/${token}/permissions/${mode}`, { user, body: { permissions } })
}

function inCallOf(entries: unknown, attendeeId: number): unknown {
  return (entries as Array<{ attendeeId: number; inCall: number }>).find((e) => e.attendeeId === attendeeId)?.inCall
}

describe('PUT /room/{token}/read-only', () => {
  it("answers the join of a call with 403 after the UI's own lock, and lets it through after unlocking", async () => {
    await joinConversation(TOKEN, { user: 'bob' })

    const locked = await setReadOnly(TOKEN, READ_ONLY.READ_ONLY)
    const refused = await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob', body: { flags: 3 } })
    await setReadOnly(TOKEN, READ_ONLY.READ_WRITE)
    const joined = await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob', body: { flags: 3 } })

    expect([locked.status, (locked.data as { readOnly: number }).readOnly]).toEqual([200, 1])
    expect([refused.status, refused.data]).toEqual([403, []])
    expect(joined.status).toBe(200)
  })

  it('disconnects everyone from the call when locking', async () => {
    await joinConversationAndCall(TOKEN)
    await joinConversationAndCall(TOKEN, 'bob')

    await setReadOnly(TOKEN, READ_ONLY.READ_ONLY)
    const participants = await talkFetch('GET', `/room/${TOKEN}/participants`)

    expect([inCallOf(participants.data, ALICE), inCallOf(participants.data, BOB)]).toEqual([0, 0])
  })

  it('answers 400 type for a one-to-one conversation, and lets a former one only be locked', async () => {
    expect((await setReadOnly(ONE_TO_ONE, READ_ONLY.READ_ONLY)).data).toEqual({ error: 'type' })
    expect((await setReadOnly(FORMER, READ_ONLY.READ_ONLY)).status).toBe(200)
    expect((await setReadOnly(FORMER, READ_ONLY.READ_WRITE)).data).toEqual({ error: 'type' })
  })

  it('answers 200 without any check when the state does not change', async () => {
    expect((await setReadOnly(ONE_TO_ONE, READ_ONLY.READ_WRITE)).status).toBe(200)
  })

  it('answers 400 value for a state other than 0 and 1', async () => {
    const locked = await setReadOnly(TOKEN, 2)

    expect([locked.status, locked.data]).toEqual([400, { error: 'value' }])
  })

  it('answers 403 to a participant who is not a moderator and 404 to a stranger', async () => {
    expect((await setReadOnly(TOKEN, 1, 'bob')).status).toBe(403)
    expect((await setReadOnly(TOKEN, 1, 'dave')).status).toBe(404)
    expect(mock.world.conversations.get(TOKEN)?.readOnly).toBe(READ_ONLY.READ_WRITE)
  })

  it('answers 401 to an anonymous guest before checking CSRF', async () => {
    mock.viewer = null

    const locked = await talkFetch('PUT', `/room/${TOKEN}/read-only`, {
      body: { state: 1 },
      headers: { 'OCS-APIRequest': '' },
    })

    expect([locked.status, locked.meta?.statuscode]).toEqual([401, 997])
  })
})

describe('PUT /room/{token}/webinar/lobby', () => {
  it('keeps non-moderators out of the call and disconnects those in it', async () => {
    await joinConversationAndCall(TOKEN)
    await joinConversationAndCall(TOKEN, 'bob')

    const lobby = await setLobby(TOKEN, { state: LOBBY_STATE.NON_MODERATORS })
    const participants = await talkFetch('GET', `/room/${TOKEN}/participants`)
    const bobJoins = await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob' })

    expect([lobby.status, (lobby.data as { lobbyState: number }).lobbyState]).toEqual([200, 1])
    expect([inCallOf(participants.data, ALICE), inCallOf(participants.data, BOB)]).toEqual([7, 0])
    expect(bobJoins.status).toBe(412)
  })

  it('lifts the lobby by itself once its timer has passed', async () => {
    await joinConversation(TOKEN, { user: 'bob' })
    const timer = mock.clock.seconds() + 60

    const lobby = await setLobby(TOKEN, { state: LOBBY_STATE.NON_MODERATORS, timer })
    const early = await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob' })
    mock.clock.advance(61_000)
    const late = await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob' })

    expect((lobby.data as { lobbyTimer: number }).lobbyTimer).toBe(timer)
    expect([early.status, late.status]).toEqual([412, 200])
  })

  it('answers a timer already in the past with the lobby lifted', async () => {
    const lobby = await setLobby(TOKEN, { state: LOBBY_STATE.NON_MODERATORS, timer: mock.clock.seconds() - 1 })

    expect(lobby.data).toMatchObject({ lobbyState: 0, lobbyTimer: 0 })
  })

  it('answers 400 type outside group and public conversations, and 400 value for other states', async () => {
    expect((await setLobby(ONE_TO_ONE, { state: 1 })).data).toEqual({ error: 'type' })
    expect((await setLobby(TOKEN, { state: 3 })).data).toEqual({ error: 'value' })
  })

  it('answers 403 to a participant who is not a moderator', async () => {
    expect((await setLobby(TOKEN, { state: 1 }, 'bob')).status).toBe(403)
  })
})

describe('POST and DELETE /room/{token}/moderators', () => {
  it('promotes a user, who may then lock the conversation', async () => {
    const promoted = await moderators('POST', BOB)
    const locked = await setReadOnly(TOKEN, 1, 'bob')

    expect([promoted.status, promoted.data]).toEqual([200, null])
    expect(mock.world.attendees.get(BOB)?.participantType).toBe(PARTICIPANT_TYPE.MODERATOR)
    expect(locked.status).toBe(200)
  })

  it('promotes a guest to guest moderator and demotes it again', async () => {
    expect((await moderators('POST', GUEST)).status).toBe(200)
    expect(mock.world.attendees.get(GUEST)?.participantType).toBe(PARTICIPANT_TYPE.GUEST_MODERATOR)
    expect((await moderators('DELETE', GUEST)).status).toBe(200)
    expect(mock.world.attendees.get(GUEST)?.participantType).toBe(PARTICIPANT_TYPE.GUEST)
  })

  it('demotes a moderator to a user', async () => {
    expect((await moderators('DELETE', CAROL)).status).toBe(200)
    expect(mock.world.attendees.get(CAROL)?.participantType).toBe(PARTICIPANT_TYPE.USER)
  })

  it('answers 400 to promoting a moderator, demoting a user or the owner, and to groups', async () => {
    expect((await moderators('POST', CAROL)).status).toBe(400)
    expect((await moderators('DELETE', BOB)).status).toBe(400)
    expect((await moderators('DELETE', ALICE, 'carol')).status).toBe(400)
    expect((await moderators('POST', GROUP)).status).toBe(400)
  })

  it("answers 403 to a change of the moderator's own attendee and to non-moderators", async () => {
    expect((await moderators('DELETE', ALICE)).status).toBe(403)
    expect((await moderators('POST', GUEST, 'bob')).status).toBe(403)
  })

  it('answers 404 with data null to an attendee id this conversation does not have', async () => {
    const promoted = await moderators('POST', 999)

    expect([promoted.status, promoted.data]).toEqual([404, null])
  })
})

describe('PUT /room/{token}/permissions/{mode}', () => {
  it('sets the default permissions with the custom bit and resets attendee permissions', async () => {
    const bob = mock.world.attendees.get(BOB)!
    await mock.world.attendees.update(bob, (draft) => void (draft.permissions = PERMISSIONS_MAX_DEFAULT | 1))
    await joinConversation(TOKEN, { user: 'bob' })
    const withoutStartCall = PERMISSION.JOIN_CALL | PERMISSION.PUBLISH_AUDIO

    const updated = await setPermissions('default', withoutStartCall)
    const bobStarts = await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob' })

    expect(updated.data).toMatchObject({ defaultPermissions: withoutStartCall | PERMISSION.CUSTOM })
    expect(mock.world.attendees.get(BOB)?.permissions).toBe(PERMISSION.DEFAULT)
    expect(bobStarts.status).toBe(403)
  })

  it('answers 400 mode for call permissions, which Talk 20 removed', async () => {
    expect((await setPermissions('call', 0)).data).toEqual({ error: 'mode' })
  })

  it('answers 400 permissions outside 0 to 255 before looking at the mode', async () => {
    expect((await setPermissions('call', 256)).data).toEqual({ error: 'permissions' })
  })

  it('answers 400 type in one-to-one conversations', async () => {
    expect((await setPermissions('default', 0, ONE_TO_ONE)).data).toEqual({ error: 'type' })
  })

  it('answers 403 to a participant who is not a moderator', async () => {
    expect((await setPermissions('default', 0, TOKEN, 'bob')).status).toBe(403)
  })

  it('answers an unknown mode as an unknown route', async () => {
    const unknown = await rawFetch('PUT', ocsUrl(2, `/api/v4/room/${TOKEN}/permissions/attendee`), {
      body: { permissions: 0 },
    })

    expect(unknown.status).toBe(404)
    expect(unknown.text).toContain('<message>Invalid query')
  })
})
