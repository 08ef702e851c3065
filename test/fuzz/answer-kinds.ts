import { classifyRoute } from '../../src/routes/classify-route.js'
import type { FuzzRequest } from './requests.js'

/** What came back: a status with headers and body, or `dropped` when the connection failed. */
export type FuzzAnswer = { status: number; contentType: string; text: string } | 'dropped'

/** The kinds of answer the mock documents; anything else is a finding. */
export type AnswerKind =
  | 'ocs'
  | 'legacy'
  | 'csrf'
  | 'csv'
  | 'head'
  | 'not-modified'
  | 'method-not-allowed'
  | 'too-large'
  | 'control'
  | 'control-error'
  | 'html-404'
  | 'preflight'
  | 'bad-request'
  | 'overlay-503'
  | 'dropped'
  | 'web'

const LEGACY_MESSAGES = /^(Invalid query|Unauthorised)/

/**
 * Tells which documented kind an answer is, checking it as far as the kind allows (envelope in
 * the format and entry point asked for, status rules of v1 and v2), or throws saying why it is
 * none. `overlays` are those active when it was sent (they may drop or 503 a Talk request).
 * @example classifyAnswer(request, { status: 200, contentType: 'application/json; charset=utf-8', text }, [])
 */
export function classifyAnswer(request: FuzzRequest, answer: FuzzAnswer, overlays: readonly string[]): AnswerKind {
  const url = new URL(request.path, 'http://mock')
  const ocs = /\/ocs\/v([12])\.php\//.exec(url.pathname)
  const talk = /\/ocs\/v[12]\.php\/apps\/spreed(\/|$)/.test(url.pathname)
  // The overlays reach the Nextcloud routes the mock serves beside Talk's, as they are answered by the same resolver.
  // The pages and Nextcloud's routes are answered as Talk's are: the overlays reach them too.
  const kind = classifyRoute(url.pathname).kind
  const web = kind === 'talk-ui'
  const overlaid = talk || web || kind === 'nextcloud'
  const mayFail = overlaid && overlays.some((name) => name === 'flaky' || name === 'offline')
  if (answer === 'dropped') return mayFail ? 'dropped' : unexpected('a dropped connection')
  const { status, contentType, text } = answer
  if (request.raw !== undefined)
    return status === 400 || status === 0 ? 'bad-request' : unexpected(`HTTP ${status} to malformed HTTP`)
  if (status >= 500) {
    if (status === 503 && mayFail && text === 'Service Unavailable') return 'overlay-503'
    return unexpected(`HTTP ${status}`)
  }
  if (url.pathname.includes('/__talk-mock/')) return classifyControl(status, text)
  if (request.method === 'OPTIONS' && status === 204 && request.headers['Access-Control-Request-Method'])
    return 'preflight'
  if (status === 413 && text.startsWith('Request Entity Too Large')) return 'too-large'
  if (web) return classifyWeb(status, contentType, text)
  if (!ocs) return status === 404 && /Page not found/.test(text) ? 'html-404' : unexpected(`HTTP ${status} outside OCS`)
  if (status === 405) return text === '' ? 'method-not-allowed' : unexpected('a 405 with a body')
  if (status === 412 && text === '{"message":"CSRF check failed"}') return 'csrf'
  if (request.method === 'HEAD') return text === '' ? 'head' : unexpected('a HEAD answer with a body')
  if (contentType === 'image/svg+xml' && status === 200) return 'web'
  // The chat answers "no messages" with a bodiless 304 (on OCS v2; v1 wraps it in a 200).
  if (status === 304) {
    return /\/api\/v1\/chat\//.test(url.pathname) && text === '' ? 'not-modified' : unexpected('a 304 off the chat')
  }
  if (
    /^text\/csv/.test(contentType) ||
    (url.pathname.endsWith('/download') && text === '' && [200, 400].includes(status))
  )
    return 'csv'
  return classifyEnvelope(request, url, Number(ocs[1]) as 1 | 2, answer)
}

/** Pages, their redirects, the login's 400, the theme, avatars (an unknown user's 404 `[]`), a 405 without body, or the line saying `--talk-app` is missing. */
function classifyWeb(status: number, contentType: string, text: string): AnswerKind {
  if (status === 405) return text === '' ? 'web' : unexpected('a 405 with a body')
  if (status === 404 && text.startsWith("Talk's own UI is not served")) return 'web'
  if ([200, 302, 303, 400].includes(status) && /^text\/(html|css)/.test(contentType)) return 'web'
  if ([200, 201].includes(status) && contentType === 'image/svg+xml') return 'web'
  if (status === 404 && text === '[]') return 'web'
  return unexpected(`web answer HTTP ${status} ${contentType}`)
}

