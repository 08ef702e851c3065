import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { dispatchOcsRequest } from '../endpoints/dispatch-ocs-request.js'
import { endpoints } from '../endpoints/endpoints.js'
import { answerNextcloudRequest, isNextcloudPath } from '../nextcloud/answer-nextcloud-request.js'
import type { Journal } from '../journal/journal.js'
import type { World } from '../world/world.js'
import { toInt } from '../ocs/cast.js'
import type { SignalingHub } from '../signaling/signaling-hub.js'
import { createRandom, overlays as knownOverlays } from './overlays.js'
import { answerWebRequest, isWebPath } from '../web/answer-web-request.js'

/** The signaling routes a client polls and posts to (not its settings). */
const SIGNALING_ROUTE = /\/apps\/spreed\/api\/v3\/signaling\/(?!settings$)[^/]+$/
/** The chat route whose GET with `lookIntoFuture` other than 0 is the chat's long poll. */
const CHAT_ROUTE = /\/apps\/spreed\/api\/v1\/chat\/[a-z0-9]{4,30}$/

/**
 * Answers Talk requests (and the Nextcloud routes beside them) for a mock: the overlays first
 * (latency, failures), then the world's rules; each exchange goes into the journal.
 * @example
 * const ocs = createOcsResolver({ world: () => world, overlays: () => ['slow'], apiVersions: ['v4'], journal, onAnswered, signaling })
 * const answer = await ocs.resolve(request)
 */
export function createOcsResolver(options: {
  world(): World
  overlays(): readonly string[]
  apiVersions: readonly string[]
  journal: Journal
  onAnswered(change: 'request' | 'signaling'): void
  signaling: SignalingHub
}) {
  let random = createRandom(1)
  let lastClient = 0
  const dispatchOptions = {
    world: options.world,
    apiVersions: options.apiVersions,
    endpoints,
    issueClientId: () => `client-${++lastClient}`,
    signaling: options.signaling,
  }

  return {
    /**
     * Answers a request of the timeline's peers: the same dispatcher, without overlays, the journal
     * or the door's wait for the timeline (which is running it); `viewer` stands in for the world's.
     * `world` is the event's own: a world replaced while its event runs must not take the rest of it.
     */
    dispatchAs(request: PlainRequest, viewer: string | null | undefined, world: World) {
      return dispatchOcsRequest({ ...dispatchOptions, world: () => world, viewer }, request)
    },
    /** Starts the flaky stream over, as a fresh world does. Client ids go on: handed-out cookies outlive worlds. */
    restart(seed: number): void {
      random = createRandom(seed)
    },
    async resolve(request: PlainRequest): Promise<PlainAnswer | undefined> {
      const started = performance.now()
      const time = options.world().clock.now()
      let answer: PlainAnswer | undefined
      for (const name of options.overlays()) {
        answer = await knownOverlays.find((overlay) => overlay.name === name)?.intercept(random)
        if (answer) break
      }
      const { url } = request
      const kind = kindOf(request)
      // A long poll waits for the others' changes; any other request holds them back until answered.
      const poll = kind === 'chat' || (kind === 'signaling' && (request.method === 'GET' || request.method === 'HEAD'))
      if (!poll) options.signaling.hold()
      try {
        if (isWebPath(url.pathname)) answer ??= answerWebRequest(options.world(), request)
        answer ??= isNextcloudPath(url.pathname)
          ? await answerNextcloudRequest(options.world(), request)
          : await dispatchOcsRequest(dispatchOptions, request)
      } finally {
        if (!poll) options.signaling.release()
      }
      const durationMs = performance.now() - started
      const path = url.pathname + url.search
      options.journal.record(
        { time, method: request.method, path, requestBody: request.body, durationMs, kind },
        answer,
      )
      options.onAnswered(kind === 'signaling' ? 'signaling' : 'request')
      return answer
    },
  }
}

/** The journal's kind of a request: a signaling request, the chat's long poll, or any other. */
function kindOf({ url, method }: PlainRequest): 'signaling' | 'chat' | 'talk' {
  if (SIGNALING_ROUTE.test(url.pathname)) return 'signaling'
  const polling = (method === 'GET' || method === 'HEAD') && toInt(url.searchParams.get('lookIntoFuture')) !== 0
  return polling && CHAT_ROUTE.test(url.pathname) ? 'chat' : 'talk'
}
