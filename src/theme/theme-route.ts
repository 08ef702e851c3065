// GET /index.php/apps/theming/theme/default.css: 200 the mock's theme stylesheet (cacheable); HEAD as GET.
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { methodNotAllowed } from '../html/html-answer.js'
import { THEME_CSS } from './theme-stylesheet.js'

/**
 * Where the mock's pages link their stylesheet: the path of Nextcloud's default theme.
 * @example
 * `<link rel="stylesheet" href="${THEME_STYLESHEET}">`
 */
export const THEME_STYLESHEET = '/index.php/apps/theming/theme/default.css'

/**
 * Answers the theme stylesheet's route; `undefined` for any other path.
 * @example
 * answerThemeRequest(request)?.headers['content-type'] // 'text/css; charset=UTF-8'
 */
export function answerThemeRequest(request: PlainRequest): PlainAnswer | undefined {
  if (!request.url.pathname.endsWith(THEME_STYLESHEET)) return undefined
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed()
  return {
    status: 200,
    headers: { 'content-type': 'text/css; charset=UTF-8', 'cache-control': 'max-age=86400, public' },
    body: THEME_CSS,
  }
}
