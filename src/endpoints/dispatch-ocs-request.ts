import { CLIENT_COOKIE, IMPLICIT_CLIENT, TAB_HEADER, withTab } from '../rules/caller.js'
import type { SignalingHub } from '../signaling/signaling-hub.js'
import { identifyCaller } from '../rules/identify-caller.js'
import { csrfFailure, passesCsrfCheck } from '../ocs/csrf.js'
import {
  INVALID_QUERY_MESSAGE,
  OCS_STATUS,
  renderLegacyResult,
  renderMethodNotAllowed,
  renderOcs,
  type OcsVersion,
} from '../ocs/envelope.js'
import { formatParam, negotiateFormat, readFormatParam } from '../ocs/format.js'
import { readParams } from '../ocs/params.js'
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { World } from '../world/world.js'
import type { Route } from '../routes/classify-route.js'
import type { defineEndpoint } from './define-endpoint.js'
import { readLogin } from '../login/login-cookie.js'

/**
 * What the dispatcher needs of a mock instance.
 * @example
 * dispatchOcsRequest({ world: () => mock.world, apiVersions: ['v4'], endpoints, issueClientId, signaling }, request)
 */
export interface DispatchOptions {
  world(): World
  apiVersions: readonly string[]
  endpoints: ReadonlyArray<ReturnType<typeof defineEndpoint>>
  /** A new client id for a client seen for the first time. */
  issueClientId(): string
  /** The mock's signaling state. */
  signaling: SignalingHub
  /** Who requests without credentials act as instead of the world's viewer (the timeline's guests: null). */
  viewer?: string | null
}

/**
 * Answers one request to Talk's OCS API the way Nextcloud does: route (unknown route or
 * disabled API version 998, wrong method 405), login (unknown Basic user 997; guests on
 * non-public routes 997), CSRF (plain 412), then the endpoint, its outcome wrapped in the
 * envelope of the entry point and format asked for. `route` is what `classifyRoute` made of the path.
 * @example
 * const answer = await dispatchOcsRequest(options, request, classifyRoute(request.url.pathname))
 */
export async function dispatchOcsRequest(
  options: DispatchOptions,
  request: PlainRequest,
  route: Extract<Route, { kind: 'talk' | 'signaling' | 'chat' }>,
): Promise<PlainAnswer> {
  const version: OcsVersion = route.ocsVersion
  const { apiVersion, subPath } = route

  const enabled = options.apiVersions.includes(apiVersion)
  const onPath = options.endpoints.filter(
    (e) => e.apiVersions.includes(apiVersion) && (enabled || e.followsApiVersions === false) && e.pattern.test(subPath),
  )
  if (onPath.length === 0) {
    return renderLegacyResult(version, await readFormatParam(request), OCS_STATUS.NOT_FOUND, INVALID_QUERY_MESSAGE)
  }
  // Nextcloud's router (Symfony's UrlMatcher) takes HEAD as GET (the handler drops the body).
  const head = request.method === 'HEAD'
  const endpoint = onPath.find((e) => e.method === request.method || (head && e.method === 'GET'))
  if (!endpoint) return renderMethodNotAllowed(await readFormatParam(request))
  return answer(options, request, { version, endpoint, subPath, apiVersion })
}

/** Where the router sent a request: the entry point, the endpoint and the path below the API version. */
interface Routed {
  version: OcsVersion
  endpoint: DispatchOptions['endpoints'][number]
  subPath: string
  apiVersion: string
}

/** Login, CSRF, then the endpoint, its outcome in the envelope of the entry point and format asked for. */
async function answer(
  options: DispatchOptions,
  request: PlainRequest,
  { version, endpoint, subPath, apiVersion }: Routed,
): Promise<PlainAnswer> {
  const world = options.world()
  const cookieClient = request.cookies[CLIENT_COOKIE]
  const tab = request.headers[TAB_HEADER] ?? null
  const client = withTab(cookieClient ?? IMPLICIT_CLIENT, tab)
  // Basic auth wins over the login cookie, the cookie over the world's viewer, as a session does.
  const viewer = options.viewer !== undefined ? options.viewer : readLogin(request.cookies)
  const caller = identifyCaller(world, request.headers.authorization ?? null, client, viewer)
  const params = await readParams(request)
  if (!caller) return renderLegacyResult(version, formatParam(params), OCS_STATUS.UNAUTHORISED, 'Unauthorised')

  const format = negotiateFormat(request, params)
  // The server's login check runs before its CSRF check.
  if (endpoint.publicPage === false && caller.kind === 'guest') {
    const message = 'Current user is not logged in'
    return renderOcs({ version, format, status: OCS_STATUS.UNAUTHORISED, data: [], message })
  }
  if (endpoint.csrf !== false && !passesCsrfCheck(request, params)) return csrfFailure()

  const path = endpoint.pattern.exec(subPath)!.groups ?? {}
  // A request without the client cookie is offered one, as a real server offers its session cookie.
  const issued = cookieClient === undefined ? options.issueClientId() : undefined
  const result = await endpoint.handle({
    world,
    request,
    caller,
    params,
    path,
    apiVersion,
    issuedClientId: issued === undefined ? undefined : withTab(issued, tab),
    signaling: options.signaling,
    currentWorld: options.world,
  })
  const cookie = issued === undefined ? undefined : clientCookie(issued)
  if ('body' in result) return cookie === undefined ? result : { ...result, cookie }
  return renderOcs({
    version,
    format,
    status: result.status,
    data: result.data,
    headers: result.headers,
    cookie,
  })
}

/** The `Set-Cookie` value that hands a client its id. */
function clientCookie(clientId: string): string {
  return `${CLIENT_COOKIE}=${clientId}; Path=/; SameSite=Lax`
}
