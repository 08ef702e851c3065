import type { PlainRequest } from '../door/plain-request.js'
import { readParams, type Params } from './params.js'

/** The two formats OCS controllers answer in. @example const format: OcsFormat = 'json' */
export type OcsFormat = 'json' | 'xml'

/**
 * Picks the response format as Nextcloud does (`Request::getFormat()`, then the dispatcher's
 * `isResponderRegistered`): the `format` parameter if there is one, else the text after
 * `application/` of the first `Accept` entry that starts with it (trimmed, lower-cased). Only
 * `json` and `xml` have responders; anything else, `json; charset=utf-8` included, is XML.
 * @example
 * negotiateFormat(request, params) // 'json' for axios' "application/json, text/plain, *\/*"
 */
export function negotiateFormat(request: PlainRequest, params: Params): OcsFormat {
  const requested = params.get('format')
  if (requested !== undefined && requested !== null) return requested === 'json' ? 'json' : 'xml'
  const accept = request.headers.accept ?? ''
  for (const entry of accept.split(',')) {
    const type = entry.trim().toLowerCase()
    if (type.startsWith('application/')) return type === 'application/json' ? 'json' : 'xml'
  }
  return 'xml'
}

/**
 * The format the entry point's own answers (998, 997, 405) take: `getParam('format', 'xml')` of
 * `ApiHelper::respond`, so the last `format` of the query, and a JSON, form or multipart body's
 * over it (Nextcloud's parameter order, as `readParams` merges them).
 * Divergence: a `format` of another JSON type (a number, `true`) stops PHP with a TypeError; the
 * mock takes it as a format it does not know (XML labelled octet-stream).
 * @example
 * renderMethodNotAllowed(await readFormatParam(request)) // 'json' for ?format=xml&format=json
 */
export async function readFormatParam(request: PlainRequest): Promise<string> {
  return formatParam(await readParams(request))
}

/** `readFormatParam` of parameters already read. @example formatParam(params) // 'xml' without one */
export function formatParam(params: Params): string {
  const format = params.get('format')
  if (format === undefined || format === null) return 'xml'
  return typeof format === 'string' ? format : '(not a string)'
}
