import type { IncomingMessage } from 'node:http'

/** Headers that describe one hop of the connection, not the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host'])

/**
 * Turns a Node request and its body into the fetch `Request` MSW handlers expect. Repeated
 * headers stay repeated; the URL's origin is the one the client asked for (`Host`).
 * @example
 * const request = toFetchRequest(incoming, body, 'http://127.0.0.1:4010')
 */
export function toFetchRequest(incoming: IncomingMessage, body: Buffer, fallbackOrigin: string): Request {
  const url = new URL(incoming.url ?? '/', originOf(incoming.headers.host, fallbackOrigin))
  const headers = new Headers()
  const raw = incoming.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, raw[i + 1]!)
  }
  const method = incoming.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  return new Request(url, { method, headers, body: hasBody ? new Uint8Array(body) : null })
}

/** The origin the client asked for; a missing or unusable `Host` falls back to the server's own. */
function originOf(host: string | undefined, fallbackOrigin: string): string {
  if (!host) return fallbackOrigin
  try {
    return new URL(`http://${host}`).origin
  } catch {
    return fallbackOrigin
  }
}
