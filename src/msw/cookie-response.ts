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
