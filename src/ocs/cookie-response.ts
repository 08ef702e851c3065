/**
 * Makes an answer that carries a `Set-Cookie` header, from the body and init of the answer it
 * replaces.
 * @example
 * const factory: CookieResponseFactory = (body, init) => new Response(body, init)
 */
export type CookieResponseFactory = (body: BodyInit | null, init: ResponseInit) => Response

/**
 * The default: a plain `Response`, which keeps the header for Node, the standalone server and
 * any fetch that reads it.
 * @example
 * plainResponse('{}', { status: 200 })
 */
export const plainResponse: CookieResponseFactory = (body, init) => new Response(body, init)

/**
 * `response` with `cookie` added as a `Set-Cookie` header, made by `factory`.
 * @example
 * withCookie(response, 'talk_mock_client=client-1; Path=/; SameSite=Lax')
 */
export function withCookie(response: Response, cookie: string, factory = plainResponse): Response {
  const init = { status: response.status, statusText: response.statusText }
  return createResponse(response.body, init, response.headers, cookie, factory)
}

/**
 * A new answer; with `cookie`, one that hands it out (a `Set-Cookie` header, made by the
 * factory), so the cookie costs no second answer.
 * @example
 * createResponse('{"ocs":…}', { status: 200 }, { 'content-type': 'application/json' }, 'talk_mock_client=client-1')
 */
export function createResponse(
  body: BodyInit | null,
  init: ResponseInit,
  headersInit: HeadersInit | undefined,
  cookie?: string,
  factory = plainResponse,
): Response {
  const headers = new Headers(headersInit)
  if (cookie === undefined) return new Response(body, { ...init, headers })
  headers.append('set-cookie', cookie)
  return factory(body, { ...init, headers })
}

/**
 * The answer to a `HEAD` request: the status and headers of the answer it stands for, no body,
 * as a web server sends it; an answer that hands out a cookie is made by `factory`.
 * @example
 * if (request.method === 'HEAD') response = withoutBody(response)
 */
export function withoutBody(response: Response, factory = plainResponse): Response {
  if (response.type === 'error' || response.body === null) return response
  const init = { status: response.status, statusText: response.statusText, headers: response.headers }
  return response.headers.has('set-cookie') ? factory(null, init) : new Response(null, init)
}
