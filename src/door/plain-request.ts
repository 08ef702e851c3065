import { TalkMockError } from '../errors.js'

/**
 * A request as the mock's rules read it, whichever door it came through (msw's fetch `Request`
 * or the standalone server's socket): no stream, no fetch object, the body already read.
 * @example
 * const request: PlainRequest = {
 *   method: 'GET',
 *   url: new URL('http://127.0.0.1:4010/ocs/v2.php/apps/spreed/api/v4/call/abc123'),
 *   headers: { 'ocs-apirequest': 'true' },
 *   body: '',
 *   cookies: { talk_mock_client: 'client-1' },
 * }
 */
export interface PlainRequest {
  method: string
  /** The absolute URL, parsed once. */
  url: URL
  /** Lower-case names; a repeated header's values joined by ", " (`cookie`'s by "; "), as fetch's `Headers` joins them. */
  headers: Readonly<Record<string, string | undefined>>
  /** The body as UTF-8 text ('' when there is none; never read for GET and HEAD). */
  body: string
  cookies: Readonly<Record<string, string>>
  /** Aborts when the client goes away (a long poll given up); absent when no door can tell. */
  readonly signal?: AbortSignal
}

/**
 * Throws a `TalkMockError` for what is no plain request (a string URL, missing headers, body or
 * cookies), so a server handing its own requests to `mock.answer` learns what to change instead
 * of getting a 404 or a `TypeError` from deep inside the rules.
 * @example
 * checkPlainRequest({ method: 'GET', url: new URL('http://x/status.php'), headers: {}, body: '', cookies: {} })
 */
export function checkPlainRequest(request: unknown): asserts request is PlainRequest {
  const wrong = wrongField(request)
  if (wrong === undefined) return
  throw new TalkMockError(
    'answer a plain request',
    wrong,
    "Pass { method: 'GET', url: new URL(href), headers: {} (lower-case names), body: '', cookies: {} }.",
  )
}

function wrongField(request: unknown): string | undefined {
  if (!request || typeof request !== 'object') return `the request ${String(request)} is no object`
  const { method, url, headers, body, cookies } = request as Record<string, unknown>
  if (typeof method !== 'string') return '`method` is no string'
  if (!(url instanceof URL)) return '`url` is no URL'
  if (!headers || typeof headers !== 'object') return '`headers` is no object'
  if (typeof body !== 'string') return '`body` is no string'
  if (!cookies || typeof cookies !== 'object') return '`cookies` is no object'
  return undefined
}

/**
 * A request body's bytes as text, as fetch's `text()` decodes them: UTF-8, a leading byte order
 * mark dropped, invalid sequences replaced.
 * @example
 * decodeBody(Buffer.from('{"flags":3}')) // '{"flags":3}'
 */
export function decodeBody(bytes: Buffer): string {
  if (bytes.length === 0) return ''
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return bytes.toString('utf8', bom ? 3 : 0)
}

/**
 * The cookies of a `Cookie` header, as msw (the `cookie` package) parses them: the first of a
 * repeated name wins, quotes around a value are dropped, percent-escapes decoded when they can be.
 * @example
 * parseCookies('talk_mock_client=client-1; theme=dark') // { talk_mock_client: 'client-1', theme: 'dark' }
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {}
  if (!header) return cookies
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=')
    if (equals === -1) continue
    const name = pair.slice(0, equals).trim()
    if (name === '' || Object.hasOwn(cookies, name)) continue
    let value = pair.slice(equals + 1).trim()
    if (value.length > 1 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    cookies[name] = value.includes('%') ? safeDecode(value) : value
  }
  return cookies
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
