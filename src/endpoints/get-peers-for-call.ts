// GET /ocs/v2.php/apps/spreed/api/{v4,v1}/call/{token} (call-get-peers-for-call)
// 200 the live in-call sessions (v1: userId, token, lastPing, sessionId); 403 calls disabled or
// read-only; 404 not a participant; 412 lobby.
import { isAliveInCall } from '../rules/call-state.js'
import { checkRequirements } from '../rules/check-requirements.js'
import type { World } from '../world/world.js'
import { isFederated, remoteUnreachable } from '../rules/federation-proxy.js'
import { middlewareFailure } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'
import { describePeer, describePeerV1 } from './describe-peer.js'

/**
 * Lists the sessions in the call that pinged within the last 30 s, one entry per session.
 * @example
 * await fetch('/ocs/v2.php/apps/spreed/api/v4/call/abc123', { headers: { 'OCS-APIRequest': 'true', Accept: 'application/json' } })
 */
export const getPeersForCall = defineEndpoint({
  operationId: 'call-get-peers-for-call',
  method: 'GET',
  path: '/call/{token}',
  apiVersions: ['v4', 'v1'],
  async handle({ world, caller, path, apiVersion }) {
    const checked = await checkRequirements(world, caller, path.token!, {
      callEnabled: true,
      readWrite: true,
      moderatorOrNoLobby: true,
      federationSupported: true,
    })
    if ('outcome' in checked) return checked.outcome
    // A federated conversation's peers come through Talk's proxy from its remote server.
    if (isFederated(checked.participant.conversation) && remoteUnreachable(world)) return middlewareFailure(422)
    const token = checked.participant.conversation.token
    // UIs poll this while little changes: list the peers once per world change or clock second,
    // frozen, so the envelope also encodes them only once.
    const key = `call-peers\n${apiVersion}\n${token}\n${world.clock.seconds()}`
    const peers = world.remember(key, () => listPeers(world, token, apiVersion))
    return { status: 200, data: peers }
  },
})

function listPeers(world: World, token: string, apiVersion: string): readonly object[] {
  const describe = apiVersion === 'v1' ? describePeerV1 : describePeer
  const peers = world
    .sessionsIn(token)
    .filter((session) => isAliveInCall(world, session))
    .map((session) => Object.freeze(describe(world, token, session)))
  return Object.freeze(peers)
}
