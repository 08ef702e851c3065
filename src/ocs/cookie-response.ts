/**
 * Makes an answer that carries a `Set-Cookie` header, from the body and init of the answer it
 * replaces.
 * @example
 * const factory: CookieResponseFactory = (body, init) => new Response(body, init)
 */
export type CookieResponseFactory = (body: BodyInit | null, init: ResponseInit) => Response

const plainResponse: CookieResponseFactory = (body, init) => new Response(body, init)
let makeCookieResponse = plainResponse

/**
 * Sets how answers that hand out a cookie are made, for every mock of this page or process
 * (internal: the browser runtimes call it on import). Browsers drop `Set-Cookie` from responses
 * a script makes, so a runtime serving a page installs msw's `HttpResponse`, which keeps the
 * cookie aside and writes it to `document.cookie` (and msw's cookie store). The default, a plain
 * `Response`, keeps the header for Node, the standalone server and any fetch that reads it.
 * @example
 * setCookieResponseFactory((body, init) => new HttpResponse(body, init))
 */
export function setCookieResponseFactory(factory: CookieResponseFactory | undefined): void {
  makeCookieResponse = factory ?? plainResponse
}

/**
 * `response` with `cookie` added as a `Set-Cookie` header, made by the installed factory.
 * @example
 * withCookie(response, 'talk_mock_client=client-1; Path=/; SameSite=Lax')
 */
export function withCookie(response: Response, cookie: string): Response {
  return createResponse(
    response.body,
    { status: response.status, statusText: response.statusText },
    response.headers,
    cookie,
  )
}

/**
 * A new answer; with `cookie`, one that hands it out (a `Set-Cookie` header, made by the
 * installed factory), so the cookie costs no second answer.
 * @example
 * createResponse('{"ocs":…}', { status: 200 }, { 'content-type': 'application/json' }, 'talk_mock_client=client-1')
 */
export function createResponse(
  body: BodyInit | null,
  init: ResponseInit,
  headersInit: HeadersInit | undefined,
  cookie?: string,
): Response {
  const headers = new Headers(headersInit)
  if (cookie === undefined) return new Response(body, { ...init, headers })
  headers.append('set-cookie', cookie)
  return makeCookieResponse(body, { ...init, headers })
}
