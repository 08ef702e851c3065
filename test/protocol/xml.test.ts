import { describe, expect, it } from 'vitest'
import { CONVERSATION_TYPE, LOBBY_STATE, PARTICIPANT_TYPE } from '../../src/index.js'
import { ocsUrl, rawFetch } from '../support/raw-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { joinConversationAndCall } from './join-call.js'

const TOKEN = 'abcd1234'
const LOBBY = 'lobby123'

const { mock } = useTalkMock({
  setup: async (world) => {
    await world.addUser({ id: 'alice', displayName: 'Alice & <Co> "A"' })
    await world.addUser({ id: 'zoe', displayName: 'Zoë </b>' })
    await world.addConversation({ token: TOKEN, type: CONVERSATION_TYPE.GROUP })
    await world.addConversation({ token: LOBBY, type: CONVERSATION_TYPE.GROUP, lobbyState: LOBBY_STATE.NON_MODERATORS })
    await world.addAttendee(TOKEN, { actorId: 'alice', participantType: PARTICIPANT_TYPE.OWNER })
    await world.addAttendee(TOKEN, { actorId: 'zoe', participantType: PARTICIPANT_TYPE.USER })
    await world.addAttendee(LOBBY, { actorId: 'zoe', participantType: PARTICIPANT_TYPE.USER })
    world.viewer = 'alice'
  },
})

describe('XML and JSON output', () => {
  it('answers a request that does not ask for JSON with the peer list in XML', async () => {
    await joinConversationAndCall(TOKEN)
    const sessionId = mock.world.sessions.all()[0]!.sessionId

    const peers = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${TOKEN}`))

    expect(peers.status).toBe(200)
    expect(peers.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(peers.text).toBe(
      [
        '<?xml version="1.0"?>',
        '<ocs>',
        ' <meta>',
        '  <status>ok</status>',
        '  <statuscode>200</statuscode>',
        '  <message>OK</message>',
        ' </meta>',
        ' <data>',
        '  <element>',
        '   <actorType>users</actorType>',
        '   <actorId>alice</actorId>',
        '   <displayName>Alice &amp; &lt;Co&gt; &quot;A&quot;</displayName>',
        `   <token>${TOKEN}</token>`,
        `   <lastPing>${mock.clock.seconds()}</lastPing>`,
        `   <sessionId>${sessionId}</sessionId>`,
        '  </element>',
        ' </data>',
        '</ocs>',
        '',
      ].join('\n'),
    )
  })

  it('answers a failure in XML with an empty message and empty data', async () => {
    const peers = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${LOBBY}`), { user: 'zoe' })

    expect(peers.status).toBe(412)
    expect(peers.text).toBe(
      [
        '<?xml version="1.0"?>',
        '<ocs>',
        ' <meta>',
        '  <status>failure</status>',
        '  <statuscode>412</statuscode>',
        '  <message></message>',
        ' </meta>',
        ' <data/>',
        '</ocs>',
        '',
      ].join('\n'),
    )
  })

  it('writes a null data as an empty element', async () => {
    await joinConversationAndCall(TOKEN)

    const left = await rawFetch('DELETE', ocsUrl(2, `/api/v4/call/${TOKEN}`))

    expect(left.status).toBe(200)
    expect(left.text).toContain('\n <data/>\n</ocs>\n')
  })

  it('lets the format parameter win over the Accept header', async () => {
    const url = ocsUrl(2, `/api/v4/call/${TOKEN}?format=json`)
    const peers = await rawFetch('GET', url, { headers: { Accept: 'application/xml' } })

    expect(peers.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(JSON.parse(peers.text).ocs.data).toEqual([])
  })

  it('answers JSON to the Accept header axios sends', async () => {
    const peers = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${TOKEN}`), {
      headers: { Accept: 'application/json, text/plain, */*' },
    })

    expect(JSON.parse(peers.text).ocs.meta.statuscode).toBe(200)
  })

  it('answers XML when the Accept header names no application type', async () => {
    const peers = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${TOKEN}`), { headers: { Accept: 'text/html' } })

    expect(peers.text.startsWith('<?xml version="1.0"?>\n<ocs>')).toBe(true)
  })

  it('escapes JSON as PHP does: tags, slashes and every non-ASCII character', async () => {
    await joinConversationAndCall(TOKEN, 'zoe')

    const peers = await rawFetch('GET', ocsUrl(2, `/api/v4/call/${TOKEN}?format=json`))

    expect(peers.text).toContain('"displayName":"Zo\\u00eb \\u003C\\/b\\u003E"')
    expect(JSON.parse(peers.text).ocs.data[0].displayName).toBe('Zoë </b>')
  })
})
