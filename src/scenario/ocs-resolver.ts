import { dispatchOcsRequest } from '../handlers/dispatch-ocs-request.js'
import { endpoints } from '../handlers/endpoints.js'
import { answerNextcloudRequest, isNextcloudPath } from '../nextcloud/answer-nextcloud-request.js'
import { renderedBodyOf } from '../ocs/envelope.js'
import type { Journal } from '../journal/journal.js'
import type { CookieResponseFactory } from '../ocs/cookie-response.js'
import type { World } from '../world/world.js'
import type { SignalingHub } from '../signaling/signaling-hub.js'
import { createRandom, overlays as knownOverlays } from './overlays.js'

/** The signaling routes a client polls and posts to (not its settings). */
const SIGNALING_ROUTE = /\/apps\/spreed\/api\/v3\/signaling\/(?!settings$)[^/]+$/

/**
 * Answers Talk requests (and the Nextcloud routes beside them) for a mock: the overlays first
 * (latency, failures), then the world's rules; each exchange goes into the journal.
 * @example
 * const ocs = createOcsResolver({ world: () => world, overlays: () => ['slow'], apiVersions: ['v4'], journal, onAnswered })
 * const response = await ocs.resolve(request, cookies)
 */
export function createOcsResolver(options: {
  world(): World
  overlays(): readonly string[]
  apiVersions: readonly string[]
  journal: Journal
  onAnswered(change: 'request' | 'signaling'): void
  cookieResponse?: CookieResponseFactory
  signaling: SignalingHub
  /** Awaited before any Talk request is routed: the timeline's due events run first. */
  settle(): Promise<void>
}) {
  let random = createRandom(1)
  let lastClient = 0
  const dispatchOptions = {
    world: options.world,
    apiVersions: options.apiVersions,
    endpoints,
    issueClientId: () => `client-${++lastClient}`,
    cookieResponse: options.cookieResponse,
    signaling: options.signaling,
    settle: options.settle,
  }

  return {
    /**
     * Answers a request of the timeline's peers: the same dispatcher, without overlays, the journal
     * or waiting for the timeline (which is running it); `viewer` stands in for the world's.
     */
    dispatchAs(request: Request, cookies: Record<string, string>, body: string, viewer?: string | null) {
      return dispatchOcsRequest({ ...dispatchOptions, settle: undefined, viewer }, request, cookies, body)
    },
    /** Starts the flaky stream over, as a fresh world does. Client ids go on: handed-out cookies outlive worlds. */
    restart(seed: number): void {
      random = createRandom(seed)
    },
    async resolve(request: Request, cookies: Record<string, string>): Promise<Response | undefined> {
      const started = performance.now()
      const time = options.world().clock.now()
      // Read once, here, for the journal and the parameters: cloning a request tees its stream.
      const requestBody = request.method === 'GET' ? '' : await request.text()
      let response: Response | undefined
      for (const name of options.overlays()) {
        response = await knownOverlays.find((overlay) => overlay.name === name)?.intercept(random)
        if (response) break
      }
      const url = new URL(request.url)
      const kind = SIGNALING_ROUTE.test(url.pathname) ? 'signaling' : 'talk'
      // A long poll waits for the others' changes; any other request holds them back until answered.
      const poll = kind === 'signaling' && (request.method === 'GET' || request.method === 'HEAD')
      if (!poll) options.signaling.hold()
      try {
        response ??= isNextcloudPath(url.pathname)
          ? await answerNextcloudRequest(options.world(), request, requestBody)
          : await dispatchOcsRequest(dispatchOptions, request, cookies, requestBody)
      } finally {
        if (!poll) options.signaling.release()
      }
      const durationMs = performance.now() - started
      options.journal.record(
        { time, method: request.method, path: url.pathname + url.search, requestBody, durationMs, kind },
        response,
        response && renderedBodyOf(response),
      )
      options.onAnswered(kind === 'signaling' ? 'signaling' : 'request')
      return response
    },
  }
}
