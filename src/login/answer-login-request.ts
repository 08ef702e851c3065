// The mock's login, as Nextcloud's session login is to Talk's web client:
// GET /index.php/login: 200 the login page (the world's users and a guest); `redirect_url` where to go next;
//   with `as=<user>` (empty or `guest`: a guest) it logs in at once, as the form does (for scripts).
// POST /index.php/login (form: user, redirect_url): 303 to redirect_url with the login cookie; an
//   empty user logs in as a guest; 400 the page again for a user the world does not know.
// GET /index.php/logout: 302 to the login page, the login cookie cleared (the world's viewer again).
// HEAD is taken as GET; other methods 405.
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { htmlAnswer, methodNotAllowed, redirectAnswer } from '../html/html-answer.js'
import type { World } from '../world/world.js'
import { loginCookie, logoutCookie } from './login-cookie.js'
import { renderLoginPage } from './render-login-page.js'

/** The login routes (any webroot before `/index.php`). @example LOGIN_ROUTES.test('/index.php/login') // true */
export const LOGIN_ROUTES = /\/index\.php\/log(?:in|out)$/

const TALK_HOME = '/index.php/apps/spreed/'

/**
 * Answers the login routes; `undefined` for any other path.
 * @example
 * const answer = answerLoginRequest(world, request)
 */
export function answerLoginRequest(world: World, request: PlainRequest): PlainAnswer | undefined {
  const { pathname, searchParams } = request.url
  if (!LOGIN_ROUTES.test(pathname)) return undefined
  const read = request.method === 'GET' || request.method === 'HEAD'
  if (pathname.endsWith('/logout')) {
    return read ? redirectAnswer('/index.php/login', logoutCookie()) : methodNotAllowed()
  }
  const as = searchParams.get('as')
  if (read && as === null)
    return htmlAnswer(200, renderLoginPage(world, safeRedirect(searchParams.get('redirect_url'))))
  if (!read && request.method !== 'POST') return methodNotAllowed()
  const form = read ? searchParams : new URLSearchParams(request.body)
  const redirect = safeRedirect(form.get('redirect_url'))
  const user = (read ? as : form.get('user')) ?? ''
  if (user === '' || (user === 'guest' && !world.users.get(user)))
    return redirectAnswer(redirect, loginCookie(null), 303)
  if (!world.users.get(user)) {
    return htmlAnswer(400, renderLoginPage(world, redirect, `There is no user "${user}" in this world.`))
  }
  return redirectAnswer(redirect, loginCookie(user), 303)
}

/** Only a path of this server: a login page must not send a browser elsewhere (Nextcloud checks the same). */
function safeRedirect(target: string | null): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : TALK_HOME
}
