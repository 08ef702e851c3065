import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CONVERSATION_TYPE,
  PARTICIPANT_TYPE,
  createTalkMock,
  createTalkServer,
  type PlainAnswer,
  type PlainRequest,
  type RequestLogEntry,
  type TalkServer,
} from '../../src/runtimes/http-server.js'
import { talkFetch } from '../support/talk-fetch.js'
import { API, setupCallWorld } from './support/call-world.js'

const MiB = 1024 * 1024

/** Sends raw bytes and resolves with everything the server answers until it closes. */
function sendRaw(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes))
    let answer = ''
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('requests the server reads', () => {
  const mock = createTalkMock({ setup: setupCallWorld })
  const log: RequestLogEntry[] = []
  let server: TalkServer
  let base: string

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0, onRequest: (entry) => log.push(entry) })
    base = `${server.url}${API}`
    expect((await talkFetch('POST', `${base}/room/abc123/participants/active`, { user: 'alice' })).status).toBe(200)
  })
  afterAll(() => server.close())

  const peerFlags = () => mock.world.sessions.all().map((session) => session.inCall)

  it('answers 413 to a body past 1 MiB and leaves the world as it was', async () => {
    const padded = JSON.stringify({ flags: 3, pad: 'x'.repeat(MiB) })
    const { status } = await fetch(`${base}/call/abc123`, postJson(padded))
    expect(status).toBe(413)
    expect(peerFlags()).toEqual([0])
  })

  it('answers 413 to a chunked body that grows past 1 MiB', async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x20)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk)
        controller.close()
      },
    })
    const response = await fetch(`${base}/call/abc123`, { ...postJson(stream), duplex: 'half' } as RequestInit)
    expect(response.status).toBe(413)
    expect(peerFlags()).toEqual([0])
  })

  it('reads a body of exactly 1 MiB', async () => {
    const head = '{"flags":3,"pad":"'
    const body = head + 'x'.repeat(MiB - head.length - 2) + '"}'
    expect(body.length).toBe(MiB)
    const response = await fetch(`${base}/call/abc123`, postJson(body))
    expect(response.status).toBe(200)
    expect(peerFlags()).toEqual([3])
    expect((await talkFetch('DELETE', `${base}/call/abc123`, { user: 'alice' })).status).toBe(200)
  })

  it('ignores a malformed JSON body as Nextcloud does, joining with the default flags', async () => {
    const response = await fetch(`${base}/call/abc123`, postJson('{"flags": 3,'))
    expect(response.status).toBe(200)
    expect(peerFlags()).toEqual([7])
    expect((await talkFetch('DELETE', `${base}/call/abc123`, { user: 'alice' })).status).toBe(200)
  })

  it('answers 400 to a request that is not HTTP and keeps serving', async () => {
    const answer = await sendRaw(server.url, 'HELLO THERE\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect((await talkFetch('GET', `${base}/call/abc123`, { user: 'alice' })).status).toBe(200)
  })

  it('answers 400 to a request target that is no URL', async () => {
    const answer = await sendRaw(server.url, 'GET http://[bad/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
  })

  it('answers an unknown path outside OCS with an HTML 404', async () => {
    const response = await fetch(`${server.url}/index.php/apps/files/`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await response.text()).toContain('Page not found')
  })

  it('answers an unknown OCS route with the OCS 998 envelope', async () => {
    const response = await fetch(`${server.url}/ocs/v2.php/cloud/users?format=json`, {
      headers: { 'OCS-APIRequest': 'true' },
    })
    expect(response.status).toBe(404)
    const body = (await response.json()) as { ocs: { meta: { statuscode: number; message: string } } }
    expect(body.ocs.meta.statuscode).toBe(404)
    expect(body.ocs.meta.message).toMatch(/^Invalid query/)
  })

  it('serves the capabilities and the CSRF token, as the Nextcloud around Talk does', async () => {
    const capabilities = await fetch(`${server.url}/ocs/v2.php/cloud/capabilities`, {
      headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' },
    })
    expect(capabilities.status).toBe(200)
    const { ocs } = (await capabilities.json()) as {
      ocs: { data: { capabilities: { spreed: { features: string[] } } } }
    }
    expect(ocs.data.capabilities.spreed.features).toContain('signaling-v3')
    const token = await fetch(`${server.url}/index.php/csrftoken`)
    expect(token.status).toBe(200)
    expect(await token.json()).toEqual({ token: expect.any(String) })
  })

  it('reports method, path and status of each request to onRequest', async () => {
    log.length = 0
    await talkFetch('GET', `${base}/call/abc123?format=json`, { user: 'alice' })
    await fetch(`${server.url}/nowhere`)
    expect(log.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      `GET ${API}/call/abc123?format=json 200`,
      'GET /nowhere 404',
    ])
    expect(log.every((entry) => entry.ms >= 0)).toBe(true)
  })
})

function postJson(body: BodyInit): RequestInit {
  return {
    method: 'POST',
    body,
    headers: {
      'OCS-APIRequest': 'true',
      'Content-Type': 'application/json',
      Authorization: `Basic ${btoa('alice:secret')}`,
    },
  }
}

