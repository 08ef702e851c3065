// PUT /ocs/v2.php/apps/spreed/api/v4/room/{token}/participants/state (room-set-session-state)
// 200 the conversation, the caller's session marked active (`state` 1) or inactive (0);
// 400 data null for another state; 404 data null when the participant has no session here
// (the web client then joins the conversation again), [] when not a participant. Guests too.
import { SESSION_STATE } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { refreshParticipant } from '../rules/refresh-participant.js'
import { defineEndpoint } from './define-endpoint.js'
import { describeRoom } from './describe-room.js'
import { readRequiredInt } from './read-required-int.js'

/**
 * The web client's tab visibility: inactive while hidden, active again on focus. Inactive
 * sessions would get chat notifications on a real server (the mock has no chat).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/room/${token}/participants/state`, { method: 'PUT', headers, body: JSON.stringify({ state: 0 }) })
 */
export const setSessionState = defineEndpoint({
  operationId: 'room-set-session-state',
  method: 'PUT',
  path: '/room/{token}/participants/state',
  apiVersions: ['v4'],
  async handle({ world, caller, params, path }) {
    const checked = await checkRequirements(world, caller, path.token!, { federationSupported: true })
    if ('outcome' in checked) return checked.outcome
    const state = readRequiredInt(params, 'state')
    if (typeof state !== 'number') return state
    const { session } = checked.participant
    if (!session) return controllerOutcome(404, null)
    if (state !== SESSION_STATE.INACTIVE && state !== SESSION_STATE.ACTIVE) return controllerOutcome(400, null)
    if (state !== session.state) await world.sessions.update(session, (draft) => void (draft.state = state))
    return controllerOutcome(200, describeRoom(world, refreshParticipant(world, checked.participant)))
  },
})
