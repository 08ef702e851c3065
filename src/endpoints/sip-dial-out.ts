// POST /ocs/v2.php/apps/spreed/api/v4/call/{token}/dialout/{attendeeId} (call-sip-dial-out)
// 201 dialling (data null; the phone attendee gets a call id); 400 no call or the caller's
// session is not in it (data null); 403 calls disabled or no start-call permission; 404 not a
// participant, or no phone attendee with that id in this conversation (data null); 501 SIP
// dial-out unavailable ({"error":{}}) or failed ({"error","message"}), per the world's
// `settings.sipDialOut`. No read-only or lobby check.
import { CALL_FLAG, PERMISSION } from '../constants.js'
import { checkRequirements } from '../rules/check-requirements.js'
import { controllerOutcome } from '../rules/outcome.js'
import { toInt } from '../ocs/cast.js'
import { defineEndpoint } from './define-endpoint.js'

/**
 * Dials out to a phone attendee through the SIP bridge.
 * @example
 * await fetch(`/ocs/v2.php/apps/spreed/api/v4/call/${token}/dialout/${attendeeId}`, { method: 'POST', headers })
 */
export const sipDialOut = defineEndpoint({
  operationId: 'call-sip-dial-out',
  method: 'POST',
  path: '/call/{token}/dialout/{attendeeId}',
  apiVersions: ['v4'],
  async handle({ world, caller, path }) {
    const checked = await checkRequirements(world, caller, path.token!, {
      callEnabled: true,
      permission: PERMISSION.START_CALL,
    })
    if ('outcome' in checked) return checked.outcome
    const { conversation, session } = checked.participant
    if (conversation.callFlag === CALL_FLAG.DISCONNECTED) return controllerOutcome(400)
    if (session && session.inCall === CALL_FLAG.DISCONNECTED) return controllerOutcome(400)

    const target = world.attendees.get(toInt(path.attendeeId))
    if (!target || target.token !== conversation.token || target.actorType !== 'phones') return controllerOutcome(404)
    const { sipDialOut } = world.settings
    // Talk serialises the exception object it caught, which json_encode writes as {}.
    if (sipDialOut === 'unavailable') return controllerOutcome(501, { error: {} })
    if (sipDialOut !== 'enabled')
      return controllerOutcome(501, { error: sipDialOut.error, message: sipDialOut.message })
    const callId = world.random.alphanumeric(16)
    await world.attendees.update(target, (draft) => void (draft.callId = callId))
    return controllerOutcome(201)
  },
})
