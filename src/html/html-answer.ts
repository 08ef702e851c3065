import type { PlainAnswer } from '../door/plain-answer.js'

/**
 * An HTML page as Nextcloud sends its templates: `text/html; charset=UTF-8`, never cached.
 * @example
 * htmlAnswer(200, '<!DOCTYPE html><html>…</html>')
 */
export function htmlAnswer(status: number, html: string, cookie?: string): PlainAnswer {
  const answer: PlainAnswer = {
    status,
    headers: { 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'no-cache, no-store, must-revalidate' },
    body: html,
  }
  return cookie === undefined ? answer : { ...answer, cookie }
}

/**
 * A redirect as Nextcloud's `RedirectResponse` sends it (303 for a form's answer, 302 otherwise).
 * @example
 * redirectAnswer('/index.php/login?redirect_url=%2Findex.php%2Fapps%2Fspreed%2F')
 */
export function redirectAnswer(location: string, cookie?: string, status = 302): PlainAnswer {
  const answer: PlainAnswer = { status, headers: { location, 'content-type': 'text/html; charset=UTF-8' }, body: '' }
  return cookie === undefined ? answer : { ...answer, cookie }
}

/**
 * A 405 as Nextcloud's router gives it for a page route asked with another method: no body.
 * @example
 * if (request.method !== 'POST') return methodNotAllowed()
 */
export function methodNotAllowed(): PlainAnswer {
  return { status: 405, headers: {}, body: null }
}
