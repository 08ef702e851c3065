import { answerAvatarRequest } from '../avatars/answer-avatar-request.js'
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { answerLoginRequest } from '../login/answer-login-request.js'
import { answerTalkPageRequest } from '../talk-app/answer-talk-page-request.js'
import { answerThemeRequest } from '../theme/theme-route.js'
import type { World } from '../world/world.js'
import { WEB_ROUTES } from './web-routes.js'

/**
 * Whether a path is one of `WEB_ROUTES`.
 * @example
 * isWebPath('/index.php/login') // true
 */
export function isWebPath(pathname: string): boolean {
  return WEB_ROUTES.test(pathname)
}

/**
 * Answers a request to one of `WEB_ROUTES` (Talk's pages, the login, the theme); `undefined`
 * for any other path.
 * @example
 * const answer = answerWebRequest(world, request)
 */
export function answerWebRequest(world: World, request: PlainRequest): PlainAnswer | undefined {
  if (!isWebPath(request.url.pathname)) return undefined
  return (
    answerLoginRequest(world, request) ??
    answerThemeRequest(request) ??
    answerAvatarRequest(world, request) ??
    answerTalkPageRequest(world, request)
  )
}
