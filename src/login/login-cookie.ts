/**
 * The cookie that says who a browser is logged in as, as Nextcloud's session cookie does: the
 * dispatcher reads it as that user when no `Authorization: Basic` names one.
 * @example
 * `${LOGIN_COOKIE}=user%3Aalice`
 */
export const LOGIN_COOKIE = 'talk_mock_login'

/** The cookie's value for an anonymous guest (a user is `user:<id>`, so no user id collides). */
const GUEST = 'guest'
const USER = 'user:'

/**
 * Who the login cookie of a request names: a user id, `null` for a guest, `undefined` when the
 * browser did not log in (the world's viewer then).
 * @example
 * readLogin({ talk_mock_login: 'user:alice' }) // 'alice'
 */
export function readLogin(cookies: Readonly<Record<string, string>>): string | null | undefined {
  const value = cookies[LOGIN_COOKIE]
  if (value === GUEST) return null
  if (value?.startsWith(USER) && value.length > USER.length) return value.slice(USER.length)
  return undefined
}

/**
 * The `Set-Cookie` value that logs a browser in as a user (`null`: as a guest). A session cookie,
 * as Nextcloud's is; `SameSite=Lax` so a page's own requests carry it.
 * @example
 * loginCookie('alice') // 'talk_mock_login=user%3Aalice; Path=/; SameSite=Lax; HttpOnly'
 */
export function loginCookie(userId: string | null): string {
  const value = userId === null ? GUEST : USER + userId
  return `${LOGIN_COOKIE}=${encodeURIComponent(value)}; Path=/; SameSite=Lax; HttpOnly`
}

/**
 * The `Set-Cookie` value that logs a browser out (back to the world's viewer).
 * @example
 * redirectAnswer('/index.php/login', logoutCookie())
 */
export function logoutCookie(): string {
  return `${LOGIN_COOKIE}=; Path=/; SameSite=Lax; HttpOnly; Max-Age=0`
}
