import { connect } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type TalkServer } from '../../src/runtimes/http-server.js'
import { settle } from '../support/signaling.js'
import { API, setupCallWorld } from './support/call-world.js'

const SIGNALING = '/ocs/v2.php/apps/spreed/api/v3/signaling/abc123'
const HEADERS = {
  'OCS-APIRequest': 'true',
  Accept: 'application/json',
  Authorization: `Basic ${btoa('alice:secret')}`,
  Cookie: 'talk_mock_client=poller',
}

const mock = createTalkMock({ setup: setupCallWorld })
let server: TalkServer

beforeAll(async () => {
  server = await createTalkServer({ mock, port: 0 })
})
afterAll(() => server.close())

async function signalingPolls(): Promise<number> {
  return (await mock.journal.entries()).filter((entry) => entry.path === SIGNALING).length
}

it('ends a long poll whose client closes its connection, on a clock that never moves', async () => {
  const joined = await fetch(`${server.url}${API}/room/abc123/participants/active`, {
    method: 'POST',
    headers: HEADERS,
  })
  expect(joined.status).toBe(200)
  // The first poll answers at once (the room is news to the session); the second one waits.
  expect((await fetch(`${server.url}${SIGNALING}`, { headers: HEADERS })).status).toBe(200)
  expect(await signalingPolls()).toBe(1)
  const { hostname, port, host } = new URL(server.url)
  const lines = Object.entries(HEADERS).map(([name, value]) => `${name}: ${value}\r\n`)
  const socket = connect(Number(port), hostname, () =>
    socket.write(`GET ${SIGNALING} HTTP/1.1\r\nHost: ${host}\r\n${lines.join('')}\r\n`),
  )
  let received = ''
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()))
  await new Promise((resolve) => socket.once('connect', resolve))
  await settle()
  expect(await signalingPolls()).toBe(1)
  socket.destroy()
  // The still clock never reaches the poll's 30 s: only the closed connection can end it.
  await expect.poll(signalingPolls).toBe(2)
  expect(received).toBe('')
  expect(mock.clock.mode).toBe('still')
})
