// The pages Talk's bundle boots from (spreed's PageController), each the Talk page of `renderTalkPage`:
// GET /index.php/apps/spreed, /index.php/apps/spreed/, /index.php/apps/spreed/not-found,
//   /index.php/apps/spreed/duplicate-session: 200 for a user; a guest is sent to the login (302).
// GET /index.php/call/{token}: 200 for a user (whatever the conversation: Talk's app says what is
//   wrong), and for a guest when the conversation is public; else 302 to the login.
// `?as=<user>` (or `as=guest`) on any of them answers as that user and logs the browser in;
//   an unknown user: 400, the login page saying so. HEAD is taken as GET; other methods 405.
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { CONVERSATION_TYPE } from '../constants.js'
import { htmlAnswer, methodNotAllowed, redirectAnswer } from '../html/html-answer.js'
import { loginCookie } from '../login/login-cookie.js'
import { renderLoginPage } from '../login/render-login-page.js'
import type { World } from '../world/world.js'
import { readPageViewer } from './page-viewer.js'
import { renderTalkPage } from './render-talk-page.js'

/**
 * The paths of Talk's pages (any webroot before `/index.php`).
 * @example
 * TALK_PAGE_ROUTES.test('/index.php/call/abc123') // true
 */
export const TALK_PAGE_ROUTES = /\/index\.php\/(?:apps\/spreed(?:\/|\/not-found|\/duplicate-session)?|call\/[^/]+)$/

const CALL_PAGE = /\/index\.php\/call\/([^/]+)$/

/**
 * Answers a request for one of Talk's pages; `undefined` for any other path.
 * @example
 * const answer = answerTalkPageRequest(world, request)
 */
export function answerTalkPageRequest(world: World, request: PlainRequest): PlainAnswer | undefined {
  const { pathname } = request.url
  if (!TALK_PAGE_ROUTES.test(pathname)) return undefined
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed()
  const viewer = readPageViewer(world, request)
  const here = pathname.slice(pathname.indexOf('/index.php/'))
  if (viewer.unknown !== undefined) {
    return htmlAnswer(400, renderLoginPage(world, here, `There is no user "${viewer.unknown}" in this world.`))
  }
  const cookie = viewer.login === undefined ? undefined : loginCookie(viewer.login)
  if (!viewer.user) {
    const token = CALL_PAGE.exec(pathname)?.[1]
    const conversation = token === undefined ? undefined : world.conversations.get(token)
    // PageController::guestEnterRoom: only a public conversation has a page for guests.
    if (conversation?.type !== CONVERSATION_TYPE.PUBLIC) {
      const next = token === undefined ? '/index.php/apps/spreed/' : here
      return redirectAnswer(`/index.php/login?redirect_url=${encodeURIComponent(next)}`, cookie)
    }
  }
  return htmlAnswer(200, renderTalkPage(world, viewer.user), cookie)
}
