import { describe, expect, it } from 'vitest'
import { expectOcs } from '../support/expect-ocs.js'
import { talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { addPeerInCall, groupWorld, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()
const worldWithCall = async (world: Parameters<ReturnType<typeof groupWorld>>[0]) => {
  await groupWorld()(world)
  await addPeerInCall(world, 'bob')
}

describe('routing', () => {
  it.each([
    'http://localhost:8080/ocs/v2.php/apps/spreed/api/v4/call/room1234',
    'https://talk.example.org/some/deep/webroot/ocs/v2.php/apps/spreed/api/v4/call/room1234',
    'http://[::1]:8443/nc/ocs/v2.php/apps/spreed/api/v4/call/room1234?format=json',
  ])('serves %s', async (url) => {
    await talk.start(worldWithCall)
    const result = await talkFetch('GET', url)
    expect(result.status).toBe(200)
    expect(result.data).toEqual([expect.objectContaining({ actorId: 'bob', token: TOKEN })])
  })

  it('answers a wrong method on a known path with 405 and no body', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('PATCH', `/call/${TOKEN}`)
    expect(result.status).toBe(405)
    expect(result.text).toBe('')
  })

  it('answers an unknown route with the OCS 404 in XML by default', async () => {
    await talk.start(groupWorld())
    const response = await fetch('https://cloud.example.com/ocs/v2.php/apps/spreed/api/v3/call/room1234', {
      headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/xml/)
    const xml = await response.text()
    expect(xml).toContain('<statuscode>404</statuscode>')
    expect(xml).toContain('<status>failure</status>')
    expect(xml).toContain('<message>Invalid query, please check the syntax.')
  })

  it('answers an unknown route in JSON when ?format=json asks for it', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}/nothing-here?format=json`)
    expect(result.status).toBe(404)
    expect(result.meta).toMatchObject({ status: 'failure', statuscode: 404 })
    expect(result.data).toEqual([])
  })

  // `ApiHelper::respond` reads `getParam('format', 'xml')`: PHP keeps the last of a repeated query key,
  // and a JSON, form or multipart body's parameters go over the query's.
  it.each([
    ['the last of a repeated query key', '?format=xml&format=json', {}, 'json'],
    ['the last of a repeated query key', '?format=json&format=xml', {}, 'xml'],
    ['a JSON body over the query', '?format=xml', { body: { format: 'json' } }, 'json'],
    ['a form body over the query', '?format=json', { form: { format: 'xml' } }, 'xml'],
  ] as const)("answers the entry point's 998, 997 and 405 in the format of %s (%s)", async (_, query, body, format) => {
    await talk.start(groupWorld())
    const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=UTF-8'
    const unknown = await talkFetch('POST', `/call/${TOKEN}/nothing-here${query}`, body)
    expect([unknown.status, unknown.response.headers.get('content-type')]).toEqual([404, type])
    expect(unknown.text.startsWith(format === 'json' ? '{"ocs":' : '<?xml')).toBe(true)
    const stranger = await talkFetch('POST', `/call/${TOKEN}${query}`, { ...body, user: 'nobody' })
    expect([stranger.status, stranger.response.headers.get('content-type')]).toEqual([401, type])
    const wrongMethod = await talkFetch('PATCH', `/call/${TOKEN}${query}`, body)
    expect([wrongMethod.status, wrongMethod.response.headers.get('content-type')]).toEqual([405, type])
  })

  it('treats a token outside [a-z0-9]{4,30} as an unknown route', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', '/call/Room1234?format=json')
    expect(result.status).toBe(404)
    expect(result.meta?.message).toMatch(/^Invalid query/)
  })

  it('leaves requests outside the Talk API to other handlers', async () => {
    const { server } = talk
    await talk.start(groupWorld())
    const { http, HttpResponse } = await import('msw')
    server.use(http.get('https://cloud.example.com/ocs/v2.php/cloud/capabilities', () => HttpResponse.json({ ok: 1 })))
    const response = await fetch('https://cloud.example.com/ocs/v2.php/cloud/capabilities')
    expect(await response.json()).toEqual({ ok: 1 })
  })
})

describe('identity', () => {
  it('answers an unknown Basic-auth user with 401 and statuscode 997', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}?format=json`, { user: 'nobody' })
    expect(result.status).toBe(401)
    expect(result.meta).toMatchObject({ status: 'failure', statuscode: 997 })
  })

  it('acts as the Basic-auth user instead of the viewer', async () => {
    await talk.start(async (world) => {
      await groupWorld()(world)
      await world.addUser({ id: 'mallory', displayName: 'Mallory' })
    })
    expectOcs(await talkFetch('GET', `/call/${TOKEN}`, { user: 'mallory' }), 404, [])
    expectOcs(await talkFetch('GET', `/call/${TOKEN}`, { user: 'alice' }), 200, [])
  })

  it('acts as the viewer the mock is switched to', async () => {
    const mock = await talk.start(async (world) => {
      await groupWorld()(world)
      await world.addUser({ id: 'mallory', displayName: 'Mallory' })
    })
    mock.viewer = 'mallory'
    expectOcs(await talkFetch('GET', `/call/${TOKEN}`), 404, [])
    mock.viewer = 'alice'
    expectOcs(await talkFetch('GET', `/call/${TOKEN}`), 200, [])
  })

  it('hands a new client cookie to each request that sends none, as Node has no cookie jar', async () => {
    await talk.start(groupWorld())
    const cookies = [await talkFetch('GET', `/call/${TOKEN}`), await talkFetch('GET', `/call/${TOKEN}`)].map((result) =>
      result.response.headers.get('set-cookie'),
    )
    for (const cookie of cookies) expect(cookie).toMatch(/^talk_mock_client=[^;]+; Path=\/; SameSite=Lax$/)
    expect(cookies[1]).not.toBe(cookies[0])
  })

  it('hands no new cookie to a client that sends one', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}`, { client: 'tab-1' })
    expect(result.response.headers.get('set-cookie')).toBeNull()
  })
})
