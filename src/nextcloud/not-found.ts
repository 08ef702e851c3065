import { INVALID_QUERY_MESSAGE, OCS_STATUS, renderLegacyResult } from '../ocs/envelope.js'
import { readFormatParam } from '../ocs/format.js'
import type { PlainRequest } from '../door/plain-request.js'
import { textAnswer, type PlainAnswer } from '../door/plain-answer.js'

const OCS_ENTRY = /\/ocs\/v([12])\.php(?:\/|$)/

/**
 * What Nextcloud answers for a path nobody serves: below `/ocs/v1.php` or `/ocs/v2.php`, the
 * legacy OCS handler's "Invalid query" (998; HTTP 404 on v2, 200 on v1); anywhere else,
 * HTTP 404 with an HTML page.
 * @example
 * const answer = (await door(request, 'all')) ?? (await answerNotFound(request))
 */
export async function answerNotFound(request: PlainRequest): Promise<PlainAnswer> {
  const ocs = OCS_ENTRY.exec(request.url.pathname)
  if (ocs) {
    const format = await readFormatParam(request)
    return renderLegacyResult(Number(ocs[1]) as 1 | 2, format, OCS_STATUS.NOT_FOUND, INVALID_QUERY_MESSAGE)
  }
  // Divergence: Nextcloud renders its themed "Page not found" template; the mock a short page.
  return textAnswer(
    404,
    '<!DOCTYPE html>\n<html><head><title>Nextcloud</title></head><body><h2>Page not found</h2></body></html>\n',
    'text/html; charset=UTF-8',
  )
}
