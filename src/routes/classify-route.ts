import { toInt } from '../ocs/cast.js'
import { TOKEN_PATTERN } from '../world/token-rules.js'

// The one table of the routes the mock knows: every door (msw's handlers, the standalone
// server), the body-size limit and the fuzz suite ask it, so a request is classified once and
// the same way everywhere. Paths are matched under any webroot (`/nextcloud/ocs/v2.php/...`).

/**
 * Where a request goes:
 * - `control`: the mock's own routes under `/__talk-mock/` (`name` is the route, `''` when none);
 * - `talk`: Talk's OCS API (`/ocs/v{1,2}.php/apps/spreed/...`), `apiVersion` and `subPath` split
 *   off `/apps/spreed/api/{apiVersion}{subPath}` (both `''` for a path outside `api/`);
 * - `signaling`: the internal signaling routes a client polls and posts to (not its settings);
 * - `chat`: a conversation's chat (`/api/v1/chat/{token}`), which a client reads, posts to and long-polls;
 * - `nextcloud`: the Nextcloud core routes a Talk client reads (capabilities, csrftoken);
 * - `talk-ui`: Talk's own UI, the page its bundle boots from and its files;
 * - `none`: anything else (Nextcloud's 404; msw tries its other handlers).
 * @example
 * classifyRoute('/ocs/v2.php/apps/spreed/api/v4/call/abc') // { kind: 'talk', ocsVersion: 2, apiVersion: 'v4', subPath: '/call/abc' }
 */
export type Route =
  | { kind: 'control'; name: string }
  | { kind: 'talk' | 'signaling' | 'chat'; ocsVersion: 1 | 2; apiVersion: string; subPath: string }
  | { kind: 'nextcloud'; name: 'capabilities'; ocsVersion: 1 | 2 }
  | { kind: 'nextcloud'; name: 'csrftoken' }
  | { kind: 'talk-ui'; part: TalkUiPart }
  | { kind: 'none' }

/**
 * The parts of Talk's own UI: its pages (`/index.php/apps/spreed`, `/index.php/call/{token}`, the
 * login, the theme: `WEB_ROUTES`), avatars (`/index.php/avatar/...`) and the app's static files
 * (`/apps/spreed/...`); the last two are classified once the mock serves them.
 * @example const part: TalkUiPart = 'page'
 */
export type TalkUiPart = 'page' | 'avatar' | 'file'

/** The kinds of route. @example const kind: RouteKind = 'talk' */
export type RouteKind = Route['kind']

const CONTROL = /\/__talk-mock\//
const CONTROL_NAME = /\/__talk-mock\/([a-z-]+)\/?$/
const TALK_APP = /\/ocs\/v([12])\.php\/apps\/spreed(\/.*)$/
const API_ROUTE = /^\/api\/(v\d+)(\/.*)$/
const SIGNALING = /^\/signaling\/(?!settings$)[^/]+$/
/**
 * The web routes of Nextcloud the mock serves beside the APIs: Talk's pages, the mock's login,
 * the theme stylesheet and the avatars. Tested on a path (or, as msw tests it, origin and path).
 * @example
 * WEB_ROUTES.test('/index.php/apps/spreed/') // true
 */
export const WEB_ROUTES =
  /\/index\.php\/(?:apps\/spreed(?:\/|\/not-found|\/duplicate-session)?|call\/[^/]+|log(?:in|out)|apps\/theming\/theme\/default\.css|avatar\/(?:guest\/)?[^/]+\/[^/]+(?:\/dark)?)$/
const CHAT = new RegExp(`^/chat/${TOKEN_PATTERN}$`)
const CAPABILITIES = /\/ocs\/v([12])\.php\/cloud\/capabilities$/
// Not a Talk route whose conversation happens to be called `csrftoken`.
const CSRF_TOKEN = /^(?!.*\/(?:ocs|apps|remote\.php|__talk-mock)\/)(?:\/[^/]+)*?\/(?:index\.php\/)?csrftoken$/

