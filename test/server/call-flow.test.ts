import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { talkFetch } from '../support/talk-fetch.js'
import { API, clientCookieOf, setupCallWorld } from './support/call-world.js'

describe('a call over a real socket', () => {
  const mock = createTalkMock({ setup: setupCallWorld })
  let server: TalkServer
  let base: string
  let guestClient = ''

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0, host: '127.0.0.1' })
    base = `${server.url}${API}`
  })
  afterAll(() => server.close())

  const actorsInCall = async () => {
    const { status, data } = await talkFetch('GET', `${base}/call/abc123`, { user: 'alice' })
    expect(status).toBe(200)
    return (data as Array<{ actorType: string; actorId: string }>).map((peer) => peer.actorType + '/' + peer.actorId)
  }

  it('lets two users and a guest join the call and lists them as peers', async () => {
    for (const user of ['alice', 'bob']) {
      expect((await talkFetch('POST', `${base}/room/abc123/participants/active`, { user })).status).toBe(200)
      expect((await talkFetch('POST', `${base}/call/abc123`, { user, body: { flags: 3 } })).status).toBe(200)
    }

    // A browser's first contact hands it the client cookie, as a PHP session cookie would.
    const firstContact = await talkFetch('GET', `${base}/call/abc123`)
    expect(firstContact.status).toBe(404)
    const guestCookie = clientCookieOf(firstContact.response)
    expect(guestCookie).toMatch(/^talk_mock_client=.+/)
    guestClient = guestCookie!.split('=')[1]!
    const client = guestClient
    expect((await talkFetch('POST', `${base}/room/abc123/participants/active`, { client })).status).toBe(200)
    expect((await talkFetch('POST', `${base}/call/abc123`, { client, body: { flags: 1 } })).status).toBe(200)

    const actors = await actorsInCall()
    expect(actors).toHaveLength(3)
    expect(actors).toEqual(expect.arrayContaining(['users/alice', 'users/bob']))
    expect(actors.filter((actor) => actor.startsWith('guests/'))).toHaveLength(1)
  })

  it('keeps the guest session on the client cookie, not on the connection', async () => {
    // A guest without the cookie is another client, which never joined the conversation.
    expect((await talkFetch('PUT', `${base}/call/abc123`, { body: { flags: 3 } })).status).toBe(404)
    expect((await talkFetch('PUT', `${base}/call/abc123`, { client: guestClient, body: { flags: 3 } })).status).toBe(
      200,
    )
  })

  it('drops a peer that leaves the call', async () => {
    expect((await talkFetch('DELETE', `${base}/call/abc123`, { user: 'bob' })).status).toBe(200)
    const actors = await actorsInCall()
    expect(actors).not.toContain('users/bob')
    expect(actors).toContain('users/alice')
  })

  it('answers 401 to Basic auth for a user the world does not know', async () => {
    const { status, meta } = await talkFetch('GET', `${base}/call/abc123?format=json`, { user: 'mallory' })
    expect(status).toBe(401)
    expect(meta?.statuscode).toBe(997)
  })
})
