import type { PlainAnswer } from '../door/plain-answer.js'
import type { PlainRequest } from '../door/plain-request.js'
import type { Caller } from '../rules/caller.js'
import type { Outcome } from '../rules/outcome.js'
import type { Params } from '../ocs/params.js'
import type { World } from '../world/world.js'
import type { SignalingHub } from '../signaling/signaling-hub.js'
import { TOKEN_PATTERN } from '../world/token-rules.js'

/**
 * What an endpoint gets for one request: the world, the caller, the merged parameters and the
 * placeholders of its path.
 * @example
 * handle: async ({ world, caller, path }) => ({ status: 200, data: world.conversations.get(path.token!) })
 */
export interface EndpointContext {
  world: World
  request: PlainRequest
  caller: Caller
  params: Params
  path: Record<string, string>
  /** The API version in the request path, e.g. `v4`. */
  apiVersion: string
  /**
   * The client id this request's answer hands out as a cookie, when the request came without
   * one (a new PHP session on a real server).
   */
  issuedClientId?: string
  /** The mock's signaling state: mailboxes, what each session was last told, waiting polls. */
  signaling: SignalingHub
  /** The world serving now: a long poll outlives the world it started in when the world is replaced. */
  currentWorld(): World
}

/**
 * One Talk endpoint: method, path below `/apps/spreed/api/{apiVersion}`, the API versions
 * that route it, and its handler returning an outcome (wrapped in the OCS envelope) or a raw
 * plain answer (for non-OCS answers such as CSV).
 * @example
 * export const getPeersForCall = defineEndpoint({ operationId: 'call-get-peers-for-call', method: 'GET', path: '/call/{token}', apiVersions: ['v4'], handle })
 */
export interface Endpoint {
  operationId: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  apiVersions: readonly string[]
  /** False for `#[NoCSRFRequired]` routes. */
  csrf?: boolean
  /** False for routes without `#[PublicPage]`: anonymous guests get 401 (OCS 997). */
  publicPage?: boolean
  /**
   * False for the APIs the `apiVersions` option leaves alone (signaling is always `v3`,
   * recording always `v1`, as on a real server); that option is about the call API.
   */
  followsApiVersions?: boolean
  handle(context: EndpointContext): Promise<Outcome | PlainAnswer>
}

/** The patterns Talk's routes require of placeholders; others (e.g. `attendeeId`) match any segment. */
const PLACEHOLDERS: Record<string, string> = {
  token: TOKEN_PATTERN,
  mode: '(?:call|default)',
  messageId: '[0-9]+',
}

/**
 * Declares an endpoint and compiles its path into a matcher.
 * @example
 * export const leaveCall = defineEndpoint({ operationId: 'call-leave-call', method: 'DELETE', path: '/call/{token}', apiVersions: ['v4'], handle })
 */
export function defineEndpoint(endpoint: Endpoint): Endpoint & { pattern: RegExp } {
  const source = endpoint.path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => `(?<${name}>${PLACEHOLDERS[name] ?? '[^/]+'})`,
  )
  return { ...endpoint, pattern: new RegExp(`^${source}$`) }
}
