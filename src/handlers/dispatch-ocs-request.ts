import { IMPLICIT_CLIENT } from '../rules/caller.js'
import { identifyCaller } from '../rules/identify-caller.js'
import { csrfFailure, passesCsrfCheck } from '../ocs/csrf.js'
import { INVALID_QUERY_MESSAGE, OCS_STATUS, renderLegacyResult, renderOcs, type OcsVersion } from '../ocs/envelope.js'
import { negotiateFormat } from '../ocs/format.js'
import { readParams } from '../ocs/params.js'
import type { World } from '../world/world.js'
import type { defineEndpoint } from './define-endpoint.js'

/** The cookie that names a client, as the PHP session cookie does for Talk. @example `${CLIENT_COOKIE}=c1` */
export const CLIENT_COOKIE = 'talk_mock_client'

const OCS_ROUTE = /\/ocs\/v([12])\.php(\/.*)$/
const TALK_API = /^\/apps\/spreed\/api\/(v\d+)(\/.*)$/

/**
 * What the dispatcher needs of a mock instance.
 * @example
 * dispatchOcsRequest({ world: () => mock.world, apiVersions: ['v4'], endpoints, issueClientId }, request, cookies)
 */
export interface DispatchOptions {
  world(): World
  apiVersions: readonly string[]
  endpoints: ReadonlyArray<ReturnType<typeof defineEndpoint>>
  /** A new client id for a client seen for the first time. */
  issueClientId(): string
}

/**
 * Answers one request to Talk's OCS API the way Nextcloud does: route (unknown route 998,
 * wrong method 405), login (unknown Basic user 997), CSRF (plain 412), then the endpoint, its
 * outcome wrapped in the envelope of the entry point and format asked for. Returns `undefined`
 * for requests outside the OCS entry points, so other handlers may answer them. Pass `body`
 * when the request's body text was read already (a body is read only once).
 * @example
 * http.all(/\/ocs\/v[12]\.php\//, ({ request, cookies }) => dispatchOcsRequest(options, request, cookies))
 */
export async function dispatchOcsRequest(
  options: DispatchOptions,
  request: Request,
  cookies: Record<string, string>,
  body?: string,
): Promise<Response | undefined> {
  const url = new URL(request.url)
  const ocsRoute = OCS_ROUTE.exec(url.pathname)
  if (!ocsRoute) return undefined
  const version = Number(ocsRoute[1]) as OcsVersion
  const [, apiVersion = '', subPath = ''] = TALK_API.exec(ocsRoute[2]!) ?? []

  const onPath = options.apiVersions.includes(apiVersion)
    ? options.endpoints.filter((e) => e.apiVersions.includes(apiVersion) && e.pattern.test(subPath))
    : []
  if (onPath.length === 0) return renderLegacyResult(version, url, OCS_STATUS.NOT_FOUND, INVALID_QUERY_MESSAGE)
  const endpoint = onPath.find((e) => e.method === request.method)
  if (!endpoint) return new Response(null, { status: 405, headers: { allow: onPath.map((e) => e.method).join(', ') } })

  const world = options.world()
  const cookieClient = cookies[CLIENT_COOKIE]
  const caller = identifyCaller(world, request.headers.get('authorization'), cookieClient ?? IMPLICIT_CLIENT)
  if (!caller) return renderLegacyResult(version, url, OCS_STATUS.UNAUTHORISED, 'Unauthorised')

  const params = await readParams(request, body)
  if (endpoint.csrf !== false && !passesCsrfCheck(request, params)) return csrfFailure()

  const path = endpoint.pattern.exec(subPath)!.groups ?? {}
  const result = await endpoint.handle({ world, request, caller, params, path, apiVersion })
  const response =
    result instanceof Response
      ? result
      : renderOcs({ version, format: negotiateFormat(request, params), status: result.status, data: result.data })
  if (cookieClient === undefined) {
    response.headers.append('set-cookie', `${CLIENT_COOKIE}=${options.issueClientId()}; Path=/; SameSite=Lax`)
  }
  return response
}
