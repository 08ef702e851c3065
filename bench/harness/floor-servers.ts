import { startServerProcess, type ServerProcess } from './server-process.js'

// The bare server: the mock's answer, sent as it is (framed by Content-Length, as the mock
// frames it), to every request.
const BARE_SERVER = `
import { createServer } from 'node:http'
const { status, headers, body } = JSON.parse(process.env.BENCH_ANSWER)
const head = { ...headers, 'content-length': Buffer.byteLength(body) }
const server = createServer((request, response) => {
  request.resume()
  response.writeHead(status, head)
  response.end(body)
})
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port))
process.once('SIGTERM', () => process.exit(0))
`

// The least any server over msw's getResponse does: the same answer from one static handler.
const MSW_SERVER = `
import { createServer } from 'node:http'
import { getResponse, http } from 'msw'
const { status, headers, body, path } = JSON.parse(process.env.BENCH_ANSWER)
const handlers = [http.get('*' + path, () => new Response(body, { status, headers }))]
const server = createServer(async (incoming, outgoing) => {
  for await (const _ of incoming);
  const requestHeaders = Object.entries(incoming.headers).filter(([, value]) => typeof value === 'string')
  const request = new Request(new URL(incoming.url, 'http://127.0.0.1'), { method: incoming.method, headers: requestHeaders })
  const response = await getResponse(handlers, request)
  const answer = Buffer.from(await response.arrayBuffer())
  for (const [name, value] of response.headers) outgoing.setHeader(name, value)
  outgoing.setHeader('content-length', answer.length)
  outgoing.statusCode = response.status
  outgoing.end(answer)
})
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port))
process.once('SIGTERM', () => process.exit(0))
`

/**
 * A recorded answer of the mock, which the other servers replay: status, the headers of the
 * answer (not of the connection), the body, and the path it answers.
 * @example
 * const answer: Answer = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}', path: '/ocs/…' }
 */
export interface Answer {
  status: number
  headers: Record<string, string>
  body: string
  path: string
}

/**
 * Starts the floor the mock is measured against, in a child process pinned by `prefix`: `bare`
 * is `node:http` sending `answer` to every request; `msw` is `node:http` over msw's
 * `getResponse` with one static handler answering it (what any server built on msw pays).
 * @example
 * const bare = await startFloorServer('bare', answer, root, ['taskset', '-c', '0'])
 */
export function startFloorServer(
  kind: 'bare' | 'msw',
  answer: Answer,
  root: string,
  prefix: string[],
): Promise<ServerProcess> {
  const code = kind === 'bare' ? BARE_SERVER : MSW_SERVER
  return startServerProcess(['--input-type=module', '-e', code], { BENCH_ANSWER: JSON.stringify(answer) }, root, prefix)
}
