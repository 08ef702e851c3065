import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE, SESSION_STATE } from '../../src/index.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = 'abcd1234'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'carol', displayName: 'Carol Clark' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    world.viewer = 'alice'
  },
})

function setState(state: unknown, options: { user?: string; client?: string } = {}) {
  return talkFetch('PUT', `/room/${TOKEN}/participants/state`, { body: { state }, ...options })
}

function stateOf(sessionId: string): number | undefined {
  return mock.world.sessions.get(sessionId)?.state
}

describe('PUT /room/{token}/participants/state', () => {
  it('marks the session inactive and active again, answering the conversation', async () => {
    const { sessionId } = await joinConversation(TOKEN)

    const hidden = await setState(SESSION_STATE.INACTIVE)
    const inactive = stateOf(sessionId)
    const focused = await setState(SESSION_STATE.ACTIVE)

    expect([hidden.status, focused.status]).toEqual([200, 200])
    expect(hidden.data).toMatchObject({ token: TOKEN, sessionId })
    expect([inactive, stateOf(sessionId)]).toEqual([SESSION_STATE.INACTIVE, SESSION_STATE.ACTIVE])
  })

  it('answers 400 with data null for another state, leaving the session as it was', async () => {
    const { sessionId } = await joinConversation(TOKEN)

    const refused = await setState(2)

    expect([refused.status, refused.data, stateOf(sessionId)]).toEqual([400, null, SESSION_STATE.ACTIVE])
  })

  it('answers 404 with data null to a participant without a session, so the client joins again', async () => {
    await joinConversation(TOKEN)
    await talkFetch('DELETE', `/room/${TOKEN}/participants/active`)

    const refused = await setState(SESSION_STATE.INACTIVE)

    expect([refused.status, refused.data]).toEqual([404, null])
  })

  it('answers 404 with [] to a user who is not a participant', async () => {
    const refused = await setState(SESSION_STATE.INACTIVE, { user: 'carol' })

    expect([refused.status, refused.data]).toEqual([404, []])
  })

  it("sets a guest's session state too", async () => {
    mock.world.viewer = null
    const joined = await talkFetch('POST', `/room/${TOKEN}/participants/active`)
    const client = /talk_mock_client=([^;]+)/.exec(joined.response.headers.get('set-cookie') ?? '')?.[1]
    const sessionId = (joined.data as { sessionId: string }).sessionId

    const hidden = await setState(SESSION_STATE.INACTIVE, { client })

    expect([hidden.status, stateOf(sessionId)]).toEqual([200, SESSION_STATE.INACTIVE])
  })
})
