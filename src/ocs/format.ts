import type { Params } from './params.js'

/** The two formats OCS controllers answer in. @example const format: OcsFormat = 'json' */
export type OcsFormat = 'json' | 'xml'

/**
 * Picks the response format as Nextcloud does: the `format` parameter first, then the first
 * `Accept` entry that starts with `application/`, else XML.
 * @example
 * negotiateFormat(request, params) // 'json' for axios' "application/json, text/plain, *\/*"
 */
export function negotiateFormat(request: Request, params: Params): OcsFormat {
  const requested = params.get('format')
  if (typeof requested === 'string' && requested !== '') return requested === 'json' ? 'json' : 'xml'
  const accept = request.headers.get('accept') ?? ''
  for (const entry of accept.split(',')) {
    const type = entry.trim().toLowerCase()
    if (type.startsWith('application/')) return type.startsWith('application/json') ? 'json' : 'xml'
  }
  return 'xml'
}
