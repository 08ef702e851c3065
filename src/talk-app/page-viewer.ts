import { readLogin } from '../login/login-cookie.js'
import type { PlainRequest } from '../door/plain-request.js'
import { IMPLICIT_CLIENT } from '../rules/caller.js'
import { identifyCaller } from '../rules/identify-caller.js'
import type { User } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * Who a page request is for: `Authorization: Basic` first, then `?as=<user>` (`as=guest` for a
 * guest, unless the world has a user called so), then the login cookie, then the world's viewer.
 * `login` is set when `?as=` asked for it, so the answer logs the browser in; `unknown` names a
 * user `?as=` or Basic auth asked for that the world does not know.
 * @example
 * const { user, login } = readPageViewer(world, request)
 */
export function readPageViewer(
  world: World,
  request: PlainRequest,
): { user: User | undefined; login?: string | null; unknown?: string } {
  const as = request.url.searchParams.get('as')
  let viewer: string | null | undefined = readLogin(request.cookies)
  let login: string | null | undefined
  if (as !== null && !request.headers.authorization) {
    if (world.users.get(as)) login = as
    else if (as === 'guest' || as === '') login = null
    else return { user: undefined, unknown: as }
    viewer = login
  }
  const caller = identifyCaller(world, request.headers.authorization ?? null, IMPLICIT_CLIENT, viewer)
  if (!caller) return { user: undefined, unknown: 'of the Authorization header' }
  const user = caller.kind === 'user' ? world.users.get(caller.userId) : undefined
  return login === undefined ? { user } : { user, login }
}
