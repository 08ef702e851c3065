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
import type { Route } from '../routes/classify-route.js'
import { describeCapabilities } from './capabilities.js'
import { MOCK_REQUEST_TOKEN } from './request-token.js'
import { readLogin } from '../login/login-cookie.js'

/** Symfony's router matches HEAD wherever a route takes GET. */
const READS = new Set(['GET', 'HEAD'])

/**
 * Answers a request to one of the Nextcloud routes (as `classifyRoute` found it) as Nextcloud's core does.
 * @example
 * const answer = await answerNextcloudRequest(world, request, { kind: 'nextcloud', name: 'csrftoken' })
 */
export async function answerNextcloudRequest(
  world: World,
  request: PlainRequest,
  route: Extract<Route, { kind: 'nextcloud' }>,
): Promise<PlainAnswer> {
  if (route.name === 'csrftoken') {
    if (!READS.has(request.method)) return renderMethodNotAllowed(await readFormatParam(request))
    return jsonAnswer({ token: MOCK_REQUEST_TOKEN })
  }
  const version: OcsVersion = route.ocsVersion
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
