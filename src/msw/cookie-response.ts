/**
 * Makes an answer that carries a `Set-Cookie` header, from the body and init of the answer it
 * replaces.
 * @example
 * const factory: CookieResponseFactory = (body, init) => new Response(body, init)
 */
export type CookieResponseFactory = (body: BodyInit | null, init: ResponseInit) => Response

/**
 * The default: a plain `Response`, which keeps the header for msw's `setupServer` in Node and any
 * fetch that reads it. (The standalone server never makes one: it writes the plain answer's cookie
 * to Node's response itself.)
 * @example
 * plainResponse('{}', { status: 200 })
 */
export const plainResponse: CookieResponseFactory = (body, init) => new Response(body, init)