/**
 * Classifies a request by its path (no query): which kind of route it is, with what its
 * handler needs of the path. The one place a path is matched against the mock's routes.
 * @example
 * classifyRoute('/nextcloud/__talk-mock/world') // { kind: 'control', name: 'world' }
 * classifyRoute('/index.php/csrftoken') // { kind: 'nextcloud', name: 'csrftoken' }
 */
export function classifyRoute(pathname: string): Route {
  if (CONTROL.test(pathname)) return { kind: 'control', name: CONTROL_NAME.exec(pathname)?.[1] ?? '' }
  const app = TALK_APP.exec(pathname)
  if (app) {
    const ocsVersion = Number(app[1]) as 1 | 2
    const api = API_ROUTE.exec(app[2]!)
    const apiVersion = api?.[1] ?? ''
    const subPath = api?.[2] ?? ''
    const kind =
      apiVersion === 'v3' && SIGNALING.test(subPath)
        ? 'signaling'
        : apiVersion === 'v1' && CHAT.test(subPath)
          ? 'chat'
          : 'talk'
    return { kind, ocsVersion, apiVersion, subPath }
  }
  const capabilities = CAPABILITIES.exec(pathname)
  if (capabilities) return { kind: 'nextcloud', name: 'capabilities', ocsVersion: Number(capabilities[1]) as 1 | 2 }
  if (CSRF_TOKEN.test(pathname)) return { kind: 'nextcloud', name: 'csrftoken' }
  if (WEB_ROUTES.test(pathname)) return { kind: 'talk-ui', part: 'page' }
  return { kind: 'none' }
}

/**
 * Whether a request is a long poll, that waits for the others' changes: a signaling poll, or a
 * chat read that looks into the future (`lookIntoFuture` other than 0).
 * @example
 * isLongPoll({ method: 'GET', url }, classifyRoute(url.pathname)) // true for GET .../signaling/abc123
 */
export function isLongPoll(request: { method: string; url: URL }, route: Route): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (route.kind === 'signaling') return true
  return route.kind === 'chat' && toInt(request.url.searchParams.get('lookIntoFuture')) !== 0
}

/**
 * Which kinds of route a door serves: `talk` Talk's app, its signaling and the control routes
 * (`mock.handlers`), `nextcloud` the Nextcloud routes beside them (`mock.nextcloudHandlers`),
 * `all` every kind, as the standalone server does.
 * @example const scope: DoorScope = 'all'
 */
export type DoorScope = 'talk' | 'nextcloud' | 'all'

const SCOPES: Record<DoorScope, ReadonlySet<RouteKind>> = {
  talk: new Set(['control', 'talk', 'signaling', 'chat']),
  nextcloud: new Set(['nextcloud']),
  all: new Set(['control', 'talk', 'signaling', 'chat', 'nextcloud', 'talk-ui']),
}

/**
 * Whether a door of `scope` serves a route of this kind.
 * @example
 * isInScope({ kind: 'nextcloud', name: 'csrftoken' }, 'talk') // false
 */
export function isInScope(route: Route, scope: DoorScope): boolean {
  return SCOPES[scope].has(route.kind)
}

/**
 * What msw's handler of `mock.handlers` matches before the door classifies (msw tests a
 * handler's path on origin and path): a cheap first sieve, never the decision.
 * @example http.all(TALK_HANDLER_PATHS, resolver)
 */
export const TALK_HANDLER_PATHS = /\/__talk-mock\/|\/ocs\/v[12]\.php\/apps\/spreed\//

/**
 * What msw's handler of `mock.nextcloudHandlers` matches before the door classifies.
 * @example http.all(NEXTCLOUD_HANDLER_PATHS, resolver)
 */
export const NEXTCLOUD_HANDLER_PATHS = /\/ocs\/v[12]\.php\/cloud\/capabilities$|\/csrftoken$/
