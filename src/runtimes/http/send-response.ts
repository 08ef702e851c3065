import type { ServerResponse } from 'node:http'

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
  const body = Buffer.from(await response.arrayBuffer())
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie' || name === 'content-length' || name === 'transfer-encoding') continue
    outgoing.setHeader(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies)
  for (const [name, value] of Object.entries(options.extraHeaders ?? {})) outgoing.setHeader(name, value)
  outgoing.statusCode = response.status
  if (response.statusText) outgoing.statusMessage = response.statusText
  const bodyAllowed = response.status !== 204 && response.status !== 304
  if (bodyAllowed) outgoing.setHeader('content-length', body.length)
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
