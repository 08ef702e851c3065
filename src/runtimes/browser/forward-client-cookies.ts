import { HttpResponse } from 'msw'
import { setCookieResponseFactory } from '../../ocs/cookie-response.js'

/**
 * Lets the mock's client cookie reach the page. Browsers drop `Set-Cookie` from responses a
 * script (here, the service worker's client) makes; msw's `HttpResponse` keeps the cookie
 * aside, and msw writes it to `document.cookie` and its own cookie store. Applies to every mock
 * of the page; the browser and Storybook runtimes call it when they are imported.
 * @example
 * forwardClientCookies()
 */
export function forwardClientCookies(): void {
  setCookieResponseFactory((body, init) => new HttpResponse(body, init))
}
