import { NEXTCLOUD_ROUTES } from '../nextcloud/answer-nextcloud-request.js'
import { WEB_ROUTES } from '../web/web-routes.js'
import { withoutBody, type PlainAnswer } from './plain-answer.js'
import type { PlainRequest } from './plain-request.js'

const CONTROL_ROUTES = /\/__talk-mock\//
/** What the mock's own msw handler matches (msw tests a handler's path on origin and path). @example MOCK_ROUTES.test(url.origin + url.pathname) */
export const MOCK_ROUTES = /\/__talk-mock\/|\/ocs\/v[12]\.php\/apps\/spreed\//

/**
 * Which routes a door serves: `talk` the Talk app and the control routes (`mock.handlers`),
 * `nextcloud` the Nextcloud routes beside them (`mock.nextcloudHandlers`), `all` both, as the
 * standalone server does.
 * @example const scope: DoorScope = 'all'
 */
export type DoorScope = 'talk' | 'nextcloud' | 'all'

/**
 * What a door needs of a mock: its readiness, its world, the control routes and the resolver of
 * Talk's and Nextcloud's routes.
 * @example
 * createDoor({ ready: () => ready, settle: () => timeline.settle(), hasWorld: () => world !== undefined, control, resolve, brokenWorld })
 */
export interface DoorParts {
  ready(): Promise<void>
  /** Resolves once what must happen before any answer has happened (the timeline's due events). */
  settle(): Promise<void>
  hasWorld(): boolean
  control(request: PlainRequest): Promise<PlainAnswer>
  resolve(request: PlainRequest): Promise<PlainAnswer | undefined>
  /** Why there is no world to answer with (its build failed), as a 500. */
  brokenWorld(): Promise<PlainAnswer>
}

/**
 * The one way into a mock: every request of every door (msw's handlers and the standalone
 * server) passes here, so what must happen before any answer has one home. Gives `undefined`
 * for a request outside the routes of `scope` (msw then tries its other handlers; the server
 * answers Nextcloud's 404).
 * @example
 * const answer = createDoor(parts)
 * await answer(request, 'all') // { status: 200, headers: {…}, body: '{"ocs":…}' }
 */
export function createDoor(parts: DoorParts) {
  const answerWorld = (request: PlainRequest) => (parts.hasWorld() ? parts.resolve(request) : parts.brokenWorld())
  // The same readiness serves many requests: its failure-swallowing twin is made once per build.
  let ready: Promise<void> | undefined
  let settled: Promise<unknown> = Promise.resolve()
  return async function answer(request: PlainRequest, scope: DoorScope): Promise<PlainAnswer | undefined> {
    const current = parts.ready()
    if (current !== ready) settled = (ready = current).catch(() => undefined)
    await settled
    await parts.settle()
    // Tested as msw tests its handlers' paths: on origin and path, without query or hash.
    const where = request.url.origin + request.url.pathname
    let answer: PlainAnswer | undefined
    if (scope !== 'nextcloud' && MOCK_ROUTES.test(where)) {
      answer = CONTROL_ROUTES.test(where) ? await parts.control(request) : await answerWorld(request)
    }
    if (!answer && scope !== 'talk' && NEXTCLOUD_ROUTES.test(where)) answer = await answerWorld(request)
    // Pages are for browsers that navigate to the mock's server: only the plain door serves them.
    if (!answer && scope === 'all' && WEB_ROUTES.test(where)) answer = await answerWorld(request)
    // A web server sends no body with a HEAD answer, whatever answers it.
    return answer && request.method === 'HEAD' ? withoutBody(answer) : answer
  }
}
