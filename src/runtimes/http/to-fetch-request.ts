import type { IncomingMessage } from 'node:http'

/** Headers that describe one hop of the connection, not the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host'])

/**
 * Where a request goes: the absolute URL, and the origin handlers with relative paths
 * (`/__talk-mock/reset`) resolve against.
 * @example
 * const target: RequestTarget = { href: 'http://127.0.0.1:4010/__talk-mock/reset', origin: 'http://127.0.0.1:4010' }
 */
export interface RequestTarget {
  href: string
  origin: string
}

/**
 * The URL a Node request asks for: its target on the origin the client named (`Host`), or the
 * server's own when `Host` is missing or unusable. Throws for a target no URL can hold.
 * @example
 * readTarget(incoming, 'http://127.0.0.1:4010') // { href: 'http://127.0.0.1:4010/ocs/…', origin: 'http://127.0.0.1:4010' }
 */
export function readTarget(incoming: IncomingMessage, fallbackOrigin: string): RequestTarget {
  const origin = originOf(incoming.headers.host, fallbackOrigin)
  const path = incoming.url ?? '/'
  // The usual origin-form target ('/path?query') appends to the origin as it is, and `Request`
  // parses the result once; '//' and '/\' would be read as an authority, so those go the long way.
  if (path.startsWith('/') && path[1] !== '/' && path[1] !== '\\') return { href: origin + path, origin }
  const url = new URL(path, origin)
  return { href: url.href, origin: url.origin }
}

/**
 * Turns a Node request and its body into the fetch `Request` MSW handlers expect. Repeated
 * headers stay repeated; `signal` aborts the request when its client goes away.
 * @example
 * const request = toFetchRequest(incoming, body, readTarget(incoming, 'http://127.0.0.1:4010'))
 */
export function toFetchRequest(
  incoming: IncomingMessage,
  body: Buffer,
  target: RequestTarget,
  signal?: AbortSignal,
): Request {
  const headers = new Headers()
  const raw = incoming.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, raw[i + 1]!)
  }
  const method = incoming.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  return new Request(target.href, { method, headers, body: hasBody ? new Uint8Array(body) : null, signal })
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
