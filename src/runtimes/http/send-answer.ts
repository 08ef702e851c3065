import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { PlainAnswer } from '../../door/plain-answer.js'

/**
 * Writes a plain answer to a Node response: status, its headers, the cookie it hands out, extra
 * headers such as CORS, `Content-Length`, and the body (none for `HEAD`).
 * @example
 * sendAnswer(outgoing, answer, { method: 'GET', extraHeaders: corsHeaders })
 */
export function sendAnswer(
  outgoing: ServerResponse,
  answer: PlainAnswer,
  options: { method: string; extraHeaders?: Record<string, string> },
): void {
  const headers: OutgoingHttpHeaders = { ...answer.headers }
  if (answer.cookie !== undefined) headers['set-cookie'] = answer.cookie
  if (options.extraHeaders) Object.assign(headers, options.extraHeaders)
  const body = answer.body ?? ''
  const bodyAllowed = answer.status !== 204 && answer.status !== 304
  if (bodyAllowed) headers['content-length'] = Buffer.byteLength(body)
  // One writeHead and a string body let node:http send head and body in one write.
  outgoing.writeHead(answer.status, answer.statusText || undefined, headers)
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
