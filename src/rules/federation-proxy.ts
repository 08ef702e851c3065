import { middlewareFailure, type Outcome } from './outcome.js'
import type { Conversation } from '../world/schemas.js'
import type { World } from '../world/world.js'

/**
 * Whether a conversation is hosted on another server, so Talk proxies its call requests there.
 * @example
 * isFederated(room) // true when room.remoteServer is set
 */
export function isFederated(conversation: Conversation): boolean {
  return conversation.remoteServer !== ''
}

/**
 * Whether the remote servers of the world's federated conversations cannot be reached.
 * @example
 * if (isFederated(room) && remoteUnreachable(world)) return middlewareFailure(422)
 */
export function remoteUnreachable(world: World): boolean {
  return world.settings.federation === 'unreachable'
}

/**
 * What Talk's federation proxy (`Federation/Proxy/TalkV1/Controller/CallController`) makes of
 * the remote server's answer: statuses it expects pass through (data `null`, a 400 keeps its
 * `{error}`), any other, and a remote that cannot be reached, become the 422 of
 * `CannotReachRemoteException` (data `[]`). `Divergence:` the world's own rows stand for the
 * remote conversation, so the remote answers by the same rules as a local one.
 * @example
 * return proxyAnswer([200, 400, 404], await joinOnTheRemote())
 */
export function proxyAnswer(expected: readonly number[], remote: Outcome): Outcome {
  if (!expected.includes(remote.status)) return middlewareFailure(422)
  return remote.status === 400 ? remote : { status: remote.status, data: null }
}
