import type { PlainAnswer } from '../door/plain-answer.js'
import type { OcsFormat } from './format.js'
import { encodePhpJson } from './php-json.js'
import { encodePhpXml } from './php-xml.js'

/** Which OCS entry point a request came through. @example const version: OcsVersion = 2 */
export type OcsVersion = 1 | 2

/** The OCS status codes with a meaning of their own (`OCSController::RESPOND_*`). @example OCS_STATUS.UNAUTHORISED */
export const OCS_STATUS = { UNAUTHORISED: 997, NOT_FOUND: 998, SERVER_ERROR: 996, UNKNOWN_ERROR: 999 } as const

/**
 * Wraps a controller result in the OCS envelope as `V1Response`/`V2Response` render it:
 * v2 answers with the status as HTTP status (OCS codes mapped), v1 with HTTP 200 (401 for
 * 997) and statuscode 100 for 200. Frozen `data` is taken as immutable (frozen all the way
 * down) and encoded only once per envelope and format.
 * @example
 * renderOcs({ version: 2, format: 'json', status: 412, data: [] }) // HTTP 412, meta.statuscode 412
 */
export function renderOcs(options: {
  version: OcsVersion
  format: OcsFormat
  status: number
  data: unknown
  message?: string
  headers?: Record<string, string>
  /** A `Set-Cookie` value to hand out with the answer. */
  cookie?: string
}): PlainAnswer {
  const { version, format, status, data } = options
  const success = version === 2 ? status >= 200 && status < 300 : status === 200
  const meta: Record<string, unknown> = {
    status: success ? 'ok' : 'failure',
    statuscode: version === 1 && status === 200 ? 100 : status,
    message: success ? 'OK' : (options.message ?? ''),
  }
  if (version === 1) {
    meta.totalitems = ''
    meta.itemsperpage = ''
  }
  const httpStatus = version === 2 ? mapV2Status(status) : status === OCS_STATUS.UNAUTHORISED ? 401 : 200
  const answer = renderDocument({ ocs: { meta, data } }, format, httpStatus, options.headers)
  if (options.cookie !== undefined) answer.cookie = options.cookie
  return answer
}

/**
 * An answer of Nextcloud's OCS entry point when no controller takes the request
 * (`ApiHelper::respond`): routes nobody serves (998, "Invalid query") and failed logins (997).
 * Only the `format` parameter (`params.get('format')`, see `readFormatParam`) chooses JSON;
 * anything else is XML. v2 maps 998 to 404, and 997 is HTTP 401 on both.
 * @example
 * renderLegacyResult(2, await readFormatParam(request), OCS_STATUS.NOT_FOUND, INVALID_QUERY_MESSAGE)
 */
export function renderLegacyResult(version: OcsVersion, format: string, code: number, message: string): PlainAnswer {
  const requested = format
  const statuscode = version === 2 && code === OCS_STATUS.NOT_FOUND ? 404 : code
  const meta = { status: 'failure', statuscode, message, totalitems: '', itemsperpage: '' }
  const httpStatus = code === OCS_STATUS.UNAUTHORISED ? 401 : version === 2 ? mapV2Status(code) : 200
  const answer = renderDocument({ ocs: { meta, data: [] } }, requested === 'json' ? 'json' : 'xml', httpStatus)
  answer.headers['content-type'] = legacyContentType(requested)
  return answer
}

/**
 * The entry point's answer to a known path asked with another method: HTTP 405, no body, and
 * the content type of the `format` parameter (see `readFormatParam`). No `Allow` header.
 * @example
 * if (!endpoint) return renderMethodNotAllowed(await readFormatParam(request))
 */
export function renderMethodNotAllowed(format: string): PlainAnswer {
  return { status: 405, headers: { 'content-type': legacyContentType(format) }, body: null }
}

/** The message of the legacy handler for an unknown OCS route (with its trailing newline). @example renderLegacyResult(2, 'xml', 998, INVALID_QUERY_MESSAGE) */
export const INVALID_QUERY_MESSAGE =
  'Invalid query, please check the syntax. API specifications are here: http://www.freedesktop.org/wiki/Specifications/open-collaboration-services.\n'

/** `ApiHelper::setContentType()`: the body of an unknown format is XML, labelled as octet-stream. */
function legacyContentType(format: string): string {
  if (format === 'xml') return 'text/xml; charset=UTF-8'
  if (format === 'json') return 'application/json; charset=utf-8'
  return 'application/octet-stream; charset=utf-8'
}

function renderDocument(
  document: Record<string, unknown>,
  format: OcsFormat,
  status: number,
  headers?: Record<string, string>,
): PlainAnswer {
  const text = noBody(status) ? '' : encodeDocument(document, format)
  const contentType = format === 'json' ? 'application/json; charset=utf-8' : 'application/xml; charset=utf-8'
  const allHeaders: Record<string, string> = {}
  // Header names are case-insensitive; the answer keeps them lower-case, as fetch's `Headers` does.
  if (headers) for (const name of Object.keys(headers)) allHeaders[name.toLowerCase()] = headers[name]!
  allHeaders['content-type'] = contentType
  return { status, headers: allHeaders, body: text === '' ? null : text }
}

/** Encoded text by data object, then by format and meta: only for frozen (immutable) data. */
const encodedDocuments = new WeakMap<object, Map<string, string>>()

function encodeDocument(document: Record<string, unknown>, format: OcsFormat): string {
  const encode = () => (format === 'json' ? encodePhpJson(document) : encodePhpXml(document))
  const { meta, data } = document.ocs as { meta: unknown; data: unknown }
  if (typeof data !== 'object' || data === null || !Object.isFrozen(data)) return encode()
  let encodings = encodedDocuments.get(data)
  if (!encodings) encodedDocuments.set(data, (encodings = new Map()))
  const key = `${format}\n${JSON.stringify(meta)}`
  let text = encodings.get(key)
  if (text === undefined) encodings.set(key, (text = encode()))
  return text
}

function noBody(status: number): boolean {
  return status === 204 || status === 304 || (status >= 100 && status < 200)
}

function mapV2Status(status: number): number {
  if (status === OCS_STATUS.UNAUTHORISED) return 401
  if (status === OCS_STATUS.NOT_FOUND) return 404
  if (status === OCS_STATUS.SERVER_ERROR || status === OCS_STATUS.UNKNOWN_ERROR) return 500
  if (status < 200 || status > 600) return 400
  return status
}
