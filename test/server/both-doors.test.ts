import { connect } from 'node:net'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { onUnhandled } from '../../src/msw/majors.js'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { API, setupCallWorld } from './support/call-world.js'

const MSW_ORIGIN = 'https://cloud.example.com'
const ALICE = `Basic ${btoa('alice:secret')}`
const OCS = { 'OCS-APIRequest': 'true', Accept: 'application/json' }
const AS_ALICE = { ...OCS, Authorization: ALICE, Cookie: 'talk_mock_client=c1' }
const JSON_BODY = { 'Content-Type': 'application/json' }

/** The same exchanges, in order, through both doors: each answer depends on the ones before. */
const EXCHANGES: Array<{ method: string; path: string; headers: Record<string, string>; body?: string }> = [
  { method: 'GET', path: `${API}/room/abc123`, headers: OCS },
  { method: 'GET', path: `${API}/room/abc123`, headers: { ...OCS, Cookie: 'talk_mock_client=client-1' } },
  {
    method: 'POST',
    path: `${API}/room/abc123/participants/active`,
    headers: { ...AS_ALICE, ...JSON_BODY },
    body: '{}',
  },
  { method: 'POST', path: `${API}/call/abc123`, headers: { ...AS_ALICE, ...JSON_BODY }, body: '{"flags":3}' },
  { method: 'GET', path: `${API}/call/abc123`, headers: AS_ALICE },
  { method: 'GET', path: `${API}/call/abc123`, headers: { ...AS_ALICE, Accept: 'application/xml' } },
  { method: 'GET', path: '/ocs/v1.php/apps/spreed/api/v4/call/abc123?format=json', headers: AS_ALICE },
  { method: 'HEAD', path: `${API}/call/abc123`, headers: AS_ALICE },
  { method: 'GET', path: `${API}/call/abc123/download?format=csv`, headers: AS_ALICE },
  { method: 'GET', path: '/ocs/v2.php/apps/spreed/api/v3/signaling/abc123', headers: AS_ALICE },
  {
    method: 'PUT',
    path: `${API}/room/abc123/webinar/lobby`,
    headers: { ...AS_ALICE, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'state=1',
  },
  { method: 'GET', path: `${API}/nowhere`, headers: AS_ALICE },
  { method: 'PATCH', path: `${API}/call/abc123`, headers: AS_ALICE },
  { method: 'GET', path: `${API}/call/abc123`, headers: { Accept: 'application/json', Cookie: 'talk_mock_client=c1' } },
  { method: 'GET', path: `${API}/call/abc123`, headers: { ...OCS, Authorization: `Basic ${btoa('nobody:x')}` } },
  { method: 'GET', path: '/ocs/v2.php/cloud/capabilities', headers: AS_ALICE },
  { method: 'GET', path: '/index.php/csrftoken', headers: AS_ALICE },
  { method: 'GET', path: '/__talk-mock/scenario', headers: {} },
  { method: 'POST', path: '/__talk-mock/clock', headers: JSON_BODY, body: '{"advance":31000}' },
  { method: 'PUT', path: '/__talk-mock/world', headers: JSON_BODY, body: '' },
  { method: 'GET', path: '/__talk-mock/nowhere', headers: {} },
  { method: 'DELETE', path: `${API}/call/abc123`, headers: AS_ALICE },
  { method: 'DELETE', path: `${API}/room/abc123/participants/active`, headers: AS_ALICE },
]

/** What an answer is made of, the connection's own headers left out (the server adds them). */
interface Answer {
  status: number
  headers: Record<string, string>
  cookies: string[]
  body: string
}
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'date', 'content-length', 'transfer-encoding'])

