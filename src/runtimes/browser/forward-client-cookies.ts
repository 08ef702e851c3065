import { HttpResponse } from 'msw'
import type { CookieResponseFactory } from '../../msw/cookie-response.js'

/**
 * Makes answers that hand out the client cookie so that it reaches the page. Browsers drop
 * `Set-Cookie` from responses a script (here, the service worker's client) makes; msw's
 * `HttpResponse` keeps the cookie aside, and msw writes it to `document.cookie` and its own
 * cookie store. The browser and Storybook runtimes pass it as `cookieResponse`.
 * @example
 * createTalkMock({ cookieResponse: forwardingCookieResponse })
 */
export const forwardingCookieResponse: CookieResponseFactory = (body, init) => new HttpResponse(body, init)
