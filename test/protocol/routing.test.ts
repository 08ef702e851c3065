import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ocsUrl, rawFetch } from '../support/raw-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'

const TOKEN = 'abcd1234'
const INVALID_QUERY =
  'Invalid query, please check the syntax. API specifications are here: http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.\n'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice Adams' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    world.viewer = 'alice'
  },
})

describe('routing', () => {
  it('answers an API version Talk never routed with the OCS 404 in XML, whatever Accept says', async () => {
    const peers = await rawFetch('GET', ocsUrl(2, `/api/v3/call/${TOKEN}`), {
      headers: { Accept: 'application/json' },
    })

    expect(peers.status).toBe(404)
    expect(peers.headers.get('content-type')).toBe('text/xml; charset=UTF-8')
    expect(peers.text).toContain('  <statuscode>404</statuscode>\n')
    expect(peers.text).toContain(`  <message>${INVALID_QUERY}</message>\n`)
  })

  it('answers an unknown path under the Talk app with the OCS 404 in JSON when format=json', async () => {
    const unknown = await rawFetch('GET', ocsUrl(2, '/not-an-api?format=json'))

    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.text).ocs).toEqual({
      meta: { status: 'failure', statuscode: 404, message: INVALID_QUERY, totalitems: '', itemsperpage: '' },
      data: [],
    })
  })

  it('answers a token Talk would not route with the OCS 404', async () => {
    const peers = await rawFetch('GET', ocsUrl(2, '/api/v4/call/NOT-A-TOKEN?format=json'))

    expect(peers.status).toBe(404)
    expect(JSON.parse(peers.text).ocs.meta.statuscode).toBe(404)
  })

  it('keeps statuscode 998 and HTTP 200 for an unknown route on /ocs/v1.php', async () => {
    const peers = await rawFetch('GET', ocsUrl(1, `/api/v3/call/${TOKEN}?format=json`))

    expect(peers.status).toBe(200)
    expect(JSON.parse(peers.text).ocs.meta).toMatchObject({ status: 'failure', statuscode: 998 })
  })

  it('answers a wrong method on a known path with 405 and no body', async () => {
    const patched = await rawFetch('PATCH', ocsUrl(2, `/api/v4/call/${TOKEN}`))

    expect(patched.status).toBe(405)
    expect(patched.text).toBe('')
    expect(patched.headers.get('content-type')).toBe('text/xml; charset=UTF-8')
    expect(patched.headers.get('allow')).toBeNull()
  })

  it('answers 401 with statuscode 997 to an anonymous guest on a route that needs a login', async () => {
    mock.viewer = null

    const locked = await rawFetch('PUT', ocsUrl(2, `/api/v4/room/${TOKEN}/read-only?format=json`), {
      body: { state: 1 },
    })

    expect(locked.status).toBe(401)
    expect(JSON.parse(locked.text).ocs.meta).toEqual({
      status: 'failure',
      statuscode: 997,
      message: 'Current user is not logged in',
    })
  })
})
