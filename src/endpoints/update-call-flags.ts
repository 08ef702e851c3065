// PUT /ocs/v2.php/apps/spreed/api/v4/call/{token} (call-update-call-flags)
// 200 updated (data null); 400 flags out of range or missing, not in the call, or flags
// without the in-call bit; 404 not a participant or no session. No read-only or lobby check.
import { CALL_FLAG } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { isFederated, remoteUnreachable } from '../rules/federation-proxy.js'
import { middlewareFailure } from '../rules/outcome.js'
import { defineEndpoint } from './define-endpoint.js'
import { readFlags } from './read-flags.js'
import { stripUnpublishableFlags } from './strip-flags.js'

/**
 * Changes the caller's in-call flags (mute, camera off, ...) without touching the call itself.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}`, { method: 'PUT', headers, body: JSON.stringify({ flags: 1 }) })
 */
export const updateCallFlags = defineEndpoint({
  operationId: 'call-update-call-flags',
  method: 'PUT',
  path: '/call/{token}',
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { federationSupported: true })
    if ('outcome' in checked) return checked.outcome
    // Divergence: Talk fails with a PHP type error (500) when `flags` is missing; the mock
    // answers the range error instead.
    const flags = readFlags(params, -1)
    if (flags === -1) return controllerOutcome(400, { error: 'flags' })
    if (typeof flags === 'object') return flags!

    const { participant } = checked
    const { session } = participant
    if (!session) return controllerOutcome(404)
    if (isFederated(participant.conversation) && remoteUnreachable(world)) return middlewareFailure(422)
    if (!(session.inCall & CALL_FLAG.IN_CALL) || !(flags & CALL_FLAG.IN_CALL)) return controllerOutcome(400)
    const allowed = stripUnpublishableFlags(world, participant, flags)
    await world.sessions.update(session, (draft) => void (draft.inCall = allowed))
    return controllerOutcome(200)
  },
})
