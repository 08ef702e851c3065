import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { renderedBodyOf } from '../../ocs/envelope.js'

/**
 * Writes a fetch `Response` to a Node response: status, every header (each `Set-Cookie` on
 * its own line), extra headers such as CORS, and the body (none for `HEAD`).
 * @example
 * await sendResponse(outgoing, response, { method: 'GET', extraHeaders: corsHeaders })
 */
export async function sendResponse(
  outgoing: ServerResponse,
  response: Response,
  options: { method: string; extraHeaders?: Record<string, string> },
): Promise<void> {
  // An answer the mock rendered knows its text: reading it back out of the body stream would
  // cost more than the rest of the answer.
  const rendered = response.bodyUsed ? undefined : renderedBodyOf(response)
  const body = rendered ?? Buffer.from(await response.arrayBuffer())
  const headers: OutgoingHttpHeaders = {}
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie' || name === 'content-length' || name === 'transfer-encoding') continue
    headers[name] = value
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  if (options.extraHeaders) Object.assign(headers, options.extraHeaders)
  const bodyAllowed = response.status !== 204 && response.status !== 304
  if (bodyAllowed) headers['content-length'] = typeof body === 'string' ? Buffer.byteLength(body) : body.length
  // One writeHead and a string body let node:http send head and body in one write.
  outgoing.writeHead(response.status, response.statusText || undefined, headers)
  outgoing.end(options.method === 'HEAD' || !bodyAllowed ? undefined : body)
}

/**
 * Sends a short plain-text answer the server gives on its own (413, 500).
 * @example
 * sendPlain(outgoing, 413, 'Request Entity Too Large', { connection: 'close' })
 */
export function sendPlain(
  outgoing: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  outgoing.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`)
}