describe('responses the server writes', () => {
  const mock = createTalkMock()
  // Answers of the plain door the mock itself never gives, to test how the server writes them.
  const extra: Record<string, (request: PlainRequest) => PlainAnswer> = {
    '/with-cookie': () => ({ status: 201, headers: { 'x-seen': 'yes' }, body: 'one', cookie: 'a=1; Path=/; HttpOnly' }),
    '/echo-headers': (request) => ({ status: 200, headers: {}, body: request.headers['x-many'] ?? '' }),
    '/origin': (request) => ({ status: 200, headers: {}, body: request.url.origin }),
    '/echo-cookies': (request) => ({ status: 200, headers: {}, body: JSON.stringify(request.cookies) }),
    '/network-error': () => ({ status: 0, headers: {}, body: null }),
    '/throws': () => {
      throw new Error('handler bug')
    },
  }
  const log: RequestLogEntry[] = []
  let server: TalkServer

  beforeAll(async () => {
    const answer = async (request: PlainRequest) => extra[request.url.pathname]?.(request) ?? mock.answer(request)
    server = await createTalkServer({ mock: { ...mock, answer }, port: 0, onRequest: (e) => log.push(e) })
  })
  afterAll(() => server.close())

  it('sends the cookie an answer hands out and its other headers', async () => {
    const response = await fetch(`${server.url}/with-cookie`)
    expect(response.status).toBe(201)
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/; HttpOnly'])
    expect(response.headers.get('x-seen')).toBe('yes')
    expect(await response.text()).toBe('one')
  })

  it('passes repeated request headers on joined, as fetch joins them', async () => {
    const headers = new Headers()
    headers.append('x-many', 'one')
    headers.append('x-many', 'two')
    const response = await fetch(`${server.url}/echo-headers`, { headers })
    expect(await response.text()).toBe('one, two')
  })

  it('reads the cookies of repeated Cookie headers, joined as fetch joins them', async () => {
    const { port } = new URL(server.url)
    const answer = await sendRaw(
      server.url,
      `GET /echo-cookies HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: theme=dark\r\n` +
        'Cookie: talk_mock_client=c1\r\nConnection: close\r\n\r\n',
    )
    expect(JSON.parse(answer.split('\r\n\r\n')[1] ?? '')).toEqual({ theme: 'dark', talk_mock_client: 'c1' })
  })

  it('sends no body to HEAD, with the length of the answer it stands for', async () => {
    const head = await fetch(`${server.url}/with-cookie`, { method: 'HEAD' })
    expect(head.status).toBe(201)
    expect(head.headers.get('content-length')).toBe('3')
    expect(await head.text()).toBe('')
  })

  it('reads the origin the client asked for', async () => {
    const viaLocalhost = server.url.replace('127.0.0.1', 'localhost')
    for (const base of [server.url, viaLocalhost]) {
      const response = await fetch(`${base}/origin`)
      expect(await response.text()).toBe(base)
    }
  })

  it('drops the connection for a network error', async () => {
    await expect(fetch(`${server.url}/network-error`)).rejects.toThrow(TypeError)
    expect(log.at(-1)).toMatchObject({ path: '/network-error', status: 0 })
  })

  it('answers 500 when the door throws, reports the error and keeps serving', async () => {
    const response = await fetch(`${server.url}/throws`)
    expect(response.status).toBe(500)
    expect(log.at(-1)).toMatchObject({ path: '/throws', status: 500, error: new Error('handler bug') })
    expect((await fetch(`${server.url}/with-cookie`)).status).toBe(201)
  })
})

describe('answers the mock renders', () => {
  const mock = createTalkMock({
    setup: async (world) => {
      await world.addUser({ id: 'joerg', displayName: 'Jörg Müller' })
      await world.addConversation({ token: 'abc123', type: CONVERSATION_TYPE.GROUP, name: 'Tägliches Treffen' })
      await world.addAttendee('abc123', { actorId: 'joerg', participantType: PARTICIPANT_TYPE.OWNER })
      world.viewer = 'joerg'
    },
  })
  let server: TalkServer

  beforeAll(async () => {
    server = await createTalkServer({ mock, port: 0 })
  })
  afterAll(() => server.close())

  it('sends the rendered text with its length in bytes, non-ASCII text included', async () => {
    const { port } = new URL(server.url)
    const answer = await sendRaw(
      server.url,
      `GET ${API}/room/abc123 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOCS-APIRequest: true\r\n` +
        // With its client cookie, the answer is the rendered one as it is (no cookie added).
        'Accept: application/xml\r\nCookie: talk_mock_client=c1\r\nConnection: close\r\n\r\n',
    )
    const [head = '', body = ''] = answer.split('\r\n\r\n')
    expect(head).toMatch(/^HTTP\/1\.1 200 /)
    expect(head).toContain(`content-length: ${Buffer.byteLength(body)}\r\n`)
    expect(body).toContain('<displayName>Tägliches Treffen</displayName>')
    expect(body).toMatch(/^<\?xml version="1\.0"\?>\n<ocs>[\s\S]*<\/ocs>\n$/)
  })

  it('reads an absolute-form request target as the URL it names', async () => {
    const answer = await sendRaw(
      server.url,
      `GET http://cloud.example.com${API}/room/abc123?format=json HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        'OCS-APIRequest: true\r\nConnection: close\r\n\r\n',
    )
    expect(answer).toMatch(/^HTTP\/1\.1 200 /)
    expect(answer).toContain('"displayName":"T\\u00e4gliches Treffen"')
    expect((await mock.journal.entries()).at(-1)?.path).toBe(`${API}/room/abc123?format=json`)
  })
})
