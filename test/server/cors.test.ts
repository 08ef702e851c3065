import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { API, clientCookieOf, setupCallWorld } from './support/call-world.js'

const APP = 'http://localhost:5173'

describe('CORS for a browser app on another origin', () => {
  const mock = createTalkMock({ setup: setupCallWorld })
  let server: TalkServer

  beforeAll(async () => {
    await mock.ready
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server.close())

  it('answers a preflight with the exact origin, credentials, and Talk methods and headers', async () => {
    const response = await fetch(`${server.url}${API}/call/abc123`, {
      method: 'OPTIONS',
      headers: {
        Origin: APP,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,ocs-apirequest,content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, DELETE')
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'Authorization, OCS-APIRequest, requesttoken, X-Requested-With, x-nextcloud-talk-session-tab-id, Content-Type, Accept',
    )
    expect(response.headers.get('vary')).toBe('Origin')
    expect(mock.world.sessions.all()).toHaveLength(0)
  })

  it('grants Private Network Access when Chromium asks for it', async () => {
    const response = await fetch(`${server.url}${API}/call/abc123`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example.com',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Private-Network': 'true',
      },
    })
    expect(response.headers.get('access-control-allow-private-network')).toBe('true')
  })

  it('adds the CORS headers and the client cookie to a cross-origin answer', async () => {
    const response = await fetch(`${server.url}${API}/room/abc123/participants/active`, {
      method: 'POST',
      headers: { Origin: APP, 'OCS-APIRequest': 'true', Accept: 'application/json' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(clientCookieOf(response)).toMatch(/^talk_mock_client=/)
  })

  it('adds the CORS headers to answers the handlers do not give', async () => {
    const response = await fetch(`${server.url}/index.php/apps/files/`, { headers: { Origin: APP } })
    expect(response.status).toBe(404)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
  })

  it('sends no CORS headers to clients without an Origin', async () => {
    const response = await fetch(`${server.url}${API}/call/abc123`, { headers: { 'OCS-APIRequest': 'true' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('hands an OPTIONS request that is no preflight to the handlers', async () => {
    const response = await fetch(`${server.url}${API}/call/abc123`, { method: 'OPTIONS', headers: { Origin: APP } })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBeNull()
  })
})
