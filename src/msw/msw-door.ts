import { plainResponse, type CookieResponseFactory } from './cookie-response.js'
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'

/**
 * The plain request of a fetch `Request` an msw handler got, with the cookies msw read for it.
 * The body is read here, once (none for GET and HEAD, which fetch cannot send one with).
 * @example
 * http.all(TALK_HANDLER_PATHS, async ({ request, cookies }) => toFetchResponse(await answer(await fromFetchRequest(request, cookies))))
 */
export async function fromFetchRequest(request: Request, cookies: Record<string, string>): Promise<PlainRequest> {
  const headers: Record<string, string> = {}
  // fetch's `Headers` gives lower-case names and joins a repeated header's values with ", ".
  for (const [name, value] of request.headers) headers[name] = value
  const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
  return { method: request.method, url: new URL(request.url), headers, body, cookies, signal: request.signal }
}

/**
 * The fetch `Response` of a plain answer: `Response.error()` for a dropped connection; an answer
 * handing out a cookie is made by `factory` (the browser runtimes pass msw's `HttpResponse`, which
 * gets the cookie to the page).
 * @example
 * return toFetchResponse(answer, options.cookieResponse)
 */
export function toFetchResponse(answer: PlainAnswer, factory: CookieResponseFactory = plainResponse): Response {
  if (answer.status === 0) return Response.error()
  const init: ResponseInit = { status: answer.status }
  if (answer.statusText !== undefined) init.statusText = answer.statusText
  if (answer.cookie === undefined) return new Response(answer.body, { ...init, headers: answer.headers })
  const headers = new Headers(answer.headers)
  headers.append('set-cookie', answer.cookie)
  return factory(answer.body, { ...init, headers })
}
