import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { Params } from './params.js'

/**
 * Whether a request passes Nextcloud's CSRF check for an OCS route: an `OCS-APIRequest`
 * header with any value (newest servers), a `requesttoken` (header or parameter), or a
 * Bearer token.
 * @example
 * if (!passesCsrfCheck(request, params)) return csrfFailure()
 */
export function passesCsrfCheck(request: PlainRequest, params: Params): boolean {
  const headers = request.headers
  if (headers['ocs-apirequest']) return true
  if (headers.requesttoken || params.get('requesttoken')) return true
  return /^Bearer\s/i.test(headers.authorization ?? '')
}

/**
 * The server's answer to a failed CSRF check: HTTP 412 with a plain, non-OCS JSON body that is
 * easy to confuse with the lobby's 412.
 * @example
 * const response = csrfFailure() // 412 {"message":"CSRF check failed"}
 */
export function csrfFailure(): PlainAnswer {
  return {
    status: 412,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '{"message":"CSRF check failed"}',
  }
}
