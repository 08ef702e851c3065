// POST /ocs/v2.php/apps/spreed/api/v4/call/{token}/ring/{attendeeId} (call-ring-attendee)
// 200 rung, or nothing to do when the target is in the call already or a federated user (data
// null); 400 {"error":"in-call"} no call or the caller's session is not in it,
// {"error":"actor-type"} the target is not a user, {"error":"status"} the target is on
// do-not-disturb; 403 calls disabled or no start-call permission; 404 not a participant, or no
// such attendee in this conversation. No read-only or lobby check.
import { CALL_FLAG, PERMISSION } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { visibleStatus } from '../rules/visible-status.js'
import { toInt } from '../ocs/cast.js'
import { defineEndpoint } from './define-endpoint.js'

/**
 * Rings an attendee who is not in the call (sends them a call notification).
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}/ring/${attendeeId}`, { method: 'POST', headers })
 */
export const ringAttendee = defineEndpoint({
  operationId: 'call-ring-attendee',
  method: 'POST',
  path: '/call/{token}/ring/{attendeeId}',
  apiVersions: ['v4'],
  async handle({ world, caller, path }) {
    const checked = await checkRequirements(world, caller, path.token!, {
      callEnabled: true,
      permission: PERMISSION.START_CALL,
      federationSupported: true,
    })
    if ('outcome' in checked) return checked.outcome
    const { conversation, session } = checked.participant
    if (conversation.callFlag === CALL_FLAG.DISCONNECTED) return controllerOutcome(400, { error: 'in-call' })
    if (session && session.inCall === CALL_FLAG.DISCONNECTED) return controllerOutcome(400, { error: 'in-call' })

    // Talk looks the attendee up by id alone and checks its conversation after its type.
    const target = world.attendees.get(toInt(path.attendeeId))
    if (!target) return controllerOutcome(404)
    if (target.actorType === 'federated_users') return controllerOutcome(200)
    if (target.actorType !== 'users') return controllerOutcome(400, { error: 'actor-type' })
    if (target.token !== conversation.token) return controllerOutcome(404)
    const user = world.users.get(target.actorId)
    if (user && visibleStatus(user) === 'dnd') return controllerOutcome(400, { error: 'status' })
    return controllerOutcome(200)
  },
})
