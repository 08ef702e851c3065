import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import { dispatchOcsRequest, type DispatchOptions } from '../endpoints/dispatch-ocs-request.js'
import { endpoints } from '../endpoints/endpoints.js'
import { answerNextcloudRequest } from '../nextcloud/answer-nextcloud-request.js'
import { classifyRoute, type Route } from '../routes/classify-route.js'
import type { SignalingHub } from '../signaling/signaling-hub.js'
import { answerWebRequest } from '../web/answer-web-request.js'
import type { World } from '../world/world.js'

/**
 * The dispatch stage of a mock: a Talk or signaling route to Talk's endpoints, a Nextcloud route
 * to Nextcloud's, a page of Talk's UI to the web pages, each answered by the rules of the world serving then. Client ids go on across
 * worlds: handed-out cookies outlive them.
 * @example
 * const dispatcher = createDispatcher({ world: () => worlds.current(), apiVersions: ['v4'], signaling })
 * await dispatcher.dispatch(request, classifyRoute(request.url.pathname))
 */
export function createDispatcher(options: { world(): World; apiVersions: readonly string[]; signaling: SignalingHub }) {
  let lastClient = 0
  const dispatchOptions: DispatchOptions = {
    world: options.world,
    apiVersions: options.apiVersions,
    endpoints,
    issueClientId: () => `client-${++lastClient}`,
    signaling: options.signaling,
  }
  return {
    dispatch(request: PlainRequest, route: Route): Promise<PlainAnswer | undefined> {
      if (route.kind === 'nextcloud') return answerNextcloudRequest(options.world(), request, route)
      if (route.kind === 'talk-ui') return Promise.resolve(answerWebRequest(options.world(), request))
      if (route.kind === 'talk' || route.kind === 'signaling' || route.kind === 'chat') {
        return dispatchOcsRequest(dispatchOptions, request, route)
      }
      return Promise.resolve(undefined)
    },
    /**
     * Answers a request of the timeline's peers: the same dispatcher, without overlays, the journal
     * or the wait for the timeline (which is running it); `viewer` stands in for the world's.
     * `world` is the event's own: a world replaced while its event runs must not take the rest of it.
     */
    dispatchAs(request: PlainRequest, viewer: string | null | undefined, world: World) {
      const route = classifyRoute(request.url.pathname)
      if (route.kind !== 'talk' && route.kind !== 'signaling' && route.kind !== 'chat')
        return Promise.resolve(undefined)
      return dispatchOcsRequest({ ...dispatchOptions, world: () => world, viewer }, request, route)
    },
  }
}
