import { connect } from 'node:net'
import fc from 'fast-check'
import type { FuzzAnswer } from './answer-kinds.js'
import { named, type FuzzRequest } from './requests.js'
import { webRoutes } from './route-table.js'

const MiB = 1024 * 1024

/**
 * Requests only a real socket can carry: paths outside the OCS API, CORS preflights, bodies
 * past 1 MiB and malformed HTTP.
 * @example fc.sample(serverRecipe, 1)[0]()
 */
export const serverRecipe: fc.Arbitrary<() => FuzzRequest> = fc.oneof(
  fc
    .constantFrom(
      '/',
      '/index.php/apps/spreed/',
      '/status.php',
      '/ocs/v2.php/cloud/capabilities',
      '/ocs/v3.php/apps/spreed/api/v4/call/abc',
    )
    .map((path) => named({ outside: path }, () => ({ method: 'GET', path, headers: { 'OCS-APIRequest': 'true' } }))),
  fc
    .tuple(
      fc.constantFrom(...webRoutes),
      fc.constantFrom('abc123', 'nope', '%2e%2e'),
      fc.constantFrom('', '?as=alice', '?as=guest', '?as=%00', '?redirect_url=//evil', '?as=bob&redirect_url=/x'),
      fc.constantFrom('', 'user=alice', 'user=', 'user=mallory&redirect_url=%2Fx', '%%%'),
      fc.boolean(),
    )
    .map(([route, token, query, body, otherMethod]) =>
      named({ web: route.path, token, query, body, otherMethod }, () => ({
        method: otherMethod ? 'PUT' : route.method,
        path: route.path.replace('{token}', token) + query,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        ...(route.method === 'POST' && !otherMethod ? { body } : {}),
      })),
    ),
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE').map((method) =>
    named({ preflight: method }, () => ({
      method: 'OPTIONS',
      path: '/ocs/v2.php/apps/spreed/api/v4/call/abc123',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': method },
    })),
  ),
  fc.constant(
    named('a body past 1 MiB', () => ({
      method: 'POST',
      path: '/ocs/v2.php/apps/spreed/api/v4/call/abc123',
      headers: { 'OCS-APIRequest': 'true', 'Content-Type': 'application/json' },
      body: JSON.stringify({ flags: 3, pad: 'x'.repeat(MiB) }),
    })),
  ),
  fc
    .constantFrom(
      'HELLO\r\n\r\n',
      'GET /x HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n',
      'GET http://[bad/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'POST / HTTP/1.1\r\nTransfer-Encoding: nope\r\n\r\n',
    )
    .map((raw) => named({ raw }, () => ({ method: 'RAW', path: '/', headers: {}, raw }))),
)

/**
 * Sends malformed bytes on a socket of their own and reads the status of whatever comes back
 * (0 when the server just closes).
 * @example await sendRaw(server.url, 'HELLO\r\n\r\n')
 */
export function sendRaw(url: string, bytes: string): Promise<FuzzAnswer> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    let answer = ''
    const socket = connect(Number(port), hostname, () => socket.write(bytes))
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString()
      if (answer.includes('\r\n\r\n')) socket.destroy()
    })
    const done = () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
      resolve({ status, contentType: '', text: answer })
    }
    socket.on('close', done)
    socket.on('error', () => undefined)
  })
}
