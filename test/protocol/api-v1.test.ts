import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ORIGIN } from '../support/raw-fetch.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = 'abcd1234'
const V1 = `${ORIGIN}/ocs/v2.php/apps/spreed/api/v1`

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.PUBLIC, name: 'Team' })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    world.viewer = null
  },
})

describe('API v1', () => {
  it('answers joining a conversation with nothing but the new session id', async () => {
    const joined = await talkFetch('POST', `${V1}/room/${TOKEN}/participants/active`, { user: 'alice' })

    expect(joined.status).toBe(200)
    expect(Object.keys(joined.data as object)).toEqual(['sessionId'])
    const { sessionId } = joined.data as { sessionId: string }
    expect(sessionId).toMatch(/^[A-Za-z0-9]{255}$/)
    expect(mock.world.sessions.get(sessionId)?.clientId).toBe('implicit')
  })

  it('lists peers with userId, token, lastPing and sessionId, and an empty userId for guests', async () => {
    const alice = await talkFetch('POST', `${V1}/room/${TOKEN}/participants/active`, { user: 'alice' })
    const guest = await talkFetch('POST', `${V1}/room/${TOKEN}/participants/active`)
    expect((await talkFetch('POST', `${V1}/call/${TOKEN}`, { user: 'alice', body: { flags: 3 } })).data).toEqual([])
    expect((await talkFetch('POST', `${V1}/call/${TOKEN}`)).data).toEqual([])

    const peers = await talkFetch('GET', `${V1}/call/${TOKEN}`, { user: 'alice' })

    const lastPing = mock.clock.seconds()
    expect(peers.status).toBe(200)
    expect(peers.data).toEqual([
      { userId: 'alice', token: TOKEN, lastPing, sessionId: (alice.data as { sessionId: string }).sessionId },
      { userId: '', token: TOKEN, lastPing, sessionId: (guest.data as { sessionId: string }).sessionId },
    ])
  })

  it('answers data [] when leaving the call and the conversation', async () => {
    await talkFetch('POST', `${V1}/room/${TOKEN}/participants/active`, { user: 'alice' })
    await talkFetch('POST', `${V1}/call/${TOKEN}`, { user: 'alice' })

    const leftCall = await talkFetch('DELETE', `${V1}/call/${TOKEN}`, { user: 'alice' })
    const leftRoom = await talkFetch('DELETE', `${V1}/room/${TOKEN}/participants/active`, { user: 'alice' })

    expect([leftCall.status, leftCall.data]).toEqual([200, []])
    expect([leftRoom.status, leftRoom.data]).toEqual([200, []])
    expect(mock.world.sessions.count()).toBe(0)
  })

  it('answers 404 with data [] to joining the call before the conversation', async () => {
    const joined = await talkFetch('POST', `${V1}/call/${TOKEN}`, { user: 'alice' })

    expect(joined.status).toBe(404)
    expect(joined.data).toEqual([])
  })

  it('answers 404 with data [] to joining a conversation that does not exist', async () => {
    const joined = await talkFetch('POST', `${V1}/room/zzzz9999/participants/active`, { user: 'alice' })

    expect(joined.status).toBe(404)
    expect(joined.data).toEqual([])
  })

  it('answers 405 to updating call flags, which v1 did not have', async () => {
    const updated = await talkFetch('PUT', `${V1}/call/${TOKEN}`, { user: 'alice', body: { flags: 1 } })

    expect(updated.status).toBe(405)
    expect(updated.body).toBeUndefined()
  })

  it('answers the v4 shapes on the v4 routes of the same world', async () => {
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { user: 'alice' })
    const joined = await talkFetch('POST', `/call/${TOKEN}`, { user: 'alice' })
    const peers = await talkFetch('GET', `/call/${TOKEN}`, { user: 'alice' })

    expect(joined.data).toBeNull()
    expect(Object.keys((peers.data as object[])[0]!)).toEqual([
      'actorType',
      'actorId',
      'displayName',
      'token',
      'lastPing',
      'sessionId',
    ])
  })
})
