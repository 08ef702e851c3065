import { describe, expect, it } from 'vitest'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addMember, addPeerInCall, groupWorld, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('the OCS envelope', () => {
  it('writes JSON as PHP does, with slashes, tags and non-ASCII escaped', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await addMember(world, 'bob', undefined, { displayName: 'Zoë </b>' })
      await addPeerInCall(world, 'bob')
    })
    const result = await talkFetch('GET', `/call/${TOKEN}`)
    expect(result.text).toContain('"displayName":"Zo\\u00eb \\u003C\\/b\\u003E"')
    expect(result.data).toEqual([expect.objectContaining({ displayName: 'Zoë </b>' })])
  })

  it('answers in XML when nothing asks for JSON', async () => {
    await talk.start(groupWorld())
    const response = await fetch(`https://cloud.example.com/ocs/v2.php/apps/spreed/api/v4/call/${TOKEN}`, {
      headers: { 'OCS-APIRequest': 'true' },
    })
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(await response.text()).toBe(
      '<?xml version="1.0"?>\n<ocs>\n <meta>\n  <status>ok</status>\n  <statuscode>200</statuscode>\n' +
        '  <message>OK</message>\n </meta>\n <data/>\n</ocs>\n',
    )
  })

  it('writes a list in XML as <element> children and escapes markup', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await addMember(world, 'bob', undefined, { displayName: 'Bob & <Co>' })
      await addPeerInCall(world, 'bob', 1)
    })
    const session = mock.world.sessions.all()[0]!
    const response = await fetch(`https://cloud.example.com/ocs/v2.php/apps/spreed/api/v4/call/${TOKEN}?format=xml`, {
      headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
    })
    const xml = await response.text()
    expect(xml).toContain(
      ' <data>\n  <element>\n   <actorType>users</actorType>\n   <actorId>bob</actorId>\n' +
        '   <displayName>Bob &amp; &lt;Co&gt;</displayName>\n   <token>room1234</token>\n' +
        `   <lastPing>${session.lastPing}</lastPing>\n   <sessionId>${session.sessionId}</sessionId>\n  </element>\n </data>\n`,
    )
  })

  it('answers in JSON for the Accept header axios sends', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}`, {
      headers: { Accept: 'application/json, text/plain, */*' },
    })
    expect(result.response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(result.meta).toEqual({ status: 'ok', statuscode: 200, message: 'OK' })
  })

  it('lets ?format=json win over an XML Accept header', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}?format=json`, { headers: { Accept: 'application/xml' } })
    expect(result.meta).toEqual({ status: 'ok', statuscode: 200, message: 'OK' })
  })

  it('answers through /ocs/v1.php with HTTP 200 and statuscode 100 on success', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `https://cloud.example.com/ocs/v1.php/apps/spreed/api/v4/call/${TOKEN}`)
    expect(result.status).toBe(200)
    expect(result.body).toEqual({
      ocs: { meta: { status: 'ok', statuscode: 100, message: 'OK', totalitems: '', itemsperpage: '' }, data: [] },
    })
  })

  it('answers a failure through /ocs/v1.php with HTTP 200 and the real statuscode', async () => {
    await talk.start(groupWorld({ room: { lobbyState: 1 } }))
    const result = await talkFetch('GET', `https://cloud.example.com/ocs/v1.php/apps/spreed/api/v4/call/${TOKEN}`)
    expect(result.status).toBe(200)
    expect(result.body).toEqual({
      ocs: { meta: { status: 'failure', statuscode: 412, message: '', totalitems: '', itemsperpage: '' }, data: [] },
    })
  })
})
