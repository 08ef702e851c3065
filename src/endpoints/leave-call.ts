// DELETE /ocs/v2.php/apps/spreed/api/{v4,v1}/call/{token} (call-leave-call)
// 200 left, or ended for everyone with `all` by a moderator (data null, v1 []; also when not
// in the call); 404 not a participant or no session. No read-only or lobby check.
import { endCallForEveryone, leaveCall as leaveTheCall } from '../rules/call-state.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { hasModeratorRights } from '../rules/permissions.js'
import { toBool } from '../ocs/cast.js'
import { adaptToApiVersion } from './adapt-to-api-version.js'
import { isFederated, remoteUnreachable } from '../rules/federation-proxy.js'
import { middlewareFailure } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'

/**
 * Leaves the call; `all=true` from a moderator ends it for everyone. `all` may come in the
 * query (OpenAPI), a JSON body (the web client) or a form body.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}`, { method: 'DELETE', headers, body: JSON.stringify({ all: true }) })
 */
export const leaveCall = defineEndpoint({
  operationId: 'call-leave-call',
  method: 'DELETE',
  path: '/call/{token}',
  apiVersions: ['v4', 'v1'],
  async handle({ world, caller, params, path, apiVersion }) {
    const checked = await checkRequirements(world, caller, path.token!, { federationSupported: true })
    if ('outcome' in checked) return checked.outcome
    const { conversation, attendee, session } = checked.participant
    if (!session) return adaptToApiVersion(apiVersion, controllerOutcome(404))
    if (isFederated(conversation) && remoteUnreachable(world)) return middlewareFailure(422)
    if (toBool(params.get('all'), false) && hasModeratorRights(attendee) && conversation.activeSince !== null) {
      await endCallForEveryone(world, conversation, attendee)
    } else {
      await leaveTheCall(world, conversation, session)
    }
    return adaptToApiVersion(apiVersion, controllerOutcome(200))
  },
})
