import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTalkMock, createTalkServer, type PlainRequest, type TalkServer } from '../../src/runtimes/http-server.js'
import { API, setupCallWorld } from './support/call-world.js'

/** Writes several requests on one keep-alive connection at once and collects the answers until `count` arrived. */
function pipeline(url: string, requests: string[], count = requests.length): Promise<string[]> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(requests.join('')))
    let received = ''
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString()
      const answers = splitAnswers(received)
      if (answers.length >= count) {
        socket.end()
        resolve(answers)
      }
    })
    socket.on('error', reject)
  })
}

/** Splits a stream of HTTP/1.1 answers (each with a Content-Length) into whole answers. */
function splitAnswers(stream: string): string[] {
  const answers: string[] = []
  let rest = stream
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n')
    if (headEnd < 0) return answers
    const length = Number(/content-length: (\d+)/i.exec(rest.slice(0, headEnd))?.[1] ?? 0)
    const end = headEnd + 4 + length
    if (Buffer.byteLength(rest.slice(0, end)) < end || rest.length < end) return answers
    answers.push(rest.slice(0, end))
    rest = rest.slice(end)
  }
}

function request(method: string, path: string, host: string, body = ''): string {
  const auth = `Basic ${btoa('alice:secret')}`
  return (
    `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nOCS-APIRequest: true\r\nAccept: application/json\r\n` +
    `Authorization: ${auth}\r\nCookie: talk_mock_client=pipe1\r\n` +
    (body === '' ? '' : 'Content-Type: application/json\r\n') +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  )
}

describe('pipelined requests on one connection', () => {
  const events: string[] = []
  const mock = createTalkMock({ setup: setupCallWorld })
  const waits: Record<string, number> = { slow: 40, fast: 0 }
  // A door that takes its time on two paths, and the mock's own everywhere else.
  const answer = async (request: PlainRequest) => {
    const name = request.url.pathname.slice(1)
    const ms = waits[name]
    if (ms === undefined) return mock.answer(request)
    events.push(`start ${name}`)
    await new Promise((resolve) => setTimeout(resolve, ms))
    events.push(`end ${name}`)
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: name }
  }
  let server: TalkServer
  let host: string

  beforeAll(async () => {
    await mock.ready
    server = await createTalkServer({ mock: { ...mock, answer }, port: 0 })
    host = new URL(server.url).host
  })
  afterAll(() => server.close())

  it('handles them one after another, each starting once the one before was answered', async () => {
    const answers = await pipeline(server.url, [request('GET', '/slow', host), request('GET', '/fast', host)])
    expect(answers.map((answer) => answer.split('\r\n\r\n')[1])).toEqual(['slow', 'fast'])
    expect(events).toEqual(['start slow', 'end slow', 'start fast', 'end fast'])
  })

  it('runs a pipelined join, look and leave in order, leaving no session behind', async () => {
    const answers = await pipeline(server.url, [
      request('POST', `${API}/room/abc123/participants/active`, host),
      request('GET', `${API}/room/abc123`, host),
      request('DELETE', `${API}/room/abc123/participants/active`, host),
    ])
    const bodies = answers.map((answer) => JSON.parse(answer.split('\r\n\r\n')[1]!) as { ocs: { data: unknown } })
    const joined = bodies[0]!.ocs.data as { sessionId: string }
    expect(answers.map((answer) => answer.slice(0, 12))).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 200'])
    expect((bodies[1]!.ocs.data as { sessionId: string }).sessionId).toBe(joined.sessionId)
    expect(mock.world.sessions.all()).toEqual([])
  })
})
