// The Nextcloud routes, outside the Talk app, that a Talk client reads:
// GET /ocs/v{1,2}.php/cloud/capabilities: 200 the capabilities (OCS, JSON or XML); 997 an unknown
//   Basic user; the CSRF 412 without OCS-APIRequest or requesttoken; other methods 405.
// GET /index.php/csrftoken (and /csrftoken): 200 {"token": ...} as plain JSON; other methods 405.
// HEAD is taken as GET on both, as Nextcloud's router (Symfony's) does; the door drops the body.
import { jsonAnswer, type PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { csrfFailure, passesCsrfCheck } from '../ocs/csrf.js'
import { OCS_STATUS, renderLegacyResult, renderMethodNotAllowed, renderOcs, type OcsVersion } from '../ocs/envelope.js'
import { formatParam, negotiateFormat, readFormatParam } from '../ocs/format.js'
import { readParams } from '../ocs/params.js'
import { IMPLICIT_CLIENT } from '../rules/caller.js'
import { identifyCaller } from '../rules/identify-caller.js'
import type { World } from '../world/world.js'
import { describeCapabilities } from './capabilities.js'
import { MOCK_REQUEST_TOKEN } from './request-token.js'
import { readLogin } from '../login/login-cookie.js'

/**
 * What the handler of the Nextcloud routes matches (msw tests it on the whole URL); which of
 * those requests are the routes `isNextcloudPath` says.
 * @example
 * http.all(NEXTCLOUD_ROUTES, resolver)
 */
export const NEXTCLOUD_ROUTES = /\/ocs\/v[12]\.php\/cloud\/capabilities$|\/csrftoken$/

const CSRF_TOKEN = /^(?!.*\/(?:ocs|apps|remote\.php|__talk-mock)\/)(?:\/[^/]+)*?\/(?:index\.php\/)?csrftoken$/

/**
 * Whether a path is one of the Nextcloud routes the mock answers, under any webroot: not a Talk
 * route whose conversation happens to be called `csrftoken`.
 * @example
 * isNextcloudPath('/nextcloud/index.php/csrftoken') // true
 * isNextcloudPath('/ocs/v2.php/apps/spreed/api/v4/room/csrftoken') // false
 */
export function isNextcloudPath(pathname: string): boolean {
  return CAPABILITIES.test(pathname) || CSRF_TOKEN.test(pathname)
}

/** Symfony's router matches HEAD wherever a route takes GET. */
const READS = new Set(['GET', 'HEAD'])

const CAPABILITIES = /\/ocs\/v([12])\.php\/cloud\/capabilities$/

/**
 * Answers a request to one of `NEXTCLOUD_ROUTES` as Nextcloud's core does; `undefined` for any
 * other path.
 * @example
 * const answer = await answerNextcloudRequest(world, request)
 */
export async function answerNextcloudRequest(world: World, request: PlainRequest): Promise<PlainAnswer | undefined> {
  const url = request.url
  if (!isNextcloudPath(url.pathname)) return undefined
  const capabilities = CAPABILITIES.exec(url.pathname)
  if (!capabilities) {
    if (!READS.has(request.method)) return renderMethodNotAllowed(await readFormatParam(request))
    return jsonAnswer({ token: MOCK_REQUEST_TOKEN })
  }
  const version = Number(capabilities[1]) as OcsVersion
  const params = await readParams(request)
  if (!READS.has(request.method)) return renderMethodNotAllowed(formatParam(params))
  const caller = identifyCaller(
    world,
    request.headers.authorization ?? null,
    IMPLICIT_CLIENT,
    readLogin(request.cookies),
  )
  if (!caller) return renderLegacyResult(version, formatParam(params), OCS_STATUS.UNAUTHORISED, 'Unauthorised')
  if (!passesCsrfCheck(request, params)) return csrfFailure()
  const data = describeCapabilities(world, {
    loggedIn: caller.kind === 'user',
    user: caller.kind === 'user' ? world.users.get(caller.userId) : undefined,
  })
  return renderOcs({ version, format: negotiateFormat(request, params), status: 200, data })
}
