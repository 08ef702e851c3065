import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ORIGIN, rawFetch } from '../support/raw-fetch.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = 'abcd1234'

useTalkMock({
  apiVersions: ['v4'],
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    world.viewer = 'alice'
  },
})

describe('enabled API versions', () => {
  it('answers a disabled version as an unknown OCS route', async () => {
    const url = `${ORIGIN}/ocs/v2.php/apps/spreed/api/v1/call/${TOKEN}?format=json`
    const peers = await rawFetch('GET', url)

    expect(peers.status).toBe(404)
    expect(JSON.parse(peers.text).ocs.meta).toMatchObject({ status: 'failure', statuscode: 404 })
    expect(JSON.parse(peers.text).ocs.meta.message).toMatch(/^Invalid query, please check the syntax/)
  })

  it('keeps serving the enabled version', async () => {
    const peers = await talkFetch('GET', `/call/${TOKEN}`)

    expect(peers.status).toBe(200)
    expect(peers.data).toEqual([])
  })
})
