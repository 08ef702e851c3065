import { describe, expect, it } from 'vitest'
import {
  CONVERSATION_TYPE,
  LOBBY_STATE,
  PARTICIPANT_TYPE,
  PERMISSION,
  READ_ONLY,
  START_CALLS,
  type World,
} from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
const OTHER = 'other123'
const LOCKED = 'locked12'
const LOBBY = 'lobby123'
// Attendee ids in the order the setup adds them.
const BOB = 2
const CAROL = 3
const GUEST = 4
const FEDERATED = 5
const FRANK_ELSEWHERE = 6
const GUEST_ELSEWHERE = 7

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark', status: 'dnd' })
    await world.addUser({ id: 'dave', displayName: 'Dave Davis' })
    await world.addUser({ id: 'frank', displayName: 'Frank Fox' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC })
    await world.addConversation({ token: OTHER, type: CONVERSATION_TYPE.PUBLIC })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob' })
    await world.addAttendee(TOKEN, { actorId: 'carol' })
    await world.addAttendee(TOKEN, { actorType: 'guests', displayName: 'Guest' })
    await world.addAttendee(TOKEN, { actorType: 'federated_users', actorId: 'gina@remote.example' })
    await world.addAttendee(OTHER, { actorId: 'frank' })
    await world.addAttendee(OTHER, { actorType: 'guests', displayName: 'Elsewhere' })
    await addRoomWithRunningCall(world, LOCKED, { readOnly: READ_ONLY.READ_ONLY }, 'alice')
    await addRoomWithRunningCall(world, LOBBY, { lobbyState: LOBBY_STATE.NON_MODERATORS }, 'bob')
    world.viewer = 'alice'
  },
})

/** A room whose call runs with `caller` (a plain user unless it is alice) in it through the implicit client. */
async function addRoomWithRunningCall(world: World, token: string, state: object, caller: string) {
  const now = world.clock.seconds()
  await world.addConversation({ token, type: CONVERSATION_TYPE.GROUP, activeSince: now, callFlag: 7, ...state })
  const owner = caller === 'alice' ? PARTICIPANT_TYPE.OWNER : PARTICIPANT_TYPE.USER
  const attendee = await world.addAttendee(token, { actorId: caller, participantType: owner })
  await world.addAttendee(token, { actorId: caller === 'alice' ? 'bob' : 'alice' })
  await world.addSession(attendee, { clientId: 'implicit', inCall: 7 })
}

function ring(token: string, attendeeId: number | string, user?: string) {
  return talkFetch('POST', `/call/${token}/ring/${attendeeId}`, { user })
}

describe('POST /call/{token}/ring/{attendeeId}', () => {
  it('rings a user who is not in the call', async () => {
    await joinConversationAndCall(TOKEN)

    const rung = await ring(TOKEN, BOB)

    expect([rung.status, rung.data]).toEqual([200, null])
  })

  it('answers 200 when the target is in the call already', async () => {
    await joinConversationAndCall(TOKEN)
    await joinConversationAndCall(TOKEN, 'bob')

    const rung = await ring(TOKEN, BOB)

    expect([rung.status, rung.data]).toEqual([200, null])
  })

  it('answers 400 in-call when no call is running', async () => {
    await joinConversation(TOKEN)

    const rung = await ring(TOKEN, BOB)

    expect([rung.status, rung.data]).toEqual([400, { error: 'in-call' }])
  })

  it("answers 400 in-call when the caller's session is not in the running call", async () => {
    await joinConversationAndCall(TOKEN, 'bob')
    await joinConversation(TOKEN)

    const rung = await ring(TOKEN, BOB)

    expect([rung.status, rung.data]).toEqual([400, { error: 'in-call' }])
  })

  it('answers 400 actor-type for a target that is not a user', async () => {
    await joinConversationAndCall(TOKEN)

    const rung = await ring(TOKEN, GUEST)

    expect([rung.status, rung.data]).toEqual([400, { error: 'actor-type' }])
  })

  it('answers 400 status for a user on do-not-disturb', async () => {
    await joinConversationAndCall(TOKEN)

    const rung = await ring(TOKEN, CAROL)

    expect([rung.status, rung.data]).toEqual([400, { error: 'status' }])
  })

  it('answers 200 for a federated user, whose server does the ringing', async () => {
    await joinConversationAndCall(TOKEN)

    const rung = await ring(TOKEN, FEDERATED)

    expect([rung.status, rung.data]).toEqual([200, null])
  })

  it('answers 404 for an attendee id nobody has, or that is not a number', async () => {
    await joinConversationAndCall(TOKEN)
    const unknown = await ring(TOKEN, 999)

    expect([unknown.status, unknown.data]).toEqual([404, null])
    expect((await ring(TOKEN, 'abc')).status).toBe(404)
  })

  it('answers 404 for a user of another conversation but 400 actor-type for a guest of one', async () => {
    await joinConversationAndCall(TOKEN)

    expect((await ring(TOKEN, FRANK_ELSEWHERE)).status).toBe(404)
    expect((await ring(TOKEN, GUEST_ELSEWHERE)).data).toEqual({ error: 'actor-type' })
  })

  it('answers 403 to a caller without the start-call permission', async () => {
    const bob = mock.world.attendees.get(BOB)!
    await mock.world.attendees.update(
      bob,
      (draft) => void (draft.permissions = PERMISSION.CUSTOM | PERMISSION.JOIN_CALL),
    )

    const rung = await ring(TOKEN, CAROL, 'bob')

    expect([rung.status, rung.data]).toEqual([403, []])
  })

  it('answers 403 while calls are disabled', async () => {
    mock.world.updateSettings({ startCalls: START_CALLS.NOBODY })

    expect((await ring(TOKEN, BOB)).status).toBe(403)
  })

  it('answers 404 to someone who is not a participant', async () => {
    expect((await ring(TOKEN, BOB, 'dave')).status).toBe(404)
  })

  it('checks neither read-only nor the lobby', async () => {
    const lockedBob = mock.world.findAttendee(LOCKED, 'users', 'bob')!.id
    const lobbyAlice = mock.world.findAttendee(LOBBY, 'users', 'alice')!.id

    expect((await ring(LOCKED, lockedBob)).status).toBe(200)
    expect((await ring(LOBBY, lobbyAlice, 'bob')).status).toBe(200)
    // The same callers are kept out of the peer list by those very checks.
    expect((await talkFetch('GET', `/call/${LOCKED}`)).status).toBe(403)
    expect((await talkFetch('GET', `/call/${LOBBY}`, { user: 'bob' })).status).toBe(412)
  })
})
