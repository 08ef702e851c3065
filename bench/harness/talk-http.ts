import { http, type RequestHandler } from 'msw'
import { CLIENT_COOKIE } from '../../src/index.js'

/** Where the benchmark pretends Nextcloud lives. */
export const BASE = 'https://cloud.example.com/ocs/v2.php/apps/spreed/api/v4'

// The client cookie the mock hands out, sent from the start as a browser sends it after the
// first answer, so every answer is the same bytes (no new `set-cookie` each time).
const HEADERS = { 'OCS-APIRequest': 'true', Accept: 'application/json', Cookie: `${CLIENT_COOKIE}=bench` }

/**
 * An answer as the client saw it: status, headers and the body text.
 * @example
 * const answer: Answer = await callTalk('GET', '/call/benchcall')
 */
export interface Answer {
  status: number
  headers: [string, string][]
  body: string
}

/**
 * Calls the Talk API as the web client does (JSON, `OCS-APIRequest`) and reads the whole body.
 * @example
 * const { status, body } = await callTalk('POST', '/call/benchcall', { flags: 3 })
 */
export async function callTalk(method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: body === undefined ? HEADERS : { ...HEADERS, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, headers: [...response.headers], body: await response.text() }
}

/**
 * An msw handler that always answers `answer` again, byte for byte: the cheapest possible mock
 * of the same route, which the mock is measured against.
 * @example
 * server.resetHandlers(replayHandler('GET', '/call/benchcall', answer))
 */
export function replayHandler(method: 'GET' | 'POST' | 'DELETE', path: string, answer: Answer): RequestHandler {
  const route = { GET: http.get, POST: http.post, DELETE: http.delete }[method]
  return route(`${BASE}${path}`, () => new Response(answer.body, { status: answer.status, headers: answer.headers }))
}

/**
 * Throws unless two answers are the same bytes with the same headers, so a comparison never
 * measures two different things.
 * @example
 * assertSameAnswer(await callTalk('GET', path), expected, 'GET /call')
 */
export function assertSameAnswer(actual: Answer, expected: Answer, what: string): void {
  const differences = [
    actual.status !== expected.status && `status ${actual.status} vs ${expected.status}`,
    actual.body !== expected.body && `bodies of ${actual.body.length} vs ${expected.body.length} characters`,
    JSON.stringify(actual.headers) !== JSON.stringify(expected.headers) &&
      `headers ${JSON.stringify(actual.headers)} vs ${JSON.stringify(expected.headers)}`,
  ].filter(Boolean)
  if (differences.length > 0) throw new Error(`${what}: the two sides answer differently: ${differences.join('; ')}`)
}
