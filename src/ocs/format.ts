import type { PlainRequest } from '../door/plain-request.js'
import type { Params } from './params.js'

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
