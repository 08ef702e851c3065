import { describe, expect, it } from 'vitest'
import {
  CONVERSATION_TYPE,
  LISTABLE,
  LOBBY_STATE,
  NOTIFICATION_LEVEL,
  PARTICIPANT_TYPE,
  UNREAD_FIRST_MESSAGE,
  type World,
} from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { talkRoomSchema } from '../support/talk-room-schema.js'

async function world(world: World) {
  await world.addUser({ id: 'alice', displayName: 'Alice', status: 'dnd' })
  await world.addUser({ id: 'bob', displayName: 'Bob', status: 'away' })
  await world.addConversation({ token: 'team', type: CONVERSATION_TYPE.GROUP, name: 'Team', description: 'Weekly' })
  await world.addAttendee('team', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('team', { actorId: 'bob' })
  await world.addConversation({ token: 'direct', type: CONVERSATION_TYPE.ONE_TO_ONE, name: '["alice","bob"]' })
  await world.addAttendee('direct', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('direct', { actorId: 'bob', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addConversation({ token: 'webinar', type: CONVERSATION_TYPE.PUBLIC, name: 'Webinar' })
  await world.addAttendee('webinar', { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
  await world.addAttendee('webinar', { actorId: 'bob' })
  await world.addConversation({
    token: 'lounge',
    type: CONVERSATION_TYPE.GROUP,
    name: 'Lounge',
    listable: LISTABLE.USERS,
  })
  world.viewer = 'alice'
}

const { mock } = useTalkMock({ setup: world })

describe('the conversation object', () => {
  it('gives every conversation its own numeric id, kept across requests', async () => {
    const ids = await Promise.all(
      ['team', 'direct', 'webinar'].map(
        async (token) => ((await talkFetch('GET', `/room/${token}`)).data as { id: number }).id,
      ),
    )
    expect(new Set(ids).size).toBe(3)
    expect(ids.every((id) => Number.isInteger(id) && id > 0)).toBe(true)
    expect(((await talkFetch('GET', '/room/team')).data as { id: number }).id).toBe(ids[0])
  })

  it('shows an owner of a group what Talk shows: may leave and delete, hears mentions, reads from the start', async () => {
    const { data, response } = await talkFetch('GET', '/room/team')
    expect(data).toMatchObject({
      description: 'Weekly',
      canLeaveConversation: true,
      canDeleteConversation: true,
      notificationLevel: NOTIFICATION_LEVEL.MENTION,
      notificationCalls: 1,
      callPermissions: 0,
      lastReadMessage: UNREAD_FIRST_MESSAGE,
      unreadMessages: 0,
      lastActivity: mock.world.clock.seconds(),
    })
    expect(data).not.toHaveProperty('lastMessage')
    expect(response.headers.get('X-Nextcloud-Talk-Hash')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('lets a plain member leave but not delete', async () => {
    const { data } = await talkFetch('GET', '/room/team', { user: 'bob' })
    expect(data).toMatchObject({ canLeaveConversation: true, canDeleteConversation: false })
  })

  it('names the other person of a one-to-one and shows their status, notified always', async () => {
    const { data } = await talkFetch('GET', '/room/direct')
    expect(data).toMatchObject({
      name: 'bob',
      displayName: 'Bob',
      canDeleteConversation: false,
      notificationLevel: NOTIFICATION_LEVEL.ALWAYS,
      status: 'away',
      statusIcon: null,
      statusMessage: null,
      statusClearAt: null,
    })
  })

  it('returns early for a member the lobby keeps out: no call, cannot start one, raw read marker', async () => {
    await talkFetch('PUT', '/room/webinar/webinar/lobby', { body: { state: LOBBY_STATE.NON_MODERATORS } })
    await talkFetch('POST', '/room/webinar/participants/active')
    await talkFetch('POST', '/call/webinar', { body: { flags: 3 } })
    const { data } = await talkFetch('GET', '/room/webinar', { user: 'bob' })
    expect(data).toMatchObject({ lobbyState: 1, hasCall: false, canStartCall: false, lastReadMessage: 0 })
    expect((await talkFetch('GET', '/room/webinar')).data).toMatchObject({ hasCall: true })
    expect(talkRoomSchema.safeParse(data).success).toBe(true)
  })

  it('shows a guest outside a public conversation only its id, token, type and avatar', async () => {
    mock.viewer = null
    const { data } = await talkFetch('GET', '/room/webinar')
    expect(data).toMatchObject({
      token: 'webinar',
      type: CONVERSATION_TYPE.PUBLIC,
      name: '',
      displayName: '',
      participantType: PARTICIPANT_TYPE.GUEST,
      permissions: 1,
      notificationLevel: NOTIFICATION_LEVEL.NEVER,
      notificationCalls: 0,
      lastActivity: 0,
      canLeaveConversation: false,
    })
    expect(talkRoomSchema.safeParse(data).success).toBe(true)
  })

  it('shows a guest who joined what Talk shows guests: never notified, cannot leave', async () => {
    mock.viewer = null
    const { data } = await talkFetch('POST', '/room/webinar/participants/active')
    expect(data).toMatchObject({
      participantType: PARTICIPANT_TYPE.GUEST,
      notificationLevel: NOTIFICATION_LEVEL.NEVER,
      canLeaveConversation: false,
      canDeleteConversation: false,
      lastReadMessage: UNREAD_FIRST_MESSAGE,
    })
  })

  it('shows a user outside a listable conversation its name, description and call state', async () => {
    const { data } = await talkFetch('GET', '/room/lounge')
    expect(data).toMatchObject({ name: 'Lounge', displayName: 'Lounge', listable: LISTABLE.USERS, attendeeId: 0 })
    expect(talkRoomSchema.safeParse(data).success).toBe(true)
  })

  it('moves lastActivity when a call starts and when it ends', async () => {
    await talkFetch('POST', '/room/team/participants/active')
    mock.clock.advance(60_000)
    await talkFetch('POST', '/call/team', { body: { flags: 3 } })
    const started = mock.world.clock.seconds()
    expect(((await talkFetch('GET', '/room/team')).data as { lastActivity: number }).lastActivity).toBe(started)
    mock.clock.advance(60_000)
    await talkFetch('DELETE', '/call/team')
    expect(((await talkFetch('GET', '/room/team')).data as { lastActivity: number }).lastActivity).toBe(started + 60)
  })
})

describe('GET /room', () => {
  it('lists the conversations the user is an attendee of, without statuses unless asked', async () => {
    const { status, data, response } = await talkFetch('GET', '/room')
    expect(status).toBe(200)
    expect((data as { token: string }[]).map((room) => room.token)).toEqual(['team', 'direct', 'webinar'])
    expect((data as object[])[1]).not.toHaveProperty('status')
    expect(response.headers.get('X-Nextcloud-Talk-Modified-Before')).toBe(String(mock.world.clock.seconds()))
    expect(response.headers.get('X-Nextcloud-Talk-Hash')).toMatch(/^[0-9a-f]{40}$/)
    const withStatus = await talkFetch('GET', '/room?includeStatus=true')
    expect((withStatus.data as object[])[1]).toMatchObject({ status: 'away' })
  })

  it('keeps only conversations with a call or activity since modifiedSince, and 1-1s with includeStatus', async () => {
    const since = mock.world.clock.seconds() + 10
    mock.clock.advance(20_000)
    await talkFetch('POST', '/room/webinar/participants/active')
    await talkFetch('POST', '/call/webinar', { body: { flags: 3 } })
    const tokens = async (query: string) =>
      ((await talkFetch('GET', `/room?${query}`)).data as { token: string }[]).map((room) => room.token)
    expect(await tokens(`modifiedSince=${since}`)).toEqual(['webinar'])
    expect(await tokens(`modifiedSince=${since}&includeStatus=1`)).toEqual(['direct', 'webinar'])
  })

  it('shows the session of this client in the conversations it joined', async () => {
    const joined = await talkFetch('POST', '/room/team/participants/active')
    const { data } = await talkFetch('GET', '/room')
    const team = (data as { token: string; sessionId: string }[]).find((room) => room.token === 'team')!
    expect(team.sessionId).toBe((joined.data as { sessionId: string }).sessionId)
  })

  it('answers 401 (OCS 997) to a guest, as Nextcloud does for a route that needs a login', async () => {
    mock.viewer = null
    const { status, meta } = await talkFetch('GET', '/room')
    expect(status).toBe(401)
    expect(meta).toMatchObject({ statuscode: 997 })
  })
})
