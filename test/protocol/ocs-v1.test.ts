import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, LOBBY_STATE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ocsUrl, rawFetch } from '../support/raw-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'
import { joinConversation } from '../support/talk-fetch.js'

const TOKEN = 'abcd1234'
const JSON_ACCEPT = { Accept: 'application/json' }

useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addUser({ id: 'bob', displayName: 'Bob Brown' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP, lobbyState: LOBBY_STATE.NON_MODERATORS })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'bob', participantType: PARTICIPANT_TYPE.USER })
    await world.addAttendee(TOKEN, { actorType: 'phones', actorId: 'phone1', phoneNumber: '+4930123456' })
    world.viewer = 'alice'
  },
})

async function v1(method: string, path: string, user?: string) {
  const answer = await rawFetch(method, ocsUrl(1, `/api/v4${path}`), { headers: JSON_ACCEPT, user })
  return { status: answer.status, ocs: JSON.parse(answer.text).ocs as { meta: object; data: unknown } }
}

describe('/ocs/v1.php', () => {
  it('answers a success with HTTP 200, statuscode 100 and the string counters', async () => {
    const peers = await v1('GET', `/call/${TOKEN}`)

    expect(peers.status).toBe(200)
    expect(peers.ocs).toEqual({
      meta: { status: 'ok', statuscode: 100, message: 'OK', totalitems: '', itemsperpage: '' },
      data: [],
    })
  })

  it('answers a failure with HTTP 200 and the failure only in meta', async () => {
    const peers = await v1('GET', `/call/${TOKEN}`, 'bob')

    expect(peers.status).toBe(200)
    expect(peers.ocs).toEqual({
      meta: { status: 'failure', statuscode: 412, message: '', totalitems: '', itemsperpage: '' },
      data: [],
    })
  })

  it('reports a 201 as a failure, since only statuscode 100 is ok in v1', async () => {
    await joinConversationAndCall(TOKEN)
    const phone = 3

    const dialled = await v1('POST', `/call/${TOKEN}/dialout/${phone}`)

    expect(dialled.status).toBe(200)
    expect(dialled.ocs.meta).toEqual({
      status: 'failure',
      statuscode: 201,
      message: '',
      totalitems: '',
      itemsperpage: '',
    })
  })

  it('answers an unknown Basic-auth user with HTTP 401 and statuscode 997', async () => {
    const peers = await rawFetch('GET', ocsUrl(1, `/api/v4/call/${TOKEN}?format=json`), { user: 'mallory' })

    expect(peers.status).toBe(401)
    expect(JSON.parse(peers.text).ocs.meta).toMatchObject({ status: 'failure', statuscode: 997 })
  })

  it('answers the same failure on /ocs/v2.php with the status as HTTP status', async () => {
    await joinConversation(TOKEN, { user: 'bob' })

    const peers = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${TOKEN}`), { headers: JSON_ACCEPT, user: 'bob' })

    expect(peers.status).toBe(412)
    expect(JSON.parse(peers.text).ocs.meta).toEqual({ status: 'failure', statuscode: 412, message: '' })
  })
})