/** One request over a raw socket: msw in this process intercepts fetch and node:http, not net. */
function sendRaw(url: string, exchange: (typeof EXCHANGES)[number]): Promise<Answer> {
  const { hostname, port, host } = new URL(url)
  const body = exchange.body ?? ''
  const lines = Object.entries(exchange.headers).map(([name, value]) => `${name}: ${value}\r\n`)
  const head = `${exchange.method} ${exchange.path} HTTP/1.1\r\nHost: ${host}\r\n${lines.join('')}`
  const request = `${head}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request))
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString()
      const [top = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...headerLines] = top.split('\r\n')
      const answer: Answer = {
        status: Number(statusLine.split(' ')[1]),
        headers: {},
        cookies: [],
        body: rest.join('\r\n\r\n'),
      }
      for (const line of headerLines) {
        const colon = line.indexOf(':')
        const name = line.slice(0, colon).toLowerCase()
        const value = line.slice(colon + 1).trim()
        if (name === 'set-cookie') answer.cookies.push(value)
        else if (!CONNECTION_HEADERS.has(name)) answer.headers[name] = value
      }
      resolve(answer)
    })
  })
}

async function viaMsw(exchange: (typeof EXCHANGES)[number]): Promise<Answer> {
  const response = await fetch(`${MSW_ORIGIN}${exchange.path}`, {
    method: exchange.method,
    headers: exchange.headers,
    body: exchange.body,
  })
  const headers: Record<string, string> = {}
  for (const [name, value] of response.headers) if (name !== 'set-cookie') headers[name] = value
  return { status: response.status, headers, cookies: response.headers.getSetCookie(), body: await response.text() }
}

const overMsw = createTalkMock({ setup: setupCallWorld })
const overServer = createTalkMock({ setup: setupCallWorld })
const msw = setupServer(...overMsw.handlers, ...overMsw.nextcloudHandlers)
let server: TalkServer

beforeAll(async () => {
  msw.listen(onUnhandled('error'))
  server = await createTalkServer({ mock: overServer, port: 0 })
})
afterAll(async () => {
  msw.close()
  await server.close()
})

it('gives the same answers through msw and through the standalone server, byte for byte', async () => {
  const statuses: number[] = []
  const cookies: string[] = []
  for (const exchange of EXCHANGES) {
    const expected = await viaMsw(exchange)
    statuses.push(expected.status)
    cookies.push(...expected.cookies)
    const actual = await sendRaw(server.url, exchange)
    expect({ exchange: `${exchange.method} ${exchange.path}`, ...actual }).toEqual({
      exchange: `${exchange.method} ${exchange.path}`,
      ...expected,
    })
  }
  // The exchanges did what they say: the outcomes asked for, a cookie handed out, the lobby set.
  expect(statuses).toEqual([
    ...[200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    ...[404, 405, 412, 401, 200, 200, 200, 200, 400, 404, 200, 200],
  ])
  expect(cookies).toEqual(['talk_mock_client=client-1; Path=/; SameSite=Lax'])
  expect(overServer.world.conversations.get('abc123')!.lobbyState).toBe(1)
  expect(overMsw.world.conversations.get('abc123')!.lobbyState).toBe(1)
})

it('gives the same answers and journal through both doors while a timeline unfolds under an app token', async () => {
  const overMswTimeline = createTalkMock({ scenario: 'flaky-peer', token: 'abc123' })
  const overServerTimeline = createTalkMock({ scenario: 'flaky-peer', token: 'abc123' })
  msw.use(...overMswTimeline.handlers)
  const timelineServer = await createTalkServer({ mock: overServerTimeline, port: 0 })
  const headers = { ...OCS, Cookie: 'talk_mock_client=c1' }
  const steps: Array<(typeof EXCHANGES)[number]> = [
    { method: 'POST', path: `${API}/room/abc123/participants/active`, headers },
    { method: 'POST', path: '/__talk-mock/clock', headers: JSON_BODY, body: '{"advance":15000}' },
    { method: 'GET', path: `${API}/call/abc123`, headers },
    { method: 'POST', path: '/__talk-mock/clock', headers: JSON_BODY, body: '{"step":true}' },
    { method: 'GET', path: `${API}/room/abc123/participants`, headers },
    { method: 'POST', path: '/__talk-mock/clock', headers: JSON_BODY, body: '{"advance":60000}' },
    { method: 'GET', path: `${API}/call/abc123`, headers },
    { method: 'GET', path: '/__talk-mock/timeline', headers: {} },
  ]
  const journal = async (mock: typeof overMswTimeline) =>
    (await mock.journal.entries()).map(({ durationMs: _, ...entry }) => entry)
  try {
    const outcomes: string[] = []
    for (const step of steps) {
      const expected = await viaMsw(step)
      outcomes.push(expected.body)
      expect({ step: `${step.method} ${step.path}`, ...(await sendRaw(timelineServer.url, step)) }).toEqual({
        step: `${step.method} ${step.path}`,
        ...expected,
      })
    }
    // The timeline did unfold: its events ran, and were journaled alike through both doors.
    expect(outcomes.at(-1)).toContain('"outcome":"done"')
    expect((await overMswTimeline.journal.entries('timeline')).length).toBeGreaterThan(0)
    expect(await journal(overServerTimeline)).toEqual(await journal(overMswTimeline))
  } finally {
    await timelineServer.close()
  }
})
