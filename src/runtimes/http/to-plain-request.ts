import type { IncomingMessage, ServerResponse } from 'node:http'
import { decodeBody, parseCookies, type PlainRequest } from '../../door/plain-request.js'

/** Headers that describe one hop of the connection, not the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host'])
/** Methods fetch forbids: a server over fetch objects answered them 400, and so does this one. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/**
 * The URL a Node request asks for: its target on the origin the client named (`Host`), or the
 * server's own when `Host` is missing or unusable. Throws for a target no URL can hold, and for
 * one with credentials (fetch refuses those, so the msw door never sees them).
 * @example
 * readTarget(incoming, 'http://127.0.0.1:4010').href // 'http://127.0.0.1:4010/ocs/…'
 */
export function readTarget(incoming: IncomingMessage, fallbackOrigin: string): URL {
  const origin = originOf(incoming.headers.host, fallbackOrigin)
  const path = incoming.url ?? '/'
  // '//' and '/\' would be read as an authority, so only other origin-form targets append as they are.
  const url =
    path.startsWith('/') && path[1] !== '/' && path[1] !== '\\' ? new URL(origin + path) : new URL(path, origin)
  if (url.username !== '' || url.password !== '') throw new TypeError('a request URL with credentials')
  return url
}

/**
 * The plain request of a Node request and its body: lower-case header names, repeated headers
 * joined as fetch joins them (by ", ", `Cookie` by "; "), the `Cookie` header's cookies, and a
 * `signal` (made when first asked for: only long polls wait) that aborts when the client goes
 * away before its answer.
 * Throws for a method fetch forbids.
 * @example
 * const request = toPlainRequest(incoming, outgoing, body, readTarget(incoming, 'http://127.0.0.1:4010'))
 */
export function toPlainRequest(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  body: Buffer,
  url: URL,
): PlainRequest {
  const method = incoming.method ?? 'GET'
  if (FORBIDDEN_METHODS.has(method)) throw new TypeError(`the method ${method}`)
  const headers: Record<string, string> = {}
  const raw = incoming.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase()
    if (HOP_BY_HOP.has(name)) continue
    const value = raw[i + 1]!
    const before = headers[name]
    // fetch's `Headers` joins repeated cookies with "; ", so their pairs stay apart; any other header with ", ".
    headers[name] = before === undefined ? value : `${before}${name === 'cookie' ? '; ' : ', '}${value}`
  }
  let gone = false
  let controller: AbortController | undefined
  outgoing.once('close', () => {
    if (outgoing.writableFinished) return
    gone = true
    controller?.abort()
  })
  return {
    method,
    url,
    headers,
    body: method === 'GET' || method === 'HEAD' ? '' : decodeBody(body),
    cookies: parseCookies(headers.cookie),
    get signal() {
      if (!controller) {
        controller = new AbortController()
        if (gone) controller.abort()
      }
      return controller.signal
    },
  }
}

// Clients name the same host on every request: its origin is parsed once (a few hosts at most).
const origins = new Map<string, string | undefined>()

/** The origin the client asked for; a missing or unusable `Host` falls back to the server's own. */
function originOf(host: string | undefined, fallbackOrigin: string): string {
  if (!host) return fallbackOrigin
  let origin = origins.get(host)
  if (origin === undefined && !origins.has(host)) {
    origin = parseOrigin(host)
    if (origins.size >= 64) origins.clear()
    origins.set(host, origin)
  }
  return origin ?? fallbackOrigin
}

function parseOrigin(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).origin
  } catch {
    return undefined
  }
}
