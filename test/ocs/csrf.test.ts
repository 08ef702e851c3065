import { describe, expect, it } from 'vitest'
import { expectOcs } from '../support/expect-ocs.js'
import { joinConversation, talkFetch } from '../support/talk-fetch.js'
import { useTalkMock } from '../support/use-talk-mock.js'
import { groupWorld, sessionsOf, TOKEN } from '../support/worlds.js'

const talk = useTalkMock()

describe('the CSRF check', () => {
  it.each([
    ['GET', '/call/room1234'],
    ['POST', '/call/room1234'],
    ['PUT', '/call/room1234'],
    ['DELETE', '/call/room1234'],
    ['POST', '/room/room1234/participants/active'],
    ['DELETE', '/room/room1234/participants/active'],
  ])('answers %s %s without OCS-APIRequest with HTTP 412 and a plain body', async (method, path) => {
    await talk.start(groupWorld())
    const result = await talkFetch(method, path, { ocsApiRequest: false })
    expect(result.status).toBe(412)
    expect(result.text).toBe('{"message":"CSRF check failed"}')
    expect(result.response.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('changes nothing when it fails', async () => {
    const mock = await talk.start(groupWorld())
    await talkFetch('POST', `/room/${TOKEN}/participants/active`, { ocsApiRequest: false })
    expect(sessionsOf(mock.world, 'alice')).toEqual([])
  })

  it('lets a request with a requesttoken header through', async () => {
    await talk.start(groupWorld())
    await joinConversation(TOKEN)
    const result = await talkFetch('POST', `/call/${TOKEN}`, {
      ocsApiRequest: false,
      headers: { requesttoken: 'token-from-the-page' },
      body: {},
    })
    expectOcs(result, 200, null)
  })

  it('lets a request with a requesttoken parameter through', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}?requesttoken=token-from-the-page`, { ocsApiRequest: false })
    expectOcs(result, 200, [])
  })

  it('accepts any non-empty OCS-APIRequest value, as current servers do', async () => {
    await talk.start(groupWorld())
    const result = await talkFetch('GET', `/call/${TOKEN}`, {
      ocsApiRequest: false,
      headers: { 'OCS-APIRequest': '1' },
    })
    expectOcs(result, 200, [])
  })
})
