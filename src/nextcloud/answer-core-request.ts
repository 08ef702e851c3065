// The Nextcloud core routes Talk's web client calls at start, answered as a server with nothing
// in them does (users only: a guest gets OCS 997 / DAV 401):
// GET /ocs/v2.php/apps/files/api/v1/templates: 200 [] (no template creators).
// GET /ocs/v2.php/apps/dav/api/v1/events/upcoming: 200 {events: [], calendarAppEnabled: false}.
// GET /ocs/v2.php/profile/{userId}: 200 the user's public profile fields; 404 an unknown user.
// PROPFIND /remote.php/dav/...: 207 the collection itself, empty (e.g. Talk/Backgrounds).
// MKCOL /remote.php/dav/...: 201 (the folder is made; the mock keeps no files).
import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { escapeHtml } from '../html/escape-html.js'
import { methodNotAllowed } from '../html/html-answer.js'
import { readLogin } from '../login/login-cookie.js'
import { renderOcs } from '../ocs/envelope.js'
import { negotiateFormat } from '../ocs/format.js'
import { readParams } from '../ocs/params.js'
import { IMPLICIT_CLIENT } from '../rules/caller.js'
import { identifyCaller } from '../rules/identify-caller.js'
import type { World } from '../world/world.js'

/**
 * The core routes of this file (any webroot).
 * @example
 * CORE_ROUTES.test('/ocs/v2.php/apps/files/api/v1/templates') // true
 */
export const CORE_ROUTES =
  /\/ocs\/v2\.php\/(?:apps\/files\/api\/v1\/templates|apps\/dav\/api\/v1\/events\/upcoming|profile\/[^/]+)$|\/remote\.php\/dav(?:\/.*)?$/

const PROFILE = /\/ocs\/v2\.php\/profile\/([^/]+)$/
const DAV = /\/remote\.php\/dav(\/.*)?$/

/**
 * Answers the core routes Talk calls at start; `undefined` for any other path.
 * @example
 * (await answerCoreRequest(world, request))?.status // 200
 */
export async function answerCoreRequest(world: World, request: PlainRequest): Promise<PlainAnswer | undefined> {
  const { pathname } = request.url
  if (!CORE_ROUTES.test(pathname)) return undefined
  const caller = identifyCaller(
    world,
    request.headers.authorization ?? null,
    IMPLICIT_CLIENT,
    readLogin(request.cookies),
  )
  const user = caller?.kind === 'user' ? world.users.get(caller.userId) : undefined
  const dav = DAV.exec(pathname)
  if (dav) return answerDav(request, dav[1] ?? '/', user !== undefined)
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed()
  const format = negotiateFormat(request, await readParams(request))
  const json = (status: number, data: unknown) => renderOcs({ version: 2, format, status, data })
  if (!user) return renderOcs({ version: 2, format, status: 997, data: [], message: 'Current user is not logged in' })
  if (pathname.endsWith('/templates')) return json(200, [])
  if (pathname.endsWith('/upcoming')) return json(200, { events: [], calendarAppEnabled: false })
  const target = world.users.get(decodeURIComponent(PROFILE.exec(pathname)![1]!))
  if (!target) return json(404, [])
  return json(200, {
    userId: target.id,
    displayname: target.displayName,
    address: null,
    biography: null,
    headline: null,
    organisation: null,
    role: null,
    pronouns: null,
    isUserAvatarVisible: true,
    timezone: target.timezone,
    actions: [],
  })
}

function answerDav(request: PlainRequest, path: string, loggedIn: boolean): PlainAnswer {
  if (!loggedIn) return { status: 401, headers: { 'www-authenticate': 'Basic realm="Nextcloud"' }, body: '' }
  if (request.method === 'MKCOL') return { status: 201, headers: {}, body: '' }
  if (request.method !== 'PROPFIND') return methodNotAllowed()
  const href = escapeHtml(`/remote.php/dav${path.endsWith('/') ? path : `${path}/`}`)
  const body =
    '<?xml version="1.0"?>\n<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">' +
    `<d:response><d:href>${href}</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>` +
    '</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>\n'
  return { status: 207, headers: { 'content-type': 'application/xml; charset=utf-8' }, body }
}
