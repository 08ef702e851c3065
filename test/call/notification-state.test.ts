import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from '../protocol/join-call.js'

const TOKEN = 'abcd1234'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP })
    await world.addAttendee(TOKEN, { actorId: 'alice' })
    await world.addAttendee(TOKEN, { actorId: 'bob', participantType: PARTICIPANT_TYPE.OWNER })
    world.viewer = 'alice'
  },
})

function notificationState(token = TOKEN, user?: string) {
  return talkFetch('GET', `/call/${token}/notification-state`, { user })
}

describe('GET /call/{token}/notification-state', () => {
  it('answers 200 with data null while a call runs that the user has not joined', async () => {
    await joinConversationAndCall(TOKEN, 'bob')

    const state = await notificationState()

    expect([state.status, state.meta?.status, state.data]).toEqual([200, 'ok', null])
  })

  it('answers 201 once the call is over, so the client shows a missed call', async () => {
    await joinConversationAndCall(TOKEN, 'bob')
    await talkFetch('DELETE', `/call/${TOKEN}`, { user: 'bob' })

    const state = await notificationState()

    expect([state.status, state.data]).toEqual([201, null])
  })

  it('answers 404 while the user is in the call', async () => {
    await joinConversationAndCall(TOKEN, 'bob')
    await joinConversationAndCall(TOKEN)

    expect((await notificationState()).status).toBe(404)
  })

  it('answers 404 after joining and leaving a young call, and 200 again once it is over 60 s old', async () => {
    await joinConversationAndCall(TOKEN, 'bob')
    mock.world.clock.advance(10_000)
    await joinConversationAndCall(TOKEN)
    await talkFetch('DELETE', `/call/${TOKEN}`)

    const young = await notificationState()
    mock.world.clock.advance(51_000)
    const old = await notificationState()

    expect([young.status, old.status]).toEqual([404, 200])
  })

  it('answers 404 for an unknown conversation and for a user who is no attendee', async () => {
    await joinConversationAndCall(TOKEN, 'bob')

    const unknown = await notificationState('nosuchroom')
    const stranger = await notificationState(TOKEN, 'carol')

    expect([unknown.status, unknown.data, stranger.status, stranger.data]).toEqual([404, null, 404, null])
  })

  it('answers 401 to an anonymous guest', async () => {
    mock.world.viewer = null

    const state = await notificationState()

    expect([state.status, state.meta?.statuscode]).toEqual([401, 997])
  })
})