function classifyControl(status: number, text: string): AnswerKind {
  const body = parse(text)
  if (status === 200 && body !== undefined) return 'control'
  const error = (body as { error?: unknown } | undefined)?.error
  if ([400, 404, 405].includes(status) && typeof error === 'string' && error !== '') return 'control-error'
  return unexpected(`control answer HTTP ${status}: ${text.slice(0, 200)}`)
}

function classifyEnvelope(
  request: FuzzRequest,
  url: URL,
  entry: 1 | 2,
  answer: { status: number; contentType: string; text: string },
): AnswerKind {
  const { status, contentType, text } = answer
  const json = contentType.startsWith('application/json')
  const meta = json
    ? (parse(text) as { ocs?: { meta?: Record<string, unknown> } } | undefined)?.ocs?.meta
    : xmlMeta(text)
  if (!meta || typeof meta.statuscode !== 'number' || !['ok', 'failure'].includes(String(meta.status))) {
    return unexpected(`no OCS envelope: HTTP ${status} ${contentType}: ${text.slice(0, 200)}`)
  }
  const code = meta.statuscode
  const legacy = LEGACY_MESSAGES.test(String(meta.message)) && meta.totalitems === ''
  const format = formatParam(request, url)
  const asked = legacy ? (format === 'json' ? 'json' : 'xml') : negotiate(format, request.headers.Accept)
  if (asked !== (json ? 'json' : 'xml')) return unexpected(`${json ? 'JSON' : 'XML'} where ${asked} was asked for`)
  const expectedStatus = entry === 1 ? (code === 997 ? 401 : 200) : mapV2(code)
  if (status !== expectedStatus) return unexpected(`HTTP ${status} for OCS ${code} on v${entry}`)
  if (entry === 1 && (meta.totalitems !== '' || meta.itemsperpage !== ''))
    return unexpected('a v1 envelope without totalitems')
  return legacy ? 'legacy' : 'ocs'
}

/** Nextcloud's choice: the `format` parameter, else the first `application/` entry of Accept; only json and xml answer. */
function negotiate(format: string | null, accept: string | undefined): 'json' | 'xml' {
  if (format !== null) return format === 'json' ? 'json' : 'xml'
  for (const entry of (accept ?? '').split(',')) {
    const type = entry.trim().toLowerCase()
    if (type.startsWith('application/')) return type === 'application/json' ? 'json' : 'xml'
  }
  return 'xml'
}

/**
 * Nextcloud's `getParam('format')`: the last `format` of the query, under that of a JSON body, a
 * form, or a multipart POST (PHP's `$_POST`); `null` when there is none (or it is JSON's null).
 */
function formatParam(request: FuzzRequest, url: URL): string | null {
  let format: unknown = url.searchParams.getAll('format').at(-1)
  const fields = request.method === 'GET' || request.method === 'HEAD' ? undefined : bodyFields(request)
  if (fields && 'format' in fields) format = fields.format
  if (format === undefined || format === null) return null
  return typeof format === 'string' ? format : '(not a string)'
}

function bodyFields(request: FuzzRequest): Record<string, unknown> | undefined {
  const type = request.headers['Content-Type'] ?? ''
  const body = request.body ?? ''
  if (type === 'application/json') {
    const parsed = parse(body)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  }
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(body))
  if (type.startsWith('multipart/form-data') && request.method === 'POST') {
    const fields = [...body.matchAll(/name="([^"]*)"\r\n\r\n([^\r]*)\r\n/g)]
    return Object.fromEntries(fields.map(([, name, value]) => [name, value]))
  }
  return undefined
}

function mapV2(code: number): number {
  if (code === 997) return 401
  if (code === 998) return 404
  if (code === 996 || code === 999) return 500
  return code < 200 || code > 600 ? 400 : code
}

// An XML element name as XMLWriter writes them (ASCII is enough for OCS): PHP's numeric keys are `<element>`.
const XML_NAME = /^[A-Za-z_][\w.-]*$/

function xmlMeta(text: string): Record<string, unknown> | undefined {
  if (!/^<\?xml version="1\.0"\?>\n<ocs>\n[\s\S]*<\/ocs>\n$/.test(text)) return undefined
  const badName = [...text.slice(text.indexOf('\n')).matchAll(/<\/?([^\s/>?]*)/g)].find(
    ([, name]) => !XML_NAME.test(name!),
  )
  if (badName) unexpected(`an element named ${JSON.stringify(badName[1])}, which is not XML`)
  const field = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>|<${name}/>`).exec(text)
  const code = field('statuscode')?.[1]
  return {
    status: field('status')?.[1],
    statuscode: code === undefined ? undefined : Number(code),
    message: field('message')?.[1] ?? '',
    totalitems: field('totalitems') ? (field('totalitems')![1] ?? '') : undefined,
    itemsperpage: field('itemsperpage') ? (field('itemsperpage')![1] ?? '') : undefined,
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function unexpected(what: string): never {
  throw new Error(`unexpected answer: ${what}`)
}
