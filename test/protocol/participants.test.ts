import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, LOBBY_STATE, PARTICIPANT_TYPE, PERMISSION } from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
// Attendee ids in the order the setup adds them.
const ALICE = 1
const BOB = 2
const CAROL = 3
const SILENT_GUEST = 4
const CUSTOM_GUEST = 5
const GUEST_MODERATOR = 6
const PHONE = 7
const EMAIL = 8

type Entry = Record<string, unknown> & { attendeeId: number }

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams', status: 'away' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark', status: 'invisible' })
    await world.addUser({ id: 'dave', displayName: 'Dave Davis' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    await world.addAttendee(TOKEN, { actorId: 'carol' })
    await world.addAttendee(TOKEN, { actorType: 'guests', displayName: 'Silent guest' })
    await world.addAttendee(TOKEN, {
      actorType: 'guests',
      displayName: 'Custom guest',
      permissions: PERMISSION.CUSTOM | PERMISSION.JOIN_CALL,
    })
    const guestModerator = await world.addAttendee(TOKEN, {
      actorType: 'guests',
      displayName: 'Guest moderator',
      participantType: PARTICIPANT_TYPE.GUEST_MODERATOR,
    })
    await world.addSession(guestModerator, { clientId: 'guest-moderator' })
    await world.addAttendee(TOKEN, { actorType: 'phones', actorId: 'p1', phoneNumber: '+4930123456' })
    await world.addAttendee(TOKEN, { actorType: 'emails', actorId: 'm1', invitedCloudId: 'ext@example.com' })
    world.viewer = 'alice'
  },
})

async function listParticipants(options: { user?: string; client?: string; query?: string } = {}) {
  const listed = await talkFetch('GET', `/room/${TOKEN}/participants${options.query ?? ''}`, options)
  return { ...listed, entries: listed.data as Entry[] }
}

function entryOf(entries: Entry[], attendeeId: number): Entry | undefined {
  return entries.find((entry) => entry.attendeeId === attendeeId)
}

describe('GET /room/{token}/participants', () => {
  it('lists each attendee with its call state, permissions and session ids', async () => {
    const { sessionId } = await joinConversation(TOKEN)
    await talkFetch('POST', `/call/${TOKEN}`, { body: { flags: 3 } })

    const { status, entries } = await listParticipants()

    expect(status).toBe(200)
    expect(entryOf(entries, ALICE)).toEqual({
      roomToken: TOKEN,
      inCall: 3,
      lastPing: mock.clock.seconds(),
      sessionIds: [sessionId],
      participantType: PARTICIPANT_TYPE.OWNER,
      attendeeId: ALICE,
      actorId: 'alice',
      actorType: 'users',
      displayName: 'Alice Adams',
      permissions: 254,
      attendeePermissions: 0,
      attendeePin: '',
      phoneNumber: '',
      callId: '',
    })
    expect(entryOf(entries, CAROL)).toMatchObject({ inCall: 0, lastPing: 0, sessionIds: [] })
  })

  it("merges a user's sessions: in-call flags OR-ed, every session id, the newest ping", async () => {
    const laptop = (await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user: 'bob', client: 'laptop' }))
      .data as { sessionId: string }
    await talkFetch('POST', `/call/${TOKEN}`, { user: 'bob', client: 'laptop', body: { flags: 5 } })
    mock.clock.advance(10_000)
    const phone = (await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user: 'bob', client: 'phone' }))
      .data as { sessionId: string }

    const bob = entryOf((await listParticipants()).entries, BOB)

    expect(bob).toMatchObject({
      inCall: 5,
      sessionIds: [laptop.sessionId, phone.sessionId],
      lastPing: mock.clock.seconds(),
    })
  })

  it("leaves a session silent for over 100 s out of a user's merged sessions", async () => {
    const { sessionId: live } = await joinConversation(TOKEN, { user: 'bob' })
    const bobAttendee = mock.world.attendees.get(BOB)!
    await mock.world.addSession(bobAttendee, { clientId: 'old-tab', lastPing: mock.clock.seconds() - 101 })

    expect(entryOf((await listParticipants()).entries, BOB)?.sessionIds).toEqual([live])
  })

  it('hides guests without a live session unless they have custom permissions', async () => {
    const { entries } = await listParticipants()

    expect(entryOf(entries, SILENT_GUEST)).toBeUndefined()
    expect(entryOf(entries, CUSTOM_GUEST)).toMatchObject({ displayName: 'Custom guest', sessionIds: [] })
    expect(entryOf(entries, GUEST_MODERATOR)).toMatchObject({ participantType: PARTICIPANT_TYPE.GUEST_MODERATOR })
  })

  it('shows phone numbers and invited addresses to moderators only', async () => {
    const asModerator = await listParticipants()
    const asUser = await listParticipants({ user: 'bob' })

    expect(entryOf(asModerator.entries, PHONE)?.phoneNumber).toBe('+4930123456')
    expect(entryOf(asModerator.entries, EMAIL)?.invitedActorId).toBe('ext@example.com')
    expect(entryOf(asUser.entries, PHONE)?.phoneNumber).toBe('')
    expect(entryOf(asUser.entries, EMAIL)).not.toHaveProperty('invitedActorId')
  })

  it('adds user statuses and their header with includeStatus, invisible users showing offline', async () => {
    const withStatus = await listParticipants({ query: '?includeStatus=true' })
    const without = await listParticipants()

    expect(withStatus.response.headers.get('x-nextcloud-has-user-statuses')).toBe('1')
    expect(entryOf(withStatus.entries, ALICE)).toMatchObject({
      status: 'away',
      statusIcon: null,
      statusMessage: null,
      statusClearAt: null,
    })
    expect(entryOf(withStatus.entries, CAROL)?.status).toBe('offline')
    expect(entryOf(withStatus.entries, PHONE)).not.toHaveProperty('status')
    expect(without.response.headers.get('x-nextcloud-has-user-statuses')).toBeNull()
    expect(entryOf(without.entries, ALICE)).not.toHaveProperty('status')
  })

  it('answers 403 with data null to a plain guest, but lists for a guest moderator', async () => {
    mock.viewer = null
    await joinConversation(TOKEN)

    const guest = await listParticipants()
    const moderator = await listParticipants({ client: 'guest-moderator' })

    expect([guest.status, guest.data]).toEqual([403, null])
    expect(moderator.status).toBe(200)
  })

  it('answers 412 to a non-moderator while the lobby is active', async () => {
    await joinConversationAndCall(TOKEN)
    const room = mock.world.conversations.get(TOKEN)!
    await mock.world.conversations.update(room, (draft) => void (draft.lobbyState = LOBBY_STATE.NON_MODERATORS))

    expect((await listParticipants({ user: 'bob' })).status).toBe(412)
    expect((await listParticipants()).status).toBe(200)
  })

  it('answers 404 to someone who is not a participant', async () => {
    expect((await listParticipants({ user: 'dave' })).status).toBe(404)
  })
})
