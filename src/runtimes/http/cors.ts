import type { IncomingMessage } from 'node:http'

/** The methods Talk's call API uses. */
const ALLOWED_METHODS = 'GET, POST, PUT, DELETE'
/**
 * The request headers a Talk web client sends: `@nextcloud/axios` adds `requesttoken` and
 * `X-Requested-With` to every request, Talk `OCS-APIRequest` and (newest) its tab id.
 */
const ALLOWED_HEADERS =
  'Authorization, OCS-APIRequest, requesttoken, X-Requested-With, x-nextcloud-talk-session-tab-id, Content-Type, Accept'
/** The answer headers Talk's client reads, which a cross-origin script sees only when exposed. */
const EXPOSED_HEADERS = [
  'X-Chat-Last-Given',
  'X-Chat-Last-Common-Read',
  'X-Nextcloud-Talk-Hash',
  'X-Nextcloud-Talk-Modified-Before',
  'X-Nextcloud-Has-User-Statuses',
  'X-Nextcloud-Talk-Proxy-Hash',
  'X-NC-IsCustomAvatar',
  'Content-Disposition',
].join(', ')

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({})

/**
 * The CORS headers for a request from a browser on another origin: that exact origin (a
 * wildcard would forbid credentials), credentials allowed, Talk's methods and headers, and the
 * answer headers Talk's client reads.
 * Returns no headers for requests without `Origin` (curl, mobile clients, same origin).
 * @example
 * const headers = corsHeaders(incoming) // { 'access-control-allow-origin': 'http://localhost:5173', ... }
 */
export function corsHeaders(incoming: IncomingMessage): Readonly<Record<string, string>> {
  const origin = incoming.headers.origin
  if (!origin) return NO_HEADERS
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  }
}

/**
 * Whether a request is a CORS preflight: `OPTIONS` with `Origin` and
 * `Access-Control-Request-Method`. Other `OPTIONS` requests go to the handlers like any request.
 * @example
 * if (isPreflight(incoming)) return answerPreflight(incoming, outgoing)
 */
export function isPreflight(incoming: IncomingMessage): boolean {
  return (
    incoming.method === 'OPTIONS' &&
    incoming.headers.origin !== undefined &&
    incoming.headers['access-control-request-method'] !== undefined
  )
}

/**
 * The headers answering a preflight (sent with 204): the CORS headers, a cache time, and the
 * Private Network Access grant Chromium asks for when a public page calls a loopback server.
 * @example
 * outgoing.writeHead(204, preflightHeaders(incoming)).end()
 */
export function preflightHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { ...corsHeaders(incoming), 'access-control-max-age': '600' }
  if (incoming.headers['access-control-request-private-network'] === 'true') {
    headers['access-control-allow-private-network'] = 'true'
  }
  return headers
}
