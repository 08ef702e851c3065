import type { Params } from './params.js'

/**
 * Whether a request passes Nextcloud's CSRF check for an OCS route: an `OCS-APIRequest`
 * header with any value (newest servers), a `requesttoken` (header or parameter), or a
 * Bearer token.
 * @example
 * if (!passesCsrfCheck(request, params)) return csrfFailure()
 */
export function passesCsrfCheck(request: Request, params: Params): boolean {
  const headers = request.headers
  if (headers.get('ocs-apirequest')) return true
  if (headers.get('requesttoken') || params.get('requesttoken')) return true
  return /^Bearer\s/i.test(headers.get('authorization') ?? '')
}

/**
 * The server's answer to a failed CSRF check: HTTP 412 with a plain, non-OCS JSON body that is
 * easy to confuse with the lobby's 412.
 * @example
 * const response = csrfFailure() // 412 {"message":"CSRF check failed"}
 */
export function csrfFailure(): Response {
  return new Response('{"message":"CSRF check failed"}', {
    status: 412,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
